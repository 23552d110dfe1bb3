using System.Text.RegularExpressions;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Cli.Tests.Commands;

/// <summary><c>--attribution-gate</c> on <c>eval kb</c> and <c>analyze</c>: it reaches the verifier, and a bad value is a usage error.</summary>
public sealed class AttributionGateOptionTests
{
    private static int Flagged(string gate)
    {
        var r = CliRunner.InProcess(null, "eval", "kb", "--kb-dump", SharedData.Repo("data", "kb", "dev13a.json"),
            "--gold", SharedData.Repo("data", "kb", "dev13a", "gold.json"), "--attribution-gate", gate);
        Assert.True(r.ExitCode == 0, r.Stderr);
        var m = Regex.Match(r.Stdout, @"flagged (\d+)");
        Assert.True(m.Success, r.Stdout);
        return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void A_narrower_gate_flags_fewer_contradictions_than_the_open_one()
    {
        Assert.True(Flagged("direct") < Flagged("ambiguous"));
    }

    [Theory]
    [InlineData("eval")]
    [InlineData("analyze")]
    public void An_unknown_gate_is_a_usage_error_in_both_languages(string command)
    {
        var r = command == "eval"
            ? CliRunner.InProcess(null, "eval", "kb", "--kb-dump", "x.json", "--gold", "g.json", "--attribution-gate", "loose")
            : CliRunner.InProcess(null, "analyze", SharedData.LeninArticlePath, "--attribution-gate", "loose");
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("--attribution-gate must be one of direct, inherited, relative, ambiguous", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("يجب أن تكون قيمة --attribution-gate", r.Stderr, StringComparison.Ordinal);
    }
}
