using System.Collections.Frozen;
using System.Globalization;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Time;

/// <content>
/// Weekdays and weekday arithmetic: named weekdays, the nth weekday of a month, quarters.
/// </content>
public sealed partial class TimexRecognizer
{
    internal sealed partial class Scanner
    {
        /// <summary>An ordinal 1–5 or "last" in one token: أول، ثاني (construct) or الأولى، الثاني، الأخير (with the article).</summary>
        private bool TryNthWord(int i, bool withArticle, out int nth, out bool feminine)
        {
            nth = 0;
            feminine = false;
            if (!InSentence(i) || _tokens[i].Kind != TokenKind.Arabic)
            {
                return false;
            }

            var b = _tokens[i].NormBase;
            if (Find(i, LexKind.Last) is { } last && last.End == i + 1 && (last.Entry.A == 1) == withArticle)
            {
                nth = -1;
                feminine = b.EndsWith('ه');
                return true;
            }

            if (TryNumberWords(i, out var v, out var ordinal, out var article, out var end, out _) && ordinal && article == withArticle && end == i + 1 && v is >= 1 and <= 5)
            {
                nth = v;
                feminine = b.EndsWith('ه') || b.EndsWith("ولي", StringComparison.Ordinal);
                return true;
            }

            return false;
        }

        /// <summary>
        /// The nth weekday of a month: "أول يوم جمعة من يوليو"، "آخر جمعة من رمضان"، "الجمعة الأولى من الشهر المقبل"; and in news
        /// (a reference date, nothing after it in the clause) "يوم الأحد الثاني": the second Sunday of the current month.
        /// </summary>
        private RawTimex? TryNthWeekday(int i)
        {
            const ulong Openers = (1UL << (int)LexKind.Number) | (1UL << (int)LexKind.Last) | (1UL << (int)LexKind.DayWord) | (1UL << (int)LexKind.Weekday);
            if (!InSentence(i) || (_kinds[i - _s] & Openers) == 0)
            {
                return null;
            }

            int nth, j, strip, weekday;
            bool feminine, ordinalFirst;
            if (TryNthWord(i, withArticle: false, out nth, out feminine))
            {
                // أول يوم جمعة، آخر جمعة، ثاني أحد
                ordinalFirst = true;
                strip = _tokens[i].CliticCount;
                j = i + 1;
                if (Find(j, LexKind.DayWord, 0) is { Entry.A: 1 } yw)
                {
                    j = yw.End;
                }

                if (Find(j, LexKind.Weekday, 1) is { } w)
                {
                    weekday = w.Entry.A;
                    j = w.End;
                }
                else if (j > i + 1 && IsNorm(j, "احد"))
                {
                    // "أول يوم أحد": after يوم, أحد is Sunday, not "one".
                    weekday = 7;
                    j++;
                }
                else
                {
                    return null;
                }
            }
            else
            {
                // يوم الأحد الثاني، الجمعة الأولى
                ordinalFirst = false;
                j = i;
                strip = -1;
                if (Find(j, LexKind.DayWord) is { Entry.A: 1 } yw)
                {
                    strip = yw.Stripped;
                    j = yw.End;
                }

                if (Find(j, LexKind.Weekday, strip >= 0 ? 1 : 8) is not { } w || (_tokens[j].Clitics & Proclitics.Al) == 0)
                {
                    return null;
                }

                if (strip < 0)
                {
                    strip = w.Stripped;
                }

                weekday = w.Entry.A;
                if (!TryNthWord(w.End, withArticle: true, out nth, out feminine))
                {
                    return null;
                }

                j = w.End + 1;
            }

            RawTimex? t = null;
            if (IsNorm(j, "من") || IsNorm(j, "في"))
            {
                if (TryDate(j + 1) is { Day: null, Month: not null, Type: TimexType.Date, Granularity: Granularity.Month } month)
                {
                    // A masculine ordinal before a month name is a day of it: "الأحد الثاني من مايو" = Sunday 2 May.
                    if (!ordinalFirst && !feminine)
                    {
                        return null;
                    }

                    t = month;
                }
                else if (TryRelative(j + 1) is { RelativeUnit: TimeUnit.Month, Month: null, Relative: not Relativity.None, ShiftByDuration: false } rel)
                {
                    t = rel;
                    t.Granularity = Granularity.Month;
                }
                else if (Find(j + 1, LexKind.MonthWord, 0) is { Entry.A: 1 } sh && (_tokens[j + 1].Clitics & Proclitics.Al) != 0 && _doc.ReferenceDate is not null)
                {
                    // "من الشهر": the current month of a news text.
                    t = New(j + 1, sh.End, 0, Granularity.Month, 0.7);
                    t.Relative = Relativity.Reference;
                    t.RelativeUnit = TimeUnit.Month;
                }
            }
            else if (!ordinalFirst && _doc.ReferenceDate is not null && (j >= _e || _tokens[j].Kind == TokenKind.Punctuation))
            {
                // "سأعود يوم الأحد الثاني": the current month.
                t = New(j, j, 0, Granularity.Month, 0.6);
                t.Relative = Relativity.Reference;
                t.RelativeUnit = TimeUnit.Month;
                t.EndToken = j;
            }

            if (t is null)
            {
                return null;
            }

            t.StartToken = i;
            t.Strip = strip;
            t.Nth = nth;
            t.Weekday = weekday;
            t.Confidence = Math.Min(t.Confidence, 0.8);
            return t;
        }

