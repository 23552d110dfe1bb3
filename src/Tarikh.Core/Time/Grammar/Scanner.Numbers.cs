using System.Collections.Frozen;
using System.Globalization;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Time;

/// <content>
/// Numbers and numerals: number words, days, years (digits or words) and eras, Roman numerals.
/// </content>
public sealed partial class TimexRecognizer
{
    internal sealed partial class Scanner
    {
        /// <summary>Composes number words: الحادي والعشرين، أحد عشر، ألف وتسعمائة وثمانية وسبعون.</summary>
        private bool TryNumberWords(int i, out int value, out bool ordinal, out bool article, out int end, out int strip)
        {
            value = 0;
            ordinal = false;
            article = false;
            end = i;
            strip = 0;
            long total = 0;
            long current = 0;
            var pos = i;
            var state = -1; // -1 start, 0 unit, 1 teen, 2 ten, 3 hundred, 4 thousand
            var lastUnit = 0;
            var classical = false; // units before hundreds: "ست وخمسين وستمائة"
            while (pos < _e)
            {
                var m = Find(pos, LexKind.Number);
                if (m is null)
                {
                    break;
                }

                var e = m.Value.Entry;
                var tok = _tokens[pos];
                var hasWa = (tok.Clitics & Proclitics.Wa) != 0 && m.Value.Stripped >= 1;
                var role = e.C;
                if (state >= 0)
                {
                    var ok = role switch
                    {
                        1 => (state == 0 && !hasWa && lastUnit < 10) || (hasWa && state is 3 or 4 && !classical), // أحد عشر; ألفين وعشرة (round 17)
                        2 => hasWa && (state is 0 or 3 or 4) && !classical, // والعشرين
                        0 => hasWa && state is 3 or 4 && !classical, // وثمانية after hundreds/thousands
                        3 => hasWa && (state == 4 || (state is 0 or 1 or 2 && !classical)), // وتسعمائة; classical "خمس وثلاثين ومائتين"
                        4 => hasWa && state is 0 or 1 or 2 or 3 && total == 0, // classical "… وألف"
                        5 => !hasWa && state == 0, // ثلاثة آلاف
                        _ => false,
                    };
                    if (ok && role is 3 or 4 && state is 0 or 1 or 2)
                    {
                        classical = true;
                    }
                    if (!ok)
                    {
                        break;
                    }
                }
                else
                {
                    strip = m.Value.Stripped;
                    article = (tok.Clitics & Proclitics.Al) != 0 && m.Value.Stripped == tok.CliticCount;
                    if (hasWa)
                    {
                        // a conjunction before the first number word is not part of the number
                    }
                }

                if (e.B == 1)
                {
                    ordinal = true;
                }

                switch (role)
                {
                    case 1:
                        current += 10;
                        state = 1;
                        break;
                    case 2:
                        current += e.A;
                        state = 2;
                        break;
                    case 3:
                        current += e.A;
                        state = 3;
                        break;
                    case 4:
                        total += e.A;
                        state = 4;
                        break;
                    case 5:
                        total += Math.Max(current, 1) * 1000;
                        current = 0;
                        state = 4;
                        break;
                    default:
                        current += e.A;
                        lastUnit = e.A;
                        state = 0;
                        break;
                }

                pos = m.Value.End;
                if (state is 1 or 2 && !NextIsHundredOrThousand(pos))
                {
                    // a teen or a ten closes the number (الخامس عشر والتاسع عشر are two numbers),
                    // unless hundreds follow in the classical order ("ثلاث عشرة وثلاثمائة").
                    break;
                }
            }

            if (state < 0)
            {
                return false;
            }

            value = (int)Math.Min(total + current, int.MaxValue);
            end = pos;
            return value > 0;
        }

        private bool NextIsHundredOrThousand(int pos)
            => pos < _e && (_tokens[pos].Clitics & Proclitics.Wa) != 0 && Find(pos, LexKind.Number) is { } m && m.Entry.C is 3 or 4;

        private bool TryDay(int i, out int day, out int end, out int strip)
        {
            day = 0;
            end = i;
            strip = 0;
            if (TryDigits(i, out var v, out var digits) && digits <= 2 && v >= 1)
            {
                day = v;
                end = i + 1;
                strip = _tokens[i].CliticCount;
                return true;
            }

            if (TryNumberWords(i, out v, out var ordinal, out var article, out end, out strip) && (ordinal || article) && v is >= 1 and <= 31)
            {
                day = v;
                return true;
            }

            return false;
        }

        private struct YearParse
        {
            public int Year;
            public int Digits;
            public int End;
            public int Strip;
            public bool Keyword;
            public bool Dual;
            public bool Words;
            public string? Era;
        }

