using System.Collections.Frozen;
using Tarikh.Core.Claims;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Round 19 (issue-19k2): two kinship readings that are no statement of the relation they name.
/// <list type="bullet">
/// <item>The value after the kinship noun is no name but a span of time with the preposition ب ("قبل وفاة أبيه بأيام"، "بعد
/// زواج أخيه بسنوات"): the noun's relative is not named at all.</item>
/// <item>A marriage with the partner's parent in apposition ("وتزوج سنة 1899 من صفية، ابنة مصطفى فهمي"): "ابنة X" describes the
/// bride, not the groom the sentence opens with. When the KB makes the text's person the stated relative's spouse (a child's
/// spouse called a child, a parent-in-law called a parent) in a sentence of marriage, the text says the in-law relation
/// the marriage made, and no contradiction is read.</item>
/// </list>
/// </summary>
public sealed partial class ClaimVerifier
{
    // Nouns of a span of time or of a small amount after the preposition ب (normalized): "بأيام"، "بسنوات"، "بقليل".
    private static readonly FrozenSet<string> SpanOfTimeNouns = new[]
    {
        "ايام", "يوم", "يومين", "اشهر", "شهور", "شهر", "شهرين", "سنوات", "سنين", "سنه", "سنتين", "عام", "عامين", "اعوام",
        "اسابيع", "اسبوع", "اسبوعين", "ساعات", "ساعه", "دقائق", "قليل", "كثير", "فتره", "مده", "عقد", "عقود", "قرن",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> KinValueProperties = new[]
    {
        ClaimProperties.Father, ClaimProperties.Mother, ClaimProperties.Child, ClaimProperties.Sibling, ClaimProperties.Spouse,
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when a kinship claim's value is one word: ب and a noun of a span of time ("بأيام").</summary>
    private bool KinValueIsASpanOfTime(Claim claim)
    {
        if (!KinValueProperties.Contains(claim.Property) || claim.Value.Text is not { } t)
        {
            return false;
        }

        var key = _memo.Key(t.Trim());
        return key.Length > 2 && key[0] == 'ب' && !key.Contains(' ') && SpanOfTimeNouns.Contains(key[1..]);
    }

    // Words of marriage (normalized stems, with و/ف and pronoun suffixes read as prefixes of the word).
    private static readonly string[] MarriageStems = ["تزوج", "زواج", "اقترن", "اقتران", "قرانه", "قرانها", "زفاف", "تزوجت"];

    /// <summary>
    /// True when a contradicted parent or child claim names a person the KB holds, one step past the stated relative, as that
    /// relative's spouse (the child's spouse for a child, the spouse's parent for a parent), in a sentence that speaks of a
    /// marriage: the in-law relation the marriage made, told by an apposition the claims stage gave to the other partner.
    /// </summary>
    private bool InLawOfAMarriage(AnalyzedDocument document, Claim claim, Verification v, Dictionary<int, KbLink> links, IKnowledgeBase kb)
    {
        if (v.Verdict != Verdicts.Contradicted || claim.Property is not (ClaimProperties.Father or ClaimProperties.Mother or ClaimProperties.Child)
            || claim.Value.Cluster is not { } vc || !links.TryGetValue(vc, out var valueLink) || !links.TryGetValue(claim.Subject, out var subjectLink)
            || kb.Get(subjectLink.Item) is not { } subject || claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length)
        {
            return false;
        }

        if (!FamilyPaths(subject, kb, 2).TryGetValue(valueLink.Item, out var path) || path.Steps.Count != 2)
        {
            return false;
        }

        var inLaw = claim.Property == ClaimProperties.Child
            ? path.Steps[0] == ClaimProperties.Child && path.Steps[1] == ClaimProperties.Spouse
            : path.Steps[0] == ClaimProperties.Spouse && IsParent(path.Steps[1]);
        if (!inLaw)
        {
            return false;
        }

        var span = document.Sentences[claim.Sentence].Span;
        foreach (var (word, _, _) in SentenceWords(document.Source.Text, span))
        {
            var key = _memo.Key(word);
            var bare = key.Length > 3 && key[0] is 'و' or 'ف' ? key[1..] : key;
            if (MarriageStems.Any(s => bare.StartsWith(s, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
