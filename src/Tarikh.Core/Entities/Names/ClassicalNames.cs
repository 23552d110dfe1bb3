using System.Collections.Frozen;

namespace Tarikh.Core.Entities.Names;

/// <summary>The part a word can play in a classical Arabic name chain.</summary>
public enum NameRole : byte
{
    /// <summary>No part of a name chain.</summary>
    None,
    /// <summary>Nasab link: بن، ابن، بنت، ابنة (son/daughter of).</summary>
    Link,
    /// <summary>Kunya head: أبو، أبي، أبا، أم (father/mother of), followed by a name.</summary>
    Kunya,
    /// <summary>عبد of a theophoric name (عبد الله، عبد الرحمن): never a name alone.</summary>
    Abd,
    /// <summary>First word of a compound laqab before الدين or الدولة (صلاح، نور، سيف، عضد).</summary>
    LaqabHead,
    /// <summary>Second word of a compound laqab: الدين، الدولة، الإسلام.</summary>
    LaqabTail,
    /// <summary>A regnal epithet's tail: بالله، لله (المعتصم بالله), and الله after على/لدين/بأمر.</summary>
    Regnal,
    /// <summary>A regnal number (الأول … العاشر, then عشر): بيوس السابع، لويس الرابع عشر.</summary>
    Ordinal,
    /// <summary>A title before a name (الخليفة، السلطان، البابا، الملك): a cue, not part of the name.</summary>
    Title,
    /// <summary>A nisba-shaped word: definite, ending in ي, at least five letters (الرازي، البغدادي، الأندلسي).</summary>
    Nisba,
}

/// <summary>
/// A grammar of classical Arabic names over normalized words: ism, nasab (بن/ابن/بنت + a name), kunya
/// (أبو/أم + a name), laqab (… الدين، … الدولة، … بالله، … على الله), nisba (الخوارزمي) and regnal numbers
/// (شارل الخامس). Titles are cues before a name and never part of it; a title or an ordinal alone is no
/// person. Used as tagger features (the role of each word), by the recognizer's chain pass (extends and
/// joins mentions) and by the clusterer's chain keys. The word lists are written by the Tarikh team
/// (grammar words, not names). Pure; immutable.
/// </summary>
public static class ClassicalNames
{
    private static FrozenSet<string> Set(params string[] words)
        => words.Select(w => Normalization.ArabicNormalizer.Default.NormalizeString(w)).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Links = Set("بن", "ابن", "بنت", "ابنة");
    private static readonly FrozenSet<string> Kunyas = Set("أبو", "أبي", "أبا", "أم");
    private static readonly FrozenSet<string> Abds = Set("عبد", "عبيد");
    private static readonly FrozenSet<string> LaqabHeads = Set(
        "صلاح", "نور", "عماد", "شمس", "فخر", "سيف", "ناصر", "عز", "عزيز", "بهاء", "جمال", "كمال", "تقي", "شهاب", "نجم", "ركن",
        "سعد", "علاء", "قطب", "محيي", "محي", "معز", "عضد", "بدر", "مجد", "شرف", "زين", "جلال", "حسام", "غياث", "قوام", "نظام",
        "معين", "مؤيد", "ظهير", "سراج", "برهان", "تاج", "ضياء", "نصير", "عميد", "أمين", "ولي", "مجير", "سيد", "عون", "زكي",
        "رضي", "حميد", "أسد", "ضياء", "منتجب", "فتح", "صدر", "بدر", "مهذب", "مظفر", "مغيث", "عمدة", "شجاع", "ثقة", "لسان");
    private static readonly FrozenSet<string> LaqabTails = Set("الدين", "الدولة", "الإسلام", "الملك", "الأمة");
    private static readonly FrozenSet<string> RegnalOne = Set("بالله", "لله", "لدين", "بأمر", "بنور", "بحكم");
    private static readonly FrozenSet<string> Ordinals = Set(
        "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الحادي",
        "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة", "الحادية");
    private static readonly FrozenSet<string> Teens = Set("عشر", "عشرة");
    private static readonly FrozenSet<string> Titles = Set(
        "الخليفة", "السلطان", "البابا", "الملك", "الملكة", "الأمير", "الأميرة", "الإمام", "الوزير", "القاضي", "الشيخ", "الحاجب",
        "الأتابك", "الإمبراطور", "الإمبراطورة", "القيصر", "الشاه", "الخان", "الوالي", "القائد", "الفقيه", "المحدث", "الحافظ",
        "خليفة", "سلطان", "ملك", "أمير", "إمام", "وزير", "قاضي", "البطريرك", "الأسقف", "القديس", "الباشا", "الصاحب");

