using Tarikh.Core.Checks;
using Tarikh.Core.Tests.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// name-anomaly, field chimera with the members' own deeds (round 19, issue-x3): the given part of one famous member of a field
/// joined to the family part of another, beside a deed or work of one of them (leaders of the Algerian revolution, Coptic
/// reformers, aviation pioneers, Arab singers and composers, Abbasid caliphs). Both ways, with sentences written for these tests:
/// the right name stays silent, and so does the same chimera-shaped name of an ordinary person with no member's deed beside it.
/// </summary>
public class FieldDeedsRoundX3Tests
{
    private static List<Flag> Warnings(string text)
        => [.. ClaimExtractorTests.Run(text).Flags.Where(f => f.Rule == "name-anomaly" && f.Severity >= Severity.Warning)];

    [Theory]
    [InlineData("في مؤتمر الصومام سنة 1956 عرض يوسف عبان رؤيته لتنظيم الثورة.", true)]
    [InlineData("في مؤتمر الصومام سنة 1956 عرض رمضان عبان رؤيته لتنظيم الثورة.", false)]
    [InlineData("قاد مصطفى ديدوش المنطقة الثانية في الأشهر الأولى من الكفاح.", true)]
    [InlineData("قاد مراد ديدوش المنطقة الثانية في الأشهر الأولى من الكفاح.", false)]
    [InlineData("قاد مراد بن بولعيد رجال الأوراس في ليلة الفاتح من نوفمبر.", true)]
    [InlineData("قاد مصطفى بن بولعيد رجال الأوراس في ليلة الفاتح من نوفمبر.", false)]
    [InlineData("افتتح التاجر رابح كريم دكانا جديدا في حي القصبة.", false)]
    [InlineData("تولى حبيب سميكة إدارة الكلية الإكليريكية سنوات طويلة.", true)]
    [InlineData("أسس نظير سميكة مدارس الأحد في كنيسة الحي وعلّم فيها الصغار.", false)]
    [InlineData("تولى حبيب جرجس إدارة الكلية الإكليريكية سنوات طويلة.", false)]
    [InlineData("حضر مرقس جرجس عرس ابن عمه في أسيوط.", false)]
    [InlineData("عبرت أميليا ليندبرغ المحيط الأطلسي وحدها بالطائرة.", true)]
    [InlineData("عبرت أميليا إيرهارت المحيط الأطلسي وحدها بالطائرة.", false)]
    [InlineData("طار لويس رايت فوق بحر المانش في صيف ذلك العام.", true)]
    [InlineData("طار لويس بليريو فوق بحر المانش في صيف ذلك العام.", false)]
    [InlineData("عملت لطفية صدقي معلمة للغة العربية في مدرسة البنات.", false)]
    [InlineData("اشتهرت أغنية قارئة الفنجان بصوت عبد الحليم الوهاب في السبعينيات.", true)]
    [InlineData("اشتهرت أغنية قارئة الفنجان بصوت عبد الحليم حافظ في السبعينيات.", false)]
    [InlineData("غنى فريد درويش أغنية بلادي بلادي في الحفل الوطني.", true)]
    [InlineData("ألقى الأستاذ محمد حافظ محاضرة عن تاريخ المدينة.", false)]
    [InlineData("عاد محمد عبد الوهاب إلى القاهرة بعد أن سجل أغنية الجندول.", false)]
    [InlineData("وفي أيام هارون المعتصم فتحت عمورية بعد حصار طويل.", true)]
    [InlineData("وفي أيام أبي إسحاق المعتصم فتحت عمورية بعد حصار طويل.", false)]
    [InlineData("وفي سنة ثمان عشرة ومائتين امتحن عبد الله الرشيد الفقهاء في خلق القرآن.", true)]
    [InlineData("وفي سنة ثمان عشرة ومائتين امتحن عبد الله المأمون الفقهاء في خلق القرآن.", false)]
    [InlineData("ولد محمد الأمين في قرية صغيرة وتعلم فيها القرآن.", false)]
    [InlineData("وكان هارون الواثق قد ولي الخلافة بعد أبيه.", false)]
    public void ChimeraBesideAMembersDeed(string text, bool flagged)
    {
        var flags = Warnings(text);
        if (flagged)
        {
            Assert.Single(flags);
        }
        else
        {
            Assert.Empty(flags);
        }
    }
}
