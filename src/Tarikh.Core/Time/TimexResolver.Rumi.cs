using NodaTime;
using Tarikh.Core.Text;
using Tarikh.Core.Time.Calendars;

namespace Tarikh.Core.Time;

internal sealed partial class TimexResolver
{
    /// <summary>The first Rumi year converted: 1256, which began on 1 March 1840 (Julian), when the fiscal year took its fixed form.</summary>
    internal const int FirstRumiYear = 1256;

    /// <summary>The last Rumi year converted: 1341 (1925); Turkey counted Gregorian years from 1 January 1926.</summary>
    internal const int LastRumiYear = 1341;

    /// <summary>The Rumi year in which the Julian months were dropped: 16 February 1332 was followed by 1 March 1333 = 1 March 1917 (Gregorian).</summary>
    private const int RumiReformYear = 1333;

    /// <summary>A document with an explicit Hijri year below this (1200 AH = 1785) is a chronicle of earlier centuries.</summary>
    private const int MedievalHijriBefore = 1200;

    /// <summary>Julian or Gregorian year minus Rumi year, from March of a Rumi year.</summary>
    private const int RumiOffset = 584;

    /// <summary>
    /// The Ottoman fiscal calendar (التقويم الرومي، المالي), in official registers, yearbooks and the press of the Ottoman
    /// lands: the months of the Julian calendar under their Syriac names (آذار … شباط), a year that began on 1 March, and
    /// years numbered from 1256 = 1 March 1840 – end of February 1841. From 1 March 1333 (1917) the months were Gregorian,
    /// and from 1334 the year began on 1 January (1334 = 1918). "5 رجب 1297 هـ الموافق 1 حزيران 1296 رومية" is 1 June 1880
    /// in the Julian calendar, 13 June in the Gregorian. A date carrying the Rumi mark takes the Julian (or, from 1333, the
    /// Gregorian) year its month falls in; a year alone is kept as written for its interval (<see cref="RumiYearInterval"/>).
    /// Outside 1256–1341 the mark is not the fiscal era the text means (or a form before 1840 whose rules changed), and it is
    /// dropped. The other end of a range takes the mark ("من 1296 إلى 1300 رومية").
    /// </summary>
    private static void ApplyRumi(List<RawTimex> raws)
    {
        // A chronicle of the Hijri centuries before the thirteenth (1785) that writes "سنة … الرومية" counts the years of
        // the Seleucid era ("سنة الروم", "للإسكندر"), not the Ottoman fiscal years: the mark is left unread there.
        var medieval = false;
        foreach (var t in raws)
        {
            if (t.Type == TimexType.Date && t.Calendar == CalendarKind.Hijri && t.CalendarExplicit && t.Year is < MedievalHijriBefore)
            {
                medieval = true;
                break;
            }
        }

        foreach (var t in raws)
        {
            if (!t.Rumi && t.RangeWith is { Rumi: true } u && !t.CalendarExplicit && t.Type == TimexType.Date && t.YearWritten && !t.Bc
                && t.Year is >= FirstRumiYear and <= LastRumiYear && u.Year is >= FirstRumiYear and <= LastRumiYear)
            {
                t.Rumi = true;
                t.Calendar = CalendarKind.Julian;
                t.CalendarExplicit = true;
            }
        }

        foreach (var t in raws)
        {
            if (!t.Rumi || t.RumiYear is not null)
            {
                continue;
            }

            if (medieval || t.Type != TimexType.Date || t.Bc || t.Year is not ({ } y and >= FirstRumiYear and <= LastRumiYear))
            {
                // not a fiscal year the calendar had: the mark is left unread
                t.Rumi = false;
                t.Calendar = CalendarKind.Gregorian;
                t.CalendarExplicit = false;
                continue;
            }

            t.RumiYear = y;
            if (t.Month is { } m and >= 1 and <= 12)
            {
                if (y == RumiReformYear && m <= 2)
                {
                    // 1333 ran from 1 March to 31 December 1917: it had no January or February.
                    t.Reason = TimexReasons.YearOutOfRange;
                    continue;
                }

                t.Year = y + RumiOffset + (y < RumiReformYear && m <= 2 ? 1 : 0);
                t.Calendar = y < RumiReformYear ? CalendarKind.Julian : CalendarKind.Gregorian;
            }
            else
            {
                t.Year = y + RumiOffset;
                t.Calendar = y < RumiReformYear ? CalendarKind.Julian : CalendarKind.Gregorian;
            }
        }
    }

    /// <summary>
    /// The Gregorian days of a Rumi year written alone: 1 March to the end of February (Julian) until 1332, which ended on
    /// 15 February 1917 (Julian, 28 February Gregorian); 1333 is 1 March – 31 December 1917; from 1334 the Gregorian year.
    /// </summary>
    internal static GregorianInterval RumiYearInterval(int rumiYear)
    {
        if (rumiYear >= RumiReformYear + 1)
        {
            var g = rumiYear + RumiOffset;
            return new GregorianInterval(new LocalDate(g, 1, 1), new LocalDate(g, 12, 31));
        }

        if (rumiYear == RumiReformYear)
        {
            return new GregorianInterval(new LocalDate(1917, 3, 1), new LocalDate(1917, 12, 31));
        }

        var julianStart = new LocalDate(rumiYear + RumiOffset, 3, 1, CalendarSystem.Julian);
        var end = julianStart.PlusYears(1).PlusDays(-1).WithCalendar(CalendarSystem.Iso);
        if (rumiYear == RumiReformYear - 1)
        {
            end = new LocalDate(1917, 2, 28);
        }

        return new GregorianInterval(julianStart.WithCalendar(CalendarSystem.Iso), end);
    }
}
