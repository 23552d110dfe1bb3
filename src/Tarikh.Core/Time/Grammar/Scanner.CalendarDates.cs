using System.Collections.Frozen;
using System.Globalization;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Time;

/// <content>
/// Calendar dates: day + month + year, numeric dates, bare days and years, centuries, decades, seasons.
/// </content>
public sealed partial class TimexRecognizer
{
    internal sealed partial class Scanner
    {
        private struct MonthParse
        {
            public int Month;
            public bool Hijri;
            public int End;
            public int Strip;
            public bool Shahr;
            public bool Paired;
            public int Strength;
        }

        private bool TryMonth(int i, out MonthParse mp)
        {
            mp = default;
            var j = i;
            var mw = Find(j, LexKind.MonthWord);
            if (mw is { } w && w.Entry.A == 1 && Find(w.End, LexKind.Month, 0) is not null)
            {
                mp.Shahr = true;
                mp.Strip = w.Stripped;
                j = w.End;
            }

            var mm = Find(j, LexKind.Month, mp.Shahr ? 0 : 8);
            if (mm is not { } m)
            {
                return false;
            }

            if (!mp.Shahr)
            {
                mp.Strip = m.Stripped;
            }

            mp.Month = m.Entry.A;
            mp.Hijri = m.Entry.B == 1;
            mp.Strength = m.Entry.C;
            mp.End = m.End;

            // Paired names: "نيسان/ أبريل"، "أبريل (نيسان)"، "آذار - مارس".
            var p = mp.End;
            if (IsPunct(p, '/') || IsPunct(p, '-') || IsPunct(p, '(') || IsPunct(p, '\\'))
            {
                var m2 = Find(p + 1, LexKind.Month, 0);
                if (m2 is { } second && second.Entry.A == mp.Month && second.Entry.B == m.Entry.B)
                {
                    var end = second.End;
                    if (IsPunct(p, '('))
                    {
                        if (IsPunct(end, ')'))
                        {
                            mp.End = end + 1;
                            mp.Paired = true;
                        }
                    }
                    else
                    {
                        mp.End = end;
                        mp.Paired = true;
                    }
                }
            }

            return true;
        }

        private bool MonthAcceptable(int i, in MonthParse mp, bool hasDay, bool hasYear)
        {
            // A month name that is also a common word, written with the article, is the word: "الأب" is "the father" (دوما الأب
            // عام 1802), never the month آب, whatever follows it (round 11).
            if (mp.Strength >= 1 && !mp.Shahr && (_tokens[i].Clitics & Proclitics.Al) != 0)
            {
                return false;
            }

            if (mp.Strength == 0 || mp.Shahr || mp.Paired || hasDay || hasYear)
            {
                return true;
            }

            if (mp.Strength >= 2)
            {
                return false;
            }

            // strength 1: a temporal preposition before it (or written on it: بمارس).
            var t = _tokens[i];
            if (mp.Strip > 0 && (t.Clitics & (Proclitics.Bi | Proclitics.Li)) != 0)
            {
                return true;
            }

            return i - 1 >= _s && _owner.IsTemporalPreposition(_tokens[i - 1].Norm);
        }

        /// <summary>
        /// "الثاني والثلاثين من ربيع الأول"، "الخامس والثلاثين من أيار": an ordinal day in words past 31 (32–39) right before a
        /// month name (with or without "من"). No month has such a day, but the writer meant one: the date is read whole so the
        /// resolver reports it as impossible (day-out-of-range), instead of "الثلاثين" alone being read as a valid day 30.
        /// </summary>
        private bool TryDayPastMonth(int i, out int day, out int end, out int strip)
        {
            day = 0;
            end = i;
            strip = 0;
            if (!TryNumberWords(i, out var v, out var ordinal, out var article, out var e, out var s) || !ordinal || !article || v is < 32 or > 39 || e != i + 2)
            {
                return false;
            }

            var k = IsNorm(e, "من") ? e + 1 : e;
            if (!TryMonth(k, out _))
            {
                return false;
            }

            (day, end, strip) = (v, e, s);
            return true;
        }

