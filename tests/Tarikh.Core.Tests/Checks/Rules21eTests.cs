using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// anachronism, round 21 (issue 21e): a later formal name used before the body or state took it, read only for a dated act in the
/// body under that name (a university that was a college, a state that was not yet a kingdom); the offices and organs of a state
/// before the state existed (ambassador, consul, minister, president, flag, nationality of a republic); and the congresses, parties,
/// unions and clubs of the Arab countries by class. Both ways, with sentences written for these tests.
/// </summary>
public class Rules21eTests
{
    private static void Expect(string text, bool flagged) => RuleFlagAssert.SingleWarningOrNone("anachronism", text, flagged);

    [Theory]
    [InlineData("تخرّج الأستاذ عثمان حسن في جامعة الخرطوم سنة 1935 ثم عمل مدرسا في كسلا.", true)]
    [InlineData("تخرّج الأستاذ عثمان حسن في جامعة الخرطوم سنة 1962 ثم عمل مدرسا في كسلا.", false)]
    [InlineData("درّس الدكتور حنا الخوري الطب في الجامعة الأمريكية في بيروت سنة 1905.", true)]
    [InlineData("درّس الدكتور حنا الخوري الطب في الجامعة الأمريكية في بيروت سنة 1925.", false)]
    [InlineData("تخرّج الشيخ محمد في جامعة أم القرى سنة 1970 وعاد إلى الطائف.", true)]
    [InlineData("تخرّج الشيخ محمد في جامعة أم القرى سنة 1985 وعاد إلى الطائف.", false)]
    public void UniversityNamedBeforeItWasOne(string text, bool flagged) => Expect(text, flagged);

    [Theory]
    [InlineData("وفي سنة 1940 تخرّج الأستاذ عثمان في كلية غوردون التي صارت لاحقا جامعة الخرطوم.")]
    [InlineData("تخرّج الأستاذ عثمان سنة 1940 في كلية غوردون، وهي جامعة الخرطوم الحالية.")]
    [InlineData("درس سنة 1915 في جامعة القاهرة ثم سافر إلى فرنسا.")]
    [InlineData("ولد الأستاذ عثمان في أم درمان سنة 1930، وهو اليوم أستاذ في جامعة الخرطوم.")]
    public void RetrospectiveNamesStaySilent(string text) => Expect(text, false);

    [Theory]
    [InlineData("سُجّلت الأرض سنة 1970 لدى دائرة التسجيل العقاري في مملكة البحرين.", true)]
    [InlineData("سُجّلت الأرض سنة 2005 لدى دائرة التسجيل العقاري في مملكة البحرين.", false)]
    [InlineData("قدّم السفير أوراق اعتماده إلى حكومة المملكة المغربية سنة 1950.", true)]
    [InlineData("قدّم السفير أوراق اعتماده إلى حكومة المملكة المغربية سنة 1965.", false)]
    public void StateNamedBeforeItWasAKingdom(string text, bool flagged) => Expect(text, flagged);

    [Theory]
    [InlineData("ولد الشاعر في مملكة البحرين سنة 1950 ونشأ في المحرق.")]
    [InlineData("سافر التاجر إلى البحرين سنة 1950 وباع اللؤلؤ في المنامة.")]
    [InlineData("سافر التاجر سنة 1950 إلى ما يعرف اليوم بمملكة البحرين وباع اللؤلؤ.")]
    public void BareAndRetrospectiveStateNamesStaySilent(string text) => Expect(text, false);

    [Theory]
    [InlineData("وفي سنة 1935 زار سفير جمهورية السنغال مدرسة الجالية اللبنانية في دكار.", true)]
    [InlineData("وفي سنة 1975 زار سفير جمهورية السنغال مدرسة الجالية اللبنانية في دكار.", false)]
    [InlineData("سنة 1920 استقبل وزير جمهورية الهند وفدا من تجار عدن.", true)]
    [InlineData("سنة 1960 استقبل وزير جمهورية الهند وفدا من تجار عدن.", false)]
    [InlineData("حصل التاجر على جنسية جمهورية البرازيل سنة 1870 وأقام في ساو باولو.", true)]
    [InlineData("حصل التاجر على جنسية جمهورية البرازيل سنة 1900 وأقام في ساو باولو.", false)]
    public void OfficesOfAStateBeforeTheState(string text, bool flagged) => Expect(text, flagged);

    [Theory]
    [InlineData("وفي سنة 1928 انتُخب الأستاذ عضوا في مؤتمر الخريجين العام بأم درمان.", true)]
    [InlineData("وفي سنة 1942 انتُخب الأستاذ عضوا في مؤتمر الخريجين العام بأم درمان.", false)]
    [InlineData("انضم الشاب سنة 1940 إلى الاتحاد العام التونسي للشغل في صفاقس.", true)]
    [InlineData("انضم الشاب سنة 1950 إلى الاتحاد العام التونسي للشغل في صفاقس.", false)]
    [InlineData("لعب اللاعب في نادي الوداد الرياضي سنة 1930 وسجّل هدفين.", true)]
    [InlineData("لعب اللاعب في نادي الوداد الرياضي سنة 1950 وسجّل هدفين.", false)]
    public void CongressesUnionsAndClubs(string text, bool flagged) => Expect(text, flagged);
}
