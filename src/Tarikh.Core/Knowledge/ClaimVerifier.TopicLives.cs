using System.Collections.Immutable;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Round 20 (20k1): the birth and death of the person a sentence opens with, told later in the same sentence by a verb with no
/// subject of its own — the way a text brings in a relative or a side person and then gives his dates: "وكان ابن عمه فلان أديبًا
/// وسفيرًا، وُلد سنة 1894 ومات سنة 1961"، "أخوه فلان كان مستشارًا للرئيس فلان، وقد وُلد سنة 1933"، "أبوها فلان رئيس المجلس، وقد
/// توفي سنة 1888"، "وكان فلان ابن أخيها قد ولد سنة 1894 وتوفي سنة 1970". In Arabic a verb with no expressed subject that opens a
/// clause of the sentence ("، وُلد"، "، وقد توفي"، "كان فلان قد هلك") continues the sentence's topic, the person named first in the
/// nominative; the claims stage gives it to the article's subject or to a name in a prepositional phrase ("للرئيس فلان").
/// Here the topic is the first person of the sentence, named after nothing but openers (a conjunction, "كان"، "أما"، "ج:"، "نعم"),
/// kinship words ("أخوه"، "ابن عمه") and up to two titles; a linked KB human whose mention is all his names, or the whole name of
/// one KB human. The verb opens its clause (after a comma, "قد"، "ثم"), no person is named as its subject after it, and between
/// the topic and the verb no other person is named but in a prepositional phrase and no other birth or death is told. The verb
/// agrees in gender with the person's KB sex. Its clause's date and place are compared as <see cref="LifePairsAfterNames"/> does
/// (a Hijri year by its span); a contradiction with which the article's subject or another person of the sentence agrees is not
/// read. A contradiction is a warning (path <c>life-apposition</c>).
/// </summary>
public sealed partial class ClaimVerifier
{
    // Words a sentence may open with before its topic person.
    private static readonly string[] SentenceTopicOpeners =
        ["و", "ج", "س", "نعم", "لا", "كان", "وكان", "فكان", "أما", "وأما", "ثم", "وقد", "قد", "لقد", "أيضا", "كذلك"];

    // Words that may stand right before a life verb that opens a clause with no subject: "وقد وُلد"، "كان فلان قد هلك"، "ثم توفي".
    private static readonly string[] TopicVerbLeadIns = ["قد", "وقد", "فقد", "ثم"];

    // Prepositions (and the prefixes ل/ب) that put a name in a phrase that cannot be the verb's subject.
    private static readonly string[] Prepositions = ["من", "إلى", "الى", "عن", "على", "مع", "عند", "لدى", "في", "بين"];

    /// <summary>The births and deaths of a sentence's topic person told later in the sentence (see the type's remarks).</summary>
    private IEnumerable<(Verification V, ImmutableArray<TextSpan> Spans, string Text, KbLink Link)> TopicLives(
        AnalyzedDocument document, HashSet<int> compared, HashSet<int> done, Dictionary<int, KbLink> byCluster, IKnowledgeBase kb, CancellationToken cancellationToken)
    {
        for (var si = 0; si < document.Sentences.Length; si++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = document.Sentences[si].Span;
            var words = WordsBetween(document, sentence.Start, sentence.End, 200);
            if (TopicOfSentence(document, words, byCluster, kb) is not { } topic)
            {
                continue;
            }

            var (person, link, after) = topic;
            var sex = person.ItemValues("P21").FirstOrDefault();
            for (var b = after; b < words.Count; b++)
            {
                if (!IsBirthWord(words[b].Key) && !IsDeathWord(words[b].Key))
                {
                    // Another person named as a subject, or a new relative opened ("، وأخوه …"): the sentence turns to him.
                    if (OtherSubjectAt(document, words, b, link, byCluster))
                    {
                        break;
                    }

                    continue;
                }

                if (IsParticiple(words[b].Key) || !OpensClause(words, b) || done.Contains(words[b].Start) || SubjectAfter(document, words, b))
                {
                    if (IsParticiple(words[b].Key) && BirthParticiple(words[b].Key))
                    {
                        continue; // the topic's own birth participle ("المولودة في …، وتوفيت …")
                    }

                    break; // another life, or a verb with a subject of its own: the sentence has turned from its topic
                }

                var feminine = FeminineBirthWords.Any(w => _memo.Key(w) == words[b].Key) || FeminineDeathWords.Any(w => _memo.Key(w) == words[b].Key);
                if (feminine ? sex == Male : sex is not null && sex != Male)
                {
                    break;
                }

                done.Add(words[b].Start);
                foreach (var r in ReadLifeFrom(document, words, b, person, link, compared, byCluster, kb))
                {
                    if (r.V.Verdict == Verdicts.Contradicted && SomeoneElseAgrees(document, r, si, link, byCluster, kb))
                    {
                        continue;
                    }

                    yield return r;
                }

                break;
            }
        }
    }

