using System.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Cli.Tests.Reporting;

/// <summary>--details shows every timeline entry's evidence sentence, participants and flags in full, wrapped to the terminal width.</summary>
public sealed class TimelineDetailsTests
{
    private static string Run(int width, params string[] extra)
    {
        var output = new MemoryStream();
        var console = new CliConsole(() => new MemoryStream(), output, new StringWriter(), outputIsTerminal: false, terminalWidth: width);
        var code = Program.Run(["analyze", SharedData.Repo("samples", "biography.ar.txt"), "--format", "text", "--bidi", "logical", .. extra], console);
        Assert.Equal(0, code);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static string DetailsPart(string report) => report[report.IndexOf("Timeline in full", StringComparison.Ordinal)..];

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public void Every_evidence_sentence_is_shown_whole_within_the_width(int width)
    {
        var details = DetailsPart(Run(width, "--details"));
        // The birth sentence of the sample, which the table cuts to a few words.
        var sentence = File.ReadAllLines(SharedData.Repo("samples", "biography.ar.txt")).First(l => l.StartsWith("وُلد", StringComparison.Ordinal));
        var joined = string.Join(' ', details.Split('\n').Select(l => l.Trim()));
        foreach (var word in sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Contains(word, joined, StringComparison.Ordinal);
        }

        Assert.DoesNotContain('…', details);
        Assert.All(details.Split('\n'), l => Assert.True(l.TrimEnd('\r').Length <= width, $"{l.Length} > {width}: {l}"));
        Assert.Contains("participants / المشاركون", details, StringComparison.Ordinal);
        Assert.Contains("flags / التنبيهات", details, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_option_the_report_keeps_its_table_only()
    {
        var report = Run(100);
        Assert.DoesNotContain("Timeline in full", report, StringComparison.Ordinal);
        Assert.Contains("evidence / الشاهد", report, StringComparison.Ordinal);
    }
}
