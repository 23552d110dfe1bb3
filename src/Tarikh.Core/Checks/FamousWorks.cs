using System.Collections.Immutable;
using Tarikh.Core.Normalization;

namespace Tarikh.Core.Checks;

/// <summary>An author or artist with the names he is known by (normalized words), his life years and his best-known works.</summary>
/// <param name="Forms">The names, normalized, as word arrays; the first is the fullest.</param>
/// <param name="Birth">Birth year, or null.</param>
/// <param name="Death">Death year, or null.</param>
internal sealed record WorkAuthor(ImmutableArray<ImmutableArray<string>> Forms, int? Birth, int? Death)
{
    /// <summary>His own nisbas that another listed author goes by alone (column 5, round 21: Ibn al-Athir's "الشيباني"), normalized.</summary>
    public ImmutableArray<string> OwnNisbas { get; init; } = [];

    /// <summary>The fullest name as listed (normalized).</summary>
    public string Name => string.Join(' ', Forms[0]);
}

/// <summary>
/// Famous works indexed by title (<c>Checks/Data/famous-works.tsv</c>): which authors a title names, and which words begin or end
/// a listed author's name. Immutable; loaded the first time the name-anomaly rule asks for it.
/// </summary>
internal sealed class FamousWorks
{
    private readonly Dictionary<string, List<WorkAuthor>> _byTitle = new(StringComparer.Ordinal);
    private readonly HashSet<string> _bare = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _firstWordOwners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lastWordOwners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _soleNameOwners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(ImmutableArray<string> Form, WorkAuthor Author)>> _byFirstWord = new(StringComparer.Ordinal);

    /// <summary>Builds the index from the rows of the data file.</summary>
    public FamousWorks(IEnumerable<string[]> rows, ArabicNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(normalizer);
        foreach (var r in rows)
        {
            if (r.Length < 4)
            {
                continue;
            }

            var forms = r[0].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(n => normalizer.NormalizeString(n).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToImmutableArray())
                .Where(n => n.Length > 0).ToImmutableArray();
            if (forms.IsEmpty)
            {
                continue;
            }

            var author = new WorkAuthor(forms, Year(r[1]), Year(r[2]))
            {
                OwnNisbas = r.Length >= 5
                    ? [.. r[4].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => normalizer.NormalizeString(n))]
                    : [],
            };
            foreach (var f in forms.Where(f => f.Length >= 2))
            {
                if (!_byFirstWord.TryGetValue(f[0], out var named))
                {
                    _byFirstWord[f[0]] = named = [];
                }

                named.Add((f, author));
            }

            foreach (var w in forms.Where(f => f.Length >= 2).Select(f => f[0]).Distinct(StringComparer.Ordinal))
            {
                _firstWordOwners[w] = _firstWordOwners.GetValueOrDefault(w) + 1;
            }

            foreach (var w in forms.Where(f => f.Length == 1).Select(f => f[0]).Distinct(StringComparer.Ordinal))
            {
                _soleNameOwners[w] = _soleNameOwners.GetValueOrDefault(w) + 1;
            }

            foreach (var w in forms.Select(f => f[^1]).Distinct(StringComparer.Ordinal))
            {
                _lastWordOwners[w] = _lastWordOwners.GetValueOrDefault(w) + 1;
            }

            foreach (var raw in r[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var bare = raw.StartsWith('*');
                var title = normalizer.NormalizeString(bare ? raw[1..] : raw);
                if (!_byTitle.TryGetValue(title, out var list))
                {
                    _byTitle[title] = list = [];
                }

                list.Add(author);
                if (bare)
                {
                    _bare.Add(title);
                }
            }
        }
    }

    /// <summary>The authors of a normalized title (empty when unknown).</summary>
    public IReadOnlyList<WorkAuthor> AuthorsOf(string title) => _byTitle.TryGetValue(title, out var list) ? list : Array.Empty<WorkAuthor>(); // `: []` made a new List per miss

    /// <summary>True when the title may be read as a bare word, without quotation marks or a work noun ("مقاماته").</summary>
    public bool IsBare(string title) => _bare.Contains(title);

    /// <summary>The listed authors' names of two words or more that begin with this normalized word, with their author.</summary>
    public IReadOnlyList<(ImmutableArray<string> Form, WorkAuthor Author)> NamesStartingWith(string word)
        => _byFirstWord.TryGetValue(word, out var list) ? list : Array.Empty<(ImmutableArray<string> Form, WorkAuthor Author)>(); // `: []` made a new List per miss

    /// <summary>How many listed authors have a name of two words or more beginning with this word.</summary>
    public int FirstWordOwners(string word) => _firstWordOwners.GetValueOrDefault(word);

    /// <summary>How many listed authors go by this one word alone ("الغزالي"، "الشيباني").</summary>
    public int SoleNameOwners(string word) => _soleNameOwners.GetValueOrDefault(word);

    /// <summary>How many listed authors have a name ending with this word.</summary>
    public int LastWordOwners(string word) => _lastWordOwners.GetValueOrDefault(word);

    private static int? Year(string s) => int.TryParse(s.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var y) && y > 0 ? y : null;
}