        private RawTimex? TryQuarter(int i)
        {
            if (Find(i, LexKind.Quarter) is not { } q)
            {
                return null;
            }

            int n, end;
            if (Find(q.End, LexKind.Last) is { Entry.A: 1 } lastQ)
            {
                // "الربع الأخير من العام": the fourth.
                n = 4;
                end = lastQ.End;
            }
            else if (!TryNumberWords(q.End, out n, out var ord, out _, out end, out _) || !ord || n is < 1 or > 4)
            {
                return null;
            }

            var j = end;
            if (IsNorm(j, "من"))
            {
                j++;
            }

            var t = New(i, end, q.Stripped, Granularity.Quarter, 0.85);
            t.Quarter = n;
            if (TryYear(j, true, out var yp))
            {
                SetYear(t, yp);
                t.EndToken = yp.End;
            }
            else if (TryYear(j, false, out var bare) && bare.Digits == 4 && bare.Year is >= 1000 and <= 2200)
            {
                // "الربع الثالث من 2015"
                SetYear(t, bare);
                t.EndToken = bare.End;
            }
            else if (TryRelative(j) is { RelativeUnit: TimeUnit.Year, Relative: not Relativity.None, Month: null, Season: null, ShiftByDuration: false } rel)
            {
                // "الربع الثالث من هذا العام"، "الربع الأول من العام المقبل"
                t.EndToken = rel.EndToken;
                t.Relative = rel.Relative;
                t.RelativeUnit = TimeUnit.Year;
                t.RelativeOffset = rel.RelativeOffset;
            }

            return t;
        }

        /// <summary>
        /// A week of a month or a year: "الأسبوع الأول من أكتوبر"، "الأسبوع الأخير من 2015"، "الأسبوع الثاني من الشهر المقبل".
        /// Week n of a month starts on its nth Monday (Recognizers' convention: "XXXX-10-W01"); week n of a year is ISO week n,
        /// the last one the last ISO week of that year.
        /// </summary>
        private RawTimex? TryWeekOf(int i)
        {
            if (Find(i, LexKind.Unit) is not { Entry.A: (int)TimeUnit.Week, Entry.B: 1 } wk || (_tokens[i].Clitics & Proclitics.Al) == 0
                || !TryNthWord(wk.End, withArticle: true, out var nth, out var feminine) || feminine || !(IsNorm(wk.End + 1, "من") || IsNorm(wk.End + 1, "في")))
            {
                return null;
            }

            var j = wk.End + 2;
            RawTimex? t = null;
            if (TryDate(j) is { Day: null, Month: not null, Type: TimexType.Date, Granularity: Granularity.Month } month)
            {
                t = month;
            }
            else if (TryYearOnly(j, false) is { Year: not null } year)
            {
                t = year;
            }
            else if (TryRelative(j) is { RelativeUnit: TimeUnit.Month or TimeUnit.Year, Month: null, Season: null, Relative: not Relativity.None, ShiftByDuration: false } rel)
            {
                t = rel;
            }
            else if (_doc.ReferenceDate is not null && Find(j, LexKind.MonthWord, 0) is { Entry.A: 1 } sh && (_tokens[j].Clitics & Proclitics.Al) != 0)
            {
                // "الأسبوع الأخير من الشهر": the current month of a news text.
                t = New(j, sh.End, 0, Granularity.Month, 0.7);
                t.Relative = Relativity.Reference;
                t.RelativeUnit = TimeUnit.Month;
            }

            if (t is null)
            {
                return null;
            }

            t.StartToken = i;
            t.Strip = wk.Stripped;
            t.WeekOf = nth;
            t.Confidence = Math.Min(t.Confidence, 0.8);
            return t;
        }

