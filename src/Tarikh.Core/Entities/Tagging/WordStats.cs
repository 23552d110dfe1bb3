
namespace Tarikh.Core.Entities.Tagging;

/// <summary>Corpus statistics of one word base: how frequent it is, how often it takes the article, how often it is (part of) a name.</summary>
/// <param name="FrequencyBucket">log2 bucket of its count in the training text.</param>
/// <param name="ArticleBucket">Share of its occurrences with the article ال, in fifths (names rarely take it).</param>
/// <param name="LabelCode">Its dominant entity type and share in the labelled data (0 = never seen), see <see cref="WordStats.LabelCodeOf"/>.</param>
public readonly record struct WordStat(byte FrequencyBucket, byte ArticleBucket, byte LabelCode);

/// <summary>
/// A table of <see cref="WordStat"/> by normalized base (the word without proclitics), built from the
/// training data. During training the label part is jackknifed (computed without the sentence's own
/// fold) so that the model sees realistic "never seen as a name" rates. Immutable.
/// </summary>
public sealed class WordStats
{
    private readonly Dictionary<string, WordStat> _stats;
    private readonly Dictionary<string, WordStat>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates the table.</summary>
    public WordStats(IReadOnlyDictionary<string, WordStat> stats)
    {
        _stats = stats is Dictionary<string, WordStat> d && d.Comparer == StringComparer.Ordinal ? d : new Dictionary<string, WordStat>(stats, StringComparer.Ordinal);
        _lookup = _stats.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>An empty table.</summary>
    public static WordStats Empty { get; } = new(new Dictionary<string, WordStat>());

    /// <summary>Number of words.</summary>
    public int Count => _stats.Count;

    /// <summary>All entries (for saving).</summary>
    public IEnumerable<KeyValuePair<string, WordStat>> Entries => _stats;

    /// <summary>The statistics of a base, or default (all zero) when unknown.</summary>
    public WordStat Of(ReadOnlySpan<char> normalizedBase) => _lookup.TryGetValue(normalizedBase, out var s) ? s : default;

    /// <summary>The label code of a word seen three times or more in the training text and never in a name.</summary>
    public const byte CommonWordCode = 2;

    /// <summary>Encodes the label part: 0 unseen; otherwise 1 + 10·(dominant type + 1, 0 = never a name) + 2·(share in fifths) + (seen three times or more).</summary>
    public static byte LabelCodeOf(int total, ReadOnlySpan<int> byType)
    {
        if (total == 0)
        {
            return 0;
        }

        var best = -1;
        var bestCount = 0;
        for (var t = 0; t < byType.Length; t++)
        {
            if (byType[t] > bestCount)
            {
                best = t;
                bestCount = byType[t];
            }
        }

        var share = best < 0 ? 0 : (int)Math.Round(4.0 * bestCount / total);
        return (byte)(1 + 10 * (best + 1) + 2 * share + (total >= 3 ? 1 : 0));
    }

    /// <summary>
    /// Builds tables from labelled sentences: one for all of them, and one per fold where the label
    /// counts leave that fold out (sentence <c>i</c> is in fold <c>i % folds</c>).
    /// </summary>
    public static (WordStats All, WordStats[] Folds) Build(IReadOnlyList<ConllSentence> sentences, IReadOnlyList<NerWord[]> words, int folds)
    {
        var count = new Dictionary<string, int>(StringComparer.Ordinal);
        var article = new Dictionary<string, int>(StringComparer.Ordinal);
        var labels = new Dictionary<string, int[]>(StringComparer.Ordinal); // per fold: total, then per type (5 ints per fold)
        for (var s = 0; s < sentences.Count; s++)
        {
            var fold = s % folds;
            var gold = sentences[s].Labels;
            var w = words[s];
            for (var i = 0; i < w.Length; i++)
            {
                var t = w[i].Token;
                if (t.Kind != Segmentation.TokenKind.Arabic && t.Kind != Segmentation.TokenKind.Latin)
                {
                    continue;
                }

                var b = t.Base;
                count[b] = count.GetValueOrDefault(b) + 1;
                if ((t.Clitics & Segmentation.Proclitics.Al) != 0)
                {
                    article[b] = article.GetValueOrDefault(b) + 1;
                }

                if (!labels.TryGetValue(b, out var arr))
                {
                    arr = new int[5 * folds];
                    labels[b] = arr;
                }

                arr[fold * 5]++;
                var type = NerLabels.TypeOf(gold[i]);
                if (type >= 0)
                {
                    arr[fold * 5 + 1 + type]++;
                }
            }
        }

        var all = new Dictionary<string, WordStat>(StringComparer.Ordinal);
        var perFold = new Dictionary<string, WordStat>[folds];
        for (var f = 0; f < folds; f++)
        {
            perFold[f] = new Dictionary<string, WordStat>(StringComparer.Ordinal);
        }

        Span<int> byType = stackalloc int[4];
        foreach (var (b, n) in count)
        {
            var freq = (byte)Math.Min(15, System.Numerics.BitOperations.Log2((uint)n) + 1);
            var art = (byte)Math.Round(4.0 * article.GetValueOrDefault(b) / n);
            var arr = labels[b];
            for (var f = -1; f < folds; f++)
            {
                var total = 0;
                byType.Clear();
                for (var g = 0; g < folds; g++)
                {
                    if (g == f)
                    {
                        continue;
                    }

                    total += arr[g * 5];
                    for (var t = 0; t < 4; t++)
                    {
                        byType[t] += arr[g * 5 + 1 + t];
                    }
                }

                var stat = new WordStat(freq, art, LabelCodeOf(total, byType));
                if (f < 0)
                {
                    all[b] = stat;
                }
                else
                {
                    perFold[f][b] = stat;
                }
            }
        }

        return (new WordStats(all), perFold.Select(d => new WordStats(d)).ToArray());
    }
}