        private bool TryYear(int i, bool needKeyword, out YearParse yp)
        {
            yp = default;
            var j = i;
            yp.Strip = -1;
            if (IsNorm(j, "من") && Find(j + 1, LexKind.YearWord) is not null)
            {
                j++;
                yp.Strip = 0;
            }

            var kwStart = j;
            if (Find(j, LexKind.YearWord) is { } kw)
            {
                yp.Keyword = true;
                yp.Dual = kw.Entry.A == 2;
                if (yp.Strip < 0)
                {
                    yp.Strip = kw.Stripped;
                }

                j = kw.End;

                // "العام الهجري 1445"، "السنة الهجرية الجديدة 1446"، "العام الميلادي 2024": the calendar named as the year
                // word's adjective, before the number (with the article only: "عام هجري" counts no year).
                if (kw.End == kwStart + 1 && _tokens[kwStart].Norm.Contains("ال", StringComparison.Ordinal))
                {
                    if (InSentence(j) && _tokens[j].Norm.StartsWith("ال", StringComparison.Ordinal) && Find(j, LexKind.Era, 0) is { } before && before.End == j + 1)
                    {
                        var k = before.End;
                        if (IsNorm(k, "الجديد") || IsNorm(k, "الجديده"))
                        {
                            k++;
                        }

                        if (TryDigits(k, out _, out var d0) && d0 is 3 or 4)
                        {
                            yp.Era = before.Entry.S;
                            j = k;
                        }
                    }
                }
            }

            if (TryDigits(j, out var v, out var digits) && digits <= 4)
            {
                if (yp.Strip < 0)
                {
                    yp.Strip = _tokens[j].CliticCount;
                }

                // A digit run glued to a clitic after the keyword ("عام و1870") is not a year.
                if (yp.Keyword && _tokens[j].CliticCount > 0)
                {
                    return false;
                }

                yp.Year = v;
                yp.Digits = digits;
                j++;
            }
            else if (TryNumberWords(j, out v, out var ordinal, out _, out var wend, out var wstrip) && !ordinal && (yp.Keyword || v >= 1000))
            {
                if (yp.Strip < 0)
                {
                    yp.Strip = wstrip;
                }

                if (wend < _e && Find(wend, LexKind.Number) is not null)
                {
                    // More number words follow that did not join: never a year from a partial parse. The one spoken form:
                    // "تسعة عشر ثمانية وسبعين" (hundreds, then the rest) = 1978.
                    if (v is >= 10 and <= 29 && TryNumberWords(wend, out var rest, out var restOrdinal, out _, out var rend, out _) && !restOrdinal
                        && rest is >= 1 and <= 99 && !(rend < _e && Find(rend, LexKind.Number) is not null))
                    {
                        v = (v * 100) + rest;
                        wend = rend;
                    }
                    else
                    {
                        return false;
                    }
                }

                yp.Year = v;
                yp.Digits = v.ToString(CultureInfo.InvariantCulture).Length;
                yp.Words = true;
                j = wend;
            }
            else
            {
                return false;
            }

            if (Find(j, LexKind.Era, 1) is { } era)
            {
                yp.Era = era.Entry.S;
                j = era.End;
            }

            if (!yp.Keyword && yp.Era is null && needKeyword)
            {
                return false;
            }

            yp.End = j;
            return true;
        }

        private static void ApplyEra(RawTimex t, string? era)
        {
            switch (era)
            {
                case "hijri":
                    t.Calendar = CalendarKind.Hijri;
                    t.CalendarExplicit = true;
                    break;
                case "gregorian":
                    if (t.Calendar != CalendarKind.Hijri || !t.CalendarExplicit)
                    {
                        t.Calendar = CalendarKind.Gregorian;
                        t.CalendarExplicit = true;
                        t.EraAD = true;
                    }

                    break;
                case "rumi":
                    // The Ottoman fiscal calendar: Julian months, years counted from 1256 = 1840; the resolver converts
                    // the year once the month is known, or drops the mark for a year outside 1256–1341.
                    if (t.Calendar != CalendarKind.Hijri || !t.CalendarExplicit)
                    {
                        t.Rumi = true;
                        t.Calendar = CalendarKind.Julian;
                        t.CalendarExplicit = true;
                    }

                    break;
                case "gregorian-bc":
                    t.Calendar = CalendarKind.Gregorian;
                    t.CalendarExplicit = true;
                    t.Bc = true;
                    break;
            }
        }

        private static void SetYear(RawTimex t, in YearParse yp)
        {
            t.Year = yp.Year;
            t.YearDigits = yp.Digits;
            t.YearWritten = true;
            t.YearInWords = yp.Words;
            ApplyEra(t, yp.Era);
        }

        private static int? RomanValue(string s)
        {
            var total = 0;
            var prev = 0;
            for (var k = s.Length - 1; k >= 0; k--)
            {
                var v = s[k] switch { 'i' => 1, 'v' => 5, 'x' => 10, 'l' => 50, 'c' => 100, _ => -1 };
                if (v < 0)
                {
                    return null;
                }

                total += v < prev ? -v : v;
                prev = Math.Max(prev, v);
            }

            return total;
        }
    }
}
