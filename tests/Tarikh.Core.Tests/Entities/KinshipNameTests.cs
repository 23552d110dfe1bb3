using Tarikh.Core.Entities;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

/// <summary>
/// The name in apposition after a possessive kinship noun and its adjectives ("أخته الكبرى سلمى"): the
/// recognizer's kinship rule over hand-made tagger output, so that each case tests the rule and not
/// the model of the day.
/// </summary>
public class KinshipNameTests
{
    private static readonly AnalysisPipeline Foundation = TarikhPipeline.CreateFoundation(new TarikhResources());
    private static readonly EntityRecognizer Recognizer = new(EntityResources.LoadDefault());

    /// <summary>Runs the recognizer's name rules over one tagger mention (first word, word count, type) in the text.</summary>
    private static (AnalyzedDocument Doc, List<MentionDraft> Mentions) Run(string text, string first, int words, int type)
    {
        var doc = Foundation.Run(new SourceText(text));
        var i = doc.Tokens.ToList().FindIndex(t => doc.TextOf(t.Span) == first);
        Assert.True(i >= 0, first);
        var last = doc.Tokens[i + words - 1];
        var m = new MentionDraft(i, i + words, type, new TextSpan(doc.Tokens[i].Span.Start, last.Span.End),
            [.. Enumerable.Range(i, words).Select(k => doc.Tokens[k].Norm)], 0.9, MentionSource.Tagger);
        var mentions = new List<MentionDraft> { m };
        var taken = new bool[doc.Tokens.Length];
        for (var k = m.FirstToken; k < m.EndToken; k++)
        {
            taken[k] = true;
        }

        Recognizer.ExtendNames(doc, doc.Normalized!, [], mentions, taken);
        foreach (var x in mentions)
        {
            Assert.Equal(doc.TextOf(x.Span), doc.Source.Text[x.Span.Start..x.Span.End]);
        }

        return (doc, mentions);
    }

    private static string? LabelOf(AnalyzedDocument doc, List<MentionDraft> mentions, string word)
        => mentions.FirstOrDefault(m => doc.TextOf(m.Span) == word)?.Label;

    [Theory]
    [InlineData("وكانت أخته الكبرى سلمى تعيش في حمص.", "سلمى")]
    [InlineData("وكانت أخته سلمى تعيش في حمص.", "سلمى")]
    [InlineData("وتزوج ابنه الأكبر منذر من ابنة عمه.", "منذر")]
    [InlineData("وكانت زوجته الثانية هند من أهل البصرة.", "هند")]
    [InlineData("وعاشت شقيقتها الصغرى نجوى في القاهرة.", "نجوى")]
    public void ANameTheTaggerTypedAPlaceAfterAPossessiveKinshipNounIsAPerson(string text, string name)
    {
        var (doc, mentions) = Run(text, name, 1, 1);
        Assert.Equal("PER", LabelOf(doc, mentions, name));
    }

    [Theory]
    [InlineData("وأحبت أخته مصر حبا شديدا.", "مصر")]                 // a country the lists know: the object of the verb
    [InlineData("وسافرت أخته الكبرى إلى حمص.", "حمص")]               // a preposition stands between
    [InlineData("وكانت كفرنبل أخت سراقب في كل شيء.", "سراقب")]        // the bare noun takes a genitive: no apposition
    public void APlaceNotInAppositionWithAPossessiveKinshipNounStaysAPlace(string text, string place)
    {
        var (doc, mentions) = Run(text, place, 1, 1);
        Assert.Equal("LOC", LabelOf(doc, mentions, place));
    }

    [Fact]
    public void TheAdjectiveAfterAKinshipNounIsNoNameAndThePersonIsTheWordAfterIt()
    {
        var (doc, mentions) = Run("وكانت ابنته الصغرى ليلى طالبة في دمشق.", "الصغرى", 1, 0);
        Assert.Null(LabelOf(doc, mentions, "الصغرى"));
        Assert.Equal("PER", LabelOf(doc, mentions, "ليلى"));
    }

    [Fact]
    public void TheAdjectiveIsDroppedButNoPersonIsMadeOfAWordWithTheArticle()
    {
        var (doc, mentions) = Run("وكانت ابنته الصغرى الطالبة في دمشق.", "الصغرى", 1, 0);
        Assert.Null(LabelOf(doc, mentions, "الصغرى"));
        Assert.Null(LabelOf(doc, mentions, "الطالبة"));
    }

    [Fact]
    public void AnAdjectiveInsideAPlaceNameStays()
    {
        var (doc, mentions) = Run("وكانت سوريا الكبرى ولاية عثمانية.", "سوريا", 2, 1);
        Assert.Equal("LOC", LabelOf(doc, mentions, "سوريا الكبرى"));
    }

    [Fact]
    public void ANameWithANisbaAfterAnUnlistedAdjectiveIsAPerson()
    {
        // الأثيرة is in no list of kinship adjectives; the name after it carries a nisba.
        var (doc, mentions) = Run("وكانت زوجته الأثيرة اعتماد الرميكية تحب إشبيلية.", "إشبيلية", 1, 1);
        Assert.Equal(EntityLabels.Person, LabelOf(doc, mentions, "اعتماد الرميكية"));
        Assert.Null(LabelOf(doc, mentions, "الأثيرة"));
    }

    [Theory]
    [InlineData("وكانت زوجته الأثيرة تحب إشبيلية.")] // a verb after the adjective
    [InlineData("وكان ابنه الأكبر سنا يقيم في إشبيلية.")] // an accusative of specification, a common word
    public void NoPersonAfterAnUnlistedAdjectiveWithoutAName(string text)
    {
        var (_, mentions) = Run(text, "إشبيلية", 1, 1);
        Assert.DoesNotContain(mentions, m => m.Type == 0);
    }

    [Theory]
    [InlineData("وكتبت الأميرة إلى أبيها تستأذنه في السفر إلى إشبيلية.")]
    [InlineData("وخرج الأمير إلى أخيه يستقبله عند باب إشبيلية.")]
    public void AVerbWithAnObjectPronounAfterAKinshipNounIsNoPerson(string text)
    {
        var (_, mentions) = Run(text, "إشبيلية", 1, 1);
        Assert.DoesNotContain(mentions, m => m.Type == 0);
    }

    [Theory]
    [InlineData("تستأذنه", true)]
    [InlineData("يستقبلها", true)]
    [InlineData("نكتبهم", true)]
    [InlineData("نزيه", false)] // four letters: a name
    [InlineData("نبيلة", false)] // ة as written is no pronoun
    [InlineData("يوسف", false)]
    [InlineData("إسماعيل", false)]
    public void AVerbWithAnObjectPronounIsToldByItsWrittenShape(string word, bool verb)
    {
        var doc = Foundation.Run(new SourceText("وكان " + word + " هناك."));
        Assert.Equal(verb, EntityRecognizer.LooksLikeVerbWithObject(doc, 1));
    }
}
