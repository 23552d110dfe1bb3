using Tarikh.Core.Segmentation;
using Tarikh.Core.Time.Calendars;

namespace Tarikh.Core.Time;

/// <content>
/// Old-Style/New-Style pairs that write their month or year once for both days: "16 (28) مارس 1881" (two days of one
/// month), "22 أغسطس (3 سبتمبر) 1880" (two days across a month boundary, one year after them).
/// </content>
public sealed partial class TimexRecognizer
{
    internal sealed partial class Scanner
    {
        /// <summary>Largest difference in days between the two sides read as one calendar that still makes a pair.</summary>
        private const int OldStylePairMaxDays = 20;

        // A method of its own so that its closure is made only when it runs (in the loop body it was made for every token).
        private static bool OtherOverlapping(List<RawTimex> output, int weekday, int i) =>
            output.Where((t, k) => k != weekday && t.StartToken < i + 4 && t.EndToken > i).Any();

        // The first timex from `first` on that starts at token `at` (-1 if none). Like OtherOverlapping, a method of its own: a
        // lambda over the loop's variables in the loop body made a closure for every token of the document.
        private static int StartingAt(List<RawTimex> output, int first, int at)
        {
            for (var k = first; k < output.Count; k++)
            {
                if (output[k].StartToken == at)
                {
                    return k;
                }
            }

            return -1;
        }

        // The first timex from `first` on that is a weekday, or a day word naming `day`, ending with the pair's first day at token `i`.
        private static int DayWordBefore(List<RawTimex> output, int first, int i, int day)
            => output.FindIndex(first, t => t.StartToken < i && t.EndToken == i + 1 && t is { Month: null, Year: null, RangeWith: null, EquivalentWith: null }
                && (t.Weekday is not null || t.Day == day));

        /// <summary>
        /// Finds the two days of a pair whose shared month or year follows them and gives each its full date: the day written
        /// first is Old Style (Julian) when the second is later by about the Old-Style offset of that date (10 days from 1582,
        /// 12 in the 19th century, 13 from 1900), the second when it is earlier by about as much; otherwise both stay
        /// Gregorian. Both are marked <see cref="RawTimex.SharedParts"/> and linked as equivalents, so the checks compare
        /// them. Days over 31, years before the Gregorian reform and differences over <see cref="OldStylePairMaxDays"/> make
        /// no pair.
        /// </summary>
        private void OldStylePairs(List<RawTimex> output, int first)
        {
            // "16 (28) مارس 1881": day "(" day ")" then a month-and-year expression.
            for (var i = _s; i + 4 < _e; i++)
            {
                if (!TryDigits(i, out var d1, out var n1) || n1 > 2 || !IsPunct(i + 1, '(') || !TryDigits(i + 2, out var d2, out var n2) || n2 > 2 || !IsPunct(i + 3, ')')
                    || d1 is < 1 or > 31 || d2 is < 1 or > 31 || d1 == d2)
                {
                    continue;
                }

                var at = StartingAt(output, first, i + 4);
                if (at < 0 || output[at] is not { Type: TimexType.Date, Granularity: Granularity.Month, Month: { } m, Year: { } y, Day: null, Calendar: CalendarKind.Gregorian or CalendarKind.Julian, Relative: Relativity.None, RangeWith: null })
                {
                    continue;
                }

                // "يوم الاثنين 9 (22) يناير 1905": a weekday before the pair was read with the first day alone; it names the
                // first day of the pair, and is checked against it once the pair is dated.
                // "في يوم 9 (21) يناير 1905": the day word before the pair was read as a day without a month; it goes with the
                // first day too.
                var weekday = DayWordBefore(output, first, i, d1);
                if (OtherOverlapping(output, weekday, i))
                {
                    continue;
                }

                var a = New(weekday >= 0 ? output[weekday].StartToken : i, i + 1, weekday >= 0 ? output[weekday].Strip : 0, Granularity.Day);
                var b = New(i + 2, i + 3, 0, Granularity.Day);
                (a.Month, a.Day, b.Month, b.Day) = (m, d1, m, d2);
                a.Weekday = weekday >= 0 ? output[weekday].Weekday : null;
                if (LinkOldStylePair(a, b, y))
                {
                    Finish(a);
                    Finish(b);
                    if (weekday >= 0)
                    {
                        output.RemoveAt(weekday);
                        at--;
                    }

                    output.Insert(at, b);
                    output.Insert(at, a);
                    i += 3;
                }
            }

            // "22 أغسطس (3 سبتمبر) 1880": two year-less days in a pair, the year right after the closing parenthesis.
            for (var k = first; k + 2 < output.Count; k++)
            {
                var a = output[k];
                var b = output[k + 1];
                var c = output[k + 2];
                if (a is not { Type: TimexType.Date, Granularity: Granularity.Day, Month: not null, Day: not null, Year: null, Relative: Relativity.None, Calendar: CalendarKind.Gregorian, RangeWith: null }
                    || b is not { Type: TimexType.Date, Granularity: Granularity.Day, Month: not null, Day: not null, Year: null, Relative: Relativity.None, Calendar: CalendarKind.Gregorian, RangeWith: null }
                    || c is not { Type: TimexType.Date, Granularity: Granularity.Year, Year: { } y, YearDigits: 4, Month: null, Relative: Relativity.None, RangeWith: null }
                    || c.Calendar is not (CalendarKind.Gregorian or CalendarKind.Julian)
                    || b.StartToken != a.EndToken + 1 || !IsPunct(a.EndToken, '(') || c.StartToken != b.EndToken + 1 || !IsPunct(b.EndToken, ')'))
                {
                    continue;
                }

                LinkOldStylePair(a, b, y);
            }

            // "19 فبراير 1878 (3 مارس)": a full date and, in parentheses right after it, a day and month without a year that
            // is later by about the Old-Style offset: the first is Old Style, the second its New-Style day in the same year.
            for (var k = first; k + 1 < output.Count; k++)
            {
                var a = output[k];
                var b = output[k + 1];
                if (a is not { Type: TimexType.Date, Granularity: Granularity.Day, Month: { } ma, Day: not null, Year: { } y, YearDigits: 4, Relative: Relativity.None, Calendar: CalendarKind.Gregorian, CalendarExplicit: false, RangeWith: null, EquivalentWith: null }
                    || b is not { Type: TimexType.Date, Granularity: Granularity.Day, Month: { } mb, Day: not null, Year: null, Relative: Relativity.None, Calendar: CalendarKind.Gregorian, RangeWith: null, EquivalentWith: null }
                    || mb < ma || b.StartToken != a.EndToken + 1 || !IsPunct(a.EndToken, '(') || !IsPunct(b.EndToken, ')'))
                {
                    continue;
                }

                var (ad, bd) = (a.Day!.Value, b.Day!.Value);
                if (!TarikhCalendars.Default.TryDay(CalendarKind.Gregorian, y, ma, ad, out var ga, out _) || !TarikhCalendars.Default.TryDay(CalendarKind.Gregorian, y, mb, bd, out var gb, out _)
                    || TarikhCalendars.OldStyleOffsetDays(y, ma, ad) is not { } offset || Math.Abs(NodaTime.Period.Between(ga, gb, NodaTime.PeriodUnits.Days).Days - offset) > 3)
                {
                    continue;
                }

                LinkOldStylePair(a, b, y);
            }
        }

