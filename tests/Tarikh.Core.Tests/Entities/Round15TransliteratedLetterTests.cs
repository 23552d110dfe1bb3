using Tarikh.Core.Entities;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

/// <summary>
/// Round 15 (issue-x5): a و or ف that begins a transliterated name (a bare long vowel after it, and a stem no list and no
/// training statistic knows) is the name's own letter, not a conjunction; and a one-word definite person right after
/// "شعب"/"قبيلة" is the people's name, a group. Both ways; sentences written for these tests.
/// </summary>
public class Round15TransliteratedLetterTests
{
    private static readonly AnalysisPipeline Foundation = TarikhPipeline.CreateFoundation(new TarikhResources());
    private static readonly EntityRecognizer Recognizer = new(EntityResources.LoadDefault());

    private static bool Keeps(string sentence, string word)
    {
        var doc = Foundation.Run(new SourceText(sentence));
        SpanAssert.Document(doc);
        var t = doc.Tokens.First(t => doc.TextOf(t.Span) == word);
        return Recognizer.KeepsTransliteratedLetter(t, doc.Source.Slice(t.Span));
    }

    [Theory]
    [InlineData("التحقت فيرونسكايا بمدرسة الرقص في موسكو.", "فيرونسكايا")]
    public void ALongVowelAfterTheLetterBeforeAnUnknownStemKeepsIt(string sentence, string word)
        => Assert.True(Keeps(sentence, word));

    [Theory]
    [InlineData("ووصل يوسف إلى بغداد سنة 1300 فيوسف كان تاجرا.", "فيوسف")] // a known name after the conjunction
    [InlineData("غادر بيتروف المدينة فإيفان كان قد سبقه.", "فإيفان")] // a hamza begins the word after it
    [InlineData("فخرج القائد إلى الشام.", "فخرج")] // no long vowel after it
    [InlineData("وانتقل الكاتب إلى باريس.", "وانتقل")] // an Arabic verb the statistics know
    public void AConjunctionBeforeAKnownWordOrAHamzaIsStripped(string sentence, string word)
        => Assert.False(Keeps(sentence, word));

    private static List<(string Text, int Type)> Mentions(string text)
    {
        var doc = Foundation.Run(new SourceText(text));
        var mentions = Recognizer.Recognize(doc);
        SpanAssert.Spans(doc.Source, mentions.Select(m => m.Span), "entities", disjoint: true);
        return [.. mentions.Select(m => (doc.TextOf(m.Span), m.Type))];
    }

    [Fact]
    public void ADefiniteWordAfterTheNounForAPeopleIsAGroupNotAPerson()
    {
        var found = Mentions("زار الرحالة البلاد ودرس شعب الآينو في الشمال.");
        Assert.DoesNotContain(found, m => m.Text == "الآينو" && m.Type == 0);
    }

    [Fact]
    public void APersonAfterAVerbStaysAPerson()
    {
        var found = Mentions("وخطب المنصور في الناس بعد صلاة الجمعة.");
        Assert.Contains(found, m => m.Text == "المنصور" && m.Type == 0);
    }
}
