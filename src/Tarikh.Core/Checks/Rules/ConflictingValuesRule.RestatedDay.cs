using NodaTime;
using Tarikh.Core.Claims;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// conflicting-values, a restated day: a birth or death told with its full date and told again with a day and month only, the
/// same month of the same calendar ("توفي في السادس عشر من رجب سنة 763 … وكانت وفاته في العشرين من رجب"). A writer who restates
/// the month without its year means the same month, so the two days are two values of one date. The year of the second rests on
/// Time's anchor, so the flag is a <c>warning</c>; days one apart (a night before, a sighting of the moon) and days exactly the
/// Old-Style offset apart are left alone.
/// </summary>
public sealed partial class ConflictingValuesRule
{
    private Flag? RestatedDayConflict(CheckContext ctx, IReadOnlyList<Claim> claims, string name, string kindAr, string kindEn)
    {
        var facts = ctx.Facts;
        var asserted = claims.Where(c => c.Modality == ClaimModality.Asserted && facts.Usable(c.Value) && DayValue(ctx, c.Value) is not null).ToList();
        foreach (var restated in asserted)
        {
            if (facts.WritesYear(restated.Value) || restated.Value.Timex is not { } tr || ctx.Timexes[tr].Anchor is null || DatedFromSentence(ctx, restated))
            {
                continue;
            }

            var (monthR, dayR) = DayValue(ctx, restated.Value)!.Value;
            foreach (var full in asserted)
            {
                if (ReferenceEquals(full, restated) || !facts.WritesYear(full.Value) || full.Value.Timex is not { } tf
                    || ctx.Timexes[tf].Calendar != ctx.Timexes[tr].Calendar || SameUnit(ctx, full.Value, restated.Value)
                    || KinApart(ctx, full, restated) || GendersDiffer(ctx, full, restated) || DatedFromSentence(ctx, full))
                {
                    continue;
                }

                var (monthF, dayF) = DayValue(ctx, full.Value)!.Value;
                var da = full.Value.Date!.Value;
                var db = restated.Value.Date!.Value;
                // "بعد وفاته في 20 أغسطس من السنة نفسها": a day restated with another month is compared too when its own words say the
                // year is the same (round 16); the days must still be more than one apart.
                var apart = Math.Abs(Period.Between(da.Start, db.Start, PeriodUnits.Days).Days);
                var sameMonth = monthF == monthR;
                if ((!sameMonth && !(monthF[..4] == monthR[..4] && SaysSameYear(ctx, restated.Value))) || Math.Abs(dayF - dayR) <= 1 || apart <= 1
                    || apart == CalendarEquivalenceRule.JulianOffsetDays(da.Start < db.Start ? db.Start : da.Start))
                {
                    continue;
                }

                var ka = ClaimFacts.CalendarOf(full.Value);
                var kb = ClaimFacts.CalendarOf(restated.Value);
                var inAr = sameMonth ? "في الشهر نفسه" : "في السنة نفسها";
                var inEn = sameMonth ? "month" : "year";
                return ClaimFacts.WithClaims(CheckContext.MakeFlag(Id, Severity.Warning, [facts.ValueSpan(full), facts.ValueSpan(restated)],
                    $"يذكر النص يومين مختلفين لـ{kindAr} {name} {inAr}: {DateText.IntervalAr(da, ka)} و{DateText.IntervalAr(db, kb)}.",
                    $"The text gives two different days of the same {inEn} for the {kindEn} of {name}: {DateText.IntervalEn(da, ka)} and {DateText.IntervalEn(db, kb)}.",
                    ("person", name), ("fact", kindEn + "_date"), ("first", DateText.Iso(da)), ("second", DateText.Iso(db))), full, restated);
            }
        }

        return null;
    }

    /// <summary>Words that say a restated date's year is the one just given ("من السنة نفسها"، "من العام ذاته"، "من تلك السنة"), normalized.</summary>
    private static readonly string[] SameYearWords = ["السنة نفسها", "العام نفسه", "السنة ذاتها", "العام ذاته", "تلك السنة", "ذلك العام", "نفس السنة", "نفس العام"];

    /// <summary>True when a value's own text says its year is the one just given.</summary>
    private static bool SaysSameYear(CheckContext ctx, ClaimValue v)
    {
        if (v.Timex is not { } t || t < 0 || t >= ctx.Timexes.Length)
        {
            return false;
        }

        var text = Norm(ctx.Text(ctx.Timexes[t].Span));
        return SameYearWords.Any(w => text.Contains(Norm(w), StringComparison.Ordinal));
    }

    /// <summary>The year-and-month key and the day of a claim's timex value when it names a day ("0763-07-16" → ("0763-07", 16)), else null.</summary>
    private static (string Month, int Day)? DayValue(CheckContext ctx, ClaimValue v)
    {
        if (v.Date is null || v.Timex is not { } t || t < 0 || t >= ctx.Timexes.Length || ctx.Timexes[t].Value is not { Length: >= 10 } value
            || value[4] != '-' || value[7] != '-' || !char.IsAsciiDigit(value[8]) || !char.IsAsciiDigit(value[9]) || value[..4].Contains('X', StringComparison.Ordinal))
        {
            return null;
        }

        return (value[..7], (value[8] - '0') * 10 + (value[9] - '0'));
    }
}
