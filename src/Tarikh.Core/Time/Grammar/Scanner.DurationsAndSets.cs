using System.Collections.Frozen;
using System.Globalization;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Time;

/// <content>
/// Durations and sets: counted units, chains, fractions, vague amounts; recurring expressions.
/// </content>
public sealed partial class TimexRecognizer
{
    internal sealed partial class Scanner
    {
        private RawTimex? TrySet(int i)
        {
            if (Find(i, LexKind.Set) is { } s)
            {
                var t = New(i, s.End, s.Stripped, Granularity.None, 0.9);
                t.Type = TimexType.Set;
                t.Value = s.Entry.S;
                return t;
            }

            if (Find(i, LexKind.Every) is { } every)
            {
                var j = every.End;
                if (Find(j, LexKind.DayWord) is { } dw && dw.Entry.A == 1 && Find(dw.End, LexKind.Weekday, 1) is { } wd)
                {
                    var t = New(i, wd.End, every.Stripped, Granularity.None, 0.9);
                    t.Type = TimexType.Set;
                    t.Value = "XXXX-WXX-" + wd.Entry.A.ToString(CultureInfo.InvariantCulture);
                    return t;
                }

                if (Find(j, LexKind.Weekday) is { } wd2)
                {
                    var t = New(i, wd2.End, every.Stripped, Granularity.None, 0.85);
                    t.Type = TimexType.Set;
                    t.Value = "XXXX-WXX-" + wd2.Entry.A.ToString(CultureInfo.InvariantCulture);
                    return t;
                }

                if (TryDuration(j, allowSingle: true, out var dur) && dur.Whole)
                {
                    var t = New(i, dur.End, every.Stripped, Granularity.None, 0.9);
                    t.Type = TimexType.Set;
                    t.Value = dur.Value;
                    return t;
                }
            }

            // أيام الاثنين
            if (Find(i, LexKind.DayWord) is { } days && days.Entry.A == 0 && Find(days.End, LexKind.Weekday) is { } wd3)
            {
                var t = New(i, wd3.End, days.Stripped, Granularity.None, 0.85);
                t.Type = TimexType.Set;
                t.Value = "XXXX-WXX-" + wd3.Entry.A.ToString(CultureInfo.InvariantCulture);
                return t;
            }

            return null;
        }

        /// <summary>
        /// A span counted back or forward from now: "الأيام الثلاثة القادمة"، "الأسابيع الثلاثة الماضية"، "العقدين الماضيين"،
        /// "السنوات العشر الأخيرة" — a plural with the article, a cardinal and a direction, or a dual and a direction. A DURATION
        /// (P3D), as TIMEX3 writes "the next three days".
        /// </summary>
        private RawTimex? TryRelativeSpan(int i)
        {
            if (Find(i, LexKind.Unit) is not { } u || (_tokens[i].Clitics & Proclitics.Al) == 0 || u.Entry.B == 1)
            {
                return null;
            }

            int count, j;
            if (u.Entry.B == 2)
            {
                count = 2;
                j = u.End;
            }
            else if (TryNumberWords(u.End, out count, out var ordinal, out var article, out j, out _) && !ordinal && article && count is >= 2 and <= 100)
            {
                // (the number agrees with the noun and takes the article: الأيام الثلاثة)
            }
            else
            {
                return null;
            }

            var dir = Find(j, LexKind.Direction);
            var last = dir is null ? Find(j, LexKind.Last) : null;
            if (!(dir is { } d && RefOffset(d.Entry.S) is { } off && off != 0) && last is not { Entry.A: 1 })
            {
                return null;
            }

            Span<double> amounts = stackalloc double[9];
            Span<bool> few = stackalloc bool[9];
            amounts[u.Entry.A] = count;
            var t = New(i, (dir ?? last)!.Value.End, u.Stripped, Granularity.None, 0.85);
            t.Type = TimexType.Duration;
            t.Value = FormatDuration(amounts, few);
            return t;
        }

