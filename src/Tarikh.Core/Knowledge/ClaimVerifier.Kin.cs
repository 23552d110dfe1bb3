using System.Collections.Immutable;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Relatives' own dates and places (round 8): a relative the linker left NIL ("وأمه هما خاتون التي توفيت في أدرنة سنة 1449",
/// the mention "خاتون" too short to link by itself) is, for verification, the linked person's one KB relative of the relation
/// the text states whose names hold the mention's name; the relative's own birth, death and places are then compared with
/// that item. Only through a stated relation of a linked person, and only when exactly one KB relative of that relation
/// fits, and the same cluster is not given two items by two relations.
/// </summary>
public sealed partial class ClaimVerifier
{
    /// <summary>Confidence of a relative linked through a kinship claim: below <see cref="VerifierOptions.ConfidentLink"/>, so its contradictions are warnings.</summary>
    private const double KinLinkConfidence = 0.7;

    /// <summary>The links of relatives the text names through a kinship claim of a linked person, for the clusters the linker left NIL.</summary>
    private Dictionary<int, KbLink> RelativesByKinship(AnalyzedDocument document, Dictionary<int, KbLink> links, IKnowledgeBase kb)
    {
        var found = new Dictionary<int, KbLink>();
        var conflicting = new HashSet<int>();
        foreach (var c in document.Claims)
        {
            if (!IsRelativeProperty(c.Property) || c.Modality != ClaimModality.Asserted || c.Value.Cluster is not { } value || value == c.Subject
                || links.ContainsKey(value) || value < 0 || value >= document.Clusters.Length || document.Clusters[value].Label != EntityLabels.Person
                || !links.TryGetValue(c.Subject, out var of) || kb.Get(of.Item) is not { } person || KbTypes.Of(person, kb) != KbType.Human
                || RelationWordDisagrees(document, c) || DescriptorValue(document, c))
            {
                continue;
            }

            var candidates = person.ItemValues(c.Property).Distinct(StringComparer.Ordinal)
                .Where(id => kb.Get(id) is { } r && NamesMatch(document, c, r)).ToList();
            if (candidates.Count != 1 || kb.Get(candidates[0]) is not { } relative)
            {
                continue;
            }

            var link = new KbLink(value, relative.Id, relative.LabelIn("ar", "en"), Math.Min(KinLinkConfidence, of.Confidence), "relative-of-linked");
            if (found.TryGetValue(value, out var earlier) && earlier.Item != link.Item)
            {
                conflicting.Add(value);
            }

            found.TryAdd(value, link);
        }

        foreach (var c in conflicting)
        {
            found.Remove(c);
        }

        return found;
    }

    // "عاش"، "عاشت" (normalized, without و/ف): a relative who "lived until" a year died in it.
    private static readonly string[] LivedVerbs = ["عاش", "عاشت"];

    // Words allowed between the relative and "حتى": "وعاشت أمه بعده حتى سنة 1980" (outlived him).
    private static readonly string[] AfterWords = ["بعده", "بعدها", "بعدهم", "بعدهما"];

