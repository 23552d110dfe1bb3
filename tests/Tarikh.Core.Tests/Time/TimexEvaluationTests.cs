using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Core.Time.Evaluation;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Time;

public class TimexEvaluationTests
{
    private static readonly AnalysisPipeline Pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());

    [Theory]
    [InlineData("2016-01", "(2016-01-01,2016-02-01,P1M)", true)]
    [InlineData("2016", "(2016-01-01,2017-01-01,P1Y)", true)]
    [InlineData("2016-11-07", "2016-11-07", true)]
    [InlineData("XXXX-04-22", "2017-04-22", true)]
    [InlineData("P3Y", "P3Y", true)]
    [InlineData("2016-01", "2016-02", false)]
    public void ValuesAreComparedAsIntervals(string gold, string system, bool equal)
        => Assert.Equal(equal, TimexScorer.ValuesEqual(gold, system, null));

    [Fact]
    public void JulianGoldValuesCompareByTheDayTheyDenote()
    {
        var g = new GoldTimex(new TextSpan(0, 1), "DATE", "1917-02-24", "julian");
        Assert.Equal(new NodaTime.LocalDate(1917, 3, 9), TimexScorer.GoldInterval(g)!.Value.Start);
    }

    [Fact]
    public void GoldExpressionsAreLocatedInOrderOnWordBoundaries()
    {
        var doc = TimexScorer.ParseGoldLine(
            "{\"id\":\"x\",\"text\":\"ولد عام 1905 وفي ثورة 1905 وبعام 1906\",\"timexes\":[{\"text\":\"عام 1905\",\"type\":\"DATE\",\"value\":\"1905\"},{\"text\":\"1905\",\"type\":\"DATE\",\"value\":\"1905\"},{\"text\":\"عام 1906\",\"type\":\"DATE\",\"value\":\"1906\"}]}",
            _ => throw new InvalidOperationException());
        Assert.Equal(3, doc.Timexes.Count);
        Assert.Equal(doc.Text.IndexOf("ثورة 1905", StringComparison.Ordinal) + 5, doc.Timexes[1].Span.Start);
        Assert.Equal("عام 1906", doc.Text[doc.Timexes[2].Span.Start..doc.Timexes[2].Span.End]);
    }

    [Fact]
    public void StrictAndRelaxedScoresDiffer()
    {
        var gold = new[] { new GoldTimex(new TextSpan(0, 10), "DATE", "1870") };
        var system = new[] { new SystemTimex(new TextSpan(2, 10), "DATE", "1870", null) };
        var s = TimexScorer.Score(gold, system);
        Assert.Equal(0, s.StrictMatches);
        Assert.Equal(1, s.RelaxedMatches);
        Assert.Equal(1.0, s.ValueAccuracy);
    }

    [Fact]
    public void RecognizersCasesParseWithSpansAndTimexes()
    {
        var cases = RecognizersSuite.Parse(File.ReadAllText(SharedData.Shared("data", "timex", "recognizers-ar", "DateParser.json")));
        Assert.True(cases.Count > 50);
        var first = cases[0];
        Assert.Equal("15", first.Input[first.Expected[0].Span.Start..first.Expected[0].Span.End]);
        Assert.Equal("XXXX-XX-15", first.Expected[0].Timex);
        Assert.Equal(new NodaTime.LocalDate(2016, 11, 7), first.ReferenceDate);
    }

    [Fact]
    public void ErrataLeaveTheirValuesUnscoredButKeepTheirSpans()
    {
        var cases = RecognizersSuite.Parse(File.ReadAllText(SharedData.Shared("data", "timex", "recognizers-ar", "HolidayParser.json")));
        var errata = RecognizersSuite.ParseErrata(File.ReadAllText(SharedData.Repo("data", "gold", "recognizers-errata.tsv")));
        var raw = RecognizersSuite.Run("HolidayParser.json", cases, Pipeline).Scores;
        var corrected = RecognizersSuite.Run("HolidayParser.json", cases, Pipeline, errata: errata).Scores;
        Assert.Equal(raw.ValueScored - errata.Count(e => e.Key.File == "HolidayParser"), corrected.ValueScored);
        Assert.Equal(raw.Gold, corrected.Gold);
        Assert.Equal(raw.RelaxedF1, corrected.RelaxedF1);
    }

    [Fact]
    public void AnErrataLineWithoutACaseNumberIsAFormatError()
        => Assert.Throws<FormatException>(() => RecognizersSuite.ParseErrata("HolidayParser\ttwelve\tcopied value\n"));

    [Fact]
    public void SharedArticleMeetsItsTargets()
    {
        var line = File.ReadAllLines(SharedData.Repo("data", "gold", "timex", "lenin.jsonl"))[0];
        var gold = TimexScorer.ParseGoldLine(line, _ => File.ReadAllText(SharedData.LeninArticlePath));
        var doc = Pipeline.Run(new SourceText(gold.Text), null, gold.ReferenceDate);
        var s = TimexScorer.Score(gold.Timexes, TimexScorer.FromDocument(doc, mergeRanges: false));
        Assert.True(gold.Timexes.Count >= 90);
        Assert.True(s.RelaxedF1 >= 0.97, $"relaxed F1 {s.RelaxedF1:F3}");
        Assert.True(s.ValueAccuracy >= 0.95, $"value accuracy {s.ValueAccuracy:F3}");
    }
}
