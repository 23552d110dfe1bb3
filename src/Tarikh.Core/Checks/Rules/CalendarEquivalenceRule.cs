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
public sealed class CalendarEquivalenceRule : ICheckRule
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

            used.Add(a);
            used.Add(b);

            if (Compare(ctx, a, b) is { } flag && !(ApproximateBetween(ctx, a, b) && WithinAYear(ctx, a, b)))
            {
                yield return flag;
            }
        }
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

    /// <summary>The next timex when only punctuation, a calendar mark or an equivalence cue separates them and the calendars differ or a cue says so; else -1.</summary>
    private static int AdjacentEquivalent(CheckContext ctx, int i)
    {
        var timexes = ctx.Timexes;
        if (i + 1 >= timexes.Length)
        {
            return -1;
        }

        var a = timexes[i];
        var b = timexes[i + 1];
        if (ctx.SentenceOf(a) != ctx.SentenceOf(b) || !Pairable(a, b) || !Pairable(b, a) || a.Range is not null || b.Range is not null)
        {
            return -1;
        }

        // "(1520–1566 م)": a range, not an equivalent; and the end of a preceding range ("من 926 هـ إلى 974 هـ").
        var after = ctx.EndToken(b.Span);
        if (after < ctx.Tokens.Length && ctx.Tokens[after].Norm is "-" or "–" or "—" && after + 1 < ctx.Tokens.Length && ctx.Tokens[after + 1].IsNumber)
        {
            return -1;
        }

        var before = ctx.FirstToken(a.Span) - 1;
        if (before >= 0 && (ctx.Tokens[before].Norm is "الى" or "الي" or "حتى" or "حتي" or "-" or "–" || i > 0 && timexes[i - 1].Range is not null))
        {
            return -1;
        }

        var from = ctx.EndToken(a.Span);
        var to = ctx.FirstToken(b.Span);
        var cue = false;
        for (var k = from; k < to; k++)
        {
            var t = ctx.Tokens[k];
            // Only punctuation of one pairing unit ("X (Y)", "X / Y", "X = Y"), never a dash, which joins the two
            // ends of a range ("(132 هـ / 750 م – 193 هـ / 809 م)"); OnePairingUnit then asks for an explicit sign.
            if ((t.Kind == TokenKind.Punctuation && t.Norm.All(c => c is '(' or '/' or ',' or '،' or '[' or '=')) || IsEqualsSign(t))
            {
                continue;
            }

            if (ctx.MatchCue(k, "equivalence", out var n) is not null)
            {
                cue = true;
                k += n - 1;
                continue;
            }

            if (ctx.MatchCue(k, "era-marker", out var m) is not null || t.Norm is "ل" or "لل" or "مع" || CalendarWords(ctx, k, out m))
            {
                k += Math.Max(m, 1) - 1;
                continue;
            }

            if (Approximation(t) || LostDashDay(ctx, i, k))
            {
                continue;
            }

            return -1;
        }

        if (to - from > 6)
        {
            return -1;
        }

        return cue || EffectiveCalendar(ctx, a) != EffectiveCalendar(ctx, b) ? i + 1 : -1;
    }

    /// <summary>An approximation word between the two sides ("عام 1344 هـ، تقريباً الموافق 1925 م").</summary>
    private static bool Approximation(Segmentation.Token t) => t.Norm is "تقريبا" or "تقريبًا" or "حوالي" or "نحو" or "قرابة";

    /// <summary>True when an approximation word lies between two timexes (first before second).</summary>
    private static bool ApproximateBetween(CheckContext ctx, int first, int second)
    {
        for (var k = ctx.EndToken(ctx.Timexes[first].Span); k < ctx.FirstToken(ctx.Timexes[second].Span); k++)
        {
            if (Approximation(ctx.Tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the two sides, each widened by a year, overlap: all an "approximately" equivalent promises.</summary>
    private static bool WithinAYear(CheckContext ctx, int a, int b)
        => Real(ctx, ctx.Timexes[a], out _) is { } ga && Real(ctx, ctx.Timexes[b], out _) is { } gb
            && ga.Start.PlusDays(-366) <= gb.End && gb.Start.PlusDays(-366) <= ga.End;

    /// <summary>
    /// "19 22 ربيع الأول 1401 هـ (25 28 يناير 1981 م)": a range of days whose dash was lost on both sides of a pair. The first
    /// day of the second side, right after the parenthesis, is skipped when the first side has a day number just before it
    /// too; the pair compares the two end days.
    /// </summary>
    private static bool LostDashDay(CheckContext ctx, int first, int k)
    {
        var before = ctx.FirstToken(ctx.Timexes[first].Span) - 1;
        return k > 0 && ctx.Tokens[k - 1].Norm == "(" && DayNumber(ctx.Tokens[k]) && before >= 0 && DayNumber(ctx.Tokens[before]);

        static bool DayNumber(Segmentation.Token t) => t.IsNumber && t.Norm.Length <= 2 && t.Norm.All(char.IsAsciiDigit) && int.Parse(t.Norm, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31;
    }

    /// <summary>True for an equals sign ("=", "＝"), which the tokenizer reads as a symbol.</summary>
    private static bool IsEqualsSign(Segmentation.Token t) => t.Kind == TokenKind.Symbol && t.Norm.Length > 0 && t.Norm.All(c => c is '=' or '＝');

    /// <summary>
    /// True when two timexes (first before second) form one pairing unit the text marks explicitly: an opening
    /// parenthesis or bracket, a slash, "=", an equivalence cue ("الموافق") or "أي" between them, and nothing but
    /// punctuation, calendar marks and those cues. Two dates merely written next to each other are not said to be
    /// equal: in real text that is almost always a range or a list whose dash or slash was lost.
    /// </summary>
    internal static bool OnePairingUnit(CheckContext ctx, int first, int second, out bool cue)
    {
        cue = false;
        var from = ctx.EndToken(ctx.Timexes[first].Span);
        var to = ctx.FirstToken(ctx.Timexes[second].Span);
        var marked = false;
        for (var k = from; k < to; k++)
        {
            var t = ctx.Tokens[k];
            if (IsEqualsSign(t))
            {
                marked = true; // "656 هـ = 1258 م": the tokenizer makes "=" a symbol, not punctuation
                continue;
            }

            if (t.Kind == TokenKind.Punctuation)
            {
                if (t.Norm.Any(c => c is '-' or '–' or '—'))
                {
                    return false;
                }

                marked |= t.Norm.Any(c => c is '(' or '/' or '[' or '=');
                continue;
            }

            if (ctx.MatchCue(k, "equivalence", out var n) is not null)
            {
                cue = marked = true;
                k += n - 1;
                continue;
            }

            if (t.Norm is "اي" or "أي")
            {
                marked = true;
                continue;
            }

            if (ctx.MatchCue(k, "era-marker", out var m) is not null || t.Norm is "ل" or "لل" or "مع" or "ما" or "يوافق" || CalendarWords(ctx, k, out m))
            {
                k += Math.Max(m, 1) - 1;
                continue;
            }

            if (Approximation(t) || LostDashDay(ctx, first, k))
            {
                continue;
            }

            return false;
        }

        return marked;
    }

    /// <summary>
    /// True for two dates of different calendars written back to back with nothing but a calendar mark between
    /// ("1408 هـ 1987 م", where the slash was lost), when the first one names its calendar itself (a mark or a
    /// month name). A bare year before another ("906 922 هـ") begins a range whose dash was lost instead.
    /// </summary>
    private static bool Juxtaposed(CheckContext ctx, int first, int second)
    {
        var ta = ctx.Timexes[first];
        var tb = ctx.Timexes[second];
        var from = ctx.EndToken(ta.Span);
        var to = ctx.FirstToken(tb.Span);
        for (var k = from; k < to; k++)
        {
            if (ctx.MatchCue(k, "era-marker", out var m) is null)
            {
                return false;
            }

            k += Math.Max(m, 1) - 1;
        }

        if (EffectiveCalendar(ctx, ta) == EffectiveCalendar(ctx, tb) || BareYearBeside(ctx, first, -1) || BareYearBeside(ctx, second, +1))
        {
            return false;
        }

        return NamesCalendar(ctx, ta) && NamesCalendar(ctx, tb);
    }

    /// <summary>The year number the timex's value writes (its first four characters when they are digits), or null.</summary>
    private static int? WrittenYear(Timex t)
        => t.Value is { Length: >= 4 } v && int.TryParse(v.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;

    /// <summary>True when a timex names its calendar itself: a month name, or a calendar mark as its last token or right after it.</summary>
    private static bool NamesCalendar(CheckContext ctx, Timex t)
    {
        var from = ctx.FirstToken(t.Span);
        var end = ctx.EndToken(t.Span);
        return ctx.FindMonth(from, end, out _) is not null || (end > 0 && ctx.MatchCue(end - 1, "era-marker", out _) is not null)
            || (end < ctx.Tokens.Length && ctx.MatchCue(end, "era-marker", out _) is not null);
    }

    /// <summary>
    /// True when a bare year (digits only, no calendar mark or month) is written right beside the timex with nothing
    /// between: "906 922 هـ 1500 1516 م" are two ranges whose dashes were lost, not pairs.
    /// </summary>
    private static bool BareYearBeside(CheckContext ctx, int index, int direction)
    {
        var n = index + direction;
        if (n < 0 || n >= ctx.Timexes.Length)
        {
            return false;
        }

        var (left, right) = direction < 0 ? (ctx.Timexes[n], ctx.Timexes[index]) : (ctx.Timexes[index], ctx.Timexes[n]);
        if (ctx.EndToken(left.Span) != ctx.FirstToken(right.Span))
        {
            return false;
        }

        var other = ctx.Timexes[n];
        var from = ctx.FirstToken(other.Span);
        var end = ctx.EndToken(other.Span);
        return CheckContext.HasWrittenYear(other) && ctx.FindMonth(from, end, out _) is null
            && ctx.MatchCue(end - 1, "era-marker", out _) is null && (end >= ctx.Tokens.Length || ctx.MatchCue(end, "era-marker", out _) is null);
    }

    /// <summary>The calendar of a timex: its own, or Julian when a Julian marker follows it in its clause.</summary>
    internal static CalendarKind EffectiveCalendar(CheckContext ctx, Timex t)
    {
        if (t.Calendar != CalendarKind.Gregorian)
        {
            return t.Calendar;
        }

        return JulianMarkerAfter(ctx, t) >= 0 ? CalendarKind.Julian : CalendarKind.Gregorian;
    }

    /// <summary>Token index of a Julian-calendar marker in the clause after the timex (within 8 tokens), or -1.</summary>
    internal static int JulianMarkerAfter(CheckContext ctx, Timex t)
    {
        var end = ctx.EndToken(t.Span);
        if (end >= ctx.Tokens.Length)
        {
            return -1;
        }

        var (_, ce) = ctx.ClauseOf(Math.Max(0, end - 1));
        var stop = Math.Min(ce, end + 8);
        foreach (var other in ctx.Timexes)
        {
            // A marker after a later date belongs to that date.
            if (other.Span.Start >= t.Span.End)
            {
                stop = Math.Min(stop, ctx.FirstToken(other.Span));
                break;
            }
        }
        for (var k = end; k < stop; k++)
        {
            if (ctx.MatchCue(k, "gregorian-marker", out _) is not null)
            {
                return -1;
            }

            if (ctx.MatchCue(k, "julian-marker", out _) is not null)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The Gregorian interval a timex denotes when read in its effective calendar, or null.</summary>
    internal static GregorianInterval? Real(CheckContext ctx, Timex t, out CalendarKind calendar)
    {
        calendar = EffectiveCalendar(ctx, t);
        if (t.Gregorian is not { } g)
        {
            return null;
        }

        if (calendar == t.Calendar)
        {
            return g;
        }

        // Written as Gregorian fields by the time stage, but the text says Julian: re-read the fields.
        try
        {
            var s = new LocalDate(g.Start.Year, g.Start.Month, g.Start.Day, CalendarSystem.Julian);
            var e = new LocalDate(g.End.Year, g.End.Month, Math.Min(g.End.Day, CalendarSystem.Julian.GetDaysInMonth(g.End.Year, g.End.Month)), CalendarSystem.Julian);
            return new GregorianInterval(s, e);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>
    /// True when a timex can be one side of a pair: dated, or a day and month without a year ("(26 أكتوبر حسب
    /// التقويم الشرقي)") beside a dated one, which gives it its year.
    /// </summary>
    private static bool Pairable(Timex t, Timex other) => CheckContext.IsDated(t) || (YearlessDay(t) is not null && CheckContext.IsDated(other));

    /// <summary>Month and day of a Gregorian or Julian date written without a year (value XXXX-MM-DD), or null.</summary>
    private static (int Month, int Day)? YearlessDay(Timex t)
        => t.Type == TimexType.Date && t.Calendar is CalendarKind.Gregorian or CalendarKind.Julian && t.Value is { Length: 10 } v && v.StartsWith("XXXX-", StringComparison.Ordinal)
            && int.TryParse(v.AsSpan(5, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m)
            && int.TryParse(v.AsSpan(8, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d)
            && m is >= 1 and <= 12 && d is >= 1 and <= 31 ? (m, d) : null;

    /// <summary>
    /// A year-less day of a pair dated in the other side's year, in its own calendar (the pair's comparison then moves
    /// it to the year nearest the other side); the timex itself when it is dated or cannot be.
    /// </summary>
    private static Timex WithPairYear(Timex t, Timex other)
    {
        if (CheckContext.IsDated(t) || YearlessDay(t) is not { } md || other.Gregorian is not { } og)
        {
            return t;
        }

        var year = og.Start.Year;
        var calendar = t.Calendar == CalendarKind.Julian ? CalendarSystem.Julian : CalendarSystem.Iso;
        if (md.Day > calendar.GetDaysInMonth(year, md.Month))
        {
            return t;
        }

        var day = new LocalDate(year, md.Month, md.Day, calendar).WithCalendar(CalendarSystem.Iso);
        return t with { Gregorian = GregorianInterval.Day(day), Valid = true };
    }

    /// <summary>Words naming a calendar between the two sides ("بالتقويم القديم"، "حسب التقويم الشرقي"، "وفق"): their length.</summary>
    private static bool CalendarWords(CheckContext ctx, int k, out int length)
    {
        length = 0;
        if (ctx.MatchCue(k, "julian-marker", out var n) is not null || ctx.MatchCue(k, "gregorian-marker", out n) is not null)
        {
            length = n;
            return true;
        }

        if (ctx.Tokens[k].Norm is "حسب" or "وفق" or "وفقا" or "بحسب" && k + 1 < ctx.Tokens.Length
            && (ctx.MatchCue(k + 1, "julian-marker", out _) is not null || ctx.MatchCue(k + 1, "gregorian-marker", out _) is not null))
        {
            length = 1;
            return true;
        }

        return false;
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
        var a = yearLessA ? Rebase(a0, ca, b0) : WithAdjacentYear(ctx, ia, -1, FeastAsYear(ctx, ta, a0, ca), ca);
        var b = yearLessB ? Rebase(b0, cb, a0) : WithAdjacentYear(ctx, ib, +1, FeastAsYear(ctx, tb, b0, cb), cb);

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

    /// <summary>
    /// A day named by a feast or season rather than written ("فريضة الحج عام 1241 هـ / 1825 م"): the pair states the
    /// year, so the side is read as its year of its calendar.
    /// </summary>
    private static GregorianInterval FeastAsYear(CheckContext ctx, Timex t, GregorianInterval g, CalendarKind calendar)
    {
        if (t.SharedParts || DateText.PrecisionOf(g, calendar) == DatePrecision.Year || ctx.FindMonth(ctx.FirstToken(t.Span), ctx.EndToken(t.Span), out _) is not null)
        {
            return g;
        }

        var runs = 0;
        var inRun = false;
        foreach (var c in t.Text)
        {
            var digit = char.IsDigit(c);
            runs += digit && !inRun ? 1 : 0;
            inRun = digit;
        }

        if (runs != 1)
        {
            return g;
        }

        var system = DateText.System(calendar);
        var year = g.Start.WithCalendar(system).Year;
        var start = new LocalDate(year, 1, 1, system);
        return new GregorianInterval(start.WithCalendar(CalendarSystem.Iso), start.PlusYears(1).PlusDays(-1).WithCalendar(CalendarSystem.Iso));
    }

    /// <summary>True when the timex names a month (and maybe a day) but writes no year.</summary>
    private static bool YearLess(CheckContext ctx, Timex t)
        => !t.SharedParts && !t.YearInWords && !CheckContext.HasWrittenYear(t) && ctx.FindMonth(ctx.FirstToken(t.Span), ctx.EndToken(t.Span), out _) is not null;

    /// <summary>The same month (and day) of its calendar in the year nearest the other side of the pair.</summary>
    private static GregorianInterval Rebase(GregorianInterval g, CalendarKind calendar, GregorianInterval other)
    {
        var system = DateText.System(calendar);
        var precision = DateText.PrecisionOf(g, calendar);
        if (precision is not (DatePrecision.Day or DatePrecision.Month))
        {
            return g;
        }

        var start = g.Start.WithCalendar(system);
        var shift = other.Start.WithCalendar(system).Year - start.Year;
        GregorianInterval? best = null;
        var bestDistance = int.MaxValue;
        for (var k = shift - 1; k <= shift + 1; k++)
        {
            LocalDate s;
            try
            {
                s = start.PlusYears(k);
            }
            catch (ArgumentOutOfRangeException)
            {
                continue;
            }

            var e = precision == DatePrecision.Day ? s : s.PlusMonths(1).PlusDays(-1);
            var candidate = new GregorianInterval(s.WithCalendar(CalendarSystem.Iso), e.WithCalendar(CalendarSystem.Iso));
            var distance = candidate.Overlaps(other) ? 0
                : Math.Min(Math.Abs(Period.Between(candidate.End, other.Start, PeriodUnits.Days).Days), Math.Abs(Period.Between(other.End, candidate.Start, PeriodUnits.Days).Days));
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best ?? g;
    }

    /// <summary>
    /// A year side of a pair widened by a year of the same calendar written right beside it, outside the pair
    /// ("1346/1347 هـ الموافق 1927/1928 م": a school or fiscal year spans two years of each calendar).
    /// </summary>
    private static GregorianInterval WithAdjacentYear(CheckContext ctx, int index, int direction, GregorianInterval g, CalendarKind calendar)
    {
        var n = index + direction;
        if (n < 0 || n >= ctx.Timexes.Length || DateText.PrecisionOf(g, calendar) != DatePrecision.Year)
        {
            return g;
        }

        var other = ctx.Timexes[n];
        if (ctx.SentenceOf(other) != ctx.SentenceOf(ctx.Timexes[index]) || !CheckContext.IsDated(other) || !CheckContext.HasWrittenYear(other)
            || Real(ctx, other, out var oc) is not { } og || oc != calendar || DateText.PrecisionOf(og, oc) != DatePrecision.Year)
        {
            return g;
        }

        var (first, second) = direction < 0 ? (other, ctx.Timexes[index]) : (ctx.Timexes[index], other);
        for (var k = ctx.EndToken(first.Span); k < ctx.FirstToken(second.Span); k++)
        {
            var t = ctx.Tokens[k];
            if (!(t.Kind == TokenKind.Punctuation && t.Norm.All(c => c is '/' or '-' or '–')) && ctx.MatchCue(k, "era-marker", out _) is null)
            {
                return g;
            }
        }

        return new GregorianInterval(g.Start < og.Start ? g.Start : og.Start, g.End > og.End ? g.End : og.End);
    }

    private static Flag DayFlag(CheckContext ctx, TextSpan[] spans, Timex ta, GregorianInterval a, CalendarKind ca, Timex tb, GregorianInterval b, CalendarKind cb, int diff, bool approx)
    {
        // Name the first-written date and its right equivalent in the second's calendar.
        var expected = a.Start.WithCalendar(DateText.System(cb));
        var expectedEn = cb == CalendarKind.Hijri || ca == CalendarKind.Hijri
            ? DateText.DayEn(expected, cb)
            : (expected.Year == b.Start.WithCalendar(DateText.System(cb)).Year ? DateText.DayMonthEn(expected, cb) + " " + DateText.YearEn(expected.Year) : DateText.DayEn(expected, cb));
        var expectedAr = DateText.DayAr(expected, cb);
        var statedEn = DateText.DayMonthEn(b.Start, cb);
        var statedAr = DateText.DayMonthAr(b.Start, cb);
        var tol = approx ? $" (±{ctx.Options.HijriToleranceDays} days)" : "";
        var tolAr = approx ? $" (بفارق يومين على الأكثر)" : "";
        return CheckContext.MakeFlag("calendar-equivalence", Severity.Error, spans,
            $"{DateText.DayAr(a.Start, ca)} ({CalendarAr(ca)}) يوافق {expectedAr} {CalendarAr(cb)}{tolAr}، لا {statedAr}.",
            $"{DateText.DayEn(a.Start, ca)} ({CalendarEn(ca)}) is {expectedEn} in the {CalendarEn(cb)} calendar{tol}, not {statedEn}.",
            ("first", DateText.DayEn(a.Start, ca)), ("first_calendar", Name(ca)), ("first_text", ta.Text),
            ("second", DateText.DayEn(b.Start, cb)), ("second_calendar", Name(cb)), ("second_text", tb.Text),
            ("expected", DateText.DayEn(expected, cb)), ("difference_days", diff.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static bool TryJulianFields(LocalDate written, out LocalDate real)
    {
        try
        {
            real = new LocalDate(written.Year, written.Month, written.Day, CalendarSystem.Julian).WithCalendar(CalendarSystem.Iso);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            real = written;
            return false;
        }
    }

    private static readonly LocalDate Reform = new(1582, 10, 15);

    /// <summary>True when the timex writes a date itself (a year or a month name), not a relative expression.</summary>
    private static bool Written(CheckContext ctx, Timex t)
        => t.SharedParts || t.YearInWords || CheckContext.HasWrittenYear(t) || ctx.FindMonth(ctx.FirstToken(t.Span), ctx.EndToken(t.Span), out _) is not null;

    /// <summary>An interval whose Gregorian fields are re-read as Julian.</summary>
    private static GregorianInterval? AsJulian(GregorianInterval g)
    {
        try
        {
            var s = new LocalDate(g.Start.Year, g.Start.Month, g.Start.Day, CalendarSystem.Julian);
            var e = new LocalDate(g.End.Year, g.End.Month, Math.Min(g.End.Day, CalendarSystem.Julian.GetDaysInMonth(g.End.Year, g.End.Month)), CalendarSystem.Julian);
            return new GregorianInterval(s, e);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Whether a Hijri interval and another agree: days within the tolerance, coarser intervals overlapping (widened by the tolerance).</summary>
    /// <summary>True when every day of the interval can be written in the calendar.</summary>
    internal static bool Expressible(GregorianInterval g, CalendarKind calendar)
    {
        var system = DateText.System(calendar);
        var first = new LocalDate(system.MinYear, 1, 1, system).WithCalendar(CalendarSystem.Iso);
        var last = new LocalDate(system.MaxYear, 1, 1, system).WithCalendar(CalendarSystem.Iso);
        return g.Start >= first && g.End < last;
    }

    private static bool Agrees(CheckContext ctx, GregorianInterval h, CalendarKind hc, GregorianInterval g, CalendarKind gc)
    {
        var tol = ctx.Options.HijriToleranceDays;
        if (DateText.PrecisionOf(h, hc) == DatePrecision.Day && DateText.PrecisionOf(g, gc) == DatePrecision.Day)
        {
            return Math.Abs(Period.Between(h.Start, g.Start, PeriodUnits.Days).Days) <= tol;
        }

        return h.Start.PlusDays(-tol) <= g.End && g.Start <= h.End.PlusDays(tol);
    }

    /// <summary>Days the Julian calendar lags the Gregorian at a date (10 in 1582–1700 … 13 in 1900–2100).</summary>
    internal static int JulianOffsetDays(LocalDate gregorian)
    {
        var j = gregorian.WithCalendar(CalendarSystem.Julian);
        var asIfSameFields = new LocalDate(j.Year, j.Month, Math.Min(j.Day, 28), CalendarSystem.Iso);
        return Period.Between(asIfSameFields, gregorian.PlusDays(Math.Min(j.Day, 28) - j.Day), PeriodUnits.Days).Days;
    }

    private static string Equivalent(GregorianInterval g, DatePrecision p, CalendarKind target, bool en)
    {
        var cal = DateText.System(target);
        var s = g.Start.WithCalendar(cal);
        var e = g.End.WithCalendar(cal);
        var suffix = target == CalendarKind.Hijri ? (en ? " AH" : " هـ") : "";
        if (p == DatePrecision.Day)
        {
            return en ? DateText.DayEn(g.Start, target) : DateText.DayAr(g.Start, target);
        }

        return s.Year == e.Year
            ? (en ? DateText.YearEn(s.Year) : DateText.YearAr(s.Year)) + suffix
            : (en ? $"{DateText.YearEn(s.Year)}–{DateText.YearEn(e.Year)}" : $"{DateText.YearAr(s.Year)}–{DateText.YearAr(e.Year)}") + suffix;
    }

    internal static string Name(CalendarKind c) => c.ToString().ToLowerInvariant();

    internal static string CalendarEn(CalendarKind c) => c switch
    {
        CalendarKind.Julian => "Julian (Old Style)",
        CalendarKind.Hijri => "Hijri",
        _ => "Gregorian",
    };

    internal static string CalendarAr(CalendarKind c) => c switch
    {
        CalendarKind.Julian => "في التقويم اليولياني (الشرقي)",
        CalendarKind.Hijri => "في التقويم الهجري",
        _ => "في التقويم الميلادي الغريغوري",
    };
}
