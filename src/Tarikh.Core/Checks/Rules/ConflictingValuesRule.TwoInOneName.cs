namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// conflicting-values, two people under one tagged name (round 19, issue 12): the tagger may run one name on into the next across a
/// kinship word with a possessive pronoun ("ولد لسيف بن حمد ابنه حمد": the father "سيف بن حمد" and his son "حمد", tagged as one name
/// "سيف بن حمد ابنه حمد"). A pronoun-suffixed kinship noun ("ابنه"، "أخوه"، "زوجته") is never a link of a nasab chain — a chain is
/// written with "بن"، "ابن"، "بنت" — so a mention that holds one inside it names two people, and the values that come through that
/// cluster are not one person's to compare.
/// </summary>
public sealed partial class ConflictingValuesRule
{
    /// <summary>True when one of the two claims' subject clusters has a mention with a pronoun-suffixed kinship word inside it.</summary>
    private static bool TwoInOneName(CheckContext ctx, Claims.Claim a, Claims.Claim b)
        => NamesTwo(ctx, a.Subject) || (b.Subject != a.Subject && NamesTwo(ctx, b.Subject));

    private static bool NamesTwo(CheckContext ctx, int cluster)
    {
        if (cluster < 0)
        {
            return false;
        }

        var entities = ctx.Document.Entities;
        for (var m = 0; m < entities.Length; m++)
        {
            if (entities[m].Cluster != cluster)
            {
                continue;
            }

            var first = ctx.FirstToken(entities[m].Span);
            var end = ctx.EndToken(entities[m].Span);
            for (var k = first + 1; k < end - 1 && k < ctx.Tokens.Length; k++)
            {
                // Inside the name, with a name word after it: "سيف بن حمد ابنه حمد"; never its first or last word.
                if (KinWords.Contains(ctx.Tokens[k].Norm) || KinWords.Contains(ctx.Tokens[k].Base))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
