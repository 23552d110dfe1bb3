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
                // A news item's dateline is the day it speaks from: "أمس" and "اليوم" count from it. A dateline with only a
                // month and year or a year anchors what is no finer than itself ("الشهر الماضي"، "العام المقبل").
                if (Finer(dl.Granularity, RelativeNeed(t)))
                {
                    anchor = dl;
                    t.AnchorTo = raws[dateline];
                }
            }
            else if (dateline >= 0 && AnchorOnPartialDateline(t, raws[dateline]))
            {
                return;
            }
        }
        else
        {
            var needed = t.Granularity;
            var found = -1;
            for (var k = i - 1; k >= 0; k--)
            {
                if (resolved[k] is { } r && Finer(r.Granularity, needed) && raws[k].RangeWith is null | raws[k].RangeWith != t)
                {
                    anchor = r;
                    t.AnchorTo = raws[k];
                    found = k;
                    break;
                }
            }

            // "هذا العام"، "العام المقبل"، "قبل يومين" under a news dateline with no other date between: they speak from the
            // dateline's day, as "أمس" does (not from the previous relative that was itself counted from it).
            if (t.DeicticForm && dateline >= 0 && dateline < i
                && (found <= dateline || raws[found].AnchorTo == raws[dateline]))
            {
                anchor = null;
                t.AnchorTo = null;
                t.Relative = Relativity.Reference;
                if (resolved[dateline] is { } dl)
                {
                    if (Finer(dl.Granularity, RelativeNeed(t)))
                    {
                        anchor = dl;
                        t.AnchorTo = raws[dateline];
                    }
                }
                else if (AnchorOnPartialDateline(t, raws[dateline]))
                {
                    return;
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

            if (t.ShiftByDuration && (t.AnchorReference || (dateline >= 0 && t.AnchorTo == raws[dateline])) && t.RelativeUnit is TimeUnit.Month or TimeUnit.Week or TimeUnit.Day && a.Month is { } rm && a.Day is { } rdd)
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
                if (t.Day is { } td && a.Day is { } ad)
                {
                    // A day of the month with a direction ("14 سبتمبر الماضي"): strictly before or after the anchor day;
                    // "الجاري" keeps the anchor's year.
                    var cmp = (m * 32) + td - ((am * 32) + ad);
                    if (t.RelativeOffset > 0 && cmp <= 0)
                    {
                        y++;
                    }
                    else if (t.RelativeOffset < 0 && cmp >= 0)
                    {
                        y--;
                    }
                }
                else if (t.RelativeOffset > 0 && m <= am)
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

    /// <summary>The granularity an anchor must have to resolve <paramref name="t"/>: a day for days, weeks and weekdays, a month for months.</summary>
    private static Granularity RelativeNeed(RawTimex t)
    {
        if (t.WeekdayRelative || t.ShiftPeriod is not null || (t.ShiftByDuration && t.RelativeUnit is TimeUnit.Month or TimeUnit.Week))
        {
            return Granularity.Day;
        }

        return t.RelativeUnit switch
        {
            TimeUnit.Day or TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second or TimeUnit.Week => Granularity.Day,
            TimeUnit.Month => Granularity.Month,
            _ when t.MonthRelative => Granularity.Month,
            _ => Granularity.Year,
        };
    }

    /// <summary>
    /// A dateline with a day and month but no year ("القاهرة، 14 مارس (أ ش أ) –"): days and months count from it and keep the
    /// year unknown ("أمس" → XXXX-03-13, "الشهر الماضي" → XXXX-02); weeks and years need the year and stay unresolved. A
    /// shift whose day depends on whether the year is a leap year (across the end of February) stays unresolved too.
    /// Returns false when the expression stays unresolved.
    /// </summary>
    private bool AnchorOnPartialDateline(RawTimex t, RawTimex dateline)
    {
        if (dateline.Month is not { } m || dateline.Day is not { } d || t.WeekdayRelative || t.ShiftPeriod is not null || t.Month is not null
            || t.RelativeUnit is not (TimeUnit.Day or TimeUnit.Month))
        {
            return false;
        }

        LocalDate Shift(int year)
        {
            var cal = _calendars.For(dateline.Calendar, year);
            var from = new LocalDate(year, m, Math.Min(d, cal.GetDaysInMonth(year, m)), cal);
            return t.RelativeUnit == TimeUnit.Day ? from.PlusDays(t.RelativeOffset) : from.PlusMonths(t.RelativeOffset);
        }

        LocalDate common, leap;
        try
        {
            // 2001 and 2004 (Gregorian), 1421 and 1423 (tabular Hijri: 1421 has 354 days, 1423 has 355): a common and a leap year.
            var (cy, ly) = dateline.Calendar == CalendarKind.Hijri ? (1421, 1423) : (2001, 2004);
            common = Shift(cy);
            leap = Shift(ly);
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }

        var dayLevel = t.RelativeUnit == TimeUnit.Day || t.ShiftByDuration || t.Day is not null;
        if (common.Month != leap.Month || (dayLevel && common.Day != leap.Day))
        {
            return false;
        }

        t.Calendar = dateline.Calendar;
        t.Month = common.Month;
        t.Year = null;
        if (dayLevel)
        {
            t.Day = t.Day ?? common.Day;
            t.Granularity = Granularity.Day;
        }
        else
        {
            t.Granularity = Granularity.Month;
        }

        // Placed on the dateline's day and month, the year still unknown: written as XXXX-MM(-DD).
        t.Relative = Relativity.None;
        t.AnchorTo = dateline;
        t.Confidence = Math.Min(t.Confidence, 0.7);
        return true;
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
