namespace Tarikh.Core.Time;

/// <summary>A Hijri month written with a Gregorian year, as the press writes it ("رمضان 2019"، "في محرم 2008").</summary>
internal sealed partial class TimexResolver
{
    /// <summary>
    /// The smallest written year read as Gregorian beside a Hijri month: Hijri 1600 is still a century and a half away (about AD
    /// 2174), while every Gregorian year since 1600 is a year a text may date by, so a four-digit year from here up with a Hijri month
    /// and no era mark is the Gregorian year the month fell in.
    /// </summary>
    private const int GregorianYearBesideHijriMonth = 1600;

    /// <summary>The largest such year: past it, the number is no year of either calendar a text dates by.</summary>
    private const int LatestGregorianYearBesideHijriMonth = 2100;

    /// <summary>
    /// "رمضان 2019"، "في 10 محرم 2020": a Hijri month (and day) with a written four-digit Gregorian year and no Hijri era mark
    /// becomes that month of the Hijri year in which it began in the Gregorian year (Ramadan 2019 is Ramadan 1440). A Gregorian
    /// year holds the same Hijri month twice about once in 33 years (Muharram 1429 and 1430 in 2008): the first is taken and the
    /// confidence lowered. Round 17 (issue-12d).
    /// </summary>
    private void PlaceHijriMonthInGregorianYear(RawTimex t)
    {
        if (t.Type != TimexType.Date || t.Calendar != CalendarKind.Hijri || t.Relative != Relativity.None || t.Reason is not null || t.Bc || t.Rumi
            || t.Month is not { } month || t.Year is not { } year || !t.YearWritten || t.YearInWords || t.YearDigits != 4 || t.HolidayHijri
            || year is < GregorianYearBesideHijriMonth or > LatestGregorianYearBesideHijriMonth)
        {
            return;
        }

        var found = new List<int>(2);
        var first = _calendars.ToHijri(new NodaTime.LocalDate(year, 1, 1)).Year;
        for (var hy = first; hy <= first + 1; hy++)
        {
            if (_calendars.TryDay(CalendarKind.Hijri, hy, month, 1, out var iso, out _) && iso.Year == year)
            {
                found.Add(hy);
            }
        }

        if (found.Count == 0)
        {
            return;
        }

        t.Year = found[0];
        if (found.Count > 1)
        {
            t.Confidence = Math.Min(t.Confidence, 0.6);
        }
    }
}
