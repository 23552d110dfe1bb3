using NodaTime;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// calendar-equivalence: two expressions the text says denote the same day or year ("الموافق",
/// "X (Y)", "250 هـ / 864 م") that do not. Julian/Gregorian days must match exactly; a Hijri day may
/// differ from its Gregorian equivalent by the tabular calendar's tolerance; coarser expressions
/// must overlap. The message names the right equivalent.
/// </summary>
public sealed partial class CalendarEquivalenceRule : ICheckRule
{
    /// <inheritdoc />
    public string Id => "calendar-equivalence";

    /// <inheritdoc />
    public IEnumerable<Flag> Check(CheckContext ctx)
    {
        var timexes = ctx.Timexes;
        // Left to right, each expression belongs to one pair at most: in "(223 هـ 837 م 321 هـ 933 م)", whose dash
        // was lost, 837 م is already paired with 223 هـ and is not paired again with 321 هـ.
        var used = new HashSet<int>();
        foreach (var flag in RangePairs(ctx, used))
        {
            yield return flag;
        }

        for (var i = 0; i < timexes.Length; i++)
        {
            if (used.Contains(i))
            {
                continue;
            }

            var j = timexes[i].Equivalent ?? -1;
            if (j < 0 || j >= timexes.Length)
            {
                j = AdjacentEquivalent(ctx, i);
            }
            else if (Restatement(timexes[i], timexes[j]))
            {
                // One day of one calendar said twice (round 19): the later of the two pairs onward with what follows it.
                j = j > i ? -1 : AdjacentEquivalent(ctx, i);
            }

            // One pairing unit only: two ends of a range ("(A هـ / B م – C هـ / D م)") are never compared.
            if (j < 0 || j == i || used.Contains(j) || ctx.Index.DashBetween(timexes[i].Span, timexes[j].Span))
            {
                continue;
            }

            var (a, b) = i < j ? (i, j) : (j, i);
            if (!OnePairingUnit(ctx, a, b, out _) && !Juxtaposed(ctx, a, b))
            {
                continue;
            }

            // "يوم الاثنين، الموافق 3 شعبان 1300 هـ، أي 15 يونيو 1883": a weekday alone is no side of a calendar pair (the weekday
            // rule reads it); the dated expression after it stays free to pair with its own equivalent.
            if (!Pairable(timexes[a], timexes[b]) || !Pairable(timexes[b], timexes[a]))
            {
                continue;
            }

            used.Add(a);
            used.Add(b);

            // "السادس والعشرين من رمضان سنة ثمانمائة وثمان (808 هـ)، الموافق 27 أبريل 1406 م": the year restated in
            // parentheses after a fuller date of the same calendar is no side of its own; the equivalent is the full date's.
            if (YearRestated(ctx, a) is { } full)
            {
                used.Add(full);
                a = full;
            }

            if (Compare(ctx, a, b) is { } flag && !(ApproximateBetween(ctx, a, b) && WithinAYear(ctx, a, b)))
            {
                yield return flag;
            }
        }
    }

    /// <summary>
    /// The fuller date a year-only expression restates in parentheses right after it ("رمضان سنة ثمانمائة وثمان (808 هـ)"):
    /// the same calendar, the same year, a month or a day; its index, or null.
    /// </summary>
    private static int? YearRestated(CheckContext ctx, int a)
    {
        var timexes = ctx.Timexes;
        if (a < 1 || timexes[a].Value is not { Length: 4 } year || timexes[a - 1].Value is not { Length: >= 7 } full
            || !full.StartsWith(year, StringComparison.Ordinal) || full[4] != '-' || timexes[a].Calendar != timexes[a - 1].Calendar
            || !CheckContext.IsDated(timexes[a - 1]) || ctx.SentenceOf(timexes[a]) != ctx.SentenceOf(timexes[a - 1]))
        {
            return null;
        }

        var open = ctx.FirstToken(timexes[a].Span) - 1;
        var close = ctx.EndToken(timexes[a].Span);
        return open >= 0 && open == ctx.EndToken(timexes[a - 1].Span) && ctx.Tokens[open].Norm == "(" && close < ctx.Tokens.Length && ctx.Tokens[close].Norm == ")"
            ? a - 1 : null;
    }