        /// <summary>
        /// "لعشر خلون من صفر"، "لإحدى عشرة ليلة خلت من رجب"، "لخمس مضين من شوال": the chroniclers' count of the nights gone by of a
        /// month (round 23, issue 12). A cardinal in words with "ل", then "ليلة"/"ليال" at will, then "خلون"/"خلت"/"مضين"/"مضت" and
        /// "من" before the month: the day is the count (the tenth after ten nights gone). A count past 31 ("لاثنتين وثلاثين ليلة خلت")
        /// is read whole, so the resolver reports it as impossible. <paramref name="end"/> is the token of "من". The count of nights
        /// left ("لعشر بقين") depends on the month's length and is not read.
        /// </summary>
        private bool TryNightsPast(int i, out int day, out int end, out int strip)
        {
            day = 0;
            end = i;
            strip = 0;
            if (!InSentence(i) || (_tokens[i].Clitics & Proclitics.Li) == 0
                || !TryNumberWords(i, out var v, out var ordinal, out var article, out var e, out var s) || ordinal || article || v is < 1 or > 39)
            {
                return false;
            }

            var k = e;
            if (IsNorm(k, "ليله") || IsNorm(k, "ليال") || IsNorm(k, "ليالي") || IsNorm(k, "ليلة"))
            {
                k++;
            }

            if (!(IsNorm(k, "خلون") || IsNorm(k, "خلت") || IsNorm(k, "مضين") || IsNorm(k, "مضت")) || !IsNorm(k + 1, "من") || !TryMonth(k + 2, out _))
            {
                return false;
            }

            (day, end, strip) = (v, k + 1, s);
            return true;
        }