    // The topic person of a sentence: the KB human named first, after openers, kinship words and titles only; and the index of the
    // first word after the name, from which no other person may be named as a subject before the life verb (checked by the walk).
    private (KbEntity Person, KbLink Link, int After)? TopicOfSentence(AnalyzedDocument document, List<Word> words, Dictionary<int, KbLink> byCluster, IKnowledgeBase kb)
    {
        var i = 0;
        var titles = 0;
        while (i < words.Count && i < 8)
        {
            var w = words[i];
            var span = new TextSpan(w.Start, w.End);
            if (document.Entities.Any(e => e.Label == EntityLabels.Person && e.Span.Overlaps(span)))
            {
                break;
            }

            if (w.Punctuation || !w.Key.Any(char.IsLetter) || SentenceTopicOpeners.Any(x => _memo.Key(x) == w.Key) || IsKinKey(KinKey(w.Key)))
            {
                i++;
                continue;
            }

            // A title or an adjective of the name ("الأمير"، "الأمريكية"): up to two, not a place or a date.
            if (w.Key.StartsWith("ال", StringComparison.Ordinal) && w.Key.Length > 4 && ++titles <= 2 && !CacheOf(document).OverlapsMention(w.Start, w.End)
                && !CacheOf(document).OverlapsTimex(w.Start, w.End))
            {
                i++;
                continue;
            }

            return null;
        }

        if (i >= words.Count || i >= 8)
        {
            return null;
        }

        var at = new TextSpan(words[i].Start, words[i].End);
        var mention = document.Entities.FirstOrDefault(e => e.Label == EntityLabels.Person && e.Span.Overlaps(at));
        if (mention is not null && mention.Span.Start == words[i].Start && mention.Cluster >= 0 && byCluster.TryGetValue(mention.Cluster, out var link)
            && IsHuman(link, kb) && kb.Get(link.Item) is { } linked && AllNamesOf(mention, linked))
        {
            var after = i;
            while (after < words.Count && words[after].Start < mention.Span.End)
            {
                after++;
            }

            return (linked, link, after);
        }

        // Untagged, or an unlinked mention that swallowed the words after the name ("فلان ابن أخيها"): the whole name of one KB human.
        for (var n = Math.Min(4, words.Count - i); n >= 1; n--)
        {
            var part = words.Skip(i).Take(n).ToList();
            if (part.Any(w => w.Punctuation || document.Entities.Any(e => e.Span.Overlaps(new TextSpan(w.Start, w.End))
                && (e.Label != EntityLabels.Person || (e.Cluster >= 0 && byCluster.ContainsKey(e.Cluster))))))
            {
                continue;
            }

            var phrase = string.Join(" ", part.Select(w => w.Key));
            if (phrase.Length < 5)
            {
                continue;
            }

            var found = kb.Lookup(_memo.Key(phrase), KbKeyKind.Name, 3).Select(kb.Get).Where(e => e is not null).Select(e => e!).DistinctBy(e => e.Id).ToList();
            if (found.Count == 1 && KbTypes.Of(found[0], kb) == KbType.Human)
            {
                return (found[0], new KbLink(-1, found[0].Id, found[0].LabelIn("ar", "en"), 1.0, "name-opens-sentence"), i + n);
            }
        }

        return null;
    }

    // True when every word of three letters or more of the mention is a word of one of the person's KB names.
    private bool AllNamesOf(EntityMention m, KbEntity person)
    {
        var names = person.Names().SelectMany(n => _memo.Words(_memo.Key(n.Name))).ToHashSet(StringComparer.Ordinal);
        return _memo.Words(_memo.Key(StripMarks(m.Text))).Where(w => w.Length >= 3).All(w => names.Contains(w) || (w.Length > 3 && w[0] == 'و' && names.Contains(w[1..])));
    }

