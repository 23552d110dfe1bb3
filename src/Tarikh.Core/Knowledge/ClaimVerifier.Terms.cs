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

    /// <summary>
    /// The subject's one P39 statement of a ruler's office: its Arabic label (else a name) opens with the title of a ruler over a
    /// land (<see cref="RulerHolders"/>). Null when the subject holds none, or two different such offices (which one the text
    /// means is unknown).
    /// </summary>
    private KbStatement? OneRulerOffice(KbEntity subject, IKnowledgeBase kb)
    {
        var titles = RulerHolders.SelectMany(Stems).ToHashSet(StringComparer.Ordinal);
        bool Opens(string name) => Stems(name) is { Count: > 0 } words && titles.Any(h => SameStem(h, words[0]));
        var fitting = subject.Best(ClaimProperties.PositionHeld)
            .Where(s => s.MainSnak.Value.Item is { } id && kb.Get(id) is { } office
                && (office.LabelIn("ar") is { } label ? Opens(label) : office.Names().Any(n => Opens(n.Name))))
            .ToList();
        return fitting.Count > 0 && fitting.Select(s => s.MainSnak.Value.Item).Distinct().Count() == 1 ? fitting[0] : null;
    }
}