        private RawTimex? TryDate(int i)
        {
            var j = i;
            var strip = -1;
            int? weekday = null;
            if (Find(j, LexKind.DayWord) is { } dw && dw.Entry.A == 1 && Find(dw.End, LexKind.Weekday, 1) is { } wd0)
            {
                strip = dw.Stripped;
                weekday = wd0.Entry.A;
                j = wd0.End;
            }
            else if (Find(j, LexKind.Weekday) is { } wd1 && (_tokens[j].Clitics & Proclitics.Al) != 0)
            {
                strip = wd1.Stripped;
                weekday = wd1.Entry.A;
                j = wd1.End;
            }

            if (weekday is not null && (IsPunct(j, ',') || IsPunct(j, '-')))
            {
                j++;
            }

            if (weekday is not null && WeekdayNumericDate(i, j, strip, weekday.Value) is { } numeric)
            {
                return numeric;
            }
            else if (weekday is null && Find(j, LexKind.DayWord) is { } dayWord && dayWord.Entry.A == 1 && TryDay(dayWord.End, out _, out _, out _))
            {
                // "يوم 3 إبريل 2011"
                strip = dayWord.Stripped;
                j = dayWord.End;
            }

            var hasDay = TryDay(j, out var day, out var dayEnd, out var dayStrip) || TryDayPastMonth(j, out day, out dayEnd, out dayStrip)
                || TryNightsPast(j, out day, out dayEnd, out dayStrip);
            MonthParse mp;
            var monthStart = j;
            if (hasDay)
            {
                var k = dayEnd;
                if (IsNorm(k, "من"))
                {
                    k++;
                }
                else if (IsPunct(k, '-'))
                {
                    k++;
                }
                else if (IsPunct(k, '.') && Adjacent(k - 1) && TryMonth(k + 1, out _))
                {
                    // "16. نوفمبر. 2016": the German-style ordinal dot some sites keep.
                    k++;
                }

                monthStart = k;
                if (k > dayEnd && Find(k, LexKind.Every) is { } evm && Find(evm.End, LexKind.Unit) is { Entry.A: (int)TimeUnit.Month, Entry.B: 1 } evmu)
                {
                    // "العاشر من كل شهر"
                    var ts = New(i, evmu.End, strip >= 0 ? strip : dayStrip, Granularity.None, 0.85);
                    ts.Type = TimexType.Set;
                    ts.Value = $"XXXX-XX-{day:D2}";
                    return ts;
                }

                if (!TryMonth(k, out mp) && (k > dayEnd && IsNorm(dayEnd, "من") || (k == dayEnd && _doc.ReferenceDate is not null && RangeOrDayPrepositionBefore(i)))
                    && !(j == i && i - 1 >= _s && Has(i - 1, LexKind.Unit))
                    && TryRelative(k) is { RelativeUnit: TimeUnit.Month, Month: null, Relative: not Relativity.None, ShiftByDuration: false } relMonth)
                {
                    // "20 من الشهر القادم"، "العشرين من الشهر نفسه"، "31 من هذا الشهر": a day of a relative month.
                    relMonth.StartToken = i;
                    relMonth.Strip = strip >= 0 ? strip : dayStrip;
                    relMonth.Day = day;
                    relMonth.Weekday = weekday;
                    relMonth.Granularity = Granularity.Month;
                    return relMonth;
                }

                if (!TryMonth(k, out mp))
                {
                    // Weekday and day without a month: "الخميس في 21" (not the month of "الجمعة 7/1952").
                    if (weekday is not null && !(Adjacent(dayEnd - 1) && (IsPunct(dayEnd, '/') || IsPunct(dayEnd, '-')) && Adjacent(dayEnd) && TryDigits(dayEnd + 1, out _, out _)))
                    {
                        var k2 = j;
                        var t0 = New(i, dayEnd, strip, Granularity.Day, 0.7);
                        t0.Day = day;
                        t0.Weekday = weekday;
                        return t0;
                    }

                    if (strip >= 0 && weekday is null && (_tokens[i].Clitics & Proclitics.Al) == 0)
                    {
                        // (With the article, "اليوم الثالث" is the third day of something, not the 3rd of a month.)
                        // "يوم 27": a day of an unnamed month.
                        var td = New(i, dayEnd, strip, Granularity.Day, 0.7);
                        td.Day = day;
                        return td;
                    }

                    return null;
                }
            }
            else
            {
                if (weekday is not null && IsNorm(j, "في")
                    && (TryDay(j + 1, out day, out dayEnd, out _)
                        || (TryNumberWords(j + 1, out day, out _, out _, out dayEnd, out _) && day is >= 1 and <= 31 && !TryMonth(dayEnd, out _))))
                {
                    // "الجمعة في 22"، "الجمعة في خمسة عشر" (a cardinal day after a weekday and في).
                    var t0 = New(i, dayEnd, strip, Granularity.Day, 0.7);
                    t0.Day = day;
                    t0.Weekday = weekday;
                    return t0;
                }

                if (!TryMonth(j, out mp))
                {
                    return null;
                }
            }

            var pos = mp.End;
            if (!hasDay)
            {
                // "يناير 1"، "مايو الحادي عشر"، "سبتمبر 10, 1901".
                if (TryDigits(pos, out var dv, out var dd) && dd <= 2 && dv is >= 1 and <= 31 && _tokens[pos].CliticCount == 0)
                {
                    hasDay = true;
                    day = dv;
                    pos++;
                }
                else if (TryNumberWords(pos, out dv, out var ord, out var art, out var wend, out _) && (ord || art) && dv is >= 1 and <= 31 && _tokens[pos].CliticCount <= 1)
                {
                    hasDay = true;
                    day = dv;
                    pos = wend;
                }
            }

            // "3 تموز شرقي"، "15 تموز غربي سنة 1882": the Old or New Style named right after the day and month.
            var style = hasDay && !mp.Hijri ? StyleMarkAt(pos) : null;
            if (style is not null)
            {
                pos++;
            }

            var yp = default(YearParse);
            var hasYear = false;
            var yStart = pos;
            if (IsPunct(yStart, ',') || IsPunct(yStart, '.'))
            {
                yStart++;
            }
            else if (mp.Hijri && IsNorm(yStart, "من") && IsNorm(yStart + 1, "شهور") && TryYear(yStart + 2, needKeyword: true, out _))
            {
                // "أواسط ربيع الأول من شهور سنة ثلاث وسبعين وتسعمائة": the registers' formula between a Hijri month and its year.
                yStart += 2;
            }

            if (TryYear(yStart, needKeyword: false, out yp) && (yp.Keyword || yp.Era is not null || yp.Digits >= 3 || yp.Words || yp.Year > 31))
            {
                hasYear = true;
                pos = yp.End;
            }
            else if (TryYear(pos, needKeyword: false, out yp) && (yp.Keyword || yp.Era is not null || yp.Digits >= 3 || yp.Year > 31))
            {
                hasYear = true;
                pos = yp.End;
            }

            if (style is null && hasYear && hasDay && !mp.Hijri && yp.Era is null && StyleMarkAt(pos) is { } styleAfterYear)
            {
                // "10 نيسان سنة 1901 شرقية": the style after the year.
                style = styleAfterYear;
                pos++;
            }

            RawTimex? yearRelative = null;
            var setEvery = false;
            int? dayMonthDirection = null;
            if (!hasYear && hasDay && !mp.Hijri && _doc.ReferenceDate is not null && Find(pos, LexKind.Direction) is { } dmDir
                && dmDir.Entry.S is "next-ref" or "prev-ref" or "this-ref" && _tokens[pos].Norm.StartsWith("ال", StringComparison.Ordinal))
            {
                // News: "14 سبتمبر الماضي"، "3 نوفمبر المقبل"، "20 أكتوبر الجاري" — the last such day before the reference
                // date, the next one after it, or that day of the reference month. Not a demonstrative: "قوى 14 آذار هذه الدعوة".
                dayMonthDirection = RefOffset(dmDir.Entry.S);
                pos = dmDir.End;
            }
            else if (!hasYear)
            {
                var k = IsNorm(pos, "من") ? pos + 1 : pos;
                if (Find(k, LexKind.Every) is { } ev && Find(ev.End, LexKind.Unit) is { Entry.A: (int)TimeUnit.Year, Entry.B: 1 } evu)
                {
                    // "7 يناير من كل عام": every year on that day.
                    setEvery = true;
                    pos = evu.End;
                }
                else if (k != pos && TryRelative(k) is { RelativeUnit: TimeUnit.Year, Month: null, Season: null } rel)
                {
                    // "أفريل من العام نفسه"، "ذي القعدة من السنة نفسها"
                    yearRelative = rel;
                    pos = rel.EndToken;
                }
            }

            if (!MonthAcceptable(monthStart, mp, hasDay, hasYear || yearRelative is not null || setEvery || dayMonthDirection is not null))
            {
                return null;
            }

            // "ثورة أكتوبر"، "حرب أكتوبر": a bare month naming an event is not a date.
            if (!hasDay && !hasYear && !mp.Shahr && monthStart - 1 >= _s && Has(monthStart - 1, LexKind.NameHead))
            {
                return null;
            }

            var first = strip >= 0 ? strip : hasDay && monthStart != j ? dayStrip : mp.Strip;
            if (strip < 0 && hasDay && monthStart == j)
            {
                first = mp.Strip;
            }

            var t = New(i, pos, first, hasDay ? Granularity.Day : Granularity.Month, mp.Strength == 0 || hasDay || hasYear ? 0.95 : 0.8);
            t.Month = mp.Month;
            t.Day = hasDay ? day : null;
            t.Weekday = weekday;
            if (mp.Hijri)
            {
                t.Calendar = CalendarKind.Hijri;
                t.CalendarExplicit = true;
            }

            if (style is { } st && yp.Era is null)
            {
                t.Calendar = st;
                t.CalendarExplicit = true;
                t.StyleMarked = true;
            }

            if (hasYear)
            {
                SetYear(t, yp);
            }
            else if (yearRelative is not null)
            {
                t.Relative = yearRelative.Relative;
                t.RelativeUnit = TimeUnit.Year;
                t.RelativeOffset = yearRelative.RelativeOffset;
            }
            else if (dayMonthDirection is { } dmOffset)
            {
                t.Relative = Relativity.Reference;
                t.MonthRelative = true;
                t.RelativeOffset = dmOffset;
            }
            else if (setEvery)
            {
                t.Type = TimexType.Set;
                t.Value = hasDay ? $"XXXX-{mp.Month:D2}-{day:D2}" : $"XXXX-{mp.Month:D2}";
            }

            return t;
        }

