using Tarikh.Core.Entities;
using Tarikh.Core.Events;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>
/// "رحل" as a death: Arabic obituaries and biographies write a death as a departure ("رحل الممثل سليم الحمصي سنة 1992 عن
/// ثمانية وستين عامًا"، "وقد رحل الشامي في شتاء عام 1976 تاركاً أكثر من مئتي لحن"), while the same verb with a destination or a
/// place left ("رحل إلى بغداد"، "رحل عن دمشق"، "رحل في طلب الحديث") is a journey. Which it is comes from the shared reading of
/// <see cref="DepartureWords"/> (round 21, issue-21a): a journey's complement or a traveller's deed makes a journey; a death's
/// companion (an age, a world left, an illness, the hereafter, what he left behind), or a date in the clause with none of the
/// journey's words, makes a death. The noun "رحيله" is read in <c>ClaimExtractor.DepartureNoun.cs</c>.
/// </summary>
public sealed partial class ClaimExtractor
{
    /// <summary>The source of a death read from a verb of departure.</summary>
    internal const string DepartureSource = "departure";

    private void FromDepartureDeaths(DocumentIndex index, List<Claim> list, Dictionary<int, string> used)
    {
        var doc = index.Document;
        var words = DepartureWords.Default;
        for (var k = 0; k < index.Tokens.Length; k++)
        {
            var tok = index.Tokens[k];
            if (tok.Kind != TokenKind.Arabic || index.MentionAtToken(k) >= 0 || !index.IsContent(tok.Sentence))
            {
                continue;
            }

            var source = index.SourceNorm(k);
            var noun = words.IsNoun(source, out var linked);
            if (!noun && !(words.IsVerb(source) && !Causative(doc.Source.Slice(tok.Span))))
            {
                continue;
            }

            var (ss, se) = index.SentenceTokens(tok.Sentence);
            var (_, ce) = index.ClauseOf(k);
            if (noun)
            {
                // "نعاه الاتحاد يوم رحيله عام 2019"، "حتى رحيله عام 1974" (round 21, issue-21a): the noun with its possessor dates the death
                // when the date follows it within three words and no word before it moves the date off ("بعد رحيله بعامين"، "ذكرى رحيله").
                if (!linked && !DateMovedOff(index, words, ss, k))
                {
                    FromDepartureNoun(index, list, used, k, ss, se);
                }

                continue;
            }

            var end = Math.Max(ce, Math.Min(se, k + 14));
            var after = new List<string>(end - k);
            for (var j = k + 1; j < end; j++)
            {
                after.Add(index.SourceNorm(j));
            }

            var dates = new HashSet<int>();
            foreach (var ti in index.TimexesInSentence(tok.Sentence))
            {
                dates.Add(index.TimexToken(ti) - k - 1);
            }

            var sense = words.Read(after, i => index.MentionAtToken(k + 1 + i) is var m and >= 0 && doc.Entities[m].Label != EntityLabels.Person,
                dates.Contains, ce - k - 1);
            var journey = sense == DepartureSense.Journey;
            var death = sense == DepartureSense.Death;

            // "ويذكر ابنه أن أباه رحل في 10 ديسمبر 1974": a relative who reports his parent's departure, with no destination, reports the
            // parent's death (round 18, issue 12c); the parent is the topic person the index ties the reporter to.
            var reported = !journey && !death && index.ImplicitSubjectAt(k, Lexicon) is { Evidence: ImplicitSubjectEvidence.ReportingRelative } rep
                && IsPerson(index, rep.Cluster) ? rep : null;
            // A dated departure with no destination, no place left and no traveller's deed is a death (round 21, issue-21a).
            death |= sense == DepartureSense.DatedDeath && reported is null;
            if (journey || !(death || reported is not null))
            {
                continue;
            }

            // Whose: a person named right after the verb (across a title or an occupation), else the dropped subject of a sentence that names nobody else.
            var who = reported?.Cluster ?? -1;
            TextSpan? whoSpan = null;
            var confidence = reported?.Confidence ?? Options.ExplicitTriggerConfidence;
            for (var j = k + 1; j < Math.Min(se, k + 5) && who < 0; j++)
            {
                var c = index.ClusterAtToken(j);
                if (c < 0 && index.ShortFormAt(j) is var sf and >= 0)
                {
                    c = sf;
                }

                if (c >= 0)
                {
                    if (!IsPerson(index, c))
                    {
                        break;
                    }

                    who = c;
                    whoSpan = index.MentionAtToken(j) is var wm and >= 0 ? doc.Entities[wm].Span : index.Tokens[j].Span;
                }
            }

            if (who < 0)
            {
                if (index.SubjectAt(tok.Sentence) is not { } subject || !NoOtherPerson(index, tok.Sentence, subject) || KinWordIn(index, ss, k))
                {
                    continue;
                }

                who = subject;
                confidence = Options.ProDropConfidence;
            }

            if (KinIntroduced(index, index.MentionAtToken(whoSpan is { } ws ? index.FirstTokenOf(ws) : -1)))
            {
                continue;
            }

            var modality = ModalityOf(index, k);
            foreach (var ti in index.TimexesInSentence(tok.Sentence))
            {
                var tt = index.TimexToken(ti);
                if (tt <= k || tt >= end || used.ContainsKey(ti) || TimeOf(index, ti) is not { } value || value.Approximate)
                {
                    continue;
                }

                var dateConfidence = tt < ce ? Options.ClauseDateConfidence : Options.SentenceDateConfidence;
                list.Add(new Claim(0, who, ClaimProperties.DeathDate, value, Spans(tok.Span, whoSpan, doc.Timexes[ti].Span), modality, Math.Round(Math.Min(confidence, dateConfidence), 3))
                {
                    Source = DepartureSource,
                    Act = "death",
                    Sentence = tok.Sentence,
                    Attribution = reported?.Evidence,
                });
                break;
            }

            // "رحل … في دمشق", "رحل عن دنيانا بتطوان": a place after في, or written with the preposition ب, in the clause is where he died.
            for (var j = k + 1; j < ce; j++)
            {
                var pm = j + 1 < ce && index.SourceNorm(j) is "في" ? index.MentionAtToken(j + 1)
                    : (index.Tokens[j].Clitics & Proclitics.Bi) != 0 ? index.MentionAtToken(j) : -1;
                if (pm >= 0 && doc.Entities[pm].Label == EntityLabels.Location)
                {
                    list.Add(new Claim(0, who, ClaimProperties.DeathPlace, ClaimValue.OfEntity(doc.Entities[pm].Cluster, doc.Entities[pm].Text), Spans(tok.Span, whoSpan, doc.Entities[pm].Span),
                        modality, confidence)
                    {
                        Source = DepartureSource,
                        Act = "death",
                        Place = doc.Entities[pm].Cluster,
                        Sentence = tok.Sentence,
                        Attribution = reported?.Evidence,
                    });
                    break;
                }
            }
        }
    }
}
