using Tarikh.Core.Knowledge;
using Tarikh.Core.Normalization;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 17 (issue-18): <see cref="KbNames.Key"/> builds the key in stack buffers (a pooled array past 128 characters)
/// instead of a normalized text with its offset map and a StringBuilder; the keys are the same: normalized Arabic,
/// Latin lower-cased, every run of other characters one space, none at either end.
/// </summary>
public sealed class KbNamesKeyTests
{
    [Theory]
    [InlineData("أحمد بنُ حَنْبَل", "احمد بن حنبل")]
    [InlineData("  «مدرسةُ الإسكندرية» ، مصر  ", "مدرسه الاسكندريه مصر")]
    [InlineData("Jean-Paul  SARTRE.", "jean paul sartre")]
    [InlineData("ـــعليـــ", "علي")]
    [InlineData("…، ؛", "")]
    [InlineData("", "")]
    public void KeyIsTheNormalizedWords(string name, string expected)
        => Assert.Equal(expected, KbNames.Default.Key(name));

    [Fact]
    public void LongNameGivesTheSameKeyAsItsWordsOneByOne()
    {
        // Past the stack buffer: the key of the whole is the keys of its words joined by one space.
        var words = Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? "عبدُ الرَّحمن" : "Ibn-Khaldûn").ToArray();
        var whole = string.Join(" ، ", words);
        Assert.True(ArabicNormalizer.Default.NormalizeString(whole).Length > 128);
        Assert.Equal(string.Join(' ', words.Select(KbNames.Default.Key)), KbNames.Default.Key(whole));
    }

    [Fact]
    public void KeyAgreesWithTheNormalizedText()
    {
        // The characters the key reads are those of the normalizer's text (the mapped form), map or no map.
        const string name = "الإمامُ مُحَمَّد عَبْدُه (١٨٤٩–١٩٠٥)";
        var viaText = ArabicNormalizer.Default.Normalize(name).Text;
        Assert.Equal(KbNames.Default.Key(viaText), KbNames.Default.Key(name));
        Assert.Equal("الامام محمد عبده 1849 1905", KbNames.Default.Key(name)); // Arabic-Indic digits read as ASCII
    }
}
