using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Calendars;
using Tarikh.Core.Text;
using Tarikh.Core.Time.Calendars;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Time;

/// <summary>Days placed against the reference date: a day or week of the reference month, Hijri feasts, medieval Julian years and stated weekdays.</summary>
internal sealed partial class TimexResolver
{
    // ---------------------------------------------------------------- days placed against the reference

    private void FillFromReference(AnalyzedDocument doc, RawTimex t)
    {
        // A day without a month ("الجمعة 22"، "يوم 27") in news: that day of the reference month.
        if (t.Month is null && t.Day is { } onlyDay && doc.ReferenceDate is { } rday && t.Calendar == CalendarKind.Gregorian
            && onlyDay <= CalendarSystem.Iso.GetDaysInMonth(rday.Year, rday.Month))
        {
            t.Year = rday.Year;
            t.Month = rday.Month;
            t.YearDigits = 4;
            t.AnchorReference = true;
            t.Confidence = Math.Min(t.Confidence, 0.5);
            return;
        }

        // News: the occurrence of that month (and day) closest to the reference date.
        if (doc.ReferenceDate is { } rd && t.Calendar == CalendarKind.Gregorian && t.Month is { } month and >= 1 and <= 12)
        {
            var best = rd.Year;
            var bestDistance = int.MaxValue;
            var bestAgrees = false;
            for (var y = rd.Year - 1; y <= rd.Year + 1; y++)
            {
                var day = Math.Min(t.Day ?? 15, CalendarSystem.Iso.GetDaysInMonth(y, month));
                var distance = Math.Abs(Period.Between(rd, new LocalDate(y, month, Math.Max(day, 1)), PeriodUnits.Days).Days);
                // A stated weekday ("الخميس 15 آب") prefers the closest year in which the date falls on it.
                var agrees = t.Weekday is not null && t.Day is not null && WeekdayAgrees(t, y);
                if ((agrees && !bestAgrees) || (agrees == bestAgrees && distance < bestDistance))
                {
                    bestDistance = distance;
                    best = y;
                    bestAgrees = agrees;
                }
            }

            t.Year = best;
            t.YearDigits = 4;
            t.AnchorReference = true;
            t.Confidence = Math.Min(t.Confidence, 0.6);
        }
    }

    /// <summary>
    /// "الأسبوع الأول من أكتوبر 2024": the week that starts on the first Monday of the month (value <c>2024-10-W01</c>);
    /// "الأسبوع الأخير من 2015": the last ISO week of the year (<c>2015-W53</c>).
    /// </summary>
    private void PlaceWeekOf(RawTimex t)
    {
        if (t.WeekOf is not { } n || t.Year is not { } y || t.Reason is not null || t.Bc)
        {
            return;
        }

        if (t.Month is { } m && t.Granularity == Granularity.Month)
        {
            if (!_calendars.TryMonth(t.Calendar, y, m, out var month, out _) || Computus.NthWeekdayIn(month.Start, month.End, IsoDayOfWeek.Monday, n) is not { } monday)
            {
                t.Reason = TimexReasons.DayOutOfRange;
                return;
            }

            t.WeekStart = monday;
            t.Granularity = Granularity.Week;
            return;
        }

        if (t.Month is null && t.Granularity == Granularity.Year && t.Calendar != CalendarKind.Hijri)
        {
            var weeks = WeekYearRules.Iso.GetWeeksInWeekYear(y);
            var w = n < 0 ? weeks : n;
            if (w > weeks)
            {
                t.Reason = TimexReasons.DayOutOfRange;
                return;
            }

            t.Calendar = CalendarKind.Gregorian;
            t.Day = w;
            t.Granularity = Granularity.Week;
        }
    }

    /// <summary>True when the day of <paramref name="t"/> in <paramref name="year"/> falls on its stated weekday.</summary>
    private bool WeekdayAgrees(RawTimex t, int year)
        => t.Weekday is { } wd && t.Month is { } m && t.Day is { } d && _calendars.TryDay(t.Calendar, year, m, d, out var iso, out _) && (int)iso.DayOfWeek == wd;

