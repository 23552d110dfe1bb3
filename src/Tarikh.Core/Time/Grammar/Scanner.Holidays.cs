using System.Collections.Frozen;
using System.Globalization;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Time;

/// <content>
/// Holidays: feasts from holidays.tsv with a year, a relative year or a direction.
/// </content>
public sealed partial class TimexRecognizer
{
    internal sealed partial class Scanner
    {
        private RawTimex? TryHoliday(int i)
        {
            // "جزيرة عيد الفصح"، "شارع عيد الميلاد": a feast's name inside a place name.
            if (i - 1 >= _s && Find(i - 1, LexKind.NameHead, 0) is { Entry.A: 2 } && _tokens[i].CliticCount == 0 && (_tokens[i - 1].Clitics & Proclitics.Al) == 0)
            {
                return null;
            }

            // "يوم الجمعة العظيمة"، "يوم عيد الميلاد": يوم before the feast's name belongs to it.
            if (Find(i, LexKind.DayWord) is { Entry.A: 1 } yom && Find(yom.End, LexKind.Holiday, 0) is not null && TryHoliday(yom.End) is { } inner)
            {
                inner.StartToken = i;
                inner.Strip = yom.Stripped;
                return inner;
            }

            if (Find(i, LexKind.Holiday) is not { } h)
            {
                return null;
            }

            var strict = h.Entry.C < 0;
            var rule = HolidayRule.FromEntry(h.Entry);
            var t = New(i, h.End, h.Stripped, Granularity.Day, 0.85);
            t.HolidayDays = rule.Days;
            if (rule.IsMovable)
            {
                // عيد الفصح، يوم الشكر: the day is computed once the year is known.
                t.Movable = rule;
            }
            else
            {
                t.Month = rule.Month;
                t.Day = rule.Day;
            }

            t.HolidayHijri = rule.Kind == HolidayKind.Hijri;
            if (t.HolidayHijri)
            {
                t.Calendar = CalendarKind.Hijri;
                t.CalendarExplicit = true;
            }

            var j = h.End;

            // "العيد الصغير متاع عام 1389 هـ"، "العيد الكبير ديال عام 1390": a spoken genitive particle before the year (round 19).
            if (InSentence(j) && _owner.Lexicon.IsGenitiveParticle(_tokens[j].Norm) && TryYear(j + 1, false, out var gy) && gy.Keyword)
            {
                j++;
            }

            if (TryYear(j, false, out var yp) && (yp.Keyword || yp.Digits >= 3))
            {
                t.EndToken = yp.End;
                t.Year = yp.Year;
                t.YearDigits = yp.Digits;
                t.YearWritten = true;
                t.Bc = yp.Era == "gregorian-bc" && !t.HolidayHijri;
                if (t.HolidayHijri && yp.Era != "hijri" && yp.Year > 1600)
                {
                    // "عيد الفطر 2016": a Hijri feast in a Gregorian year; the resolver finds its day.
                    t.Calendar = CalendarKind.Gregorian;
                    t.CalendarExplicit = false;
                }
            }
            else if (Find(j, LexKind.Direction, 0) is { Entry.S: "next-ref" or "prev-ref" } hdir && _doc.ReferenceDate is not null)
            {
                // "عيد الفطر القادم"، "عيد الميلاد الماضي": the next or the last one.
                t.EndToken = hdir.End;
                t.HolidayDirection = hdir.Entry.S == "next-ref" ? 1 : -1;
            }
            else if (TryRelative(IsNorm(j, "من") ? j + 1 : j) is { Relative: not Relativity.None, RelativeUnit: TimeUnit.Year, Month: null, Season: null, ShiftByDuration: false } rel && !t.HolidayHijri)
            {
                // "عيد الميلاد العام المقبل"، "عيد الفصح من هذا العام": the feast of a relative year.
                t.EndToken = rel.EndToken;
                t.Relative = rel.Relative;
                t.RelativeUnit = TimeUnit.Year;
                t.RelativeOffset = rel.RelativeOffset;
            }
            else if (strict)
            {
                // "الحج" alone names the pilgrimage, not its days.
                return null;
            }

            return t;
        }
    }
}
