using Xunit;

namespace Tarikh.Cli.Tests.Commands;

public sealed class NerCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tarikh-ner-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    // Two sentences of one "document": the second repeats the family name alone.
    private const string Text = "وقال O\nالرئيس O\nالمصري O\nحسني B-PER\nمبارك I-PER\nفي O\nالقاهرة B-LOC\n.\tO\n\nواستقبل O\nمبارك B-PER\nالوفد O\n.\tO\n";

    [Fact]
    public void NerWritesOneTagPerTokenAndKeepsSentenceBreaks()
    {
        var result = CliRunner.InProcess(null, "ner", "--conll", Write("in.txt", Text));
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        Assert.Equal("حسني B-PER", lines[3].TrimEnd('\r'));
        Assert.Equal("القاهرة B-LOC", lines[6].TrimEnd('\r'));
        Assert.Equal(string.Empty, lines[8].TrimEnd('\r'));
    }

    [Fact]
    public void EvalNerPrintsMicroScores()
    {
        var result = CliRunner.InProcess(null, "eval", "ner", "--conll", Write("gold.txt", Text));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("micro", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("2 sentences", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void EvalNerWithPipelineAlsoScoresTheEntityStage()
    {
        var plain = CliRunner.InProcess(null, "eval", "ner", "--conll", Write("gold.txt", Text));
        var result = CliRunner.InProcess(null, "eval", "ner", "--conll", Write("gold2.txt", Text), "--pipeline");
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("THE ENTITY STAGE", plain.Stdout, StringComparison.Ordinal);
        var stage = result.Stdout[result.Stdout.IndexOf("THE ENTITY STAGE", StringComparison.Ordinal)..];
        Assert.Contains("micro", stage, StringComparison.Ordinal);
    }

    [Fact]
    public void WindowZeroTurnsTheDocumentPassOff()
    {
        var path = Write("gold.txt", Text);
        var on = CliRunner.InProcess(null, "ner", "--conll", path);
        var off = CliRunner.InProcess(null, "ner", "--conll", path, "--window", "0");
        Assert.Equal(0, on.ExitCode);
        Assert.Equal(0, off.ExitCode);
        Assert.Contains("مبارك B-PER", on.Stdout.Split('\n')[10], StringComparison.Ordinal);
    }

    [Fact]
    public void WikiFaneCrossValidationOfAMissingFileIsAnInputErrorInBothLanguages()
    {
        var result = CliRunner.InProcess(null, "eval", "ner", "--wikifane-cv", Path.Combine(_dir, "missing.txt"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("خطأ", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("1,x")]
    public void WikiFaneCrossValidationRejectsFoldsOutsideOneToFive(string folds)
    {
        var result = CliRunner.InProcess(null, "eval", "ner", "--wikifane-cv", Write("gold.txt", Text), "--cv-folds", folds);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--cv-folds", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("الطيات", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFileIsAnInputErrorInBothLanguages()
    {
        var result = CliRunner.InProcess(null, "ner", "--conll", Path.Combine(_dir, "missing.txt"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("خطأ", result.Stderr, StringComparison.Ordinal);
    }
}
