using System.Collections.Frozen;
using System.Collections.Immutable;
using Tarikh.Core.Claims;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Checks;

/// <summary>Lookups over the lexicon's lists, built once with the lexicon (issue #18: no walk of a whole list per token).</summary>
public sealed partial class CheckLexicon
{
    private readonly FrozenDictionary<string, int[]> _famousByGiven;

    /// <summary>The positions of the well-known people in <paramref name="famous"/> by given name, ascending.</summary>
    private static FrozenDictionary<string, int[]> IndexByGiven(ImmutableArray<FamousPerson> famous)
    {
        var byGiven = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < famous.Length; i++)
        {
            if (!byGiven.TryGetValue(famous[i].Given, out var list))
            {
                byGiven[famous[i].Given] = list = [];
            }

            list.Add(i);
        }

        return byGiven.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// Adds to <paramref name="into"/>, ascending and once each, the positions in <see cref="Famous"/> of every well-known
    /// person whose given name token <paramref name="t"/> can be (<see cref="CheckContext.TokenIs"/>: the word itself, a form
    /// without proclitics, or "ال" + the rest after a prefix that kept the article); a few may not match, none is missed.
    /// </summary>
    internal void FamousWithGivenAt(Token t, List<int> into)
    {
        into.Clear();
        if (_famousByGiven.Count == 0)
        {
            return;
        }

        var lookup = _famousByGiven.GetAlternateLookup<ReadOnlySpan<char>>();
        AddAll(lookup, t.Norm, into);
        for (var k = 1; k <= t.CliticCount; k++)
        {
            AddAll(lookup, t.BaseCandidate(k), into);
        }

        Span<char> withArticle = stackalloc char[64];
        for (var p = 1; p <= t.Norm.Length; p++)
        {
            if (t.Norm.Length - p + 2 <= withArticle.Length && DocumentIndex.KeepsArticle(t.Norm.AsSpan(0, p)))
            {
                "ال".CopyTo(withArticle);
                t.Norm.AsSpan(p).CopyTo(withArticle[2..]);
                AddAll(lookup, withArticle[..(t.Norm.Length - p + 2)], into);
            }
        }

        if (into.Count > 1)
        {
            into.Sort();
            var w = 1;
            for (var r = 1; r < into.Count; r++)
            {
                if (into[r] != into[w - 1])
                {
                    into[w++] = into[r];
                }
            }

            into.RemoveRange(w, into.Count - w);
        }
    }

    private static void AddAll(FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> word, List<int> into)
    {
        if (lookup.TryGetValue(word, out var found))
        {
            into.AddRange(found);
        }
    }
}
