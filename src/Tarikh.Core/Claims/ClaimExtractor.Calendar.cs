using Tarikh.Core.Time;
using Tarikh.Core.Time.Calendars;

namespace Tarikh.Core.Claims;

/// <summary>The calendar of a bare year in a text that writes both eras.</summary>
public sealed partial class ClaimExtractor
{
    /// <summary>How many sentences before and after a bare year its era-marked neighbours are looked for.</summary>
    private const int DualEraSentences = 3;

    /// <summary>
    /// Two events of one life lie within this many years of each other, while a year and its stated equivalent in the other
    /// calendar always lie more than 570 years apart (622 AD is 1 AH; 2026 is 1447 AH): a bare year cannot be within this
    /// distance of both a Hijri and a Gregorian year of the same period.
    /// </summary>
    private const int SameLifeYears = 130;

    /// <summary>
    /// A bare year (digits only: no era mark, no month) in a text that writes both eras near it ("وُلد سنة 1338 هـ (1919 م) …
    /// وفي سنة 1365 عُيّن"، "(1325 هـ / 1907 م – 1980)") is read in the calendar whose written years lie within one life of it:
    /// Hijri when it lies within <see cref="SameLifeYears"/> of a marked Hijri year and of no marked Gregorian one, Gregorian in the
    /// opposite case. Any other value is returned as it is. The conversion is Time's.
    /// </summary>
    internal static ClaimValue FitBareYear(DocumentIndex index, int ti, ClaimValue value)
    {
        var timexes = index.Document.Timexes;
        var t = timexes[ti];
        if (t.Anchor is not null || t.Equivalent is not null || t.YearInWords || t.Value is not { Length: 3 or 4 } v || !v.All(char.IsDigit)
            || !int.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var year) || year < 100 || EraMarked(index, ti) != '\0')
        {
            return value;
        }

        var sentence = index.Document.SentenceAt(t.Span.Start);
        bool nearHijri = false, nearGregorian = false;
        foreach (var j in index.TimexesStartingInSentences(sentence - DualEraSentences, sentence + DualEraSentences))
        {
            index.Probes++;
            var o = timexes[j];
            if (j == ti || o.Value is not { Length: >= 3 } ov || Math.Abs(index.Document.SentenceAt(o.Span.Start) - sentence) > DualEraSentences)
            {
                continue;
            }

            var digits = ov.TakeWhile(char.IsDigit).Count();
            if (digits is < 3 or > 4 || !int.TryParse(ov.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture, out var oy)
                || Math.Abs(oy - year) > SameLifeYears)
            {
                continue;
            }

            // A year is marked by its own era word, or by its stated equivalent in the other calendar ("1338 هـ (1919)").
            var era = EraMarked(index, j);
            if (era == '\0' && o.Equivalent is { } e && e >= 0 && e < timexes.Length && EraMarked(index, e) != '\0')
            {
                era = o.Calendar == CalendarKind.Hijri ? 'h' : 'g';
            }

            if (era == 'h')
            {
                nearHijri = true;
            }
            else if (era == 'g')
            {
                nearGregorian = true;
            }
        }

        var kind = nearHijri && !nearGregorian ? CalendarKind.Hijri : nearGregorian && !nearHijri ? CalendarKind.Gregorian : t.Calendar;
        if (kind == t.Calendar || (kind == CalendarKind.Gregorian && t.Calendar == CalendarKind.Julian)
            || !TarikhCalendars.Default.TryYears(kind, year, year, out var interval, out _))
        {
            return value;
        }

        return value with { Date = interval, Calendar = kind == CalendarKind.Hijri ? "hijri" : "gregorian" };
    }

    /// <summary>
    /// The era a timex writes on itself or right after it: 'h' for a Hijri mark (هـ، ه، هجري، للهجرة), 'g' for a Gregorian one
    /// (م، ميلادي، للميلاد), '\0' for none.
    /// </summary>
    private static char EraMarked(DocumentIndex index, int ti)
    {
        var t = index.Document.Timexes[ti];
        var text = index.Document.Source.Text;
        for (var k = index.TimexToken(ti); k < index.Tokens.Length; k++)
        {
            var tok = index.Tokens[k];
            if (tok.Span.Start >= t.Span.End)
            {
                // The word right after the timex, with only spaces between.
                if (!text.AsSpan(t.Span.End, tok.Span.Start - t.Span.End).IsWhiteSpace())
                {
                    break;
                }
            }

            var norm = tok.Norm;
            var raw = text.AsSpan(tok.Span.Start, tok.Span.Length);
            if (norm is "ه" or "هـ" or "هجري" or "هجريه" or "هجرية" or "للهجره" or "للهجرة" || raw.EndsWith("هـ", StringComparison.Ordinal) || (tok.IsNumber && norm.EndsWith('ه')))
            {
                return 'h';
            }

            if (norm is "م" or "ميلادي" or "ميلاديه" or "ميلادية" or "للميلاد")
            {
                return 'g';
            }

            if (tok.Span.Start >= t.Span.End)
            {
                break;
            }
        }

        return '\0';
    }
}
