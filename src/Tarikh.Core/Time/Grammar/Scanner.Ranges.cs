using System.Collections.Frozen;
using System.Globalization;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Time;

/// <content>
/// Ranges: two ends joined by من/بين … إلى/و or a dash, each completed from the other.
/// </content>
public sealed partial class TimexRecognizer
{
    internal sealed partial class Scanner
    {
        /// <summary>
        /// A range without من/بين: "2 أكتوبر إلى 22 أكتوبر"، "13 إلى 15 تموز" — a day (or a bare day number) then إلى/حتى and a
        /// day with its month; the bare end takes month, year and calendar from the other. Tried only when a range word
        /// follows within a few tokens.
        /// </summary>
        private int _anyMemoAt = -1;
        private RawTimex? _anyMemo;

        private bool TryToRange(int i, out RawTimex? a, out RawTimex? b)
        {
            a = b = null;
            var near = false;
            for (var k = i + 1; k < _e && k <= i + 6 && !near; k++)
            {
                near = (_kinds[k - _s] & (1UL << (int)LexKind.RangeTo)) != 0 && _tokens[k].Kind != TokenKind.Punctuation;
            }

            if (!near || (_tokens[i].Kind != TokenKind.Number && (_kinds[i - _s] & ((1UL << (int)LexKind.Number) | (1UL << (int)LexKind.Month) | (1UL << (int)LexKind.DayWord))) == 0))
            {
                return false;
            }

            var left = TryAny(i, allowPartial: false);
            _anyMemoAt = i;
            _anyMemo = left;
            if (left is null && TryDigits(i, out var v, out var digits) && digits <= 2 && v is >= 1 and <= 31 && !QuantityBefore(i))
            {
                left = TryPartial(i);
            }

            if (left is not { Type: TimexType.Date, Granularity: Granularity.Day, Relative: Relativity.None, Day: { } d1 } || (left.Month is null && !left.Partial)
                || left.EndToken >= _e || _tokens[left.EndToken].Kind == TokenKind.Punctuation || Find(left.EndToken, LexKind.RangeTo) is not { } to)
            {
                return false;
            }

            var right = TryAny(to.End, allowPartial: false);
            if (right is not { Type: TimexType.Date, Granularity: Granularity.Day, Month: not null, Relative: Relativity.None, Day: { } d2 })
            {
                return false;
            }

            _anyMemoAt = -1; // left is about to become a range end
            _anyMemo = null;
            if (left.Partial)
            {
                if (d2 <= d1)
                {
                    return false;
                }

                left.Month = right.Month;
                left.Year = right.Year;
                left.YearDigits = right.YearDigits;
                left.Calendar = right.Calendar;
                left.CalendarExplicit = right.CalendarExplicit;
                left.EraAD = right.EraAD;
                left.Partial = false;
            }
            else if (left.Year is null && right.Year is not null && left.Calendar == right.Calendar)
            {
                left.Year = right.Year;
                left.YearDigits = right.YearDigits;
                left.EraAD = right.EraAD;
            }

            left.RangeWith = right;
            right.RangeWith = left;
            a = left;
            b = right;
            return true;
        }

        /// <summary>"يوليو 13-15"، "تموز 13 - 15 2024": a month, a day, a dash and a later day of the same month.</summary>
        private bool TryMonthDayDash(int i, out RawTimex? a, out RawTimex? b)
        {
            a = b = null;
            if (!TryMonth(i, out var mp) || !TryDigits(mp.End, out _, out var dd) || dd > 2 || !IsPunct(mp.End + 1, '-'))
            {
                return false;
            }

            var left = TryAny(i, allowPartial: false);
            if (left is not { Type: TimexType.Date, Granularity: Granularity.Day, Month: not null, Day: { } d1 } || left.EndToken != mp.End + 1
                || !TryDigits(mp.End + 2, out var d2, out var d2digits) || d2digits > 2 || d2 <= d1 || d2 > 31 || _tokens[mp.End + 2].CliticCount > 0)
            {
                return false;
            }

            var end = mp.End + 3;
            var right = New(mp.End + 2, end, 0, Granularity.Day, left.Confidence);
            right.Day = d2;
            right.Month = left.Month;
            right.Calendar = left.Calendar;
            right.CalendarExplicit = left.CalendarExplicit;
            if (TryYear(end, false, out var yp) && (yp.Digits == 4 || yp.Era is not null || yp.Keyword))
            {
                // "يوليو 13-15 2016": the year closes the range and belongs to both ends.
                SetYear(right, yp);
                right.EndToken = yp.End;
                left.Year = right.Year;
                left.YearDigits = right.YearDigits;
                left.YearWritten = true;
            }

            left.RangeWith = right;
            right.RangeWith = left;
            a = left;
            b = right;
            return true;
        }

        /// <summary>A counting word (<see cref="LexKind.Quantity"/>: الصفحات، الآيات، الطابق) right before <paramref name="i"/>, maybe before an opening parenthesis.</summary>
        private bool CountWordBefore(int i)
        {
            var k = IsPunct(i - 1, '(') ? i - 2 : i - 1;
            return k >= _s && Find(k, LexKind.Quantity) is { } q && q.End == k + 1 && _tokens[k].Norm is not ("حوالي" or "نحو");
        }

