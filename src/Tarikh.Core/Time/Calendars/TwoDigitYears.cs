namespace Tarikh.Core.Time.Calendars;

/// <summary>
/// The years a Gregorian year written with two digits may be ("4/9/07"، "عام 20"): the years ending in those digits that lie
/// in the <see cref="Span"/> years up to the text's reference year. A text dated in the 2020s may mean 1907 or 2007 by "07", but only
/// 1990 by "90" (2090 is still to come). Without a reference date the text is taken to be of the present century, and
/// 00–<see cref="UndatedLatestYear"/> % 100 may be of either century. Pure; no clock is read.
/// </summary>
public static class TwoDigitYears
{
    /// <summary>The latest year an undated text is assumed to be written in (the 2020s: the engine's own decade).</summary>
    public const int UndatedLatestYear = 2029;

    /// <summary>How far back a two-digit year may reach: a long life (130 years), since a birth is told in an obituary.</summary>
    public const int Span = 130;

    /// <summary>
    /// The four-digit years (earliest first) that <paramref name="twoDigits"/> (0–99) may stand for in a text of
    /// <paramref name="referenceYear"/> (or, when null, of a year up to <see cref="UndatedLatestYear"/>): those of the last
    /// years (<see cref="Span"/>), counting the reference year itself; empty for a number outside 0–99.
    /// </summary>
    public static IReadOnlyList<int> Readings(int twoDigits, int? referenceYear = null)
    {
        if (twoDigits is < 0 or > 99)
        {
            return [];
        }

        var latest = referenceYear ?? UndatedLatestYear;
        var readings = new List<int>(3);
        var century = (latest / 100) * 100;
        foreach (var y in new[] { century - 200 + twoDigits, century - 100 + twoDigits, century + twoDigits })
        {
            if (y <= latest && y > latest - Span)
            {
                readings.Add(y);
            }
        }

        return readings;
    }
}