    /// <summary>
    /// A Hijri feast without a year in news ("عيد الأضحى"، "سنحتفل بعيد الفطر"): the coming one in a future clause, else the
    /// occurrence closest to the reference date; the Hijri year is the one of that occurrence.
    /// </summary>
    private bool NearestHijriFeast(RawTimex t, LocalDate reference)
    {
        if (t.Month is not { } m || t.Day is not { } d || t.Calendar != CalendarKind.Hijri)
        {
            return false;
        }

        var around = _calendars.ToHijri(reference).Year;
        int? best = null;
        var bestDistance = int.MaxValue;
        for (var y = around - 1; y <= around + 1; y++)
        {
            if (!_calendars.TryDay(CalendarKind.Hijri, y, m, d, out var iso, out _))
            {
                continue;
            }

            var end = iso.PlusDays(Math.Max(t.HolidayDays, 1) - 1);
            if (t.Tense > 0 && end < reference)
            {
                continue;
            }

            var distance = reference >= iso && reference <= end ? 0 : Math.Abs(Period.Between(reference, iso, PeriodUnits.Days).Days);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = y;
            }
        }

        return AnchorYear(t, best, 0.6);
    }

    /// <summary>"عيد الفطر 2016": a Hijri feast in a Gregorian year becomes the Gregorian day it fell on that year.</summary>
    private void PlaceHijriFeastInGregorianYear(RawTimex t)
    {
        if (!t.HolidayHijri || t.Calendar != CalendarKind.Gregorian || t.Year is not { } y || t.Month is not { } m || t.Day is not { } d || t.Reason is not null || t.Bc)
        {
            return;
        }

        if (HijriFeastInGregorianYear(y, m, d, Math.Max(t.HolidayDays, 1)) is not { } iv)
        {
            // A Gregorian year that ends before the Hijri era began (16 July 622) has no Hijri feast at all.
            t.Reason = new LocalDate(y, 12, 31) < HijriEraStart ? TimexReasons.YearOutOfRange : TimexReasons.DayOutOfRange;
            return;
        }

        SetDay(t, iv.Start);
        t.HolidayHijri = false;
    }

    /// <summary>
    /// A date written with "م" before 15 October 1582 (the first day of the Gregorian reform) is Julian, as historians write
    /// it: "15 تموز 1099 م" is 21 July 1099 in the proleptic Gregorian calendar. A year alone is Julian before 1582.
    /// </summary>
    private static void ApplyMedievalJulian(RawTimex t)
    {
        if (!t.EraAD || t.Bc || t.Calendar != CalendarKind.Gregorian || t.Type != TimexType.Date || t.Year is not { } y || t.Relative != Relativity.None)
        {
            return;
        }

        var before = y < 1582 || (y == 1582 && t.Month is { } m && (m < 10 || (m == 10 && t.Day is { } d && d < 15)));
        if (before)
        {
            t.Calendar = CalendarKind.Julian;
        }
    }

    /// <summary>A stated weekday that the resolved day does not fall on is kept with the real one ("الخميس 15 آب 2024" is right; "الجمعة 15 آب 2024" is not).</summary>
    private void CheckStatedWeekday(RawTimex t)
    {
        if (t.NamedWeekday is { } named && t.Relative != Relativity.None && t.Weekday is null && t.Granularity == Granularity.Day
            && t.Year is { } ry && t.Month is { } rm && t.Day is { } rd && t.Reason is null)
        {
            // "أمس الثلاثاء" counted from a dateline or the reference date: the named weekday against the day reached.
            if (_calendars.TryDay(t.Calendar, ry, rm, rd, out var day, out _) && (int)day.DayOfWeek != named)
            {
                t.StatedWeekday = named;
                t.ActualWeekday = (int)day.DayOfWeek;
            }

            return;
        }

        if (t.Weekday is not { } wd || t.Granularity != Granularity.Day || t.Year is not { } y || t.Month is not { } m || t.Day is not { } d || t.Reason is not null || t.Nth is not null)
        {
            return;
        }

        if (_calendars.TryDay(t.Calendar, t.Bc ? 1 - y : y, m, d, out var iso, out _) && (int)iso.DayOfWeek != wd)
        {
            t.StatedWeekday = wd;
            t.ActualWeekday = (int)iso.DayOfWeek;
        }
    }
}
