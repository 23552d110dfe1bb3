using Tarikh.Core.Checks;
using Tarikh.Core.Tests.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>The one assertion the list-driven rule tests share: the whole pipeline on a sentence gives one warning of the rule, or none.</summary>
internal static class RuleFlagAssert
{
    /// <summary>The rule's flags on the text, through the whole pipeline.</summary>
    public static List<Flag> Flags(string rule, string text) => [.. ClaimExtractorTests.Run(text).Flags.Where(f => f.Rule == rule)];

    /// <summary>Exactly one flag of the rule, a warning, when <paramref name="flagged"/>; none otherwise.</summary>
    public static void SingleWarningOrNone(string rule, string text, bool flagged)
    {
        var flags = Flags(rule, text);
        if (flagged)
        {
            var f = Assert.Single(flags);
            Assert.Equal(Severity.Warning, f.Severity);
        }
        else
        {
            Assert.Empty(flags);
        }
    }
}
