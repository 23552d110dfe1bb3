using Tarikh.Testing;
using Xunit;

namespace Tarikh.Cli.Tests.Commands;

public class EvalTimeCommandsTests
{
    [Fact]
    public void EvalTimexScoresTheSharedArticle()
    {
        var result = CliRunner.InProcess(null, "eval", "timex", "--gold", SharedData.Repo("data", "gold", "timex", "lenin.jsonl"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("lenin-web-article", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("relaxed P/R/F1", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void EvalTimexMissingGoldIsAnInputErrorInBothLanguages()
    {
        var result = CliRunner.InProcess(null, "eval", "timex", "--gold", "/nonexistent/gold.jsonl");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error [gold]", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("خطأ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void EvalRecognizersPrintsOneLinePerFile()
    {
        var result = CliRunner.InProcess(null, "eval", "recognizers", SharedData.Shared("data", "timex", "recognizers-ar"), "--split", "heldout");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("DurationExtractor", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("TOTAL", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void RecognizersWithErrataNamesTheCasesItLeavesUnscored()
    {
        var result = CliRunner.InProcess(null, "eval", "recognizers", SharedData.Shared("data", "timex", "recognizers-ar"), "--split", "heldout", "--errata", SharedData.Repo("data", "gold", "recognizers-errata.tsv"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("errata: 2 expected value(s) not scored: HolidayParser#12, HolidayParser#13", result.Stdout, StringComparison.Ordinal);
    }
}
