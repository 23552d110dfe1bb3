using Tarikh.Core.Checks;
using Tarikh.Core.Normalization;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// The famous-names index built from a small list: word counts, runs of two to four words (held as word numbers), titles set
/// aside, a joined kunya read as two words, a repeated name counted once.
/// </summary>
public sealed class FamousNameIndexTests
{
    private static readonly ArabicNormalizer Norm = ArabicNormalizer.Default;

    private static FamousNameIndex Index() => new(
        [
            ("فيودور دوستويفسكي", "Fyodor Dostoevsky", true),
            ("ليو تولستوي", "Leo Tolstoy", true),
            ("ليو تولستوي", "Leo Tolstoy (again)", true), // the same words twice: counted once
            ("الشيخ محمد عبده", "", true), // a title before the name
            ("أبوحامد محمد الغزالي", "", true), // a kunya written joined
            ("لودفيج فان بيتهوفن", "", false),
            ("الفارابي", "", true), // a mononym: no entry of its own
        ],
        Norm);

    private static string N(string s) => Norm.NormalizeString(s);

    [Theory]
    [InlineData("فيودور دوستويفسكي", true)]
    [InlineData("ابو حامد", true)]
    [InlineData("ابو حامد محمد الغزالي", true)] // four words: the longest run kept
    [InlineData("حامد محمد الغزالي", true)]
    [InlineData("محمد عبده", true)]
    [InlineData("الشيخ محمد", false)] // the title is no part of the name
    [InlineData("فيودور تولستوي", false)] // two listed words, never side by side
    [InlineData("فيودور  دوستويفسكي", false)] // two spaces
    [InlineData("فيودور دوستويفسكي ", false)] // a trailing space
    [InlineData("فيودور", false)] // one word is no run
    [InlineData("لودفيج فان بيتهوفن لودفيج", false)] // not in the list
    public void RunsOfTwoToFourWordsOfAListedNameAreKnown(string words, bool listed)
        => Assert.Equal(listed, Index().IsPartOfListedName(words.Contains("  ", StringComparison.Ordinal) || words.EndsWith(' ') ? words : N(words)));

    [Fact]
    public void WordsAreCountedOncePerListedName()
    {
        var index = Index();
        Assert.Equal(1, index.FirstWordCount(N("ليو"))); // the repeated name counts once
        Assert.Equal(1, index.AnyWordCount(N("تولستوي")));
        Assert.Equal(2, index.AnyWordCount(N("محمد"))); // in two names
        Assert.Equal(1, index.FirstWordCount(N("محمد"))); // first in one name (after the title), third in the other
        Assert.Equal(1, index.FirstWordCount("ابو")); // the joined kunya's first part
        Assert.Equal(0, index.AnyWordCount(N("الشيخ"))); // a title is set aside
        Assert.Equal(0, index.AnyWordCount(N("الفارابي"))); // a one-word name is not indexed as a name
        Assert.Equal(0, index.AnyWordCount("غير"));
    }

    [Fact]
    public void NamesAreFoundByTheirParts()
    {
        var index = Index();
        var tolstoy = Assert.Single(index.WithFamily(N("تولستوي")));
        Assert.Equal(("ليو تولستوي", "Leo Tolstoy", N("ليو")), (tolstoy.Name, tolstoy.NameEn, tolstoy.Given));
        Assert.Equal(N("الغزالي"), Assert.Single(index.WithGiven(N("أبو حامد"))).Family);
        Assert.Equal(N("عبده"), Assert.Single(index.WithGiven(N("محمد"))).Family);
        Assert.False(Assert.Single(index.WithFamily(N("بيتهوفن"))).Famous); // "فان بيتهوفن" is also found as "بيتهوفن"
        Assert.Empty(index.WithGiven(N("الشيخ")));
    }
}
