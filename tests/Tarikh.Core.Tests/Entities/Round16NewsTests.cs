using Tarikh.Core.Entities;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

/// <summary>
/// Round 16 (issue #14): where the entity stage lost to the CoNLL path on news. (1) A word of an organization's name is
/// not that organization where the tagger read it alone as a place or another name (the city of "ريال مدريد", God of
/// "حزب الله"). (2) A person's chunk is split where the conjunction و opens a second name. Both ways; the whole-stage
/// cases go through <see cref="SpanAssert"/>. Sentences written for these tests.
/// </summary>
public class Round16NewsTests
{
    private static readonly AnalysisPipeline Foundation = TarikhPipeline.CreateFoundation(new TarikhResources());
    private static readonly EntityResources Resources = EntityResources.LoadDefault();
    private static readonly EntityRecognizer Recognizer = new(Resources);

    private static MentionDraft Draft(int type, params string[] words) => new(0, words.Length, type, new TextSpan(0, 1), words, 0.9, MentionSource.Tagger);

    private static List<(string Text, int Type)> Mentions(string text)
    {
        var doc = Foundation.Run(new SourceText(text));
        SpanAssert.Document(doc);
        var mentions = Recognizer.Recognize(doc);
        SpanAssert.Spans(doc.Source, mentions.Select(m => m.Span), "entities", disjoint: true);
        return [.. mentions.Select(m => (doc.TextOf(m.Span), m.Type))];
    }

    private static string Show(List<(string Text, int Type)> found) => string.Join(" | ", found.Select(m => $"{m.Text}/{m.Type}"));

    [Fact]
    public void ACityNamedInAClubsNameStaysAPlaceAlone()
    {
        var found = Mentions("وصل وفد ريال مدريد إلى الملعب، ولعب ريال مدريد مباراة قوية، وقال مدرب ريال مدريد إن ريال مدريد سيفوز. وأقيم الحفل في مدريد مساء الأحد.");
        Assert.True(found.Contains(("مدريد", 1)), Show(found));
        Assert.True(found.Contains(("ريال مدريد", 2)), Show(found));
    }

    [Fact]
    public void TheNameOfGodIsNotThePartyNamedAfterIt()
    {
        var found = Mentions("وقال نائب حزب الله إن حزب الله لن يشارك، وأكد مسؤول في حزب الله أن حزب الله يرفض القرار. ونجح الاجتماع إن شاء الله.");
        Assert.DoesNotContain(found, m => m.Text == "الله" && m.Type == 2);
        Assert.True(found.Contains(("حزب الله", 2)), Show(found));
    }

    [Fact]
    public void WordVotesOfAnOrganizationDoNotRetypeAPlaceOrAnotherName()
    {
        List<MentionDraft> Four(string first, string second) => [.. Enumerable.Range(0, 4).Select(_ => Draft(2, first, second))];
        var place = EntityRecognizer.VoteTypes([.. Four("ريال", "مدريد"), Draft(1, "مدريد")]);
        Assert.Equal(1, place[^1].Type);
        var misc = EntityRecognizer.VoteTypes([.. Four("ريال", "مدريد"), Draft(3, "ريال")]);
        Assert.Equal(3, misc[^1].Type);
    }

    [Fact]
    public void AWordReadAsAPersonStillTakesItsOrganizationsVotesAndAWholeNameStillVotes()
    {
        // The rule spares only places and other names: a company's name read alone as a person is the company.
        List<MentionDraft> Four(string first, string second) => [.. Enumerable.Range(0, 4).Select(_ => Draft(2, first, second))];
        var person = EntityRecognizer.VoteTypes([.. Four("شركه", "نوكيا"), Draft(0, "نوكيا")]);
        Assert.Equal(2, person[^1].Type);
        // The whole name's own votes still retype a one-word place: the same word read twice as an organization.
        var whole = EntityRecognizer.VoteTypes([Draft(2, "الاهرام"), Draft(2, "الاهرام"), Draft(1, "الاهرام")]);
        Assert.Equal(2, whole[^1].Type);
    }

    [Fact]
    public void APersonsChunkIsSplitWhereTheConjunctionOpensASecondName()
    {
        var doc = Foundation.Run(new SourceText("وحضر المجلس محمد بن علي وأحمد بن يحيى ثم انصرفوا."));
        var words = doc.Tokens.Select(t => new NerWord(t, doc.Source.Text.AsMemory(t.Span.Start, t.Span.Length))).ToList();
        var at = words.FindIndex(w => w.Surface.Span.SequenceEqual("محمد"));
        var chunks = new List<(int Start, int End, int Type)> { (at, at + 6, 0) };
        EntityRecognizer.SplitPersonsAtConjunction(chunks, words, Resources.Tagger.Model.Stats);
        Assert.Equal([(at, at + 3, 0), (at + 3, at + 6, 0)], chunks);
    }

    [Fact]
    public void AGivenNameBeginningWithWawIsNotSplit()
    {
        // وليد begins with the letter و, not the conjunction; and a place's or an organization's chunk is left alone.
        // A foreign name that begins with W (ويليامز) is not split either.
        var doc = Foundation.Run(new SourceText("وقال خالد وليد سعيد إن شركة النفط والغاز الوطنية ستفتح مكتبا، وفازت فينوس ويليامز بالمباراة."));
        var words = doc.Tokens.Select(t => new NerWord(t, doc.Source.Text.AsMemory(t.Span.Start, t.Span.Length))).ToList();
        var at = words.FindIndex(w => w.Surface.Span.SequenceEqual("خالد"));
        var org = words.FindIndex(w => w.Surface.Span.SequenceEqual("شركة"));
        var venus = words.FindIndex(w => w.Surface.Span.SequenceEqual("فينوس"));
        var chunks = new List<(int Start, int End, int Type)> { (at, at + 3, 0), (org, org + 4, 2), (venus, venus + 2, 0) };
        EntityRecognizer.SplitPersonsAtConjunction(chunks, words, Resources.Tagger.Model.Stats);
        Assert.Equal([(at, at + 3, 0), (org, org + 4, 2), (venus, venus + 2, 0)], chunks);
    }
}
