using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using NodaTime;
using Tarikh.Core.Normalization;

namespace Tarikh.Core.Checks;

/// <summary>A country that kept the Julian calendar after 1582 (row of <c>julian-countries.tsv</c>).</summary>
/// <param name="Id">Short id (<c>russia</c>).</param>
/// <param name="NameAr">Arabic name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="FirstGregorianDay">First day of Gregorian civil use (ISO).</param>
/// <param name="Places">Normalized place names and demonyms that place a sentence in the country (token arrays).</param>
public sealed record JulianCountry(string Id, string NameAr, string NameEn, LocalDate FirstGregorianDay, ImmutableArray<ImmutableArray<string>> Places);

/// <summary>A well-known person (row of <c>famous-persons.tsv</c>).</summary>
/// <param name="Given">Normalized given name.</param>
/// <param name="Family">Normalized family name tokens.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Born">Birth year, or null.</param>
/// <param name="Died">Death year, or null.</param>
public sealed record FamousPerson(string Given, ImmutableArray<string> Family, string NameEn, int? Born, int? Died);

/// <summary>A cue phrase of a category, normalized and split into tokens, with an optional value.</summary>
/// <param name="Tokens">Normalized tokens.</param>
/// <param name="Value">Value column, or empty.</param>
public sealed record CuePhrase(ImmutableArray<string> Tokens, string Value);

/// <summary>A month name found in the text (from Time's lexicon, the one owner of month names).</summary>
/// <param name="Tokens">Normalized tokens.</param>
/// <param name="Hijri">True for a Hijri month.</param>
/// <param name="Month">1..12.</param>
public sealed record MonthName(ImmutableArray<string> Tokens, bool Hijri, int Month);

/// <summary>
/// The data the consistency rules use: cue words by category, the Julian-calendar countries and
/// well-known people. Month names and number words are Time's (<see cref="CheckContext.TimeLexicon"/>). Loaded from embedded TSV files under
/// <c>Checks/Data/</c>; extensible without code changes. Immutable and thread-safe.
/// </summary>
public sealed partial class CheckLexicon
{
    private readonly ImmutableDictionary<string, ImmutableArray<CuePhrase>> _cues;

    // Per category: the cue phrases by their first word, each with its position in the category's list.
    private readonly Dictionary<string, Dictionary<string, (int Order, CuePhrase Phrase)[]>.AlternateLookup<ReadOnlySpan<char>>> _cuesByFirstWord = new(StringComparer.Ordinal);

    // Every category's first words together, each with one id (round 16, issue-18), and per id the categories that have
    // phrases starting with it: a check context resolves a token's candidate first words to ids once, and a cue question
    // about that token then costs no string hashing (see CheckContext.MatchCue).
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _cueFirstWords;
    private readonly (string Category, (int Order, CuePhrase Phrase)[] Phrases)[][] _cuesByFirstWordId;

    /// <summary>Creates a lexicon from already-parsed tables.</summary>
    public CheckLexicon(
        ImmutableDictionary<string, ImmutableArray<CuePhrase>> cues,
        ImmutableArray<JulianCountry> julianCountries,
        ImmutableArray<FamousPerson> famous)
    {
        _cues = cues;
        // Plain loops (no LINQ grouping): this runs at every start, where each generic instantiation costs JIT time.
        var groups = new Dictionary<string, List<(int Order, CuePhrase Phrase)>>(StringComparer.Ordinal);
        var firstWords = new Dictionary<string, int>(StringComparer.Ordinal);
        var byId = new List<List<(string Category, (int Order, CuePhrase Phrase)[] Phrases)>>();
        foreach (var (category, phrases) in cues)
        {
            groups.Clear();
            for (var order = 0; order < phrases.Length; order++)
            {
                var phrase = phrases[order];
                if (phrase.Tokens.IsDefaultOrEmpty)
                {
                    continue;
                }

                if (!groups.TryGetValue(phrase.Tokens[0], out var group))
                {
                    groups[phrase.Tokens[0]] = group = [];
                }

                group.Add((order, phrase));
            }

            var byFirst = new Dictionary<string, (int Order, CuePhrase Phrase)[]>(groups.Count, StringComparer.Ordinal);
            foreach (var (first, group) in groups)
            {
                byFirst[first] = [.. group];
            }

            _cuesByFirstWord[category] = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var (first, phrasesOfFirst) in byFirst)
            {
                if (!firstWords.TryGetValue(first, out var id))
                {
                    firstWords[first] = id = byId.Count;
                    byId.Add([]);
                }

                byId[id].Add((category, phrasesOfFirst));
            }
        }

