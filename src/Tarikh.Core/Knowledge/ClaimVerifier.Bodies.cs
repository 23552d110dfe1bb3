using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Offices of a body (round 12): a presidency the text dates from one year to another (<see cref="TenureRangeClaims"/>: "ترأسها
/// جون واتربري من 1998 إلى 2006"، "رئاسة تشارلز وليام إليوت من 1869 إلى 1912"). The presiding word names no office; the office is
/// the subject's own presidency (a P39 position whose name opens with "رئيس") of a body the document names — the position's
/// "of" item (P642) or, without one, the rest of its label, found in the document's text. One such position only; its start
/// (P580) and end (P582) are compared with the text's two years. A warning at most: the office is found by its body's name.
/// </summary>
public sealed partial class ClaimVerifier
{
    private Verification? VerifyTenureRange(AnalyzedDocument document, Claim claim, KbEntity subject, IKnowledgeBase kb, out bool ambiguous)
    {
        ambiguous = true;
        if (VerifyElection(document, claim, subject, kb) is { } election)
        {
            return election; // round 14 (13r): an election as a member of a body is that membership
        }

        if (claim.Source != TenureRangeClaims.Source || claim.Property != ClaimProperties.PositionHeld)
        {
            return null;
        }

        var text = _memo.Key(document.Source.Text);
        var fitting = new List<KbStatement>();
        foreach (var s in subject.Best(ClaimProperties.PositionHeld))
        {
            if (s.MainSnak.Value.Item is not { } id || kb.Get(id) is not { } position
                || !position.Names().Any(n => Stems(n.Name) is { Count: >= 2 } w && SameStem(w[0], "رئيس")))
            {
                continue;
            }

            var bodies = new List<string>();
            foreach (var of in position.Best("P642"))
            {
                if (of.MainSnak.Value.Item is { } b && kb.Get(b) is { } body)
                {
                    bodies.AddRange(body.Names().Select(n => n.Name));
                }
            }

            if (bodies.Count == 0)
            {
                foreach (var (_, name) in position.Names())
                {
                    var space = name.IndexOf(' ', StringComparison.Ordinal);
                    if (space > 0)
                    {
                        bodies.Add(name[(space + 1)..]);
                    }
                }
            }

            if (bodies.Any(b => _memo.Key(b) is { Length: >= 6 } key && text.Contains(key, StringComparison.Ordinal)))
            {
                fitting.Add(s);
            }
        }

        if (fitting.Count == 0 || fitting.Select(s => s.MainSnak.Value.Item).Distinct().Count() > 1)
        {
            return null;
        }

        // A presidency held twice (two statements of one position): the text's years agree with either term.
        foreach (var s in fitting)
        {
            if (TimesAgree(claim, s) is null)
            {
                return Supported(claim, subject, s, "position-by-body", kb);
            }
        }

        return new Verification(claim.Id, Verdicts.Contradicted, Evidence(subject, fitting[0], kb), TimesAgree(claim, fitting[0]));
    }

    /// <summary>
    /// Round 14 (13r): an election (or appointment) as a member or fellow of a body — "انتُخب عضواً في الجمعية الملكية سنة 1791"،
    /// "وانتُخب عضواً مراسلاً في أكاديمية … للعلوم سنة 1875" — reaches the verifier as an office (P39) the KB does not hold; it is the
    /// subject's membership (P463, or P102 for a party) of the body the clause names, and its date is the membership's start
    /// (P580). In the history of a body (the document's subject an organization), a bare election ("وانتُخب فولتير سنة 1743", the
    /// verb, the name and at most one word before the date) is the membership of that body. Exactly one membership must fit, and
    /// no office of the subject the clause names in words; a warning at most (the body is known by its name).
    /// </summary>
    private Verification? VerifyElection(AnalyzedDocument document, Claim claim, KbEntity subject, IKnowledgeBase kb)
    {
        if (claim.Property != ClaimProperties.PositionHeld || claim.Act is not ("office/elected" or "office/appointed")
            || claim.Time is not { Date: not null, Timex: { } x } || claim.Start is not null || claim.End is not null
            || claim.Spans.IsDefaultOrEmpty || x < 0 || x >= document.Timexes.Length)
        {
            return null;
        }

        // A membership the claims layer read in the same sentence (MembershipClaims: "انتُخب زميلاً في …") is compared there.
        if (document.Claims.Any(c => c.Sentence == claim.Sentence && c.Property == ClaimProperties.MemberOf))
        {
            return null;
        }

        var from = claim.Spans[0].Start;
        var to = document.Timexes[x].Span.Start;
        if (to <= from || to - from > 200)
        {
            return null;
        }

        var memberships = RelationStatements(subject, ClaimProperties.MemberOf);
        if (memberships.Count == 0 || PositionByWords(document, claim, subject, kb) is not null)
        {
            return null;
        }

        var clause = document.Source.Text[from..to];
        if (Stems(clause).Any(w => GradeStems.Any(g => SameStem(w, g))))
        {
            return null; // a corresponding or honorary member is another grade than the KB's membership (as MembershipClaims reads it)
        }

        List<KbStatement> fitting;
        if (MemberNounIn(clause) is not null)
        {
            var words = Stems(clause);
            fitting = [.. memberships.Where(s => kb.Get(s.MainSnak.Value.Item!) is { } body && NameIn(body, words))];
        }
        else if (BareElection(document, claim, from, to)
            && document.Subject is { } main && main >= 0 && main < document.Clusters.Length && document.Clusters[main].Label == EntityLabels.Organization)
        {
            var words = Stems(document.Clusters[main].Name);
            fitting = [.. memberships.Where(s => kb.Get(s.MainSnak.Value.Item!) is { } body && NameIn(body, words))];
        }
        else
        {
            return null;
        }

        if (fitting.Count == 0 || fitting.Select(s => s.MainSnak.Value.Item).Distinct().Count() > 1)
        {
            return null;
        }

        var compared = claim with { Property = ClaimProperties.MemberOf };
        foreach (var s in fitting)
        {
            if (TimesAgree(compared, s) is null)
            {
                return Supported(claim, subject, s, null, kb);
            }
        }

        return TimesAgree(compared, fitting[0]) is { } note ? new Verification(claim.Id, Verdicts.Contradicted, Evidence(subject, fitting[0], kb), note) : null;

        // Every word of one of the body's names (two at least) is in the words given.
        bool NameIn(KbEntity body, List<string> words)
            => body.Names().Any(n => Stems(n.Name) is { Count: >= 2 } name && name.All(w => words.Any(c => SameStem(c, w))));
    }

    // Grades of membership other than full membership ("عضواً مراسلاً"، "عضو شرف"، "عضواً فخرياً"), as stems.
    private static readonly string[] GradeStems = ["مراسل", "شرف", "فخري"];

    // "وانتُخب فولتير سنة 1743": between the verb and the date, the subject's own mention and at most one more word.
    private static bool BareElection(AnalyzedDocument document, Claim claim, int from, int to)
    {
        var text = document.Source.Text;
        var verbEnd = from;
        while (verbEnd < to && !char.IsWhiteSpace(text[verbEnd]))
        {
            verbEnd++;
        }

        var own = document.Clusters[claim.Subject].Mentions.Select(m => document.Entities[m].Span).Where(sp => sp.Start >= verbEnd && sp.End <= to).ToList();
        if (own.Count == 0)
        {
            return false;
        }

        var rest = 0;
        var at = verbEnd;
        foreach (var word in text[verbEnd..to].Split([' ', '\n', '\t'], StringSplitOptions.None))
        {
            var start = at;
            at += word.Length + 1;
            if (word.Length > 0 && !own.Any(sp => sp.Start <= start && start < sp.End))
            {
                rest++;
            }
        }

        return rest <= 1;
    }

    /// <summary>
    /// A claim with both a start and an end contradicted on one of them (the note names P580 or P582): the claim as the flag shows
    /// it, with the other end's date and its span left out ("من 1998 إلى 2006" wrong at its end shows "2006", not "1998").
    /// </summary>
    private static Claim OneEndShown(AnalyzedDocument document, Claim claim, Verification v)
    {
        if (claim.Start is not { } start || claim.End is not { } end || claim.Time is not null || v.Note is not { } note)
        {
            return claim;
        }

        var (drop, keep) = note.StartsWith("P582:", StringComparison.Ordinal) ? (start, end)
            : note.StartsWith("P580:", StringComparison.Ordinal) ? (end, start)
            : (null, null);
        if (drop?.Timex is not { } x || x < 0 || x >= document.Timexes.Length || keep is null)
        {
            return claim;
        }

        var dropped = document.Timexes[x].Span;
        return claim with
        {
            Start = ReferenceEquals(keep, start) ? start : null,
            End = ReferenceEquals(keep, end) ? end : null,
            Spans = [.. claim.Spans.Where(s => s != dropped)],
        };
    }
}
