using System.Collections.Frozen;
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
            var verb = cue0 ? t.Norm is "ولدت" or "انولدت" or "اتولدت" : t.Norm is "تولدت" or "خلقت" or "وتولدت" or "وخلقت" or "وولدت" or "وانولدت";
            if (!(cue0 || verb) || !index.IsContent(index.Tokens[i].Sentence))
            {
                continue;
            }

            // Round 22 (issue 12): "«أنا ابن حمص، هونيك انولدت وهونيك تربيت»": a place adverb at the first-person verb points back to
            // the place the same saying named before it; the speaker is the one of the saying's opening pronoun.
            if (verb && PlaceAdverbBirth(index, i) is var (adverbSelf, place) && IsPerson(index, adverbSelf.Cluster))
            {
                var e = doc.Entities[place];
                list.Add(new Claim(0, adverbSelf.Cluster, ClaimProperties.BirthPlace, ClaimValue.OfEntity(e.Cluster, e.Text),
                    Spans(adverbSelf.Cue, TokenSpan(index, i, i + 1), e.Span), ModalityOf(index, i), adverbSelf.Confidence)
                {
                    Source = ClaimSources.BornIn,
                    Place = e.Cluster,
                    Sentence = index.Tokens[i].Sentence,
                    Attribution = adverbSelf.Evidence,
                });
            }

            if (!cue0 || index.SelfSpeakerAt(i) is not { } self || !IsPerson(index, self.Cluster))
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

    /// <summary>Place adverbs of the standard language and the dialects ("there"), normalized, with and without "و".</summary>
    private static readonly FrozenSet<string> ThereAdverbs = new[]
    {
        "هناك", "وهناك", "هنالك", "وهنالك", "هونيك", "وهونيك", "هنيك", "وهنيك", "هنيكه", "غادي", "وغادي", "لهيك", "تمه", "وتمه", "ثمه", "وثمه",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The speaker and the place of a first-person birth verb at <paramref name="verb"/> with a "there" adverb right before or after it
    /// ("هونيك انولدت"، "ولدت هناك"), inside a saying that a speech verb opens with a first-person pronoun ("وكان يقول: «أنا ابن حمص،
    /// هونيك انولدت»"): the place is the one location the saying names between its opening and the adverb (two places: none, the adverb's
    /// is not told). Null otherwise.
    /// </summary>
    private (ImplicitSubject Self, int Place)? PlaceAdverbBirth(DocumentIndex index, int verb)
    {
        var sentence = index.Tokens[verb].Sentence;
        var (ss, se) = index.SentenceTokens(sentence);
        var adverb = verb - 1 >= ss && ThereAdverbs.Contains(index.Tokens[verb - 1].Norm) ? verb - 1
            : verb + 1 < se && ThereAdverbs.Contains(index.Tokens[verb + 1].Norm) ? verb + 1 : -1;
        if (adverb < 0)
        {
            return null;
        }

        // The saying's opening: the nearest colon or opening quote before the verb, with no closing quote between.
        var opening = -1;
        for (var k = Math.Min(adverb, verb) - 1; k >= ss; k--)
        {
            var n = index.Tokens[k].Norm;
            if (n is "»" or "”")
            {
                return null;
            }

            if (n is ":" or "«" or "\"" or "“")
            {
                opening = k;
                break;
            }
        }

        // Its first-person pronoun right after the opening (over a second mark: ":«").
        var pronoun = opening + 1;
        while (pronoun > 0 && pronoun < verb && index.Tokens[pronoun].Norm is ":" or "«" or "\"" or "“")
        {
            pronoun++;
        }

        if (opening < 0 || pronoun >= verb || index.Tokens[pronoun].Norm is not ("أنا" or "انا" or "وأنا" or "وانا")
            || index.SelfSpeakerAt(pronoun + 1) is not { } self)
        {
            return null;
        }

        var doc = index.Document;
        var place = -1;
        for (var k = pronoun + 1; k < Math.Min(adverb, verb); k++)
        {
            var m = index.MentionAtToken(k);
            if (m < 0 || doc.Entities[m].Label != EntityLabels.Location || IsLandmarkPlace(index, doc.Entities[m].Span))
            {
                continue;
            }

            if (place >= 0 && doc.Entities[place].Cluster != doc.Entities[m].Cluster)
            {
                return null;
            }

            place = m;
        }

        return place >= 0 ? (self, place) : null;
    }
}
