using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Persons and relatives (round 12, issue-13p). Three guards and one reading:
/// <list type="bullet">
/// <item>a kinship noun ending in ة has no pronoun ("زوجة لورنزو" is Lorenzo's wife, not "his wife Lorenzo"): the
/// normalized key writes ة as ه, so the raw word decides;</item>
/// <item>a death verb followed by an untagged given name of another person of the text ("قُتل جوليانو") has its own
/// subject: it is not moved to the article's subject;</item>
/// <item>a relative the KB holds for the subject is named in the sentence, and the text's value is that relative's own
/// kin ("تزوج بياتريس أوبراين ابنة البارون إدوارد أوبراين": Edward is Beatrice's father): the value describes the relative
/// (an in-law, step or grand path), not a second spouse or parent: not compared;</item>
/// <item>a death verb in the feminine read for a man or for no linked person ("وأمه لويز … توفيت سنة 1859"، "تزوج كامي …
/// وكانت قد أنجبت له ابنه جان …، وتوفيت سنة 1881") is the one linked woman named before it in its sentence, when every
/// person named between is a linked man or part of her name and no kinship noun without a name stands between
/// ("ورُزق منها بابنة توفيت …"), and she and those men are, in the KB, kin of the claim's subject or the article's
/// person and of her: compared with her item, a warning.</item>
/// </list>
/// </summary>
public sealed partial class ClaimVerifier
{
    private static readonly string[] KinPaths = ["P22", "P25", "P26", "P3373", "P40"];

    /// <summary>True when the raw word (diacritics and tatweel removed) ends in ta marbuta: a noun in construct, no pronoun.</summary>
    private static bool TaMarbutaFinal(string raw)
    {
        var plain = StripMarks(raw).TrimEnd('،', ',', '.', ':', '؛');
        return plain.Length > 1 && plain[^1] == 'ة';
    }

    /// <summary>
    /// The cluster of a person of the text whose given name (the first word of the cluster's name, three letters or more)
    /// is the untagged word right after a position; null when that word is a tagged mention or no such name.
    /// </summary>
    private int? UntaggedNameRightAfter(AnalyzedDocument document, int position)
    {
        if (PersonRightAfter(document, position) is not null)
        {
            return null;
        }

        var (word, end) = NextWord(document.Source.Text, position);
        if (word.Length == 0 || document.Entities.Any(m => m.Span.Start < end && m.Span.End > end - word.Length))
        {
            return null;
        }

        var key = _memo.Key(word);
        if (key.Length < 3 || KbNames.IsWeakToken(key))
        {
            return null;
        }

        foreach (var cluster in document.Clusters)
        {
            if (cluster.Label == EntityLabels.Person && _memo.Words(_memo.Key(cluster.Name)) is { Length: >= 2 } words && words[0] == key)
            {
                return cluster.Id;
            }
        }

        return null;
    }