        private RawTimex? TryDurationAt(int i)
        {
            if (TryRelativeSpan(i) is { } span)
            {
                return span;
            }

            if (Find(i, LexKind.DurationIntro) is { } spanIntro && TryRelativeSpan(spanIntro.End) is { } introduced)
            {
                // "خلال الأيام الثلاثة الماضية": the intro is not part of the span.
                return introduced;
            }

            var start = i;
            var allowSingle = false;
            var strip = -1;
            _articleAfterIntro = false;
            if (Find(i, LexKind.DurationIntro) is { } intro)
            {
                start = intro.End;
                allowSingle = true;
                _articleAfterIntro = _tokens[i].NormBase is "طوال" or "طيله";
            }
            else if ((_tokens[i].Clitics & Proclitics.Li) != 0 && Find(i, LexKind.Unit) is { Entry.B: 1 } && Find(i + 1, LexKind.Whole) is not null)
            {
                allowSingle = true;
            }

            if (!TryDuration(start, allowSingle, out var dur))
            {
                return null;
            }

            strip = dur.Strip;
            var t = New(start, dur.End, strip, Granularity.None, 0.9);
            t.Type = TimexType.Duration;
            t.Value = dur.Value;
            var end = dur.End;
            // "منذ شهر و21 يوماً من الآن": منذ says the time lies behind.
            var ago = start - 1 >= _s && _tokens[start - 1].NormBase is "منذ";
            if (IsNorm(end, "من") && Find(end + 1, LexKind.Now) is not null && !dur.Whole && dur.Period is { } period0)
            {
                var period = ago ? NodaTime.Period.Zero - period0 : period0;
                // "شهر و21 يوماً من الآن"
                t.Type = TimexType.Date;
                t.Value = null;
                t.EndToken = end + 2;
                t.Granularity = Granularity.Day;
                t.Relative = Relativity.Reference;
                t.RelativeUnit = TimeUnit.Day;
                t.ShiftByDuration = true;
                t.ShiftPeriod = period;
            }
            else if (IsNorm(end, "من") && Find(end + 1, LexKind.Now) is not null && dur.Whole)
            {
                // "شهر و21 يوماً من الآن": a date relative to now.
                t.Type = TimexType.Date;
                t.Value = null;
                t.EndToken = end + 2;
                t.Granularity = GranOf(dur.Unit);
                t.Relative = Relativity.Reference;
                t.RelativeUnit = dur.Unit;
                t.RelativeOffset = ago ? -dur.Count : dur.Count;
            }

            return t;
        }

        private bool _articleAfterIntro;

        /// <summary>"شهر و 21 يوماً": a bare unit starts a duration when a counted one is joined to it.</summary>
        private bool ConjoinedCountFollows(int pos)
        {
            if (IsNorm(pos, "و"))
            {
                pos++;
            }
            else if (pos >= _e || (_tokens[pos].Clitics & Proclitics.Wa) == 0)
            {
                return false;
            }

            return TryDurationAtom(pos, false, out _, out _, out _, out _, out _);
        }

        private struct DurationParse
        {
            public int End;
            public int Strip;
            public string Value;
            public bool Whole;
            public TimeUnit Unit;
            public int Count;
            public NodaTime.Period? Period;
        }

        /// <summary>One or more quantities of units joined by و: "ثلاث سنوات"، "عام واحد وشهر و21 يوماً"، "ساعتين ونصف".</summary>
        private bool TryDuration(int i, bool allowSingle, out DurationParse dp)
        {
            dp = default;
            Span<double> amounts = stackalloc double[9];
            Span<bool> few = stackalloc bool[9];
            var any = false;
            var pos = i;
            var first = true;
            var lastUnit = TimeUnit.Year;
            var components = 0;
            while (pos < _e)
            {
                if (!TryDurationAtom(pos, allowSingle || !first, out var amount, out var isFew, out var unit, out var end, out var strip)
                    && !(first && TryDurationAtom(pos, true, out amount, out isFew, out unit, out end, out strip) && ConjoinedCountFollows(end)))
                {
                    break;
                }

                if (first)
                {
                    dp.Strip = strip;
                }
                else if ((_tokens[pos].Clitics & Proclitics.Wa) == 0 && !IsNorm(pos - 1, "و"))
                {
                    break;
                }

                amounts[(int)unit] += amount;
                few[(int)unit] |= isFew;
                lastUnit = unit;
                any = true;
                components++;
                first = false;
                pos = end;

                // "ونصف"
                if (IsNorm(pos, "ونصف"))
                {
                    amounts[(int)unit] += 0.5;
                    pos++;
                }

                // a following component: "و شهر" or "وشهر"
                if (IsNorm(pos, "و"))
                {
                    if (TryDurationAtom(pos + 1, true, out _, out _, out _, out _, out _))
                    {
                        pos++;
                        continue;
                    }

                    break;
                }

                if (pos < _e && (_tokens[pos].Clitics & Proclitics.Wa) != 0 && TryDurationAtom(pos, true, out _, out _, out _, out _, out _))
                {
                    continue;
                }

                break;
            }

            if (!any)
            {
                return false;
            }

            dp.End = pos;
            dp.Value = FormatDuration(amounts, few);
            var whole = components == 1;
            var count = 0;
            for (var u = 0; u < 9; u++)
            {
                if (amounts[u] > 0 || few[u])
                {
                    whole &= !few[u] && amounts[u] == Math.Floor(amounts[u]);
                    count = (int)amounts[u];
                    dp.Unit = (TimeUnit)u;
                }
            }

            dp.Whole = whole;
            dp.Count = count;
            var integral = true;
            for (var u = 0; u < 9; u++)
            {
                integral &= !few[u] && amounts[u] == Math.Floor(amounts[u]);
            }

            dp.Period = integral && amounts[(int)TimeUnit.Century] == 0 && amounts[(int)TimeUnit.Decade] == 0
                ? new NodaTime.PeriodBuilder
                {
                    Years = (int)amounts[(int)TimeUnit.Year],
                    Months = (int)amounts[(int)TimeUnit.Month],
                    Weeks = (int)amounts[(int)TimeUnit.Week],
                    Days = (int)amounts[(int)TimeUnit.Day],
                }.Build()
                : null;
            _ = lastUnit;
            return true;
        }

