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

    /// <summary>
    /// The words joined by spaces (as <see cref="MentionDraft.Key"/>), written into <paramref name="scratch"/> (grown when
    /// short) instead of a new string; a one-word list is its word. For looking a name up by span.
    /// </summary>
    internal static ReadOnlySpan<char> Joined(string[] words, ref char[] scratch)
    {
        if (words.Length == 1)
        {
            return words[0];
        }

        var length = Math.Max(0, words.Length - 1);
        foreach (var w in words)
        {
            length += w.Length;
        }

        if (scratch.Length < length)
        {
            scratch = new char[Math.Max(length, scratch.Length * 2)];
        }

        var n = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                scratch[n++] = ' ';
            }

            words[i].CopyTo(scratch.AsSpan(n));
            n += words[i].Length;
        }

        return scratch.AsSpan(0, n);
    }

    /// <summary>Mentions equal when their joined names (<see cref="MentionDraft.Key"/>) and types are, compared without joining.</summary>
    internal static readonly IEqualityComparer<MentionDraft> NameAndType = new NameAndTypeComparer();

    private sealed class NameAndTypeComparer : IEqualityComparer<MentionDraft>
    {
        public bool Equals(MentionDraft? x, MentionDraft? y)
            => ReferenceEquals(x, y) || (x is not null && y is not null && x.Type == y.Type && SameJoined(x.Words, y.Words));

        public int GetHashCode(MentionDraft m)
        {
            // The hash of the joined characters (a space between words), so equal joined names hash alike.
            var h = new HashCode();
            h.Add(m.Type);
            for (var i = 0; i < m.Words.Length; i++)
            {
                if (i > 0)
                {
                    h.Add(' ');
                }

                foreach (var c in m.Words[i])
                {
                    h.Add(c);
                }
            }

            return h.ToHashCode();
        }
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
