using System.Globalization;
using NodaTime;
using NodaTime.Calendars;
using Tarikh.Core.Text;
using Tarikh.Core.Time.Calendars;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Time;

/// <summary>Relative expressions: narrative ones anchored on an earlier date, news ones on the reference date or dateline.</summary>
internal sealed partial class TimexResolver
{
    // ---------------------------------------------------------------- relative expressions

    private void Anchor(AnalyzedDocument doc, List<RawTimex> raws, Resolved?[] resolved, int i, int dateline)
    {
        var t = raws[i];
        Resolved? anchor = null;
        if (t.Relative == Relativity.Reference)
        {
            if (doc.ReferenceDate is { } rd)
            {
                anchor = new Resolved(CalendarKind.Gregorian, rd.Year, rd.Month, rd.Day, Granularity.Day);
                t.AnchorReference = true;
            }
            else if (dateline >= 0 && resolved[dateline] is { } dl)
            {
                // A news item's dateline is the day it speaks from: "أمس" and "اليوم" count from it.
                anchor = dl;
                t.AnchorTo = raws[dateline];
            }
        }
        else
        {
            var needed = t.Granularity;
            for (var k = i - 1; k >= 0; k--)
            {
                if (resolved[k] is { } r && Finer(r.Granularity, needed) && raws[k].RangeWith is null | raws[k].RangeWith != t)
                {
                    anchor = r;
                    t.AnchorTo = raws[k];
                    break;
                }
            }
        }

        if (anchor is null && t.Relative == Relativity.Narrative && doc.ReferenceDate is { } fallback)
        {
            // Nothing earlier to lean on, but the document has a date of its own.
            anchor = new Resolved(CalendarKind.Gregorian, fallback.Year, fallback.Month, fallback.Day, Granularity.Day);
            t.AnchorReference = true;
        }

        if (anchor is not { } a)
        {
            if (t.NamedWeekday is { } named && t.RelativeUnit == TimeUnit.Day)
            {
                // "أمس الثلاثاء" with no day to count from: the weekday alone is what the text states.
                t.Relative = Relativity.None;
                t.Granularity = Granularity.Weekday;
                t.Weekday = named;
                return;
            }

            t.Confidence = Math.Min(t.Confidence, 0.4);
            return;
        }

        var cal = _calendars.For(a.Calendar, a.Year);
        t.Calendar = a.Calendar;
        try
        {
            if (t.ShiftPeriod is { } period && a.Month is { } pm && a.Day is { } pd)
            {
                SetDay(t, new LocalDate(a.Year, pm, pd, cal).Plus(period));
                return;
            }

            if (t.RelativeUnit == TimeUnit.Week && t.Weekday is { } ww && a.Month is { } wwm && a.Day is { } wwd)
            {
                // a weekday of the relative week: "الجمعة من الأسبوع المقبل"
                var inWeek = new LocalDate(a.Year, wwm, wwd, cal).WithCalendar(CalendarSystem.Iso).PlusWeeks(t.RelativeOffset);
                var monday = inWeek.PlusDays(1 - (int)inWeek.DayOfWeek);
                t.Calendar = CalendarKind.Gregorian;
                SetDay(t, monday.PlusDays(ww - 1));
                return;
            }

            if (t.ShiftByDuration && t.AnchorReference && t.RelativeUnit is TimeUnit.Month or TimeUnit.Week or TimeUnit.Day && a.Month is { } rm && a.Day is { } rdd)
            {
                // "قبل شهر"، "بعد أسبوعين" from the reference date: a day.
                var refDay = new LocalDate(a.Year, rm, rdd, cal);
                SetDay(t, t.RelativeUnit switch
                {
                    TimeUnit.Month => refDay.PlusMonths(t.RelativeOffset),
                    TimeUnit.Week => refDay.PlusWeeks(t.RelativeOffset),
                    _ => refDay.PlusDays(t.RelativeOffset),
                });
                return;
            }

            if (t.WeekdayRelative && t.Weekday is { } wd && a.Day is { } wdDay && a.Month is { } wdMonth)
            {
                var baseDay = new LocalDate(a.Year, wdMonth, wdDay, cal);
                var target = (IsoDayOfWeek)wd;
                var d = t.RelativeOffset switch
                {
                    > 0 => baseDay.Next(target).PlusWeeks(t.RelativeOffset - 1),
                    < 0 => baseDay.Previous(target).PlusWeeks(t.RelativeOffset + 1),
                    _ => baseDay.DayOfWeek == target ? baseDay : baseDay.Next(target),
                };
                SetDay(t, d);
                return;
            }

            if (t.MonthRelative && t.Month is { } m && a.Month is { } am)
            {
                var y = a.Year;
                if (t.RelativeOffset > 0 && m <= am)
                {
                    y++;
                }
                else if (t.RelativeOffset < 0 && m >= am)
                {
                    y--;
                }

                t.Year = y;
                t.YearDigits = 4;
                return;
            }

            if (t.Season is not null)
            {
                t.Year = a.Year + t.RelativeOffset;
                t.YearDigits = 4;
                return;
            }

            switch (t.RelativeUnit)
            {
                case TimeUnit.Day or TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second when a.Month is { } mm && a.Day is { } dd:
                    SetDay(t, new LocalDate(a.Year, mm, dd, cal).PlusDays(t.RelativeUnit == TimeUnit.Day ? t.RelativeOffset : 0));
                    break;
                case TimeUnit.Week when t.ShiftByDuration && a.Month is { } sm && a.Day is { } sd:
                    SetDay(t, new LocalDate(a.Year, sm, sd, cal).PlusWeeks(t.RelativeOffset));
                    break;
                case TimeUnit.Week when a.Month is { } wm && a.Day is { } wdd:
                    var day = new LocalDate(a.Year, wm, wdd, cal).PlusWeeks(t.RelativeOffset).WithCalendar(CalendarSystem.Iso);
                    t.Calendar = CalendarKind.Gregorian;
                    t.Granularity = Granularity.Week;
                    t.Year = WeekYearRules.Iso.GetWeekYear(day);
                    t.Day = WeekYearRules.Iso.GetWeekOfWeekYear(day);
                    t.Month = null;
                    break;
                case TimeUnit.Month when a.Month is { } mo:
                    var first = new LocalDate(a.Year, mo, 1, cal).PlusMonths(t.RelativeOffset);
                    t.Year = first.Year;
                    t.Month = first.Month;
                    // "20 من الشهر القادم": the stated day of that month (checked when the interval is built).
                    t.Granularity = t.Day is null ? Granularity.Month : Granularity.Day;
                    break;
                case TimeUnit.Year:
                    t.Year = a.Year + t.RelativeOffset;
                    if (t.Month is null && t.Movable is null && t.Quarter is null)
                    {
                        t.Granularity = Granularity.Year;
                    }

                    break;
                case TimeUnit.Decade:
                    t.Decade = (a.Year / 10) + t.RelativeOffset;
                    t.Granularity = Granularity.Decade;
                    break;
                case TimeUnit.Century:
                    t.Century = (a.Year / 100) + 1 + t.RelativeOffset;
                    t.Granularity = Granularity.Century;
                    break;
                default:
                    t.Confidence = Math.Min(t.Confidence, 0.4);
                    return;
            }

            t.YearDigits = 4;
        }
        catch (ArgumentOutOfRangeException)
        {
            t.Reason = TimexReasons.YearOutOfRange;
        }
    }

    private static void SetDay(RawTimex t, LocalDate d)
    {
        t.Year = d.Year;
        t.Month = d.Month;
        t.Day = d.Day;
        t.YearDigits = 4;
        t.Granularity = Granularity.Day;
    }

    private static bool Finer(Granularity have, Granularity needed) => needed switch
    {
        Granularity.Day => have == Granularity.Day,
        Granularity.Week => have == Granularity.Day,
        Granularity.Month => have is Granularity.Day or Granularity.Month,
        Granularity.Year or Granularity.Season => have is Granularity.Day or Granularity.Month or Granularity.Year or Granularity.Season or Granularity.Quarter,
        _ => have is Granularity.Day or Granularity.Month or Granularity.Year,
    };
}
