using System.Collections.Frozen;
using Tarikh.Core.Claims;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Round 19 (issue-19k2): a return to office — "وعاد القوتلي إلى الرئاسة سنة 1954"، "ثم عاد إليها بين 1985 و1989" after "تولى
/// رئاسة الوزراء". The events stage reads "عاد" as a journey; in Arabic "عاد إلى" with an office or rule as its goal (or a
/// pronoun whose antecedent is an office taken earlier in the sentence) is the start of a second term. The KB tells which
/// office: the one office the subject held in two or more terms (a KB that lists the return as a term of its own). The date
/// is compared with the starts of the terms after the first (years compared by overlap, Hijri dates by their own span): it
/// falls in none of them → contradicted, with the nearest later term as evidence (a warning: the office is found by the KB,
/// not named by a claim). No office of several terms, or two, → not compared.
/// </summary>
public sealed partial class ClaimVerifier
{
    // Goals of "عاد إلى" that are an office or rule (normalized).
    private static readonly FrozenSet<string> OfficeGoals = new[]
    {
        "الحكم", "السلطه", "الرئاسه", "الوزاره", "العرش", "الخلافه", "السلطنه", "الاماره", "منصبه", "المنصب", "الحكومه", "الولايه",
        "رئاسه", "الوزاره", "القضاء", "الملك",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The verification of a dated "عاد إلى &lt;office&gt;" act against the later terms of the subject's one repeated office, or null.</summary>
    private Verification? ReturnToOffice(AnalyzedDocument document, Claim claim, Dictionary<int, KbLink> links, IKnowledgeBase kb)
    {
        if (claim.Property != ClaimProperties.Act || claim.Act is not { } act || !act.StartsWith("travel", StringComparison.Ordinal)
            || claim.Time?.Date is null || !links.TryGetValue(claim.Subject, out var link) || kb.Get(link.Item) is not { } subject
            || claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length)
        {
            return null;
        }

        var text = document.Source.Text;
        var verb = claim.Spans.FirstOrDefault(s => _memo.Key(text[s.Start..s.End]) is "عاد" or "وعاد" or "فعاد");
        if (verb.IsEmpty || !GoalIsAnOffice(document, claim, verb))
        {
            return null;
        }

        // The one office held in two or more dated terms.
        var repeated = RelationStatements(subject, ClaimProperties.PositionHeld)
            .Where(s => s.Qualifier("P580")?.Time is not null)
            .GroupBy(s => s.MainSnak.Value.Item!, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .ToList();
        if (repeated.Count != 1)
        {
            return null;
        }

        var terms = repeated[0].OrderBy(s => s.Qualifier("P580")!.Time!.Year).ToList();
        var asStart = claim with { Property = ClaimProperties.PositionHeld, Start = claim.Time, Time = null };
        KbStatement? nearest = null;
        string? note = null;
        foreach (var s in terms.Skip(1))
        {
            if (TimesAgree(asStart, s) is not { } disagreement)
            {
                return new Verification(claim.Id, Verdicts.Supported, Evidence(subject, s, kb), "return-to-office") { Property = ClaimProperties.PositionHeld };
            }

            nearest ??= s;
            note ??= disagreement;
        }

        return nearest is null ? null
            : new Verification(claim.Id, Verdicts.Contradicted, Evidence(subject, nearest, kb), note) { Property = ClaimProperties.PositionHeld };
    }

    // "عاد إلى الرئاسة"، "عاد إلى الحكم"، or "عاد إليها/إليه" after an office taken earlier in the sentence.
    private bool GoalIsAnOffice(AnalyzedDocument document, Claim claim, TextSpan verb)
    {
        var text = document.Source.Text;
        // The verb's subject may stand between it and its goal ("وعاد القوتلي إلى الرئاسة"): a person mention right after the verb.
        var from = verb.End;
        foreach (var m in document.Entities)
        {
            if (m.Label == "PER" && m.Span.Start > verb.End && m.Span.Start <= verb.End + 2 && m.Span.End > from)
            {
                from = m.Span.End;
            }
        }

        var (first, end) = NextWord(text, from);
        var key = _memo.Key(first);
        if (key is "الي" or "إلى" or "الى")
        {
            var (goal, _) = NextWord(text, end);
            var g = _memo.Key(goal);
            return OfficeGoals.Contains(g) || g.StartsWith("رئاس", StringComparison.Ordinal);
        }

        if (key is "اليها" or "اليه" or "إليها" or "إليه")
        {
            var sentence = document.Sentences[claim.Sentence].Span;
            return document.Events.Any(e => e.Type == "office" && e.Trigger.Start >= sentence.Start && e.Trigger.End <= verb.Start);
        }

        return false;
    }
}
