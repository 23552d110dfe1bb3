using Tarikh.Testing;
using Xunit;

namespace Tarikh.Cli.Tests.Commands;

public class EvalChecksCommandTests
{
    [Fact]
    public void PrintsPrecisionAndRecallPerRule()
    {
        var gold = Path.Combine(Path.GetTempPath(), $"tarikh-checks-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(gold,
            "{\"id\":\"w\",\"expect\":[{\"rule\":\"impossible-date\"}],\"text\":\"وقّع الطرفان الاتفاق في القاهرة في 31 شباط 1920.\"}\n" +
            "{\"id\":\"c\",\"expect\":[],\"text\":\"وقّع الطرفان الاتفاق في القاهرة في 28 شباط 1920.\"}\n");
        try
        {
            var r = CliRunner.InProcess(null, "eval", "checks", "--gold", gold);
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("impossible-date", r.Stdout);
            Assert.Contains("2 cases (1 wrong, 1 correct)", r.Stdout);
            Assert.Contains("correct texts flagged: 0 of 1", r.Stdout);
        }
        finally
        {
            File.Delete(gold);
        }
    }

    [Fact]
    public void MissingGoldIsAnInputError()
    {
        var r = CliRunner.InProcess(null, "eval", "checks", "--gold", "/nonexistent/cases.jsonl");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("تعذّرت", r.Stderr);
    }

    [Fact]
    public void TheCommittedGoldSetRuns()
    {
        var r = CliRunner.InProcess(null, "eval", "checks", "--gold", SharedData.Repo("data", "gold", "checks", "heldout.jsonl"));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("all", r.Stdout);
    }
}
