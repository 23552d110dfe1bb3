using Tarikh.Core.Text;

namespace Tarikh.Core.Time;

/// <summary>
/// What a date takes from the text around it before it is resolved: the calendar of bare years (a Hijri chronicle, a
/// Hijri date nearby) and the day a news item speaks from (its dateline).
/// </summary>
internal sealed partial class TimexResolver
{
    /// <summary>
    /// A chronicle that dates by the Hijra (most explicit dates Hijri, or the only era it writes) writes bare years in Hijri too:
    /// "وفي سنة ست وخمسين وستمائة". Bare years (no era, no month name) then take the Hijri calendar.
    /// </summary>
    private static void ApplyDocumentCalendar(List<RawTimex> raws)
    {
        int hijri = 0, other = 0;
        var hijriYears = new List<int>();
        foreach (var t in raws)
        {
            if (t.Type != TimexType.Date || !t.CalendarExplicit)
            {
                continue;
            }

            if (t.Calendar == CalendarKind.Hijri)
            {
                hijri++;
                if (t.Year is { } hy)
                {
                    hijriYears.Add(hy);
                }
            }
            else
            {
                other++;
            }
        }

        // Most explicit dates Hijri; or, in a text that writes no other era at all, one Hijri date is enough (a chronicle
        // that names the era once, or only through a Hijri month: "في شوال سنة ست وعشرين وتسعمائة").
        var mostly = hijri >= 2 && hijri > other * 2;
        if (!mostly && !(hijri >= 1 && other == 0 && hijriYears.Count > 0))
        {
            return;
        }

        foreach (var t in raws)
        {
            if (t.Type == TimexType.Date && !t.CalendarExplicit && t.Month is null && t.Relative == Relativity.None
                && (t.Year is not null || t.Century is not null) && (t.Year is null or < 1500)
                // On the weaker evidence, only years of the Hijri dates' own age: a stated Gregorian equivalent
                // ("656 هـ (1258)") lies 560 years and more from its Hijri year.
                && (mostly || t.Year is { } y && hijriYears.Any(h => Math.Abs(h - y) < ChronicleSpanYears)))
            {
                t.Calendar = CalendarKind.Hijri;
                t.Confidence = Math.Min(t.Confidence, 0.75);
            }
        }
    }

    /// <summary>
    /// The dates a dateline may carry: a day with its written year (the usual case), and partial ones — a month and its year
    /// ("لندن، أيار 2020 –"), a year alone ("بغداد، 2003 (خاص) –"), a day and month without a year ("القاهرة، 14 مارس (أ ش أ) –").
    /// What each partial dateline anchors is decided in <see cref="AnchorOnPartialDateline"/>.
    /// </summary>
    private static bool IsDatelineDate(RawTimex t, Resolved? resolved)
    {
        if (t.Type != TimexType.Date || t.Relative != Relativity.None || t.Reason is not null || t.RangeWith is not null)
        {
            return false;
        }

        return resolved is { Granularity: Granularity.Day or Granularity.Month or Granularity.Year } && t.YearWritten
            || (resolved is null && t.Granularity == Granularity.Day && t.Year is null && t.Month is not null && t.Day is not null && t.Weekday is null);
    }

    /// <summary>
    /// A partial dateline must open the document or a paragraph (after a blank line): a month or year opening a line in the
    /// middle of a chronology ("تشرين الثاني 1997: …") is a list entry, and "العام الفائت" further down does not count from it.
    /// </summary>
    private static bool OpensParagraph(AnalyzedDocument doc, string text, RawTimex t)
    {
        var p = doc.Sentences[t.Sentence].Span.Start - 1;
        while (p >= 0 && text[p] is ' ' or '\t' or '\u00A0' or '\r' or '\uFEFF')
        {
            p--;
        }

        if (p < 0)
        {
            return true;
        }

        if (text[p] != '\n')
        {
            return false;
        }

        p--;
        while (p >= 0 && text[p] is ' ' or '\t' or '\u00A0' or '\r')
        {
            p--;
        }

        return p < 0 || text[p] == '\n';
    }

    /// <summary>The longest place-and-punctuation lead before a dateline's date, and the longest agency name after it.</summary>
    private const int DatelineLead = 40;

    /// <summary>
    /// A news dateline: a full date opening its sentence after a place name at most ("عمّان، 12 آذار 1999 (رويترز) –",
    /// "القاهرة – الأربعاء 30 نيسان 1998 (أ ف ب):"), followed, after an optional agency in parentheses, by a dash or a
    /// colon. The item below it speaks from that day.
    /// </summary>
    private static bool IsDateline(AnalyzedDocument doc, string text, RawTimex t)
    {
        if (t.Sentence < 0 || t.Sentence >= doc.Sentences.Length)
        {
            return false;
        }

        var start = doc.Sentences[t.Sentence].Span.Start;
        if (t.SpanStart < start || t.SpanStart - start > DatelineLead)
        {
            return false;
        }

        for (var p = start; p < t.SpanStart; p++)
        {
            if (char.IsDigit(text[p]))
            {
                return false;
            }
        }

        var q = t.SpanEnd;
        while (q < text.Length && text[q] is ' ' or '\u00A0')
        {
            q++;
        }

        if (q < text.Length && text[q] == '(')
        {
            var close = text.IndexOf(')', q);
            if (close < 0 || close - q > DatelineLead)
            {
                return false;
            }

            q = close + 1;
            while (q < text.Length && text[q] is ' ' or '\u00A0')
            {
                q++;
            }
        }

        return q < text.Length && text[q] is '-' or '–' or '—' or ':';
    }

