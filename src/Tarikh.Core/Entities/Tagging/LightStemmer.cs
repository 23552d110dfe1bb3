namespace Tarikh.Core.Entities.Tagging;

/// <summary>
/// A light Arabic stemmer for normalized words (ة already folded to ه, ى to ي, أإآ to ا):
/// strips one conjunction/preposition + article prefix and one common suffix, keeping at least
/// three letters. In the spirit of Larkey's light stemming; written for Tarikh. Stateless.
/// </summary>
public static class LightStemmer
{
    private static readonly string[] Prefixes = ["وال", "بال", "كال", "فال", "لل", "ال", "و"];
    private static readonly string[] Suffixes = ["هما", "ات", "ان", "ين", "ون", "يه", "يين", "ها", "هم", "نا", "ه", "ي"];

    /// <summary>Returns the light stem as a slice of <paramref name="word"/>.</summary>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        foreach (var p in Prefixes)
        {
            if (word.Length - p.Length >= 3 && word.StartsWith(p, StringComparison.Ordinal))
            {
                word = word[p.Length..];
                break;
            }
        }

        foreach (var s in Suffixes)
        {
            if (word.Length - s.Length >= 3 && word.EndsWith(s, StringComparison.Ordinal))
            {
                word = word[..^s.Length];
                break;
            }
        }

        return word;
    }
}
