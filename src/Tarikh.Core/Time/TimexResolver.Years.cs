using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Calendars;
using Tarikh.Core.Text;
using Tarikh.Core.Time.Calendars;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Time;

/// <summary>Years from context: the year of an underspecified date or a movable feast taken from an equivalent date, the previous date or the reference date, and the day of a movable feast once its year is known.</summary>
internal sealed partial class TimexResolver
{
    // ---------------------------------------------------------------- years from context

    private void FillYear(AnalyzedDocument doc, List<RawTimex> raws, Resolved?[] resolved, int i, string text)
    {
        var t = raws[i];
        if (t.HolidayDirection != 0 && t.Year is null && doc.ReferenceDate is { } hr && NextOrLastFeast(t, hr))
        {
            return;
        }

        if (t.Granularity == Granularity.Weekday && t.Weekday is { } bare && t.Month is null && t.Day is null && t.Year is null && doc.ReferenceDate is { } wref)
        {
            // A bare weekday in news: the coming one in a future clause (سيعقد، رح، سوف), else the last one (today counts).
            var target = (IsoDayOfWeek)bare;
            var day = wref.DayOfWeek == target ? wref : t.Tense > 0 ? wref.Next(target) : wref.Previous(target);
            SetDay(t, day);
            t.AnchorReference = true;
            t.Confidence = Math.Min(t.Confidence, 0.6);
            return;
        }

        if (t.Movable is not null && t.Year is null)
        {
            FillMovableYear(doc, raws, resolved, i, text);
            return;
        }

        if (t.Year is not null || (t.Month is null && t.Day is null) || t.Granularity is not (Granularity.Day or Granularity.Month or Granularity.Season))
        {
            return;
        }

        if (t.Month is null)
        {
            FillFromReference(doc, t);
            return;
        }

        // An equivalent date gives the year: pick the year that puts both closest together.
        if (t.EquivalentWith is { Year: not null } eq && eq.Reason is null)
        {
            var best = eq.Year.Value;
            var bestDistance = long.MaxValue;
            var eqInterval = Interval(eq);
            if (eqInterval is { } ei)
            {
                for (var dy = -1; dy <= 1; dy++)
                {
                    var candidate = t.CloneShallow();
                    candidate.Year = eq.Year.Value + dy;
                    if (Interval(candidate) is { } ci)
                    {
                        // "عام 1389 هـ، يعني 1 شوال": a day inside the year it restates is that year's (round 19); else the
                        // candidate whose start lies closest to the equivalent's.
                        var dist = ci.Start >= ei.Start && ci.End <= ei.End ? 0 : Math.Abs(Period.Between(ci.Start, ei.Start, PeriodUnits.Days).Days);
                        if (dist < bestDistance)
                        {
                            bestDistance = dist;
                            best = eq.Year.Value + dy;
                        }
                    }
                }
            }

            t.Year = best;
            t.YearDigits = 4;
            t.AnchorTo = eq;
            t.Confidence = Math.Min(t.Confidence, 0.85);
            return;
        }

        // The previous dated expression of the same paragraph, at most a couple of sentences back.
        for (var k = i - 1; k >= 0; k--)
        {
            var o = raws[k];
            if (t.Sentence - o.Sentence > _options.YearContextSentences || text.AsSpan(o.SpanEnd, Math.Max(0, t.SpanStart - o.SpanEnd)).Contains('\n'))
            {
                break;
            }

            if (resolved[k] is not { } r || o.Type != TimexType.Date || r.Granularity is Granularity.Decade or Granularity.Century)
            {
                continue;
            }

            // In news, the year a state began ("منذ 2022") sets no year for the story: a bare day and month there is the
            // occurrence nearest the reference date.
            if (doc.ReferenceDate is not null && SinceYear(text, o))
            {
                break;
            }

            // "الشهر الجاي بيبدأ التيرم، والإجازة لحد 5 فبراير": after a month or day still to come, counted from today, a day
            // and month of the same sentence is its next occurrence from there (the next year when it falls before it in the
            // calendar). In the next sentence the story may have turned back ("… الشهر الياي. المعرض افتتح 10 نوڤمبر").
            if (doc.ReferenceDate is { } today && o.AnchorReference && o.Sentence == t.Sentence && r.Calendar == CalendarKind.Gregorian && t.Calendar == CalendarKind.Gregorian
                && t.Month is { } tm && r.Month is { } om && r.Granularity is Granularity.Day or Granularity.Month
                && r.Year is >= 1 and <= 9999 && om is >= 1 and <= 12 && (r.Day ?? 1) is var od && od >= 1 && od <= CalendarSystem.Iso.GetDaysInMonth(r.Year, om)
                && new LocalDate(r.Year, om, od) > today)
            {
                t.Year = (tm, t.Day ?? 1).CompareTo((om, r.Day ?? 1)) < 0 ? r.Year + 1 : r.Year;
                t.YearDigits = 4;
                t.AnchorTo = o;
                t.Confidence = Math.Min(t.Confidence, 0.6);
                return;
            }

            if (t.HolidayHijri && t.Year is null && r.Calendar is CalendarKind.Gregorian or CalendarKind.Julian)
            {
                // "عيد الفطر" after a Gregorian date of the paragraph: the feast of that Gregorian year.
                t.Calendar = CalendarKind.Gregorian;
                t.CalendarExplicit = false;
                t.Year = r.Year;
                t.YearDigits = 4;
                t.AnchorTo = o;
                t.Confidence = Math.Min(t.Confidence, 0.6);
                return;
            }

            if (r.Calendar != t.Calendar && !(r.Calendar == CalendarKind.Julian && t.Calendar == CalendarKind.Gregorian))
            {
                continue;
            }

            // A stated weekday picks the year that agrees with it: the context year, else the next one.
            t.Year = t.Weekday is not null && !WeekdayAgrees(t, r.Year) && WeekdayAgrees(t, r.Year + 1) ? r.Year + 1 : r.Year;
            t.YearDigits = 4;
            t.AnchorTo = o;
            t.Confidence = Math.Min(t.Confidence, 0.6);
            return;
        }

        if (t.HolidayHijri && doc.ReferenceDate is { } href && NearestHijriFeast(t, href))
        {
            return;
        }

        FillFromReference(doc, t);
    }