    // Definite ي-ending words that are common adjectives or nouns, not nisbas (الذي is a pronoun; الثاني an ordinal).
    private static readonly FrozenSet<string> NotNisba = Set(
        "الذي", "التي", "الي", "الثاني", "الحادي", "الماضي", "الحالي", "التالي", "العالي", "الرئيسي", "الأساسي", "الحقيقي",
        "الشرقي", "الغربي", "الشمالي", "الجنوبي", "العربي", "الإسلامي", "الدولي", "الوطني", "الرسمي", "السياسي", "العسكري",
        "الاجتماعي", "الاقتصادي", "الثقافي", "العلمي", "الأدبي", "التاريخي", "الديني", "الشعبي", "العالمي", "المحلي", "الأجنبي",
        "القديمي", "النهائي", "الكلي", "الجزئي", "الطبيعي", "الفعلي", "الكرسي", "المبنى", "الأعلى", "الأدنى", "القاضي", "الوالي",
        "الداعي", "الساقي", "الراعي", "الناجي", "الباقي", "الرامي", "الهجري", "الميلادي", "الحجري", "الصيفي", "الشتوي", "الجامعي",
        "الثوري", "الملكي", "الإمبراطوري", "البحري", "البري", "الجوي", "المدني", "الشرعي", "القانوني", "الفني", "الطبي");

    /// <summary>The role of a normalized word (proclitics other than the article already removed by the caller where needed).</summary>
    public static NameRole RoleOf(ReadOnlySpan<char> word)
    {
        var lookup = Lookup;
        if (lookup.TryGetValue(word, out var role))
        {
            return role;
        }

        if (word.Length >= 5 && word[0] == '\u0627' && word[1] == '\u0644' && word[^1] == '\u064A' && !NotNisbaLookup.Contains(word))
        {
            return NameRole.Nisba;
        }

        return NameRole.None;
    }

