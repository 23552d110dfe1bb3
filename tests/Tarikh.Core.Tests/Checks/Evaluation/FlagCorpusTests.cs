using System.Collections.Immutable;
using CsCheck;
using Tarikh.Core.Checks;
using Tarikh.Core.Checks.Evaluation;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Checks.Evaluation;

public class FlagCorpusTests
{
    private const string Conll = "ولد O\nنجيب B-PER\nمحفوظ I-PER\nفي O\nالقاهرة B-LOC\n( O\n1911 O\n) O\n. O\n\nوتوفي O\nعام O\n2006 O\n، O\nعن O\nعمر O\n« O\nطويل O\n» O\n. O\n";

    [Fact]
    public void TokenPerLineCorpusIsRecognized() => Assert.True(FlagCorpus.LooksLikeConll(Conll));

    [Fact]
    public void RunningTextIsNotTakenForATokenCorpus() =>
        Assert.False(FlagCorpus.LooksLikeConll("ولد نجيب محفوظ في القاهرة عام 1911.\nوتوفي عام 2006 عن عمر طويل.\nكتب الثلاثية.\nنال جائزة نوبل.\nوعاش في حي الجمالية.\n"));

    [Fact]
    public void TokensAreJoinedAsRunningTextWithPunctuationAttached()
    {
        var doc = Assert.Single(FlagCorpus.Split("news/a.txt", Conll));
        Assert.Equal("ولد نجيب محفوظ في القاهرة (1911). وتوفي عام 2006، عن عمر «طويل».", doc.Text);
        Assert.Equal("news/a.txt", doc.Id);
        Assert.Equal(12, doc.Words);
    }

