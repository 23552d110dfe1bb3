using Tarikh.Core.Checks;
using Tarikh.Core.Tests.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// name-anomaly, field chimera (round 22, 22e): the fields added this round (Tunisian unionists and national figures, Moroccan
/// nationalists, classical poets by kunya or ism and nasab with their laqab, the Mahdist leaders) and the shape of one member's
/// given name before another member's whole name ("زياد وديع الصافي") beside the first member's own work. Both ways, with
/// sentences written for these tests.
/// </summary>
public class NameFieldsRound22Tests
{
    private static List<Flag> Warnings(string text)
        => [.. ClaimExtractorTests.Run(text).Flags.Where(f => f.Rule == "name-anomaly" && f.Severity >= Severity.Warning)];

    [Theory]
    [InlineData("أسس محمد علي حشاد جامعة عموم العملة التونسية في تونس العاصمة.", true)]
    [InlineData("أسس محمد علي الحامي جامعة عموم العملة التونسية في تونس العاصمة.", false)]
    [InlineData("زار محمد علي حشاد أقاربه في صفاقس.", false)]
    [InlineData("أصدر الطاهر الشابي كتاب «امرأتنا في الشريعة والمجتمع» فأثار جدلا واسعا.", true)]
    [InlineData("قرأت للطاهر الحداد كتاب «العمال التونسيون» في صباي.", false)]
    [InlineData("نظم أبو القاسم الحداد قصيدة «إرادة الحياة» سنة 1933.", true)]
    [InlineData("نظم أبو القاسم الشابي قصيدة «إرادة الحياة» سنة 1933.", false)]
    [InlineData("قاد الأمير عبد الكريم الطريس معركة أنوال سنة 1921.", true)]
    [InlineData("قاد الأمير عبد الكريم الخطابي معركة أنوال سنة 1921.", false)]
    [InlineData("أسس عبد الخالق الخطابي حزب الإصلاح الوطني في تطوان.", true)]
    [InlineData("أسس عبد الخالق الطريس حزب الإصلاح الوطني في تطوان.", false)]
    [InlineData("ومدح أبو الطيب البحتري سيف الدولة بقصائد كثيرة.", true)]
    [InlineData("ومدح أبو الطيب المتنبي سيف الدولة بقصائد كثيرة.", false)]
    [InlineData("وقرأ الطلبة «رسالة الغفران» لأبي العلاء البحتري.", true)]
    [InlineData("وقرأ الطلبة «رسالة الغفران» لأبي العلاء المعري.", false)]
    [InlineData("وكان ابن هانئ المتنبي شاعر المعز لدين الله.", true)]
    [InlineData("ومدح أبو تمام البحتري المعتصم بعد فتح عمورية.", true)]
    [InlineData("ومدح أبو تمام الطائي المعتصم بعد فتح عمورية.", false)]
    [InlineData("ومدح أبو عبادة الطائي المتوكل في قصائده.", false)]
    [InlineData("ويروي الناس «البردة» لكعب البوصيري في المولد.", true)]
    [InlineData("وكان أبو الطيب الطبري من كبار فقهاء الشافعية ببغداد.", false)]
    [InlineData("من المهدي محمد أحمد التعايشي إلى الأنصار في كردفان.", true)]
    [InlineData("وولى الخليفة عثمان أبو عنجة على سواكن وطوكر.", true)]
    [InlineData("وولى الخليفة عثمان دقنة على سواكن وطوكر.", false)]
    [InlineData("وسافر التاجر عثمان أبو عنجة إلى الأبيض لبيع القطن.", false)]
    public void ChimeraInTheNewFields(string text, bool flagged) => Check(text, flagged);

    [Theory]
    [InlineData("وفي تلك السنة وضع زياد وديع الصافي موسيقى مسرحية «بالنسبة لبكرا شو».", true)]
    [InlineData("وفي تلك السنة وضع زياد الرحباني موسيقى مسرحية «بالنسبة لبكرا شو».", false)]
    [InlineData("حضر زياد وديع الصافي حفل أبيه في بيروت.", false)]
    [InlineData("غنت فيروز من ألحان زياد الرحباني أغنية «كيفك إنت».", false)]
    public void GivenNameBeforeAnotherMembersWholeName(string text, bool flagged) => Check(text, flagged);

    private static void Check(string text, bool flagged)
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