    private static readonly FrozenDictionary<string, NameRole>.AlternateLookup<ReadOnlySpan<char>> Lookup = BuildLookup();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNisbaLookup = NotNisba.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, NameRole>.AlternateLookup<ReadOnlySpan<char>> BuildLookup()
    {
        var d = new Dictionary<string, NameRole>(StringComparer.Ordinal);
        void Add(FrozenSet<string> words, NameRole r)
        {
            foreach (var w in words)
            {
                d.TryAdd(w, r);
            }
        }

        Add(Links, NameRole.Link);
        Add(Kunyas, NameRole.Kunya);
        Add(Abds, NameRole.Abd);
        Add(RegnalOne, NameRole.Regnal);
        Add(Ordinals, NameRole.Ordinal);
        Add(Teens, NameRole.Ordinal);
        Add(Titles, NameRole.Title);
        Add(LaqabTails, NameRole.LaqabTail);
        Add(LaqabHeads, NameRole.LaqabHead);
        return d.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// True when a name is made only of titles, ordinals, links, regnal tails and الله, with no compound that
    /// names someone (عبد الله، أبو بكر are names): "الملك"، "الأول"، "بالله" alone are no persons.
    /// </summary>
    public static bool IsOnlyCueWords(IReadOnlyList<string> words) => IsOnlyCueWords(words, 0, words.Count);

    /// <summary>As <see cref="IsOnlyCueWords(IReadOnlyList{string})"/> for the words [<paramref name="from"/>, <paramref name="end"/>) (no copy of them).</summary>
    internal static bool IsOnlyCueWords(IReadOnlyList<string> words, int from, int end)
    {
        for (var j = from; j < end; j++)
        {
            if (!IsNeverAPersonAlone(words[j]) || (RoleOf(words[j]) is NameRole.Abd or NameRole.Kunya && j + 1 < end))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for الله (normalized).</summary>
    public static bool IsAllah(ReadOnlySpan<char> word) => word.SequenceEqual("\u0627\u0644\u0644\u0647");

    /// <summary>True for a word that is only a title, an ordinal, a link, a regnal tail or الله: never a person alone.</summary>
    public static bool IsNeverAPersonAlone(ReadOnlySpan<char> word)
        => RoleOf(word) is NameRole.Title or NameRole.Ordinal or NameRole.Link or NameRole.Kunya or NameRole.Abd or NameRole.LaqabTail or NameRole.Regnal
            || word.SequenceEqual("\u0627\u0648\u0644") || word.SequenceEqual("\u0627\u0644\u0627\u0648\u0644") || IsAllah(word);

    /// <summary>
    /// How many words after position <paramref name="i"/> (exclusive) continue a person's name chain, given the
    /// normalized words of a sentence: بن/ابن/بنت + a name (and its عبد compound), a regnal number (الرابع عشر),
    /// a regnal tail (بالله، على الله، لدين الله، بأمر الله), a compound laqab tail (الدين، الدولة) after a laqab head,
    /// and a nisba. <paramref name="isName"/> tells whether a word may be a name word (not a function word, not
    /// punctuation); 0 when nothing continues.
    /// </summary>
    public static int ChainContinuation(IReadOnlyList<string> words, int i, Func<int, bool> isName)
    {
        var end = i + 1;
        var n = words.Count;
        while (end < n)
        {
            var w = words[end];
            var role = RoleOf(w);
            if (role == NameRole.Link && end + 1 < n && isName(end + 1) && RoleOf(words[end + 1]) is NameRole.None or NameRole.Abd or NameRole.Kunya or NameRole.LaqabHead)
            {
                end += 2;
                end = AfterCompound(words, end - 1, isName);
                continue;
            }

            if (role == NameRole.Ordinal && !Teens.Contains(w))
            {
                end++;
                if (end < n && Teens.Contains(words[end]))
                {
                    end++;
                }

                continue;
            }

            if (role == NameRole.Regnal && end + 1 < n && IsAllah(words[end + 1]) && w is not ("\u0628\u0627\u0644\u0644\u0647" or "\u0644\u0644\u0647"))
            {
                end += 2; // لدين الله، بأمر الله
                continue;
            }

            if (role == NameRole.Regnal && w is "\u0628\u0627\u0644\u0644\u0647" or "\u0644\u0644\u0647")
            {
                end++;
                continue;
            }

            // على الله: the preposition (protected, spelled على) then الله.
            if (w == "\u0639\u0644\u0649" && end + 1 < n && IsAllah(words[end + 1]))
            {
                end += 2;
                continue;
            }

            if (role == NameRole.LaqabTail && RoleOf(words[end - 1]) == NameRole.LaqabHead)
            {
                end++;
                continue;
            }

            if (role == NameRole.Nisba && isName(end))
            {
                end++;
                continue;
            }

            break;
        }

        return end - i - 1;
    }

    // After a name word at position j: its theophoric or kunya compound (عبد + الله, أبي + طالب).
    private static int AfterCompound(IReadOnlyList<string> words, int j, Func<int, bool> isName)
    {
        var end = j + 1;
        if (RoleOf(words[j]) is NameRole.Abd or NameRole.Kunya or NameRole.LaqabHead && end < words.Count && isName(end))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// How many words before position <paramref name="i"/> (exclusive) begin the same name: a kunya
    /// (أبو عبد الله، أبو بكر، أم كلثوم) directly before it. 0 when none.
    /// </summary>
    public static int KunyaBefore(IReadOnlyList<string> words, int i, Func<int, bool> isName)
    {
        // أبو + X, or أبو + عبد + X, ending right before i.
        if (i >= 2 && RoleOf(words[i - 2]) == NameRole.Kunya && isName(i - 1) && RoleOf(words[i - 1]) is NameRole.None or NameRole.Nisba)
        {
            return 2;
        }

        if (i >= 3 && RoleOf(words[i - 3]) == NameRole.Kunya && RoleOf(words[i - 2]) == NameRole.Abd && isName(i - 1))
        {
            return 3;
        }

        return 0;
    }
}
