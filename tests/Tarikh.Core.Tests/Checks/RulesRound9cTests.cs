using Tarikh.Core.Checks;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 9 (issue 12, 12c): mechanisms of the anachronism and name-anomaly rules that cover every phrasing of a class with one
/// entry — a dynasty's relative adjective after any ruler's title, a founding meeting that dates the founding, a work's author
/// given with his own given part and another family name wherever the text names the maker (after a work noun, after an
/// attribution noun, after a double lam) — and list entries added by class (former city names, inventions, periodicals).
/// Each class both ways, full pipeline, sentences written here; spans checked against the text by FlagAssert.
/// </summary>
public class RulesRound9cTests
{
    // ---- anachronism: a dynasty's adjective after a ruler's title, a founding meeting, new list classes ----

    [Theory]
    // The Marinid sultanate ended in 1465: any title before its adjective is bounded by it.
    [InlineData("عُيّن الفقيه المتخيَّل يحيى القسنطيني كاتبا للسلطان المريني بفاس سنة 1520.", "سلطان المريني")]
    // The Zirids ended in 1148.
    [InlineData("تولى القائد المتخيَّل أحمد الصنهاجي قيادة الأسطول للأمير الزيري سنة 1190 م.", "أمير الزيري")]
    // A founding meeting six years before OPEC's founding (1960).
    [InlineData("حضر الخبير النفطي المتخيَّل فهد الدوسري عام 1954 الاجتماع التأسيسي لمنظمة أوبك في بغداد.", "منظمة أوبك")]
    // A city under a name it bore only from 1932 to 1990.
    [InlineData("عمل المهندس المتخيَّل بوريس كوزين في مدينة غوركي عام 1997 مديرا لمصنع الشاحنات.", "مدينة غوركي")]
    // A Beirut newspaper before its first issue (1877).
    [InlineData("نشر الأديب المتخيَّل رامي الشامي مقالته الأولى في جريدة لسان الحال سنة 1869.", "جريدة لسان الحال")]
    public void AnActOutsideTheYearsOfAClassEntryIsAWarning(string text, string evidence)
    {
        FiresAt(text, "anachronism", evidence);
        Assert.All(Flags(text, "anachronism"), f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Theory]
    // Inside the dynasty's years.
    [InlineData("عُيّن الفقيه المتخيَّل يحيى القسنطيني كاتبا للسلطان المريني بفاس سنة 1420.")]
    // The dynasty as the topic of a later book, not the place of the act.
    [InlineData("ألّف المؤرخ المتخيَّل سعيد الوزاني سنة 1920 كتابا عن السلطان المريني أبي الحسن.")]
    // The founding meeting in the founding year.
    [InlineData("حضر الخبير النفطي المتخيَّل فهد الدوسري عام 1960 الاجتماع التأسيسي لمنظمة أوبك في بغداد.")]
    // The former name inside its years; the newspaper after its first issue.
    [InlineData("عمل المهندس المتخيَّل بوريس كوزين في مدينة غوركي عام 1970 مديرا لمصنع الشاحنات.")]
    [InlineData("نشر الأديب المتخيَّل رامي الشامي مقالته الأولى في جريدة لسان الحال سنة 1890.")]
    public void TheSameFormsInsideTheYearsAreSilent(string text)
        => Assert.Empty(Flags(text, "anachronism"));

    // ---- name-anomaly: the author's given part with a family name not his ----

    [Theory]
    // After a work noun that follows the title; the family name is nobody's famous name.
    [InlineData("«أم القرى» كتاب لعبد الرحمن الشهرزوري قرأه الشيخ المتخيَّل سالم العوضي في شبابه.", "عبد الرحمن الشهرزوري")]
    // After an attribution noun ("من ألحان").
    [InlineData("غنّت المطربة المتخيَّلة سلمى الراشد أغنية «فات الميعاد» من ألحان بليغ السيوفي في حفلها الأخير.", "بليغ السيوفي")]
    // A double lam: the preposition before a name beginning with lam.
    [InlineData("ترجم الأديب المتخيَّل فريد العطار كتاب «آلام الحلاج» للويس برنار إلى العربية.", "لويس برنار")]
    // The maker before the title: a maker noun.
    [InlineData("يُعدّ محمد عابد النقاش صاحب «نقد العقل العربي» من أبرز المفكرين المغاربة.", "محمد عابد النقاش")]
    public void AWorksAuthorsGivenNameWithAnotherFamilyNameIsAWarning(string text, string evidence)
    {
        FiresAt(text, "name-anomaly", evidence);
        Assert.All(Flags(text, "name-anomaly"), f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Theory]
    [InlineData("«أم القرى» كتاب لعبد الرحمن الكواكبي قرأه الشيخ المتخيَّل سالم العوضي في شبابه.")]
    [InlineData("غنّت المطربة المتخيَّلة سلمى الراشد أغنية «فات الميعاد» من ألحان بليغ حمدي وكلمات مرسي جميل عزيز.")]
    [InlineData("ترجم الأديب المتخيَّل فريد العطار كتاب «آلام الحلاج» للويس ماسينيون إلى العربية.")]
    // The author's full name with a verb read after it.
    [InlineData("«الأيام» كتاب لطه حسين صدر جزؤه الأول عام 1929.")]
    [InlineData("ألّف المؤرخ شكيب أرسلان كتاب «حاضر العالم الإسلامي» في جنيف.")]
    [InlineData("يُعدّ محمد عابد الجابري صاحب «نقد العقل العربي» من أبرز المفكرين المغاربة.")]
    // A reader is no maker, whatever his name.
    [InlineData("قرأ شكيب الحسيني كتاب «حاضر العالم الإسلامي» في جنيف.")]
    // A translator who shares nothing with the author.
    [InlineData("«آلام الحلاج» كتاب ترجمه الأديب المتخيَّل حسين مصطفى إلى العربية.")]
    public void TheAuthorsOwnNameOrAnotherRoleIsSilent(string text)
        => Assert.Empty(Flags(text, "name-anomaly"));
}