    /// <summary>
    /// A range given in two calendars, one pairing unit between them: "(450–505 هـ / 1058–1111 م)", "656–923 هـ (1258–1517
    /// م)". Each end is compared with its own pair (start with start, end with end); the four dates are then used.
    /// </summary>
    private static IEnumerable<Flag> RangePairs(CheckContext ctx, HashSet<int> used)
    {
        var timexes = ctx.Timexes;
        for (var i = 0; i + 3 < timexes.Length; i++)
        {
            if (timexes[i].Range != i + 1 || timexes[i + 1].Range != i || timexes[i + 2].Range != i + 3 || timexes[i + 3].Range != i + 2
                || ctx.SentenceOf(timexes[i]) != ctx.SentenceOf(timexes[i + 3]) || !Enumerable.Range(i, 4).All(k => CheckContext.IsDated(timexes[k]))
                || EffectiveCalendar(ctx, timexes[i + 1]) == EffectiveCalendar(ctx, timexes[i + 3]) || (EffectiveCalendar(ctx, timexes[i + 1]) != CalendarKind.Hijri && EffectiveCalendar(ctx, timexes[i + 3]) != CalendarKind.Hijri)
                || !OnePairingUnit(ctx, i + 1, i + 2, out _))
            {
                continue;
            }

            for (var k = i; k < i + 4; k++)
            {
                used.Add(k);
            }

            // Report one end only when both disagree: a whole range shifted is one slip.
            var flag = Compare(ctx, i, i + 2) ?? Compare(ctx, i + 1, i + 3);
            if (flag is not null)
            {
                yield return flag;
            }

            i += 3;
        }
    }

