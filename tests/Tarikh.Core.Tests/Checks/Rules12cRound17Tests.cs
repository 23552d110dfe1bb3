using Tarikh.Core.Checks;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 17 (issue 12, 12c): classes of the anachronism rule's list-based check (an act under a body's banner or patronage, a
/// body as the agent right at a dated event's trigger, following or watching a broadcaster, arriving on a line, sending, a case
/// laid before a court) and of the name-anomaly rule's work list (classics of Sufism, modern biographical dictionaries, jurists,
/// a Gulf singer). Each class both ways, full pipeline, sentences written here.
/// </summary>
public class Rules12cRound17Tests
{
    [Theory]
    // The Arab League was founded in 1945: a meeting under its banner in 1910.
    [InlineData("في عام 1910 اجتمع ممثلو الأقطار تحت راية جامعة الدول العربية في دمشق.", "جامعة الدول العربية")]
    // The WHO was founded in 1948: it cannot send a mission in 1935.
    [InlineData("أرسلت منظمة الصحة العالمية بعثة طبية إلى اليمن عام 1935.", "منظمة الصحة العالمية")]
    // Saudi television began in 1965: watching it in 1958.
    [InlineData("كنا نتابع نشرات الأخبار على التلفزيون السعودي سنة 1958 في بيت عمي.", "التلفزيون السعودي")]
    // The Hejaz railway was built from 1900: arriving on it in 1885.
    [InlineData("وصل الحجاج إلى معان على سكة حديد الحجاز عام 1885.", "سكة حديد الحجاز")]
    // The International Court of Justice dates from 1945.
    [InlineData("عُرضت القضية على محكمة العدل الدولية سنة 1930 فلم تنظر فيها.", "محكمة العدل الدولية")]
    // New list classes: a prize before it was first awarded, a university before it was founded, a caliphal city's name.
    [InlineData("نال الشاعر المتخيَّل منصور الحداد جائزة سلطان العويس عام 1975 عن مجمل أعماله.", "جائزة سلطان العويس")]
    [InlineData("تخرج المهندس المتخيَّل علي الصبري من جامعة الموصل عام 1950.", "جامعة الموصل")]
    [InlineData("سُكّ هذا الدرهم بمدينة السلام سنة 100 هـ.", "مدينة السلام")]
    public void AnActInAListedBodyBeforeItBeganIsAWarning(string text, string evidence)
    {
        FiresAt(text, "anachronism", evidence);
        Assert.All(Flags(text, "anachronism"), f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Theory]
    [InlineData("في عام 1950 اجتمع ممثلو الأقطار تحت راية جامعة الدول العربية في دمشق.")]
    [InlineData("أرسلت منظمة الصحة العالمية بعثة طبية إلى اليمن عام 1962.")]
    [InlineData("كنا نتابع نشرات الأخبار على التلفزيون السعودي سنة 1972 في بيت عمي.")]
    [InlineData("وصل الحجاج إلى معان على سكة حديد الحجاز عام 1910.")]
    [InlineData("عُرضت القضية على محكمة العدل الدولية سنة 1960 فلم تنظر فيها.")]
    [InlineData("نال الشاعر المتخيَّل منصور الحداد جائزة سلطان العويس عام 1995 عن مجمل أعماله.")]
    [InlineData("تخرج المهندس المتخيَّل علي الصبري من جامعة الموصل عام 1975.")]
    [InlineData("سُكّ هذا الدرهم بمدينة السلام سنة 170 هـ.")]
    // The body as the topic of a later book, with the new verbs nowhere near it.
    [InlineData("ألّف المؤرخ المتخيَّل سامي النجار سنة 1930 كتابا عن راية الدولة وشعارها.")]
    public void TheSameActsInsideTheYearsAreSilent(string text)
        => Assert.Empty(Flags(text, "anachronism"));

    [Theory]
    // Al-Jazuli's prayer book under al-Busiri's nisba.
    [InlineData("حفظ الفتى المتخيَّل عمر البقالي «دلائل الخيرات» لمحمد بن سليمان البوصيري في صغره.", "البوصيري")]
    // Al-Qushayri's treatise under al-Ghazali's nisba.
    [InlineData("كان الشيخ يشرح «الرسالة القشيرية» لأبي القاسم الغزالي لتلاميذه كل جمعة.", "الغزالي")]
    // Al-Zirikli's dictionary under al-Tahtawi's nisba.
    [InlineData("رجع الباحث المتخيَّل نبيل السقا إلى «الأعلام» لخير الدين الطهطاوي في ترجمة الشاعر.", "الطهطاوي")]
    // A relative clause with an authorship verb names the author.
    [InlineData("ناقش نادي القراءة خماسية «مدن الملح» التي وضعها عبد الرحمن الكواكبي في الثمانينيات.", "عبد الرحمن الكواكبي")]
    // The answer line of a question about the work's maker.
    [InlineData("س7: من صاحب رواية «مدن الملح»؟ ج: عبد الرحمن الكواكبي.", "عبد الرحمن الكواكبي")]
    public void AClassicUnderAChimeraNameIsAWarning(string text, string evidence)
        => FiresAt(text, "name-anomaly", evidence);

    [Theory]
    [InlineData("حفظ الفتى المتخيَّل عمر البقالي «دلائل الخيرات» لمحمد بن سليمان الجزولي في صغره.")]
    [InlineData("كان الشيخ يشرح «الرسالة القشيرية» لأبي القاسم القشيري لتلاميذه كل جمعة.")]
    [InlineData("رجع الباحث المتخيَّل نبيل السقا إلى «الأعلام» لخير الدين الزركلي في ترجمة الشاعر.")]
    [InlineData("ناقش نادي القراءة خماسية «مدن الملح» التي وضعها عبد الرحمن منيف في الثمانينيات.")]
    [InlineData("س7: من صاحب رواية «مدن الملح»؟ ج: عبد الرحمن منيف.")]
    // Another verb after the relative pronoun (a translator, a reader) keeps the name apart.
    [InlineData("ناقش نادي القراءة خماسية «مدن الملح» التي ترجمها عبد الرحمن الكواكبي إلى الفرنسية.")]
    public void TheSameWorksUnderTheirAuthorsAreSilent(string text)
        => Assert.Empty(Flags(text, "name-anomaly"));
}
