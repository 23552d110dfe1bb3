using System.Collections.Frozen;
using Tarikh.Core.Entities;

namespace Tarikh.Core.Claims;

/// <summary>The birthplace noun "مسقط رأسه" in apposition after its place (round 19, issue 12).</summary>
public sealed partial class ClaimExtractor
{
    /// <summary>
    /// The location mention that ends right before the token <paramref name="noun"/> ("مسقط"), across at most one comma, in the same
    /// sentence: "في دمياط مسقط رأسه"، "إلى حماة، مسقط رأسه" — a definite noun phrase right after a place name is its apposition, so the
    /// place is the one the birthplace noun names. -1 when none.
    /// </summary>
    private static int PlaceRightBefore(DocumentIndex index, int noun)
    {
        var k = noun - 1;
        if (k >= 0 && index.Tokens[k].Norm is "," or "،")
        {
            k--;
        }

        if (k < 0 || index.Tokens[k].Sentence != index.Tokens[noun].Sentence || index.MentionAtToken(k) is not (var m and >= 0))
        {
            return -1;
        }

        var mention = index.Document.Entities[m];
        return mention.Label == EntityLabels.Location && index.EndTokenOf(mention.Span) == k + 1 ? m : -1;
    }

    /// <summary>
    /// Birthplaces the text gives through the possessive noun "مسقط رأسه/رأسها" or "مسقط رأس" with an epithet ("مسقط رأس الفقيد"),
    /// the place after it across a head noun ("ومسقط رأسه مدينة فلاديمير"، "مسقط رأس الفقيد مدينة الناصرية"): the claim goes to the
    /// person the index finds for the pronoun or the epithet (<see cref="DocumentIndex.ImplicitSubjectAt"/>), with its evidence and
    /// confidence. The same statement read by the apposition reader is one claim after deduplication.
    /// </summary>
    private static readonly string MasqatWord = Tarikh.Core.Normalization.ArabicNormalizer.Default.NormalizeString("مسقط");
    private static readonly string HeadWord = Tarikh.Core.Normalization.ArabicNormalizer.Default.NormalizeString("رأس");

    private static readonly System.Collections.Frozen.FrozenSet<string> PlaceHeadNouns =
        new[] { "مدينة", "بلدة", "قرية", "مدينته", "بلدته", "قريته", "مدينتها", "بلدتها", "قريتها" }
            .Select(w => Tarikh.Core.Normalization.ArabicNormalizer.Default.NormalizeString(w)).ToFrozenSet(StringComparer.Ordinal);

    private void FromBirthplaceNouns(DocumentIndex index, List<Claim> list)
    {
        var doc = index.Document;
        for (var k = 0; k + 2 < index.Tokens.Length; k++)
        {
            if (!DocumentIndex.TokenIs(index.Tokens[k], MasqatWord) || index.MentionAtToken(k) >= 0 || !index.IsContent(index.Tokens[k].Sentence)
                || index.Tokens[k + 1].Sentence != index.Tokens[k].Sentence)
            {
                continue;
            }

            var head = index.SourceNorm(k + 1);
            int cue;
            // "رأسه" normalizes as the tokens do (hamza seat dropped).
            int after;
            if (head == HeadWord + "ه" || head == HeadWord + "ها")
            {
                cue = k + 1;
                after = k + 2;
            }
            else if (head == HeadWord && index.EpithetAt(k + 2, Lexicon) is var n and > 0)
            {
                cue = k + 2;
                after = k + 2 + n;
            }
            else if (head == HeadWord && Lexicon.Match(index, k + 2, "reported-kin") is var r and > 0)
            {
                // "وفي مذكرات ابنه أن مسقط رأس أبيه مدينة مصراتة": the reporter's parent, taken only through a reporting relative below.
                cue = k + 2;
                after = k + 2 + r;
            }
            else
            {
                continue;
            }

            // One head noun may stand before the place: "مدينة الناصرية"، "بلدة أقشهر"; a card's colon too ("مسقط رأسه: أدرنة").
            var (_, se) = index.SentenceTokens(index.Tokens[k].Sentence);
            after += after < se && index.Tokens[after].Norm is ":" ? 1 : 0;
            if (after < se && index.MentionAtToken(after) < 0 && PlaceHeadNouns.Contains(index.SourceNorm(after)))
            {
                after++;
            }

            // "وتلقى تعليمه الأول في دمياط مسقط رأسه": with no place after the noun, a place right before it is the one it stands in
            // apposition to (round 19).
            var place = after < se ? index.MentionAtToken(after) : -1;
            if ((place < 0 || doc.Entities[place].Label != EntityLabels.Location) && PlaceRightBefore(index, k) is var before and >= 0)
            {
                place = before;
            }

            if (place < 0 || doc.Entities[place].Label != EntityLabels.Location
                || IsLandmarkPlace(index, doc.Entities[place].Span) || index.ImplicitSubjectAt(cue, Lexicon) is not { } tied || !IsPerson(index, tied.Cluster)
                || (cue == k + 2 && index.EpithetAt(k + 2, Lexicon) == 0 && tied.Evidence != ImplicitSubjectEvidence.ReportingRelative))
            {
                continue;
            }

            list.Add(new Claim(0, tied.Cluster, ClaimProperties.BirthPlace, ClaimValue.OfEntity(doc.Entities[place].Cluster, doc.Entities[place].Text),
                Spans(TokenSpan(index, k, cue + 1), doc.Entities[place].Span), ModalityOf(index, k), tied.Confidence)
            {
                Source = ClaimSources.Apposition,
                Place = doc.Entities[place].Cluster,
                Sentence = index.Tokens[k].Sentence,
                Attribution = tied.Evidence,
            });
        }
    }
}
