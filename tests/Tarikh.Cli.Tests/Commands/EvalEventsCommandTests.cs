using Tarikh.Testing;
using Xunit;

namespace Tarikh.Cli.Tests.Commands;

public class EvalEventsCommandTests
{
    [Fact]
    public void PrintsScoresForAGoldFile()
    {
        var r = CliRunner.InProcess(null, "eval", "events", "--gold", SharedData.Repo("data", "gold", "events", "events-marie-curie.tsv"));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("events-marie-curie.tsv", r.Stdout);
        Assert.Contains("TOTAL", r.Stdout);
        Assert.Contains("(type, date):", r.Stdout);
    }

    [Fact]
    public void MissingGoldFileIsAnInputErrorInBothLanguages()
    {
        var r = CliRunner.InProcess(null, "eval", "events", "--gold", "/nonexistent/gold.tsv");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("gold file not found", r.Stderr);
        Assert.Contains("غير موجود", r.Stderr);
    }

    [Theory]
    [InlineData("timeml")]
    [InlineData("timelinejs")]
    [InlineData("csv")]
    [InlineData("html")]
    public void AnalyzeWritesTheTimelineFormats(string format)
    {
        var r = CliRunner.InProcess("ولد سمير في القاهرة في عام 1900، وتوفي في عام 1960.", "analyze", "-", "--format", format);
        Assert.Equal(0, r.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(r.Stdout));
    }
}
