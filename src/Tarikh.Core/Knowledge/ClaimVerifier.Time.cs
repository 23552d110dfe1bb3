using System.Collections.Immutable;
using System.Globalization;
using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>Dates of a claim against the KB's time statements: calendar-aware, precision-aware, one day apart, another polity.</summary>
public sealed partial class ClaimVerifier
{
    // ---- dates -------------------------------------------------------------------------------------

    private IEnumerable<KbStatement> TimeStatements(KbEntity subject, string property)
    {
        var found = false;
        foreach (var s in subject.Best(property))
        {
            if (s.MainSnak.Value.Time is not null)
            {
                found = true;
                yield return s;
            }
        }

        // An event's date may be given as its start (P580) when it has no point in time.
        if (!found && property == ClaimProperties.PointInTime)
        {
            foreach (var s in subject.Best("P580"))
            {
                if (s.MainSnak.Value.Time is not null)
                {
                    yield return s;
                }
            }
        }
    }

    private Verification VerifyTime(Claim claim, KbEntity subject, IKnowledgeBase kb, out bool ambiguous)
    {
        ambiguous = false;
        var statements = TimeStatements(subject, claim.Property).ToList();
        if (statements.Count == 0)
        {
            return new Verification(claim.Id, Verdicts.NotInKb, null, null);
        }

        var text = claim.Value.Date!.Value;
        var precision = claim.Value.Precision is { } p ? KbPrecision.Parse(p) : KbTimeConverter.PrecisionOf(text);
        if (claim.Value.Approximate)
        {
            text = new GregorianInterval(text.Start.PlusYears(-Options.ApproximateYears), text.End.PlusYears(Options.ApproximateYears));
            precision = Math.Min(precision, KbPrecision.Year);
        }

        // An event known only by a span (P580–P582): the text's date agrees when it falls inside.
        KbStatement? first = null;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in statements)
        {
            var t = s.MainSnak.Value.Time!;
            first ??= s;
            if (_time.ToInterval(t) is not { } kbDays)
            {
                continue;
            }

            distinct.Add(KbTimeConverter.Widen(kbDays, Math.Min(t.Precision, KbPrecision.Year)).ToString());
            if (s.Property == "P580" && s.Qualifier("P582") is null && Span(s) is { } span && span.Overlaps(text))
            {
                return Supported(claim, subject, s, null);
            }

            if (KbTimeConverter.AgreeIn(text, precision, claim.Value.Calendar, kbDays, Math.Min(t.Precision, KbPrecision.Day)))
            {
                return Supported(claim, subject, s, null);
            }
        }

        // An Old-Style day written without its calendar: the text's day read as Julian.
        if (precision >= KbPrecision.Day && claim.Value.Calendar is null or "gregorian" && text.Start.Year <= Options.LastJulianYear
            && _time.Calendars.TryDay(Time.CalendarKind.Julian, text.Start.Year, text.Start.Month, text.Start.Day, out var julian, out _))
        {
            foreach (var s in statements)
            {
                if (_time.ToInterval(s.MainSnak.Value.Time!) is { } kbDays && KbTimeConverter.Agree(GregorianInterval.Day(julian), KbPrecision.Day, kbDays, s.MainSnak.Value.Time!.Precision))
                {
                    return Supported(claim, subject, s, "julian-reading");
                }
            }
        }

        // Round 17 (13a): a year written in words with no calendar word ("توفي بفاس سنة اثنتين وثمانين وألف"), the way chronicles write
        // Hijri years: the dates stage reads it as a Gregorian year; read as a Hijri year, it may be the KB's date. Then the text is not
        // held against the KB (supported, "hijri-reading"); a year in words that fits neither reading stays a contradiction.
        if (precision == KbPrecision.Year && claim.Value.Calendar is null or "gregorian" && HijriReading(claim) is { } hijri)
        {
            foreach (var s in statements)
            {
                if (_time.ToInterval(s.MainSnak.Value.Time!) is { } kbDays
                    && KbTimeConverter.Agree(hijri, KbPrecision.Day, kbDays, Math.Min(s.MainSnak.Value.Time!.Precision, KbPrecision.Day)))
                {
                    return Supported(claim, subject, s, "hijri-reading");
                }
            }
        }

        // A state founded (or ended) far from every date the KB gives is most likely another polity of the
        // same name, not this item's founding stated wrongly.
        if (claim.Property is ClaimProperties.Founded or ClaimProperties.Dissolved && KbTypes.Of(subject, kb) == KbType.Place
            && !(claim.Property == ClaimProperties.Dissolved && WithinLifetime(subject, text))
            && statements.All(s => _time.ToInterval(s.MainSnak.Value.Time!) is not { } d
                || Math.Abs(d.Start.Year - text.Start.Year) > Options.PolityYears))
        {
            return new Verification(claim.Id, Verdicts.NotInKb, Evidence(subject, first!, null), "another-polity");
        }

        // Policy: one day from the KB's day is a time-zone difference between sources, not an error (see OneDayApart).
        foreach (var s in statements)
        {
            if (_time.ToInterval(s.MainSnak.Value.Time!) is { } kbDay && OneDayApart(text, precision, kbDay, s.MainSnak.Value.Time!.Precision)
                && !claim.Value.Approximate)
            {
                return Supported(claim, subject, s, "one-day-apart");
            }
        }

        ambiguous = distinct.Count > 1;
        return new Verification(claim.Id, Verdicts.Contradicted, Evidence(subject, first!, null), null);
    }

    private GregorianInterval? Span(KbStatement s)
    {
        var start = s.MainSnak.Value.Time is { } t ? _time.ToInterval(t) : null;
        var end = s.Qualifier("P582")?.Time is { } e ? _time.ToInterval(e) : start;
        return start is { } a && end is { } b && b.End >= a.Start ? new GregorianInterval(a.Start, b.End) : start;
    }

    /// <summary>
    /// The Gregorian days of a claim's year read as a Hijri year, when the year is written in words only (no digit, no calendar
    /// word: "سنة سبع وخمسين وأربعمائة"); else null.
    /// </summary>
    private GregorianInterval? HijriReading(Claim claim)
    {
        if (claim.Value.Text is not { Length: > 0 } words || claim.Value.Date is not { } date || date.Start.Year != date.End.Year
            || words.Any(char.IsDigit) || HasCalendarWord(words))
        {
            return null;
        }

        var year = date.Start.Year;
        return _time.Calendars.TryDay(Time.CalendarKind.Hijri, year, 1, 1, out var first, out _)
            && _time.Calendars.TryDay(Time.CalendarKind.Hijri, year, 12, 29, out var last, out _)
                ? new GregorianInterval(first, last)
                : null;
    }

    // A calendar word in a date's text: the dates stage has read the calendar it names.
    private static bool HasCalendarWord(string words)
        => words.Contains("هجر", StringComparison.Ordinal) || words.Contains("ميلاد", StringComparison.Ordinal)
            || words.Contains("هـ", StringComparison.Ordinal) || words.Contains("للمسيح", StringComparison.Ordinal);
}