        /// <summary>
        /// News style (a reference date): a weekday with the article right after a word without one is an adverb of
        /// time — "أعلن الرئيس الخميس"، "سأعود الجمعة"، "اجتماع الأحد" — unless that word heads a name
        /// ("صلاة الجمعة"، "خطبة الجمعة", name heads of markers.tsv) or makes الاثنين "the two" (كلا، بين).
        /// </summary>
        private bool AdverbialWeekday(int i)
        {
            if (_doc.ReferenceDate is null || i - 1 < _s || _tokens[i].Clitics != Proclitics.Al)
            {
                return false;
            }

            // الاثنين is as often "the two" ("بدأ الاثنين العمل"), الأحد before عشر is "eleven".
            if (_tokens[i].Norm == "الاثنين" || (i + 1 < _e && Has(i + 1, LexKind.Number)))
            {
                return false;
            }

            var prev = _tokens[i - 1];
            return prev.Kind == TokenKind.Arabic && (prev.Clitics & Proclitics.Al) == 0 && !Has(i - 1, LexKind.NameHead)
                && !_owner.Lexicon.BlocksAdverbialWeekday(prev.Norm);
        }

        private RawTimex? TryWeekday(int i)
        {
            int start = i, strip;
            LexMatch w;
            if (Find(i, LexKind.DayWord) is { } dw && dw.Entry.A == 1 && Find(dw.End, LexKind.Weekday, 1) is { } w0)
            {
                w = w0;
                strip = dw.Stripped;
            }
            else if (Find(i, LexKind.Weekday) is { } w1 && (_tokens[i].Clitics & Proclitics.Al) != 0
                && ((i - 1 >= _s && _owner.IsTemporalPreposition(_tokens[i - 1].Norm)) || w1.Stripped > NonArticle(i) - 1 && NonArticle(i) > 0 || Find(w1.End, LexKind.Direction) is not null
                    || AdverbialWeekday(i)))
            {
                w = w1;
                strip = w1.Stripped;
            }
            else if (Find(i, LexKind.Weekday) is { } w2 && (_tokens[i].Clitics & Proclitics.Al) == 0 && w2.End < _e
                && TryRelative(w2.End) is { RelativeUnit: TimeUnit.Week, Relative: not Relativity.None, ShiftByDuration: false, Weekday: null })
            {
                // "ثلاثاء الأسبوع الجاي"، "خميس الأسبوع الماضي": the weekday in construct with a relative week.
                w = w2;
                strip = w2.Stripped;
            }
            else
            {
                return null;
            }

            var t = New(start, w.End, strip, Granularity.Weekday, 0.8);
            t.Weekday = w.Entry.A;
            var wk = IsNorm(w.End, "من") ? w.End + 1 : w.End;
            if (TryRelative(wk) is { RelativeUnit: TimeUnit.Week, Relative: not Relativity.None } week && !week.ShiftByDuration)
            {
                // "الجمعة من الأسبوع المقبل"، "يوم الجمعة الأسبوع المقبل"
                t.EndToken = week.EndToken;
                t.Relative = week.Relative;
                t.RelativeUnit = TimeUnit.Week;
                t.RelativeOffset = week.RelativeOffset;
                t.Granularity = Granularity.Week;
                return t;
            }

            if (Find(w.End, LexKind.Direction) is { } dir && RefOffset(dir.Entry.S) is { } offset)
            {
                t.EndToken = dir.End;
                t.Relative = Relativity.Reference;
                t.WeekdayRelative = true;
                t.RelativeOffset = offset;
            }
            else
            {
                t.Tense = FutureClause(i) ? 1 : -1;
            }

            return t;
        }

        /// <summary>A weekday right after a relative week belongs to it: "الأسبوع القادم يوم الجمعة"، "هذا الأسبوع يوم السبت".</summary>
        private void WeekdayAfterWeek(RawTimex t, int k)
        {
            if (Find(k, LexKind.DayWord) is { Entry.A: 1 } yw2 && Find(yw2.End, LexKind.Weekday, 1) is { } wd2)
            {
                t.Weekday = wd2.Entry.A;
                t.EndToken = wd2.End;
            }
            else if (Find(k, LexKind.Weekday) is { } wd3 && (_tokens[k].Clitics & Proclitics.Al) != 0)
            {
                t.Weekday = wd3.Entry.A;
                t.EndToken = wd3.End;
            }
        }
    }
}
