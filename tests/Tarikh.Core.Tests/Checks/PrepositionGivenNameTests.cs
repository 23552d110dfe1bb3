using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// The preposition على, written with alef maksura, folds to the given name علي: before another person's family name
/// ("تغلب على بغداديس") it is no slip of the subject's name. Found reviewing the real-text survey of round 9 (three false
/// name-anomaly warnings in a news file whose subject is called علي).
/// </summary>
public class PrepositionGivenNameTests
{
    private const string Lead = "التقى وزير الخارجية الإيراني علي أكبر صالحي نظيره الألماني فرانك شتاينماير في طهران. ";

    [Theory]
    [InlineData(Lead + "وقال صالحي إن المحادثات ركزت على شتاينماير ودوره في الوساطة.")]
    [InlineData(Lead + "وأثنى صالحي في مؤتمر صحفي على شتاينماير لأنه زار طهران.")]
    public void ThePrepositionBeforeAnotherPersonsFamilyNameIsSilent(string text)
        => Assert.Empty(Flags(text, "name-anomaly"));

    [Fact]
    public void TheGivenNameWrittenWithYaBeforeAnotherPersonsFamilyNameStillFires()
        => FiresAt(Lead + "وقال علي شتاينماير إن صالحي يرى المحادثات مثمرة.", "name-anomaly", "علي شتاينماير");
}
