using System.Collections.Frozen;
using System.Collections.Immutable;
using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time;

namespace Tarikh.Core.Claims;

/// <summary>The index's kinship reading: who is whose relative (a subject who is only someone's relative, kin links and their possessor, older or younger).</summary>
public sealed partial class DocumentIndex
{
    /// <summary>Kinship words with a possessive pronoun: the name after them is a relative of someone named elsewhere.</summary>
    private static readonly FrozenWords PronounKinWords = new(
        "أخوه", "أخاه", "أخيه", "أخته", "أخوها", "أخاها", "أخيها", "أختها", "شقيقه", "شقيقته", "شقيقها", "شقيقتها",
        "والده", "والدته", "والدها", "والدتها", "أبوه", "أباه", "أبيه", "أبوها", "أباها", "أبيها", "أمه", "أمها",
        "ابنه", "ابنته", "ابنها", "ابنتها", "زوجته", "زوجها", "جده", "جدته", "جدها", "جدتها", "عمه", "خاله", "عمها", "خالها",
        "أبوهما", "أباهما", "أبيهما", "أمهما", "والدهما", "والدتهما", "أخوهما", "أخيهما", "أختهما", "أبوهم", "أبيهم", "أمهم", "والدهم", "والدتهم");

    /// <summary>
    /// The subject, unless every mention of it before any other person's follows a kinship word with a pronoun ("كان أخوه الأكبر
    /// أحمد (مواليد 1866) تاجرًا. أما الشاعر غفور يونسوف فوُلد …"): the pronoun points to a person named elsewhere, who is the
    /// subject; the first person cluster whose first mention no kinship word introduces takes its place.
    /// </summary>
    private DocumentSubject? NotRelativeSubject(AnalyzedDocument doc, DocumentSubject? subject)
    {
        if (subject is null)
        {
            return null;
        }

        var firstMention = new Dictionary<int, int>();
        for (var m = 0; m < doc.Entities.Length; m++)
        {
            if (doc.Entities[m].Label == EntityLabels.Person)
            {
                firstMention.TryAdd(doc.Entities[m].Cluster, m);
            }
        }

        if (!firstMention.TryGetValue(subject.Cluster, out var own) || !AfterPronounKin(doc.Entities[own].Span))
        {
            return subject;
        }

        foreach (var (cluster, m) in firstMention.OrderBy(kv => kv.Value))
        {
            if (cluster != subject.Cluster && PersonKey(cluster) != PersonKey(subject.Cluster) && !AfterPronounKin(doc.Entities[m].Span))
            {
                return new DocumentSubject(cluster, SubjectEvidence.NotARelative, 0.6, doc.Entities.Count(e => e.Cluster == cluster));
            }
        }

        return subject;
    }

    /// <summary>True when a kinship word with a pronoun stands right before a mention, with at most two words (an adjective, a title) between.</summary>
    private bool AfterPronounKin(TextSpan mention)
    {
        var first = FirstTokenOf(mention);
        if (first >= Tokens.Length)
        {
            return false;
        }

        for (var k = first - 1; k >= 0 && k >= first - 3 && Tokens[k].Sentence == Tokens[first].Sentence && Tokens[k].Kind != TokenKind.Punctuation; k--)
        {
            if (PronounKinWords.Contains(Tokens[k].Norm) || PronounKinWords.Contains(Tokens[k].Base))
            {
                return true;
            }
        }

        return false;
    }

    private IEnumerable<KinshipLink> GatherKinship(AnalyzedDocument doc)
    {
        var links = new List<KinshipLink>();
        // In text order: a relative re-read as the subject's ("وابنه الأصغر جوليو") is the subject's relative for the kinship words after him.
        var subjectsRelatives = new HashSet<int>();
        foreach (var (id, r) in doc.Clusters.SelectMany(c => c.Relations.Select(r => (c.Id, r))).OrderBy(x => x.r.Evidence.Start))
        {
            var of = TopicPossessor(id, r, subjectsRelatives);
            if (Subject is { } subject && of == subject.Cluster)
            {
                subjectsRelatives.Add(id);
            }

            links.Add(new KinshipLink(id, r.Kind, of, r.Evidence, OlderOf(r.Evidence)));
        }

        return links;
    }

