using Tarikh.Core.Checks;
using Tarikh.Core.Normalization;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// A ruler's regnal number or epithet in the persons gazetteer ("إيزابيلا الأولى") is no family name: an ordinal after a
/// person's name ("طفلة أينشتاين الأولى", his first daughter) must not read as another well-known person's family name.
/// Found reviewing the real-text survey of round 8 (a false name-anomaly warning).
/// </summary>
public class RegnalFamilyTests
{
    private static readonly ArabicNormalizer Normalizer = ArabicNormalizer.Default;

    [Fact]
    public void ARegnalOrdinalIsNoKnownFamilyName()
    {
        var known = CheckLexicon.Default.KnownByFamily;
        Assert.False(known.ContainsKey(Normalizer.NormalizeString("الأولى")));
        Assert.False(known.ContainsKey(Normalizer.NormalizeString("الأول")));
        Assert.True(known.ContainsKey(Normalizer.NormalizeString("عرابي"))); // a real family name of the gazetteer stays
    }

    [Theory]
    [InlineData("نشر داروين كتابه عن أصل الأنواع سنة 1859. وقد ضاعت مسودة داروين الأولى لهذا الكتاب في بيته الريفي.")]
    [InlineData("عاش نيوتن في كامبريدج أعواما طويلة. ولا يعرف المؤرخون الكثير عن تجربة نيوتن الأولى مع المنشور الزجاجي.")]
    public void AnOrdinalAfterTheSubjectsNameIsSilent(string text) => Assert.Empty(Flags(text, "name-anomaly"));
}
