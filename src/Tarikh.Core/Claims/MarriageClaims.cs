using System.Collections.Frozen;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>
/// Dated marriages whose partner the events stage did not attach (<see cref="ClaimProperties.Spouse"/> with the date as its
/// time, compared with the KB statement's start P580): the partner is the person named in the verb's clause after words that
/// describe him or her — a kinship noun, a title, a profession ("تزوجت ابن عمها الأمير حسن الأطرش سنة 1936"، "اقترن بابنة خاله
/// السيدة زينب عام 1900"، "تزوج الكاتبة مي زيادة"); at most four such words, no other name, no date between. The one who
/// married is the event's agent, else — with no other person named before the verb in the sentence — the subject of the
/// article's segment. Every form of the marriage verbs the events stage reads (تزوج، اقترن، عقد قرانه…) comes through its
/// marriage events; a negated or hedged event gives nothing. The verifier never takes the partner read this way for a wrong
/// spouse (only the date is compared, see ClaimVerifier.Marriages). Pure.
/// </summary>
public static class MarriageClaims
{
    /// <summary>The <see cref="Claim.Source"/> of these claims.</summary>
    public const string Source = "marriage-partner";

    /// <summary>The confidence of a claim read this way.</summary>
    public const double Confidence = 0.6;

    private const int MaxWordsBefore = 4;

    // Words that end the search for the partner: a date word, a conjunction opening another clause, a relative pronoun.
    private static readonly FrozenSet<string> Stops = new[]
    {
        "في", "عام", "سنه", "عاما", "بعد", "قبل", "عندما", "حين", "حيث", "وهي", "وهو", "التي", "الذي", "ثم", "منذ", "خلال", "لكن", "ولكن", "او",
        "وانجب", "وانجبت", "وانجبا", "ولم", "لم", "وكان", "وكانت",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Adds a spouse claim for each dated marriage event whose partner is named after describing words.</summary>
    public static void Add(DocumentIndex index, List<Claim> list)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(list);
        MarriedOffClaims.Add(index, list); // round 21 (21k2): "وزوّج فلان ابنته فلانة من فلان سنة 1929"
        var doc = index.Document;
        foreach (var e in doc.Events)
        {
            if (e.Type != "marriage" || e.DuplicateOf is not null || e.Time is not { } ti || e.DateSource != "clause" || e.Uncertain
                || (!e.Participants.IsDefault && e.Participants.Any(p => p.Role == "spouse"))
                || list.Any(c => c.Property == ClaimProperties.Spouse && c.Spans.Contains(e.Trigger)))
            {
                continue;
            }

            var trigger = index.FirstTokenOf(e.Trigger);
            if (trigger < 0 || trigger >= index.Tokens.Length || !index.IsContent(index.Tokens[trigger].Sentence))
            {
                continue;
            }

            var sentence = index.Tokens[trigger].Sentence;
            var (sentenceStart, _) = index.SentenceTokens(sentence);
            var (_, clauseEnd) = index.ClauseOf(trigger);
            int? agent = e.Participants.IsDefault ? null : e.Participants.Where(p => p.Role == "agent").Select(p => (int?)p.Cluster).FirstOrDefault();

            // The partner: the first person mention after the verb (and the agent's own mention), over describing words only.
            var k = index.EndTokenOf(e.Trigger);
            while (agent is { } a && k < clauseEnd && index.ClusterAtToken(k) == a)
            {
                k++;
            }

            var partner = -1;
            var partnerMention = -1;
            for (var skipped = 0; k < clauseEnd && skipped <= MaxWordsBefore; k++, skipped++)
            {
                var t = index.Tokens[k];
                var m = index.MentionAtToken(k);
                if (m >= 0)
                {
                    if (doc.Entities[m].Label == EntityLabels.Person && doc.Entities[m].Cluster >= 0 && index.FirstTokenOf(doc.Entities[m].Span) == k)
                    {
                        (partner, partnerMention) = (doc.Entities[m].Cluster, m);
                    }

                    break;
                }

                if (t.Kind != Segmentation.TokenKind.Arabic || Stops.Contains(t.Norm) || doc.Timexes.Any(x => x.Span.Overlaps(t.Span)))
                {
                    break;
                }
            }

            if (partner < 0)
            {
                continue;
            }

            // The one who married: the agent; else, with no other person named before the verb in its sentence, the segment's subject.
            int? subject = agent;
            if (subject is null)
            {
                var othersBefore = false;
                for (var j = sentenceStart; j < trigger; j++)
                {
                    var m = index.MentionAtToken(j);
                    othersBefore |= m >= 0 && doc.Entities[m].Label == EntityLabels.Person;
                }

                subject = othersBefore ? null : index.SubjectAt(sentence);
            }

            if (subject is not { } who || who == partner || index.LabelOf(who) != EntityLabels.Person || ClaimExtractor.TimeOf(index, ti) is not { } time)
            {
                continue;
            }

            var spans = new[] { e.Trigger, doc.Entities[partnerMention].Span, doc.Timexes[ti].Span }.Distinct().OrderBy(s => s.Start).ThenBy(s => s.End);
            list.Add(new Claim(0, who, ClaimProperties.Spouse, ClaimValue.OfEntity(partner, doc.Source[doc.Entities[partnerMention].Span]), [.. spans],
                ClaimModality.Asserted, Confidence)
            {
                Source = Source,
                Sentence = sentence,
                Act = "marriage",
                Time = time,
            });
        }
    }
}
