using Tarikh.Core.Claims;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Round 20 (issue-20k2): careers the claims stage reads as acts or offices, compared with the employers (P108).
/// (1) A move to a body — "ثم انتقل إلى كلية لندن الجامعية سنة 1949 أستاذًا"، "انتقل سنة 1986 إلى جامعة بوسطن مديرًا" — is in
/// Arabic the start of work there when the body is one the KB lists as the subject's employer: the act's date is compared with
/// that statement's start (P580), at the coarser precision (years by overlap, a Hijri year by its own span). The body must be
/// named after "إلى" in the act's own clause, be the only employer named there, and not also be a school of the subject's
/// (P69: a move to study there). No dated start → not compared.
/// (2) An office whose value is a body ("تولّى إدارة المعهد … من 1964 إلى 1971") that the KB holds as an employer rather than an
/// office: the term is compared with that employment. A lone year is compared by overlap; a range only when one of its ends
/// agrees with the KB's (the same tenure, told with one end wrong): directing a body may begin after one was first employed there.
/// Both are warnings at most (the relation is the KB's reading of the act, not the text's word).
/// </summary>
public sealed partial class ClaimVerifier
{
    /// <summary>The verification of a dated move to (or enrolment at) a body the KB lists as the subject's employer, or null.</summary>
    private Verification? JoinedEmployer(AnalyzedDocument document, Claim claim, Dictionary<int, KbLink> links, IKnowledgeBase kb)
    {
        if (claim.Property != ClaimProperties.Act || claim.Act is not ("travel/move" or "education/enrolment")
            || claim.Time is not { Date: not null } time || !links.TryGetValue(claim.Subject, out var link)
            || kb.Get(link.Item) is not { } subject || ActClause(document, claim) is not { } clause)
        {
            return null;
        }

        var text = document.Source.Text;
        var clauseText = text[clause.Start..clause.End];
        // The goal of the move: what follows "إلى" (or the enrolment's ب) in the clause.
        var goalAt = claim.Act == "travel/move" ? GoalAfterIla(clauseText) : 0;
        if (goalAt < 0)
        {
            return null;
        }

        var employers = RelationStatements(subject, ClaimProperties.Employer);
        var found = ValuesNamedIn(clauseText[goalAt..], employers, kb);
        if (found.Select(s => s.MainSnak.Value.Item).Distinct().Count() != 1)
        {
            return null;
        }

        var body = found[0].MainSnak.Value.Item!;
        if (RelationStatements(subject, ClaimProperties.EducatedAt).Any(s => s.MainSnak.Value.Item == body))
        {
            return null; // the subject also studied there: the move may be to study
        }

        var dated = found.Where(s => s.Qualifier("P580")?.Time is not null).ToList();
        if (dated.Count == 0)
        {
            return null;
        }

        var asStart = claim with { Property = ClaimProperties.Employer, Start = time, Time = null };
        foreach (var s in dated)
        {
            if (TimesAgree(asStart, s) is null)
            {
                return new Verification(claim.Id, Verdicts.Supported, Evidence(subject, s, kb), "joined-employer") { Property = ClaimProperties.Employer };
            }
        }

        var nearest = dated.OrderBy(s => Math.Abs(s.Qualifier("P580")!.Time!.Year - time.Date!.Value.Start.Year)).First();
        return TimesAgree(asStart, nearest) is { } note
            ? new Verification(claim.Id, Verdicts.Contradicted, Evidence(subject, nearest, kb), note) { Property = ClaimProperties.Employer }
            : null;
    }

    // The offset in a clause just after its first "إلى" (or "الى"), a whole word; -1 when there is none.
    private static int GoalAfterIla(string clause)
    {
        foreach (var word in new[] { "إلى", "الى" })
        {
            var at = 0;
            while ((at = clause.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
            {
                var end = at + word.Length;
                var startsWord = at == 0 || !char.IsLetter(clause[at - 1]);
                var endsWord = end >= clause.Length || !char.IsLetter(clause[end]);
                if (startsWord && endsWord)
                {
                    return end;
                }

                at = end;
            }
        }

        return -1;
    }

    /// <summary>
    /// An office claim whose linked value is a body the subject holds no office of but is employed by (P108): that employment
    /// statement when the claim's dates can be compared with it as the same tenure, else null (see the type's summary).
    /// </summary>
    private static KbStatement? OfficeAtEmployer(Claim claim, KbEntity subject, string? valueItem)
    {
        if (claim.Property != ClaimProperties.PositionHeld || valueItem is null
            || RelationStatements(subject, ClaimProperties.PositionHeld).Any(s => s.MainSnak.Value.Item == valueItem)
            || RelationStatements(subject, ClaimProperties.EducatedAt).Any(s => s.MainSnak.Value.Item == valueItem))
        {
            return null;
        }

        var employments = subject.Best(ClaimProperties.Employer).Where(s => s.MainSnak.Value.Item == valueItem).ToList();
        return employments.Count == 1 && (employments[0].Qualifier("P580") is not null || employments[0].Qualifier("P582") is not null)
            ? employments[0]
            : null;
    }

    // A term given by both ends is the KB's tenure only when one of its ends agrees with the KB's; a lone date is compared by overlap.
    private bool SameTenure(Claim claim, KbStatement s)
    {
        if (claim.Start is null || claim.End is null)
        {
            return true;
        }

        return TimesAgree(claim with { End = null }, s) is null || TimesAgree(claim with { Start = null }, s) is null;
    }
}
