using Tarikh.Core.Claims;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// conflicting-values, the narrator's own value and his relatives': a birth or a death date written after a detached first-person
/// pronoun ("وأنا ولدتُ سنة 1942"، "وأنا مواليد 1963") is the narrator's. Arabic writes "ولدتُ" (I was born) and "ولدتْ" (she was born)
/// alike, so the claims layer may give such a value to a woman named before it ("كانت أمي قد ولدت سنة 1939، وأنا ولدت سنة 1942"); it
/// is never a second value of hers. A value written after a kinship word with the first-person possessive ("أخي"، "أخوي الكبير سالم
/// مواليد 1968") is the narrator's relative's, not that of a person the text names elsewhere. Both are left out of the comparison of a
/// named person's values (round 16).
/// </summary>
public sealed partial class ConflictingValuesRule
{
    /// <summary>Detached first-person pronouns, with and without a conjunction, normalized.</summary>
    private static readonly HashSet<string> FirstPerson = new(["انا", "وانا", "فانا", "نحن", "ونحن", "فنحن"], StringComparer.Ordinal);

    /// <summary>Kinship words with the first-person possessive (standard and colloquial), normalized.</summary>
    private static readonly HashSet<string> FirstPersonKin = new(
        ["اخي", "اخوي", "اختي", "ابي", "ابوي", "والدي", "امي", "والدتي", "جدي", "جدتي", "عمي", "عمتي", "خالي", "خالتي", "ابني", "ابنتي",
         "بنتي", "ولدي", "زوجي", "زوجتي", "شقيقي", "شقيقتي"], StringComparer.Ordinal);

    /// <summary>How many words before a value the pronoun or the kinship word may stand ("وأنا من مواليد عام …").</summary>
    private const int NarratorWindow = 4;

    /// <summary>
    /// True when a named person's claim has a first-person pronoun before its value in the same clause, or a first-person kinship word
    /// that is no mention of the claim's person with no mention of him between: the narrator's value or his relative's.
    /// </summary>
    internal static bool NarratorsOwn(CheckContext ctx, Claim c)
    {
        if (c.Subject < 0 || c.Spans.IsDefaultOrEmpty)
        {
            return false;
        }

        // "وكان يقول: أنا من مواليد سنة …": the pronoun is the speaker's, and the speaker is the claim's person (round 20).
        if (SelfReported(ctx, c))
        {
            return false;
        }

        var tokens = ctx.Tokens;
        var start = c.Source == ClaimSources.Event && c.Event is { } e && e >= 0 && e < ctx.Document.Events.Length
            ? Math.Min(ctx.FirstToken(ctx.Document.Events[e].Trigger), ctx.FirstToken(ctx.Facts.ValueSpan(c)))
            : ctx.FirstToken(ctx.Facts.ValueSpan(c));
        if (start <= 0 || start >= tokens.Length)
        {
            return false;
        }

        var sentence = tokens[start].Sentence;
        var key = ctx.Index.PersonKey(c.Subject);
        for (var k = start - 1; k >= 0 && k >= start - NarratorWindow && tokens[k].Sentence == sentence; k--)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punctuation)
            {
                return false;
            }

            var cluster = ctx.Index.ClusterAtToken(k);
            if (cluster >= 0 && ctx.Index.PersonKey(cluster) == key)
            {
                return false;
            }

            if (FirstPerson.Contains(t.Norm) || FirstPerson.Contains(t.Base) || (cluster < 0 && (FirstPersonKin.Contains(t.Norm) || FirstPersonKin.Contains(t.Base))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when an event claim's birth or death word stands in its own person's first-person saying (<see cref="DocumentIndex.SelfSpeakerAt"/>):
    /// the person's word about himself, compared as a value reported by a source — a disagreement with it is at most a warning.
    /// </summary>
    internal static bool SelfReported(CheckContext ctx, Claim c)
        => c.Attribution == ImplicitSubjectEvidence.SelfReport
            || (c.Source == ClaimSources.Event && c.Event is { } e && e >= 0 && e < ctx.Document.Events.Length
                && ctx.Index.SelfSpeakerAt(ctx.FirstToken(ctx.Document.Events[e].Trigger)) is { } self
                && ctx.Index.PersonKey(self.Cluster) == ctx.Index.PersonKey(c.Subject));
}
