using System.Collections.Frozen;
using System.Collections.Immutable;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
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
/// (3) Work "since" a year — "صارت أستاذة لعلم الإنسان في جامعة كاليفورنيا في بيركلي منذ 1962"، "ويعمل في المتحف منذ 1975": "منذ"
/// dates the start of a state; a verb of becoming or working before a body the KB lists as the employer of the one person named
/// before it in the sentence, and "منذ" right before the year after the body: the year is compared with the employment's start.
/// All three are warnings at most (the relation is the KB's reading of the act, not the text's word).
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

    // Verbs of becoming or working (normalized, with a leading و/ف taken off): the state "منذ" dates is a post held.
    private static readonly FrozenSet<string> WorkVerbs = new[]
    {
        "صار", "صارت", "اصبح", "اصبحت", "عمل", "عملت", "يعمل", "تعمل", "اشتغل", "اشتغلت", "يشتغل", "تشتغل", "عين", "عينت",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Employment dated "منذ" a year (see the type's summary): the comparisons with the employer's start.</summary>
    private IEnumerable<(Verification V, ImmutableArray<TextSpan> Spans, string Text, KbLink Link)> VerifyEmployedSince(
        AnalyzedDocument document, ImmutableArray<KbLink> links, IKnowledgeBase kb, CancellationToken cancellationToken)
    {
        var byCluster = links.ToDictionary(l => l.Cluster);
        var text = document.Source.Text;
        for (var ti = 0; ti < document.Timexes.Length; ti++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var timex = document.Timexes[ti].Span;
            if (!SinceBefore(text, timex.Start) || TimexValue(document, ti) is not { Date: not null } value)
            {
                continue;
            }

            var si = document.SentenceAt(timex.Start);
            if (si < 0 || si >= document.Sentences.Length)
            {
                continue;
            }

            var sentence = document.Sentences[si].Span;
            // The work verb: the last one before the date in the sentence.
            var verbAt = -1;
            foreach (var (word, start) in WordsIn(text, sentence.Start, timex.Start))
            {
                var key = _memo.Key(word);
                if (WorkVerbs.Contains(key) || (key.Length > 3 && key[0] is 'و' or 'ف' && WorkVerbs.Contains(key[1..])))
                {
                    verbAt = start;
                }
            }

            if (verbAt < 0)
            {
                continue;
            }

            // The body: the one linked organization between the verb and the date; the person: the linked people named before it.
            var bodies = document.Entities.Where(m => m.Span.Start >= verbAt && m.Span.End <= timex.Start && m.Cluster >= 0
                && byCluster.TryGetValue(m.Cluster, out var l) && kb.Get(l.Item) is { } e && KbTypes.Of(e, kb) == KbType.Organization).ToList();
            if (bodies.Select(m => m.Cluster).Distinct().Count() != 1)
            {
                continue;
            }

            var bodyItem = byCluster[bodies[0].Cluster].Item;
            var people = document.Entities.Where(m => m.Span.Start >= sentence.Start && m.Span.End <= bodies[0].Span.Start && m.Label == EntityLabels.Person
                    && m.Cluster >= 0 && byCluster.ContainsKey(m.Cluster))
                .Select(m => m.Cluster).Distinct()
                .Where(c => kb.Get(byCluster[c].Item) is { } p && p.Best(ClaimProperties.Employer).Any(st => st.MainSnak.Value.Item == bodyItem))
                .ToList();
            if (people.Count != 1 || kb.Get(byCluster[people[0]].Item) is not { } person
                || RelationStatements(person, ClaimProperties.EducatedAt).Any(st => st.MainSnak.Value.Item == bodyItem)
                || document.Claims.Any(c => c.Sentence == si && c.Property == ClaimProperties.Employer && c.Subject == people[0]))
            {
                continue;
            }

            var dated = person.Best(ClaimProperties.Employer).Where(st => st.MainSnak.Value.Item == bodyItem && st.Qualifier("P580")?.Time is not null).ToList();
            if (dated.Count == 0)
            {
                continue;
            }

            var since = new Claim(-1, people[0], ClaimProperties.Employer, ClaimValue.OfEntity(bodies[0].Cluster, bodies[0].Text), [timex], ClaimModality.Asserted, 1.0)
            {
                Sentence = si,
                Start = value,
            };
            if (dated.Any(st => TimesAgree(since, st) is null))
            {
                yield return (new Verification(null, Verdicts.Supported, Evidence(person, dated[0], kb), "employed-since") { Property = ClaimProperties.Employer },
                    [timex], value.Text ?? "", byCluster[people[0]]);
                continue;
            }

            var note = TimesAgree(since, dated[0])!;
            yield return (new Verification(null, Verdicts.Contradicted, Evidence(person, dated[0], kb), note) { Property = ClaimProperties.Employer },
                [timex], value.Text ?? "", byCluster[people[0]]);
        }
    }

    // "منذ" (or "ومنذ") is the word right before a position.
    private bool SinceBefore(string text, int position)
    {
        var end = position;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        return start < end && _memo.Key(text[start..end]) is "منذ" or "ومنذ";
    }

    // The words of a range of the text with their starts.
    private static IEnumerable<(string Word, int Start)> WordsIn(string text, int from, int to)
    {
        var at = from;
        while (at < to)
        {
            while (at < to && char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            var start = at;
            while (at < to && !char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            if (at > start)
            {
                yield return (text[start..at], start);
            }
        }
    }
}
