using Tarikh.Core.Claims;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>malformed-date: a lifespan left open ("(1943– )") of a man the text reports dead (round 16).</summary>
public sealed partial class MalformedDateRule
{
    /// <summary>
    /// "زهير الحلي (1943– ) كاتب عراقي … وتوفي في لندن": a lifespan in parentheses with its birth year and an empty death slot (a dash
    /// and the closing parenthesis) is a living man's, but the text reports his death (a death place or a death act the claims stage
    /// gives the same person, asserted and explicit) and dates it nowhere: the death year was left out of the slot. A death the text
    /// dates (a death-date claim of his) makes the open range a slip of another kind, not flagged here.
    /// </summary>
    private IEnumerable<Flag> OpenLifespansOfTheDead(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        Dictionary<int, (bool Dated, bool Dead)>? lives = null;
        foreach (var birth in ctx.Claims)
        {
            if (birth.Property != ClaimProperties.BirthDate || birth.Value.Timex is not { } ti || ti < 0 || ti >= ctx.Timexes.Length
                || birth.Modality != ClaimModality.Asserted)
            {
                continue;
            }

            var year = ctx.Timexes[ti].Span;
            var first = ctx.FirstToken(year);
            var after = ctx.EndToken(year);
            if (first < 1 || after + 1 >= tk.Length || tk[first - 1].Norm != "(" || tk[after].Norm is not ("-" or "–" or "—")
                || tk[after + 1].Norm != ")" || tk[after + 1].Sentence != tk[first].Sentence || !ctx.IsContent(tk[first].Sentence))
            {
                continue;
            }

            // Whether each subject's death is dated and reported: one pass over the claims, made when the first open lifespan is met
            // (a list of living people "(1950–)" would otherwise walk the claims once per entry).
            lives ??= DeathsBySubject(ctx);
            var (dated, dead) = lives.GetValueOrDefault(birth.Subject);
            if (!dead || dated)
            {
                continue;
            }

            var span = new TextSpan(tk[first - 1].Span.Start, tk[after + 1].Span.End);
            if (Incomplete(ctx, flagged, span, "خانة سنة الوفاة فارغة، والنص يذكر وفاته.",
                "the death year is left empty, yet the text reports the death.", "missing-death-year") is { } flag)
            {
                yield return flag;
            }
        }
    }

    private static Dictionary<int, (bool Dated, bool Dead)> DeathsBySubject(CheckContext ctx)
    {
        var lives = new Dictionary<int, (bool Dated, bool Dead)>();
        foreach (var c in ctx.Claims)
        {
            if (c.Modality != ClaimModality.Asserted)
            {
                continue;
            }

            var (dated, dead) = lives.GetValueOrDefault(c.Subject);
            dated |= c.Property == ClaimProperties.DeathDate;
            dead |= c.Confidence >= ctx.Options.MinClaimConfidence && (c.Property == ClaimProperties.DeathPlace || c.Act == "death");
            lives[c.Subject] = (dated, dead);
        }

        return lives;
    }
}
