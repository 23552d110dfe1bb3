using System.Collections.Immutable;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Relatives' own dates (round 11). A birth or death with no explicit subject whose sentence is about a relative the text
/// introduces by a kinship noun ("كان أبوه فاسيلي … يكتب الملاهي، وقد توفي سنة 1829"): the nearest person named before the
/// verb in the sentence stands right after a kinship noun with a pronoun and is linked (by the linker or through the
/// kinship claim), and no one else is named between: the date is that relative's, compared with the relative's item (a
/// warning). And a relative's death written as how long a named person lived ("وأمه آنا … التي عاشت حتى سنة 1910"، "أما
/// أمه ماريا فعاشت حتى سنة 1868"): the person named right before "التي/الذي عاش" or "فعاش", when linked, died that year.
/// </summary>
public sealed partial class ClaimVerifier
{
    /// <summary>The relative a birth or death is about (see the type's summary): the relative's cluster, or null.</summary>
    private int? KinTopic(AnalyzedDocument document, Claim claim, Dictionary<int, KbLink> links)
    {
        if (claim.Property is not (ClaimProperties.BirthDate or ClaimProperties.DeathDate) || claim.Sentence < 0
            || claim.Sentence >= document.Sentences.Length)
        {
            return null;
        }

        var text = document.Source.Text;
        var sentence = document.Sentences[claim.Sentence].Span;
        foreach (var span in claim.Spans)
        {
            var verb = VerbKey(text[span.Start..span.End]);
            if (!(MasculineDeathVerbs.Contains(verb) || FeminineDeathVerbs.Contains(verb) || IsBirthVerb(verb))
                || PersonRightAfter(document, span.End) is not null || KinAfterVerb(document, span.End) is not null)
            {
                continue;
            }

            var nearest = document.Entities.LastOrDefault(m => m.Label == EntityLabels.Person && m.Cluster >= 0
                && m.Span.End <= span.Start && m.Span.Start >= sentence.Start);
            if (nearest is null || nearest.Cluster == claim.Subject || !links.ContainsKey(nearest.Cluster))
            {
                continue;
            }

            var kin = KinKey(StripMarks(WordBefore(text, nearest.Span.Start)));
            if (KinWithPronoun(kin) is null || kin.StartsWith("ابي", StringComparison.Ordinal) || kin.StartsWith("اخي", StringComparison.Ordinal))
            {
                continue; // no kinship noun, or one in the oblique case: the relative is not the sentence's subject
            }

            // The verb's own gender agrees with the relative's sex when the KB gives it (checked by the guards on the new subject).
            return nearest.Cluster;
        }

        return null;
    }

    /// <summary>"… التي عاشت حتى سنة 1910"، "… فعاشت حتى سنة 1868": a linked person's death year as how long he lived. A warning.</summary>
    private IEnumerable<(Verification V, ImmutableArray<TextSpan> Spans, string Text, KbLink Link)> VerifyNamedLivedUntil(
        AnalyzedDocument document, ImmutableArray<KbLink> links, IKnowledgeBase kb, CancellationToken cancellationToken)
    {
        var text = document.Source.Text;
        var byCluster = links.ToDictionary(l => l.Cluster);
        foreach (var (cluster, relative) in RelativesByKinship(document, byCluster, kb))
        {
            byCluster.TryAdd(cluster, relative);
        }

        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var at = sentence.Span.Start;
            while (at < sentence.Span.End)
            {
                var (word, end) = NextWord(text, at);
                if (word.Length == 0 || end <= at)
                {
                    at++;
                    continue;
                }

                var verbStart = end - word.Length;
                at = end;
                var key = _memo.Key(StripMarks(word));
                var joined = key.Length > 3 && key[0] == '\u0641' && Array.IndexOf(LivedVerbs, key[1..]) >= 0;
                if (!joined && Array.IndexOf(LivedVerbs, key) < 0)
                {
                    continue;
                }

                // The person right before: "X التي عاشت" or "X فعاشت".
                var before = verbStart;
                if (!joined)
                {
                    var (rel, relStart) = WordBeforeAt(text, verbStart);
                    if (relStart < 0 || _memo.Key(rel) is not ("التي" or "الذي" or "التى"))
                    {
                        continue;
                    }

                    before = relStart;
                }

                var person = document.Entities.LastOrDefault(m => m.Label == EntityLabels.Person && m.Cluster >= 0 && m.Span.End <= before
                    && m.Span.Start >= sentence.Span.Start && string.IsNullOrWhiteSpace(text[m.Span.End..before].Replace("،", "")));
                if (person is null || !byCluster.TryGetValue(person.Cluster, out var link) || kb.Get(link.Item) is not { } item
                    || KbTypes.Of(item, kb) != KbType.Human)
                {
                    continue;
                }

                var (next, nextEnd) = NextWord(text, end);
                if (_memo.Key(next) is not ("حتى" or "حتي") || nextEnd > sentence.Span.End)
                {
                    continue;
                }

                var ti = TimexJustAfter(document, nextEnd);

                if (ti < 0 || TimexValue(document, ti) is not { } value || value.Precision is not "year")
                {
                    continue; // "عاش حتى 4 آذار" is rare; a year is how a lifetime is written
                }

                var claim = new Claim(-1, person.Cluster, ClaimProperties.DeathDate, value, [new TextSpan(verbStart, end)], ClaimModality.Asserted, 0.7)
                {
                    Sentence = document.SentenceAt(verbStart),
                };
                var v = VerifyTime(claim, item, kb, out _) with { Property = ClaimProperties.DeathDate, Claim = null, Timex = ti };
                if (v.Verdict is Verdicts.NotInKb)
                {
                    continue;
                }

                yield return (v, [new TextSpan(verbStart, end), document.Timexes[ti].Span], value.Text ?? "", link);
            }
        }
    }
}
