using System.Collections.Frozen;
using System.Globalization;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Time;

/// <content>
/// Relative expressions: demonstratives, unit + direction, shifts by a duration, deictic days; clock times.
/// </content>
public sealed partial class TimexRecognizer
{
    internal sealed partial class Scanner
    {
        /// <summary>The offset a direction word gives from the reference date (القادم +1، بعد الجاي +2، الحالي 0), or null for a narrative one.</summary>
        private static int? RefOffset(string? direction) => direction switch
        {
            "next-ref" => 1,
            "prev-ref" => -1,
            "this-ref" => 0,
            "next2-ref" => 2,
            "prev2-ref" => -2,
            _ => null,
        };

        private RawTimex? TryRelative(int i)
        {
            // هالسنة، هالشهر، هالأسبوع (spoken: the demonstrative glued to the unit): the current one.
            if (Find(i, LexKind.ThisUnit) is { } glued)
            {
                var t = New(i, glued.End, glued.Stripped, GranOf((TimeUnit)glued.Entry.A), 0.8);
                t.Relative = _doc.ReferenceDate is null ? Relativity.Narrative : Relativity.Reference;
                t.DeicticForm = _doc.ReferenceDate is null;
                t.RelativeUnit = (TimeUnit)glued.Entry.A;
                if (t.RelativeUnit == TimeUnit.Week)
                {
                    WeekdayAfterWeek(t, glued.End);
                }

                return t;
            }

            // بقية الأسبوع، باقي الشهر، ما تبقى من العام: the rest of the current unit (from the reference date to its end).
            if (_doc.ReferenceDate is not null && Find(i, LexKind.Rest) is { } rest && Find(rest.End, LexKind.Unit) is { Entry.B: 1 } ru
                && (_tokens[rest.End].Clitics & Proclitics.Al) != 0 && (TimeUnit)ru.Entry.A is TimeUnit.Week or TimeUnit.Month or TimeUnit.Year
                && (Find(ru.End, LexKind.Direction) is null || Find(ru.End, LexKind.Direction) is { Entry.S: "this-ref" }))
            {
                var end = Find(ru.End, LexKind.Direction) is { } rdir ? rdir.End : ru.End;
                var t = New(i, end, rest.Stripped, GranOf((TimeUnit)ru.Entry.A), 0.75);
                t.Relative = Relativity.Reference;
                t.RelativeUnit = (TimeUnit)ru.Entry.A;
                t.RestOf = true;
                return t;
            }

            // (a) ذلك العام، تلك السنة، هذا الشهر، هذا الصيف
            if (Find(i, LexKind.Demonstrative) is { } demo)
            {
                var j = demo.End;
                var narrative = demo.Entry.S == "narr";
                if (Find(j, LexKind.Unit) is { } u && u.Entry.B == 1 && u.Stripped > 0)
                {
                    var t = New(i, u.End, demo.Stripped, GranOf((TimeUnit)u.Entry.A), 0.85);
                    t.Relative = narrative || _doc.ReferenceDate is null ? Relativity.Narrative : Relativity.Reference;
                    t.DeicticForm = !narrative && _doc.ReferenceDate is null;
                    t.RelativeUnit = (TimeUnit)u.Entry.A;
                    if (t.RelativeUnit == TimeUnit.Week)
                    {
                        // "هذا الأسبوع يوم السبت"
                        WeekdayAfterWeek(t, u.End);
                    }

                    return t;
                }

                if (!narrative && TryMonth(j, out var mp) && !mp.Hijri)
                {
                    var t = New(i, mp.End, demo.Stripped, Granularity.Month, 0.8);
                    t.Month = mp.Month;
                    t.Relative = _doc.ReferenceDate is null ? Relativity.Narrative : Relativity.Reference;
                    t.DeicticForm = _doc.ReferenceDate is null;
                    t.MonthRelative = true;
                    return t;
                }

                if (!narrative && Find(j, LexKind.Season) is { } se)
                {
                    var t = New(i, se.End, demo.Stripped, Granularity.Season, 0.8);
                    t.Season = se.Entry.S;
                    t.Relative = Relativity.Reference;
                    t.RelativeUnit = TimeUnit.Year;
                    return t;
                }
            }

            // (b) العام التالي، اليوم ذاته، الأسبوع القادم، الشهر الماضي
            if (Find(i, LexKind.Unit) is { } unit && unit.Entry.B == 1 && Find(unit.End, LexKind.Direction) is { } dir)
            {
                var t = New(i, dir.End, Math.Min(unit.Stripped, NonArticle(i)), GranOf((TimeUnit)unit.Entry.A), 0.85);
                t.RelativeUnit = (TimeUnit)unit.Entry.A;
                (t.Relative, t.RelativeOffset) = dir.Entry.S switch
                {
                    "next-narr" => (Relativity.Narrative, 1),
                    "prev-narr" => (Relativity.Narrative, -1),
                    "same" => (Relativity.Narrative, 0),
                    "next-ref" => (Relativity.Reference, 1),
                    "prev-ref" => (Relativity.Reference, -1),
                    "next2-ref" => (Relativity.Reference, 2),
                    "prev2-ref" => (Relativity.Reference, -2),
                    _ => (Relativity.Reference, 0),
                };
                if (t.Relative == Relativity.Reference && _doc.ReferenceDate is null && dir.Entry.S is "next-ref" or "next2-ref")
                {
                    // In a narrative without a reference date, "العام المقبل" reads as "the following year".
                    t.Relative = Relativity.Narrative;
                    t.DeicticForm = true;
                }

                if (t.RelativeUnit == TimeUnit.Week)
                {
                    // "الأسبوع القادم يوم الجمعة"
                    WeekdayAfterWeek(t, dir.End);
                }

                return t;
            }

            // "شهر 11 الجاي"، "شهر 3 الماضي": a month by its number (spoken Levantine and Gulf), with a direction.
            if (Find(i, LexKind.MonthWord) is { Entry.A: 1 } shahr && (_tokens[i].Clitics & Proclitics.Al) == 0 && TryDigits(shahr.End, out var mnum, out var mdigits)
                && mdigits <= 2 && mnum is >= 1 and <= 12 && _tokens[shahr.End].CliticCount == 0
                && Find(shahr.End + 1, LexKind.Direction) is { } ndir && RefOffset(ndir.Entry.S) is { } noff and >= -1 and <= 1)
            {
                var t = New(i, ndir.End, shahr.Stripped, Granularity.Month, 0.8);
                t.Month = mnum;
                t.MonthRelative = true;
                t.Relative = Relativity.Reference;
                t.RelativeOffset = noff;
                return t;
            }

            // "شهر 12 هنعمل فرح"، "رجعنا شهر ثلاثة": a month by its number without a direction (spoken); the year is the
            // context's, or in news the occurrence nearest the reference date. Not a count of days after it ("شهر 5 أيام").
            if (Find(i, LexKind.MonthWord) is { Entry.A: 1 } bare && (_tokens[i].Clitics & Proclitics.Al) == 0 && bare.End < _e
                && MonthNumber(bare.End, out var bnum, out var bend) && !(bend < _e && Find(bend, LexKind.Unit) is not null)
                && !(bend < _e && (TryDigits(bend, out _, out _) || Find(bend, LexKind.YearWord) is not null)))
            {
                var t = New(i, bend, bare.Stripped, Granularity.Month, 0.7);
                t.Month = bnum;
                return t;
            }

            // Month + direction: "سبتمبر الماضي"، "يونيو القادم".
            if (TryMonth(i, out var mpr) && !mpr.Hijri && Find(mpr.End, LexKind.Direction) is { } mdir && mdir.Entry.S is "next-ref" or "prev-ref" or "this-ref")
            {
                var t = New(i, mdir.End, mpr.Strip, Granularity.Month, 0.8);
                t.Month = mpr.Month;
                t.MonthRelative = true;
                t.Relative = Relativity.Reference;
                t.RelativeOffset = mdir.Entry.S == "next-ref" ? 1 : mdir.Entry.S == "prev-ref" ? -1 : 0;
                return t;
            }

            // (c) بعد ذلك بعامين، قبل ذلك بثلاث سنوات، بعد عامين، قبل شهرين
            var after = Find(i, LexKind.After);
            var before = after is null ? Find(i, LexKind.Before) : null;
            var sign = after is not null ? 1 : before is not null ? -1 : 0;
            var op = after ?? before;
            if (op is { } o && sign != 0 && !(Find(i, LexKind.Deictic) is { } longer && longer.End > o.End))
            {
                // ("قبل يوم أمس" is one deictic word, below.)
                var j = o.End;
                var narrative = false;
                if (Find(j, LexKind.Demonstrative) is { } d2 && d2.Entry.S == "narr")
                {
                    narrative = true;
                    j = d2.End;
                }

                // "قبل يوم الشكر"، "بعد يوم الجمعة": the unit heads a feast or a weekday, it is not a length of time.
                if (TryDuration(j, allowSingle: true, out var dur) && dur.Whole && Find(j, LexKind.Holiday) is null && Find(dur.End, LexKind.Weekday) is null)
                {
                    var end = dur.End;
                    var fromNow = IsNorm(end, "من") && Find(end + 1, LexKind.Now) is not null;
                    if (fromNow)
                    {
                        end += 2;
                    }

                    var t = New(i, end, o.Stripped, GranOf(dur.Unit), narrative ? 0.85 : 0.7);
                    t.ShiftByDuration = true;
                    // "ثم عقدت جلسة ثانية بعد أسبوع": after a date of the same sentence, from that date.
                    narrative |= !fromNow && sign > 0 && EarlierDateInSentence();
                    t.Relative = narrative || (!fromNow && _doc.ReferenceDate is null) ? Relativity.Narrative : Relativity.Reference;
                    t.DeicticForm = !narrative && !fromNow && _doc.ReferenceDate is null;
                    t.RelativeUnit = dur.Unit;
                    t.RelativeOffset = sign * dur.Count;
                    return t;
                }
            }

            // (d) أمس، اليوم، غداً، بعد غد — but "اليوم الأخير"، "اليوم الثالث من المؤتمر" are a day of something, not
            // today: a date without a value (what it counts from is not parsed).
            if (Find(i, LexKind.Deictic) is { Entry.A: 0 } today && today.End == i + 1)
            {
                var k = today.End;
                var countedEnd = Find(k, LexKind.Last) is { } lastDay ? lastDay.End
                    : (_tokens[k < _e ? k : i].Clitics & Proclitics.Al) != 0 && TryNumberWords(k, out _, out var isOrdinal, out _, out var ordEnd, out _) && isOrdinal ? ordEnd : -1;
                if (countedEnd > 0)
                {
                    var nth = New(i, countedEnd, today.Stripped, Granularity.None, 0.5);
                    return nth;
                }
            }

            if (Find(i, LexKind.Deictic) is { } dx)
            {
                var start = i;
                var strip = dx.Stripped;
                var t = New(start, dx.End, strip, Granularity.Day, 0.85);
                t.Relative = Relativity.Reference;
                t.RelativeUnit = TimeUnit.Day;
                t.RelativeOffset = dx.Entry.A;
                if (dx.End < _e && Find(dx.End, LexKind.Weekday, 1) is { } named && (_tokens[dx.End].Clitics & Proclitics.Al) != 0 && !Has(named.End, LexKind.Number))
                {
                    // "أمس الثلاثاء"، "غداً الجمعة"، "اليوم السبت": the deictic day, named. The resolver checks the named
                    // weekday against the day it counts from (the reference date or the dateline); with neither, the
                    // expression is that weekday alone.
                    t.EndToken = named.End;
                    t.NamedWeekday = named.Entry.A;
                }

                return t;
            }

            if (Find(i, LexKind.DayWord) is { } yw && yw.Entry.A == 1 && Find(yw.End, LexKind.Deictic, 0) is { } dx2)
            {
                var t = New(i, dx2.End, yw.Stripped, Granularity.Day, 0.85);
                t.Relative = Relativity.Reference;
                t.RelativeUnit = TimeUnit.Day;
                t.RelativeOffset = dx2.Entry.A;
                return t;
            }

            return null;
        }

