using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Claims;

/// <summary>
/// Claims from a kin noun in construct that predicates a relation of the person named before it, past that person's birth
/// apposition: "كان الحكم سالم الربيعي، المولود سنة 1955، أبا اللاعب حسين سالم"، "سعاد، المولودة عام 1930، والدة الكاتب علي"، "وهو منير
/// (1921–1990)، ابن الشاعر خليل".
/// </summary>
public sealed partial class ClaimExtractor
{
    /// <summary>How many tokens the birth apposition between the person and the kin noun may take.</summary>
    private const int KinPredicateGap = 10;

    /// <summary>
    /// Kin nouns in construct (no pronoun) that name the person before them as the parent of the person after them, as written
    /// (the normalized "والده" is also "his father"): the accusative "أبا" of "كان X أبا Y" and "والد/والدة". "أبو" and "أم" are left out:
    /// the first opens a kunya ("أبو بكر"), the second is also the particle "or".
    /// </summary>
    private static readonly HashSet<string> ParentOfWords = new(StringComparer.Ordinal) { "أبا", "والد", "والدة" };

    /// <summary>Kin nouns in construct that name the person before them as the child of the person after them ("ابن/ابنة/بنت الشاعر خليل").</summary>
    private static readonly HashSet<string> ChildOfWords = new(StringComparer.Ordinal) { "ابن", "ابنة", "بنت" };

    /// <summary>
    /// "X، المولود سنة A، أبا Y": the kin noun stands right after a comma that closes a birth apposition of a person X (a participle
    /// "المولود/المولودة/مواليد", or a parenthesis "(1921–1990)") opened right after X's name; Y is the person named within four tokens
    /// after the noun (over titles, "اللاعب"). The apposition is required: without it "X أبا Y" may be a kunya ("كان يكنى أبا حسين") and "X ابن Y"
    /// a nasab. The noun must be untagged, with no conjunction (a second person: "ووالد"), and no in-law or adoptive word may follow it.
    /// Emits the parent's child claim (<see cref="ClaimProperties.Child"/>), unless an equal claim is already read.
    /// </summary>
    private void FromKinPredicates(DocumentIndex index, List<Claim> list)
    {
        var doc = index.Document;
        var tokens = index.Tokens;
        for (var k = 1; k < tokens.Length; k++)
        {
            var tk = tokens[k];
            if (tk.Kind != TokenKind.Arabic || (tk.Clitics & (Proclitics.Wa | Proclitics.Fa | Proclitics.Li | Proclitics.Bi | Proclitics.Al)) != 0
                || tk.Norm is not ("ابا" or "والد" or "والده" or "ابن" or "ابنه" or "بنت")
                || index.MentionAtToken(k) is var own && own >= 0 && index.FirstTokenOf(index.Document.Entities[own].Span) != k || !index.IsContent(tk.Sentence))
            {
                continue;
            }

            var written = doc.Source[tk.Span].Replace("\u0651", string.Empty, StringComparison.Ordinal);
            var parentOf = ParentOfWords.Contains(written);
            if (!parentOf && !ChildOfWords.Contains(written) || !IsComma(tokens[k - 1]) && tokens[k - 1].Norm != ")")
            {
                continue;
            }

            // "أبا الحارس علي كريم" tagged as one name: the kin noun opens the mention of the person it is in construct with.
            var folded = own >= 0 && index.EndTokenOf(doc.Entities[own].Span) > k + 1 && doc.Entities[own].Label == EntityLabels.Person
                ? (doc.Entities[own].Cluster, doc.Entities[own].Span) : ((int Cluster, Text.TextSpan Span)?)null;
            if (own >= 0 && folded is null)
            {
                continue;
            }

            if (PersonBeforeApposition(index, k) is not { } before || (folded ?? PersonAfterKinNoun(index, k)) is not { } after || before.Cluster == after.Cluster
                || !IsPerson(index, before.Cluster) || !IsPerson(index, after.Cluster))
            {
                continue;
            }

            var (parent, child, childSpan) = parentOf ? (before.Cluster, after.Cluster, after.Span) : (after.Cluster, before.Cluster, before.Span);
            if (HasChildClaim(list, parent, child))
            {
                continue;
            }

            list.Add(new Claim(0, parent, ClaimProperties.Child, ClaimValue.OfEntity(child, doc.Source[childSpan]), Spans(tk.Span, after.Span),
                ClaimModality.Asserted, Options.AppositionConfidence)
            {
                Source = ClaimSources.Apposition,
                Sentence = tk.Sentence,
            });
        }
    }

    /// <summary>
    /// The person named before the birth apposition that ends at the comma before kin noun <paramref name="k"/>: walking back over at
    /// most <see cref="KinPredicateGap"/> tokens of the sentence, with no sentence-level stop or other mention, to a birth participle
    /// ("المولود"، "المولودة"، "مواليد") or an opening parenthesis that stands right after a person's name (a comma between allowed).
    /// </summary>
    private static (int Cluster, Text.TextSpan Span)? PersonBeforeApposition(DocumentIndex index, int k)
    {
        var tokens = index.Tokens;
        var sentence = tokens[k].Sentence;
        for (var j = k - 2; j >= 0 && j >= k - 1 - KinPredicateGap && tokens[j].Sentence == sentence; j--)
        {
            if (index.MentionAtToken(j) >= 0 || tokens[j].Kind == TokenKind.Punctuation && tokens[j].Norm is "." or ";" or "؛" or ":" or "!" or "?" or "؟")
            {
                return null;
            }

            if (tokens[j].Base is not ("مولود" or "مولوده" or "مواليد") && tokens[j].Norm != "(")
            {
                continue;
            }

            var h = j - 1;
            if (h >= 0 && IsComma(tokens[h]))
            {
                h--;
            }

            if (h < 0 || tokens[h].Sentence != sentence || index.MentionAtToken(h) is var m && m < 0)
            {
                return null;
            }

            var e = index.Document.Entities[m];
            return e.Label == EntityLabels.Person && index.EndTokenOf(e.Span) == h + 1 ? (e.Cluster, e.Span) : null;
        }

        return null;
    }

    /// <summary>
    /// The person the kin noun at <paramref name="k"/> is in construct with: a person mention opening within four tokens after it, over
    /// words only (titles, occupations); null at punctuation, at an in-law or adoptive word ("زوجة"، "بالتبني"، "بالرضاعة"), or at another mention.
    /// </summary>
    private static (int Cluster, Text.TextSpan Span)? PersonAfterKinNoun(DocumentIndex index, int k)
    {
        var tokens = index.Tokens;
        for (var j = k + 1; j < tokens.Length && j <= k + 4 && tokens[j].Sentence == tokens[k].Sentence; j++)
        {
            if (index.MentionAtToken(j) is var m && m >= 0)
            {
                var e = index.Document.Entities[m];
                return e.Label == EntityLabels.Person && index.FirstTokenOf(e.Span) == j ? (e.Cluster, e.Span) : null;
            }

            if (tokens[j].Kind != TokenKind.Arabic || tokens[j].Base is "زوج" or "زوجه" or "تبني" or "رضاعه" or "روحي" || tokens[j].Norm is "بالتبني" or "بالرضاعه")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>True when the list already holds the parent's child claim (a plain loop: a lambda here would allocate per token).</summary>
    private static bool HasChildClaim(List<Claim> list, int parent, int child)
    {
        foreach (var c in list)
        {
            if (c.Property == ClaimProperties.Child && c.Subject == parent && c.Value.Cluster == child)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsComma(Token t) => t.Kind == TokenKind.Punctuation && t.Norm is "," or "،";
}