    private static Flag? Compare(CheckContext ctx, int ia, int ib)
    {
        var ta = WithPairYear(ctx.Timexes[ia], ctx.Timexes[ib]);
        var tb = WithPairYear(ctx.Timexes[ib], ctx.Timexes[ia]);
        if (!CheckContext.IsDated(ta) || !CheckContext.IsDated(tb))
        {
            return null;
        }

        if (!Written(ctx, ta) || !Written(ctx, tb) || ta.Anchor?.IsReference == true || tb.Anchor?.IsReference == true
            || ta.Mod is not (null or Time.TimexMod.Start or Time.TimexMod.Mid or Time.TimexMod.End) || tb.Mod is not (null or Time.TimexMod.Start or Time.TimexMod.Mid or Time.TimexMod.End))
        {
            return null;
        }

        // "1346/1347 هـ": a bare year beside a marked one a year or two apart is the other half of a dual year of the same
        // calendar; a Hijri year and its Gregorian equivalent are hundreds of years apart in every period texts write about.
        if (!(ta.SharedParts && tb.SharedParts) && (!NamesCalendar(ctx, ta) || !NamesCalendar(ctx, tb)) && WrittenYear(ta) is { } ya && WrittenYear(tb) is { } yb && Math.Abs(ya - yb) <= 2)
        {
            return null;
        }

        // A side Time dated from the other ("1222 هـ أي بعد 329 سنة") repeats it; it states nothing to compare.
        if (ta.Anchor?.Timex == ib || tb.Anchor?.Timex == ia)
        {
            if (!(CheckContext.HasWrittenYear(ta) && CheckContext.HasWrittenYear(tb)) && !(YearLess(ctx, ta) || YearLess(ctx, tb)))
            {
                return null;
            }
        }

        var ga = Real(ctx, ta, out var ca);
        var gb = Real(ctx, tb, out var cb);
        if (ga is not { } a0 || gb is not { } b0)
        {
            return null;
        }

        // Without a written year on either side ("صفر … أي يوليو") the text states no date to compare.
        var yearLessA = YearLess(ctx, ta);
        var yearLessB = YearLess(ctx, tb);
        if (yearLessA && yearLessB)
        {
            return null;
        }

        // A year-less side of a pair ("12 صفر 1390 هـ (19 أفريل/19 نيسان 1970)") takes its year from the pair itself:
        // the year of its calendar nearest the other side, never an anchor elsewhere in the text.
        // One written right after its own year ("العام الهجري 1445، مستهل محرم الموافق …") takes that year instead.
        var a = yearLessA ? Rebase(a0, ca, ApposedYear(ctx, ia, ca) ?? b0) : WithAdjacentYear(ctx, ia, -1, FeastAsYear(ctx, ta, a0, ca, b0, cb), ca);
        var b = yearLessB ? Rebase(b0, cb, ApposedYear(ctx, ib, cb) ?? a0) : WithAdjacentYear(ctx, ib, +1, FeastAsYear(ctx, tb, b0, cb, a0, ca), cb);

        // A date before the first day a calendar can express (1 Muharram 1 AH for the Hijri side)
        // has no equivalent there to compare with: no flag, rather than a wrong one.
        if (!Expressible(a, cb) || !Expressible(b, ca))
        {
            return null;
        }

        // Before the Gregorian reform (15 October 1582) a date written "م" is Julian by convention:
        // compare the Hijri side with that reading too, and accept either.
        if ((ca == CalendarKind.Hijri) != (cb == CalendarKind.Hijri))
        {
            var (g, gc) = ca == CalendarKind.Hijri ? (b, cb) : (a, ca);
            if (gc == CalendarKind.Gregorian && g.End < Reform && AsJulian(g) is { } gj)
            {
                var (h, hc) = ca == CalendarKind.Hijri ? (a, ca) : (b, cb);
                if (Agrees(ctx, h, hc, gj, CalendarKind.Julian))
                {
                    return null;
                }
            }
        }

        var pa = DateText.PrecisionOf(a, ca);
        var pb = DateText.PrecisionOf(b, cb);
        var spans = new[] { ta.Span, tb.Span };

        // Years of the Julian and Gregorian calendars overlap for all but a few days; a pair of such years that
        // disagrees is a range or a Hijri year written without its mark ("سنة 487 (1094 م)"), not a contradiction.
        if (ca != CalendarKind.Hijri && cb != CalendarKind.Hijri && pa != DatePrecision.Day && pb != DatePrecision.Day)
        {
            return null;
        }
        if (pa == DatePrecision.Day && pb == DatePrecision.Day)
        {
            var diff = Period.Between(a.Start, b.Start, PeriodUnits.Days).Days;
            if (ca == CalendarKind.Hijri || cb == CalendarKind.Hijri)
            {
                if (Math.Abs(diff) <= ctx.Options.HijriToleranceDays)
                {
                    return null;
                }

                return DayFlag(ctx, spans, ta, a, ca, tb, b, cb, diff, approx: true);
            }

            if (diff == 0)
            {
                return null;
            }

            if (ca == cb)
            {
                // Two Gregorian days said to be equal: when they differ by about the Old-Style offset,
                // the second is meant as Julian; check it as such.
                var offset = JulianOffsetDays(a.Start);
                if (diff > 0 && Math.Abs(diff - offset) <= 3 && TryJulianFields(a.Start, out var aj))
                {
                    // "16 (28) مارس 1881": the first written is Old Style when the second is the later day.
                    var off = Period.Between(aj, b.Start, PeriodUnits.Days).Days;
                    return off == 0 ? null : DayFlag(ctx, spans, ta, GregorianInterval.Day(aj), CalendarKind.Julian, tb, b, cb, off, approx: false);
                }

                if (Math.Abs(Math.Abs(diff) - offset) <= 3 && TryJulianFields(b.Start, out var bj))
                {
                    if (Period.Between(a.Start, bj, PeriodUnits.Days).Days == 0)
                    {
                        return null;
                    }

                    return DayFlag(ctx, spans, ta, a, ca, tb, GregorianInterval.Day(bj), CalendarKind.Julian, Period.Between(a.Start, bj, PeriodUnits.Days).Days, approx: false);
                }

                return CheckContext.MakeFlag("calendar-equivalence", Severity.Error, spans,
                    $"يقدّم النص «{ta.Text}» و«{tb.Text}» على أنهما اليوم نفسه، لكن بينهما {Math.Abs(diff)} يوماً في التقويم نفسه.",
                    $"The text gives “{ta.Text}” and “{tb.Text}” as the same day, but in the same calendar they are {Math.Abs(diff)} days apart.",
                    ("first", DateText.Iso(a)), ("second", DateText.Iso(b)), ("difference_days", diff.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            return DayFlag(ctx, spans, ta, a, ca, tb, b, cb, diff, approx: false);
        }

        if (a.Overlaps(b) || ((ca == CalendarKind.Hijri || cb == CalendarKind.Hijri) && (ca == CalendarKind.Hijri ? Agrees(ctx, a, ca, b, cb) : Agrees(ctx, b, cb, a, ca))))
        {
            return null;
        }

        // Coarser: the intervals must overlap. Name the right equivalent of the first in the second's calendar.
        var right = cb == ca ? DateText.IntervalEn(a, ca) : Equivalent(a, pa, cb, en: true);
        var rightAr = cb == ca ? DateText.IntervalAr(a, ca) : Equivalent(a, pa, cb, en: false);
        return CheckContext.MakeFlag("calendar-equivalence", Severity.Error, spans,
            $"«{ta.Text}» يقابل {rightAr} {CalendarAr(cb)}، لا «{tb.Text}».",
            $"“{ta.Text}” ({DateText.IntervalEn(a, ca)} {CalendarEn(ca)}) corresponds to {right} {CalendarEn(cb)}, not “{tb.Text}” ({DateText.IntervalEn(b, cb)}).",
            ("first", DateText.Iso(a)), ("first_calendar", Name(ca)), ("second", DateText.Iso(b)), ("second_calendar", Name(cb)), ("expected", right));
    }

}
