using CsCheck;
using Tarikh.Core.Entities;
using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Normalization;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

/// <summary>
/// The helpers that replaced string building on the entity stage's hot paths (issue #18) answer as the string
/// building did: word lists compared without joining them, a phrase's gazetteer key built in a buffer, a word
/// normalized through a stack buffer (and a long text through a pooled one).
/// </summary>
public class AllocationFreeHelpersTests
{
    private static readonly string[] Pieces = ["", " ", "ال", "لينين", "فلاديمير", "ا", "ب ج", "  "];

    [Fact]
    public void WordListsAreEqualExactlyWhenTheirJoinedStringsAre()
    {
        var words = Gen.Int[0, Pieces.Length - 1].Array[0, 4].Select(ix => ix.Select(i => Pieces[i]).ToArray());
        Gen.Select(words, words).Sample((a, b) =>
            Assert.Equal(string.Join(' ', a) == string.Join(' ', b), WordLists.SameJoined(a, b)), iter: 20_000);
    }

    [Fact]
    public void SameJoinedSeesADifferenceInsideAWordAndAtTheBoundaries()
    {
        Assert.True(WordLists.SameJoined(["فلاديمير", "لينين"], ["فلاديمير", "لينين"]));
        Assert.False(WordLists.SameJoined(["فلاديمير", "لينين"], ["فلاديمير", "لينبن"]));
        Assert.False(WordLists.SameJoined(["فلاديمير", "لينين"], ["فلاديميرلينين"]));
        Assert.True(WordLists.SameJoined(["ب ج"], ["ب", "ج"])); // as the joined keys compared before
    }

    [Fact]
    public void NormalizingATextIsNormalizingItsPiecesOneAfterTheOther()
    {
        // Short texts go through a stack buffer, long ones (over 256 characters) through a pooled array.
        var normalizer = ArabicNormalizer.Default;
        var chars = Gen.OneOf(Gen.Char['\u0600', '\u06FF'], Gen.Char['\uFB50', '\uFEFF'], Gen.Char[' ', '~']);
        Gen.Select(chars.Array[0, 300].Select(c => new string(c)), chars.Array[0, 300].Select(c => new string(c))).Sample((a, b) =>
            Assert.Equal(normalizer.NormalizeString(a) + normalizer.NormalizeString(b), normalizer.NormalizeString(a + b)), iter: 3_000);
    }

    [Fact]
    public void NormalizingRemovesMarksAndFoldsLetters()
    {
        Assert.Equal("لينين", ArabicNormalizer.Default.NormalizeString("لِينِين"));
        Assert.Equal(ArabicNormalizer.Default.NormalizeString("القاهرة"), ArabicNormalizer.Default.NormalizeString("القاهـــرة"));
    }

    [Fact]
    public void APlaceKindIsFoundWhateverTheSpacesAndMarksAroundItsWords()
    {
        var places = NerLexicon.LoadDefault().Places;
        var kind = places.KindOf("القاهرة");
        Assert.NotNull(kind);
        Assert.Equal(kind, places.KindOf("  القَاهرة "));
        Assert.Null(places.KindOf("كلمة لا تسمي مكانا"));
        Assert.Null(places.KindOf(string.Concat(Enumerable.Repeat("القاهرة ", 60)))); // longer than the stack buffer
    }
}
