using Tarikh.Core.Claims;
using Tarikh.Core.Text;
using Tarikh.Core.Entities;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Round 21 (21k1): a birth or death told by a verbal noun with a pronoun ("وفاته"، "مولدها"، "مقتله") as the subject of the
/// answer of "أما": "وأما الشيخ فلان أخو فلان فكان وفاته في سنة …"، "أما فلانة بنت فلان فكانت ولادتها سنة …". In Arabic the clause
/// after the "ف" of "أما" is told of the topic "أما" opens, and the pronoun of a noun that is the subject of that clause's first
/// "كان" refers back to it, whoever is named in between as the topic's relative ("أخو المهدي"). The claims stage gives such a
/// pronoun to the last person named before it. Here the topic is a person mention right after "أما"/"وأما" (past up to two
/// titles), linked to a KB human; the verbal noun stands right after "فكان"/"فكانت", the first word of the answer; its pronoun
/// agrees with the person's KB sex. The claim is then compared with that person, graded inherited (reason <c>amma-topic</c>: the
/// grammar ties it, whatever the claims stage graded a genitive between) and reattributed: a warning at most.
/// </summary>
public sealed partial class ClaimVerifier
{
    private const string AmmaTopicReason = "amma-topic";

    // Verbal nouns of birth and death with a third-person pronoun: masculine, then feminine.
    private static readonly string[] MasculineLifeNouns = ["وفاته", "موته", "مماته", "مقتله", "مصرعه", "استشهاده", "إعدامه", "مولده", "ولادته"];
    private static readonly string[] FeminineLifeNouns = ["وفاتها", "موتها", "مماتها", "مقتلها", "مصرعها", "استشهادها", "إعدامها", "مولدها", "ولادتها"];

    // The first word of the answer of "أما" before the verbal noun.
    private static readonly string[] AmmaAnswerKana = ["فكان", "فكانت"];

    /// <summary>The claim's links with its subject set to the topic of "أما" (see the type's remarks), or null.</summary>
    private Dictionary<int, KbLink>? AmmaTopicOfALifeNoun(AnalyzedDocument document, Claim claim, Dictionary<int, KbLink> claimLinks, IKnowledgeBase kb)
    {
        if (claim.Property is not (ClaimProperties.BirthDate or ClaimProperties.DeathDate or ClaimProperties.BirthPlace or ClaimProperties.DeathPlace)
            || claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length || claim.Spans.IsDefaultOrEmpty)
        {
            return null;
        }

        var text = document.Source.Text;
        var sentence = document.Sentences[claim.Sentence].Span;
        foreach (var span in claim.Spans)
        {
            var key = _memo.Key(StripMarks(text[span.Start..span.End]));
            var masculine = MasculineLifeNouns.Any(w => _memo.Key(w) == key);
            if (!masculine && !FeminineLifeNouns.Any(w => _memo.Key(w) == key))
            {
                continue;
            }

            var words = WordsBetween(document, sentence.Start, span.Start, 60);
            if (words.Count < 3 || !AmmaAnswerKana.Any(w => _memo.Key(w) == words[^1].Key))
            {
                return null;
            }

            // "أما"/"وأما" opens the sentence; up to two titles; then the person.
            if (words[0].Key != _memo.Key("أما") && words[0].Key != _memo.Key("وأما"))
            {
                return null;
            }

            var i = 1;
            while (i < words.Count - 1 && i <= 2 && !words[i].Punctuation && words[i].Key.StartsWith("ال", StringComparison.Ordinal)
                && !document.Entities.Any(e => e.Label == EntityLabels.Person && e.Span.Start == words[i].Start))
            {
                i++;
            }

            var topic = document.Entities.FirstOrDefault(e => e.Label == EntityLabels.Person && e.Span.Start == words[i].Start);
            if (topic is null || topic.Cluster < 0 || topic.Cluster == claim.Subject || !claimLinks.TryGetValue(topic.Cluster, out var link)
                || !IsHuman(link, kb) || kb.Get(link.Item) is not { } person)
            {
                return null;
            }

            // The answer's "ف" is the first one after the topic: no other clause of "ف" or "أما" comes between.
            for (var k = i + 1; k < words.Count - 1; k++)
            {
                if (words[k].Start < topic.Span.End)
                {
                    continue;
                }

                if (words[k].Punctuation || words[k].Key == _memo.Key("أما") || words[k].Key == _memo.Key("وأما")
                    || (words[k].Key[0] == 'ف' && words[k].Key != "في" && !CacheOf(document).OverlapsMention(words[k].Start, words[k].End)))
                {
                    return null;
                }
            }

            var sex = person.ItemValues("P21").FirstOrDefault();
            if (masculine ? sex is not null && sex != Male : sex == Male)
            {
                return null;
            }

            return new Dictionary<int, KbLink>(claimLinks) { [claim.Subject] = link with { Cluster = claim.Subject } };
        }

        return null;
    }
}
