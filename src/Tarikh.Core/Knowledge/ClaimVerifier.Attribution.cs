using System.Collections.Frozen;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Attribution (round 7): whose a date or a relation is, read from the kinship words around the claim. A birth or death
/// whose verb is followed by a kinship noun ("وقد توفي الأب في موسكو"، "توفي والده") is the relative's; a date after a
/// name that is the possessor of a kinship noun ("ابن أخيه ألكسندر، المولود سنة 1891"، "الصالح إسماعيل ابن الأشرف خليل …
/// ومات") is the described person's, not the possessor's; a value written after a compound kinship ("تزوج ابنة خاله زهرة")
/// is neither a child nor a parent; an answer to a question that names no one ("س: أين ومتى توفي؟ ج: توفي في …") is about
/// the article's subject; a verb of teaching ("ودرّس فيها أستاذاً") is no education.
/// </summary>
public sealed partial class ClaimVerifier
{
    // Kinship stems (normalized, without a pronoun) of relations the verifier does not compare: uncles and aunts,
    // grandparents and grandchildren, in-laws, stepchildren.
    private static readonly FrozenSet<string> OtherKinStems = new[]
    {
        "عم", "عمت", "خال", "خالت", "جد", "جدت", "حفيد", "حفيدت", "صهر", "حمو", "حمات", "ربيب", "ربيبت", "نسيب", "سلف",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Definite kinship nouns (normalized) that name the article subject's relative without a pronoun: "توفي الأب".
    private static readonly FrozenDictionary<string, string> DefiniteKin = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["الاب"] = ClaimProperties.Father, ["الوالد"] = ClaimProperties.Father,
        ["الام"] = ClaimProperties.Mother, ["الوالده"] = ClaimProperties.Mother,
        ["الابن"] = ClaimProperties.Child, ["الابنه"] = ClaimProperties.Child,
        ["الزوج"] = ClaimProperties.Spouse, ["الزوجه"] = ClaimProperties.Spouse,
        ["الاخ"] = ClaimProperties.Sibling, ["الاخت"] = ClaimProperties.Sibling, ["الشقيق"] = ClaimProperties.Sibling, ["الشقيقه"] = ClaimProperties.Sibling,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The normalized word without one leading conjunction و/ف when what is left is a kinship word.</summary>
    private string KinKey(string word)
    {
        var key = _memo.Key(word);
        return key.Length > 2 && key[0] is '\u0648' or '\u0641' && IsKinKey(key[1..]) && !IsKinKey(key) ? key[1..] : key;
    }

    private static bool IsKinKey(string key)
        => KinWithPronoun(key) is not null || OtherKinWithPronoun(key) || IsNasab(key) || KinProperty.ContainsKey(key)
            || OtherKinStems.Contains(key) || DefiniteKin.ContainsKey(key);

    private static bool OtherKinWithPronoun(string key)
    {
        foreach (var suffix in PronounSuffixes)
        {
            if (key.Length > suffix.Length + 1 && key.EndsWith(suffix, StringComparison.Ordinal) && OtherKinStems.Contains(key[..^suffix.Length]))
            {
                return true;
            }
        }

        return false;
    }

    // The word that ends right before a position (spaces or one comma between), and where it starts; ("", -1) when none.
    private static (string Word, int Start) WordBeforeAt(string text, int position, bool overComma = false)
    {
        var end = position;
        while (end > 0 && (text[end - 1] == ' ' || (overComma && text[end - 1] is '،' or ',')))
        {
            end--;
        }

        if (end == position && position > 0 && !char.IsWhiteSpace(text[position - 1]))
        {
            return ("", -1);
        }

        if (position - end > 3)
        {
            return ("", -1);
        }

        var start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('،' or ',' or '.' or '(' or ':' or '؟' or '?'))
        {
            start--;
        }

        return start == end ? ("", -1) : (text[start..end], start);
    }

    /// <summary>
    /// A compound kinship written right before a position: a kinship noun with a pronoun of a relation not compared
    /// ("خاله"، "عمه"، "جده"), or a kinship noun with a pronoun after another kinship noun ("ابن أخيه"، "زوجة أبيه"). The
    /// name after it is an uncle's daughter, a nephew, a stepmother: none of the five relations.
    /// </summary>
    private bool CompoundKinBefore(string text, int position)
    {
        var (word, start) = WordBeforeAt(text, position);
        if (start < 0)
        {
            return false;
        }

        var key = KinKey(word);
        if (OtherKinWithPronoun(key))
        {
            return true;
        }

        if (KinWithPronoun(key) is null)
        {
            return false;
        }

        var (first, firstStart) = WordBeforeAt(text, start);
        return firstStart >= 0 && KinKey(first) is var k && (KinProperty.ContainsKey(k) || IsNasab(k) || OtherKinStems.Contains(k) || k == "ابنه");
    }

