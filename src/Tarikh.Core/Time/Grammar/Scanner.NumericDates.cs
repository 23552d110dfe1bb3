using System.Collections.Frozen;
using System.Globalization;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Time;

/// <content>
/// Numeric dates: d/m/yyyy, yyyy/m/d, dotted dates, month/year in digits, a weekday before a numeric date, and the guards that keep ranges and counts out.
/// </content>
public sealed partial class TimexRecognizer
{
    internal sealed partial class Scanner
    {
        /// <summary>
        /// "سأعود في 4.22": a day and month written like a decimal, in news, after a preposition, closing the clause, and
        /// only when one part cannot be a month (22), so prices and rates ("بنسبة 3.5") are left alone.
        /// </summary>
        private RawTimex? TryDottedDayMonth(int i)
        {
            if (_doc.ReferenceDate is null || !InSentence(i) || _tokens[i].Kind != TokenKind.Number || !(IsDayPreposition(i - 1) || IsNorm(i - 1, "يوم")))
            {
                return null;
            }

            var b = _tokens[i].NormBase;
            var dot = b.IndexOf('.');
            if (dot is < 1 or > 2 || b.Length - dot - 1 is < 1 or > 2 || _tokens[i].CliticCount > 0
                || !int.TryParse(b[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var x)
                || !int.TryParse(b[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                return null;
            }

            if ((x > 12) == (y > 12) || x is < 1 or > 31 || y is < 1 or > 31 || !ClauseEndsAt(i + 1) || QuantityBefore(i - 1))
            {
                return null;
            }

            var t = New(i, i + 1, 0, Granularity.Day, 0.6);
            (t.Month, t.Day) = x <= 12 ? (x, y) : (y, x);
            return t;
        }

        /// <summary>
        /// "5.3.2023"، "2023.03.05": a full date written with dots, which the tokenizer keeps as one number token. Day before
        /// month unless only the other order is a date; the year has four digits (a version number or an address rarely does).
        /// </summary>
        private RawTimex? TryDottedFullDate(int i)
        {
            if (!InSentence(i) || _tokens[i].Kind != TokenKind.Number)
            {
                return null;
            }

            var b = _tokens[i].NormBase;
            var first = b.IndexOf('.');
            var last = b.LastIndexOf('.');
            if (first < 1 || last <= first + 1 || last == b.Length - 1 || b[(first + 1)..last].Contains('.'))
            {
                return null;
            }

            if (!int.TryParse(b[..first], NumberStyles.None, CultureInfo.InvariantCulture, out var x)
                || !int.TryParse(b[(first + 1)..last], NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                || !int.TryParse(b[(last + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var z))
            {
                return null;
            }

            int year, month, day;
            if (first == 4 && last - first - 1 <= 2 && b.Length - last - 1 <= 2)
            {
                (year, month, day) = (x, y, z);
            }
            else if (first <= 2 && last - first - 1 <= 2 && b.Length - last - 1 == 4)
            {
                year = z;
                (day, month) = y > 12 && x <= 12 ? (y, x) : (x, y);
            }
            else
            {
                return null;
            }

            if (month is < 1 or > 12 || day is < 1 or > 31 || year is < 1000 or > 2200)
            {
                return null;
            }

            var t = New(i, i + 1, _tokens[i].CliticCount, Granularity.Day, 0.85);
            t.Year = year;
            t.YearDigits = 4;
            t.YearWritten = true;
            t.Month = month;
            t.Day = day;
            EraAfterNumeric(t);
            return t;
        }

        private RawTimex? TryNumericDate(int i)
        {
            if (TryDottedDayMonth(i) is { } dotted)
            {
                return dotted;
            }

            if (TryDottedFullDate(i) is { } dottedFull)
            {
                return dottedFull;
            }

            if (!TryDigits(i, out var a, out var ad))
            {
                return null;
            }

            if (!(Adjacent(i) && (IsPunct(i + 1, '/') || IsPunct(i + 1, '-') || IsPunct(i + 1, '.'))))
            {
                return null;
            }

            var sep = _tokens[i + 1].Norm[0];
            if (!(Adjacent(i + 1) && TryDigits(i + 2, out var b, out var bd)))
            {
                return null;
            }

            var three = Adjacent(i + 2) && IsPunct(i + 3, sep) && Adjacent(i + 3) && TryDigits(i + 4, out _, out _);
            if (three)
            {
                TryDigits(i + 4, out var c, out var cd);
                int y, m, d;
                if (ad == 4)
                {
                    (y, m, d) = (a, b, c);
                }
                else if (cd is 4 or 2)
                {
                    y = cd == 2 ? (c <= 30 ? 2000 + c : 1900 + c) : c;
                    (d, m) = DayMonth(a, b, i + 5);
                }
                else if (cd == 3 && ad <= 2 && bd <= 2 && Find(i + 5, LexKind.Era, 0) is { Entry.S: "hijri" or "gregorian" })
                {
                    // "31/8/705 هـ": a three-digit year is a year only with its era.
                    y = c;
                    (d, m) = DayMonth(a, b, i + 5);
                }
                else
                {
                    return null;
                }

                var t = New(i, i + 5, _tokens[i].CliticCount, Granularity.Day, 0.9);
                t.Year = y;
                t.YearDigits = cd == 3 ? 3 : 4;
                t.YearWritten = true;
                t.Month = m;
                t.Day = d;
                EraAfterNumeric(t);
                return t;
            }

            if (sep == '.')
            {
                return null;
            }

            // "11/12, 2016": month/day, comma, year is the English written order.
            if (sep == '/' && ad <= 2 && bd <= 2 && IsPunct(i + 3, ',') && TryDigits(i + 4, out var cy, out var cyd) && _tokens[i + 4].CliticCount == 0
                && (cyd == 4 || (cyd == 2 && _doc.ReferenceDate is not null && ClauseEndsAt(i + 5))))
            {
                var (m, d) = a <= 12 ? (a, b) : (b, a);
                if (m is >= 1 and <= 12 && d is >= 1 and <= 31)
                {
                    var t = New(i, i + 5, _tokens[i].CliticCount, Granularity.Day, 0.75);
                    t.Year = cyd == 4 ? cy : 2000 + cy;
                    t.YearDigits = 4;
                    t.YearWritten = true;
                    t.Month = m;
                    t.Day = d;
                    return t;
                }
            }

            // month/year: 3/2015, 2015/3 — not a range or a count written with a dash: "(10–1000)"، "الصفحات 12-1999".
            if (ad == 4 && bd <= 2 && b is >= 1 and <= 12 && !NumericPairIsRange(i, a))
            {
                return NumericMonthYear(i, year: a, month: b);
            }

            if (bd == 4 && ad <= 2 && a is >= 1 and <= 12 && !NumericPairIsRange(i, b))
            {
                return NumericMonthYear(i, year: b, month: a);
            }

            // day/month after a temporal preposition: "في 22/4"; in news also bare when only one reading is a date
            // ("سوف أعود 4/22": 22 cannot be a month) and nothing follows in the clause.
            var unambiguous = (a > 12) != (b > 12) && a is >= 1 and <= 31 && b is >= 1 and <= 31;
            if (ad <= 2 && bd <= 2 && ((i - 1 >= _s && (_owner.IsTemporalPreposition(_tokens[i - 1].Norm) || _tokens[i - 1].Norm is "يوم" or "بتاريخ" or "تاريخ" or "عند"))
                || (sep == '/' && unambiguous && _doc.ReferenceDate is not null && ClauseEndsAt(i + 3) && !QuantityBefore(i))))
            {
                var (d, m) = b > 12 && a <= 12 ? (b, a) : (a, b);
                if (m > 12 || d > 31 || d == 0 || m == 0)
                {
                    return null;
                }

                var t = New(i, i + 3, _tokens[i].CliticCount, Granularity.Day, 0.7);
                t.Month = m;
                t.Day = d;
                return t;
            }

            return null;
        }

        /// <summary>A month of a year written in digits (3/2015, 2015/3): three tokens from <paramref name="i"/>.</summary>
        private RawTimex NumericMonthYear(int i, int year, int month)
        {
            var t = New(i, i + 3, _tokens[i].CliticCount, Granularity.Month, 0.85);
            t.Year = year;
            t.YearDigits = 4;
            t.YearWritten = true;
            t.Month = month;
            EraAfterNumeric(t);
            return t;
        }

        /// <summary>"1/9/1433هـ"، "3/2008 م"، "1/6/1296 رومية": an era written right after a numeric date sets its calendar.</summary>
        private void EraAfterNumeric(RawTimex t)
        {
            if (Find(t.EndToken, LexKind.Era, 0) is { } era && era.Entry.S is "hijri" or "gregorian" or "rumi")
            {
                ApplyEra(t, era.Entry.S);
                t.EndToken = era.End;
            }
        }

        /// <summary>
        /// Two numbers joined by a separator that are a range or a count, not a month and its year: an en or em dash
        /// ("10–1000": Arabic typesetting writes ranges with it, dates with / or -), the pair alone in parentheses
        /// ("(3-2000)"), a count word before it ("الصفحات 12-1999"), or a hyphenated year before 1300 (no numeric
        /// month/year of that age is written with a dash; Hijri years from 1300 on are).
        /// </summary>
        private bool NumericPairIsRange(int i, int year)
        {
            var sepChar = _doc.Source.Text[_tokens[i + 1].Span.Start];
            if (sepChar is '\u2013' or '\u2014' or '\u2012' or '\u2015' or '\u2212')
            {
                return true;
            }

            if (IsPunct(i - 1, '(') && IsPunct(i + 3, ')'))
            {
                return true;
            }

            return QuantityBefore(i) && !(i - 1 >= _s && _owner.IsTemporalPreposition(_tokens[i - 1].Norm))
                || (sepChar == '-' && year < 1300);
        }

        /// <summary>
        /// A weekday followed by a numeric date is one dated day that states its weekday: "يوم الجمعة 23/7/1948"،
        /// "الثلاثاء، 14/2/2012"، "يوم السبت الموافق 18/2/2012"، "الخميس 2012/3/1". The weekday is kept for the
        /// weekday-mismatch check; a numeric month/year ("الجمعة 7/1952") is not a day and does not join.
        /// </summary>
        private RawTimex? WeekdayNumericDate(int i, int j, int strip, int weekday)
        {
            if (Find(j, LexKind.Equivalence) is { } eq)
            {
                j = eq.End;
            }

            if (!InSentence(j) || _tokens[j].Kind != TokenKind.Number || _tokens[j].CliticCount > 0)
            {
                return null;
            }

            var nd = TryNumericDate(j);
            if (nd is null && TryDigits(j, out var a, out var ad) && ad <= 2 && Adjacent(j) && (IsPunct(j + 1, '/') || IsPunct(j + 1, '-'))
                && _doc.Source.Text[_tokens[j + 1].Span.Start] is '/' or '-'
                && Adjacent(j + 1) && TryDigits(j + 2, out var b, out var bd) && bd <= 2 && _tokens[j + 2].CliticCount == 0
                && !(Adjacent(j + 2) && (IsPunct(j + 3, '/') || IsPunct(j + 3, '-') || IsPunct(j + 3, '.'))) && !TryMonth(j + 3, out _))
            {
                // "الأحد 5/3": a day and month after a weekday; the year is the one in which they agree (resolver). Not a
                // range of days before a month name ("الأحد 5-7 مارس").
                var (d, m) = b > 12 && a <= 12 ? (b, a) : (a, b);
                if (m is >= 1 and <= 12 && d is >= 1 and <= 31)
                {
                    nd = New(j, j + 3, 0, Granularity.Day, 0.75);
                    nd.Month = m;
                    nd.Day = d;
                }
            }

            if (nd is not { Granularity: Granularity.Day, Month: not null, Day: not null })
            {
                return null;
            }

            nd.StartToken = i;
            nd.Strip = strip;
            nd.Weekday = weekday;
            return nd;
        }

        /// <summary>
        /// Day and month of "a/b/year": day first, as Arabic writes dates, or month first when only that reading fits ("5/14/2001",
        /// the American order of some Gregorian dates). A Hijri date (its era at <paramref name="eraAt"/>) is always day first:
        /// "5/14/1295 هـ" has no 14th month and no other reading.
        /// </summary>
        private (int Day, int Month) DayMonth(int a, int b, int eraAt)
            => b > 12 && a <= 12 && Find(eraAt, LexKind.Era, 0) is not { Entry.S: "hijri" } ? (b, a) : (a, b);
    }
}