        /// <summary>
        /// News style (a reference date): a bare day number or ordinal after a preposition, closing its clause, is a day of
        /// the current month: "عدت إلى 27."، "سأعود في الثاني والعشرين!"، "عدت للثلاثين". Not after a word that makes it a count
        /// ("ارتفع العدد إلى 27"), never without a reference date (biographies and chronicles are full of bare numbers).
        /// </summary>
        private RawTimex? TryBareDay(int i)
        {
            if (_doc.ReferenceDate is null || !InSentence(i))
            {
                return null;
            }

            var tok = _tokens[i];
            var li = (tok.Clitics & Proclitics.Li) != 0;
            if (!IsDayPreposition(i - 1) && !li)
            {
                return null;
            }

            if (tok.Kind == TokenKind.Number)
            {
                if (!TryDigits(i, out var v, out var digits) || digits > 2 || v is < 1 or > 31 || (tok.CliticCount > 0 && !(li && tok.CliticCount == 1)))
                {
                    return null;
                }
            }
            else if (tok.Kind != TokenKind.Arabic || (tok.Clitics & Proclitics.Al) == 0 || tok.Norm.EndsWith('ه') || tok.Norm.EndsWith("ولي", StringComparison.Ordinal))
            {
                // Words need the article and the masculine of اليوم: "للثاني"، "الحادي والعشرين" (not "ثاني"; a feminine
                // ordinal alone is an hour or a rank: "إلى الرابعة").
                return null;
            }

            if (!TryDay(i, out var day, out var end, out var strip) || !ClauseEndsAt(end) || QuantityBefore(li ? i : i - 1) || TimeOfDayBefore(i))
            {
                return null;
            }

            // "الأول"، "الفاتح" alone are "the first" (a rank, a title); "8 إلى 1"، "61 للأول": a ratio or a score.
            var prepAt = li ? i : i - 1;
            if ((tok.Kind != TokenKind.Number && day == 1) || (prepAt - 1 >= _s && _tokens[prepAt - 1].Kind == TokenKind.Number))
            {
                return null;
            }

            var t = New(i, end, strip, Granularity.Day, 0.55);
            t.Day = day;
            return t;
        }