    /// <summary>How far from the only Hijri year of a text a bare year may lie and still be read as Hijri (less than the ≈ 560–620 years
    /// between a Hijri year and its Gregorian equivalent).</summary>
    private const int ChronicleSpanYears = 300;

    /// <summary>How far from a Hijri-dated sentence a bare year still takes its calendar (sentences before and after).</summary>
    private const int HijriNeighbourSentences = 1;

    /// <summary>
    /// A year and its stated equivalent in the other calendar always lie more than 570 years apart (622 AD is 1 AH; 2026 is
    /// 1447 AH), while two events of one life or one reign lie well within this many years of each other.
    /// </summary>
    private const int HijriSameLifeYears = 130;

    /// <summary>
    /// A short tarjama marks the era once and leaves the other years bare: "ولد سنة 364 بالبصرة، وتوفي سنة 450 هـ". A bare
    /// year (no era, no month name) in the sentence of a Hijri date, or in the sentence next to it, takes the Hijri calendar
    /// when no date of another era is written there and the bare year lies within one life of a Hijri year nearby; a
    /// Gregorian equivalent ("656 هـ (1258)") lies more than 570 years away and keeps its own calendar.
    /// </summary>
    private static void ApplyNeighbourCalendar(List<RawTimex> raws)
    {
        for (var i = 0; i < raws.Count; i++)
        {
            var t = raws[i];
            if (t.Type != TimexType.Date || t.CalendarExplicit || t.Calendar == CalendarKind.Hijri || t.Month is not null
                || t.Relative != Relativity.None || t.Year is not { } year || year >= 1500 || t.Bc)
            {
                continue;
            }

            // The list is in text order, so the neighbouring sentences' dates sit next to this one: walk out both ways.
            var from = i;
            while (from > 0 && raws[from - 1].Sentence >= t.Sentence - HijriNeighbourSentences)
            {
                from--;
            }

            var near = false;
            var otherEra = false;
            for (var j = from; j < raws.Count && raws[j].Sentence <= t.Sentence + HijriNeighbourSentences; j++)
            {
                var u = raws[j];
                if (j == i || u.Type != TimexType.Date)
                {
                    continue;
                }

                var hijriAnchor = u.Calendar == CalendarKind.Hijri && (u.CalendarExplicit || u.Month is not null);
                if (hijriAnchor && u.Year is { } h && Math.Abs(h - year) <= HijriSameLifeYears)
                {
                    near = true;
                }
                else if (u.CalendarExplicit && u.Calendar != CalendarKind.Hijri)
                {
                    otherEra = true;
                }
            }

            if (near && !otherEra)
            {
                t.Calendar = CalendarKind.Hijri;
                t.Confidence = Math.Min(t.Confidence, 0.75);
            }
        }
    }

    /// <summary>Smallest and largest gap between a bare year and a Gregorian year paired with it for the bare one to be Hijri.</summary>
    private const int HijriPairMinGap = 300, HijriPairMaxGap = 900;

    /// <summary>
    /// A bare year (no era, no month name) with a Gregorian-marked year right after it in one pairing unit ("سنة اثنتين
    /// وخمسين وثمانمائة (1448 م)"، "سنة 487 / 1094 م") that lies hundreds of years later is its Hijri year: two years of one
    /// calendar are never paired so far apart, and a range's lost dash joins close years. The two are linked as equivalents
    /// so the checks compare them; the gap allowed is wide so that a wrong equivalent is still paired and compared.
    /// </summary>
    private static void ApplyPairedHijriYear(List<RawTimex> raws, string text)
    {
        for (var i = 0; i + 1 < raws.Count; i++)
        {
            var t = raws[i];
            var u = raws[i + 1];
            if (t.Type != TimexType.Date || t.CalendarExplicit || t.Calendar == CalendarKind.Hijri || t.Month is not null || t.Relative != Relativity.None
                || t.Year is not { } year || !t.YearWritten || t.Bc || t.RangeWith is not null || t.EquivalentWith is not null || t.Granularity != Granularity.Year
                || u.Type != TimexType.Date || !u.CalendarExplicit || u.Calendar == CalendarKind.Hijri || u.Bc || u.Month is not null || u.Year is not { } other
                || u.RangeWith is not null || u.Sentence != t.Sentence || other - year is < HijriPairMinGap or > HijriPairMaxGap || u.SpanStart < t.SpanEnd)
            {
                continue;
            }

            var between = text.AsSpan(t.SpanEnd, u.SpanStart - t.SpanEnd).Trim();
            if (between is not ("(" or "/" or "=" or "[" or "،(" or "، ("))
            {
                continue;
            }

            t.Calendar = CalendarKind.Hijri;
            t.Confidence = Math.Min(t.Confidence, 0.8);
            t.EquivalentWith = u;
            u.EquivalentWith = t;
        }
    }