    /// <summary>
    /// A movable feast without a year (عيد الفصح، يوم الشكر): the year of the previous date of the paragraph, else
    /// the occurrence closest to the reference date.
    /// </summary>
    private void FillMovableYear(AnalyzedDocument doc, List<RawTimex> raws, Resolved?[] resolved, int i, string text)
    {
        var t = raws[i];
        var rule = t.Movable!.Value;
        for (var k = i - 1; k >= 0; k--)
        {
            var o = raws[k];
            if (t.Sentence - o.Sentence > _options.YearContextSentences || text.AsSpan(o.SpanEnd, Math.Max(0, t.SpanStart - o.SpanEnd)).Contains('\n'))
            {
                break;
            }

            if (resolved[k] is { Calendar: CalendarKind.Gregorian or CalendarKind.Julian } r && o.Type == TimexType.Date && r.Granularity is not (Granularity.Decade or Granularity.Century))
            {
                t.Year = r.Year;
                t.YearDigits = 4;
                t.AnchorTo = o;
                t.Confidence = Math.Min(t.Confidence, 0.6);
                return;
            }
        }

        if (doc.ReferenceDate is { } rd)
        {
            int? best = null;
            var bestDistance = int.MaxValue;
            for (var y = rd.Year - 1; y <= rd.Year + 1; y++)
            {
                if (rule.DayIn(y) is { } day)
                {
                    var distance = Math.Abs(Period.Between(rd, day, PeriodUnits.Days).Days);
                    if (distance < bestDistance)
                    {
                        bestDistance = distance;
                        best = y;
                    }
                }
            }

            if (best is { } year)
            {
                t.Year = year;
                t.YearDigits = 4;
                t.AnchorReference = true;
                t.Confidence = Math.Min(t.Confidence, 0.6);
            }
        }
    }

