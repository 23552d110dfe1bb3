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

    /// <summary>Kinship nouns in construct, without a pronoun, that introduce a relative by name ("والد بطلة الجودو هالة …"), normalized.
    /// "ابن"، "بنت"، "أبو"، "أم" are left out: they are links of a nasab or a kunya inside a name.</summary>
    private static readonly HashSet<string> ConstructKinWords = new(
        new[] { "والد", "والدة", "ابنة", "أخ", "أخت", "شقيق", "شقيقة", "زوج", "زوجة", "جد", "جدة", "حفيد", "حفيدة", "عم", "عمة", "خال", "خالة",
            "ووالد", "ووالدة", "وزوج", "وزوجة" }.Select(w => Normalization.ArabicNormalizer.Default.NormalizeString(w)), StringComparer.Ordinal);

    /// <summary>
    /// True when a lifespan, "من مواليد" or birth participle is written after a name that a kinship noun in construct introduces, across a
    /// description and an untagged given name ("حسن الطنطاوي (مواليد 1950) هو والد بطلة الجودو هالة الطنطاوي المولودة سنة 1954"): the
    /// value is that relative's, even when the family name alone joined the mention to the first person (round 19).
    /// </summary>
    private static bool ConstructKinNamed(CheckContext ctx, Claims.Claim c)
    {
        var tokens = ctx.Tokens;
        var first = NamedValueStart(ctx, c);
        if (first < 0)
        {
            return false;
        }

        var sentence = tokens[first].Sentence;
        var key = ctx.Index.PersonKey(c.Subject);
        var limit = first - 4;
        for (var k = first - 1; k >= 0 && k >= limit && tokens[k].Sentence == sentence; k--)
        {
            // The name the value is written after ("… هالة الطنطاوي المولودة"): step over it.
            if (ctx.Index.ClusterAtToken(k) is var own and >= 0 && ctx.Index.PersonKey(own) == key)
            {
                limit = Math.Max(0, limit - 1);
                continue;
            }

            if (tokens[k].Kind == Segmentation.TokenKind.Punctuation || ctx.MentionAtToken(k) >= 0)
            {
                return false;
            }

            if (ConstructKinWords.Contains(tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }
}
