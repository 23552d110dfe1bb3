using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Whose relative a kinship noun with a pronoun names (round 18): the pronoun's gender ("أخوه" his, "أخوها" her) and the
/// sentence before. "وتوفي الإمام أحمد في تعز سنة 1960. وخلفه أخوه محمد البدر": the pronoun of "أخوه" refers back to the
/// one person the sentence before names, when the kinship sentence names nobody before the relative and that person agrees
/// with the pronoun. And a person of the other gender named nearby ("ابنته أليس …، وأخوه يان") is not the pronoun's
/// referent, so a relation the KB holds for her does not excuse the one stated for him.
/// </summary>
public sealed partial class ClaimVerifier
{
    /// <summary>
    /// The gender of the pronoun on the kinship noun written right before the claim's value in its sentence: 'm' for "ه"
    /// ("أخوه"، "ابنه"), 'f' for "ها" ("أخوها"، "ابنها"), null when there is none (no kinship noun, a plural or dual
    /// pronoun, a value not in the sentence).
    /// </summary>
    private char? KinPronounGender(AnalyzedDocument document, Claim claim)
    {
        if (ValueStartInSentence(document, claim) is not { } at)
        {
            return null;
        }

        var key = _memo.Key(WordBefore(document.Source.Text, at));
        if (KinWithPronoun(key) is null && key.Length > 2 && key[0] is '\u0648' or '\u0641')
        {
            key = key[1..];
        }

        if (KinWithPronoun(key) is null)
        {
            return null;
        }

        // The longest suffix first: "ها" before "ه"; "هما"، "هم"، "هن" are not a single person's.
        if (key.EndsWith("هما", StringComparison.Ordinal) || key.EndsWith("هم", StringComparison.Ordinal) || key.EndsWith("هن", StringComparison.Ordinal))
        {
            return null;
        }

        return key.EndsWith("ها", StringComparison.Ordinal) ? 'f' : key.EndsWith('ه') ? 'm' : null;
    }

    // Where the claim's value is first named in the claim's sentence, or null.
    private static int? ValueStartInSentence(AnalyzedDocument document, Claim claim)
    {
        if (claim.Value.Cluster is not { } vc || claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length)
        {
            return null;
        }

        var sentence = document.Sentences[claim.Sentence].Span;
        int? first = null;
        foreach (var m in document.Entities)
        {
            if (m.Cluster == vc && m.Span.Start >= sentence.Start && m.Span.End <= sentence.End && (first is null || m.Span.Start < first))
            {
                first = m.Span.Start;
            }
        }

        return first;
    }

    /// <summary>The gender the KB gives an item: 'm', 'f' or null.</summary>
    private static char? KbGender(KbEntity? item)
        => item is null ? null : item.ItemValues("P21").Contains(Female) ? 'f' : item.ItemValues("P21").Contains(Male) ? 'm' : null;

    /// <summary>
    /// True when the claim's subject is the possessor of the kinship pronoun across a sentence boundary: the claim's
    /// sentence names no person before the value, the sentence before names exactly one person, the claim's subject, and
    /// the KB gives that person the pronoun's gender.
    /// </summary>
    private bool PossessorInSentenceBefore(AnalyzedDocument document, Claim claim, KbEntity subject)
    {
        if (KinPronounGender(document, claim) is not { } gender || KbGender(subject) != gender || ValueStartInSentence(document, claim) is not { } valueAt
            || claim.Sentence < 1)
        {
            return false;
        }

        var sentence = document.Sentences[claim.Sentence].Span;
        var before = document.Sentences[claim.Sentence - 1].Span;
        var named = new HashSet<int>();
        foreach (var m in document.Entities)
        {
            if (m.Label != EntityLabels.Person || m.Cluster < 0)
            {
                continue;
            }

            if (m.Span.Start >= sentence.Start && m.Span.End <= valueAt)
            {
                return false; // a person named before the value in its own sentence: the pronoun may be his
            }

            if (m.Span.Start >= before.Start && m.Span.End <= before.End)
            {
                named.Add(m.Cluster);
            }
        }

        return named.Count == 1 && named.Contains(claim.Subject);
    }

    /// <summary>True when a person the KB gives the other gender than the claim's kinship pronoun cannot be its referent.</summary>
    private bool PronounExcludes(AnalyzedDocument document, Claim claim, KbEntity? other)
        => KinPronounGender(document, claim) is { } gender && KbGender(other) is { } g && g != gender;
}
