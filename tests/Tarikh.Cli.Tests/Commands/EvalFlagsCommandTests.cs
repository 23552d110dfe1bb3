using Xunit;

namespace Tarikh.Cli.Tests.Commands;

public class EvalFlagsCommandTests
{
    private const string Article =
        "وُلد الشاعر كريم ناصر في بغداد عام 1901، ودرس في مدارسها.\n"
        + "وفي 31 شباط 1925 نشر كريم ناصر ديوانه الأول في بيروت.\n"
        + "توفي كريم ناصر في بغداد عام 1960.\n";

    private static string Folder(params (string Name, string Text)[] files)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"tarikh-flags-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(dir, name), text);
        }

        return dir;
    }

    [Fact]
    public void WithoutACorpusItIsAUsageError()
    {
        var r = CliRunner.InProcess(null, "eval", "flags");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("--corpus", r.Stderr);
    }

    [Fact]
    public void AMissingFolderIsAnInputError()
    {
        var r = CliRunner.InProcess(null, "eval", "flags", "--corpus", "/nonexistent/corpus");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("لا يوجد", r.Stderr);
    }

    [Fact]
    public void SurveyCountsFlagsAndDumpsTheUnreviewedForReview()
    {
        var dir = Folder(("bio.txt", Article), ("README.txt", "not a document"));
        var dump = Path.Combine(dir, "open.tsv");
        try
        {
            var r = CliRunner.InProcess(null, "eval", "flags", "--corpus", dir, "--dump", dump);
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("flag survey: 1 documents", r.Stdout);
            Assert.Contains("impossible-date", r.Stdout);
            var open = File.ReadAllLines(dump);
            Assert.Contains(open, l => l.Contains("\timpossible-date\tTODO\t", StringComparison.Ordinal) && l.Contains("31 شباط 1925", StringComparison.Ordinal));

            // Reviewing the dumped line (TODO → true) makes the flag reviewed, and precision appears.
            var reviewed = Path.Combine(dir, "reviewed.tsv");
            File.WriteAllLines(reviewed, open.Where(l => l.Contains("impossible-date", StringComparison.Ordinal)).Select(l => l.Replace("\tTODO\t\t", "\ttrue\tno such day\t", StringComparison.Ordinal)));
            var again = CliRunner.InProcess(null, "eval", "flags", "--corpus", dir, "--reviewed", reviewed);
            Assert.Equal(0, again.ExitCode);
            var row = again.Stdout.Split('\n').Single(l => l.StartsWith("impossible-date", StringComparison.Ordinal));
            Assert.EndsWith("1.000", row.TrimEnd());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void MutationRunPrintsRecallPerOperator()
    {
        var dir = Folder(("bio.txt", Article));
        try
        {
            var r = CliRunner.InProcess(null, "eval", "flags", "--mutate", dir);
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("injected contradictions: 1 documents", r.Stdout);
            Assert.Contains("death-before-act", r.Stdout);
            Assert.Contains("famous-surname", r.Stdout);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void MinimumSeverityLeavesInfoNotesUncounted()
    {
        var gold = Path.Combine(Path.GetTempPath(), $"tarikh-checks-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(gold, "{\"id\":\"w\",\"expect\":[{\"rule\":\"impossible-date\"}],\"text\":\"وقّع الطرفان الاتفاق في القاهرة في 31 شباط 1920.\"}\n");
        try
        {
            var all = CliRunner.InProcess(null, "eval", "checks", "--gold", gold, "--min-severity", "error");
            Assert.Equal(0, all.ExitCode);
            Assert.Contains("impossible-date", all.Stdout);
            var bad = CliRunner.InProcess(null, "eval", "checks", "--gold", gold, "--min-severity", "loud");
            Assert.Equal(1, bad.ExitCode);
        }
        finally
        {
            File.Delete(gold);
        }
    }
}
