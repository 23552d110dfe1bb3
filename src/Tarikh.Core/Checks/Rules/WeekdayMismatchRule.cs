using System.Runtime.CompilerServices;
using NodaTime;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// weekday-mismatch: a date written with its weekday ("الجمعة 15 آب 2024") that does not fall on that weekday. The time
/// stage picks, for a date without a year, a year in which the weekday agrees; when the year is written, or no candidate
/// year agrees, it keeps the stated and the real weekday on the timex (<see cref="Time.Timex.StatedWeekday"/>,
/// <see cref="Time.Timex.ActualWeekday"/>), and this rule reports them. A warning: a weekday is often wrong by a slip, and
/// the date itself may be the wrong part. In a text about a country that still counted Old Style then (Time's
/// <see cref="Time.Calendars.OldStyleContext"/>: Russia before 1918, Greece before 1923, …) a weekday that fits the Julian
/// reading of the written date is no mismatch.
/// </summary>
public sealed class WeekdayMismatchRule : ICheckRule
{
    private static readonly string[] Arabic = ["", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"];

    /// <inheritdoc />
    public string Id => "weekday-mismatch";

    /// <inheritdoc />
    public IEnumerable<Flag> Check(CheckContext ctx)
    {
        StrongBox<Time.Calendars.OldStyleContext?>? context = null;
        for (var i = 0; i < ctx.Timexes.Length; i++)
        {
            var t = ctx.Timexes[i];
            var ti = i;
            var span = t.Span;
            IsoDayOfWeek stated, actual;
            (int Year, int Month, int Day)? mid = null;
            if (t.StatedWeekday is { } st && t.ActualWeekday is { } ac)
            {
                (stated, actual) = (st, ac);
            }
            else if (HijriDay(t) is not null && WrittenWeekday(ctx, t) is { } written0)
            {
                // A Hijri day whose weekday agrees with Time's reading: still judged against a Gregorian equivalent the
                // text states beside it.
                (stated, actual) = (written0, written0);
            }
            else if (EquatedWeekday(ctx, i) is { } eq)
            {
                // "يوم الأحد الموافق 6 أكتوبر 1973": a weekday the text equates with the date after it.
                (stated, actual) = (eq.Stated, eq.Actual);
                t = ctx.Timexes[i + 1];
                ti = i + 1;
                span = new TextSpan(ctx.Timexes[i].Span.Start, t.Span.End);
            }
            else if (WeekdayAfter(ctx, i) is { } af)
            {
                // "في 5 يونيو 1967، يوم الجمعة"، "23 يوليو 1952 (الجمعة)": the weekday set off right after the day it names.
                (stated, actual) = (af.Stated, af.Actual);
                span = new TextSpan(t.Span.Start, af.End);
            }
            else if (MidMonthWeekday(ctx, i) is { } mm)
            {
                // "يوم الاثنين منتصف رجب سنة 1288": the middle of a Hijri month is its fifteenth day (round 18).
                (stated, actual, mid) = (mm.Stated, mm.Actual, mm.Day);
                t = ctx.Timexes[i + 1];
                ti = i + 1;
                span = new TextSpan(ctx.Timexes[i].Span.Start, t.Span.End);
            }
            else
            {
                continue;
            }

            // A Hijri day with its Gregorian (or Julian) equivalent stated beside it ("الأربعاء 15 شعبان 1444 هـ الموافق 8 مارس
            // 2023 م"): the weekday is judged against the stated equivalent, a day of a fixed calendar, not against a table of
            // the Hijri month, which the text's own reckoning may differ from by a day or two.
            TextSpan? against = null;
            var againstDay = default(LocalDate);
            var hijriOff = 0;
            if ((mid ?? HijriDay(t)) is { } hd)
            {
                if (StatedEquivalent(ctx, ti) is { } eqv)
                {
                    actual = eqv.Day.DayOfWeek;
                    against = eqv.Span;
                    againstDay = eqv.Day;
                }
                else
                {
                    hijriOff = Time.Calendars.TarikhCalendars.Default.HijriWeekdayDistance(hd.Year, hd.Month, hd.Day, stated) ?? 7;
                    if (hijriOff == 0)
                    {
                        continue;
                    }
                }
            }

            if (stated == actual)
            {
                continue;
            }

            // A day of a text about a country that still counted Old Style then ("صباح الأحد 9 يناير 1905" in a history of
            // Russia before 1918): the date may be written in the Julian calendar without saying so. When the text's context
            // (Time's, from the places it names) is such a country and the weekday fits the Julian reading, nothing is wrong.
            // A text that names no such country is read New Style: Paris in 1825 counted by the Gregorian calendar.
            if (against is null && hijriOff == 0 && t.Calendar == Time.CalendarKind.Gregorian && t.Gregorian is { } gd && gd.Start == gd.End)
            {
                context ??= new(Time.Calendars.OldStyleCountries.Default.ContextOf(ctx.Tokens));
                if (context.Value is { } oc && oc.Country.OldStyleReading(gd.Start.Year, gd.Start.Month, gd.Start.Day) is { } real && real.DayOfWeek == stated)
                {
                    continue;
                }

                // "يوم الأحد 19 فبراير 1861 (3 مارس بالتقويم الجديد)": the text itself names the other calendar of an
                // Old-Style/New-Style pair right after the date, so the date is Old Style; its Julian reading is judged.
                if (gd.Start.Year >= 1582 && CalendarCueAfter(ctx, t) && Time.Calendars.TarikhCalendars.JulianToGregorian(gd.Start.Year, gd.Start.Month, gd.Start.Day) is { } jul
                    && jul.DayOfWeek == stated)
                {
                    continue;
                }
            }

            var date = against is not null ? GregorianInterval.Format(againstDay) : mid is { } md && Time.Calendars.TarikhCalendars.Default.HijriDayReadings(md.Year, md.Month, md.Day) is [var first, ..]
                ? GregorianInterval.Format(first) : t.Gregorian is { } g ? GregorianInterval.Format(g.Start) : t.Value ?? "";
            var written = ctx.Text(span);
            var ar = against is { } sp
                ? $"«{written}»: التاريخ الموافق المذكور «{ctx.Text(sp)}» يقع يوم {Arabic[(int)actual]} لا يوم {Arabic[(int)stated]}."
                : $"«{written}»: هذا التاريخ يقع يوم {Arabic[(int)actual]} لا يوم {Arabic[(int)stated]}.";
            var en = against is { } sp2
                ? $"“{written}”: the equivalent the text states, “{ctx.Text(sp2)}”, falls on a {actual}, not a {stated}."
                : $"“{written}”: this date falls on a {actual}, not a {stated}.";

            // A Hijri month began at the sighting of the moon (or by a local calendar), which the tabular and Umm al-Qura
            // tables only approximate: a weekday within a day of either reading is no finding, nor, before the Umm al-Qura
            // era, one two days off when the crescent could have been first seen so (Time's sighting window: the moon's age
            // at the tabular start decides). "ليلة الجمعة" is the night before Friday, so a date of that evening may be written
            // with either day.
            var offByOne = Math.Abs((int)stated - (int)actual) is 1 or 6;
            var severity = Severity.Warning;
            if (hijriOff > 0 && (mid ?? HijriDay(t)) is { } h2 && hijriOff <= Time.Calendars.TarikhCalendars.HijriSightingToleranceDays(h2.Year)
                && (hijriOff == 1 || Time.Calendars.TarikhCalendars.Default.HijriWeekdayBySighting(h2.Year, h2.Month, h2.Day, stated)))
            {
                severity = Severity.Info;
                ar += $" والفرق {(hijriOff == 1 ? "يوم واحد" : "يومان")} عن الحساب الجدولي أو أم القرى، وهو في حدود ما يختلف فيه بدء الشهر الهجري بالرؤية.";
                en += $" The difference from the tabular or Umm al-Qura reading is {hijriOff} day{(hijriOff == 1 ? "" : "s")}, within what the sighting of the Hijri month allows.";
            }
            else if (offByOne && NightOf(t.Text))
            {
                severity = Severity.Info;
                ar += " والفرق يوم واحد، وهو في حدود ما تعنيه «ليلة» اليوم.";
                en += " The difference is one day, within what a \"night of\" reading allows.";
            }

            // "أمس الثلاثاء" counted from a dateline or the reference date: a report is often written the day before the
            // date it carries, so one day off is no finding; two or more are.
            if (offByOne && t.Anchor is not null && severity > Severity.Info)
            {
                severity = Severity.Info;
                ar += " والفرق يوم واحد، وقد يُكتب الخبر قبل يوم من التاريخ الذي يحمله.";
                en += " The difference is one day: a report may be written the day before the date it carries.";
            }

            // "ليلة الاثنين وقيل ليلة الخميس": a weekday the text gives as one of two reports is no statement of its own.
            if (Hedged(ctx, t))
            {
                severity = Severity.Info;
                ar += " والنص يذكر هذا اليوم رواية («قيل»).";
                en += " The text gives this weekday as a report (\"قيل\").";
            }

            TextSpan[] spans = against is { } sp3 ? [span, sp3] : [span];
            yield return CheckContext.MakeFlag(Id, severity, spans, ar, en,
                ("text", written), ("value", t.Value ?? ""), ("stated", stated.ToString()), ("actual", actual.ToString()), ("gregorian", date));
        }
    }

    /// <summary>
    /// A weekday alone ("يوم الأحد") followed, in its sentence, by an equivalence word ("الموافق"، "الموافق لـ") or a comma and
    /// a dated day: the weekday the text gives that day, and the weekday the day really falls on (from Time's date).
    /// </summary>
    private static (IsoDayOfWeek Stated, IsoDayOfWeek Actual)? EquatedWeekday(CheckContext ctx, int i)
    {
        if (i + 1 >= ctx.Timexes.Length)
        {
            return null;
        }

        var w = ctx.Timexes[i];
        var d = ctx.Timexes[i + 1];
        if (w.Value is not { Length: 10 } v || !v.StartsWith("XXXX-WXX-", StringComparison.Ordinal) || v[9] is < '1' or > '7'
            || d.StatedWeekday is not null || d.Gregorian is not { } g || g.Start != g.End || !ctx.Usable(d) || ctx.SentenceOf(w) != ctx.SentenceOf(d))
        {
            return null;
        }

        var from = ctx.EndToken(w.Span);
        var to = ctx.FirstToken(d.Span);
        var cue = false;
        for (var k = from; k < to; k++)
        {
            if (ctx.MatchCue(k, "equivalence", out var n) is not null)
            {
                cue = true;
                k += n - 1;
                continue;
            }

            if (ctx.Tokens[k].Norm is "ل" or "لـ" or "ـ" || (ctx.Tokens[k].Kind == Segmentation.TokenKind.Punctuation && ctx.Tokens[k].Norm is "،" or ","))
            {
                continue;
            }

            return null;
        }

        if (!cue && to - from > 1)
        {
            return null;
        }

        return ((IsoDayOfWeek)(v[9] - '0'), g.Start.DayOfWeek);
    }

    /// <summary>Forms of "كان" and of "صادف"/"وافق" by which a text says which weekday a date was (normalized).</summary>
    private static readonly HashSet<string> DayCopula = new(["كان", "كانت", "وكان", "وكانت", "صادف", "وصادف", "يصادف", "ويصادف", "وافق", "ووافق", "يوافق", "ويوافق"], StringComparer.Ordinal);

    /// <summary>
    /// A dated day followed by a weekday alone, set off by a comma, a dash or a parenthesis ("5 يونيو 1967، يوم الجمعة،"،
    /// "23 يوليو 1952 (الجمعة)"), that closes its clause: the weekday the text gives that day. A weekday with "و" or with
    /// words after it ("يوم الجمعة التالي"، "ويوم الجمعة خرج") is another day.
    /// </summary>
    private static (IsoDayOfWeek Stated, IsoDayOfWeek Actual, int End)? WeekdayAfter(CheckContext ctx, int i)
    {
        var d = ctx.Timexes[i];
        if (BareWeekdayInParentheses(ctx, d) is { } bare)
        {
            return bare;
        }

        if (i + 1 >= ctx.Timexes.Length)
        {
            return null;
        }

        var w = ctx.Timexes[i + 1];
        if (w.Value is not { Length: 10 } v || !v.StartsWith("XXXX-WXX-", StringComparison.Ordinal) || v[9] is < '1' or > '7' || w.Anchor is not null
            || d.StatedWeekday is not null || d.Gregorian is not { } g || g.Start != g.End || !ctx.Usable(d) || ctx.SentenceOf(w) != ctx.SentenceOf(d))
        {
            return null;
        }

        var tk = ctx.Tokens;
        var from = ctx.EndToken(d.Span);
        var to = ctx.FirstToken(w.Span);
        if (to - from is < 1 or > 2 || (tk[to].Clitics & Segmentation.Proclitics.Wa) != 0)
        {
            return null;
        }

        var paren = false;
        for (var k = from; k < to; k++)
        {
            // "يوم 7 نوفمبر 1987 كان نهار الثلاثاء"، "في 5 يونيو 1967، وكان يوم الاثنين": the copula of the day, right before
            // the weekday, says what weekday the date was (round 19).
            if (k == to - 1 && DayCopula.Contains(tk[k].Norm))
            {
                continue;
            }

            if (tk[k].Kind != Segmentation.TokenKind.Punctuation || tk[k].Norm is not ("،" or "," or "(" or "-" or "–" or "—"))
            {
                return null;
            }

            paren |= tk[k].Norm == "(";
        }

        var after = ctx.EndToken(w.Span);
        if (after < tk.Length && tk[after].Sentence == tk[to].Sentence
            && (tk[after].Kind != Segmentation.TokenKind.Punctuation || (paren && tk[after].Norm != ")") || (!paren && tk[after].Norm is "(" or ")")))
        {
            return null;
        }

        return ((IsoDayOfWeek)(v[9] - '0'), g.Start.DayOfWeek, w.Span.End);
    }

    /// <summary>
    /// "23 يوليو 1952 (الجمعة)": a weekday name alone in parentheses right after a dated day (Time reads a bare weekday word
    /// as no expression of its own, since "الجمعة" is also the Friday prayer); the name is Time's.
    /// </summary>
    private static (IsoDayOfWeek Stated, IsoDayOfWeek Actual, int End)? BareWeekdayInParentheses(CheckContext ctx, Time.Timex d)
    {
        var tk = ctx.Tokens;
        var k = ctx.EndToken(d.Span);
        if (d.StatedWeekday is not null || d.Gregorian is not { } g || g.Start != g.End || !ctx.Usable(d) || k + 2 >= tk.Length || tk[k].Norm != "("
            || tk[k + 1].Sentence != tk[k].Sentence)
        {
            return null;
        }

        var matches = new List<Time.Lexicon.LexMatch>();
        CheckContext.TimeLexicon.Trie.MatchAt(tk, k + 1, ctx.SentenceTokens(tk[k].Sentence).End, matches);
        foreach (var m in matches)
        {
            if (m.Entry.Kind == Time.Lexicon.LexKind.Weekday && m.End < tk.Length && tk[m.End].Norm == ")" && m.Entry.A is >= 1 and <= 7)
            {
                return ((IsoDayOfWeek)m.Entry.A, g.Start.DayOfWeek, tk[m.End].Span.End);
            }
        }

        return null;
    }

    /// <summary>
    /// "يوم الاثنين منتصف رجب سنة 1288": a weekday alone right before (nothing or a comma between) a Hijri month of a written year
    /// that Time reads as its middle (mod <c>MID</c>, the words "منتصف"، "نصف" or "انتصاف" opening it). The middle of a lunar
    /// month is its fifteenth ("ليلة النصف من شعبان" is the night of the 15th): the stated weekday, the tabular reading's weekday
    /// of the 15th, and that Hijri day; null otherwise. A Gregorian "منتصف مارس" is a span of days, not one, and stays out.
    /// </summary>
    private static (IsoDayOfWeek Stated, IsoDayOfWeek Actual, (int Year, int Month, int Day) Day)? MidMonthWeekday(CheckContext ctx, int i)
    {
        if (i + 1 >= ctx.Timexes.Length)
        {
            return null;
        }

        var w = ctx.Timexes[i];
        var d = ctx.Timexes[i + 1];
        if (w.Value is not { Length: 10 } v || !v.StartsWith("XXXX-WXX-", StringComparison.Ordinal) || v[9] is < '1' or > '7' || w.Anchor is not null
            || d.Calendar != Time.CalendarKind.Hijri || d.Mod != Time.TimexMod.Mid || !d.Valid || d.Value is not { Length: 7 } dv || dv[4] != '-'
            || !ctx.Usable(d) || ctx.SentenceOf(w) != ctx.SentenceOf(d) || d.Anchor is not null)
        {
            return null;
        }

        var from = ctx.EndToken(w.Span);
        var to = ctx.FirstToken(d.Span);
        if (to - from > 1 || (to - from == 1 && ctx.Tokens[from].Norm is not ("،" or ",")) || to >= ctx.Tokens.Length
            || ctx.Tokens[to].Base is not ("منتصف" or "نصف" or "انتصاف"))
        {
            return null;
        }

        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var none = System.Globalization.NumberStyles.None;
        if (!int.TryParse(dv.AsSpan(0, 4), none, inv, out var y) || !int.TryParse(dv.AsSpan(5, 2), none, inv, out var m)
            || Time.Calendars.TarikhCalendars.Default.HijriDayReadings(y, m, 15) is not [var first, ..])
        {
            return null;
        }

        return ((IsoDayOfWeek)(v[9] - '0'), first.DayOfWeek, (y, m, 15));
    }

    /// <summary>The Hijri year, month and day a timex writes (value <c>YYYY-MM-DD</c> of a Hijri day, or of a time on it), or null.</summary>
    private static (int Year, int Month, int Day)? HijriDay(Time.Timex t)
    {
        // A time of the day ("الفجر يوم الجمعة أول محرم", value …T…) names its day too.
        if (t.Calendar != Time.CalendarKind.Hijri || t.Type is not (Time.TimexType.Date or Time.TimexType.Time) || !t.Valid || t.Value is not { Length: >= 10 } v || v[4] != '-' || v[7] != '-'
            || (v.Length > 10 && v[10] != 'T'))
        {
            return null;
        }

        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var none = System.Globalization.NumberStyles.None;
        return int.TryParse(v.AsSpan(0, 4), none, inv, out var y) && int.TryParse(v.AsSpan(5, 2), none, inv, out var m) && int.TryParse(v.AsSpan(8, 2), none, inv, out var d)
            ? (y, m, d) : null;
    }

    /// <summary>The weekday named inside a timex's own words ("الأربعاء 15 شعبان 1444 هـ"), from Time's lexicon; null when none.</summary>
    private static IsoDayOfWeek? WrittenWeekday(CheckContext ctx, Time.Timex t)
    {
        var tk = ctx.Tokens;
        var from = ctx.FirstToken(t.Span);
        var end = ctx.EndToken(t.Span);
        var matches = new List<Time.Lexicon.LexMatch>();
        for (var k = from; k < end; k++)
        {
            matches.Clear();
            CheckContext.TimeLexicon.Trie.MatchAt(tk, k, end, matches);
            foreach (var m in matches)
            {
                if (m.Entry.Kind == Time.Lexicon.LexKind.Weekday && m.Entry.A is >= 1 and <= 7)
                {
                    return (IsoDayOfWeek)m.Entry.A;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The Gregorian or Julian day the text states as the equivalent of a Hijri day, inside one pairing unit ("X الموافق Y"،
    /// "X (Y)"، "X / Y"، "X = Y"; never across a range dash), as the real day (a Julian date read as such); null when none.
    /// A stated equivalent that names its own weekday is judged on its own.
    /// </summary>
    private static (LocalDate Day, TextSpan Span)? StatedEquivalent(CheckContext ctx, int i)
    {
        var timexes = ctx.Timexes;
        var t = timexes[i];
        var j = t.Equivalent is { } e && e >= 0 && e < timexes.Length && e != i ? e : i + 1;
        if (j >= timexes.Length)
        {
            return null;
        }

        var o = timexes[j];
        if (o.Calendar == Time.CalendarKind.Hijri || o.Type != Time.TimexType.Date || !ctx.Usable(o) || ctx.SentenceOf(o) != ctx.SentenceOf(t)
            || WrittenWeekday(ctx, o) is not null || o.StatedWeekday is not null || ctx.Index.DashBetween(t.Span, o.Span)
            || !CalendarEquivalenceRule.OnePairingUnit(ctx, Math.Min(i, j), Math.Max(i, j), out _))
        {
            return null;
        }

        if (CalendarEquivalenceRule.Real(ctx, o, out _) is not { } g || g.Start != g.End)
        {
            return null;
        }

        // An equivalent more than two days from every reading of the Hijri day is itself wrong (the
        // calendar-equivalence rule reports it): the weekday is then judged against the Hijri day's own readings.
        if (HijriDay(t) is { } hd)
        {
            var readings = Time.Calendars.TarikhCalendars.Default.HijriDayReadings(hd.Year, hd.Month, hd.Day);
            if (readings.Count > 0 && readings.All(r => Math.Abs(Period.Between(r, g.Start, PeriodUnits.Days).Days) > 2))
            {
                return null;
            }
        }

        return (g.Start, o.Span);
    }

    private static bool Hedged(CheckContext ctx, Time.Timex t)
    {
        var first = ctx.FirstToken(t.Span);
        for (var k = first - 1; k >= 0 && k >= first - 3 && ctx.Tokens[k].Sentence == ctx.Tokens[first].Sentence; k--)
        {
            if (ctx.Tokens[k].Base is "قيل" or "يقال" or "او" || ctx.Tokens[k].Norm is "وقيل" or "ويقال")
            {
                return true;
            }
        }

        return false;
    }

    private static bool NightOf(string text)
        => text.Contains("ليلة", StringComparison.Ordinal) || text.Contains("ليله", StringComparison.Ordinal) || text.Contains("مساء", StringComparison.Ordinal);

    /// <summary>Tokens after a date within which a named calendar ("بالتقويم الجديد"، "حسب التقويم القديم") marks it as one side of an Old-Style pair.</summary>
    private const int CalendarCueWindow = 8;

    /// <summary>
    /// True when Time's lexicon finds a named Julian or Gregorian calendar ("التقويم الجديد"، "النمط القديم"، "التقويم
    /// اليولياني") within <see cref="CalendarCueWindow"/> tokens after the timex, in its sentence.
    /// </summary>
    private static bool CalendarCueAfter(CheckContext ctx, Time.Timex t)
    {
        var tk = ctx.Tokens;
        IReadOnlyList<Segmentation.Token> list = tk;
        var from = ctx.EndToken(t.Span);
        if (from >= tk.Length)
        {
            return false;
        }

        var end = ctx.SentenceTokens(tk[from].Sentence).End;
        var matches = new List<Time.Lexicon.LexMatch>();
        for (var k = from; k < Math.Min(end, from + CalendarCueWindow); k++)
        {
            matches.Clear();
            CheckContext.TimeLexicon.Trie.MatchAt(list, k, end, matches);
            if (matches.Any(m => m.Entry.Kind == Time.Lexicon.LexKind.CalendarCue && m.Entry.S is "julian" or "gregorian"))
            {
                return true;
            }
        }

        return false;
    }
}
