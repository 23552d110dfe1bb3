using System.Collections.Frozen;
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

    private static readonly FrozenSet<string> ArabicParticles = FrozenSet.ToFrozenSet(["ابن", "بن", "ابو", "ابي", "ام", "عبد", "ال", "بنت"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> EuropeanParticles = FrozenSet.ToFrozenSet(["فان", "فون", "دي", "دو", "دا", "لا", "دل", "ديل", "لو"], StringComparer.Ordinal);

    private readonly Dictionary<string, List<FamousName>> _byGiven = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FamousName>> _byFamily = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _firstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _anyWord = new(StringComparer.Ordinal);
    private readonly HashSet<string> _runs = new(StringComparer.Ordinal);

    /// <summary>Builds the index from (name, English name) pairs; names are normalized with <paramref name="normalizer"/>.</summary>
    public FamousNameIndex(IEnumerable<(string Name, string NameEn, bool Famous)> names, ArabicNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(normalizer);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var parsed = new List<(string Name, string NameEn, bool Famous, string[] Words)>();
        var mononyms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, en, famous) in names)
        {
            // A kunya or a compound written joined ("أبوحامد"، "عبدالناصر") is the two words.
            var words = normalizer.NormalizeString(name.Trim()).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(w => w.Length > 4 && (w.StartsWith("ابو", StringComparison.Ordinal) || w.StartsWith("عبدال", StringComparison.Ordinal))
                    ? new[] { w[..3], w[3..] } : [w])
                .ToArray();
            var k = 0;
            while (k < words.Length - 1 && Titles.Contains(words[k]))
            {
                k++;
            }

            words = words[k..];
            if (words.Length == 1 && famous)
            {
                mononyms.Add(words[0]); // "الفارابي": a famous person known by one name
            }

            if (words.Length < 2 || !seen.Add(string.Join(' ', words)))
            {
                continue;
            }

            parsed.Add((name, en, famous, words));
        }

        foreach (var (name, en, listedFamous, words) in parsed)
        {
            for (var len = 2; len <= 4; len++)
            {
                for (var s = 0; s + len <= words.Length; s++)
                {
                    _runs.Add(string.Join(' ', words, s, len));
                }
            }

            _firstWord[words[0]] = _firstWord.GetValueOrDefault(words[0]) + 1;
            foreach (var w in words.Distinct(StringComparer.Ordinal))
            {
                _anyWord[w] = _anyWord.GetValueOrDefault(w) + 1;
            }

            var (given, family) = Parts(words);

            // A gazetteer name whose family part is a famous mononym is that famous person's full name ("أبو نصر الفارابي").
            var famous = listedFamous || (family.Length > 0 && mononyms.Contains(family));
            if (Regnal.Contains(words[^1]))
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
    internal static (string Given, string Family) Parts(string[] words)
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
            return (givenLen == 0 ? "" : string.Join(' ', words, 0, givenLen), givenLen == 0 ? string.Join(' ', words) : "");
        }

        return (string.Join(' ', words, 0, givenLen), string.Join(' ', words, words.Length - familyLen, familyLen));
    }

    /// <summary>The famous persons whose given part is <paramref name="given"/> (normalized).</summary>
    public IReadOnlyList<FamousName> WithGiven(string given) => _byGiven.TryGetValue(given, out var l) ? l : [];

    /// <summary>The famous persons whose family part is <paramref name="family"/> (normalized).</summary>
    public IReadOnlyList<FamousName> WithFamily(string family) => _byFamily.TryGetValue(family, out var l) ? l : [];

    /// <summary>How many listed names begin with the word.</summary>
    public int FirstWordCount(string word) => _firstWord.GetValueOrDefault(word);

    /// <summary>How many listed names hold the word anywhere.</summary>
    public int AnyWordCount(string word) => _anyWord.GetValueOrDefault(word);

    /// <summary>True when the normalized words are a run of two to four consecutive words of a listed name.</summary>
    public bool IsPartOfListedName(string normalizedWords) => _runs.Contains(normalizedWords);
}
