using System.Collections.Frozen;
using System.Runtime.InteropServices;
using Tarikh.Core.Normalization;

namespace Tarikh.Core.Checks;

/// <summary>A famous person indexed by the parts of the name: the given part and the family part (normalized words joined by a space).</summary>
/// <param name="Name">The name as listed.</param>
/// <param name="NameEn">English name, or empty.</param>
/// <param name="Given">Normalized given part: a given name, a compound one ("عبد الحليم"، "نور الدين") or a kunya ("أبو حامد"); empty when the name has none ("ابن سينا").</param>
/// <param name="Family">Normalized family part: the last word, or the last two after a particle ("ابن سينا"، "عبد الناصر"، "فان بيتهوفن").</param>
/// <param name="Famous">True for a name of the sourced list of famous people or the life-years table; false for a name of the entity
/// gazetteer, which counts for how common a word is and which names exist, but is no evidence of fame.</param>
internal sealed record FamousName(string Name, string NameEn, string Given, string Family, bool Famous = true);

/// <summary>
/// Famous full names indexed by their parts, for the name-anomaly rule's "given name of one, family name of another" check:
/// which famous persons carry a given part, which a family part, how common each word is as a first word or anywhere in a
/// name, and every run of two to four words of every listed name (a candidate that is part of a listed name is no slip).
/// Built from the sourced list <c>Checks/Data/famous-names.tsv</c> (ArWikiCats, MIT), the life-years table
/// <c>famous-persons.tsv</c> and the entity gazetteer's persons (<c>Entities/Data/persons.tsv</c>). Immutable.
/// </summary>
internal sealed class FamousNameIndex
{
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
        ["الملك", "الملكه", "الامير", "الاميره", "الشيخ", "السلطان", "الامام", "الرئيس", "السيد", "الدكتور", "البابا", "القديس", "الخليفه",
         "المشير", "الجنرال", "الشاه", "القيصر", "اللواء", "الفريق", "العقيد", "الحاج", "الاستاذ", "المهندس", "القاضي", "الخديوي", "الشريف",
         "المطران", "الاب", "الشاعر", "الفنان", "الفنانه", "المطرب", "المطربه", "الكاتب", "العلامه", "الحافظ", "المعلم", "القائد"], StringComparer.Ordinal);

    /// <summary>Regnal numbers and epithets after a ruler's name ("فيصل الثاني"): no family name.</summary>
    private static readonly FrozenSet<string> Regnal = FrozenSet.ToFrozenSet(
        ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "عشر", "الحادي", "الاولي",
         "الثانيه", "الثالثه", "الرابعه", "الخامسه", "الكبير", "الصغير", "الاكبر", "الاصغر", "الابن", "الاب"], StringComparer.Ordinal);

    /// <summary>True for a normalized regnal number or epithet ("الثاني"، "الاولي"، "الكبير"), which is no family name.</summary>
    internal static bool IsRegnal(string normalizedWord) => Regnal.Contains(normalizedWord);

    private static readonly FrozenSet<string> ArabicParticles = FrozenSet.ToFrozenSet(["ابن", "بن", "ابو", "ابي", "ام", "عبد", "ال", "بنت"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> EuropeanParticles = FrozenSet.ToFrozenSet(["فان", "فون", "دي", "دو", "دا", "لا", "دل", "ديل", "لو"], StringComparer.Ordinal);

    private readonly Dictionary<string, List<FamousName>> _byGiven;
    private readonly Dictionary<string, List<FamousName>> _byFamily;

    // Every word of the listed names once, with its number; per number, how many names begin with it and how many hold it.
    private readonly Dictionary<string, int> _wordIds;
    private readonly List<int> _firstWord = [];
    private readonly List<int> _anyWord = [];

    // Every run of two to four consecutive words of a listed name, as word numbers (-1 past the run's end): numbers, not
    // joined strings, so a run costs 16 bytes and no string.
    private readonly HashSet<Run> _runs;

    /// <summary>Builds the index from (name, English name) pairs; names are normalized with <paramref name="normalizer"/>.</summary>
    public FamousNameIndex(IEnumerable<(string Name, string NameEn, bool Famous)> names, ArabicNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(normalizer);

        // Tables sized from the number of names (no regrowth garbage on the first document of a process).
        var expected = names.TryGetNonEnumeratedCount(out var n) ? n : 0;
        _wordIds = new(expected, StringComparer.Ordinal);

        // The words of all names in one list (each name a slice of it: start and count), every word string made once. Built
        // with loops over spans of the normalized name: this runs on the first document of every process, so each string,
        // array and iterator per name counts at start-up.
        var words = new List<string>(expected * 3);
        var wordTexts = new List<string>(expected);
        var ids = new List<int>(expected * 3);
        var lookup = _wordIds.GetAlternateLookup<ReadOnlySpan<char>>();
        var seen = new HashSet<(int Start, int Count)>(expected, new SliceComparer(ids));
        var parsed = new List<(string Name, string NameEn, bool Famous, int Start, int Count)>(expected);
        var mononyms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, en, famous) in names)
        {
            var start = words.Count;
            var normalized = normalizer.NormalizeString(name.AsSpan().Trim()).AsSpan();
            foreach (var range in normalized.Split(' '))
            {
                var w = normalized[range];
                if (w.IsEmpty)
                {
                    continue;
                }

                // A kunya or a compound written joined ("أبوحامد"، "عبدالناصر") is the two words.
                if (w.Length > 4 && (w.StartsWith("ابو", StringComparison.Ordinal) || w.StartsWith("عبدال", StringComparison.Ordinal)))
                {
                    AddWord(w[..3]);
                    AddWord(w[3..]);
                }
                else
                {
                    AddWord(w);
                }
            }

            var k = start;
            while (k < words.Count - 1 && Titles.Contains(words[k]))
            {
                k++;
            }

            var count = words.Count - k;
            if (count == 1 && famous)
            {
                mononyms.Add(words[k]); // "الفارابي": a famous person known by one name
            }

            if (count < 2 || !seen.Add((k, count)))
            {
                words.RemoveRange(start, words.Count - start);
                ids.RemoveRange(start, ids.Count - start);
                continue;
            }

            parsed.Add((name, en, famous, k, count));
        }

        _byGiven = new(parsed.Count, StringComparer.Ordinal);
        _byFamily = new(parsed.Count, StringComparer.Ordinal);
        _runs = new(parsed.Count + parsed.Count / 2);
        var seenInName = new HashSet<int>();
        foreach (var (name, en, listedFamous, start, count) in parsed)
        {
            var nameWords = CollectionsMarshal.AsSpan(words).Slice(start, count);
            var nameIds = CollectionsMarshal.AsSpan(ids).Slice(start, count);
            for (var len = 2; len <= 4; len++)
            {
                for (var s = 0; s + len <= count; s++)
                {
                    _runs.Add(Run.Of(nameIds.Slice(s, len)));
                }
            }

            _firstWord[nameIds[0]]++;
            seenInName.Clear();
            foreach (var id in nameIds)
            {
                if (seenInName.Add(id))
                {
                    _anyWord[id]++;
                }
            }

            var (given, family) = Parts(nameWords);

            // A gazetteer name whose family part is a famous mononym is that famous person's full name ("أبو نصر الفارابي").
            var famous = listedFamous || (family.Length > 0 && mononyms.Contains(family));
            if (Regnal.Contains(nameWords[^1]))
            {
                family = ""; // "فيصل الثاني"، "بطرس الأكبر": a ruler's number or epithet, no family
            }

            var person = new FamousName(name.Trim(), en, given, family, famous);
            if (given.Length > 0)
            {
                Add(_byGiven, given, person);
            }

            if (family.Length > 0)
            {
                Add(_byFamily, family, person);
                if (family.Contains(' ', StringComparison.Ordinal) && EuropeanParticles.Contains(family[..family.IndexOf(' ', StringComparison.Ordinal)]))
                {
                    // "فان بيتهوفن" is also written "بيتهوفن" after a given name.
                    Add(_byFamily, family[(family.IndexOf(' ', StringComparison.Ordinal) + 1)..], person);
                }
            }
        }

        void AddWord(ReadOnlySpan<char> w)
        {
            if (!lookup.TryGetValue(w, out var id))
            {
                id = wordTexts.Count;
                wordTexts.Add(w.ToString());
                _wordIds.Add(wordTexts[id], id);
                _firstWord.Add(0);
                _anyWord.Add(0);
            }

            words.Add(wordTexts[id]);
            ids.Add(id);
        }
    }

    private static void Add(Dictionary<string, List<FamousName>> index, string key, FamousName person)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(person);
    }

    /// <summary>
    /// The given and family parts of a normalized name (titles already set aside): a kunya, a compound with عبد, or a
    /// compound with الدين/الله is a given part of two words; a family part of two words follows a particle ("ابن سينا"،
    /// "عبد الناصر"، "أبو غزالة"، "فان بيتهوفن"). A name made of a nasab alone ("ابن رشد") has no given part.
    /// </summary>
    internal static (string Given, string Family) Parts(string[] words) => Parts(words.AsSpan());

    private static (string Given, string Family) Parts(ReadOnlySpan<string> words)
    {
        var givenLen = 1;
        if (words[0] is "ابن" or "بن" or "ال" or "بنت" || (words.Length == 2 && ArabicParticles.Contains(words[0])))
        {
            givenLen = 0; // a nasab ("ابن رشد") or a kunya alone ("أبو نواس"): one name, no given part
        }
        else if (words.Length >= 3 && (words[0] is "ابو" or "ام" or "عبد" or "ابي" || words[1] is "الدين" or "الله"))
        {
            givenLen = 2;
        }

        var familyLen = words.Length >= 2 && (ArabicParticles.Contains(words[^2]) || EuropeanParticles.Contains(words[^2])) ? 2 : 1;
        if (givenLen + familyLen > words.Length)
        {
            return (givenLen == 0 ? "" : Join(words[..givenLen]), givenLen == 0 ? Join(words) : "");
        }

        return (Join(words[..givenLen]), Join(words[^familyLen..]));
    }

    /// <summary>The words joined by a space; one word is itself (no copy).</summary>
    private static string Join(ReadOnlySpan<string> words) => words.Length == 1 ? words[0] : string.Join(' ', words);

    /// <summary>The famous persons whose given part is <paramref name="given"/> (normalized).</summary>
    public IReadOnlyList<FamousName> WithGiven(string given) => _byGiven.TryGetValue(given, out var l) ? l : NoNames;

    // The answer for a name nobody has (one shared empty list, not a new one per question).
    private static readonly FamousName[] NoNames = [];

    /// <summary>The famous persons whose family part is <paramref name="family"/> (normalized).</summary>
    public IReadOnlyList<FamousName> WithFamily(string family) => _byFamily.TryGetValue(family, out var l) ? l : NoNames;

    /// <summary>As <see cref="WithGiven(string)"/>, for words not yet made a string.</summary>
    public IReadOnlyList<FamousName> WithGiven(ReadOnlySpan<char> given) => _byGiven.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(given, out var l) ? l : NoNames;

    /// <summary>As <see cref="WithFamily(string)"/>, for words not yet made a string.</summary>
    public IReadOnlyList<FamousName> WithFamily(ReadOnlySpan<char> family) => _byFamily.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(family, out var l) ? l : NoNames;

    /// <summary>How many listed names begin with the word.</summary>
    public int FirstWordCount(string word) => _wordIds.TryGetValue(word, out var id) ? _firstWord[id] : 0;

    /// <summary>How many listed names hold the word anywhere.</summary>
    public int AnyWordCount(string word) => _wordIds.TryGetValue(word, out var id) ? _anyWord[id] : 0;

    /// <summary>True when the normalized words are a run of two to four consecutive words of a listed name.</summary>
    public bool IsPartOfListedName(string normalizedWords)
    {
        // The words split at each single space (an empty word, from two spaces, is no listed word): two to four known words.
        Span<int> runIds = stackalloc int[4];
        var n = 0;
        var text = normalizedWords.AsSpan();
        var lookup = _wordIds.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in text.Split(' '))
        {
            if (n == 4 || !lookup.TryGetValue(text[range], out var id))
            {
                return false;
            }

            runIds[n++] = id;
        }

        return n >= 2 && _runs.Contains(Run.Of(runIds[..n]));
    }

    /// <summary>Two to four word numbers, -1 past the end.</summary>
    private readonly record struct Run(int A, int B, int C, int D)
    {
        public static Run Of(ReadOnlySpan<int> ids)
            => new(ids[0], ids[1], ids.Length > 2 ? ids[2] : -1, ids.Length > 3 ? ids[3] : -1);
    }

    /// <summary>Compares two names as slices (start, count) of one list of word numbers.</summary>
    private sealed class SliceComparer(List<int> ids) : IEqualityComparer<(int Start, int Count)>
    {
        public bool Equals((int Start, int Count) x, (int Start, int Count) y)
            => x.Count == y.Count && CollectionsMarshal.AsSpan(ids).Slice(x.Start, x.Count).SequenceEqual(CollectionsMarshal.AsSpan(ids).Slice(y.Start, y.Count));

        public int GetHashCode((int Start, int Count) obj)
        {
            var hash = new HashCode();
            foreach (var id in CollectionsMarshal.AsSpan(ids).Slice(obj.Start, obj.Count))
            {
                hash.Add(id);
            }

            return hash.ToHashCode();
        }
    }
}
