using System.Collections.Frozen;
using Tarikh.Core.Entities.Gazetteers;
using ArabicNormalizer = Tarikh.Core.Normalization.ArabicNormalizer;

namespace Tarikh.Storage.Search;

/// <summary>
/// The words of the person and place gazetteers embedded in Tarikh.Core (normalized, article removed), which
/// the search analyzer never stems: ستالين، لينين، حسين، عثمان stay whole. Words the gazetteers' list of
/// non-names holds, and words of fewer than three letters, are left out.
/// </summary>
public static class NameWords
{
    private static readonly string[] Files = ["persons.tsv", "places-cldr.tsv", "places-extra.tsv", "places-world.tsv"];

    /// <summary>The default set, loaded once.</summary>
    public static IReadOnlySet<string> Default => Lazy.Value;

    private static readonly Lazy<FrozenSet<string>> Lazy = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The normalized words of the given names (article removed), minus <paramref name="exclude"/>.</summary>
    public static FrozenSet<string> Of(IEnumerable<string> names, IEnumerable<string>? exclude = null)
    {
        ArgumentNullException.ThrowIfNull(names);
        var normalizer = ArabicNormalizer.Default;
        var excluded = new HashSet<string>((exclude ?? []).Select(e => normalizer.NormalizeString(e)), StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            foreach (var w in normalizer.NormalizeString(name).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var word = w.Length >= 5 && w.StartsWith("\u0627\u0644", StringComparison.Ordinal) ? w[2..] : w;
                if (word.Length >= 3 && !excluded.Contains(word) && !excluded.Contains(w) && word.All(c => c is >= '\u0621' and <= '\u064A'))
                {
                    words.Add(word);
                }
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    private static FrozenSet<string> Load()
    {
        var asm = typeof(NerLexicon).Assembly;
        string Read(string file)
        {
            using var stream = asm.GetManifestResourceStream("Tarikh.Core.Entities.Data." + file);
            if (stream is null)
            {
                return string.Empty;
            }

            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        var names = Files.SelectMany(f => Gazetteer.ParseTsv(Read(f)).Select(e => e.Name));
        var notNames = Read("not-names.txt").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#');
        return Of(names, notNames);
    }
}
