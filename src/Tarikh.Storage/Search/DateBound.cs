using System.Globalization;
using NodaTime;
using Tarikh.Core.Text;
using Tarikh.Core.Time;
using Tarikh.Core.Time.Calendars;

namespace Tarikh.Storage.Search;

/// <summary>A parsed date bound, or why it could not be parsed.</summary>
/// <param name="Date">The Gregorian (ISO) date, when parsed.</param>
/// <param name="Reason">Reason code when not parsed (<c>malformed-date</c>, <c>out-of-range</c>), else null.</param>
public readonly record struct DateBoundResult(LocalDate? Date, string? Reason)
{
    /// <summary>True when parsed.</summary>
    public bool Ok => Date is not null;
}

/// <summary>
/// Parses search date bounds: <c>1860</c>, <c>1860-05</c>, <c>1860-05-03</c> (Gregorian), <c>-44</c>
/// (astronomical year), and Hijri with a trailing <c>h</c> or <c>هـ</c>: <c>1276h</c>, <c>1276-03h</c>,
/// <c>1276-03-10h</c>, converted by Time's calendars (<see cref="TarikhCalendars.Default"/>: Umm al-Qura
/// where it is defined, else the tabular calendar Time uses), so a bound and an indexed date of the same
/// Hijri day always agree. A lower bound takes the first day of the period, an upper bound the last.
/// </summary>
public static class DateBound
{
    /// <summary>Parses a bound; <paramref name="upper"/> selects the last day of the period.</summary>
    public static DateBoundResult Parse(string? value, bool upper)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return new(null, "empty");
        }

        var s = value.Trim();
        var kind = CalendarKind.Gregorian;
        foreach (var suffix in (string[])["AH", "هـ", "ه", "h", "H"])
        {
            if (s.EndsWith(suffix, StringComparison.Ordinal))
            {
                kind = CalendarKind.Hijri;
                s = s[..^suffix.Length].TrimEnd();
                break;
            }
        }

        s = Tarikh.Core.Normalization.ArabicNormalizer.Default.NormalizeString(s);
        var negative = s.StartsWith('-');
        var parts = (negative ? s[1..] : s).Split('-');
        if (parts.Length is < 1 or > 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)) || parts[0].Length > 5)
        {
            return new(null, "malformed-date");
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture) * (negative ? -1 : 1);
        int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        int? day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
        var calendars = TarikhCalendars.Default;
        if ((kind == CalendarKind.Hijri && negative) || calendars.CheckYear(kind, year) is not null)
        {
            return new(null, "out-of-range");
        }

        if (month is < 1 or > 12)
        {
            return new(null, "month-out-of-range");
        }

        if (day is { } dd)
        {
            return calendars.TryDay(kind, year, month!.Value, dd, out var date, out var why)
                ? new(date, null)
                : new(null, why ?? "day-out-of-range");
        }

        GregorianInterval interval;
        string? reason;
        var ok = month is { } mm
            ? calendars.TryMonth(kind, year, mm, out interval, out reason)
            : calendars.TryYears(kind, year, year, out interval, out reason);
        if (!ok)
        {
            return new(null, reason == TimexReasons.YearOutOfRange ? "out-of-range" : reason ?? "out-of-range");
        }

        return new(upper ? interval.End : interval.Start, null);
    }
}
