using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Persons (round 13, issue-13p): namesakes inside one family and an untagged name as a verb's subject.
/// <list type="bullet">
/// <item>The entity stage may put a father and his namesake son in one cluster ("توماس يوهان هاينريش مان" … "وأخوه توماس مان
/// وُلد في …"); the cluster links to one of them. A claim read at a mention whose own whole name is, in the KB, another
/// item — a kin of the linked one within two steps (a son, a grandson named after his grandfather) — is that namesake's
/// claim: compared with his item, a warning. A short form of such a split cluster ("تزوج توماس …") cannot tell which
/// namesake it is: NIL for that claim (a wrong link makes a false alarm).</item>
/// <item>A birth or death verb whose own subject is a name (untagged, recurring in the document, or a word of another
/// person's name: "وتوفيت هندريكيه سنة 1663") is that person's: the claim belongs to nobody the KB knows when that name is
/// not the claim's subject.</item>
/// </list>
/// </summary>
public sealed partial class ClaimVerifier
{
    // Kin steps a namesake may be away: parent/child, sibling, and one more parent/child step (grandfather and grandson).
    private static readonly string[] LineProperties = ["P22", "P25", "P40"];

    // Round 14 (issue-18): look-ups built once per document instead of walks of a whole layer per claim (held weakly by the
    // document, so nothing outlives it).
    private readonly ConditionalWeakTable<AnalyzedDocument, VerifierDocumentCache> _perDocument = new();

    /// <summary>The per-document look-ups of the verifier (<see cref="VerifierDocumentCache"/>).</summary>
    internal VerifierDocumentCache CacheOf(AnalyzedDocument document) => _perDocument.GetValue(document, static d => new VerifierDocumentCache(d));

    /// <summary>
    /// The claim's links with its subject (and its value) moved to the namesake the claim's own mention names, or null when no
    /// mention names a namesake; <paramref name="ambiguous"/> when the claim rests on a short form of a cluster holding two
    /// namesakes.
    /// </summary>
    private Dictionary<int, KbLink>? NamesakeLinks(AnalyzedDocument document, Claim claim, Dictionary<int, KbLink> links, IKnowledgeBase kb,
        out bool ambiguous)
    {
        ambiguous = false;
        Dictionary<int, KbLink>? moved = null;
        foreach (var (cluster, isValue) in new[] { (claim.Subject, false), (claim.Value.Cluster ?? -1, true) })
        {
            if (cluster < 0 || cluster >= document.Clusters.Length || document.Clusters[cluster].Label != EntityLabels.Person
                || !links.TryGetValue(cluster, out var link) || kb.Get(link.Item) is not { } linked)
            {
                continue;
            }

            var namesakes = NamesakesInCluster(document, cluster, linked, kb);
            if (namesakes.Count == 0)
            {
                continue;
            }

            if (MentionOfTheClaim(document, claim, cluster, isValue) is not { } mention)
            {
                continue;
            }

            var text = document.Source.Text[mention.Span.Start..mention.Span.End];
            if (namesakes.TryGetValue(_memo.Key(text), out var other))
            {
                moved ??= new Dictionary<int, KbLink>(links);
                moved[cluster] = new KbLink(cluster, other.Id, other.LabelIn("ar", "en"), Math.Min(link.Confidence, 0.75), "namesake");
            }
            else if (!NamesTheLinkedItem(text, linked))
            {
                // "توماس": the father's or the son's, the text does not say — unless the short form is a word of the article's
                // person's own name ("مات بوليفار" in Simón Bolívar's article, the cluster holding his father and brother).
                if (!isValue && ArticlePersonByShortForm(document, cluster, text, links) is { } main)
                {
                    moved ??= new Dictionary<int, KbLink>(links);
                    moved[cluster] = main with { Cluster = cluster, Confidence = Math.Min(main.Confidence, 0.75) };
                }
                else
                {
                    ambiguous = true;
                }
            }
        }

        return ambiguous ? null : moved;
    }