    /// <summary>
    /// A bare year linked by the text to a bare equivalent ("وتوفي سنة ١٣٧٢، وهي سنة ١٩٥٣"، "سنة 1300 الموافقة لسنة 1883")
    /// whose later side is, within a year or two, the Gregorian year that the earlier side's Hijri year falls in: two
    /// years of one calendar are never stated equal, so the earlier is Hijri (and the later stays Gregorian).
    /// </summary>
    private static void ApplyLinkedHijriYear(List<RawTimex> raws)
    {
        foreach (var t in raws)
        {
            if (t.EquivalentWith is not { } u || t.Type != TimexType.Date || u.Type != TimexType.Date || t.CalendarExplicit || u.CalendarExplicit
                || t.Calendar == CalendarKind.Hijri || u.Calendar == CalendarKind.Hijri || t.Month is not null || u.Month is not null
                || t.Relative != Relativity.None || u.Relative != Relativity.None || t.Bc || u.Bc || !t.YearWritten || !u.YearWritten
                || t.Year is not { } year || u.Year is not { } other || year < 1 || Math.Abs(other - HijriToGregorianYear(year)) > 2)
            {
                continue;
            }

            t.Calendar = CalendarKind.Hijri;
            t.Confidence = Math.Min(t.Confidence, 0.8);
        }
    }

    /// <summary>The Gregorian year in which a Hijri year begins, to within a year (a Hijri year is 354 days: 33 of them make 32 solar years).</summary>
    private static int HijriToGregorianYear(int hijri) => 622 + (int)Math.Round((hijri - 1) * (354.367 / 365.2425));

    /// <summary>
    /// "(1285–1354 هـ)": an era mark written once after a range of years dates both ends. The start, a bare year (no era,
    /// no month name), takes the end's calendar whatever the text around it is dated in (a Gregorian year in the sentence
    /// before must not make the start Gregorian).
    /// </summary>
    private static void ApplyRangeCalendar(List<RawTimex> raws)
    {
        foreach (var t in raws)
        {
            if (t.RangeWith is not { } u || u.SpanStart < t.SpanEnd || t.Type != TimexType.Date || u.Type != TimexType.Date
                || t.CalendarExplicit || !u.CalendarExplicit || t.Calendar == u.Calendar || t.Month is not null || u.Month is not null
                || t.Relative != Relativity.None || t.Year is null || !t.YearWritten || t.Bc || u.Bc)
            {
                continue;
            }

            t.Calendar = u.Calendar;
        }
    }

    /// <summary>How many sentences a year written without its hundreds ("سنة خمسين") may lie after the year that gives them.</summary>
    private const int ElidedCenturySentences = 3;

    /// <summary>
    /// A chronicle writes the hundreds of a year once and leaves them out after: "ولد سنة إحدى عشرة وسبعمائة، وولي القضاء
    /// سنة خمسين، ومات سنة سبع وستين" (750 and 767). A year in words below one hundred, after a year in words with hundreds
    /// in the same sentence or the few before, takes those hundreds — one hundred more when that would put it before the
    /// earlier year (the story moves forward: "سنة تسعين وستمائة … سنة خمس" is 705). Digits ("سنة 50") or with an era mark ("سنة ثلاثين للهجرة") keep the year as written.
    /// </summary>
    private static void ApplyElidedCentury(List<RawTimex> raws)
    {
        RawTimex? full = null;
        foreach (var t in raws)
        {
            if (t.Type != TimexType.Date || t.Relative != Relativity.None || t.Year is not { } year || !t.YearWritten || t.Bc)
            {
                continue;
            }

            if (!t.YearInWords)
            {
                continue; // a year in digits (an equivalent in the other calendar) neither gives nor takes hundreds
            }

            if (year >= 100)
            {
                full = t;
                continue;
            }

            if (full is null || t.Sentence - full.Sentence > ElidedCenturySentences || full.Year is not { } prior || t.RangeWith is not null || t.CalendarExplicit)
            {
                continue;
            }

            var candidate = (prior / 100 * 100) + year;
            if (candidate < prior)
            {
                candidate += 100;
            }

            t.Year = candidate;
            t.YearDigits = candidate.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
            t.Calendar = full.Calendar;
            t.Confidence = Math.Min(t.Confidence, 0.8);
            t.CenturyLent = true;
        }
    }
}
