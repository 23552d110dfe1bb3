using Tarikh.Core.Entities;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

/// <summary>Document-level rules of the recognizer and the tagger's quote feature, each on hand-made input.</summary>
public class RecognizerRulesTests
{
    private static MentionDraft Draft(int type, params string[] words) => new(0, words.Length, type, new TextSpan(0, 1), words, 0.9, MentionSource.Tagger);

    private static readonly AnalysisPipeline Foundation = TarikhPipeline.CreateFoundation(new TarikhResources());
    private static readonly EntityRecognizer Recognizer = new(EntityResources.LoadDefault());

    [Theory]
    [InlineData("اعتقلته السلطات الروسية في العاصمة", "الروسية", true)]
    [InlineData("دعا إلى الإطاحة بالنظام القيصري وإنشاء دولة جديدة", "القيصري", true)]
    [InlineData("وصل الوفد الإسكندرية صباحا", "الإسكندرية", false)]
    [InlineData("سافر إلى مدينة الإسكندرية صباحا", "الإسكندرية", false)]
    [InlineData("سافر إلى الإسكندرية صباحا", "الإسكندرية", false)]
    public void ADefiniteAdjectiveAfterADefiniteNounIsNoPlace(string sentence, string word, bool dropped)
    {
        var doc = Foundation.Run(new SourceText(sentence));
        var i = doc.Tokens.ToList().FindIndex(t => doc.TextOf(t.Span) == word);
        var m = new MentionDraft(i, i + 1, 1, doc.Tokens[i].Span, [doc.Tokens[i].Norm], 0.9, MentionSource.Tagger);
        Assert.Equal(dropped, Recognizer.IsAgreeingAdjective(doc.Tokens, m));
    }

    [Theory]
    [InlineData("وُلد خليل إبراهيم الصيداوي في صيدا", true)]
    [InlineData("وُلد خليل إبراهيم الحلبي في صيدا", false)]
    public void AMentionTakesTheLongerNameTheDocumentGivesElsewhere(string second, bool extended)
    {
        var doc = Foundation.Run(new SourceText("خليل إبراهيم الصيداوي (1891–1958)\n" + second + "."));
        MentionDraft At(string first, int words, int from)
        {
            var i = doc.Tokens.ToList().FindIndex(from, t => doc.TextOf(t.Span) == first);
            var last = doc.Tokens[i + words - 1];
            return new MentionDraft(i, i + words, 0, new TextSpan(doc.Tokens[i].Span.Start, last.Span.End),
                [.. Enumerable.Range(i, words).Select(k => doc.Tokens[k].Norm)], 0.9, MentionSource.Tagger);
        }

        var full = At("خليل", 3, 0);
        var mentions = new List<MentionDraft> { full, At("خليل", 2, full.EndToken) };
        var taken = new bool[doc.Tokens.Length];
        foreach (var m in mentions)
        {
            for (var k = m.FirstToken; k < m.EndToken; k++)
            {
                taken[k] = true;
            }
        }

        Recognizer.ExtendToKnownNames(doc, doc.Normalized!, [], mentions, taken);
        Assert.Equal(extended ? 3 : 2, mentions[1].Words.Length);
    }

    [Fact]
    public void AFamilyNameTakesThePersonTypeOfTheFullNames()
    {
        // "لينين" alone tagged LOC once; "فلاديمير لينين" twice a person: the family name votes double.
        var voted = EntityRecognizer.VoteTypes([Draft(0, "فلاديمير", "لينين"), Draft(0, "فلاديمير", "لينين"), Draft(1, "لينين")]);
        Assert.Equal(0, voted[2].Type);
    }

    [Fact]
    public void AFirstNameAloneKeepsItsOwnTypeAgainstTwoFullNames()
    {
        var voted = EntityRecognizer.VoteTypes([Draft(0, "فلاديمير", "لينين"), Draft(0, "فلاديمير", "لينين"), Draft(1, "فلاديمير")]);
        Assert.Equal(1, voted[2].Type);
    }

    [Theory]
    [InlineData("قدمت برنامجا بعنوان « حوار من القلب » الأسبوع الماضي", 2, 4, 6)]
    [InlineData("على استاد \" سانتياغو برنابيو \" في مدريد", 1, 3, 4)]
    public void WordsInsideQuotesKnowTheirPlaceAndTheWordBefore(string sentence, int cue, int first, int last)
    {
        var words = sentence.Split(' ').Select(w => NerWord.FromRaw(w)).ToArray();
        var q = NerFeatures.QuotePositions(words);
        Assert.Equal(1, q[first] & 7);
        Assert.Equal(3, q[last] & 7);
        Assert.Equal(cue, (q[first] >> 3) - 1);
        Assert.All(Enumerable.Range(0, words.Length).Where(i => i < first || i > last), i => Assert.Equal(0, q[i]));
    }

    [Fact]
    public void AnUnclosedQuoteMarksNothing()
    {
        var words = "قال « إن الوضع صعب جدا في المدينة اليوم وغدا وبعد غد أيضا".Split(' ').Select(w => NerWord.FromRaw(w)).ToArray();
        Assert.All(NerFeatures.QuotePositions(words), q => Assert.Equal(0, q));
    }
}