        _cueFirstWords = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _cuesByFirstWordId = new (string Category, (int Order, CuePhrase Phrase)[] Phrases)[byId.Count][];
        for (var id = 0; id < byId.Count; id++)
        {
            _cuesByFirstWordId[id] = [.. byId[id]];
        }

        JulianCountries = julianCountries;
        Famous = famous;
        _famousByGiven = IndexByGiven(famous);
    }

    /// <summary>The lexicon built from the embedded data files.</summary>
    public static CheckLexicon Default { get; } = LoadEmbedded(ArabicNormalizer.Default);

    /// <summary>Countries that used the Julian calendar after 1582.</summary>
    public ImmutableArray<JulianCountry> JulianCountries { get; }

    /// <summary>Well-known people.</summary>
    public ImmutableArray<FamousPerson> Famous { get; }

    /// <summary>
    /// Known persons of the entity gazetteer (<c>Entities/Data/persons.tsv</c>, full names of two or more
    /// words without a title), as given name + family name without life years, indexed by the family
    /// name's first word. Empty unless loaded.
    /// </summary>
    public ImmutableDictionary<string, ImmutableArray<FamousPerson>> KnownByFamily
    {
        get => _knownByFamily;
        init
        {
            _knownByFamily = value;
            _givenCounts = new Lazy<Dictionary<string, int>>(() => value.Values.SelectMany(v => v)
                .GroupBy(p => p.Given, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal));
        }
    }

    private readonly ImmutableDictionary<string, ImmutableArray<FamousPerson>> _knownByFamily = ImmutableDictionary<string, ImmutableArray<FamousPerson>>.Empty;
    private readonly Lazy<Dictionary<string, int>> _givenCounts = new(() => new Dictionary<string, int>(StringComparer.Ordinal));

    /// <summary>
    /// Famous full names indexed by their parts (the sourced <c>famous-names.tsv</c>, <c>famous-persons.tsv</c> and the
    /// entity gazetteer's persons), built on first use. Empty unless loaded.
    /// </summary>
    internal FamousNameIndex FamousNames => _famousNames.Value;

    /// <summary>
    /// Starts building <see cref="FamousNames"/> on a pool thread unless it is built already: a pipeline whose checks read it
    /// calls this when it is made, so the index (≈ 10,700 names) is built on the other core while the earlier stages of the
    /// first document run, not in front of the first check. The first reader waits for it or builds it; either way once.
    /// </summary>
    internal void LoadFamousNamesInBackground()
    {
        if (!_famousNames.IsValueCreated)
        {
            var famous = _famousNames;
            _ = Task.Run(() => famous.Value);
        }
    }

    /// <summary>Builds <see cref="FamousNames"/> on first use.</summary>
    internal Lazy<FamousNameIndex> FamousNamesLoader { init => _famousNames = value; }

    /// <summary>The bounded bodies of <c>bounded-bodies.tsv</c> (the anachronism rule's list), loaded on first use.</summary>
    internal BoundedBodies BoundedBodies => _boundedBodies.Value;

    /// <summary>Sets how <see cref="BoundedBodies"/> is loaded (lazily).</summary>
    internal Lazy<BoundedBodies> BoundedBodiesLoader { init => _boundedBodies = value; }

    /// <summary>The famous works of <c>famous-works.tsv</c> (the name-anomaly rule's list), loaded on first use.</summary>
    internal FamousWorks FamousWorks => _famousWorks.Value;

    /// <summary>Sets how <see cref="FamousWorks"/> is loaded (lazily).</summary>
    internal Lazy<FamousWorks> FamousWorksLoader { init => _famousWorks = value; }

    private readonly Lazy<FamousWorks> _famousWorks = new(() => new FamousWorks([], ArabicNormalizer.Default));

    private readonly Lazy<BoundedBodies> _boundedBodies = new(() => new BoundedBodies([], ArabicNormalizer.Default));

    private readonly Lazy<FamousNameIndex> _famousNames = new(() => new FamousNameIndex([], ArabicNormalizer.Default));


    /// <summary>How many known persons of <see cref="KnownByFamily"/> carry this normalized given name (0 when none).</summary>
    internal int KnownGivenCount(string normalizedGiven) => _givenCounts.Value.TryGetValue(normalizedGiven, out var n) ? n : 0;

    /// <summary>The cue categories.</summary>
    public IEnumerable<string> CueCategories => _cues.Keys;

    /// <summary>The cue phrases of a category (empty when unknown).</summary>
    public ImmutableArray<CuePhrase> Cues(string category) => _cues.TryGetValue(category, out var v) ? v : [];

    /// <summary>The cue phrases of a category whose first word is <paramref name="firstWord"/>, with their order in <see cref="Cues"/>.</summary>
    internal ReadOnlySpan<(int Order, CuePhrase Phrase)> CuesStartingWith(string category, ReadOnlySpan<char> firstWord)
        => _cuesByFirstWord.TryGetValue(category, out var index) && index.TryGetValue(firstWord, out var phrases) ? phrases : [];

    /// <summary>The id of a word that starts a cue phrase of some category, or -1.</summary>
    internal int CueFirstWordId(ReadOnlySpan<char> word) => _cueFirstWords.TryGetValue(word, out var id) ? id : -1;

    /// <summary>The cue phrases of a category whose first word has the id <paramref name="firstWordId"/> (<see cref="CueFirstWordId"/>), with their order in <see cref="Cues"/>.</summary>
    internal ReadOnlySpan<(int Order, CuePhrase Phrase)> CuesStartingWith(string category, int firstWordId)
    {
        foreach (var (c, phrases) in _cuesByFirstWordId[firstWordId])
        {
            if (string.Equals(c, category, StringComparison.Ordinal))
            {
                return phrases;
            }
        }

        return [];
    }

    /// <summary>Loads the embedded data files.</summary>
    public static CheckLexicon LoadEmbedded(ArabicNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        var asm = typeof(CheckLexicon).Assembly;
        var cues = new Dictionary<string, List<CuePhrase>>(StringComparer.Ordinal);
        // lexicon.tsv, and the anachronism rule's cues of round 6 in their own file (same categories, appended).
        foreach (var row in Rows(asm, "lexicon.tsv").Concat(Rows(asm, "anachronism-cues.tsv")))
        {
            if (row.Length < 2)
            {
                continue;
            }

            if (!cues.TryGetValue(row[0], out var list))
            {
                cues[row[0]] = list = [];
            }

            list.Add(new CuePhrase(Split(normalizer, row[1]), row.Length > 2 ? row[2] : ""));
        }

        // The Julian-calendar countries are Time's calendar knowledge (Time/Calendars/Data/julian-countries.tsv).
        var countries = Time.Calendars.OldStyleCountries.LoadEmbedded(normalizer).Countries
            .Select(c => new JulianCountry(c.Id, c.NameAr, c.NameEn, c.FirstGregorianDay, c.Places))
            .ToImmutableArray();
        var famous = Rows(asm, "famous-persons.tsv")
            .Where(r => r.Length >= 3)
            .Select(r => new FamousPerson(
                normalizer.NormalizeString(r[0].Trim()),
                Split(normalizer, r[1]),
                r[2],
                r.Length > 3 && int.TryParse(r[3], CultureInfo.InvariantCulture, out var b) ? b : null,
                r.Length > 4 && int.TryParse(r[4], CultureInfo.InvariantCulture, out var d) ? d : null))
            .ToImmutableArray();
        return new CheckLexicon(
            cues.ToImmutableDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal),
            countries,
            famous)
        {
            KnownByFamily = KnownPersons(asm, normalizer),
            FamousNamesLoader = new Lazy<FamousNameIndex>(() => LoadFamousNames(asm, normalizer)),
            FamousWorksLoader = new Lazy<FamousWorks>(() => new FamousWorks(Rows(asm, "famous-works.tsv").ToList(), normalizer)),
            BoundedBodiesLoader = new Lazy<BoundedBodies>(() => new BoundedBodies(BoundedBodies.Files.SelectMany(f => Rows(asm, f)).ToList(), normalizer)),
        };
    }

    /// <summary>The famous names of the sourced list, the life-years table and the entity gazetteer's persons (full names).</summary>
    private static FamousNameIndex LoadFamousNames(Assembly asm, ArabicNormalizer normalizer)
    {
        // Lines read one at a time and cut at their first two tabs (no array of columns per line): the index is built on
        // the first document of every process.
        var names = new List<(string, string, bool)>(11_000);
        using (var listed = asm.GetManifestResourceStream("Tarikh.Core.Checks.Data.famous-names.tsv")
            ?? throw new InvalidOperationException("Embedded resource Checks/Data/famous-names.tsv is missing."))
        using (var reader = new StreamReader(listed))
        {
            while (reader.ReadLine() is { } line)
            {
                if (line.Length > 0 && line[0] != '#')
                {
                    var first = FirstTwoColumns(line, out var second);
                    names.Add((first.ToString(), second.ToString(), true));
                }
            }
        }

        foreach (var r in Rows(asm, "famous-persons.tsv").Where(r => r.Length >= 3))
        {
            names.Add((r[0].Trim() + " " + r[1].Trim(), r[2], true));
        }

        using var stream = asm.GetManifestResourceStream("Tarikh.Core.Entities.Data.persons.tsv");
        if (stream is not null)
        {
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] == '#' || !line.Contains('\t', StringComparison.Ordinal))
                {
                    continue;
                }

                var name = FirstTwoColumns(line, out var kind);
                if (kind.Trim().SequenceEqual("person"))
                {
                    names.Add((name.Trim().ToString(), "", false));
                }
            }
        }

        return new FamousNameIndex(names, normalizer);
    }

    /// <summary>The text before a line's first tab and between its first and second tabs (empty when there is no tab).</summary>
    private static ReadOnlySpan<char> FirstTwoColumns(string line, out ReadOnlySpan<char> second)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        if (tab < 0)
        {
            second = [];
            return line;
        }

        var rest = line.AsSpan(tab + 1);
        var next = rest.IndexOf('\t');
        second = next < 0 ? rest : rest[..next];
        return line.AsSpan(0, tab);
    }

    private static ImmutableDictionary<string, ImmutableArray<FamousPerson>> KnownPersons(Assembly asm, ArabicNormalizer normalizer)
    {
        using var stream = asm.GetManifestResourceStream("Tarikh.Core.Entities.Data.persons.tsv");
        if (stream is null)
        {
            return ImmutableDictionary<string, ImmutableArray<FamousPerson>>.Empty;
        }

        using var reader = new StreamReader(stream);

        // Titles and name particles that are not a given name ("الملك فيصل", "الشيخ محمد عبده", "أبو بكر").
        string[] titles = ["الملك", "الملكة", "الأمير", "الأميرة", "الشيخ", "السلطان", "الإمام", "الرئيس", "السيد", "الدكتور", "البابا", "القديس", "الخليفة", "المشير", "الجنرال", "الشاه", "القيصر", "أبو", "ابو", "أم", "ابن", "بن", "عبد", "آل"];
        var notGiven = new HashSet<string>(titles.Select(w => normalizer.NormalizeString(w)), StringComparer.Ordinal);
        var byFamily = new Dictionary<string, List<FamousPerson>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length < 2 || cols[1].Trim() != "person")
            {
                continue;
            }

            var words = normalizer.NormalizeString(cols[0].Trim()).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || notGiven.Contains(words[0]) || words[1].Length < 3)
            {
                continue;
            }

            // A compound given name ("جمال الدين الأفغاني"، "خير الدين التونسي"): the family name is the word after it.
            var givenWords = words.Length >= 3 && words[1] is "الدين" or "الله" ? 2 : 1;
            if (FamousNameIndex.IsRegnal(words[givenWords]))
            {
                continue; // "إليزابيث الأولى"، "بطرس الأكبر": a ruler's number or epithet, no family name another person could be given
            }

            var person = new FamousPerson(string.Join(' ', words.Take(givenWords)), [.. words.Skip(givenWords)], cols[0].Trim(), null, null);
            if (!byFamily.TryGetValue(words[givenWords], out var list))
            {
                byFamily[words[givenWords]] = list = [];
            }

            list.Add(person);
        }

        var known = ImmutableDictionary.CreateBuilder<string, ImmutableArray<FamousPerson>>(StringComparer.Ordinal);
        foreach (var (family, list) in byFamily)
        {
            known.Add(family, LongestFamilyFirst(list));
        }

        return known.ToImmutable();
    }

    /// <summary>The persons by the length of their family name, longest first, in file order among equals (a stable sort).</summary>
    internal static ImmutableArray<FamousPerson> LongestFamilyFirst(List<FamousPerson> persons)
    {
        var sorted = persons.ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            var p = sorted[i];
            var j = i - 1;
            for (; j >= 0 && sorted[j].Family.Length < p.Family.Length; j--)
            {
                sorted[j + 1] = sorted[j];
            }

            sorted[j + 1] = p;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }

    private static ImmutableArray<string> Split(ArabicNormalizer normalizer, string phrase)
        => [.. normalizer.NormalizeString(phrase.Trim()).Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    private static IEnumerable<string[]> Rows(Assembly asm, string file)
    {
        using var stream = asm.GetManifestResourceStream("Tarikh.Core.Checks.Data." + file)
            ?? throw new InvalidOperationException($"Embedded resource Checks/Data/{file} is missing.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }
}
