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
/// <param name="Item">The knowledge-base item the years come from (a body the document links, see <see cref="CheckKnowledge"/>), or null for a listed body.</param>
/// <param name="Named">
/// The year the body or state took the name listed (the tenth column, round 21), when <paramref name="Start"/> is its continuity start
/// under an earlier name of another rank or form ("جامعة الخرطوم": Gordon College from 1902, the university's name from 1956;
/// "مملكة البحرين": the kingdom from 2002); null when the name is as old as the body.
/// </param>
internal sealed record BoundedBody(int? Start, int? End, string Kind, string English, ImmutableArray<ImmutableArray<string>> Names, string? Requires, string? Unless, string? Item = null, int? Named = null);

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
        rows = rows as IReadOnlyCollection<string[]> ?? rows.ToList();
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
            var body = new BoundedBody(Year(r[0]), Year(r[1]), r[2].Trim(), r[3].Trim(), names, Word(5), Word(6), r.Length > 8 && r[8].Trim().Length > 0 ? r[8].Trim() : null,
                r.Length > 9 ? Year(r[9]) : null);
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

        // A dynasty's relative adjective (the eighth column, round 9) names every office of the dynasty with one entry: each
        // ruler's or officer's title before it ("السلطان الحفصي"، "الأمير المريني"، "الوالي العثماني") is bounded by the
        // dynasty's years, read as a reign (only an office act dates it). A title the list names itself keeps its own row.
        var listed = new HashSet<string>(all.SelectMany(b => b.Names).Select(n => string.Join(' ', n)), StringComparer.Ordinal);
        foreach (var r in rows)
        {
            if (r.Length < 8 || r[7].Trim().Length == 0 || r.Length < 5)
            {
                continue;
            }

            string? Word(int i) => r.Length > i && r[i].Trim().Length > 0 ? normalizer.NormalizeString(r[i].Trim()) : null;
            foreach (var adjective in r[7].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var adj = normalizer.NormalizeString(adjective);
                var names = RulerTitles.Select(t => normalizer.NormalizeString(t) + " " + adj).Where(n => !listed.Contains(n))
                    .Select(n => n.Split(' ').ToImmutableArray()).ToImmutableArray();
                if (names.IsEmpty)
                {
                    continue;
                }

                var body = new BoundedBody(Year(r[0]), Year(r[1]), "reign", $"an officer of the {r[3].Trim()} (the dynasty's years)", names, Word(5), Word(6));
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
        }

        All = all.ToImmutable();
    }

    /// <summary>
    /// The data files of the list, loaded together (round 20: the first file, then one file per class: universities, states and
    /// offices, institutions, techniques; round 21: congresses, parties, unions, clubs and societies; same columns).
    /// </summary>
    internal static readonly ImmutableArray<string> Files =
        ["bounded-bodies.tsv", "bodies-universities.tsv", "bodies-states.tsv", "bodies-institutions.tsv", "bodies-techniques.tsv", "bodies-societies.tsv"];

    /// <summary>Titles of rulers and officers that, before a dynasty's relative adjective, name an office of that dynasty.</summary>
    internal static readonly ImmutableArray<string> RulerTitles =
        ["السلطان", "الخليفة", "الأمير", "الملك", "الشاه", "الخان", "الوالي", "الإمبراطور", "الباي", "البلاط"];

    /// <summary>Every entry.</summary>
    public ImmutableArray<BoundedBody> All { get; }

    /// <summary>The names whose first word, without its article, is <paramref name="bareWord"/>.</summary>
    public IReadOnlyList<(ImmutableArray<string> Phrase, BoundedBody Body)> StartingWith(string bareWord)
        => _byFirst.TryGetValue(Key(bareWord), out var list) ? list : Array.Empty<(ImmutableArray<string> Phrase, BoundedBody Body)>(); // `: []` made a new List per miss

    /// <summary>The names whose first word, without its article, is <paramref name="word"/>'s (<see cref="Key(string)"/>), or null; looked up without making a string.</summary>
    public List<(ImmutableArray<string> Phrase, BoundedBody Body)>? StartingWith(ReadOnlySpan<char> word)
        => _byFirst.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word.StartsWith("ال", StringComparison.Ordinal) && word.Length > 3 ? word[2..] : word, out var list) ? list : null;

    /// <summary>A word without the article (the key names are filed under).</summary>
    public static string Key(string word) => word.StartsWith("ال", StringComparison.Ordinal) && word.Length > 3 ? word[2..] : word;

    private static int? Year(string s) => int.TryParse(s.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;
}