        /// <summary>Dates both sides in <paramref name="year"/>, decides which one is Old Style and links them; false when they make no pair.</summary>
        private static bool LinkOldStylePair(RawTimex a, RawTimex b, int year)
        {
            if (year is < 1583 or > 2100 || a.Month is not { } ma || a.Day is not { } da || b.Month is not { } mb || b.Day is not { } db
                || TarikhCalendars.JulianToGregorian(year, ma, da) is null || TarikhCalendars.JulianToGregorian(year, mb, db) is null
                || !TarikhCalendars.Default.TryDay(CalendarKind.Gregorian, year, ma, da, out var ga, out _) || !TarikhCalendars.Default.TryDay(CalendarKind.Gregorian, year, mb, db, out var gb, out _))
            {
                return false;
            }

            var diff = NodaTime.Period.Between(ga, gb, NodaTime.PeriodUnits.Days).Days;
            if (diff == 0 || Math.Abs(diff) > OldStylePairMaxDays)
            {
                return false;
            }

            foreach (var t in new[] { a, b })
            {
                t.Year = year;
                t.YearDigits = 4;
                t.Granularity = Granularity.Day;
                t.Calendar = CalendarKind.Gregorian;
                t.SharedParts = true;
                t.Confidence = Math.Min(t.Confidence, 0.85);
            }

            // The earlier side is Old Style when the gap is about the offset of its date.
            var (old, oldMonth, oldDay) = diff > 0 ? (a, ma, da) : (b, mb, db);
            if (TarikhCalendars.OldStyleOffsetDays(year, oldMonth, oldDay) is { } offset && Math.Abs(Math.Abs(diff) - offset) <= 3)
            {
                old.Calendar = CalendarKind.Julian;
                old.CalendarExplicit = true;
            }

            a.EquivalentWith = b;
            b.EquivalentWith = a;
            return true;
        }
    }
}
