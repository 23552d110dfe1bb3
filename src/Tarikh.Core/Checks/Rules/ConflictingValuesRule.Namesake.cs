using Tarikh.Core.Claims;

namespace Tarikh.Core.Checks.Rules;

/// <summary>A name repeated with "الآخر" after it: a namesake the text sets apart (round 21).</summary>
public sealed partial class ConflictingValuesRule
{
    private static readonly HashSet<string> OtherWords = new(
        [.. new[] { "الآخر", "الأخرى", "الآخرى" }.Select(w => Normalization.ArabicNormalizer.Default.NormalizeString(w))], StringComparer.Ordinal);

    /// <summary>
    /// True when one claim's sentence names its person with "الآخر"/"الأخرى" right after the name (or after a comma) and the other's does
    /// not ("يدفن ابن بطوطة في طنجة. أما ابن بطوطة الآخر، تاجر القرن التاسع عشر، فيدفن في فاس"): the writer sets a namesake apart, so the
    /// two values are two people's.
    /// </summary>
    private static bool OtherOfTheName(CheckContext ctx, Claim a, Claim b) => NamesakeMarked(ctx, a) != NamesakeMarked(ctx, b);

    private static bool NamesakeMarked(CheckContext ctx, Claim c)
    {
        var index = ctx.Index;
        if (c.Sentence < 0 || c.Sentence >= ctx.Document.Sentences.Length)
        {
            return false;
        }

        var key = index.PersonKey(c.Subject);
        foreach (var m in index.MentionsInSentence(c.Sentence))
        {
            var mention = ctx.Document.Entities[m];
            if (index.PersonKey(mention.Cluster) != key)
            {
                continue;
            }

            var after = index.EndTokenOf(mention.Span);
            if (after < ctx.Tokens.Length && ctx.Tokens[after].Sentence == c.Sentence && OtherWords.Contains(ctx.Tokens[after].Norm))
            {
                return true;
            }
        }

        return false;
    }
}
