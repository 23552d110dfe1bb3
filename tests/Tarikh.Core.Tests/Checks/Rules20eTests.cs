using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// anachronism, round 20 (issue 20e): the bounded bodies by class (universities of the Arab states, Iran and Turkey; states,
/// regimes and the offices bound to them; central banks, oil companies, armies, parties, unions, bodies, federations, airlines,
/// broadcasters, agencies and periodicals; techniques, lines and airports), read from their own data files. An act dated in a body
/// before it began (or after it ended) is flagged; the same act after its founding, a plan for it and a predecessor "that later
/// became" it are not. Both ways, with sentences written for these tests.
/// </summary>
public class Rules20eTests
{
    private static void Expect(string text, bool flagged) => RuleFlagAssert.SingleWarningOrNone("anachronism", text, flagged);

    [Theory]
    [InlineData("تخرّج المهندس سالم العلوي في جامعة القاضي عياض بمراكش سنة 1965.", true)]
    [InlineData("تخرّج المهندس سالم العلوي في جامعة القاضي عياض بمراكش سنة 1985.", false)]
    [InlineData("التحق الطالب بجامعة طهران سنة 1925 ودرس فيها الطب.", true)]
    [InlineData("التحق الطالب بجامعة طهران سنة 1945 ودرس فيها الطب.", false)]
    [InlineData("درّس الدكتور منير الحلبي الكيمياء في جامعة البعث بحمص عام 1970.", true)]
    [InlineData("درّس الدكتور منير الحلبي الكيمياء في جامعة البعث بحمص عام 1990.", false)]
    public void Universities(string text, bool flagged) => Expect(text, flagged);

    [Theory]
    [InlineData("وفي سنة 1970 وضعت الوزارة خطة لإنشاء جامعة القاضي عياض في مراكش.")]
    [InlineData("درس سنة 1960 في كلية الآداب بمراكش التي صارت لاحقا جامعة القاضي عياض.")]
    [InlineData("ولد المهندس سالم في مراكش سنة 1950، وهو اليوم أستاذ في جامعة القاضي عياض.")]
    public void UniversityPlansAndPredecessorsStaySilent(string text) => Expect(text, false);

    [Theory]
    [InlineData("سافر التاجر سنة 1890 إلى الجمهورية التركية ليبيع القطن.", true)]
    [InlineData("سافر التاجر سنة 1930 إلى الجمهورية التركية ليبيع القطن.", false)]
    [InlineData("استقبل رئيس الجمهورية التونسية وفد التجار الجزائريين سنة 1950.", true)]
    [InlineData("استقبل رئيس الجمهورية التونسية وفد التجار الجزائريين سنة 1960.", false)]
    [InlineData("سافر التاجر سنة 1925 إلى الإمبراطورية الألمانية ليشتري الآلات.", true)]
    [InlineData("سافر التاجر سنة 1910 إلى الإمبراطورية الألمانية ليشتري الآلات.", false)]
    [InlineData("عمل الجندي سنة 1965 في قوة دفاع السودان بالخرطوم.", true)]
    [InlineData("عمل الجندي سنة 1945 في قوة دفاع السودان بالخرطوم.", false)]
    public void StatesAndOffices(string text, bool flagged) => Expect(text, flagged);

    [Theory]
    [InlineData("وفي سنة 1961 سافر الشيخ إلى دولة قطر وعمل مدرسا في المعهد الديني.")]
    [InlineData("وفي سنة 1950 زار الطبيب سلطنة عمان وعالج المرضى في مسقط.")]
    [InlineData("تأسس النادي عام 1902 ويلعب اليوم في الدوري الإسباني.")]
    [InlineData("وأقيم المؤتمر في الدوحة لبحث الاتفاقية الدولية لسنة 1883، وعرض تقرير عن الملكية الصناعية في دولة قطر.")]
    public void StatesUnderTheirLaterFormalNameStaySilent(string text) => Expect(text, false);

    [Theory]
    [InlineData("التحق المهندس بشركة نفط الكويت سنة 1925 موظفا في قسم الحفر.", true)]
    [InlineData("التحق المهندس بشركة نفط الكويت سنة 1950 موظفا في قسم الحفر.", false)]
    [InlineData("انضم الشاب سنة 1920 إلى حزب الكتائب اللبنانية في بيروت.", true)]
    [InlineData("انضم الشاب سنة 1940 إلى حزب الكتائب اللبنانية في بيروت.", false)]
    [InlineData("نشر الشاعر أولى قصائده في مجلة فصول سنة 1970.", true)]
    [InlineData("نشر الشاعر أولى قصائده في مجلة فصول سنة 1985.", false)]
    [InlineData("سافر الوزير إلى أنقرة على متن الخطوط الجوية التركية سنة 1925.", true)]
    [InlineData("سافر الوزير إلى أنقرة على متن الخطوط الجوية التركية سنة 1950.", false)]
    public void Institutions(string text, bool flagged) => Expect(text, flagged);

    [Theory]
    [InlineData("أرسل الوالي برقية إلى الآستانة سنة 1800 يخبر فيها بوصول الحجاج.", true)]
    [InlineData("أرسل الوالي برقية إلى الآستانة سنة 1900 يخبر فيها بوصول الحجاج.", false)]
    [InlineData("ركب التاجر ترام القاهرة سنة 1880 من العتبة إلى شبرا.", true)]
    [InlineData("ركب التاجر ترام القاهرة سنة 1920 من العتبة إلى شبرا.", false)]
    [InlineData("وصل أبي إلى مطار دبي الدولي سنة 1950 قادما من كراتشي.", true)]
    [InlineData("وصل أبي إلى مطار دبي الدولي سنة 1975 قادما من كراتشي.", false)]
    public void Techniques(string text, bool flagged) => Expect(text, flagged);
}
