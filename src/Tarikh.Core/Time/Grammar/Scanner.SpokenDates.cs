using Tarikh.Core.Segmentation;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Time;

public sealed partial class TimexRecognizer
{
    internal sealed partial class Scanner
    {
        /// <summary>
        /// Spoken Arabic names a month by its number after "شهر" and gives the year after it: "شهر 8 سنة 1980"، "شهر 6 من عام
        /// 1975"، "شهر 3 2001"، with the day before: "5 شهر 8 سنة 1961"، "خمسة شهر عشرة". The year must be a year (a keyword
        /// before it, an era after it, or four digits); "شهر 5 سنة" with nothing after is a duration, read elsewhere.
        /// </summary>
        private RawTimex? TrySpokenMonthNumber(int i)
        {
            var start = i;
            var strip = -1;
            int? day = null;
            var j = i;
            if (TryDigits(j, out var dv, out var dd) && dd <= 2 && dv is >= 1 and <= 31)
            {
                day = dv;
                strip = _tokens[j].CliticCount;
                j++;
            }
            else if (TryNumberWords(j, out var wv, out var ordinal, out _, out var wend, out var wstrip) && wv is >= 1 and <= 31 && wend > j
                && Find(wend, LexKind.MonthWord) is { Entry.A: 1 } && !ordinal)
            {
                day = wv;
                strip = wstrip;
                j = wend;
            }

            if (Find(j, LexKind.MonthWord) is not { Entry.A: 1 } shahr || (_tokens[j].Clitics & Proclitics.Al) != 0 || shahr.End >= _e
                || !MonthNumber(shahr.End, out var month, out var mend))
            {
                return null;
            }

            if (strip < 0)
            {
                strip = shahr.Stripped;
            }

            YearParse yp = default;
            var hasYear = mend < _e && TryYear(mend, needKeyword: false, out yp)
                && (yp.Keyword ? yp.Digits >= 3 || yp.Words : yp.Digits == 4 || yp.Era is not null);
            if (!hasYear && day is null)
            {
                return null; // "شهر 8" alone is read by the bare-month rule
            }

            var t = New(start, hasYear ? yp.End : mend, strip, day is null ? Granularity.Month : Granularity.Day, 0.8);
            t.Month = month;
            t.Day = day;
            if (hasYear)
            {
                SetYear(t, yp);
            }

            return t;
        }

        /// <summary>
        /// Spoken Arabic gives the day of a named month as a cardinal word: "عشرة ذي الحجة 1400"، "خمسة رمضان"، "تلاتة
        /// أيار 1990". Only right before a month name that is always a month (not "آب" = father, "تموز" without a date) or
        /// with a year after it.
        /// </summary>
        private RawTimex? TryCardinalDayMonth(int i)
        {
            if (!TryNumberWords(i, out var v, out var ordinal, out var article, out var end, out var strip) || ordinal || article || v is < 1 or > 31
                || end <= i || !TryMonth(end, out var mp) || mp.Shahr)
            {
                return null;
            }

            var inner = TryDate(end);
            if (inner is null || inner.StartToken != end || inner.Month != mp.Month || inner.Day is not null || inner.Type != TimexType.Date)
            {
                return null;
            }

            if (mp.Strength > 0 && inner.Year is null)
            {
                return null;
            }

            inner.StartToken = i;
            inner.Strip = strip;
            inner.Day = v;
            inner.Granularity = Granularity.Day;
            inner.Confidence = Math.Min(inner.Confidence, 0.8);
            return inner;
        }
    }
}
