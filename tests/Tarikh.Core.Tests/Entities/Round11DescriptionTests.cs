using Tarikh.Core.Entities;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

/// <summary>
/// Round 11 (issue #14): a person mention that is a description, not a name — a nationality adjective alone, or after
/// the portfolio or institution a title governs once the title is dropped (<see cref="EntityRecognizer.WithoutDescriptions"/>).
/// Over hand-made tagger output, both ways; every output through <see cref="SpanAssert"/>.
/// </summary>
public class Round11DescriptionTests
{
    private static readonly AnalysisPipeline Foundation = TarikhPipeline.CreateFoundation(new TarikhResources());
    private static readonly EntityRecognizer Recognizer = new(EntityResources.LoadDefault());

    /// <summary>Person mentions over the given (first word, word count) pairs; returns the texts of those kept.</summary>
    private static List<string> Kept(string text, params (string First, int Words)[] persons)
    {
        var doc = Foundation.Run(new SourceText(text));
        SpanAssert.Document(doc);
        var mentions = new List<MentionDraft>();
        foreach (var (first, words) in persons)
        {
            var i = Enumerable.Range(0, doc.Tokens.Length).FirstOrDefault(k => doc.TextOf(doc.Tokens[k].Span) == first && mentions.All(m => k < m.FirstToken || k >= m.EndToken), -1);
            Assert.True(i >= 0, first);
            mentions.Add(new MentionDraft(i, i + words, 0, new TextSpan(doc.Tokens[i].Span.Start, doc.Tokens[i + words - 1].Span.End),
                [.. Enumerable.Range(i, words).Select(k => doc.Tokens[k].Norm)], 0.9, MentionSource.Tagger));
        }

        var kept = Recognizer.WithoutDescriptions(doc, mentions);
        SpanAssert.Spans(doc.Source, kept.Select(x => x.Span), "entities", disjoint: true);
        return [.. kept.Select(m => doc.TextOf(m.Span))];
    }

    [Theory]
    [InlineData("وقال وزير الدفاع السوداني أمس إن الجيش انسحب من المدينة.", "الدفاع", 2)] // a portfolio and a nationality
    [InlineData("واجتمع وزير الخارجية المصري بنظيره في القاهرة.", "الخارجية", 2)]
    [InlineData("وقال الزعيم الجزائري في خطابه إن البلاد حرة.", "الجزائري", 1)] // the adjective alone
    [InlineData("ونشرت الصحيفة قصة الإيطالي الذي عبر البحر وحده.", "الإيطالي", 1)]
    public void ADescriptionIsNoPerson(string text, string first, int words)
        => Assert.Empty(Kept(text, (first, words)));

    [Fact]
    public void TheShortFormOfANameEndingInTheAdjectiveStays()
        => Assert.Equal(["عبد القادر الجزائري", "الجزائري"],
            Kept("وصل الأمير عبد القادر الجزائري إلى دمشق، ثم خطب الجزائري في الناس.", ("عبد", 3), ("الجزائري", 1)));

    [Theory]
    [InlineData("وقال أحمد المصري إن الأمر انتهى.", "أحمد", 2, "أحمد المصري")] // a given name without the article
    [InlineData("وروى الإمام البخاري الحديث في صحيحه.", "البخاري", 1, "البخاري")] // a nisba that is no nationality
    [InlineData("وكتب الحسن البصري رسالته إلى الخليفة.", "الحسن", 2, "الحسن البصري")]
    public void ANameStays(string text, string first, int words, string expected)
        => Assert.Equal([expected], Kept(text, (first, words)));

    [Fact]
    public void AnAdjectiveAgreeingWithANounIsNoShortForm()
        => Assert.Equal(["عبد القادر الجزائري"],
            Kept("وصل الأمير عبد القادر الجزائري إلى دمشق، فاستقبله الشعب الجزائري هناك.", ("عبد", 3), ("الجزائري", 1)));

    /// <summary>Builds a one-word mention over the token written <paramref name="word"/>; null when the builder refuses it.</summary>
    private static string? BuildOne(string text, string word)
    {
        var doc = Foundation.Run(new SourceText(text));
        SpanAssert.Document(doc);
        var i = doc.Tokens.ToList().FindIndex(t => doc.TextOf(t.Span) == word);
        Assert.True(i >= 0, word);
        var docNorms = doc.Tokens.GroupBy(t => t.Norm).ToDictionary(g => g.Key, g => g.Count());
        var m = Recognizer.Build(doc, doc.Normalized!, docNorms, i, i + 1, 0, 0.9, MentionSource.Tagger);
        if (m is not null)
        {
            SpanAssert.Spans(doc.Source, [m.Span], "entities");
        }

        return m is null ? null : doc.TextOf(m.Span);
    }

    [Theory]
    [InlineData("وخضعت البلاد للاستعمار البريطاني مند عام 1896.", "مند")] // منذ misspelled
    [InlineData("وزج اسمه مع المتهمين في القضية.", "مع")]
    [InlineData("والاسم الحقيقي للمدينة هو أربيل.", "هو")]
    [InlineData("وعاد إلى بلده قبل الحرب بعامين.", "قبل")]
    [InlineData("ولد في القاهرة ونشأ فيها.", "في")]
    public void AClosedClassWordIsNoName(string text, string word)
        => Assert.Null(BuildOne(text, word));

    [Theory]
    [InlineData("وقال معن إن القافلة وصلت.", "معن")]
    [InlineData("وكتب منذر رسالة إلى أخيه.", "منذر")]
    [InlineData("ثم وصلت آن إلى باريس.", "آن")]
    public void ANameThatLooksLikeOneStays(string text, string word)
        => Assert.Equal(word, BuildOne(text, word));
}
