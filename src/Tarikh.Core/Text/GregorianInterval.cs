using NodaTime;

namespace Tarikh.Core.Text;

/// <summary>
/// An inclusive interval of days in the proleptic Gregorian (ISO) calendar: the days an expression
/// denotes. <c>1870</c> is 1870-01-01..1870-12-31; a single day has <c>Start == End</c>.
/// </summary>
public readonly record struct GregorianInterval
{
    /// <summary>Creates an interval; both ends are converted to the ISO calendar.</summary>
    public GregorianInterval(LocalDate start, LocalDate end)
    {
        start = start.WithCalendar(CalendarSystem.Iso);
        end = end.WithCalendar(CalendarSystem.Iso);
        if (end < start)
        {
            throw new ArgumentException($"Interval end {end} is before start {start}.", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>First day (inclusive, ISO calendar).</summary>
    public LocalDate Start { get; }

    /// <summary>Last day (inclusive, ISO calendar).</summary>
    public LocalDate End { get; }

    /// <summary>A single day.</summary>
    public static GregorianInterval Day(LocalDate day) => new(day, day);

    /// <summary>Number of days covered.</summary>
    public int Days => Period.Between(Start, End, PeriodUnits.Days).Days + 1;

    /// <summary>True when the two intervals share a day.</summary>
    public bool Overlaps(GregorianInterval other) => Start <= other.End && other.Start <= End;

    /// <summary>True when <paramref name="other"/> lies inside this interval.</summary>
    public bool Contains(GregorianInterval other) => other.Start >= Start && other.End <= End;

    /// <summary>ISO <c>yyyy-MM-dd</c> of a date, with a sign for years before 1 (astronomical numbering).</summary>
    public static string Format(LocalDate date)
    {
        var iso = date.WithCalendar(CalendarSystem.Iso);
        var y = iso.Year;
        var year = y < 0 ? "-" + (-y).ToString("D4", System.Globalization.CultureInfo.InvariantCulture) : y.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        return $"{year}-{iso.Month:D2}-{iso.Day:D2}";
    }

    /// <inheritdoc />
    public override string ToString() => $"{Format(Start)}..{Format(End)}";
}
