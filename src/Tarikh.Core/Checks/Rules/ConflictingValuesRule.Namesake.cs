using Tarikh.Core.Claims;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>A name repeated with "الآخر" after it, or twice in a sentence that says "سمي"/"وهو غير": a namesake the text sets apart (rounds 21, 22).</summary>
public sealed partial class ConflictingValuesRule
{
    private static readonly HashSet<string> OtherWords = new(
        [.. new[] { "الآخر", "الأخرى", "الآخرى" }.Select(w => Normalization.ArabicNormalizer.Default.NormalizeString(w))], StringComparer.Ordinal);

    /// <summary>Words that say outright the sentence names a namesake ("سمي"، "سميه"), normalized (round 22).</summary>
    private static readonly HashSet<string> NamesakeWords = new(
        [.. new[] { "سمي", "سميه", "سميا", "وسميه", "سميّ" }.Select(w => Normalization.ArabicNormalizer.Default.NormalizeString(w))], StringComparer.Ordinal);

    /// <summary>Two-word cues of a namesake ("وهو غير"، "ليس هو"، "بالاسم نفسه"), normalized (round 22).</summary>
    private static readonly HashSet<(string, string)> NamesakePairs = new(
        new[] { ("وهو", "غير"), ("هو", "غير"), ("ليس", "هو"), ("بالاسم", "نفسه"), ("بنفس", "الاسم"), ("الاسم", "ذاته"), ("بالاسم", "ذاته") }
            .Select(p => (Normalization.ArabicNormalizer.Default.NormalizeString(p.Item1), Normalization.ArabicNormalizer.Default.NormalizeString(p.Item2))));

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
        var named = 0;
        foreach (var m in index.MentionsInSentence(c.Sentence))
        {
            var mention = ctx.Document.Entities[m];
            if (index.PersonKey(mention.Cluster) != key)
            {
                // "محمد بن سالم الكاتب، وهو غير محمد بن سالم النحوي": another person whose name begins with the same words.
                if (index.LabelOf(mention.Cluster) == Entities.EntityLabels.Person && SameFirstWord(ctx, mention.Span, c.Subject))
                {
                    named++;
                }

                continue;
            }

            named++;
            var after = index.EndTokenOf(mention.Span);
            if (after < ctx.Tokens.Length && ctx.Tokens[after].Sentence == c.Sentence && OtherWords.Contains(ctx.Tokens[after].Norm))
            {
                return true;
            }
        }

        // "وكان للسلطان برغش بن سعيد سمي هو برغش بن سعيد الحارثي": the name twice in a sentence that says the two share it.
        return named >= 2 && SaysNamesake(ctx, c.Sentence);
    }

    private static bool SameFirstWord(CheckContext ctx, TextSpan span, int subject)
    {
        var word = ctx.Tokens[ctx.FirstToken(span)].Norm;
        foreach (var m in ctx.Index.MentionsOf(subject))
        {
            if (ctx.Tokens[ctx.FirstToken(ctx.Document.Entities[m].Span)].Norm == word)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SaysNamesake(CheckContext ctx, int sentence)
    {
        var tokens = ctx.Tokens;
        var (first, end) = (ctx.Document.Sentences[sentence].FirstToken, ctx.Document.Sentences[sentence].EndToken);
        for (var k = first; k < end && k < tokens.Length; k++)
        {
            if (NamesakeWords.Contains(tokens[k].Norm) || (k + 1 < end && k + 1 < tokens.Length && NamesakePairs.Contains((tokens[k].Norm, tokens[k + 1].Norm))))
            {
                return true;
            }
        }

        return false;
    }
}
