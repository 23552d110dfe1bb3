using Tarikh.Core.Claims;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Round 21 (21k1): a date the text restates in the other calendar ("سنة 1278 للهجرة، الموافق سنة 1861 للميلاد"): the timex
/// layer ties the two (<c>Equivalent</c>), and a claim reads the first. When the claim's date is wrong, its restatement is the
/// same wrong date, so the flag points at both — but only when the two denote overlapping times (a restatement that disagrees
/// with its Hijri year may be the right one, and is not marked).
/// </summary>
public sealed partial class ClaimVerifier
{
    // The span of the date the text gives as the same time as the claim's date, when the two overlap; else null.
    private static TextSpan? RestatedDate(AnalyzedDocument document, Claim claim)
    {
        if (!TimeProperties.Contains(claim.Property) || claim.Value.Timex is not { } t || t < 0 || t >= document.Timexes.Length
            || document.Timexes[t].Equivalent is not { } e || e < 0 || e >= document.Timexes.Length
            || document.Timexes[t].Gregorian is not { } own || document.Timexes[e].Gregorian is not { } other || !own.Overlaps(other))
        {
            return null;
        }

        return document.Timexes[e].Span;
    }
}
