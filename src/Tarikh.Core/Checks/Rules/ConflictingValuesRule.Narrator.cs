using Tarikh.Core.Claims;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// conflicting-values, the narrator's own act: a birth or a death whose verb follows a detached first-person pronoun ("وأنا ولدتُ سنة
/// 1942"، "ونحن وُلدنا في حلب") is the narrator's. Arabic writes "ولدتُ" (I was born) and "ولدتْ" (she was born) alike, so the claims
/// layer may give such an act to a woman named before it ("كانت أمي قد ولدت سنة 1939، وأنا ولدت سنة 1942"); it is never a second value
/// of hers, and is left out of the comparison of any named person's values (round 16).
/// </summary>
public sealed partial class ConflictingValuesRule
{
    /// <summary>Detached first-person pronouns, with and without a conjunction, normalized.</summary>
    private static readonly HashSet<string> FirstPerson = new(["انا", "وانا", "فانا", "نحن", "ونحن", "فنحن"], StringComparer.Ordinal);

    /// <summary>True when a named person's event claim has its trigger right after a first-person pronoun (over "قد"، "فقد"، "لقد").</summary>
    internal static bool NarratorsOwn(CheckContext ctx, Claim c)
    {
        if (c.Subject < 0 || c.Source != ClaimSources.Event || c.Event is not { } e || e < 0 || e >= ctx.Document.Events.Length)
        {
            return false;
        }

        var tokens = ctx.Tokens;
        var trigger = ctx.FirstToken(ctx.Document.Events[e].Trigger);
        if (trigger <= 0 || trigger >= tokens.Length)
        {
            return false;
        }

        var k = trigger - 1;
        if (tokens[k].Norm is "قد" or "فقد" or "لقد" or "وقد" && k > 0 && tokens[k - 1].Sentence == tokens[trigger].Sentence)
        {
            k--;
        }

        return tokens[k].Sentence == tokens[trigger].Sentence && (FirstPerson.Contains(tokens[k].Norm) || FirstPerson.Contains(tokens[k].Base));
    }
}
