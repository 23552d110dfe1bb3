namespace Tarikh.Core.Entities.Names;

/// <summary>
/// The classical-name post-pass over one sentence's chunks (start, end, type; type 0 = person), shared by
/// the pipeline (<see cref="EntityRecognizer"/>) and <c>tarikh eval ner</c>:
/// a person's name takes the rest of its chain (بن موسى، الخوارزمي، السابع، على الله، الدين) and the kunya
/// right before it (أبو عبد الله); a title followed by a regnal or compound name the tagger missed makes a
/// person (الخليفة المتوكل على الله، السلطان صلاح الدين); a compound laqab (صلاح الدين) alone is a person, also
/// when the tagger gave it another type (ركن الدين is no place);
/// a person made only of titles, ordinals or chain words (الملك، الأول، عشر) is dropped. Chunks the
/// extension covers entirely are absorbed. Pure.
/// </summary>
public static class NameChainPass
{
    /// <summary>Returns the sentence's chunks after the pass, ordered by start, without overlaps.</summary>
    /// <param name="words">Normalized words of the sentence (protected function words in their own spelling: على).</param>
    /// <param name="chunks">The chunks found so far, ordered by start, without overlaps.</param>
    /// <param name="isName">Whether word <c>j</c> may be part of a name (an Arabic word, not a function word, no conjunction).</param>
    public static List<(int Start, int End, int Type)> Apply(IReadOnlyList<string> words, IReadOnlyList<(int Start, int End, int Type)> chunks, Func<int, bool> isName)
    {
        // The owner of each word: a pooled array (one per sentence would be 4 bytes per token of garbage).
        var pooled = System.Buffers.ArrayPool<int>.Shared.Rent(words.Count);
        try
        {
            return Apply(words, chunks, isName, pooled, [], [], []);
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(pooled);
        }
    }

    /// <summary>As <see cref="Apply(IReadOnlyList{string}, IReadOnlyList{ValueTuple{int, int, int}}, Func{int, bool})"/>,
    /// working in <paramref name="scratch"/>'s lists; the result is <see cref="ChunkScratch.ChainResult"/>.</summary>
    internal static List<(int Start, int End, int Type)> Apply(IReadOnlyList<string> words, IReadOnlyList<(int Start, int End, int Type)> chunks, Func<int, bool> isName, ChunkScratch scratch)
        => Apply(words, chunks, isName, scratch.Owner(words.Count), scratch.Chain, scratch.Alive, scratch.ChainResult);

    private static List<(int Start, int End, int Type)> Apply(IReadOnlyList<string> words, IReadOnlyList<(int Start, int End, int Type)> chunks, Func<int, bool> isName, int[] owner,
        List<(int Start, int End, int Type)> list, List<bool> alive, List<(int Start, int End, int Type)> result)
    {
        // (owner may be longer than the sentence: only its first n entries are used.)
        var n = words.Count;
        Array.Fill(owner, -1, 0, n);
        list.Clear();
        list.AddRange(chunks);
        alive.Clear();
        result.Clear();
        for (var c = 0; c < list.Count; c++)
        {
            for (var j = list[c].Start; j < list[c].End; j++)
            {
                owner[j] = c;
            }
        }

        for (var c = 0; c < list.Count; c++)
        {
            alive.Add(true);
        }

        // Free (or wholly absorbable) tokens [from, to): no chunk sticks out of the range.
        bool Free(int from, int to, int self)
        {
            for (var j = from; j < to; j++)
            {
                var o = owner[j];
                if (o >= 0 && o != self && alive[o] && (list[o].Start < from || list[o].End > to))
                {
                    return false;
                }
            }

            return true;
        }

        void Take(int c, int from, int to)
        {
            for (var j = from; j < to; j++)
            {
                var o = owner[j];
                if (o >= 0 && o != c)
                {
                    alive[o] = false;
                }

                owner[j] = c;
            }
        }

        // A compound laqab the tagger typed otherwise (ركن الدين as a place) is a person.
        for (var c = 0; c < list.Count; c++)
        {
            var (s, e, t) = list[c];
            if (t != 0 && e - s >= 2 && ClassicalNames.RoleOf(words[s]) == NameRole.LaqabHead && ClassicalNames.RoleOf(words[s + 1]) == NameRole.LaqabTail)
            {
                list[c] = (s, e, 0);
            }
        }

        // New persons: a title, a kunya or a laqab head followed by a regnal or compound name nobody tagged.
        for (var j = 0; j + 1 < n; j++)
        {
            if (owner[j] >= 0 && alive[owner[j]])
            {
                continue;
            }

            var role = ClassicalNames.RoleOf(words[j]);
            int start, end;
            if (role == NameRole.Title && isName(j + 1) && ClassicalNames.RoleOf(words[j + 1]) is NameRole.None or NameRole.LaqabHead or NameRole.Nisba)
            {
                start = j + 1;
                var more = ClassicalNames.ChainContinuation(words, j + 1, isName);
                if (more == 0)
                {
                    continue;
                }

                end = j + 2 + more;
            }
            else if (role == NameRole.LaqabHead && isName(j) && ClassicalNames.RoleOf(words[j + 1]) == NameRole.LaqabTail)
            {
                start = j;
                end = j + 2 + ClassicalNames.ChainContinuation(words, j + 1, isName);
            }
            else
            {
                continue;
            }

            if (Free(start, end, -1))
            {
                list.Add((start, end, 0));
                alive.Add(true);
                Take(list.Count - 1, start, end);
                j = end - 1;
            }
        }

        // Extend persons along their chain.
        for (var c = 0; c < list.Count; c++)
        {
            if (!alive[c] || list[c].Type != 0)
            {
                continue;
            }

            var (start, end, _) = list[c];
            var more = ClassicalNames.ChainContinuation(words, end - 1, isName);
            while (more > 0 && !Free(end, end + more, c))
            {
                more--;
            }

            end += more;
            var before = ClassicalNames.KunyaBefore(words, start, isName);
            if (before > 0 && Free(start - before, start, c))
            {
                start -= before;
            }

            if ((start, end) != (list[c].Start, list[c].End))
            {
                Take(c, start, end);
                list[c] = (start, end, 0);
            }
        }

        // A person made only of titles, ordinals and chain words is none.
        for (var c = 0; c < list.Count; c++)
        {
            if (!alive[c] || list[c].Type != 0)
            {
                continue;
            }

            if (ClassicalNames.IsOnlyCueWords(words, list[c].Start, list[c].End))
            {
                alive[c] = false;
            }
        }

        for (var c = 0; c < list.Count; c++)
        {
            if (alive[c])
            {
                result.Add(list[c]);
            }
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }
}
