using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Round 23 (23k1): an answer about the interviewee's parent. In a dialogue ("— حدثنا عن والدك. — ولد في حيفا عام 1909،
/// وتوفي في عمّان عام 1994"), an answer that names no one, after a question or prompt about the subject's father or mother,
/// tells that parent's birth and death. The attribution guard already keeps such a claim off the subject; here it is compared
/// with the parent the KB gives the article's subject (a father or a mother is one person: a sibling, child or spouse the KB
/// lists may not be the one asked about, since the KB is incomplete, so those are left). A warning at most.
/// </summary>
public sealed partial class ClaimVerifier
{
    // The link reason of a claim compared with the parent a question asked about.
    private const string AskedRelativeReason = "asked-relative";

    /// <summary>
    /// The KB parent an answer's birth or death is about, with a link standing on the claim's subject cluster, or null: the
    /// claim's subject is the article's, linked; the question's kinship noun is a father's or a mother's; the answer names no
    /// person; the KB gives the subject exactly one such parent.
    /// </summary>
    private (KbEntity Entity, KbLink Link)? AskedParent(AnalyzedDocument document, Claim claim, Dictionary<int, KbLink> links, IKnowledgeBase kb)
    {
        if (claim.Property is not (ClaimProperties.BirthDate or ClaimProperties.DeathDate or ClaimProperties.BirthPlace or ClaimProperties.DeathPlace)
            || document.Subject != claim.Subject || !links.TryGetValue(claim.Subject, out var link) || kb.Get(link.Item) is not { } subject
            || AskedKinStem(document, claim) is not { } stem || ParentProperty(stem) is not { } property)
        {
            return null;
        }

        var sentence = document.Sentences[claim.Sentence].Span;
        if (document.Entities.Any(m => m.Label == EntityLabels.Person && m.Span.Start >= sentence.Start && m.Span.End <= sentence.End))
        {
            return null;
        }

        var parents = subject.ItemValues(property).Distinct(StringComparer.Ordinal).ToList();
        if (parents.Count != 1 || parents[0] == subject.Id || kb.Get(parents[0]) is not { } parent)
        {
            return null;
        }

        return (parent, new KbLink(claim.Subject, parent.Id, parent.LabelIn("ar", "en"), link.Confidence, AskedRelativeReason));
    }

    // The KB property of the parent a kinship stem (no pronoun) names, or null for any other relative.
    private static string? ParentProperty(string stem) => stem switch
    {
        "والد" or "اب" or "ابو" or "ابي" => "P22",
        "والدت" or "ام" => "P25",
        _ => null,
    };
}
