using Tarikh.Core.Checks;
using Tarikh.Core.Tests.Claims;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// The flag look-ups the rule tests share: the flags of one rule at or above a severity, through the whole pipeline, with
/// every span checked against the text; and "fires with this evidence".
/// </summary>
internal static class FlagAssert
{
    /// <summary>Runs the whole pipeline on <paramref name="text"/> and returns the flags of <paramref name="rule"/>.</summary>
    public static Flag[] Flags(string text, string rule, Severity atLeast = Severity.Warning)
    {
        var doc = ClaimExtractorTests.Run(text);
        var flags = Flags(doc, rule, atLeast);
        foreach (var f in flags)
        {
            Assert.All(f.Spans, s => Assert.Equal(text[s.Start..s.End], doc.Source[s]));
        }

        return flags;
    }

    /// <summary>The flags of <paramref name="rule"/> in an analyzed document.</summary>
    public static Flag[] Flags(AnalyzedDocument doc, string rule, Severity atLeast = Severity.Warning)
        => [.. doc.Flags.Where(f => f.Rule == rule && f.Severity >= atLeast)];

    /// <summary>Asserts that <paramref name="rule"/> fires with a span that contains <paramref name="evidence"/>.</summary>
    public static void FiresAt(string text, string rule, string evidence)
    {
        var flags = Flags(text, rule);
        Assert.NotEmpty(flags);
        Assert.Contains(flags, f => f.Spans.Any(s => text[s.Start..s.End].Contains(evidence, StringComparison.Ordinal)));
    }
}
