using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// name-anomaly, round 20 (issue 20f): the lists widened by class — classical authors of tafsir, hadith, fiqh, grammar, geography,
/// medicine and mathematics; modern writers of every Arab country; Arab leaders, conquerors, Umayyad, Mamluk, Ayyubid and Ottoman
/// rulers, film makers, singers and reformers with their deeds. Both ways: a famous given name joined to another member's family
/// beside a deed or work is flagged; the right name, a kinsman with his own fame and two ordinary people stay silent. Sentences
/// written for these tests.
/// </summary>
public class NameAnomalyRound20Tests
{
    private static void Expect(string text, bool flagged) => RuleFlagAssert.SingleWarningOrNone("name-anomaly", text, flagged);

    [Theory]
    [InlineData("وفي سنة 1956 أعلن الرئيس أنور عبد الناصر تأميم قناة السويس من الإسكندرية.", true)]
    [InlineData("وفي سنة 1956 أعلن الرئيس جمال عبد الناصر تأميم قناة السويس من الإسكندرية.", false)]
    [InlineData("وقّع رياض الحص مع بشارة الخوري على الميثاق الوطني سنة 1943.", true)]
    [InlineData("وقّع رياض الصلح مع بشارة الخوري على الميثاق الوطني سنة 1943.", false)]
    [InlineData("وقاد الأمير عبد الكريم الفاسي رجال القبائل في معركة أنوال سنة 1921.", true)]
    [InlineData("وقاد الأمير عبد الكريم الخطابي رجال القبائل في معركة أنوال سنة 1921.", false)]
    [InlineData("وحضر سعد الحريري حفل ذكرى اتفاق الطائف في بيروت.", false)]
    [InlineData("وزار أنور عبد الناصر خاله في القرية ثم عاد إلى عمله.", false)]
    public void ArabLeadersAndTheirActs(string text, bool flagged) => Expect(text, flagged);

    [Theory]
    [InlineData("وعبر طارق بن نصير بجيشه إلى الأندلس فكان فتح الأندلس سنة 92 هـ.", true)]
    [InlineData("وعبر طارق بن زياد بجيشه إلى الأندلس فكان فتح الأندلس سنة 92 هـ.", false)]
    [InlineData("وأمر الخليفة الوليد بن مروان ببناء الجامع الأموي بدمشق.", true)]
    [InlineData("وأمر الخليفة الوليد بن عبد الملك ببناء الجامع الأموي بدمشق.", false)]
    [InlineData("وانتصر المسلمون في معركة عين جالوت بقيادة السلطان الظاهر قطز.", true)]
    [InlineData("وانتصر المسلمون في معركة عين جالوت بقيادة السلطان المظفر قطز.", false)]
    [InlineData("وكان صلاح الدين زنكي قد انتصر على الصليبيين في حطين.", true)]
    [InlineData("وكان صلاح الدين الأيوبي قد انتصر على الصليبيين في حطين.", false)]
    [InlineData("وسكن طارق بن نصير حي الشهداء وعمل نجارا طوال حياته.", false)]
    public void ConquerorsAndRulers(string text, bool flagged) => Expect(text, flagged);

    [Theory]
    [InlineData("وأخرج المخرج يوسف أبو سيف فيلم «باب الحديد» سنة 1958.", true)]
    [InlineData("وأخرج المخرج يوسف شاهين فيلم «باب الحديد» سنة 1958.", false)]
    [InlineData("وأخرج عاطف عبد السيد فيلم «سواق الأتوبيس» سنة 1982.", true)]
    [InlineData("وأخرج عاطف الطيب فيلم «سواق الأتوبيس» سنة 1982.", false)]
    [InlineData("وغنّى كاظم الرحباني قصيدة «زيديني عشقا» في حفل القاهرة.", true)]
    [InlineData("وغنّى كاظم الساهر قصيدة «زيديني عشقا» في حفل القاهرة.", false)]
    [InlineData("وأصدر رفاعة عبده كتاب «تخليص الإبريز» بعد عودته من باريس.", true)]
    [InlineData("وأصدر رفاعة الطهطاوي كتاب «تخليص الإبريز» بعد عودته من باريس.", false)]
    public void FilmSingersAndReformers(string text, bool flagged) => Expect(text, flagged);

    [Theory]
    [InlineData("وكان الطلبة يقرؤون «التحرير والتنوير» للشيخ محمد الطاهر الحداد في جامع الزيتونة.", true)]
    [InlineData("وكان الطلبة يقرؤون «التحرير والتنوير» للشيخ محمد الطاهر بن عاشور في جامع الزيتونة.", false)]
    [InlineData("ودرس الفتى «ألفية ابن مالك» على شيخه ثم حفظ «قطر الندى» لابن هشام الأنصاري.", false)]
    [InlineData("وقرأ الطالب «مغني اللبيب» لجمال الدين ابن مالك على شيخه.", true)]
    [InlineData("وكان ربان السفينة يحفظ «العمدة المهرية» لسليمان المهري.", false)]
    [InlineData("وأهدى إليه صديقه رواية «فرانكشتاين في بغداد» لأحمد سعداوي.", false)]
    [InlineData("وأهدى إليه صديقه رواية «فرانكشتاين في بغداد» لأحمد الكوني.", true)]
    public void ClassicalAndModernWorks(string text, bool flagged) => Expect(text, flagged);
}