    // The names (normalized keys) of the cluster's mentions that are, in the KB, the whole name of another item of the linked
    // item's family (two kin steps at most), each with that item; empty when the cluster names nobody else. Found once per
    // document, cluster and item (round 14: every claim of a linked cluster looked all its mentions up in the KB again), and
    // each distinct name once.
    private Dictionary<string, KbEntity> NamesakesInCluster(AnalyzedDocument document, int cluster, KbEntity linked, IKnowledgeBase kb) =>
        CacheOf(document).Namesakes.GetOrAdd((kb, cluster, linked.Id), _ => FindNamesakesInCluster(document, cluster, linked, kb));

    private Dictionary<string, KbEntity> FindNamesakesInCluster(AnalyzedDocument document, int cluster, KbEntity linked, IKnowledgeBase kb)
    {
        var found = new Dictionary<string, KbEntity>(StringComparer.Ordinal);
        var asked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mi in document.Clusters[cluster].Mentions)
        {
            if (mi < 0 || mi >= document.Entities.Length)
            {
                continue;
            }

            var key = _memo.Key(document.Entities[mi].Text);
            if (!asked.Add(key) || _memo.Words(key).Length < 2)
            {
                continue;
            }

            var ids = kb.Lookup(key, KbKeyKind.Name, 10);
            if (ids.Count == 0 || ids.Contains(linked.Id))
            {
                continue;
            }

            var family = ids.Select(kb.Get).Where(e => e is not null && KbTypes.Of(e, kb) == KbType.Human && WithinTwoKinSteps(linked, e, kb)).ToList();
            if (family.Count == 1)
            {
                found[key] = family[0]!;
            }
        }