        private bool TryDurationAtom(int i, bool allowSingle, out double amount, out bool isFew, out TimeUnit unit, out int end, out int strip)
        {
            amount = 0;
            isFew = false;
            unit = default;
            end = i;
            strip = 0;
            if (!InSentence(i))
            {
                return false;
            }

            // number + unit
            if (TryDecimal(i, out var d) && d > 0 && Find(i + 1, LexKind.Unit, (_tokens[i + 1 < _e ? i + 1 : i].Clitics & Proclitics.Al) != 0 ? 1 : 0) is { } u1)
            {
                amount = d;
                unit = (TimeUnit)u1.Entry.A;
                end = u1.End;
                strip = _tokens[i].CliticCount;
                if (u1.Entry.B == 2)
                {
                    return false;
                }

                // "22 الشهر المقبل" is a day of next month, not 22 months.
                if ((_tokens[i + 1].Clitics & Proclitics.Al) != 0 && Find(u1.End, LexKind.Direction) is not null)
                {
                    return false;
                }

                return true;
            }

            // "مؤتمر الحزب العشرون عام 1956"، "الدورة الحادية عشرة عام 2015": a singular unit followed by a year's digits
            // introduces that year; the number word before it is an ordinal's (or a compound ordinal's last word), not a count.
            if (TryNumberWords(i, out var n, out var ordinal, out _, out var nend, out var nstrip) && !ordinal && Find(nend, LexKind.Unit, 0) is { } u2 && u2.Entry.B != 2
                && !(u2.Entry.B == 1 && TryDigits(u2.End, out _, out var yearDigits) && yearDigits is 3 or 4))
            {
                amount = n;
                unit = (TimeUnit)u2.Entry.A;
                end = u2.End;
                strip = nstrip;
                return true;
            }

            if (Find(i, LexKind.Few) is { } f && Find(f.End, LexKind.Unit) is { } u3 && u3.Entry.B != 2)
            {
                isFew = true;
                unit = (TimeUnit)u3.Entry.A;
                end = u3.End;
                strip = f.Stripped;
                return true;
            }

            if (Find(i, LexKind.Fraction) is { } fr && Find(fr.End, LexKind.Unit) is { } u4 && u4.Entry.B == 1)
            {
                amount = fr.Entry.S == "0.25" ? 0.25 : 0.5;
                unit = (TimeUnit)u4.Entry.A;
                end = u4.End;
                strip = fr.Stripped;
                return true;
            }

            if (Find(i, LexKind.Unit) is { } u6 && u6.Entry.B == 0 && (_tokens[i].Clitics & Proclitics.Al) == 0)
            {
                // A bare plural: "لمدة سنوات"، "بأشهر"، "سنوات طويلة"، "شهوراً".
                var tok = _tokens[i];
                var bi = (tok.Clitics & Proclitics.Bi) != 0 && u6.Stripped > 0;
                var accusative = tok.NormBase.EndsWith("\u0627") && !tok.NormBase.EndsWith("\u0627\u062A");
                var vague = Find(u6.End, LexKind.Vague) is not null;
                if (allowSingle || bi || vague || accusative)
                {
                    isFew = true;
                    unit = (TimeUnit)u6.Entry.A;
                    end = vague ? Find(u6.End, LexKind.Vague)!.Value.End : u6.End;
                    strip = u6.Stripped;
                    return true;
                }
            }

            if (Find(i, LexKind.Unit) is { } u5)
            {
                // Plurals after a number were taken above; here a dual or a singular.
                if (u5.Entry.B == 2)
                {
                    // Not the dual construct before a year ("عامي 1917").
                    amount = 2;
                    unit = (TimeUnit)u5.Entry.A;
                    end = u5.End;
                    strip = u5.Stripped;
                    return true;
                }

                if (u5.Entry.B == 1)
                {
                    // "عام واحد"، "أسبوع كامل"، or a bare unit after لمدة.
                    if (IsNorm(u5.End, "واحد") || IsNorm(u5.End, "واحده") || IsNorm(u5.End, "ونصف"))
                    {
                        amount = 1;
                        unit = (TimeUnit)u5.Entry.A;
                        end = IsNorm(u5.End, "ونصف") ? u5.End : u5.End + 1;
                        strip = u5.Stripped;
                        return true;
                    }

                    if (Find(u5.End, LexKind.Whole) is { } w)
                    {
                        amount = 1;
                        unit = (TimeUnit)u5.Entry.A;
                        end = w.End;
                        strip = u5.Stripped;
                        return true;
                    }

                    if (allowSingle && !TryDigits(u5.End, out _, out _) && Find(u5.End, LexKind.Direction) is null && Find(u5.End, LexKind.Month) is null
                        && (_articleAfterIntro || (_tokens[i].Clitics & Proclitics.Al) == 0 || u5.Stripped < _tokens[i].CliticCount))
                    {
                        amount = 1;
                        unit = (TimeUnit)u5.Entry.A;
                        end = u5.End;
                        strip = u5.Stripped;
                        return true;
                    }
                }
            }

            return false;
        }

