using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Round 21 (21k1): a birth or death verb whose whole subject is a bare title ("وتوفي الشيخ بالجغبوب سنة …"، "ومات السلطان في
/// …"). In Arabic a title alone names the person the text has called by that title — "وُلد الشيخ محمد بن علي السنوسي …، ثم انتقل
/// الشيخ إلى …، وتوفي الشيخ …" — not the last person named (a son or a brother named without the title). The claims stage gives
/// such a verb to the last person named. Here the title stands right after the verb, no name follows it, and exactly one KB
/// human linked in the text was called by that title before the verb (the title right before one of his mentions); the claim is
/// then compared with him, graded inherited (reason <c>bare-title</c>) and reattributed: a warning at most. When the person the
/// claims stage chose was called by the title too, nothing changes.
/// </summary>
public sealed partial class ClaimVerifier
{
    private const string BareTitleReason = "bare-title";

    // Titles that name a person alone.
    private static readonly string[] SubjectTitles =
        ["الشيخ", "الأمير", "السلطان", "الملك", "الإمام", "الباشا", "الخليفة", "القاضي", "الوزير", "الشاه", "البابا", "الخديوي", "المطران", "البطريرك"];

    /// <summary>The claim's links with its subject set to the one person called by the bare title after the verb, or null.</summary>
    private Dictionary<int, KbLink>? BareTitleSubject(AnalyzedDocument document, Claim claim, Dictionary<int, KbLink> claimLinks, IKnowledgeBase kb)
    {
        if (claim.Property is not (ClaimProperties.BirthDate or ClaimProperties.DeathDate or ClaimProperties.BirthPlace or ClaimProperties.DeathPlace)
            || claim.Modality != ClaimModality.Asserted || claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length
            || LifeVerbSpan(document, claim) is not { } verb)
        {
            return null;
        }

        var sentence = document.Sentences[claim.Sentence].Span;
        var after = WordsBetween(document, verb.End, sentence.End, 3);
        if (after.Count < 2 || after[0].Punctuation || !SubjectTitles.Any(t => _memo.Key(t) == after[0].Key)
            || CacheOf(document).OverlapsMention(after[0].Start, after[0].End)
            || document.Entities.Any(e => e.Label == EntityLabels.Person && e.Span.Start == after[1].Start))
        {
            return null;
        }

        var title = after[0].Key;
        var text = document.Source.Text;
        var called = new Dictionary<string, KbLink>(StringComparer.Ordinal);
        var chosen = claimLinks.TryGetValue(claim.Subject, out var own) ? own.Item : null;
        foreach (var m in document.Entities)
        {
            if (m.Span.End > verb.Start || m.Label != EntityLabels.Person)
            {
                continue;
            }

            var (before, _) = WordBeforeAt(text, m.Span.Start);
            var first = _memo.Words(_memo.Key(StripMarks(m.Text)));
            if (_memo.Key(StripMarks(before)) != title && !(first.Length > 1 && first[0] == title))
            {
                continue;
            }

            if (LinkOfAMention(m, claimLinks, kb) is { } link)
            {
                called[link.Item] = link;
            }
        }

        if (called.Count != 1 || (chosen is not null && called.ContainsKey(chosen)))
        {
            return null;
        }

        var person = called.Values.Single();
        return new Dictionary<int, KbLink>(claimLinks) { [claim.Subject] = person with { Cluster = claim.Subject } };
    }

    // A person mention's KB human: its cluster's link, else the one KB human whose name is the mention's whole text.
    private KbLink? LinkOfAMention(EntityMention m, Dictionary<int, KbLink> links, IKnowledgeBase kb)
    {
        if (m.Cluster >= 0 && links.TryGetValue(m.Cluster, out var link))
        {
            return IsHuman(link, kb) ? link : null;
        }

        var found = kb.Lookup(_memo.Key(StripMarks(m.Text)), KbKeyKind.Name, 3).Select(kb.Get).Where(e => e is not null).Select(e => e!).DistinctBy(e => e.Id).ToList();
        return found.Count == 1 && KbTypes.Of(found[0], kb) == KbType.Human
            ? new KbLink(m.Cluster, found[0].Id, found[0].LabelIn("ar", "en"), 1.0, BareTitleReason)
            : null;
    }
}