    /// <summary>
    /// A name that is the possessor of a kinship noun: "ابن الأشرف خليل" (nasab, written apart from the name), "ابن أخيه
    /// ألكسندر". A birth or death stated after it is the described person's (the son), not the possessor's.
    /// </summary>
    private bool PossessorOfKinship(string text, int mentionStart)
    {
        var (word, start) = WordBeforeAt(text, mentionStart);
        if (start < 0)
        {
            return false;
        }

        var plain = new string([.. word.Where(c => c is < '\u064B' or > '\u0652')]);
        return plain is "ابن" or "بن" or "بنت" or "ابنة" or "وابن" || CompoundKinBefore(text, mentionStart);
    }

    /// <summary>
    /// The relation a kinship noun right after a birth or death verb names: "توفي الأب في موسكو" (definite, the article
    /// subject's father), "توفي والده" (with a pronoun). Null when the word after the verb is no kinship noun, or a definite
    /// one followed by a person's name (a title: "توفي الأب يوحنا").
    /// </summary>
    private (string Relation, bool Definite, int KinEnd)? KinAfterVerb(AnalyzedDocument document, int verbEnd)
    {
        var text = document.Source.Text;
        var (kinWord, kinEnd) = NextWord(text, verbEnd);
        var key = _memo.Key(kinWord);
        if (KinWithPronoun(key) is { } relation)
        {
            return (relation, false, kinEnd);
        }

        if (DefiniteKin.TryGetValue(key, out var definite) && !CacheOf(document).Mentions.AnyPersonStartingIn(kinEnd, kinEnd + 2))
        {
            return (definite, true, kinEnd);
        }

        return null;
    }

