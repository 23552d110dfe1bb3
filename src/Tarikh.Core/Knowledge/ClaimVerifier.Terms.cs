using Tarikh.Core.Claims;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Round 16 (13a): an office held more than once. The KB holds each term of one office as its own P39 statement (a prime
/// minister's two governments, a ruler restored); the text's dates agree with the office when they agree with any of its terms.
/// When they agree with none, the term nearest in time to the text's date is the evidence, so the note names the one term the
/// text confuses ("رئيس الوزراء من 1926 حتى 1929" against the first term's 1926–1928, not the second term from 1930).
/// </summary>
public sealed partial class ClaimVerifier
{
    private Verification VerifyTerms(Claim claim, KbEntity subject, List<KbStatement> terms, IKnowledgeBase kb)
    {
        (KbStatement Statement, string Note, long Distance)? nearest = null;
        foreach (var s in terms)
        {
            if (TimesAgree(claim, s) is not { } note)
            {
                return Supported(claim, subject, s, "position-by-words", kb);
            }

            var distance = TermDistance(claim, s);
            if (nearest is null || distance < nearest.Value.Distance)
            {
                nearest = (s, note, distance);
            }
        }

        return new Verification(claim.Id, Verdicts.Contradicted, Evidence(subject, nearest!.Value.Statement, kb), nearest.Value.Note);
    }

    // Days between the text's first date of the term (its start, else its lone date, else its end) and the term's own start (else end).
    private long TermDistance(Claim claim, KbStatement s)
    {
        var text = (claim.Start ?? claim.Time ?? claim.End)?.Date;
        var kbTime = s.Qualifier("P580")?.Time ?? s.Qualifier("P582")?.Time;
        if (text is not { } when || kbTime is null || _time.ToInterval(kbTime) is not { } kbDays)
        {
            return long.MaxValue;
        }

        return Math.Abs((long)NodaTime.Period.Between(when.Start.WithCalendar(NodaTime.CalendarSystem.Iso),
            kbDays.Start.WithCalendar(NodaTime.CalendarSystem.Iso), NodaTime.PeriodUnits.Days).Days);
    }
}
