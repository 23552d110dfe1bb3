using System.Collections.Frozen;
using Tarikh.Core.Entities;
using Tarikh.Core.Normalization;

namespace Tarikh.Core.Claims;

/// <summary>A birth or a death told in a relative clause about a place (round 19, issue 12).</summary>
public sealed partial class ClaimExtractor
{
    /// <summary>
    /// Confidence of the subject of a birth or death in a place's relative clause: the events stage's person, an inferred (dropped)
    /// subject, so a conflict resting on it is at most a warning, never an error.
    /// </summary>
    private const double PlaceRelativeConfidence = DocumentIndex.TiedImplicitConfidence;

    /// <summary>Relative words that open a clause about a place: "حيث"، and "التي/الذي/اللي" when a resumptive pronoun follows the verb.</summary>
    private static readonly FrozenSet<string> PlaceRelatives = new[] { "التي", "الذي", "اللي", "اللتي" }
        .Select(w => ArabicNormalizer.Default.NormalizeString(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Resumptive pronouns of a place after the verb: "وُلد فيها"، "توفي به".</summary>
    private static readonly FrozenSet<string> PlaceResumptives = new[] { "فيها", "فيه", "بها", "به" }
        .Select(w => ArabicNormalizer.Default.NormalizeString(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The subject of a birth or a death verb that opens a relative clause about a place: "ونقلت الوكالات نعيه من القاهرة حيث توفي في …"،
    /// "وكان يحنّ إلى أومسك التي وُلد فيها"، "وكبرت في سوسة اللي تولدت فيها". The place named right before "حيث" (or before "التي/الذي"
    /// with a resumptive "فيها/فيه/بها/به" after the verb) is where the act was, not who did it; the verb's subject is dropped, so it is
    /// the person the events stage chose when he is named in the sentence or the one before, his gender agrees with the verb, and nobody
    /// else is named between the place and the verb or right after the verb ("حيث ولد ابنه"، "حيث توفي أخوه" are a relative's). Null
    /// when the pattern does not hold.
    /// </summary>
    private int? PlaceRelativeSubject(DocumentIndex index, Events.EventMention e, int trigger, int main)
    {
        var tokens = index.Tokens;
        var sentence = tokens[trigger].Sentence;
        var (ss, se) = index.SentenceTokens(sentence);
        var r = trigger - 1;
        while (r > ss && tokens[r].Norm is "قد" or "كان" or "كانت")
        {
            r--;
        }

        if (r <= ss || main < 0 || !IsPerson(index, main))
        {
            return null;
        }

        var rel = tokens[r].Norm;
        var after = index.EndTokenOf(e.Trigger);
        if (!(rel == "حيث" || (PlaceRelatives.Contains(rel) && after < se && PlaceResumptives.Contains(tokens[after].Norm))))
        {
            return null;
        }

        // The place right before the relative word, across a comma.
        var p = r - 1;
        if (p > ss && tokens[p].Norm is "،" or ",")
        {
            p--;
        }

        if (index.MentionAtToken(p) is not (var m and >= 0) || index.Document.Entities[m].Label != EntityLabels.Location
            || index.EndTokenOf(index.Document.Entities[m].Span) != p + 1)
        {
            return null;
        }

        // A relative named right after the verb ("حيث توفي أخوه"، "حيث ولد ابنه سليم") or another person as its subject.
        var key = index.PersonKey(main);
        for (var k = trigger + 1; k < Math.Min(se, trigger + 3); k++)
        {
            if (Lexicon.Match(index, k, "kin") > 0 || Lexicon.Match(index, k, "kin-of") > 0
                || (index.ClusterAtToken(k) is var c and >= 0 && IsPerson(index, c) && index.PersonKey(c) != key))
            {
                return null;
            }
        }

        var previousStart = sentence > 0 ? index.SentenceTokens(sentence - 1).Start : ss;
        return NoNounSubjectAfter(index, after - 1) && index.PersonNamedIn(main, previousStart, trigger) && index.GenderAgrees(main, trigger) && index.InSegment(main, sentence) ? main : null;
    }
}
