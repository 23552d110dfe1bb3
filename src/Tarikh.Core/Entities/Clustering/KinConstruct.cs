using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Entities.Clustering;

/// <summary>
/// Compound kinship terms: a kinship noun in construct with no pronoun ("ابن"، "بنت"، "حفيد"، "زوجة"، "أبناء") governs the kinship word
/// after it ("ابن أخيه" a nephew, "بنت عمه" a cousin, "زوجة أخيه" a sister-in-law): the inner word is not the relation.
/// </summary>
internal static class KinConstruct
{
    // Normalized (ة folds to ه, hamzas to ا): "ابنه" is also "ابنة"; the construct form of a daughter before a kin word is far likelier than "his son, his brother".
    private static readonly HashSet<string> Governors = new(
        ["ابن", "ابنه", "بنت", "ابناء", "بنات", "اولاد", "حفيد", "حفيده", "احفاد", "زوج", "زوجه", "اخ", "اخت", "اخو", "ام", "ابو"], StringComparer.Ordinal);

    /// <summary>True when <paramref name="previous"/> is a kinship noun in construct (with or without "و"، "ف"، "ل"، "ب" before it) that governs the next word.</summary>
    public static bool Governs(Token previous)
    {
        if (previous.Kind != TokenKind.Arabic)
        {
            return false;
        }

        var norm = previous.Norm;
        if (Governors.Contains(norm))
        {
            return true;
        }

        for (var strip = 1; strip <= 2 && strip < norm.Length; strip++)
        {
            if (norm[strip - 1] is not ('و' or 'ف' or 'ل' or 'ب'))
            {
                break;
            }

            if (Governors.Contains(norm[strip..]))
            {
                return true;
            }
        }

        return false;
    }
}
