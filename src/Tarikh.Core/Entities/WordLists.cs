namespace Tarikh.Core.Entities;

/// <summary>Helpers over a name's words (<see cref="MentionDraft.Words"/>) that do not build the joined key.</summary>
internal static class WordLists
{
    /// <summary>Whether two word lists joined by spaces give the same string (compared without building either).</summary>
    internal static bool SameJoined(string[] a, string[] b)
    {
        var length = Math.Max(0, a.Length - 1);
        foreach (var w in a)
        {
            length += w.Length;
        }

        var other = Math.Max(0, b.Length - 1);
        foreach (var w in b)
        {
            other += w.Length;
        }

        if (length != other)
        {
            return false;
        }

        // Both read as one stream of characters: a word's letters, then a space before the next word.
        int ai = 0, ac = 0, bi = 0, bc = 0;
        for (var n = 0; n < length; n++)
        {
            if (Next(a, ref ai, ref ac) != Next(b, ref bi, ref bc))
            {
                return false;
            }
        }

        return true;
    }

    private static char Next(string[] words, ref int word, ref int at)
    {
        if (at < words[word].Length)
        {
            return words[word][at++];
        }

        word++;
        at = 0;
        return ' ';
    }
}