        private static string FormatDuration(ReadOnlySpan<double> amounts, ReadOnlySpan<bool> few)
        {
            var sb = new System.Text.StringBuilder("P");
            static void Part(System.Text.StringBuilder sb, ReadOnlySpan<double> amounts, ReadOnlySpan<bool> few, TimeUnit u, char code, double factor = 1)
            {
                var k = (int)u;
                if (few[k])
                {
                    sb.Append('X').Append(code);
                }
                else if (amounts[k] > 0)
                {
                    sb.Append((amounts[k] * factor).ToString(CultureInfo.InvariantCulture)).Append(code);
                }
            }

            var k2 = (int)TimeUnit.Century;
            if (few[k2] || amounts[k2] > 0)
            {
                if (few[k2])
                {
                    sb.Append("XCE");
                }
                else
                {
                    sb.Append((amounts[k2] * 100).ToString(CultureInfo.InvariantCulture)).Append('Y');
                }
            }

            var k3 = (int)TimeUnit.Decade;
            if (few[k3] || amounts[k3] > 0)
            {
                if (few[k3])
                {
                    sb.Append("XDE");
                }
                else
                {
                    sb.Append((amounts[k3] * 10).ToString(CultureInfo.InvariantCulture)).Append('Y');
                }
            }

            Part(sb, amounts, few, TimeUnit.Year, 'Y');
            Part(sb, amounts, few, TimeUnit.Month, 'M');
            Part(sb, amounts, few, TimeUnit.Week, 'W');
            Part(sb, amounts, few, TimeUnit.Day, 'D');
            if (amounts[(int)TimeUnit.Hour] > 0 || amounts[(int)TimeUnit.Minute] > 0 || amounts[(int)TimeUnit.Second] > 0
                || few[(int)TimeUnit.Hour] || few[(int)TimeUnit.Minute] || few[(int)TimeUnit.Second])
            {
                sb.Append('T');
                Part(sb, amounts, few, TimeUnit.Hour, 'H');
                Part(sb, amounts, few, TimeUnit.Minute, 'M');
                Part(sb, amounts, few, TimeUnit.Second, 'S');
            }

            return sb.ToString();
        }
    }
}
