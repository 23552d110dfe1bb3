using System.Collections.Frozen;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Attribution by agreement (round 10): a birth or death date or place the KB contradicts for the claim's subject, but
/// holds exactly for another person the same sentence names — tagged and linked, or untagged and found in the KB by a name
/// of two or three words — or, in an answer, the question names, or the article's subject when the sentence does not name
/// the claim's subject at all ("خلف دانيالَ في الرئاسة ابنه هوارد …، فرأسها من 1902 حتى وفاته سنة 1920"، "ترأس الجامعة
/// بيارد دودج …، وكان مولده في نيويورك سنة 1888" read for Daniel): the claims layer gave the statement to the wrong one
/// of them, so the text is right about someone and nothing is contradicted (verdict <c>unlinked</c>, note
/// <c>another-person-agrees</c>).
/// </summary>
public sealed partial class ClaimVerifier
{
    private static readonly string[] PersonalProperties =
        [ClaimProperties.BirthDate, ClaimProperties.DeathDate, ClaimProperties.BirthPlace, ClaimProperties.DeathPlace];

    /// <summary>True when another person named in the claim's sentence (or its question) has the claim's value in the KB.</summary>
    private bool AnotherNamedPersonAgrees(AnalyzedDocument document, Claim claim, Dictionary<int, KbLink> links, IKnowledgeBase kb)
    {
        if (!PersonalProperties.Contains(claim.Property) || !links.TryGetValue(claim.Subject, out var own)
            || NamedAsItsSubject(document, claim, kb.Get(own.Item)))
        {
            return false;
        }

        foreach (var other in OthersNamedAround(document, claim, own.Item, links, kb))
        {
            var v = TimeProperties.Contains(claim.Property)
                ? VerifyTime(claim, other, kb, out _)
                : VerifyEntity(document, claim, other, links, kb, out _);
            if (v.Verdict == Verdicts.Supported)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The KB humans other than <paramref name="subjectItem"/> named in the claim's sentence (linked person clusters, and
    /// names of two or three words found in the KB), in the question before an answer, and the article's subject when the
    /// sentence holds no mention of the claim's subject.
    /// </summary>
    private IEnumerable<KbEntity> OthersNamedAround(AnalyzedDocument document, Claim claim, string subjectItem, Dictionary<int, KbLink> links, IKnowledgeBase kb)
    {
        if (claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { subjectItem };
        var sentences = new List<TextSpan> { document.Sentences[claim.Sentence].Span };
        if (claim.Sentence > 0 && document.Source.Text[document.Sentences[claim.Sentence - 1].Span.Start..document.Sentences[claim.Sentence - 1].Span.End].TrimEnd() is var q
            && (q.EndsWith('؟') || q.EndsWith('?')))
        {
            sentences.Add(document.Sentences[claim.Sentence - 1].Span);
        }

        var own = document.Sentences[claim.Sentence].Span;
        var subjectNamed = document.Entities.Any(m => m.Cluster == claim.Subject && m.Span.Start >= own.Start && m.Span.End <= own.End);
        if (!subjectNamed && MainPerson(document, links, kb) is { } main && links.TryGetValue(main, out var mainLink)
            && seen.Add(mainLink.Item) && kb.Get(mainLink.Item) is { } mainItem)
        {
            yield return mainItem;
        }

        var text = document.Source.Text;
        foreach (var span in sentences)
        {
            foreach (var m in document.Entities)
            {
                if (m.Label == EntityLabels.Person && m.Cluster >= 0 && m.Span.Start >= span.Start && m.Span.End <= span.End
                    && links.TryGetValue(m.Cluster, out var l) && seen.Add(l.Item) && kb.Get(l.Item) is { } e)
                {
                    yield return e;
                }
            }

            var words = _memo.Words(_memo.Key(text[span.Start..span.End]));
            foreach (var n in new[] { 3, 2 })
            {
                for (var i = 0; i + n <= words.Length; i++)
                {
                    var name = string.Join(' ', words.Skip(i).Take(n));
                    foreach (var id in kb.Lookup(name, KbKeyKind.Name, 5))
                    {
                        if (seen.Add(id) && kb.Get(id) is { } e && KbTypes.Of(e, kb) == KbType.Human)
                        {
                            yield return e;
                        }
                    }
                }
            }
        }
    }
    /// <summary>
    /// A relative of the stated kind whose whole name (two words or more) the claim's sentence holds, the value's mention being
    /// part of it ("وأنجب منها ابنه البكر فيدل أنخيل كاسترو دياث بالارت" with the value's cluster "أنخيل" merged with the
    /// grandfather's; "أخوه الأكبر إراسموس ألفي داروين" with "إراسموس" merged with the grandfather's): the text names that
    /// relative, and the merged cluster's link is not the text's value. Round 15 (issue-13v): the mention's own name, before its
    /// nasab ("وأبوه محمد خدابنده ابن الشاه طهماسب" names the father "محمد خدابنده").
    /// </summary>
    private bool RelativeNamedInFull(AnalyzedDocument document, Claim claim, KbEntity? relative)
    {
        if (relative is null || claim.Value.Cluster is not { } vc || claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length)
        {
            return false;
        }

        var text = document.Source.Text;
        var sentence = document.Sentences[claim.Sentence].Span;
        var sentenceKey = " " + string.Join(' ', _memo.Words(_memo.Key(text[sentence.Start..sentence.End]))) + " ";
        var mentions = document.Entities.Where(m => m.Cluster == vc && m.Span.Start >= sentence.Start && m.Span.End <= sentence.End)
            .Select(m => OwnName(_memo.Words(_memo.Key(text[m.Span.Start..m.Span.End])))).ToList();
        foreach (var (_, name) in relative.Names())
        {
            var words = _memo.Words(_memo.Key(name));
            if (words.Length >= 2 && sentenceKey.Contains(" " + string.Join(' ', words) + " ", StringComparison.Ordinal)
                && mentions.Any(m => m.Length > 0 && m.All(words.Contains)))
            {
                return true;
            }
        }

        return false;
    }
    // Round 15 (issue-13v): the words of a name before its nasab ("محمد خدابنده ابن الشاه طهماسب": "محمد خدابنده"); the words after
    // the first "ابن"/"بن"/"بنت" past the first word name the father and his forebears, not this person.
    private static string[] OwnName(string[] words)
    {
        var nasab = words.Length > 1 ? Array.FindIndex(words, 1, w => w is "بن" or "ابن" or "بنت") : -1;
        return nasab > 0 ? words[..nasab] : words;
    }

    /// <summary>
    /// Round 14 (issue-x3): namesakes across generations. The value's own mention at the claim ("ابنه محمد") is a name that a
    /// relative of the stated kind bears and that the value's linked item (another of the subject's family, three steps at most: the grandfather the son was
    /// named after, merged with him in one cluster) bears too: the text's short name fits both, so the link, not the text,
    /// chose the grandfather. Read as naming the relative of the stated kind, unless the name is the linked item's whole name.
    /// </summary>
    private bool RelativeNamesakeOfValue(AnalyzedDocument document, Claim claim, KbEntity subject, KbEntity? relative, string valueItem, IKnowledgeBase kb)
    {
        if (relative is null || relative.Id == valueItem || claim.Value.Cluster is not { } vc || vc < 0 || vc >= document.Clusters.Length
            || kb.Get(valueItem) is not { } linked || MentionOfTheClaim(document, claim, vc, isValue: true) is not { } mention)
        {
            return false;
        }

        var words = _memo.Words(_memo.Key(document.Source.Text[mention.Span.Start..mention.Span.End])).Where(w => !KbNames.IsWeakToken(w)).ToArray();
        // The words in order, one after another, inside one of the item's names ("لورنزو دي بييرو" is not borne by "بييرو دي لورنزو").
        var phrase = " " + string.Join(' ', words) + " ";
        bool Bears(KbEntity e) => words.Length > 0
            && e.Names().Any(n => (" " + string.Join(' ', _memo.Words(_memo.Key(n.Name)).Where(w => !KbNames.IsWeakToken(w))) + " ").Contains(phrase, StringComparison.Ordinal));
        // A name that is the linked item's whole name ("ابنها سليم الحداد", the husband's) names him, not a namesake.
        bool Whole(KbEntity e) => e.Names().Any(n => " " + string.Join(' ', _memo.Words(_memo.Key(n.Name)).Where(w => !KbNames.IsWeakToken(w))) + " " == phrase);
        return Bears(relative) && Bears(linked) && !Whole(linked) && FamilyPaths(subject, kb).ContainsKey(valueItem);
    }

    /// <summary>
    /// A kinship phrase the claims layer read already (a relative's claim whose spans cover the phrase's name, its last span —
    /// not only the kinship noun, which a list shares: "ومن أولاده المأمون والمعتصم والواثق"): its reading
    /// — whose relative, which relation — is the shared one, verified with the claims; the verifier's own reading of the
    /// pronoun ("وكان أخوه فريدريك بلس" after a sentence about Howard, read for the article's subject) is not a second opinion.
    /// </summary>
    private bool ReadByAClaim(AnalyzedDocument document, System.Collections.Immutable.ImmutableArray<TextSpan> spans)
    {
        if (spans.IsEmpty)
        {
            return false;
        }

        // A singular kinship noun names one relative: a claim that read the noun read the phrase. A plural one lists several,
        // each needing its own claim: only the listed name counts.
        var text = document.Source.Text;
        var plural = KinPhraseWord(text[spans[0].Start..spans[0].End]) is not { Plural: false };
        TextSpan[] read = plural ? [spans[^1]] : [.. spans];
        return document.Claims.Any(c => c.Modality != ClaimModality.Negated && IsRelativeProperty(c.Property) && c.Value.Kind == ClaimValueKind.Entity
            && c.Spans.Any(cs => read.Any(s => s.Overlaps(cs))));
    }
    /// <summary>
    /// A relative's name governed by an indefinite occupation after the kinship noun ("وهو ابن جنرال في جيش نابليون": the
    /// father is the general, Napoleon is the general's commander): the name is not the relative.
    /// </summary>
    private bool DescriptorBetweenKinAndValue(AnalyzedDocument document, Claim claim)
    {
        if (!IsRelativeProperty(claim.Property) || claim.Value.Cluster is not { } vc || claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length)
        {
            return false;
        }

        var text = document.Source.Text;
        var sentence = document.Sentences[claim.Sentence].Span;
        foreach (var m in document.Entities)
        {
            if (m.Cluster != vc || m.Span.Start < sentence.Start || m.Span.End > sentence.End || !claim.Spans.Any(s => s.Overlaps(m.Span)))
            {
                continue;
            }

            var at = m.Span.Start;
            var descriptor = false;
            for (var n = 0; n < 5; n++)
            {
                var (word, start) = WordBeforeAt(text, at);
                if (start < sentence.Start || word.Length == 0)
                {
                    break;
                }

                var key = _memo.Key(word);
                if (IsKinKey(KinKey(word)))
                {
                    if (descriptor)
                    {
                        return true;
                    }

                    break;
                }

                descriptor |= KbNamesOccupations.IsDescriptor(key) && !key.StartsWith("ال", StringComparison.Ordinal);
                at = start;
            }
        }

        return false;
    }
    // Nouns of a kind of body that open its name (normalized, without the article).
    private static readonly FrozenSet<string> BodyKinds = new[]
    {
        "شركه", "مؤسسه", "موسسه", "جمعيه", "مدرسه", "مكتبه", "مستشفي", "متحف", "مصنع", "مطبعه", "جريده", "مجله", "صحيفه", "بنك", "مصرف",
        "نادي", "فرقه", "حزب", "جامعه", "كليه", "معهد", "اكاديميه", "مجمع", "دار", "هيئه", "منظمه", "مرصد", "كنيسه", "مسجد", "جامع",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A founding or end whose subject's mention in the sentence follows (or opens with) a noun of a kind of body that no name
    /// of the linked item holds ("أسس شركة كامبريدج للأجهزة العلمية سنة 1881" with "كامبريدج" linked to the university): another
    /// body named after the same place or person, not the item.
    /// </summary>
    private bool OfAnotherKindOfBody(AnalyzedDocument document, Claim claim, KbEntity subject)
    {
        if (claim.Property is not (ClaimProperties.Founded or ClaimProperties.Dissolved) || claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length)
        {
            return false;
        }

        var itemWords = subject.Names().SelectMany(n => _memo.Words(_memo.Key(n.Name))).Select(BodyKey).ToHashSet(StringComparer.Ordinal);
        var text = document.Source.Text;
        var sentence = document.Sentences[claim.Sentence].Span;
        foreach (var m in document.Entities)
        {
            if (m.Cluster != claim.Subject || m.Span.Start < sentence.Start || m.Span.End > sentence.End)
            {
                continue;
            }

            var first = _memo.Words(_memo.Key(text[m.Span.Start..m.Span.End])).FirstOrDefault() ?? "";
            var (before, start) = WordBeforeAt(text, m.Span.Start);
            // Round 16 (13a): a name that opens with its own noun of a body the item's names hold ("فأسس البنك شركة مصر للغزل
            // والنسيج") has its head; the word before it is another word of the clause (here the founder), not the head.
            var ownHead = BodyKinds.Contains(BodyKey(first)) && itemWords.Contains(BodyKey(first));
            foreach (var w in new[] { BodyKey(first), start >= sentence.Start && !ownHead ? BodyKey(_memo.Key(before)) : "" })
            {
                if (w.Length > 0 && BodyKinds.Contains(w) && !itemWords.Contains(w))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A word without its article or a clitic before it ("والشركة" → "شركه").
    private static string BodyKey(string key)
    {
        foreach (var prefix in new[] { "وال", "بال", "فال", "لل", "ال", "و", "ب", "ل" })
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && BodyKinds.Contains(key[prefix.Length..]))
            {
                return key[prefix.Length..];
            }
        }

        return key;
    }
    /// <summary>
    /// The claim's subject is the explicit subject of its words: the person mention nearest before the claim's first word
    /// (no other person between), or right after one of its words, is of the subject's cluster and bears one of the linked
    /// item's names ("وكان أخوها عبد الإله قد وُلد في مكة سنة 1913": Abd al-Ilah's birth, even if his sister, named before, was
    /// born there too). A mention of a merged cluster that names someone else ("وُلدت فريدا كالو" in a cluster linked to her
    /// father) is not.
    /// </summary>
    private bool NamedAsItsSubject(AnalyzedDocument document, Claim claim, KbEntity? subject)
    {
        if (subject is null || claim.Spans.IsEmpty || claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length)
        {
            return false;
        }

        var sentence = document.Sentences[claim.Sentence].Span;
        var first = claim.Spans.Min(s => s.Start);
        var persons = document.Entities.Where(m => m.Label == EntityLabels.Person && m.Cluster >= 0
            && m.Span.Start >= sentence.Start && m.Span.End <= sentence.End).ToList();
        var anchors = new List<EntityMention>();
        if (persons.Where(m => m.Span.End <= first).OrderByDescending(m => m.Span.End).FirstOrDefault() is { } before)
        {
            anchors.Add(before);
        }

        foreach (var span in claim.Spans)
        {
            if (PersonRightAfter(document, span.End) is { } c
                && persons.FirstOrDefault(m => m.Cluster == c && m.Span.Start >= span.End && m.Span.Start - span.End <= 3) is { } after)
            {
                anchors.Add(after);
            }
        }

        var names = subject.Names().Select(n => _memo.Words(_memo.Key(n.Name))).ToList();
        var text = document.Source.Text;
        return anchors.Any(a => a.Cluster == claim.Subject && _memo.Words(_memo.Key(text[a.Span.Start..a.Span.End])) is { Length: > 0 } w
            && names.Any(n => w.All(n.Contains)));
    }
}