        private bool TryRange(int i, out RawTimex? a, out RawTimex? b)
        {
            a = b = null;
            var from = Find(i, LexKind.RangeFrom);
            var between = from is null ? Find(i, LexKind.RangeBetween) : null;
            var op = from ?? between;
            int j;
            if (op is { } o)
            {
                j = o.End;
            }
            else if (_tokens[i].Kind == TokenKind.Number && IsPunct(i + 1, '-'))
            {
                j = i;
            }
            else
            {
                return TryMonthDayDash(i, out a, out b) || TryToRange(i, out a, out b);
            }

            var left = TryAny(j, allowPartial: true);
            if (left is null || left.Type != TimexType.Date)
            {
                return false;
            }

            var k = left.EndToken;
            int rightStart;
            if (between is not null || op is null)
            {
                if (op is null ? IsPunct(k, '-') : IsNorm(k, "و") || IsPunct(k, '-'))
                {
                    rightStart = k + 1;
                }
                else if (op is not null && InSentence(k) && (_tokens[k].Clitics & Proclitics.Wa) != 0)
                {
                    rightStart = k;
                }
                else
                {
                    return false;
                }
            }
            else if (Find(k, LexKind.RangeTo) is { } to)
            {
                rightStart = to.End;
            }
            else
            {
                return false;
            }

            var right = TryAny(rightStart, allowPartial: false) ?? TryPartial(rightStart);
            if (right is null || right.Type != TimexType.Date)
            {
                return false;
            }

            // Complete the partial ends from each other.
            if (right.Partial)
            {
                if (left.Granularity == Granularity.Year && right.Granularity == Granularity.Year)
                {
                    right.Calendar = left.Calendar;
                    right.EraAD = left.EraAD;
                    right.CalendarExplicit = left.CalendarExplicit;
                    right.Bc = left.Bc;
                }
                else if (left.Granularity == Granularity.Day && right.Granularity == Granularity.Day && left.Month is not null)
                {
                    right.Month = left.Month;
                    right.Year = left.Year;
                    right.YearDigits = left.YearDigits;
                    right.Calendar = left.Calendar;
                    right.EraAD = left.EraAD;
                }
                else
                {
                    return false;
                }
            }

            if (left.Partial)
            {
                if (left.Granularity == Granularity.Day)
                {
                    if (right.Month is null || right.Granularity != Granularity.Day)
                    {
                        if (right.Relative != Relativity.None && right.Granularity == Granularity.Month)
                        {
                            // "من 4 إلى 22 هذا الشهر": both days of that month; left follows right.
                        }
                        else
                        {
                            return false;
                        }
                    }

                    left.Month = right.Month;
                    left.Year = right.Year;
                    left.YearDigits = right.YearDigits;
                    if (right.Relative != Relativity.None && right.RelativeUnit == TimeUnit.Month && right.Month is null)
                    {
                        // "من 4 إلى 22 هذا الشهر"، "بين 4 و22 الشهر المقبل": the left day is in the same relative month.
                        left.Relative = right.Relative;
                        left.RelativeUnit = right.RelativeUnit;
                        left.RelativeOffset = right.RelativeOffset;
                        left.Granularity = Granularity.Month;
                    }

                    left.Calendar = right.Calendar;
                    left.EraAD = right.EraAD;
                    left.CalendarExplicit = right.CalendarExplicit;
                }
                else if (left.Granularity == Granularity.Year)
                {
                    if (right.Granularity is not Granularity.Year || (right.Year is null && right.Relative == Relativity.None))
                    {
                        return false;
                    }

                    left.Calendar = right.Calendar;

                    left.EraAD = right.EraAD;
                    left.CalendarExplicit = right.CalendarExplicit;
                    left.Bc = right.Bc;
                }
            }
            else if (left.Year is null && left.Month is not null && right.Year is not null && left.Relative == Relativity.None)
            {
                left.Year = right.Year;
                left.YearDigits = right.YearDigits;
                left.Calendar = right.Calendar;
                left.EraAD = right.EraAD;
            }

            if (op is null && !(left.Granularity == Granularity.Year && right.Granularity == Granularity.Year) && !(left.Partial && right.Month is not null))
            {
                return false;
            }

            // "الصفحات 45-67"، "الآيات (1–5)"، "الطوابق 3-9": numbers joined by a bare dash are years only when the left one has at
            // least three digits or an era, and never after a word that counts (pages, verses, floors).
            if (op is null && left.Granularity == Granularity.Year && right.Granularity == Granularity.Year
                && ((left.Partial && left.YearDigits < 3 && !left.CalendarExplicit) || CountWordBefore(i)))
            {
                return false;
            }

            // A year range written short: 1918-20.
            if (left.Granularity == Granularity.Year && right.Partial && right.Year is { } ry && left.Year is { } ly && ry < 100 && ly >= 1000)
            {
                right.Year = (ly / 100 * 100) + ry;
                right.YearDigits = 4;
            }

            left.Partial = right.Partial = false;
            left.RangeWith = right;
            right.RangeWith = left;
            a = left;
            b = right;
            return true;
        }
    }
}
