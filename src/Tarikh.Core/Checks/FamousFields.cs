using System.Collections.Immutable;
using System.Reflection;
using Tarikh.Core.Normalization;

namespace Tarikh.Core.Checks;

/// <summary>A famous member of a field (<c>Checks/Data/famous-fields.tsv</c>): his given and family parts (normalized word arrays; no given part when it is too common to lend) and the years of his deeds.</summary>
internal sealed record FieldMember(string Field, ImmutableArray<ImmutableArray<string>> Given, ImmutableArray<ImmutableArray<string>> Family, string English, ImmutableArray<int> Years)
{
    /// <summary>The member's own deeds and works (column 7, round 19 issue-x3): when either member of a chimera has them, one must stand in the sentence.</summary>
    public ImmutableArray<ImmutableArray<string>> Deeds { get; init; } = [];

    /// <summary>The given part is a common first name (written with a leading <c>~</c>): it lends only beside the member's own deed.</summary>
    public bool CommonGiven { get; init; }

    /// <summary>The Arabic name as listed (given and family part, first variants), for messages.</summary>
    public string Arabic { get; init; } = English;
}

/// <summary>
/// Famous people by field with the words of the field's deeds (round 18, issue-12e), for the name-anomaly rule's field chimera.
/// Immutable; loaded once from the embedded list.
/// </summary>
internal sealed class FamousFields
{
    /// <summary>The embedded list, loaded on first use.</summary>
    public static FamousFields Default => Loaded.Value;

    private static readonly Lazy<FamousFields> Loaded = new(() => new FamousFields(ReadRows(), ArabicNormalizer.Default));

    /// <summary>Builds the index from the rows of the data file.</summary>
    public FamousFields(IEnumerable<string[]> rows, ArabicNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(normalizer);
        var members = ImmutableArray.CreateBuilder<FieldMember>();
        var cues = new Dictionary<string, List<ImmutableArray<string>>>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            if (r.Length >= 3 && r[0] == "cue")
            {
                if (!cues.TryGetValue(r[1], out var list))
                {
                    cues[r[1]] = list = [];
                }

                list.AddRange(Forms(normalizer, r[2]));
            }
            else if (r.Length >= 5 && r[0] == "person")
            {
                var years = r.Length >= 6
                    ? r[5].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(y => int.Parse(y, System.Globalization.CultureInfo.InvariantCulture)).ToImmutableArray()
                    : [];
                var common = r[2].StartsWith('~');
                var given = common ? r[2][1..] : r[2];
                var arabic = string.Join(' ', new[] { given.Split('|')[0].Trim(), r[3].Split('|')[0].Trim() }.Where(p => p.Length > 0));
                var deeds = r.Length >= 7 ? Forms(normalizer, r[6]) : [];
                members.Add(new FieldMember(r[1], Forms(normalizer, given), Forms(normalizer, r[3]), r[4], years) { Arabic = arabic, Deeds = deeds, CommonGiven = common });
            }
        }

        Members = members.ToImmutable();
        Cues = cues.ToImmutableDictionary(c => c.Key, c => c.Value.ToImmutableArray(), StringComparer.Ordinal);

        // The members by the first word of a given part (and, for a first word with the article, by the word without it, which a
        // token written with a prefix that kept the article ends with: "بالظاهر"، "للناصر"), so that a token is tried only against
        // the members whose given part it can begin (round 20: the lists grew from 70 to some 300 members).
        var byFirst = new Dictionary<string, List<(FieldMember, ImmutableArray<string>)>>(StringComparer.Ordinal);
        var byBare = new Dictionary<string, List<(FieldMember, ImmutableArray<string>)>>(StringComparer.Ordinal);
        foreach (var m in Members)
        {
            foreach (var g in m.Given)
            {
                Add(byFirst, g[0], (m, g));
                if (g[0].Length > 2 && g[0].StartsWith("ال", StringComparison.Ordinal))
                {
                    Add(byBare, g[0][2..], (m, g));
                }
            }
        }

        // The first words a family part can begin with, the spliced «عبد» compound's second word too (see FamilyForms).
        var familyFirst = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in Members)
        {
            foreach (var f in m.Family)
            {
                familyFirst.Add(f[0]);
                if (f.Length == 2 && f[0] == "عبد")
                {
                    familyFirst.Add(f[1]);
                }
            }
        }

        _familyFirst = System.Collections.Frozen.FrozenSet.ToFrozenSet(familyFirst, StringComparer.Ordinal);
        _byFirst = byFirst.ToDictionary(e => e.Key, e => e.Value.ToImmutableArray(), StringComparer.Ordinal);
        _byBare = byBare.ToDictionary(e => e.Key, e => e.Value.ToImmutableArray(), StringComparer.Ordinal);
    }

    private readonly System.Collections.Frozen.FrozenSet<string> _familyFirst;

    /// <summary>True when some member's family part (or the second word of a spliced «عبد» compound) begins with <paramref name="word"/>.</summary>
    public bool BeginsFamily(string word) => _familyFirst.Contains(word);

    private readonly Dictionary<string, ImmutableArray<(FieldMember Member, ImmutableArray<string> Given)>> _byFirst;
    private readonly Dictionary<string, ImmutableArray<(FieldMember Member, ImmutableArray<string> Given)>> _byBare;

    /// <summary>The members with a given part whose first word is <paramref name="word"/> (normalized), each with that given part.</summary>
    public ImmutableArray<(FieldMember Member, ImmutableArray<string> Given)> WithFirstGiven(ReadOnlySpan<char> word)
        => _byFirst.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var l) ? l : [];

    /// <summary>The members with a given part whose first word is the article + <paramref name="rest"/> (normalized).</summary>
    public ImmutableArray<(FieldMember Member, ImmutableArray<string> Given)> WithFirstGivenAfterArticle(ReadOnlySpan<char> rest)
        => _byBare.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(rest, out var l) ? l : [];

    private static void Add(Dictionary<string, List<(FieldMember, ImmutableArray<string>)>> map, string key, (FieldMember, ImmutableArray<string>) value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    /// <summary>Every member of every field.</summary>
    public ImmutableArray<FieldMember> Members { get; }

    /// <summary>Per field, the words of its deeds (normalized word arrays).</summary>
    public ImmutableDictionary<string, ImmutableArray<ImmutableArray<string>>> Cues { get; }

    private static ImmutableArray<ImmutableArray<string>> Forms(ArabicNormalizer normalizer, string cell)
        => [.. cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => normalizer.NormalizeString(f).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToImmutableArray())
            .Where(f => f.Length > 0)];

    private static List<string[]> ReadRows()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Tarikh.Core.Checks.Data.famous-fields.tsv")
            ?? throw new InvalidOperationException("Embedded resource Checks/Data/famous-fields.tsv is missing.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                rows.Add(line.Split('\t'));
            }
        }

        return rows;
    }
}