    // True when the word at `i` starts another person's name that is not in a prepositional phrase ("للرئيس فلان"، "من فلان"), or is
    // a kinship word with a pronoun after a comma or a conjunction ("، وأخوه"): a new subject.
    private bool OtherSubjectAt(AnalyzedDocument document, List<Word> words, int i, KbLink topic, Dictionary<int, KbLink> byCluster)
    {
        var w = words[i];
        if (w.Punctuation)
        {
            return false;
        }

        var person = document.Entities.FirstOrDefault(e => e.Label == EntityLabels.Person && e.Span.Start == w.Start);
        if (person is not null)
        {
            if (person.Cluster >= 0 && byCluster.TryGetValue(person.Cluster, out var l) && l.Item == topic.Item)
            {
                return false;
            }

            // Governed: the word before (or the one before a title) is a preposition or carries ل/ب.
            for (var k = i - 1; k >= 0 && k >= i - 2; k--)
            {
                if (words[k].Punctuation)
                {
                    return true;
                }

                var key = words[k].Key;
                if (Prepositions.Any(x => _memo.Key(x) == key) || key.StartsWith("لل", StringComparison.Ordinal)
                    || (key.Length > 3 && key[0] is 'ل' or 'ب' && key[1..].StartsWith("ال", StringComparison.Ordinal)))
                {
                    return false;
                }
            }

            return true;
        }

        var kin = KinKey(w.Key);
        return (KinWithPronoun(kin) is not null || OtherKinWithPronoun(kin)) && i > 0 && (words[i - 1].Punctuation || w.Key[0] == 'و');
    }

    private bool BirthParticiple(string key) => key == _memo.Key("المولود") || key == _memo.Key("المولودة");

    // True when the life word at `b` opens a clause: after a comma, "قد"/"وقد"/"ثم", or itself with و after a comma-less run that
    // started a clause ("وُلد سنة 1894 ومات"): a conjoined verb right after its partner's clause, which ReadLifeFrom follows.
    private bool OpensClause(List<Word> words, int b)
    {
        if (b == 0)
        {
            return false;
        }

        var before = words[b - 1];
        return (before.Punctuation && before.Key is "،" or ",") || TopicVerbLeadIns.Any(x => _memo.Key(x) == before.Key);
    }

    // True when a person (or a kinship word naming one) stands right after the verb: the verb has its own subject.
    private bool SubjectAfter(AnalyzedDocument document, List<Word> words, int b)
    {
        if (b + 1 >= words.Count)
        {
            return false;
        }

        var next = words[b + 1];
        return document.Entities.Any(e => e.Label == EntityLabels.Person && e.Span.Overlaps(new TextSpan(next.Start, next.End)))
            || (!next.Punctuation && IsKinKey(KinKey(next.Key)));
    }

    // True when the value of a contradicted reading is the KB's value of another person of the sentence or of the article's subject:
    // then the verb may be that person's, and nothing is read.
    private bool SomeoneElseAgrees(AnalyzedDocument document, (Verification V, ImmutableArray<TextSpan> Spans, string Text, KbLink Link) read, int si,
        KbLink topic, Dictionary<int, KbLink> byCluster, IKnowledgeBase kb)
    {
        var others = new HashSet<string>(StringComparer.Ordinal);
        if (document.Subject is { } main && byCluster.TryGetValue(main, out var mainLink))
        {
            others.Add(mainLink.Item);
        }

        foreach (var e in document.Entities)
        {
            if (e.Label == EntityLabels.Person && e.Cluster >= 0 && document.SentenceAt(e.Span.Start) == si && byCluster.TryGetValue(e.Cluster, out var l))
            {
                others.Add(l.Item);
            }
        }

        others.Remove(topic.Item);
        foreach (var id in others)
        {
            if (kb.Get(id) is not { } other)
            {
                continue;
            }

            if (read.V.Timex is { } ti && TimexValue(document, ti) is { } value)
            {
                var claim = new Claim(-1, -1, read.V.Property!, value, read.Spans, ClaimModality.Asserted, 0.5);
                if (VerifyTime(claim, other, kb, out _).Verdict == Verdicts.Supported)
                {
                    return true;
                }
            }
            else if (read.V.Timex is null && read.Spans.Length > 1)
            {
                var placeSpan = read.Spans[1];
                var place = document.Entities.FirstOrDefault(e => e.Span == placeSpan && e.Cluster >= 0);
                if (place is not null && byCluster.TryGetValue(place.Cluster, out var pl)
                    && other.Best(read.V.Property!).Any(s => s.MainSnak.Value.Item is { } it && (it == pl.Item || LocatedIn(kb, it, pl.Item) || LocatedIn(kb, pl.Item, it))))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
