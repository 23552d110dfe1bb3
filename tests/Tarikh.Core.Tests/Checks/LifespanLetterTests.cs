using Tarikh.Core.Events;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 22 (issue-xd, issue #12): a letter written to someone ("كتب فلان إلى فلان") is its writer's own act at his desk, not a
/// work published in his name after his death: it needs him alive. Both ways, through the whole pipeline, on sentences written
/// for these tests.
/// </summary>
public class LifespanLetterTests
{
    [Theory]
    [InlineData("توفي الأمير فخر الدين المعني سنة 1635. وفي سنة 1640 كتب الأمير فخر الدين إلى والي دمشق يطلب المدد.")]
    [InlineData("مات الشاعر جميل صدقي الزهاوي سنة 1936، وفي سنة 1939 كتب الزهاوي إلى صديقه معروف الرصافي رسالة طويلة.")]
    [InlineData("وفي سنة مائة وعشرين مات خالد بن عبد الله القسري. وفي سنة مائة وخمس وعشرين كتب خالد إلى هشام يعتذر إليه.")]
    public void ALetterYearsAfterTheDeathIsFlagged(string text)
        => Assert.NotEmpty(Flags(text, "lifespan"));

    // Before the death; another man writing to or about the dead: silent.
    [Theory]
    [InlineData("توفي الشاعر أحمد شوقي سنة 1932. وفي سنة 1930 كتب شوقي إلى حافظ إبراهيم رسالة يعاتبه فيها.")]
    [InlineData("توفي المؤرخ عبد الرحمن الجبرتي سنة 1825. وفي سنة 1880 كتب علي مبارك عن الجبرتي فصلا في الخطط.")]
    [InlineData("مات الخليفة هشام بن عبد الملك سنة 125. وفي سنة 127 كتب مروان بن محمد إلى أهل الشام يدعوهم إلى بيعته.")]
    public void ALetterBeforeTheDeathOrByAnotherIsSilent(string text)
        => Assert.Empty(Flags(text, "lifespan"));

    [Fact]
    public void ALetterNeedsItsWriterAlive()
        => Assert.Equal(LifeNeed.Alive, ActLife.Default.Of("publication/letter"));
}
