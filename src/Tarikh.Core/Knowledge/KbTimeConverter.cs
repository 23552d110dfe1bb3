using NodaTime;
using Tarikh.Core.Text;
using Tarikh.Core.Time;
using Tarikh.Core.Time.Calendars;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Turns Wikidata time values into intervals of Gregorian days, through the Time stage's calendars
/// (<see cref="TarikhCalendars"/> owns every conversion), and compares intervals at a precision.
/// Wikidata numbers years before the era without a year 0 (<c>-44</c> is 44 BCE); NodaTime counts
/// astronomically (44 BCE is -43), so negative years move by one.
/// </summary>
public sealed class KbTimeConverter
{
    /// <summary>Creates a converter over the calendars.</summary>
    public KbTimeConverter(TarikhCalendars? calendars = null) => Calendars = calendars ?? TarikhCalendars.Default;

    /// <summary>The default converter.</summary>
    public static KbTimeConverter Default { get; } = new();

    /// <summary>The calendars.</summary>
    public TarikhCalendars Calendars { get; }

    /// <summary>The calendar kind of a Wikidata calendar model (Gregorian unless Julian).</summary>
    public static CalendarKind KindOf(string calendarModel) => calendarModel == KbCalendars.Julian ? CalendarKind.Julian : CalendarKind.Gregorian;

    /// <summary>The calendar name used in output (<c>gregorian</c>, <c>julian</c>).</summary>
    public static string CalendarName(string calendarModel) => calendarModel == KbCalendars.Julian ? "julian" : "gregorian";

    /// <summary>The days a time value denotes, at its precision; null when the value is out of the calendars' range.</summary>
    public GregorianInterval? ToInterval(KbTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (time.Year is < -9998 or > 9998)
        {
            return null;
        }

        var year = (int)(time.Year < 0 ? time.Year + 1 : time.Year);
        var kind = KindOf(time.Calendar);
        if (time.Precision >= KbPrecision.Day && time.Month > 0 && time.Day > 0)
        {
            return Calendars.TryDay(kind, year, time.Month, time.Day, out var d, out _) ? GregorianInterval.Day(d) : null;
        }

        if (time.Precision >= KbPrecision.Month && time.Month > 0)
        {
            return Calendars.TryMonth(kind, year, time.Month, out var m, out _) ? m : null;
        }

        var (first, last) = time.Precision switch
        {
            >= KbPrecision.Year => (year, year),
            KbPrecision.Decade => (FloorDiv(year, 10) * 10, (FloorDiv(year, 10) * 10) + 9),
            KbPrecision.Century => Block(year, 100),
            KbPrecision.Millennium => Block(year, 1000),
            _ => (year - 5000, year + 5000),
        };
        first = Math.Clamp(first, -9998, 9998);
        last = Math.Clamp(last, -9998, 9998);
        return Calendars.TryYears(kind, first, last, out var y, out _) ? y : null;
    }

    // Wikidata writes the 19th century as 1801–1900 or as any year in it: take the block that holds the year.
    private static (int, int) Block(int year, int size)
    {
        var start = year > 0 ? (((year - 1) / size) * size) + 1 : (FloorDiv(year, size) * size) + 1;
        return (start, start + size - 1);
    }

    private static int FloorDiv(int a, int b) => (int)Math.Floor(a / (double)b);

    /// <summary>The interval of the Gregorian year (or month) holding the middle of an interval.</summary>
    public static GregorianInterval Widen(GregorianInterval interval, int precision)
    {
        var mid = interval.Start.PlusDays(interval.Days / 2);
        if (precision >= KbPrecision.Day)
        {
            return interval;
        }

        if (precision == KbPrecision.Month)
        {
            var first = new LocalDate(mid.Year, mid.Month, 1);
            return new GregorianInterval(first, first.PlusMonths(1).PlusDays(-1));
        }

        var span = precision switch { KbPrecision.Decade => 10, KbPrecision.Century => 100, KbPrecision.Millennium => 1000, _ => 1 };
        var y0 = span == 1 ? mid.Year : (FloorDiv(mid.Year, span) * span) + (span == 10 ? 0 : 1);
        return new GregorianInterval(new LocalDate(y0, 1, 1), new LocalDate(y0 + span - 1, 12, 31));
    }

    /// <summary>The precision of a Gregorian interval: a day, a whole month, a whole year, else year.</summary>
    public static int PrecisionOf(GregorianInterval interval)
    {
        if (interval.Days == 1)
        {
            return KbPrecision.Day;
        }

        if (interval.Start.Day == 1 && interval.End == interval.Start.PlusMonths(1).PlusDays(-1))
        {
            return KbPrecision.Month;
        }

        return KbPrecision.Year;
    }

    /// <summary>
    /// <see cref="Agree"/> for a text date written in a calendar of its own (<paramref name="textCalendar"/>
    /// <c>hijri</c>): a Hijri year (or month) straddles two Gregorian ones, so widening either side to Gregorian
    /// units would cut it; the text's interval and the KB's agree when they share any day. A Hijri day is read
    /// with two days' leeway each way (tabular and observed months differ by a day or two), a Hijri month with three. Other calendars
    /// (Gregorian, Julian: converted days whose years line up) compare as <see cref="Agree"/> does.
    /// </summary>
    internal static bool AgreeIn(GregorianInterval text, int textPrecision, string? textCalendar, GregorianInterval kb, int kbPrecision)
    {
        if (textCalendar is "hijri")
        {
            if (textPrecision >= KbPrecision.Day)
            {
                text = new GregorianInterval(text.Start.PlusDays(-2), text.End.PlusDays(2));
            }
            else if (textPrecision == KbPrecision.Month)
            {
                // A month's first day is the sighting's: tabular tables, observed months and the conversions of the
                // sources differ by up to three days at either end ("في ذي الحجة سنة 282" for 18 January 896, Julian).
                text = new GregorianInterval(text.Start.PlusDays(-3), text.End.PlusDays(3));
            }

            return text.Overlaps(kb);
        }

        return Agree(text, textPrecision, kb, kbPrecision);
    }

    /// <summary>
    /// True when two intervals agree at the coarser of two precisions: the finer is widened to the coarser,
    /// and they must share at least half of the shorter one (a Julian year and the next Gregorian year share
    /// only twelve days and do not agree).
    /// </summary>
    public static bool Agree(GregorianInterval a, int precisionA, GregorianInterval b, int precisionB)
    {
        var p = Math.Min(precisionA, precisionB);
        if (precisionA > p)
        {
            a = Widen(a, p);
        }

        if (precisionB > p)
        {
            b = Widen(b, p);
        }

        if (!a.Overlaps(b))
        {
            return false;
        }

        var start = a.Start > b.Start ? a.Start : b.Start;
        var end = a.End < b.End ? a.End : b.End;
        var shared = Period.Between(start, end, PeriodUnits.Days).Days + 1;
        return shared * 2 >= Math.Min(a.Days, b.Days);
    }
}
