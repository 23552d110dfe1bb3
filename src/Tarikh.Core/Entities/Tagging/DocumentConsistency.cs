using System.Runtime.InteropServices;
using System.Text;

namespace Tarikh.Core.Entities.Tagging;

/// <summary>
/// A second pass over tagged sentences of one document: a name the tagger found in one sentence is
/// marked where it recurs untagged within a window of nearby sentences of the same document (the
/// same sequence of word bases, or the family name of a multi-word person), with the type most
/// often given to it. Words the training data saw often and never as a name are left alone.
/// The CoNLL commands use it on sentence windows; the pipeline has its own document pass.
/// </summary>
public static class DocumentConsistency
{
    /// <summary>Options.</summary>
    /// <param name="Window">Sentences before and after that count as the same document (0 = off).</param>
    /// <param name="MinLength">Shortest base of a one-word name that is propagated.</param>
    /// <param name="MaxLength">Longest name (in words) that is matched.</param>
    /// <param name="FamilyNames">Also propagate the last word of multi-word persons (a family name) as a person.</param>
    public sealed record Options(int Window = 20, int MinLength = 3, int MaxLength = 4, bool FamilyNames = true)
    {
        /// <summary>The defaults (chosen on the ANERcorp dev part).</summary>
        public static Options Default { get; } = new();
    }

    /// <summary>
    /// Applies the pass in place. <paramref name="groups"/> names each sentence's document (sentences
    /// of different groups never see each other).
    /// </summary>
    public static void Apply(IReadOnlyList<NerWord[]> words, IReadOnlyList<byte[]> labels, IReadOnlyList<string> groups, WordStats stats, Options options)
    {
        if (options.Window <= 0 || words.Count == 0)
        {
            return;
        }

        var n = words.Count;
        var bases = new string[n][];
        for (var s = 0; s < n; s++)
        {
            bases[s] = new string[words[s].Length];
            for (var i = 0; i < words[s].Length; i++)
            {
                bases[s][i] = words[s][i].ForFeatures().Token.Base;
            }
        }

        // Chunks found by the tagger, per sentence (before this pass changes anything).
        var chunks = new List<(string Key, int Type, bool Family)>[n];
        var sb = new StringBuilder();
        for (var s = 0; s < n; s++)
        {
            chunks[s] = [];
            foreach (var (start, end, type) in NerLabels.Chunks(labels[s]))
            {
                if (end - start > options.MaxLength)
                {
                    continue;
                }

                sb.Clear();
                for (var i = start; i < end; i++)
                {
                    sb.Append(i > start ? " " : "").Append(bases[s][i]);
                }

                chunks[s].Add((sb.ToString(), type, false));
                if (options.FamilyNames && type == 0 && end - start >= 2)
                {
                    chunks[s].Add((bases[s][end - 1], 0, true));
                }
            }
        }

        var votes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var s = 0; s < n; s++)
        {
            votes.Clear();
            for (var o = Math.Max(0, s - options.Window); o <= Math.Min(n - 1, s + options.Window); o++)
            {
                if (groups[o] != groups[s])
                {
                    continue;
                }

                foreach (var (key, type, _) in chunks[o])
                {
                    ref var v = ref CollectionsMarshal.GetValueRefOrAddDefault(votes, key, out var exists);
                    v ??= new int[4];
                    v[type]++;
                }
            }

            if (votes.Count == 0)
            {
                continue;
            }

            var l = labels[s];
            var b = bases[s];
            var i = 0;
            while (i < l.Length)
            {
                if (l[i] != NerLabels.O)
                {
                    i++;
                    continue;
                }

                var matched = 0;
                for (var len = Math.Min(options.MaxLength, l.Length - i); len >= 1 && matched == 0; len--)
                {
                    var allOutside = true;
                    for (var j = i; j < i + len; j++)
                    {
                        allOutside &= l[j] == NerLabels.O;
                    }

                    if (!allOutside)
                    {
                        continue;
                    }

                    sb.Clear();
                    for (var j = i; j < i + len; j++)
                    {
                        sb.Append(j > i ? " " : "").Append(b[j]);
                    }

                    if (!votes.TryGetValue(sb.ToString(), out var v))
                    {
                        continue;
                    }

                    if (len == 1 && !Propagatable(words[s][i], b[i], stats, options))
                    {
                        continue;
                    }

                    var type = 0;
                    for (var t = 1; t < 4; t++)
                    {
                        if (v[t] > v[type])
                        {
                            type = t;
                        }
                    }

                    l[i] = NerLabels.Begin(type);
                    for (var j = i + 1; j < i + len; j++)
                    {
                        l[j] = NerLabels.Inside(type);
                    }

                    matched = len;
                }

                i += Math.Max(1, matched);
            }
        }
    }

    private static bool Propagatable(NerWord word, string b, WordStats stats, Options options)
    {
        var kind = word.Token.Kind;
        if (kind is not (Segmentation.TokenKind.Arabic or Segmentation.TokenKind.Latin) || b.Length < options.MinLength)
        {
            return false;
        }

        // Label codes 1 and 2: seen in the training data and never inside a name (2: three times or more).
        var code = stats.Of(b).LabelCode;
        return code != 2;
    }
}
