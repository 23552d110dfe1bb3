using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 21 of the lifespan rule (issue-21a): an adult role's act at a child's age (officiating a marriage, a senior side, a
/// commander's post whose place is a province), a relative's act after a death told with the relative as the verb's subject, and
/// an age that belongs to a relative named before it. Both ways, on sentences written for these tests.
/// </summary>
public class LifespanRound21Tests
{
    [Theory]
    [InlineData("ولد الكاهن يوسف الحداد سنة 1900 في حمص. وفي سنة 1907 عقد بنفسه زواج أول مهاجرين في الرعية.", true)]
    [InlineData("ولد الكاهن يوسف الحداد سنة 1900 في حمص. وفي سنة 1935 عقد بنفسه زواج أول مهاجرين في الرعية.", false)]
    [InlineData("ولد اللاعب كريم الساعدي سنة 1950، ووقف في مرمى نادي الطلبة في الدوري الممتاز سنة 1957.", true)]
    [InlineData("ولد اللاعب كريم الساعدي سنة 1950، ووقف في مرمى نادي الطلبة في الدوري الممتاز سنة 1971.", false)]
    [InlineData("ولد الحارس سالم العنزي سنة 1960، وحرس مرمى المنتخب الوطني في كأس الخليج سنة 1966.", true)]
    [InlineData("ولد المجاهد سعيد بن علي سنة 1942، عين قائدا لناحية في الولاية الثالثة سنة 1950.", true)]
    [InlineData("ولد المجاهد سعيد بن علي سنة 1922، عين قائدا لناحية في الولاية الثالثة سنة 1956.", false)]
    public void AnAdultRoleAtAChildsAge(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);

    // Prodigies and heirs stay silent: reciting, memorizing, singing, writing a poem need no role; an heir is named as an infant.
    [Theory]
    [InlineData("ولد المقرئ محمود الحصري سنة 1917. وفي سنة 1925 قرأ بنفسه سورة الكهف في مسجد القرية.")]
    [InlineData("ولد الشاعر أحمد الطيب سنة 1930، وحفظ القرآن كله سنة 1937.")]
    [InlineData("ولدت المطربة سعاد الهاشمي سنة 1940، وغنت في حفل المدرسة سنة 1947.")]
    [InlineData("ولد الأمير سعود بن فهد سنة 1920، وعين وليا للعهد سنة 1921.")]
    [InlineData("ولد الكاهن يوسف الحداد سنة 1900 في حمص. وفي سنة 1912 عقد زواجه على ابنة عمه.")]
    public void AProdigyOrAnHeirIsSilent(string text)
        => Assert.Empty(Flags(text, "lifespan"));

    // A relative as the verb's subject after the death (the verb agrees with the relative, not with the dead man).
    [Theory]
    [InlineData("توفي الرسام كامل الدباغ سنة 1985. وبعد أربع سنوات افتتحت أرملته معرضاً لأعماله في عمّان.")]
    [InlineData("توفي المهندس نزار الحسن سنة 1990، وفي سنة 1994 تسلمت ابنته الجائزة نيابة عنه.")]
    public void ARelativesActAfterTheDeathIsSilent(string text)
        => Assert.Empty(Flags(text, "lifespan"));

    [Fact]
    public void HisOwnActAfterTheDeathIsStillFlagged()
        => Assert.NotEmpty(Flags("توفي الرسام كامل الدباغ سنة 1985. وفي سنة 1989 افتتح الرسام كامل الدباغ بنفسه معرضاً لأعماله في عمّان.", "lifespan"));

    // The age after a relative named by a kin word is the relative's, not the doer's.
    [Fact]
    public void AWardsAgeIsNotTheGuardians()
        => Assert.Empty(Flags("تولى الشيخ حسن بن علي الكبيسي وصاية ابن أخيه القاصر محمود وعمره ثمانية أعوام، وكان الشيخ قد ولد سنة 1250.", "lifespan"));
}