    /// <summary>
    /// Whose relative a kinship word with a pronoun names. The clusterer takes the last person named before the word; when that person
    /// is himself a relative of the document's subject named in an earlier sentence ("أبوه يوسف كان معلماً. وابنته الكبرى هند …"), the
    /// pronoun points to the topic person (a relative of the subject: linked to him by an earlier kinship word), as the clusterer itself reads such mentions (it keeps them out of the topic's cluster): the
    /// story is the subject's, and the relative was a side remark. A pronoun whose gender is not the topic's ("وأخوها" of a man's
    /// mother), a possessor named in the same sentence or a possessor the subject has no kinship link to keep the clusterer's reading.
    /// </summary>
    private int TopicPossessor(int relative, EntityRelation r, HashSet<int> subjectsRelatives)
    {
        if (Subject is not { } subject || subject.Cluster == r.Of || subject.Cluster == relative || r.Of < 0 || !subjectsRelatives.Contains(r.Of))
        {
            return r.Of;
        }

        var kin = FirstTokenOf(r.Evidence);
        if (kin >= Tokens.Length || MentionAtToken(kin) >= 0)
        {
            return r.Of;
        }

        var word = Document.Source.Slice(Tokens[kin].Span);
        var feminine = word.EndsWith("ها", StringComparison.Ordinal);
        if (!feminine && !word.EndsWith("ه", StringComparison.Ordinal) || PersonGender(subject.Cluster) is { } g && g != feminine)
        {
            return r.Of;
        }

        // Only a kinship word that opens its sentence (a list of the subject's relatives: "وابنته الكبرى هند …"); the possessor named
        // earlier in the same sentence is the sentence's own story ("وكان أبوه يوسف معلماً، وابنه …").
        var sentence = Tokens[kin].Sentence;
        var (ss, _) = SentenceTokens(sentence);
        var words = 0;
        for (var k = ss; k < kin; k++)
        {
            words += Tokens[k].Kind == TokenKind.Arabic ? 1 : 0;
        }

        if (words > 1)
        {
            return r.Of;
        }

        for (var k = ss; k < kin; k++)
        {
            if (ClusterAtToken(k) == r.Of)
            {
                return r.Of;
            }
        }

        return subject.Cluster;
    }

    /// <summary>
    /// Older (الأكبر، الكبرى، الكبير، البكر) or younger (الأصغر، الصغرى، الصغير) in the kinship words, or null. A comparison
    /// right before them speaks of the other person: "وهو أكبر من أخيه فؤاد" makes فؤاد the younger.
    /// </summary>
    private bool? OlderOf(TextSpan evidence)
    {
        var first = FirstTokenOf(evidence);
        if (first >= 2 && first < Tokens.Length && Tokens[first - 1].Norm == "من" && Tokens[first - 1].Sentence == Tokens[first].Sentence)
        {
            var comparative = Tokens[first - 2].Norm;
            if (comparative is "اكبر" or "أكبر")
            {
                return false;
            }

            if (comparative is "اصغر" or "أصغر")
            {
                return true;
            }
        }

        var end = EndTokenOf(evidence);
        for (var k = FirstTokenOf(evidence); k < end && k < Tokens.Length; k++)
        {
            if (OlderWords.Contains(Tokens[k].Norm) || OlderWords.Contains(Tokens[k].Base))
            {
                return true;
            }

            if (YoungerWords.Contains(Tokens[k].Norm) || YoungerWords.Contains(Tokens[k].Base))
            {
                return false;
            }
        }

        return null;
    }
}