    /// <summary>
    /// Round 7's signs that a birth or death claim is another person's: its verb is followed by a kinship noun and no
    /// mention of the claim's subject ("وقد توفي الأب في موسكو سنة 1889" read for the article's subject), or the nearest
    /// mention of the subject before the verb, in the sentence, is the possessor of a kinship noun ("ابن أخيه ألكسندر،
    /// المولود …").
    /// </summary>
    private bool KinshipNamesAnotherSubject(AnalyzedDocument document, Claim claim)
    {
        var text = document.Source.Text;
        foreach (var span in claim.Spans)
        {
            var word = VerbKey(text[span.Start..span.End]);
            var verb = MasculineDeathVerbs.Contains(word) || FeminineDeathVerbs.Contains(word) || IsBirthVerb(word)
                || word is "المولود" or "المولوده" or "المتوفي" or "المتوفاه";
            if (!verb)
            {
                continue;
            }

            if (KinAfterVerb(document, span.End) is { } kin
                && !CacheOf(document).Mentions.AnyOfClusterStartingIn(claim.Subject, kin.KinEnd, kin.KinEnd + 2))
            {
                return true;
            }

            if (claim.Sentence >= 0 && claim.Sentence < document.Sentences.Length)
            {
                var sentence = document.Sentences[claim.Sentence].Span;
                var last = CacheOf(document).Mentions.LastPersonWithin(sentence.Start, span.Start);
                var nearest = last >= 0 ? document.Entities[last] : null;
                if (nearest is not null && nearest.Cluster == claim.Subject && PossessorOfKinship(text, nearest.Span.Start))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// An answer to a question that names no one ("س: أين ومتى توفي؟ ج: توفي في مراكش …"), read for a person of an earlier
    /// answer: in a text of questions and answers about one person, such a question asks about the article's subject.
    /// Returns the links with the article subject's link on the claim's cluster, or null.
    /// </summary>
    private Dictionary<int, KbLink>? AnswerAboutTheSubject(AnalyzedDocument document, Claim claim, Dictionary<int, KbLink> links, IKnowledgeBase kb)
    {
        if (MainPerson(document, links, kb) is not { } main || main == claim.Subject || !links.TryGetValue(main, out var mainLink)
            || claim.Sentence <= 0 || claim.Sentence >= document.Sentences.Length)
        {
            return null;
        }

        var text = document.Source.Text;
        var answer = document.Sentences[claim.Sentence].Span;
        var question = document.Sentences[claim.Sentence - 1].Span;
        var q = text[question.Start..question.End].Trim();
        if (!q.EndsWith('؟') && !q.EndsWith('?'))
        {
            return null;
        }

        // The question names no one and asks about no relative; the answer names the claim's subject nowhere.
        if (document.Entities.Any(m => m.Span.Start >= question.Start && m.Span.End <= question.End && m.Label == EntityLabels.Person)
            || _memo.Words(_memo.Key(q)).Any(IsKinKey)
            || document.Entities.Any(m => m.Cluster == claim.Subject && m.Span.Start >= answer.Start && m.Span.End <= answer.End))
        {
            return null;
        }

        return new Dictionary<int, KbLink>(links) { [claim.Subject] = mainLink with { Cluster = claim.Subject } };
    }

    /// <summary>
    /// True when the claim states a child and the KB holds the value as the subject's father or mother, or the claim states a
    /// parent and the KB holds the value as the subject's child: one generation read the wrong way round.
    /// </summary>
    private static bool ConverseGeneration(string property, KbEntity subject, string valueItem)
        => property == ClaimProperties.Child
            ? subject.ItemValues(ClaimProperties.Father).Contains(valueItem) || subject.ItemValues(ClaimProperties.Mother).Contains(valueItem)
            : property is ClaimProperties.Father or ClaimProperties.Mother && subject.ItemValues(ClaimProperties.Child).Contains(valueItem);

    /// <summary>A verb of teaching ("ودرّس فيها أستاذاً"، "يدرّس"): the shadda on its ر; an employment, not an education.</summary>
    private static bool TeachingVerb(AnalyzedDocument document, Claim claim)
    {
        var text = document.Source.Text;
        foreach (var span in claim.Spans)
        {
            var word = text[span.Start..span.End];
            var at = word.IndexOf("ر\u0651", StringComparison.Ordinal);
            if (at > 0 && new string([.. word.Where(c => c is < '\u064B' or > '\u0652')]) is var plain && plain.EndsWith("درس", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A relation whose subject is a name the KB does not hold ("ورافقه … أخوه يوري" read for a painting's title named
    /// before it) while the KB relates the linked value to the article's subject: the kinship pronoun is the article
    /// subject's. Returns the links with the article subject's link on the claim's cluster, or null.
    /// </summary>
    private Dictionary<int, KbLink>? RelativeOfTheArticleSubject(AnalyzedDocument document, Claim claim, Dictionary<int, KbLink> links, IKnowledgeBase kb)
    {
        if (!IsRelativeProperty(claim.Property) || links.ContainsKey(claim.Subject) || MainPerson(document, links, kb) is not { } main
            || !links.TryGetValue(main, out var mainLink) || claim.Value.Cluster is not { } vc || !links.TryGetValue(vc, out var valueLink)
            || kb.Get(mainLink.Item) is not { } subject || valueLink.Item == mainLink.Item)
        {
            return null;
        }

        // Only through a kinship noun with a pronoun written right before the value.
        var text = document.Source.Text;
        var kinBefore = document.Entities.Any(m => m.Cluster == vc && claim.Spans.Any(s => s.Overlaps(m.Span))
            && KinWithPronoun(KinKey(WordBefore(text, m.Span.Start))) is not null);
        if (!kinBefore || !EntityLinker.RelativeProperties.Any(p => subject.ItemValues(p).Contains(valueLink.Item)))
        {
            return null;
        }

        // Round 17 (issue-x2): not when the KB makes the value the article subject's relative of the converse generation ("ابنه X"
        // where X is the subject's father): the pronoun is then X's parent's, someone the sentence names, not the subject.
        if (ConverseGeneration(claim.Property, subject, valueLink.Item))
        {
            return null;
        }

        return new Dictionary<int, KbLink>(links) { [claim.Subject] = mainLink with { Cluster = claim.Subject } };
    }

    /// <summary>
    /// The article's subject as a linked person: the document's subject when it is linked to a human; else the linked human
    /// whose KB names hold the subject's name (a heading tagged as another kind, "إيليا ريبين" above "وُلد إيليا يفيموفيتش
    /// ريبين"); else the linked human that is the subject of the most claims (three or more, and more than any other).
    /// Null when none is.
    /// </summary>
    private int? MainPerson(AnalyzedDocument document, IReadOnlyDictionary<int, KbLink> links, IKnowledgeBase kb)
    {
        bool Human(KbLink l) => kb.Get(l.Item) is { } e && KbTypes.Of(e, kb) == KbType.Human;
        if (document.Subject is not { } main)
        {
            return null;
        }

        if (links.TryGetValue(main, out var ml) && (Human(ml) || !Dateline(document, main)))
        {
            return Human(ml) ? main : null;
        }

        if (main >= 0 && main < document.Clusters.Length && _memo.Key(document.Clusters[main].Name) is { Length: > 0 } key)
        {
            var named = links.Values.Where(l => Human(l) && kb.Get(l.Item)!.Names().Any(n => _memo.Key(n.Name) == key)).Select(l => l.Cluster).ToList();
            if (named.Count > 0)
            {
                return named.Min();
            }
        }

        // Claims dated after a person's KB death are not his (see ActAfterDeath): they do not make him the article's subject.
        var counts = document.Claims.Where(c => links.TryGetValue(c.Subject, out var l) && Human(l) && !AfterDeathOf(c, kb.Get(l.Item)!)).GroupBy(c => c.Subject)
            .Select(g => (Cluster: g.Key, Count: g.Count())).OrderByDescending(x => x.Count).ToList();
        return counts.Count > 0 && counts[0].Count >= 3 && (counts.Count == 1 || counts[1].Count < counts[0].Count) ? counts[0].Cluster : null;
    }

    // A news dateline ("القاهرة، الأربعاء 17 شباط 2016 —"): the cluster's first mention opens the document, followed by a comma or a dash.
    private static bool Dateline(AnalyzedDocument document, int cluster)
    {
        var first = document.Entities.Where(m => m.Cluster == cluster).Select(m => m.Span).DefaultIfEmpty().MinBy(s => s.Start);
        var text = document.Source.Text;
        if (first.IsEmpty || !string.IsNullOrWhiteSpace(text[..first.Start]))
        {
            return false;
        }

        var at = first.End;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at < text.Length && text[at] is '،' or ',' or '-' or '–' or '—';
    }

    private bool AfterDeathOf(Claim c, KbEntity person)
        => (c.Time ?? c.Start ?? c.End)?.Date is { } date && c.Property is not (ClaimProperties.DeathDate or ClaimProperties.DeathPlace)
            && c.Modality != ClaimModality.Posthumous && LastYear(person, ClaimProperties.DeathDate) is { } died && date.Start.Year > died + YearsPastDeath;

    // Words that open a sentence about someone named right after them: "وكان كافور يومئذ …"، "أما الحسين فنُفي …".
    private static readonly FrozenSet<string> SubjectOpeners = new[] { "كان", "وكان", "فكان", "اما", "واما", "ثم" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A birth or death in a sentence that never names the claim's subject but opens with another person (see
    /// <see cref="OpensWithAnotherPerson"/>): "وكان كافور يومئذ وصيّاً …، ومات سنة 357 هـ" read for the article's subject.
    /// </summary>
    private bool UntaggedPersonOpensSentence(AnalyzedDocument document, Claim claim, string subjectItem, IKnowledgeBase kb)
    {
        if (claim.Property is not (ClaimProperties.BirthDate or ClaimProperties.DeathDate or ClaimProperties.BirthPlace or ClaimProperties.DeathPlace)
            || claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length)
        {
            return false;
        }

        return OpensWithAnotherPerson(document, claim.Sentence, claim.Subject, subjectItem, kb, claim.Spans.Min(s => s.Start));
    }

    /// <summary>
    /// True when a sentence never names <paramref name="subject"/> (a cluster) but opens with another person: a tagged person
    /// among its first four words, before <paramref name="before"/>; or one the KB knows and the entity stage left untagged:
    /// the one or two words after a sentence-opening "كان"/"أما", or the sentence's first words themselves, the conjunction
    /// و/ف taken off ("وفاغانوفا نفسها وُلدت …": a fronted subject, the nominal sentence), are a KB human's whole name or alias
    /// (one word of four letters or more) that is not <paramref name="subjectItem"/>.
    /// </summary>
    private bool OpensWithAnotherPerson(AnalyzedDocument document, int sentenceIndex, int subject, string subjectItem, IKnowledgeBase kb, int before = int.MaxValue)
    {
        var sentence = document.Sentences[sentenceIndex].Span;
        var windows = CacheOf(document).Mentions;
        if (windows.AnyOfClusterWithin(subject, sentence.Start, sentence.End))
        {
            return false;
        }

        // A tagged person among the sentence's first four words, before the claim's words, is the sentence's subject
        // ("ولم يصمد الملك علي في جدة، … ورحل إلى بغداد حيث مات سنة 1939" read for his father, named sentences before).
        // Looked up in the person mentions that start between the sentence's start and `before` (round 16: the layer was walked).
        var text = document.Source.Text;
        var entities = document.Entities;
        IEnumerable<int> candidates = windows.InvertedSpan ? Enumerable.Range(0, entities.Length) : windows.PersonsStartingIn(sentence.Start, before);
        foreach (var i in candidates)
        {
            var m = entities[i];
            if (m.Label == EntityLabels.Person && m.Cluster >= 0 && m.Cluster != subject && m.Span.Start >= sentence.Start
                && m.Span.End <= before && text[sentence.Start..m.Span.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 4)
            {
                return true;
            }
        }

        var words = _memo.Words(_memo.Key(text[sentence.Start..sentence.End]));
        if (words.Length < 2)
        {
            return false;
        }

        if (SubjectOpeners.Contains(words[0]))
        {
            return KbHumanNamed(words[1..], subjectItem, kb);
        }

        // The nominal sentence: the name first, then (mostly) its verb. Only a name the KB holds as a human is read so.
        return (words[0].Length > 4 && words[0][0] is 'و' or 'ف' && KbHumanNamed([words[0][1..], .. words[1..]], subjectItem, kb))
            || KbHumanNamed(words, subjectItem, kb);
    }

    // The first two words, or the first word alone (four letters or more), are the whole name or an alias of a KB human other than the subject's item.
    private static bool KbHumanNamed(string[] words, string subjectItem, IKnowledgeBase kb)
    {
        foreach (var n in new[] { 2, 1 })
        {
            if (words.Length < n || (n == 1 && words[0].Length < 4))
            {
                continue;
            }

            var name = string.Join(' ', words.Take(n));
            foreach (var id in kb.Lookup(name, KbKeyKind.Name, 10))
            {
                if (id != subjectItem && kb.Get(id) is { } e && KbTypes.Of(e, kb) == KbType.Human)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when the claim's own words give it to another person than <paramref name="item"/> (the attribution guards of
    /// verification, with no link known yet): the linker does not rule the item out by such a claim's date.
    /// </summary>
    internal bool ClaimIsAnothers(AnalyzedDocument document, Claim claim, KbEntity item, IKnowledgeBase kb)
        => AnotherSubject(document, claim, item, [], kb);

    // Nouns of things named after a person: "جائزة بوشكين"، "وسام لينين"، "ميدالية كوبلي".
    private static readonly FrozenSet<string> EponymNouns = new[]
    {
        "جائزه", "جائزت", "وسام", "ميداليه", "قلاده", "نوط", "كاس", "درع", "منحه", "كرسي", "ميدالية",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A dated act whose subject is an unlinked person named inside the name of a prize or medal ("ونال نصف جائزة بوشكين
    /// … سنة 1886" read for Pushkin): the eponym is no actor; the act is the article subject's. Returns the links with the
    /// article subject's link on the claim's cluster, or null.
    /// </summary>
    private Dictionary<int, KbLink>? EponymSubject(AnalyzedDocument document, Claim claim, Dictionary<int, KbLink> links, IKnowledgeBase kb)
    {
        if (claim.Property != ClaimProperties.Act || links.ContainsKey(claim.Subject) || MainPerson(document, links, kb) is not { } main
            || !links.TryGetValue(main, out var mainLink) || claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length)
        {
            return null;
        }

        var text = document.Source.Text;
        var sentence = document.Sentences[claim.Sentence].Span;
        var eponym = document.Entities.Any(m => m.Cluster == claim.Subject && m.Span.Start >= sentence.Start && m.Span.End <= sentence.End
            && EponymNouns.Contains(_memo.Key(WordBefore(text, m.Span.Start))));
        return eponym ? new Dictionary<int, KbLink>(links) { [claim.Subject] = mainLink with { Cluster = claim.Subject } } : null;
    }
}