        /// <summary>"الساعة 3 مساءً"، "الساعة التاسعة صباحاً"، "الساعة 10:30": a time of day (TIME, value T15, T10:30).</summary>
        private RawTimex? TryClock(int i)
        {
            if (Find(i, LexKind.Clock) is not { } c)
            {
                return null;
            }

            var j = c.End;
            int hour, minute = 0;
            if (TryDigits(j, out hour, out var hd) && hd <= 2 && hour <= 24)
            {
                j++;
                if (IsPunct(j, ':') && TryDigits(j + 1, out var mm, out var md) && md == 2 && mm < 60)
                {
                    minute = mm;
                    j += 2;
                }
            }
            else if (TryNumberWords(j, out hour, out _, out _, out var wend, out _) && hour is >= 1 and <= 12)
            {
                j = wend;
            }
            else
            {
                return null;
            }

            if (Find(j, LexKind.AmPm) is { } ap)
            {
                if (ap.Entry.S == "PM" && hour < 12)
                {
                    hour += 12;
                }

                j = ap.End;
            }

            var t = New(i, j, c.Stripped, Granularity.None, 0.85);
            t.Type = TimexType.Time;
            t.Value = minute == 0 ? $"T{hour:D2}" : $"T{hour:D2}:{minute:D2}";
            return t;
        }

        /// <summary>A month number after "شهر": one or two digits 1–12 with nothing glued to them, or a cardinal word from two ("ثلاثة"; "شهر واحد" is one month).</summary>
        private bool MonthNumber(int i, out int month, out int end)
        {
            end = i + 1;
            if (TryDigits(i, out month, out var digits))
            {
                return digits <= 2 && month is >= 1 and <= 12 && _tokens[i].CliticCount == 0;
            }

            if (TryNumberWords(i, out month, out var ordinal, out var article, out end, out var strip) && !ordinal && !article && strip == 0 && month is >= 2 and <= 12)
            {
                return true;
            }

            month = 0;
            return false;
        }
    }
}
