using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using Tarikh.Core.Normalization;

namespace Tarikh.Core.Segmentation;

/// <summary>
/// Counts of normalized word forms in a reference corpus (see Segmentation/Lexicon/README.md).
/// Immutable and thread-safe; lookups by span do not allocate.
/// </summary>
public sealed class WordFrequencies
{
    private readonly FrozenDictionary<string, int> _counts;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates a table from normalized forms and counts.</summary>
    public WordFrequencies(IEnumerable<KeyValuePair<string, int>> counts)
    {
        _counts = counts.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _counts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>An empty table (no vetoes).</summary>
    public static WordFrequencies Empty { get; } = new([]);

    /// <summary>The embedded table, normalized with the default normalizer.</summary>
    public static WordFrequencies Default { get; } = LoadEmbedded(ArabicNormalizer.Default);

    /// <summary>The normalized forms.</summary>
    public IReadOnlyCollection<string> Forms => _counts.Keys;

    /// <summary>Number of forms.</summary>
    public int Count => _counts.Count;

    /// <summary>How often a normalized form occurs (0 when unseen).</summary>
    public int this[ReadOnlySpan<char> normalizedForm] => _lookup.TryGetValue(normalizedForm, out var n) ? n : 0;

    /// <summary>Loads the embedded <c>word-frequencies.tsv</c>, merging forms that normalize alike.</summary>
    public static WordFrequencies LoadEmbedded(ArabicNormalizer normalizer)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in EmbeddedLines("word-frequencies.tsv"))
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0 || !int.TryParse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                continue;
            }

            var form = normalizer.NormalizeString(line.AsSpan(0, tab));
            counts[form] = counts.GetValueOrDefault(form) + n;
        }

        return new WordFrequencies(counts);
    }

    /// <summary>Non-empty, non-comment lines of an embedded file under Segmentation/Lexicon.</summary>
    internal static IEnumerable<string> EmbeddedLines(string fileName)
    {
        var assembly = typeof(WordFrequencies).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Segmentation.Lexicon." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Trim('\r');
            }
        }
    }
}