        private RawTimex? TryYearOnly(int i, bool allowPartial)
        {
            if (TryYear(i, needKeyword: true, out var yp))
            {
                var t = New(i, yp.End, yp.Strip, Granularity.Year, yp.Keyword ? 0.95 : 0.9);
                SetYear(t, yp);
                return t;
            }

            // A bare four-digit year (1000–2100) in running text.
            if (TryDigits(i, out var v, out var digits) && digits == 4 && v is >= 1000 and <= 2100)
            {
                if (IsPunct(i + 1, '%') || (Adjacent(i) && (IsPunct(i + 1, ',') || IsPunct(i + 1, '.')) && TryDigits(i + 2, out _, out _)))
                {
                    return null;
                }

                // Not a count of units: "1500 عام" is a duration, handled elsewhere.
                if (Has(i + 1, LexKind.Unit))
                {
                    return null;
                }

                // Not the upper end of a range of counts: "(10–1000) أسرة"، "بين 5-2000 دولار" (a year range has a year on both sides).
                if (IsPunct(i - 1, '-') && Adjacent(i - 1) && i - 2 >= _s && Adjacent(i - 2) && TryDigits(i - 2, out _, out var leftDigits) && leftDigits <= 2)
                {
                    return null;
                }

                var t = New(i, i + 1, _tokens[i].CliticCount, Granularity.Year, 0.8);
                t.Year = v;
                t.YearDigits = 4;
                t.YearWritten = true;
                return t;
            }

            return null;
        }

