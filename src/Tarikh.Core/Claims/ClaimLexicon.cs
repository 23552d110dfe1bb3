using System.Collections.Immutable;
using Tarikh.Core.Normalization;

namespace Tarikh.Core.Claims;

/// <summary>
/// The cue words of the claims stage by category (<c>hedged</c>, <c>reported</c>, <c>negated</c>,
/// <c>posthumous</c>, <c>birth</c>, <c>death</c>, <c>age</c>, <c>kin</c>, <c>relative</c>), normalized and
/// split into tokens, indexed by first word. Loaded from the embedded <c>Claims/Data/claims.tsv</c>.
/// Date words (months, numbers, eras) are not here: they belong to the Time lexicon.
/// Immutable and thread-safe.
/// </summary>
public sealed class ClaimLexicon
{
    // Category → first word → phrases, longest first; looked up by a span of a token's form (no string per clitic reading).
    private readonly Dictionary<string, Dictionary<string, ImmutableArray<ImmutableArray<string>>>.AlternateLookup<ReadOnlySpan<char>>> _byFirst;

    /// <summary>Creates a lexicon from category → phrases (each already normalized and split).</summary>
    public ClaimLexicon(IReadOnlyDictionary<string, IReadOnlyList<ImmutableArray<string>>> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        _byFirst = phrases.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.Where(p => !p.IsDefaultOrEmpty)
                .GroupBy(p => p[0], StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ToImmutableArray(), StringComparer.Ordinal)
                .GetAlternateLookup<ReadOnlySpan<char>>(),
            StringComparer.Ordinal);
    }

    /// <summary>The lexicon of the embedded data file.</summary>
    public static ClaimLexicon Default { get; } = LoadEmbedded(ArabicNormalizer.Default);

    /// <summary>Loads the embedded data file.</summary>
    public static ClaimLexicon LoadEmbedded(ArabicNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        using var stream = typeof(ClaimLexicon).Assembly.GetManifestResourceStream("Tarikh.Core.Claims.Data.claims.tsv")
            ?? throw new InvalidOperationException("Embedded resource Claims/Data/claims.tsv is missing.");
        using var reader = new StreamReader(stream);
        var phrases = new Dictionary<string, List<ImmutableArray<string>>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length < 2)
            {
                continue;
            }

            if (!phrases.TryGetValue(cols[0], out var list))
            {
                phrases[cols[0]] = list = [];
            }

            list.Add([.. normalizer.NormalizeString(cols[1].Trim()).Split(' ', StringSplitOptions.RemoveEmptyEntries)]);
        }

        return new ClaimLexicon(phrases.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<ImmutableArray<string>>)kv.Value, StringComparer.Ordinal));
    }

    /// <summary>The length in tokens of the longest phrase of the category matching at token <paramref name="i"/>, or 0.</summary>
    public int Match(DocumentIndex index, int i, string category)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (i < 0 || i >= index.Tokens.Length || !_byFirst.TryGetValue(category, out var byFirst))
        {
            return 0;
        }

        var t = index.Tokens[i];
        var best = 0;
        for (var k = 0; k <= t.CliticCount; k++)
        {
            if (byFirst.TryGetValue(k == 0 ? t.Norm : t.BaseCandidate(k), out var list))
            {
                foreach (var p in list)
                {
                    if (p.Length > best && index.MatchPhrase(i, p, out var n))
                    {
                        best = n;
                    }
                }
            }
        }

        return best;
    }

    /// <summary>The first token in [from, to) where a phrase of the category starts, or -1.</summary>
    public int Find(DocumentIndex index, int from, int to, string category)
    {
        ArgumentNullException.ThrowIfNull(index);
        for (var i = Math.Max(0, from); i < Math.Min(to, index.Tokens.Length); i++)
        {
            if (Match(index, i, category) > 0)
            {
                return i;
            }
        }

        return -1;
    }
}
