using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 14 (issue x2): a year written without its hundreds that Time completed with the next century (a guess: its own
/// century would put it before the full year) is no evidence of an order against that full year; a passive verb of making (أُنشئت، أُسّست) makes a thing, and a person named after
/// it is whom it honours, not its maker, unless an agent phrase (على يد، من قبل) says so. Sentences written here, both ways.
/// </summary>
public class CutYearPassiveMakingRound14Tests
{
    [Theory]
    [InlineData("تولى الشيخ نجم الدين الحموي خطابة الجامع ثلاث مرات: الثالثة سنة ستين وستمائة، وكانت الأولى سنة خمس وأربعين، والثانية سنة اثنتين وخمسين.")]
    public void ACutYearBesideAFullOneIsNoOrder(string text)
        => Assert.Empty(Flags(text, "ordinal-series"));

    [Theory]
    [InlineData("تولى الشيخ نجم الدين الحموي خطابة الجامع ثلاث مرات: الثالثة سنة ستين وستمائة، وكانت الأولى سنة سبعين وستمائة.")]
    // A cut year in the full year's own century is no guess: the order stands.
    [InlineData("تولى الشيخ نجم الدين الحموي خطابة الجامع ثلاث مرات: الثالثة سنة خمسين وستمائة، ثم الثانية سنة ثمان وخمسين.")]
    public void YearsOutOfOrderInOneCenturyStillFire(string text)
        => Assert.NotEmpty(Flags(text, "ordinal-series"));

    [Theory]
    [InlineData("توفي المؤرخ الأردني سليمان الموسى سنة 1970، وأُنشئت عام 1978 مدرسة تكريما للراحل سليمان الموسى.")]
    public void APassiveMakingAfterTheDeathHonoursHim(string text)
        => Assert.Empty(Flags(text, "lifespan"));

    [Theory]
    [InlineData("توفي المؤرخ الأردني سليمان الموسى سنة 1970، وأُنشئت المدرسة على يد سليمان الموسى سنة 1978 في عمّان.")]
    public void APassiveMakingByHimAfterTheDeathFires(string text)
        => Assert.NotEmpty(Flags(text, "lifespan"));
}
