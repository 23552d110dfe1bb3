using System.Collections.Frozen;

namespace Tarikh.Core.Claims;

/// <summary>A death noun that measures an interval to another act (round 16, issue x2).</summary>
public sealed partial class ClaimExtractor
{
    private static readonly FrozenSet<string> IntervalUnits = new[]
    {
        "سنة", "سنه", "سنوات", "سنين", "عام", "عاما", "عاماً", "أعوام", "اعوام", "شهر", "شهرا", "شهراً", "أشهر", "اشهر", "شهور",
        "يوم", "يوما", "يوماً", "أيام", "ايام", "عقد", "عقدين", "عقود", "قرن", "قرنين", "قرون", "مرور",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True when the death noun at <paramref name="trigger"/> closes an interval after "بعد" ("بعد ثلاثين سنة من وفاته"، "بعد مرور
    /// عقدين على رحيله"): the clause is dated by the act that follows the death, so a date written there is not the death's.
    /// </summary>
    internal static bool IntervalFromDeath(DocumentIndex index, int trigger)
    {
        if (trigger < 2 || index.Tokens[trigger - 1].Norm is not ("من" or "على" or "علي"))
        {
            return false;
        }

        var unit = false;
        for (var k = trigger - 2; k >= Math.Max(0, trigger - 5); k--)
        {
            var t = index.Tokens[k];
            if (t.Norm == "بعد")
            {
                return unit;
            }

            unit |= IntervalUnits.Contains(t.Norm) || IntervalUnits.Contains(t.Base) || t.Kind == Segmentation.TokenKind.Number;
        }

        return false;
    }
}
