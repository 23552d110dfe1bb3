using Tarikh.Core.Entities;

namespace Tarikh.Core.Claims;

/// <summary>
/// A person's own saying in quotes about his birth: "وقال بفخر: «أنا من مواليد 1951»"، "وكانت تقول: «أنا مولودة في حمص»" (issue 20c,
/// round 20). The events stage reads no act inside a quotation, and "من مواليد" takes the person named before it in its sentence, which a
/// quotation does not name; the speaker (<see cref="DocumentIndex.SelfSpeakerAt"/>) is the one born. The claim keeps the saying as its
/// evidence and the speaker's attribution (<see cref="ImplicitSubjectEvidence.SelfReport"/>): a disagreement with it is at most a warning.
/// </summary>
public sealed partial class ClaimExtractor
{
    private void FromSelfReportedBirths(DocumentIndex index, List<Claim> list, Dictionary<int, string> used)
    {
        var doc = index.Document;
        for (var i = 1; i < index.Tokens.Length; i++)
        {
            // "«إني ولدت سنة 1906»": a first-person birth verb inside a quotation, which the events stage does not read. The cue is
            // matched on the token's spans (no per-token substring: every token passes here).
            var t = index.Tokens[i];
            var cue0 = t.NormBase.SequenceEqual("مواليد") || (t.Norm is "مولود" or "مولوده" && index.MentionAtToken(i) < 0) || t.Norm is "ولدت" or "انولدت" or "اتولدت";
            if (!cue0 || !index.IsContent(index.Tokens[i].Sentence) || index.SelfSpeakerAt(i) is not { } self || !IsPerson(index, self.Cluster))
            {
                continue;
            }

            var (_, ce) = index.ClauseOf(i);
            var cue = TokenSpan(index, index.Tokens[i - 1].Norm == "من" ? i - 1 : i, i + 1);
            foreach (var ti in index.TimexesInClause(i))
            {
                var tt = index.TimexToken(ti);
                if (tt <= i || tt > i + 3 || used.ContainsKey(ti) || TimeOf(index, ti) is not { } value)
                {
                    continue;
                }

                list.Add(new Claim(0, self.Cluster, ClaimProperties.BirthDate, value, Spans(self.Cue, cue, doc.Timexes[ti].Span), ModalityOf(index, i), self.Confidence)
                {
                    Source = ClaimSources.BornIn,
                    Sentence = index.Tokens[i].Sentence,
                    Attribution = self.Evidence,
                });
                break;
            }

            for (var k = i + 1; k < Math.Min(ce, i + 4); k++)
            {
                var m = index.MentionAtToken(k);
                if (m >= 0 && doc.Entities[m].Label == EntityLabels.Location && !IsLandmarkPlace(index, doc.Entities[m].Span))
                {
                    list.Add(new Claim(0, self.Cluster, ClaimProperties.BirthPlace, ClaimValue.OfEntity(doc.Entities[m].Cluster, doc.Entities[m].Text),
                        Spans(self.Cue, cue, doc.Entities[m].Span), ModalityOf(index, i), self.Confidence)
                    {
                        Source = ClaimSources.BornIn,
                        Place = doc.Entities[m].Cluster,
                        Sentence = index.Tokens[i].Sentence,
                        Attribution = self.Evidence,
                    });
                    break;
                }
            }
        }
    }
}
