using Tarikh.Core.Checks;
using Tarikh.Core.Entities;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 22 (22k2), both ways, on sentences written for the tests against data/kb/dev22t22k2.json
/// (tools/kb/make_dev22t22k2_kb.py, invented persons in real cities): a person named with his nasab links to the item of his
/// given name and nisba; his given name alone is him; a father and a son of one family keep their own values; a family
/// name the tagger read as "بـ" + a place is the person; a hedged death verb with an unwritten subject ("وقيل مات في …") and an
/// execution noun ("أن إعدامه كان في …") state the death's place.
/// </summary>
public sealed class Round22PersonsTests
{
    private static readonly KbPipeline Fixture = new("dev22t22k2.json");

    private static List<Flag> KbFlags(string text, string property)
        => [.. KbPipeline.KbFlags(Fixture.Run(text)).Where(f => f.Evidence.TryGetValue("kb_property", out var p) && p == property)];

    [Theory]
    [InlineData("P570", "ولد سليم بن عبد الكريم الزيتوني في حلب سنة 1905، وتوفي في حمص سنة 1972.")]
    [InlineData("P569", "سليم بن أحمد بن حسن الزيتوني كاتب من سوريا، ولد سنة 1908.")]
    [InlineData("P570", "ولد سليم الزيتوني في حلب سنة 1905 ودرس فيها. وتوفي سليم في حمص سنة 1973.")]
    [InlineData("P570", "آل الوادعي أسرة من سوريا. كبيرها منصور الوادعي ولد في حلب سنة 1880. توفي منصور الوادعي في اللاذقية سنة 1950. وجعل بعضهم وفاته سنة 1955.")]
    [InlineData("P569", "عائلة الوادعي من سوريا. ومن رجالها رشيد الوادعي الذي ولد في اللاذقية سنة 1917.")]
    [InlineData("P569", "كان منصور الوادعي قاضيًا وابنه رشيد الوادعي محاميًا. ولد منصور سنة 1880، وولد رشيد سنة 1919.")]
    [InlineData("P569", "وصديقه يوسف بلعيد كان كاتبًا معروفًا. وولد بلعيد بحمص سنة 1915، وتوفي سنة 1985.")]
    [InlineData("P20", "ولد كمال الصافي في اللاذقية سنة 1900، وأعدم في حلب سنة 1949. وقيل مات في حمص.")]
    [InlineData("P20", "ولد كمال الصافي في اللاذقية سنة 1900، وأعدم في حلب سنة 1949. وكتب أحد المؤرخين أن إعدامه كان في اللاذقية.")]
    public void A_wrong_value_of_the_person_is_flagged(string property, string text)
        => Assert.Single(KbFlags(text, property));

    [Theory]
    [InlineData("ولد سليم بن عبد الكريم الزيتوني في حلب سنة 1905، وتوفي في حمص سنة 1970.")]
    [InlineData("ولد سليم الزيتوني في حلب سنة 1905 ودرس فيها. وتوفي سليم في حمص سنة 1970.")]
    [InlineData("آل الوادعي أسرة من سوريا. كبيرها منصور الوادعي ولد في حلب سنة 1880. توفي منصور الوادعي في اللاذقية سنة 1950. وجعل بعضهم وفاته سنة 1950.")]
    [InlineData("وصديقه يوسف بلعيد كان كاتبًا معروفًا. وولد بلعيد بحمص سنة 1912، وتوفي سنة 1985.")]
    [InlineData("ولد كمال الصافي في اللاذقية سنة 1900، وأعدم في حلب سنة 1949. وقيل مات في حلب.")]
    [InlineData("ولد كمال الصافي في اللاذقية سنة 1900، وأعدم في حلب سنة 1949. وكتب أحد المؤرخين أن إعدامه كان في حلب.")]
    public void The_right_value_stays_silent(string text)
        => Assert.Empty(KbPipeline.KbFlags(Fixture.Run(text)));

    [Theory]
    [InlineData("علال بن عبد الواحد الفاسي", "علال الفاسي")]
    [InlineData("محمد بن أحمد بن علي الصقلي", "محمد الصقلي")]
    [InlineData("علي بن أبي طالب", null)]
    [InlineData("أحمد بن محمد بن حنبل", null)]
    [InlineData("سليم الزيتوني", null)]
    public void A_name_without_its_nasab_is_its_first_word_and_what_follows_the_chain(string name, string? expected)
    {
        var words = name.Split(' ').Select(w => Tarikh.Core.Normalization.ArabicNormalizer.Default.NormalizeString(w)).ToArray();
        var got = EntityLinker.WithoutNasab(words);
        Assert.Equal(expected is null ? null : Tarikh.Core.Normalization.ArabicNormalizer.Default.NormalizeString(expected), got);
    }

    [Fact]
    public void A_family_name_read_alone_as_a_place_with_no_confidence_is_the_person()
    {
        var person = new MentionDraft(0, 2, 0, new TextSpan(0, 1), ["احمد", "بلافريج"], 0.9, MentionSource.Tagger);
        var low = new MentionDraft(5, 6, 1, new TextSpan(10, 11), ["بلافريج"], 0.01, MentionSource.Tagger);
        var sure = new MentionDraft(5, 6, 1, new TextSpan(10, 11), ["بلافريج"], 0.8, MentionSource.Tagger);
        Assert.Equal(0, EntityRecognizer.VoteTypes([person, low])[1].Type);
        Assert.Equal(1, EntityRecognizer.VoteTypes([person, sure])[1].Type);
    }
}
