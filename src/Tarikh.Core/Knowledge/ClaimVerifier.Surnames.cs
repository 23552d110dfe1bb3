using System.Collections.Immutable;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Round 21 (21k1): a person called again by the last words of his full name, the way the press and biographies go on after
/// naming him once ("أعلن المختار ولد داداه …. وألقى ولد داداه، المولود في بوتلميت يوم …"، "… جمال عبد الناصر …، وكان عبد
/// الناصر، المولود سنة …"), and given a birth or death participle right after that short name or after a comma. The entity stage
/// often leaves the short name untagged, so no claim reads the participle. Here the short name is two or three untagged words
/// that end right before the participle (or before the comma before it) and that are together the last words of exactly one
/// linked KB human's mention earlier in the document (all of them words of his KB names); a person named later by the same
/// last words (a brother, a son) is not yet in the reader's mind and does not count. The participle's date and place are read
/// as <see cref="LifePairsAfterNames"/> reads them (path <c>life-apposition</c>, a warning).
/// </summary>
public sealed partial class ClaimVerifier
{
    /// <summary>The births and deaths after a short name of a person named in full before (see the type's remarks).</summary>
    private IEnumerable<(Verification V, ImmutableArray<TextSpan> Spans, string Text, KbLink Link)> LifeAfterAShortName(
        AnalyzedDocument document, HashSet<int> compared, HashSet<int> done, Dictionary<int, KbLink> byCluster, IKnowledgeBase kb, CancellationToken cancellationToken)
    {
        for (var si = 0; si < document.Sentences.Length; si++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = document.Sentences[si].Span;
            var all = WordsBetween(document, sentence.Start, sentence.End, 200);
            for (var b = 2; b < all.Count; b++)
            {
                if (!IsParticiple(all[b].Key) || done.Contains(all[b].Start))
                {
                    continue;
                }

                var end = all[b - 1].Punctuation && all[b - 1].Key is "،" or "," ? b - 1 : b;
                if (ShortNameBefore(document, all, end, byCluster, kb) is not { } found)
                {
                    continue;
                }

                done.Add(all[b].Start);
                foreach (var r in ReadLifeFrom(document, all, b, found.Person, found.Link with { Cluster = -1 }, compared, byCluster, kb))
                {
                    yield return r;
                }
            }
        }
    }

    // The KB human whose earlier mention ends with the two or three untagged words before `end` (see the type's remarks), or null.
    private (KbEntity Person, KbLink Link)? ShortNameBefore(AnalyzedDocument document, List<Word> words, int end, Dictionary<int, KbLink> byCluster, IKnowledgeBase kb)
    {
        for (var n = 3; n >= 2; n--)
        {
            var first = end - n;
            if (first < 0)
            {
                continue;
            }

            var part = words.Skip(first).Take(n).ToList();
            if (part.Any(w => w.Punctuation || char.IsDigit(w.Key[0]) || CacheOf(document).OverlapsMention(w.Start, w.End) || CacheOf(document).OverlapsTimex(w.Start, w.End)))
            {
                continue;
            }

            var keys = part.Select(w => w.Key).ToList();
            var matches = new Dictionary<string, (KbEntity, KbLink)>(StringComparer.Ordinal);
            foreach (var m in document.Entities)
            {
                if (m.Label != EntityLabels.Person || m.Span.End > part[0].Start || m.Cluster < 0 || !byCluster.TryGetValue(m.Cluster, out var link)
                    || !IsHuman(link, kb) || kb.Get(link.Item) is not { } person)
                {
                    continue;
                }

                var mentionWords = _memo.Words(_memo.Key(StripMarks(m.Text)));
                if (mentionWords.Length <= n || !mentionWords.Skip(mentionWords.Length - n).SequenceEqual(keys, StringComparer.Ordinal))
                {
                    continue;
                }

                var names = person.Names().SelectMany(x => _memo.Words(_memo.Key(x.Name))).ToHashSet(StringComparer.Ordinal);
                if (keys.All(names.Contains))
                {
                    matches[person.Id] = (person, link);
                }
            }

            if (matches.Count == 1)
            {
                return matches.Values.Single();
            }

            if (matches.Count > 1)
            {
                return null;
            }
        }

        return null;
    }
}