        private RawTimex? TryCentury(int i)
        {
            if (Find(i, LexKind.Century) is not { } c)
            {
                return null;
            }

            var j = c.End;
            int n;
            if (TryNumberWords(j, out n, out var ord, out var art, out var end, out _) && (ord || art) && n is >= 1 and <= 30)
            {
                j = end;
            }
            else if (TryDigits(j, out n, out var digits) && digits <= 2 && n >= 1)
            {
                j++;
            }
            else if (InSentence(j) && _tokens[j].Kind == TokenKind.Latin && RomanValue(_tokens[j].Norm) is { } r and >= 1 and <= 30)
            {
                n = r;
                j++;
            }
            else if (IsNorm(j, "الماضي") || IsNorm(j, "المنصرم"))
            {
                var rel = New(i, j + 1, c.Stripped, Granularity.Century, 0.8);
                rel.Relative = Relativity.Reference;
                rel.RelativeUnit = TimeUnit.Century;
                rel.RelativeOffset = -1;
                return rel;
            }
            else
            {
                return null;
            }

            var t = New(i, j, c.Stripped, Granularity.Century, 0.95);
            t.Century = n;
            if (Find(j, LexKind.Era, 1) is { } era)
            {
                ApplyEra(t, era.Entry.S);
                t.EndToken = era.End;
            }

            return t;
        }

        // "عمر" with the article or a possessive pronoun after "الأربعينيات من": the decade of a life, an age.
        private static readonly System.Collections.Frozen.FrozenSet<string> AgeNouns =
            new[] { "عمر", "عمره", "عمرها", "عمرهما", "عمرهم", "عمرهن", "عمري", "عمرنا", "عمرك" }
                .Select(w => Tarikh.Core.Normalization.ArabicNormalizer.Default.NormalizeString(w))
                .ToFrozenSet(StringComparer.Ordinal);

        private RawTimex? TryDecade(int i)
        {
            if (Find(i, LexKind.Decade) is not { } d)
            {
                return null;
            }

            var t = New(i, d.End, d.Stripped, Granularity.Decade, 0.8);
            var j = d.End;
            if (IsNorm(j, "من"))
            {
                j++;

                // Round 15 (issue-x3): "مات في الأربعينيات من عمره"، "وهي في الخمسينيات من العمر": a person's age, not a decade.
                if (InSentence(j) && AgeNouns.Contains(_tokens[j].Base))
                {
                    return null;
                }
            }

            var century = 20;
            var cent = TryCentury(j);
            if (cent is { Century: { } cn })
            {
                century = cn;
                t.EndToken = cent.EndToken;
                t.Calendar = cent.Calendar;
                t.CalendarExplicit = cent.CalendarExplicit;
                t.Confidence = 0.95;
            }
            else if (cent is { Relative: Relativity.Reference })
            {
                t.EndToken = cent.EndToken;
                century = 20;
            }

            t.Decade = ((century - 1) * 10) + d.Entry.A;
            return t;
        }

        private RawTimex? TrySeason(int i)
        {
            if (Find(i, LexKind.Season) is not { } s)
            {
                return null;
            }

            var j = s.End;
            if (IsNorm(j, "من"))
            {
                j++;
            }

            var t = New(i, s.End, s.Stripped, Granularity.Season, 0.85);
            t.Season = s.Entry.S;
            if (TryYear(j, false, out var yp) && (yp.Keyword || yp.Digits >= 3 || yp.Era is not null || yp.Words))
            {
                SetYear(t, yp);
                t.EndToken = yp.End;
                return t;
            }

            if (Find(s.End, LexKind.Direction) is { } dir && dir.Entry.S is "next-ref" or "prev-ref" or "this-ref")
            {
                t.EndToken = dir.End;
                t.Relative = Relativity.Reference;
                t.RelativeUnit = TimeUnit.Year;
                t.RelativeOffset = dir.Entry.S == "next-ref" ? 1 : dir.Entry.S == "prev-ref" ? -1 : 0;
                return t;
            }

            // A bare season with the article ("في الصيف"), not "الربيع العربي".
            if ((_tokens[i].Clitics & Proclitics.Al) != 0 && !IsNorm(s.End, "العربي") && i - 1 >= _s && _owner.IsTemporalPreposition(_tokens[i - 1].Norm))
            {
                t.Confidence = 0.6;
                return t;
            }

            return null;
        }
    }
}
