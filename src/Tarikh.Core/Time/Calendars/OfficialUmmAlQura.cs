using System.Globalization;
using NodaTime;

namespace Tarikh.Core.Time.Calendars;

/// <summary>
/// The official Umm al-Qura calendar of Saudi Arabia, 1343–1500 AH (1 August 1924 – 16 November 2077): the Gregorian first
/// day and the length of every month, from the month-start table of the <c>hijridate</c> library by Mohammed Alshehri
/// (MIT licence, <c>Data/LICENSE-hijridate-MIT.txt</c>), checked there against primary sources. .NET's (and NodaTime's)
/// built-in Umm al-Qura arithmetic disagrees with it for 312 months between 1343 and 1401 AH by one or two days; from
/// 1402 AH they agree. Immutable; the table is embedded (<c>Data/ummalqura-month-starts.tsv</c>).
/// </summary>
public sealed class OfficialUmmAlQura
{
    /// <summary>The first Hijri year of the table.</summary>
    public const int MinYear = 1343;

    /// <summary>The last Hijri year of the table.</summary>
    public const int MaxYear = 1500;

    private readonly LocalDate[] _starts; // index (year - MinYear) * 12 + month - 1; one extra entry: the day after the table
    private readonly int[] _startDays; // the same as days since the epoch, for binary search

    private OfficialUmmAlQura(LocalDate[] starts)
    {
        _starts = starts;
        _startDays = new int[starts.Length];
        for (var k = 0; k < starts.Length; k++)
        {
            _startDays[k] = (int)(starts[k].ToDateOnly().DayNumber);
        }
    }

    /// <summary>The embedded table.</summary>
    public static OfficialUmmAlQura Default { get; } = Load();

    /// <summary>True when the table covers the Hijri year.</summary>
    public static bool Covers(int hijriYear) => hijriYear is >= MinYear and <= MaxYear;

    /// <summary>The first day covered (1 Muharram 1343).</summary>
    public LocalDate First => _starts[0];

    /// <summary>The last day covered (29 or 30 Dhu al-Hijja 1500).</summary>
    public LocalDate Last => _starts[^1].PlusDays(-1);

    /// <summary>The Gregorian first day of a month; the year must be covered and the month 1–12.</summary>
    public LocalDate MonthStart(int year, int month) => _starts[Index(year, month)];

    /// <summary>The number of days of a month (29 or 30; the table has one month of 28 days, Ramadan 1343).</summary>
    public int DaysInMonth(int year, int month)
    {
        var k = Index(year, month);
        return Period.Between(_starts[k], _starts[k + 1], PeriodUnits.Days).Days;
    }

    /// <summary>The Hijri date of a Gregorian day, or null when the table does not cover it.</summary>
    public (int Year, int Month, int Day)? FromGregorian(LocalDate iso)
    {
        var n = iso.WithCalendar(CalendarSystem.Iso).ToDateOnly().DayNumber;
        if (n < _startDays[0] || n >= _startDays[^1])
        {
            return null;
        }

        var k = Array.BinarySearch(_startDays, n);
        if (k < 0)
        {
            k = ~k - 1;
        }

        return (MinYear + (k / 12), (k % 12) + 1, n - _startDays[k] + 1);
    }

    private static int Index(int year, int month)
    {
        if (!Covers(year) || month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(year), $"{year}-{month} is outside the official Umm al-Qura table ({MinYear}–{MaxYear} AH).");
        }

        return ((year - MinYear) * 12) + month - 1;
    }

    private static OfficialUmmAlQura Load()
    {
        using var stream = typeof(OfficialUmmAlQura).Assembly.GetManifestResourceStream("Tarikh.Core.Time.Calendars.Data.ummalqura-month-starts.tsv")
            ?? throw new InvalidOperationException("Embedded resource ummalqura-month-starts.tsv is missing.");
        using var reader = new StreamReader(stream);
        var count = (MaxYear - MinYear + 1) * 12;
        var starts = new LocalDate[count + 1];
        var seen = 0;
        LocalDate lastStart = default;
        var lastLength = 0;
        while (reader.ReadLine() is { } line)
        {
            var cols = line.Split('\t');
            if (cols.Length < 4 || !int.TryParse(cols[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                || !int.TryParse(cols[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
                || !DateOnly.TryParseExact(cols[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
                || !int.TryParse(cols[3], NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                continue; // the header
            }

            var k = ((y - MinYear) * 12) + m - 1;
            starts[k] = LocalDate.FromDateOnly(first);
            if (seen > 0 && starts[k] != lastStart.PlusDays(lastLength))
            {
                throw new InvalidOperationException($"ummalqura-month-starts.tsv: {y}-{m} does not follow the previous month.");
            }

            lastStart = starts[k];
            lastLength = length;
            seen++;
        }

        if (seen != count)
        {
            throw new InvalidOperationException($"ummalqura-month-starts.tsv: {seen} months, expected {count}.");
        }

        starts[count] = lastStart.PlusDays(lastLength);
        return new OfficialUmmAlQura(starts);
    }
}