    /// <summary>"عيد الفطر القادم": the year of the first occurrence after the reference date (or the last one before it).</summary>
    private bool NextOrLastFeast(RawTimex t, LocalDate reference)
    {
        var hijri = t.Calendar == CalendarKind.Hijri && t.HolidayHijri;
        var around = hijri ? _calendars.ToHijri(reference).Year : reference.Year;
        int? best = null;
        LocalDate bestDay = default;
        for (var y = around - 1; y <= around + 1; y++)
        {
            LocalDate? day = t.Movable is { } rule ? rule.DayIn(y)
                : t.Month is { } m && t.Day is { } d && _calendars.TryDay(t.Calendar, y, m, d, out var iso, out _) ? iso : null;
            if (day is not { } dd || (t.HolidayDirection > 0 ? dd <= reference : dd >= reference))
            {
                continue;
            }

            if (best is null || (t.HolidayDirection > 0 ? dd < bestDay : dd > bestDay))
            {
                best = y;
                bestDay = dd;
            }
        }

        return AnchorYear(t, best, 0.7);
    }

    /// <summary>Gives a timex the year chosen from the reference date (or none), capping its confidence.</summary>
    private static bool AnchorYear(RawTimex t, int? best, double maxConfidence)
    {
        if (best is not { } year)
        {
            return false;
        }

        t.Year = year;
        t.YearDigits = 4;
        t.AnchorReference = true;
        t.Confidence = Math.Min(t.Confidence, maxConfidence);
        return true;
    }

    /// <summary>Puts a movable feast or an nth weekday ("أول يوم جمعة من يوليو") on its day once its year (and month) are known.</summary>
    private void PlaceMovableDay(RawTimex t)
    {
        if (t.Type != TimexType.Date || t.Reason is not null || t.Year is not { } y)
        {
            return;
        }

        if (t.Movable is { } rule && t.Month is null)
        {
            if (t.Bc)
            {
                t.Reason = TimexReasons.YearOutOfRange;
                return;
            }

            if (t.Calendar != CalendarKind.Gregorian || rule.DayIn(y) is not { } day)
            {
                t.Reason = TimexReasons.DayOutOfRange;
                return;
            }

            SetDay(t, day);
            return;
        }

        if (t.Nth is { } n && t.Weekday is { } wd && t.Month is { } m && t.Day is null)
        {
            if (!_calendars.TryMonth(t.Calendar, t.Bc ? 1 - y : y, m, out var month, out _)
                || Computus.NthWeekdayIn(month.Start, month.End, (IsoDayOfWeek)wd, n) is not { } iso)
            {
                t.Reason = TimexReasons.DayOutOfRange;
                return;
            }

            t.Day = t.Calendar switch { CalendarKind.Gregorian => iso.Day, CalendarKind.Hijri => _calendars.ToHijri(iso).Day, _ => _calendars.ToCalendar(iso, t.Calendar).Day };
            t.Granularity = Granularity.Day;
        }
    }

    /// <summary>True when the word right before a written year is "منذ" ("منذ 2022"): the start of a state, not the time of the story ("منذ مطلع العام" counts from today and is not one).</summary>
    private static bool SinceYear(string text, RawTimex o)
    {
        if (o.Granularity != Granularity.Year || !o.YearWritten || o.AnchorReference)
        {
            return false;
        }

        var before = text.AsSpan(0, o.SpanStart).TrimEnd();
        return before.EndsWith("منذ", StringComparison.Ordinal) && (before.Length == 3 || !char.IsLetter(before[^4]));
    }
}
