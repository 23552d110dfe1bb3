using System.Collections.Frozen;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Time.Lexicon;

/// <summary>
/// Words that date what a sentence tells to the modern era (after about 1800): degrees and schools of the modern university
/// ("الدكتوراه"، "الماجستير"، "جامعة"), the press and broadcasting ("صحيفة"، "الإذاعة"، "التلفزيون"), machines ("القطار"،
/// "الطائرة"), professions of the modern age ("الملحن"). Knowledge of time, so it is Time's: a year of three digits that such
/// a sentence gives ("نال الدكتوراه من جامعة ليدز سنة 197") is a modern year cut short, never the year 197. Words that
/// also had a classical sense ("مدرسة"، "حزب"، "شركة"، "مترجم"، "مهندس") are left out. Matched on the normalized base of a
/// token (article and proclitics off, ة as ه).
/// </summary>
internal static class ModernEraWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "دكتوراه", "الدكتوراه", "ماجستير", "بكالوريوس", "ليسانس", "جامعه", "جامعات", "ثانويه", "البكالوريا", "بكالوريا",
        "صحيفه", "جريده", "الاذاعه", "اذاعه", "تلفزيون", "التلفزيون", "تلفاز", "سينما", "السينما", "فيلم", "افلام",
        "برلمان", "البرلمان", "قطار", "القطار", "طائره", "الطائره", "سياره", "مطبعه", "الملحن", "ملحن", "اوركسترا",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the token is one of the modern-era words (by its normalized form or its base).</summary>
    public static bool IsModern(Token t) => t.Kind == TokenKind.Arabic && (Words.Contains(t.Base) || Words.Contains(t.Norm));
}
