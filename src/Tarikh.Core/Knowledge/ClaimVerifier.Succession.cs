using Tarikh.Core.Claims;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Round 19 (issue-19k2): whose relative a kinship noun names after a verb of succession. "وخلف المكتفي ابنه المقتدر"، "وخلف
/// عباسًا على العرش ابنه سام ميرزا": the verb's object, the ruler succeeded, is named between "خلف" and the kinship noun, and the
/// noun's pronoun refers back to him — the relative is his, not the article's person's. The object is a person the text links
/// elsewhere, found by his mention or, untagged, by one to three words that are the name of exactly one linked KB human (the
/// accusative ending "ًا" taken off). Between the object and the kinship noun only a phrase of "على"/"في" may stand ("على
/// العرش"، "في الإمارة"). The claim is then compared with him, as a reattributed claim (a warning at most).
/// </summary>
public sealed partial class ClaimVerifier
{
    /// <summary>The claim's links with its subject replaced by the succeeded ruler the kinship noun's pronoun names, or null.</summary>
    private Dictionary<int, KbLink>? SucceededRulersRelative(AnalyzedDocument document, Claim claim, Dictionary<int, KbLink> links, IKnowledgeBase kb)
    {
        if (claim.Property is not (ClaimProperties.Father or ClaimProperties.Mother or ClaimProperties.Child or ClaimProperties.Sibling)
            || ValueStartInSentence(document, claim) is not { } valueAt || claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length)
        {
            return null;
        }

        var text = document.Source.Text;
        var words = SentenceWords(text, new TextSpan(document.Sentences[claim.Sentence].Span.Start, valueAt));
        if (words.Count < 3)
        {
            return null;
        }

        var kinKey = _memo.Key(words[^1].Word);
        var bareKin = KinWithPronoun(kinKey) is null && kinKey.Length > 2 && kinKey[0] is 'و' or 'ف' ? kinKey[1..] : kinKey;
        if (KinWithPronoun(bareKin) is null || !(bareKin.EndsWith('ه') || bareKin.EndsWith("ها", StringComparison.Ordinal)))
        {
            return null;
        }

        // The last bare "خلف" (not "خلفه": its object is a pronoun) before the kinship noun.
        var verb = -1;
        for (var i = words.Count - 2; i >= 0; i--)
        {
            if (_memo.Key(words[i].Word) is "خلف" or "وخلف" or "فخلف")
            {
                verb = i;
                break;
            }
        }

        var between = words.Count - 1 - (verb + 1); // words between the verb and the kinship noun
        if (verb < 0 || between < 1)
        {
            return null;
        }

        var linkedItems = links.Values.Select(l => l.Item).ToHashSet(StringComparer.Ordinal);
        for (var n = Math.Min(3, between); n >= 1; n--)
        {
            var first = verb + 1;
            var last = first + n - 1;
            if (last >= words.Count - 1 || !OnlyAPrepositionalPhrase(words, last + 1, words.Count - 1))
            {
                continue;
            }

            var span = new TextSpan(words[first].Start, words[last].End);
            if (SucceededRuler(document, span, text, links, linkedItems, kb) is { } ruler)
            {
                if (links.TryGetValue(claim.Subject, out var own) && own.Item == ruler.Item)
                {
                    return null; // already his
                }

                return new Dictionary<int, KbLink>(links) { [claim.Subject] = ruler with { Cluster = claim.Subject } };
            }
        }

        return null;
    }

    // Words from..to-1 are empty or a phrase opened by "على"/"في" of at most three words.
    private bool OnlyAPrepositionalPhrase(List<(string Word, int Start, int End)> words, int from, int to)
        => to <= from || (to - from <= 3 && _memo.Key(words[from].Word) is "على" or "في");

    // The linked person the span names: his linked mention, or the name (accusative "ًا" off) of exactly one linked KB human.
    private KbLink? SucceededRuler(AnalyzedDocument document, TextSpan span, string text, Dictionary<int, KbLink> links,
        HashSet<string> linkedItems, IKnowledgeBase kb)
    {
        foreach (var m in document.Entities)
        {
            if (m.Span.Start == span.Start && m.Span.End == span.End && m.Cluster >= 0 && links.TryGetValue(m.Cluster, out var l)
                && kb.Get(l.Item) is { } e && KbTypes.Of(e, kb) == KbType.Human)
            {
                return l;
            }
        }

        var phrase = text[span.Start..span.End].Replace("\u064B", "", StringComparison.Ordinal);
        var key = _memo.Key(phrase);
        if (key.EndsWith('ا') && key.Length > 3 && text[span.Start..span.End].Contains('\u064B'))
        {
            key = key[..^1];
        }

        if (key.Length < 3)
        {
            return null;
        }

        KbLink? found = null;
        foreach (var id in kb.Lookup(key, KbKeyKind.Name, 8))
        {
            if (!linkedItems.Contains(id) || kb.Get(id) is not { } e || KbTypes.Of(e, kb) != KbType.Human)
            {
                continue;
            }

            if (found is not null && found.Item != id)
            {
                return null;
            }

            found = links.Values.First(l => l.Item == id);
        }

        return found;
    }
}