    [Fact]
    public void SentencesWithoutBlankLinesAreCutAtTheirFinalMark()
    {
        var noBlank = Conll.Replace("\n\n", "\n", StringComparison.Ordinal);
        var parts = FlagCorpus.Split("wiki.txt", string.Concat(Enumerable.Repeat(noBlank, 60)), partWords: 100);
        Assert.True(parts.Length > 1);
        Assert.All(parts, p => Assert.EndsWith(".", p.Text, StringComparison.Ordinal));
        Assert.Equal(parts.Length, parts.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public void PlainTextIsOneDocumentAsItIs()
    {
        const string text = "ولد نجيب محفوظ في القاهرة عام 1911.\nوتوفي عام 2006.";
        var doc = Assert.Single(FlagCorpus.Split("bio.txt", text));
        Assert.Equal(text, doc.Text);
    }

    [Fact]
    public void SplittingIsDeterministic()
    {
        var big = string.Concat(Enumerable.Repeat(Conll, 40));
        Assert.Equal(FlagCorpus.Split("x", big, 150).ToArray(), FlagCorpus.Split("x", big, 150).ToArray());
    }
}

public class ReviewedFlagsTests
{
    [Fact]
    public void VerdictsAreFoundBySpanThenByText()
    {
        var (list, errors) = ReviewedFlags.Parse(
            "# comment\nwiki#3\t10\t18\tlifespan\tfalse\tanother man's death\tعام 1958\naqmar/a.txt\t5\t9\tcalendar-equivalence\ttrue\twrong pair\t1408\n");
        Assert.Empty(errors);
        Assert.False(list.Find("wiki#3", "lifespan", 10, 18, "عام 1958")!.Correct);
        Assert.False(list.Find("wiki#3", "lifespan", 40, 48, "عام 1958")!.Correct);
        Assert.Null(list.Find("wiki#3", "lifespan", 40, 48, "عام 1960"));
        Assert.Null(list.Find("wiki#4", "lifespan", 10, 18, "عام 1958"));
        Assert.True(list.Find("aqmar/a.txt", "calendar-equivalence", 5, 9, "1408")!.Correct);
    }

    [Theory]
    [InlineData("wiki#3\t10\t18\tlifespan\tmaybe\treason\ttext")]
    [InlineData("wiki#3\tten\t18\tlifespan\ttrue\treason\ttext")]
    [InlineData("wiki#3\t18\t10\tlifespan\ttrue\treason\ttext")]
    [InlineData("wiki#3\t10\t18\tlifespan\tTODO\t\ttext")]
    [InlineData("wiki#3\t10\t18\tlifespan")]
    public void MalformedLinesAreReportedWithTheirNumber(string line)
    {
        var (list, errors) = ReviewedFlags.Parse("# header\n" + line + "\n");
        Assert.Empty(list.Verdicts);
        Assert.StartsWith("line 2:", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void FormatAndParseRoundTrip()
    {
        var gen = Gen.Select(Gen.String[Gen.Char["\tab\n\\\rعم 19"], 0, 12], Gen.String[Gen.Char["\t\\ن x\n"], 0, 12], Gen.Int[0, 5000], Gen.Int[0, 50], Gen.Bool);
        gen.Sample((reason, text, start, length, correct) =>
        {
            var v = new FlagVerdict("doc#1", start, start + length, "lifespan", correct, reason, text);
            var (list, errors) = ReviewedFlags.Parse(ReviewedFlags.Format(v) + "\n");
            Assert.Empty(errors);
            Assert.Equal(v, Assert.Single(list.Verdicts));
        });
    }
}

public class FlagSurveyTests
{
    private static Flag F(string rule, Severity severity, int start, int end) =>
        new(rule, severity, [new TextSpan(start, end)], "رسالة", "message", ImmutableSortedDictionary<string, string>.Empty);

    [Fact]
    public void CountsBySeverityAndScoresOnlyReviewedErrorsAndWarnings()
    {
        const string text = "توفي الشاعر عام 1958 في بغداد.";
        var docs = new[] { new CorpusDocument("a", text, 6), new CorpusDocument("b", text, 6) };
        var (reviewed, _) = ReviewedFlags.Parse("a\t12\t20\tlifespan\ttrue\tright\tعام 1958\nb\t12\t20\tlifespan\tfalse\twrong\tعام 1958\n");
        var result = FlagSurvey.Run(docs, t => Analyzed(t, F("lifespan", Severity.Error, 12, 20), F("underspecified-date", Severity.Info, 0, 4)), reviewed);
        var lifespan = result.Rules.Single(r => r.Rule == "lifespan");
        Assert.Equal((2, 1, 1, 0), (lifespan.Errors, lifespan.ReviewedTrue, lifespan.ReviewedFalse, lifespan.Unreviewed));
        Assert.Equal(0.5, lifespan.Precision);
        var info = result.Rules.Single(r => r.Rule == "underspecified-date");
        Assert.Equal((2, 0, null), (info.Infos, info.Unreviewed, info.Precision));
        Assert.Equal(12, result.Words);
        Assert.Equal(2 * 10_000.0 / 12, result.PerTenThousandWords(lifespan), 6);
        Assert.All(result.Flags.Where(f => f.Flag.Rule == "lifespan"), f => Assert.Equal("عام 1958", f.FirstSpanText));
    }

    [Fact]
    public void ADocumentThatFailsIsReportedAndTheSurveyGoesOn()
    {
        var docs = new[] { new CorpusDocument("bad", "x", 1), new CorpusDocument("good", "نص سليم.", 2) };
        var result = FlagSurvey.Run(docs, t => t == "x" ? throw new InvalidOperationException("boom") : Analyzed(t), ReviewedFlags.Empty);
        Assert.Equal(1, result.Documents);
        Assert.Contains("bad: InvalidOperationException: boom", Assert.Single(result.Failures), StringComparison.Ordinal);
    }

    internal static AnalyzedDocument Analyzed(string text, params Flag[] flags) =>
        new AnalyzedDocument(new SourceText(text)) { Flags = [.. flags], Layers = [Layer.Checks] };
}
