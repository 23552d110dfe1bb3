using Tarikh.Core.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>
/// Fixed death phrases of obituaries and tarajim (round 10, lead): each dates the person's death, and the same verb alone
/// ("أسلم" a conversion, "أغمض عينيه" literal, "ودّع" a farewell) dates none.
/// </summary>
public class DeathPhraseTests
{
    private static IEnumerable<int> DeathYears(string text)
        => ClaimExtractorTests.Run(text).Claims
            .Where(c => c.Property == ClaimProperties.DeathDate && c.Value.Date is not null)
            .Select(c => c.Value.Date!.Value.Start.Year);

    [Theory]
    [InlineData("ولد الشاعر سامي الحداد في البصرة سنة 1921، وأسلم الروح فيها سنة 1979.")]
    [InlineData("عاش المؤرخ نبيل القاضي في بيروت، وفارق الدنيا سنة 1979 بعد مرض قصير.")]
    [InlineData("انتقل الشيخ أحمد الفاسي إلى الرفيق الأعلى سنة 1979 في فاس.")]
    [InlineData("عاش الرسام فريد الشامي في دمشق، وأغمض عينيه إلى الأبد فيها سنة 1979.")]
    [InlineData("عاشت المغنية ليلى السعدي في القاهرة، وودّعت الدنيا فيها سنة 1979.")]
    [InlineData("انتقل الشاعر حسن العطار إلى رحمة الله في حلب سنة 1979.")]
    public void TheWholePhraseDatesTheDeath(string text)
        => Assert.Equal(1979, Assert.Single(DeathYears(text)));

    [Theory]
    [InlineData("أسلم الرحالة يوسف الحلبي في القاهرة سنة 1809 وتسمّى إبراهيم.")]
    [InlineData("أغمض الشاعر سامي الحداد عينيه سنة 1950 وتذكّر طفولته في البصرة.")]
    [InlineData("ودّع الوزير كمال الشامي أسرته في المطار سنة 1979 وسافر إلى باريس.")]
    [InlineData("ودّع الوزير كمال الشامي الحياة السياسية سنة 1979 وتفرغ للكتابة.")]
    [InlineData("انتقل الطبيب سامي الأيوبي إلى القاهرة سنة 1979 وافتتح عيادة فيها.")]
    public void TheVerbAloneDatesNoDeath(string text)
        => Assert.Empty(DeathYears(text));
}