    /// <summary>
    /// True when a contradicted relative claim's value is, in the KB, the kin of a relative the KB holds for the subject
    /// under the claim's property, and that relative is named (linked) in the claim's sentence: the text's value describes
    /// the named relative ("… ابنة البارون إدوارد أوبراين"), the relation read for it is another path. <paramref name="linked"/>
    /// are the document's own links (the claim's may have moved its subject to a partner).
    /// </summary>
    private bool KinOfTheNamedRelative(AnalyzedDocument document, Claim claim, Verification v, Dictionary<int, KbLink> links,
        Dictionary<int, KbLink> linked, IKnowledgeBase kb)
    {
        if (v.Verdict != Verdicts.Contradicted || !IsRelativeProperty(claim.Property) || claim.Value.Cluster is not { } vc
            || !links.TryGetValue(vc, out var valueLink) || !links.TryGetValue(claim.Subject, out var subjectLink)
            || kb.Get(subjectLink.Item) is not { } subject || kb.Get(valueLink.Item) is not { } value
            || claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length)
        {
            return false;
        }

        var sentence = document.Sentences[claim.Sentence].Span;
        var named = document.Entities
            .Where(m => m.Label == EntityLabels.Person && m.Cluster >= 0 && m.Cluster != vc
                && m.Span.Start >= sentence.Start && m.Span.End <= sentence.End && linked.ContainsKey(m.Cluster))
            .Select(m => linked[m.Cluster].Item)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var held in subject.ItemValues(claim.Property))
        {
            if (held == value.Id || !named.Contains(held) || kb.Get(held) is not { } relative)
            {
                continue;
            }

            if (KinPaths.Any(p => relative.ItemValues(p).Contains(value.Id) || value.ItemValues(p).Contains(held)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The cluster of the one linked woman a feminine death verb of the claim is about (see the type's summary), or null.
    /// </summary>
    private int? WomanOfAFeminineVerb(AnalyzedDocument document, Claim claim, Dictionary<int, KbLink> links, IKnowledgeBase kb)
    {
        if (claim.Property is not (ClaimProperties.DeathDate or ClaimProperties.DeathPlace) || claim.Sentence < 0
            || claim.Sentence >= document.Sentences.Length)
        {
            return null;
        }

        var text = document.Source.Text;
        var sentence = document.Sentences[claim.Sentence].Span;
        foreach (var span in claim.Spans)
        {
            if (!FeminineDeathVerbs.Contains(VerbKey(text[span.Start..span.End])) || span.Start < sentence.Start || span.End > sentence.End
                || PersonRightAfter(document, span.End) is not null || KinAfterVerb(document, span.End) is not null
                || UntaggedNameRightAfter(document, span.End) is not null)
            {
                continue;
            }

            var before = document.Entities.Where(m => m.Label == EntityLabels.Person && m.Cluster >= 0 && m.Span.Start >= sentence.Start
                && m.Span.End <= span.Start).OrderBy(m => m.Span.Start).ToList();
            var women = before.Where(m => IsLinkedWoman(m.Cluster, links, kb)).Select(m => m.Cluster).Distinct().ToList();
            if (women.Count != 1 || women[0] == claim.Subject || kb.Get(links[women[0]].Item) is not { } her)
            {
                continue;
            }

            // She is, in the KB, a relative of the claim's subject or of the article's person: the sentence is about that family.
            var family = new[] { claim.Subject, MainPerson(document, links, kb) ?? -1 }
                .Where(c => links.ContainsKey(c)).Select(c => links[c].Item).ToList();
            if (!family.Any(item => Kin(her, item, kb)))
            {
                continue;
            }

            // Every person named between her last mention and the verb is a linked man of her kin, or a part of her name the tagger split.
            var last = before.Last(m => m.Cluster == women[0]);
            var prior = last.Span.End;
            var clear = true;
            foreach (var m in before.Where(m => m.Span.Start >= last.Span.End))
            {
                var split = string.IsNullOrWhiteSpace(text[prior..m.Span.Start]) && m.Span.Start - prior <= 2;
                var man = links.TryGetValue(m.Cluster, out var l) && kb.Get(l.Item) is { } e && e.ItemValues("P21").Contains(Male) && Kin(her, e.Id, kb);
                if (!split && !man)
                {
                    clear = false;
                    break;
                }

                prior = m.Span.End;
            }

            if (clear && !NamelessKinBetween(document, last.Span.End, span.Start))
            {
                return women[0];
            }
        }

        return null;
    }

    // A kinship noun between two positions with no person named right after it ("ورُزق منها بابنة توفيت …"): the verb may be
    // that relative's.
    private bool NamelessKinBetween(AnalyzedDocument document, int from, int to)
    {
        var text = document.Source.Text;
        var at = from;
        while (at < to)
        {
            var (word, end) = NextWord(text, at);
            if (end <= at || end > to)
            {
                break;
            }

            var key = KinKey(StripMarks(word));
            var bare = key.Length > 2 && key[0] is '\u0628' or '\u0644' ? key[1..] : key; // "بابنة"، "لابنته"
            if ((IsKinKey(key) || IsKinKey(bare)) && PersonRightAfter(document, end) is null)
            {
                return true;
            }

            at = end;
            while (at < to && !char.IsLetter(text[at]))
            {
                at++;
            }
        }

        return false;
    }

    // One kin step (P22, P25, P26, P3373, P40) between two items, either way.
    private static bool Kin(KbEntity a, string b, IKnowledgeBase kb)
        => KinPaths.Any(p => a.ItemValues(p).Contains(b)) || (kb.Get(b) is { } other && KinPaths.Any(p => other.ItemValues(p).Contains(a.Id)));

    private static bool IsLinkedWoman(int cluster, Dictionary<int, KbLink> links, IKnowledgeBase kb)
        => links.TryGetValue(cluster, out var l) && kb.Get(l.Item) is { } e && KbTypes.Of(e, kb) == KbType.Human && e.ItemValues("P21").Contains(Female);
}