        return found;
    }

    // The article's person's link when a one-word short form is a word of his cluster's own name and he is not the cluster itself.
    private KbLink? ArticlePersonByShortForm(AnalyzedDocument document, int cluster, string text, Dictionary<int, KbLink> links)
    {
        var words = _memo.Words(_memo.Key(text));
        if (words.Length != 1 || document.Subject is not { } main || main == cluster || main < 0 || main >= document.Clusters.Length
            || !links.TryGetValue(main, out var link))
        {
            return null;
        }

        var person = document.Clusters[main];
        return person.Aliases.Prepend(person.Name).Any(n => _memo.Words(_memo.Key(n)).Contains(words[0])) ? link : null;
    }

    private static bool WithinTwoKinSteps(KbEntity a, KbEntity b, IKnowledgeBase kb)
    {
        if (Kin(a, b.Id, kb))
        {
            return true;
        }

        foreach (var p in LineProperties)
        {
            foreach (var middle in a.ItemValues(p))
            {
                if (kb.Get(middle) is { } m && LineProperties.Any(q => m.ItemValues(q).Contains(b.Id)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // True when a mention's text is, word for word, one of the linked item's own names (or all its words are in one).
    private bool NamesTheLinkedItem(string text, KbEntity linked)
    {
        var words = _memo.Words(_memo.Key(text));
        return words.Length >= 2 && linked.Names().Any(n => _memo.Words(_memo.Key(n.Name)) is var kw && words.All(kw.Contains));
    }

    // The mention of the cluster the claim was read at: for the value, the one inside the claim's spans; for the subject, the one
    // inside its spans, else the last one before its first span in its sentence, else the last one before it in the document.
    private static EntityMention? MentionOfTheClaim(AnalyzedDocument document, Claim claim, int cluster, bool isValue)
    {
        var mine = document.Clusters[cluster].Mentions.Where(m => m >= 0 && m < document.Entities.Length).Select(m => document.Entities[m]).ToList();
        var inside = mine.FirstOrDefault(m => claim.Spans.Any(s => s.Overlaps(m.Span)));
        if (inside is not null || isValue || claim.Spans.IsDefaultOrEmpty)
        {
            return inside;
        }

        // In its sentence, the mention nearest its first span before its last ("وتوفي يوسف سنة 1890": the verb's own subject).
        var first = claim.Spans.Min(s => s.Start);
        var last = claim.Spans.Max(s => s.End);
        if (claim.Sentence >= 0 && claim.Sentence < document.Sentences.Length
            && document.Sentences[claim.Sentence].Span is var sentence
            && mine.Where(m => m.Span.Start >= sentence.Start && m.Span.End <= last).MinBy(m => Math.Abs(m.Span.Start - first)) is { } near)
        {
            return near;
        }

        return mine.Where(m => m.Span.End <= first).OrderBy(m => m.Span.Start).LastOrDefault();
    }

    // Words that stand right after a birth or death verb and are no one's name.
    private static readonly FrozenSet<string> NotASubjectAfterVerb = new[]
    {
        "سنه", "عام", "يوم", "ليله", "شهر", "اثر", "متاثرا", "وهو", "وهي", "فجاه", "مقتولا", "مسموما", "شهيدا", "غريبا", "صغيرا",
        "رحمه", "بها", "فيها", "فيه", "بعدها", "بعده", "قبلها", "قبله", "حوالي", "نحو", "له", "لها", "منها", "منه", "عنها", "عنه",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True when a birth or death claim's verb is followed by a name that is not its subject's: a word of another person
    /// cluster's name, or an untagged word that recurs in the document as a word of its own (not a function word, not definite,
    /// not a kinship noun, not inside a date) — "وتوفيت هندريكيه سنة 1663" after "ارتبط بـهندريكيه ستوفلس".
    /// </summary>
    private bool UntaggedSubjectOfTheVerb(AnalyzedDocument document, Claim claim, ref Dictionary<string, int>? wordCounts, out int? named)
    {
        named = null;
        if (claim.Property is not (ClaimProperties.BirthDate or ClaimProperties.DeathDate or ClaimProperties.BirthPlace or ClaimProperties.DeathPlace)
            || claim.Spans.IsDefaultOrEmpty || claim.Subject < 0 || claim.Subject >= document.Clusters.Length)
        {
            return false;
        }

        var text = document.Source.Text;
        foreach (var span in claim.Spans)
        {
            var verb = VerbKey(text[span.Start..span.End]);
            if (!(MasculineDeathVerbs.Contains(verb) || FeminineDeathVerbs.Contains(verb) || IsBirthVerb(verb))
                || PersonRightAfter(document, span.End) is not null || KinAfterVerb(document, span.End) is not null)
            {
                continue;
            }

            var (word, end) = NextWord(text, span.End);
            var start = end - word.Length;
            var key = _memo.Key(StripMarks(word));
            if (key.Length < 3 || word.Length == 0 || char.IsDigit(key[0]) || key.StartsWith("ال", StringComparison.Ordinal)
                || NotASubjectAfterVerb.Contains(key) || FunctionWords.IsClosedClass(key) || FunctionWords.IsFoldedFunctionWord(key) || IsKinKey(KinKey(word))
                || CacheOf(document).OverlapsMention(start, end)
                || CacheOf(document).OverlapsTimex(start, end)
                || (key[0] is 'ب' or 'ل' or 'ف' && NotASubjectAfterVerb.Contains(key[1..])))
            {
                continue;
            }

            var subject = document.Clusters[claim.Subject];
            var subjectWords = subject.Aliases.Prepend(subject.Name).SelectMany(n => _memo.Words(_memo.Key(n))).ToHashSet(StringComparer.Ordinal);
            if (subjectWords.Contains(key))
            {
                continue; // the subject's own short form
            }

            var others = CacheOf(document).PersonsNamedBy(key, n => _memo.Words(_memo.Key(n))).Where(id => id != claim.Subject).ToList();
            if (others.Count > 0 || Recurs(document, key, start, wordCounts ??= WordCounts(document)))
            {
                named = others.Count == 1 ? others[0] : null; // "ومات بركة خان": the one person of the text the word names
                return true;
            }
        }

        return false;
    }

    // "to him / from him" after a birth verb: "فولدت له رضا" (she bore him Reza), "وُلد له ابن" (a son was born to him).
    private static readonly FrozenSet<string> BorneTo = new[] { "له", "لها", "لهما", "منه", "منها", "لزوجها" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A birth verb followed by "له"/"منه" ("فولدت له ولي العهد رضا بهلوي في …") is a child's birth, not the subject's: the
    /// claim's links with its subject moved to the first linked person named after the verb in its sentence when the KB holds
    /// that person as the subject's child; null otherwise, with <paramref name="borne"/> true when the verb reads "bore".
    /// </summary>
    private Dictionary<int, KbLink>? ChildBorne(AnalyzedDocument document, Claim claim, Dictionary<int, KbLink> links, IKnowledgeBase kb, out bool borne,
        out TextSpan verb)
    {
        borne = false;
        verb = default;
        if (claim.Property is not (ClaimProperties.BirthDate or ClaimProperties.BirthPlace) || claim.Spans.IsDefaultOrEmpty
            || claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length)
        {
            return null;
        }

        var text = document.Source.Text;
        var sentence = document.Sentences[claim.Sentence].Span;
        foreach (var span in claim.Spans)
        {
            if (!IsBirthVerb(VerbKey(text[span.Start..span.End])) || !BorneTo.Contains(_memo.Key(StripMarks(NextWord(text, span.End).Word))))
            {
                continue;
            }

            (borne, verb) = (true, span);
            var child = document.Entities.Where(m => m.Label == EntityLabels.Person && m.Cluster >= 0 && m.Cluster != claim.Subject
                && m.Span.Start >= span.End && m.Span.End <= sentence.End).OrderBy(m => m.Span.Start).FirstOrDefault();
            if (child is not null && links.TryGetValue(child.Cluster, out var childLink) && links.TryGetValue(claim.Subject, out var parentLink)
                && kb.Get(parentLink.Item) is { } parent && kb.Get(childLink.Item) is { } item
                && (parent.ItemValues("P40").Contains(item.Id) || item.ItemValues("P22").Contains(parent.Id) || item.ItemValues("P25").Contains(parent.Id)))
            {
                return new Dictionary<int, KbLink>(links) { [claim.Subject] = childLink with { Cluster = claim.Subject } };
            }

            return null;
        }

        return null;
    }

    // True when the word (a normalized key) stands elsewhere in the text as a word, bare or after one clitic letter or "بـ":
    // read from the document's word counts (built once per document by WordCounts), less the word at `except` itself.
    private bool Recurs(AnalyzedDocument document, string key, int except, Dictionary<string, int> counts)
    {
        var total = counts.GetValueOrDefault(key);
        var (word, end) = NextWord(document.Source.Text, except);
        if (word.Length > 0 && end - word.Length == except && CountedAs(WordKey(word), key))
        {
            total--;
        }

        return total > 0;
    }

    // Every word of the text counted once under its key and once more under the key without a leading clitic letter, so
    // that Recurs is a look-up instead of a walk of the whole text per claim.
    private Dictionary<string, int> WordCounts(AnalyzedDocument document)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var text = document.Source.Text;
        var at = 0;
        while (at < text.Length)
        {
            var (word, end) = NextWord(text, at);
            if (end <= at)
            {
                at++;
                continue;
            }

            if (word.Length > 0)
            {
                var w = WordKey(word);
                counts[w] = counts.GetValueOrDefault(w) + 1;
                if (w.Length > 1 && w[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك')
                {
                    var bare = w[1..];
                    counts[bare] = counts.GetValueOrDefault(bare) + 1;
                }
            }

            at = end;
        }

        return counts;
    }

    private string WordKey(string word) => _memo.Key(StripMarks(word.Replace("ـ", "", StringComparison.Ordinal)));

    // The word counted under the key: bare, or after one clitic letter.
    private static bool CountedAs(string w, string key) =>
        w == key || (w.Length == key.Length + 1 && w[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك' && w.AsSpan(1).SequenceEqual(key));
}
