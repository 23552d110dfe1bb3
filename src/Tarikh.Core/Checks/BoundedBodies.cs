using System.Collections.Immutable;
using Tarikh.Core.Normalization;

namespace Tarikh.Core.Checks;

/// <summary>A body, state, newspaper, school, technique or reign with the years it began and ended (Gregorian), as listed.</summary>
/// <param name="Start">The year it began, or null when not listed.</param>
/// <param name="End">The year it ended, or null when it goes on or is not listed.</param>
/// <param name="Kind">org, state, press, school, tech or reign.</param>
/// <param name="English">Its English name.</param>
/// <param name="Names">Its Arabic names, normalized, as word sequences.</param>
/// <param name="Requires">A normalized word the sentence must hold for the entry to apply ("بغداد" for the caliphate there), or null.</param>
/// <param name="Unless">A normalized word that, anywhere in the text, turns the entry off ("الأندلس" for the Umayyads), or null.</param>
internal sealed record BoundedBody(int? Start, int? End, string Kind, string English, ImmutableArray<ImmutableArray<string>> Names, string? Requires, string? Unless);

/// <summary>
/// The list of bounded bodies (<c>Checks/Data/bounded-bodies.tsv</c>), indexed by the first word of each name without its
/// article. Immutable; loaded the first time the anachronism rule asks for it.
/// </summary>
internal sealed class BoundedBodies
{
    private readonly Dictionary<string, List<(ImmutableArray<string> Phrase, BoundedBody Body)>> _byFirst = new(StringComparer.Ordinal);

    /// <summary>Builds the index from the rows of the data file.</summary>
    public BoundedBodies(IEnumerable<string[]> rows, ArabicNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(normalizer);
        var all = ImmutableArray.CreateBuilder<BoundedBody>();
        foreach (var r in rows)
        {
            if (r.Length < 5)
            {
                continue;
            }

            var names = r[4].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(n => normalizer.NormalizeString(n).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToImmutableArray())
                .Where(n => n.Length > 0)
                .ToImmutableArray();
            string? Word(int i) => r.Length > i && r[i].Trim().Length > 0 ? normalizer.NormalizeString(r[i].Trim()) : null;
            var body = new BoundedBody(Year(r[0]), Year(r[1]), r[2].Trim(), r[3].Trim(), names, Word(5), Word(6));
            all.Add(body);
            foreach (var n in names)
            {
                var key = Key(n[0]);
                if (!_byFirst.TryGetValue(key, out var list))
                {
                    _byFirst[key] = list = [];
                }

                list.Add((n, body));
            }
        }

        All = all.ToImmutable();
    }

    /// <summary>Every entry.</summary>
    public ImmutableArray<BoundedBody> All { get; }

    /// <summary>The names whose first word, without its article, is <paramref name="bareWord"/>.</summary>
    public IReadOnlyList<(ImmutableArray<string> Phrase, BoundedBody Body)> StartingWith(string bareWord)
        => _byFirst.TryGetValue(Key(bareWord), out var list) ? list : [];

    /// <summary>The names whose first word, without its article, is <paramref name="word"/>'s (<see cref="Key(string)"/>), or null; looked up without making a string.</summary>
    public List<(ImmutableArray<string> Phrase, BoundedBody Body)>? StartingWith(ReadOnlySpan<char> word)
        => _byFirst.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word.StartsWith("ال", StringComparison.Ordinal) && word.Length > 3 ? word[2..] : word, out var list) ? list : null;

    /// <summary>A word without the article (the key names are filed under).</summary>
    public static string Key(string word) => word.StartsWith("ال", StringComparison.Ordinal) && word.Length > 3 ? word[2..] : word;

    private static int? Year(string s) => int.TryParse(s.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;
}
