using System.Collections.Frozen;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Words that describe a person and never name one (round 9): occupations and trades, ranks and titles, and the
/// adjectives that describe a parent's station ("ابن عالم"، "ابنة تاجر"، "لأب موظف"، "من أم فقيرة"). Written by the Tarikh
/// team as a class: each entry is a masculine singular stem from a closed set of groups (crafts and trades, learned
/// professions, offices and ranks, religious functions, station and wealth, origin and faith), and every form is built
/// from it — feminine (ة), definite (ال), accusative (ا), sound plurals (ون، ين، ات) — plus the broken plurals written
/// out. Words that are also given names or surnames (سعيد، كريم، أمين، صالح، فاضل، نبيل، أمير، سلطان، مالك، وجيه، بدوي، مدني…) are left out: a name may be meant.
/// </summary>
internal static class KbNamesOccupations
{
    // Crafts, trades and work.
    private static readonly string[] Trades =
    [
        "تاجر", "بائع", "صائغ", "خياط", "نجار", "حداد", "خباز", "جزار", "حلاق", "دباغ", "نساج", "حائك", "فلاح", "مزارع", "راع", "صياد",
        "بحار", "ملاح", "سائق", "عامل", "موظف", "كاتب", "ناسخ", "وراق", "طباع", "ناشر", "صحفي", "صحافي", "مترجم", "مدرس", "معلم",
        "محاسب", "صيرفي", "صراف", "مرابي", "بناء", "معماري", "مهندس", "ساعاتي", "عطار", "صيدلي", "بقال", "سمسار", "مقاول", "حمال",
        "خادم", "طاه", "طباخ", "بستاني", "حارس", "بواب", "ساعي", "جندي", "ضابط", "عسكري", "شرطي", "نقيب", "ملازم", "عقيد", "لواء",
        "فريق", "جنرال", "قائد", "بحري", "طيار", "موسيقي", "مغن", "مطرب", "ممثل", "رسام", "نحات", "خطاط", "مصور", "شاعر", "أديب",
        "روائي", "مؤرخ", "فيلسوف", "مفكر", "باحث", "أستاذ", "محاضر", "طبيب", "جراح", "ممرض", "محام", "قاض", "مفت", "فقيه", "عالم",
        "محدث", "مقرئ", "خطيب", "واعظ", "مؤذن", "شيخ", "كاهن", "قس", "قسيس", "راهب", "شماس", "حاخام", "مطران", "أسقف", "مبشر",
        "دبلوماسي", "سفير", "قنصل", "وزير", "نائب", "محافظ", "وال", "مستشار", "سياسي", "برلماني", "حاكم",
        "باشا", "بك", "أفندي", "آغا", "إقطاعي", "ملاك", "صناعي", "مصرفي", "رجل", "مهاجر", "لاجئ", "أرستقراطي",
    ];

    // Station, wealth, origin and faith: adjectives of a parent that are no given name.
    private static readonly string[] Adjectives =
    [
        "فقير", "ثري", "غني", "ميسور", "متواضع", "بسيط", "معدم", "متوسط", "مثقف", "متعلم", "أمي", "متدين", "ورع", "تقي", "مسلم",
        "مسيحي", "يهودي", "قبطي", "أرمني", "درزي", "سني", "شيعي", "ماروني", "أرثوذكسي", "كاثوليكي", "بروتستانتي", "تركي", "فارسي",
        "كردي", "شركسي", "ألباني", "يوناني", "روسي", "فرنسي", "إنجليزي", "ألماني", "إيطالي", "بولندي", "نمساوي", "مصري", "شامي",
        "سوري", "لبناني", "عراقي", "مغربي", "جزائري", "تونسي", "حجازي", "يمني", "فلسطيني", "أردني", "سوداني", "ريفي", "قروي", 
        "حضري", "أجنبي", "محلي", "مغمور", "معروف", "مشهور", "شهير", "عريق", "أرمل", "مطلق", "متوفى", "راحل",
    ];

    // Broken plurals (the sound ones are built).
    private static readonly string[] BrokenPlurals =
    [
        "تجار", "باعة", "صاغة", "خياطين", "نجارين", "فلاحين", "عمال", "كتاب", "موظفين", "جنود", "ضباط", "قادة", "شعراء", "أدباء", "مؤرخين",
        "فلاسفة", "علماء", "أطباء", "محامين", "قضاة", "فقهاء", "أئمة", "شيوخ", "مشايخ", "رهبان", "كهنة", "أساقفة", "وزراء", "سفراء", "حكام",
        "أمراء", "ملوك", "سلاطين", "نبلاء", "فقراء", "أغنياء", "أثرياء", "بسطاء", "أجانب", "رجال", "مهاجرين", "لاجئين", "خدم", "رعاة",
    ];

    private static readonly FrozenSet<string> Forms = Build();

    private static FrozenSet<string> Build()
    {
        var names = KbNames.Default;
        var forms = new HashSet<string>(StringComparer.Ordinal);
        void Add(string word)
        {
            var key = names.Key(word);
            if (key.Length > 0 && !key.Contains(' ', StringComparison.Ordinal))
            {
                forms.Add(key);
            }
        }

        foreach (var stem in Trades.Concat(Adjectives))
        {
            var bases = new List<string> { stem };
            // A defective stem written without its final ي ("قاض"، "محام"، "وال"): the ي-form too.
            if (stem.Length <= 4 && !stem.EndsWith('ي'))
            {
                bases.Add(stem + "ي");
            }

            foreach (var b in bases)
            {
                foreach (var form in new[] { b, b + "ة", b + "ا", b + "ون", b + "ين", b + "ات", b + "ه" })
                {
                    Add(form);
                    Add("ال" + form);
                }
            }
        }

        foreach (var plural in BrokenPlurals)
        {
            Add(plural);
            Add("ال" + plural);
        }

        return forms.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>True when a normalized word (a <see cref="KbNames.Key"/> word) is an occupation, a title, or an adjective of station, in any form.</summary>
    public static bool IsDescriptor(string key) => Forms.Contains(key);

    /// <summary>
    /// True when a name (raw or normalized) is no name: its first word is an indefinite descriptor ("عالم دين"، "تاجر من
    /// حلب"، "موظفًا بسيطًا"), or every word is one ("التاجر الثري"). A definite title before a name ("الملك فيصل"، "الشيخ
    /// محمد") is a name.
    /// </summary>
    public static bool IsNoName(string name)
    {
        var words = KbNames.Words(KbNames.Default.Key(name));
        return words.Length > 0 && IsDescriptor(words[0]) && (!words[0].StartsWith("ال", StringComparison.Ordinal) || words.All(IsDescriptor));
    }
}
