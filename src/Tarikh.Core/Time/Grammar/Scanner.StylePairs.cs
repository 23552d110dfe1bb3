using NodaTime;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Time;

/// <content>
/// The Levantine press's pairs of Old and New Style ("شرقي"/"غربي", 1870s–1917): "بيروت في 3 تموز شرقي و15 تموز غربي سنة
/// 1882"، "20 كانون الثاني شرقي الموافق 1 شباط غربي 1895"، "10 نيسان سنة 1901 شرقية (23 نيسان غربية)". Each side names
/// its calendar; the year is often written once for both.
/// </content>
public sealed partial class TimexRecognizer
{
    internal sealed partial class Scanner
    {
        /// <summary>
        /// The calendar "شرقي"/"غربي" (and the feminine forms) at token <paramref name="k"/> names, when the word closes a
        /// date: a year, the other side ("و15 تموز"، "الموافق")، punctuation or the sentence's end follows. Before a noun it is
        /// a direction ("غربي النهر") and names no calendar.
        /// </summary>
        private CalendarKind? StyleMarkAt(int k)
        {
            if (!InSentence(k) || _tokens[k].CliticCount != 0 || Find(k, LexKind.StyleMark, 0) is not { } mark)
            {
                return null;
            }

            var n = mark.End;
            var closes = !InSentence(n) || _tokens[n].Kind is TokenKind.Punctuation or TokenKind.Number || IsNorm(n, "و")
                || Has(n, LexKind.YearWord) || Has(n, LexKind.Equivalence);
            return closes ? (mark.Entry.S == "julian" ? CalendarKind.Julian : CalendarKind.Gregorian) : null;
        }

        /// <summary>
        /// Links two days of a sentence that name opposite styles ("شرقي" then "غربي", or the reverse) with only "و", an
        /// equivalence word or punctuation between them, and gives a side written without its year the year of the other
        /// side's calendar nearest it (the Julian 25 December before the Gregorian 6 January of the next year). The checks
        /// then compare them as one day.
        /// </summary>
        private void StylePairs(List<RawTimex> output, int first)
        {
            for (var k = first; k + 1 < output.Count; k++)
            {
                var a = output[k];
                var b = output[k + 1];
                if (!(a.StyleMarked || b.StyleMarked) || !StyleSide(a) || !StyleSide(b) || a.Calendar == b.Calendar
                    || (a.Year is null && b.Year is null) || !Gap(a.EndToken, b.StartToken, out _, out _))
                {
                    continue;
                }

                if (a.Year is null)
                {
                    ShareYear(b, a);
                }
                else if (b.Year is null)
                {
                    ShareYear(a, b);
                }

                if (a.Year is null || b.Year is null)
                {
                    continue;
                }

                a.EquivalentWith = b;
                b.EquivalentWith = a;
                k++;
            }
        }

        /// <summary>A day of a Julian or Gregorian month, named as such, not part of a range or another pair.</summary>
        private static bool StyleSide(RawTimex t)
            => t is { Type: TimexType.Date, Granularity: Granularity.Day, Month: not null, Day: not null, Relative: Relativity.None, RangeWith: null, CalendarExplicit: true }
                && t.Calendar is CalendarKind.Julian or CalendarKind.Gregorian && (t.EquivalentWith is null || t.StyleMarked);

        /// <summary>Gives <paramref name="to"/> the year of its calendar that puts its day nearest the day of <paramref name="from"/>.</summary>
        private static void ShareYear(RawTimex from, RawTimex to)
        {
            if (from.Year is not { } y || from.Month is not { } fm || from.Day is not { } fd || to.Month is not { } tm || to.Day is not { } td || y is < 1583 or > 2100)
            {
                return;
            }

            var fromCal = from.Calendar == CalendarKind.Julian ? CalendarSystem.Julian : CalendarSystem.Iso;
            var toCal = to.Calendar == CalendarKind.Julian ? CalendarSystem.Julian : CalendarSystem.Iso;
            if (fd > fromCal.GetDaysInMonth(y, fm))
            {
                return;
            }

            var anchor = new LocalDate(y, fm, fd, fromCal).WithCalendar(CalendarSystem.Iso);
            int? best = null;
            var bestGap = int.MaxValue;
            for (var cand = y - 1; cand <= y + 1; cand++)
            {
                if (td > toCal.GetDaysInMonth(cand, tm))
                {
                    continue;
                }

                var gap = Math.Abs(Period.Between(anchor, new LocalDate(cand, tm, td, toCal).WithCalendar(CalendarSystem.Iso), PeriodUnits.Days).Days);
                if (gap < bestGap)
                {
                    (best, bestGap) = (cand, gap);
                }
            }

            if (best is { } year && bestGap <= 200)
            {
                to.Year = year;
                to.YearDigits = 4;
                to.SharedParts = true;
                from.SharedParts = true;
            }
        }
    }
}