    /// <summary>
    /// A relative's death written as how long the relative lived: "وعاش أخوه موديست حتى سنة 1919"، "وعاشت أمه بعده حتى سنة
    /// 1980" (a verb of living, a kinship noun with a pronoun, the relative's first name or none, then "حتى" and a date with
    /// nothing else between: "عاش أخوه في باريس حتى 1920" is where he lived, not his death). The relative is the one KB item
    /// of that relation, among the linked people's relatives, whose first name the text gives (none: the article subject's
    /// one relative of that relation); its death is compared with the year. A warning.
    /// </summary>
    private IEnumerable<(Verification V, ImmutableArray<TextSpan> Spans, string Text, KbLink Link)> VerifyLivedUntil(
        AnalyzedDocument document, ImmutableArray<KbLink> links, IKnowledgeBase kb, CancellationToken cancellationToken)
    {
        var text = document.Source.Text;
        var byCluster = links.ToDictionary(l => l.Cluster);
        var people = links.Where(l => kb.Get(l.Item) is { } e && KbTypes.Of(e, kb) == KbType.Human).ToList();
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var at = sentence.Span.Start;
            while (at < sentence.Span.End)
            {
                var (word, end) = NextWord(text, at);
                if (word.Length == 0 || end <= at)
                {
                    at++; // a punctuation mark or a line break
                    continue;
                }

                var verbStart = end - word.Length;
                at = end;
                var key = _memo.Key(word);
                if (key.Length > 3 && key[0] is '\u0648' or '\u0641')
                {
                    key = key[1..];
                }

                if (Array.IndexOf(LivedVerbs, key) < 0 || KinAfterVerb(document, end) is not { Definite: false } kin)
                {
                    continue;
                }

                // The first name (optional), "بعده" (optional), then "حتى".
                var (next, nextEnd) = NextWord(text, kin.KinEnd);
                string? name = null;
                if (_memo.Key(next) is var nk && nk != "حتي" && nk != "حتى" && Array.IndexOf(AfterWords, nk) < 0)
                {
                    name = nk;
                    (next, nextEnd) = NextWord(text, nextEnd);
                }

                if (Array.IndexOf(AfterWords, _memo.Key(next)) >= 0)
                {
                    (next, nextEnd) = NextWord(text, nextEnd);
                }

                if (_memo.Key(next) is not ("حتى" or "حتي") || nextEnd > sentence.Span.End)
                {
                    continue;
                }

                var ti = TimexJustAfter(document, nextEnd);

                if (ti < 0 || TimexValue(document, ti) is not { } value)
                {
                    continue;
                }

                var found = new HashSet<string>(StringComparer.Ordinal);
                KbLink? of = null;
                if (name is null)
                {
                    if (MainPerson(document, byCluster, kb) is { } main && byCluster.TryGetValue(main, out var mainLink) && kb.Get(mainLink.Item) is { } subjectItem)
                    {
                        found.UnionWith(subjectItem.ItemValues(kin.Relation));
                        of = mainLink;
                    }
                }
                else if (name.Length >= 3 && !KbNames.IsWeakToken(name))
                {
                    foreach (var person in people)
                    {
                        foreach (var relativeId in kb.Get(person.Item)!.ItemValues(kin.Relation))
                        {
                            if (kb.Get(relativeId) is { } relative
                                && relative.Names().Any(n => _memo.Words(_memo.Key(n.Name)) is var w && w.Length > 0 && w[0] == name))
                            {
                                found.Add(relativeId);
                                of ??= person;
                            }
                        }
                    }
                }

                if (found.Count != 1 || of is null || kb.Get(found.First()) is not { } item)
                {
                    continue;
                }

                var claim = new Claim(-1, of.Cluster, ClaimProperties.DeathDate, value, [new TextSpan(verbStart, end)], ClaimModality.Asserted, 0.7)
                {
                    Sentence = document.SentenceAt(verbStart),
                };
                var v = VerifyTime(claim, item, kb, out _) with { Property = ClaimProperties.DeathDate, Claim = null, Timex = ti };
                if (v.Verdict is Verdicts.NotInKb)
                {
                    continue;
                }

                var relativeLink = new KbLink(of.Cluster, item.Id, item.LabelIn("ar", "en"), of.Confidence, "relative-of-linked");
                yield return (v, [.. new[] { new TextSpan(verbStart, kin.KinEnd), document.Timexes[ti].Span }.OrderBy(s => s.Start)], value.Text ?? "", relativeLink);
            }
        }
    }

    /// <summary>
    /// The first timex that starts just after a word (at most two characters of space or punctuation between: "حتى 1870"),
    /// or -1. The timexes are sorted by start, so the search is binary.
    /// </summary>
    private static int TimexJustAfter(AnalyzedDocument document, int end)
    {
        var timexes = document.Timexes;
        int lo = 0, hi = timexes.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (timexes[mid].Span.Start <= end)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < timexes.Length && timexes[lo].Span.Start <= end + 2 ? lo : -1;
    }
}
