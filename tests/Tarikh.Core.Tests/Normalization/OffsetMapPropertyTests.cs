using CsCheck;
using Tarikh.Core.Normalization;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Normalization;

/// <summary>Properties of the normalizer's offset map on random Arabic text with harakat, tatweel and mixed digits.</summary>
public class OffsetMapPropertyTests
{
    // Letters (with alef forms, ta marbuta, alef maksura), harakat, tatweel, Eastern/Persian/ASCII digits,
    // Arabic punctuation, spaces and line breaks, Latin, invisible marks, a lam-alef ligature.
    private const string Alphabet =
        "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإٱةى" + "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670" + "\u0640\u0640"
        + "٠١٢٣٤٥٦٧٨٩" + "۰۱۲۳۴۵۶۷۸۹" + "0123456789" + "،؛؟.!:-–/()«»" + "   \n\r" + "LeninAB" + "\u200C\u200F\u00A0" + "\uFEFB";

    // Mostly bare letters over several map blocks (the compact, breakpoint map), and fully vocalized text
    // (a mark after most letters: the one-start-per-character map).
    private const string Bare = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإٱةى ";
    private const string Marks = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640";

    private static readonly Gen<string> ArabicText = Gen.OneOf(
        Gen.Char[Alphabet].Array[0, 120].Select(a => new string(a)),
        Gen.Frequency((30, Gen.Char[Bare]), (1, Gen.Char[Alphabet])).Array[0, 400].Select(a => new string(a)),
        Gen.Select(Gen.Char[Bare], Gen.Char[Marks]).Array[0, 100].Select(pairs => string.Concat(pairs.Select(p => $"{p.Item1}{p.Item2}"))));

    [Fact]
    public void SourceStartsMatchACharacterByCharacterReference()
    {
        ArabicText.Sample(text =>
        {
            var n = ArabicNormalizer.Default.Normalize(text);
            var expected = new List<int>();
            for (var i = 0; i < text.Length; i++)
            {
                // Each source character gives as many normalized characters as its own normal form has.
                var width = ArabicNormalizer.Default.NormalizeString(text.AsSpan(i, 1)).Length;
                expected.AddRange(Enumerable.Repeat(i, width));
            }

            Assert.Equal(expected.Count, n.Length);
            for (var i = 0; i < n.Length; i++)
            {
                Assert.Equal(expected[i], n.SourceStart(i));
            }
        }, iter: 2000);
    }

    [Fact]
    public void MapIsMonotoneAndEveryCharacterComesFromANonEmptySourceRange()
    {
        ArabicText.Sample(text =>
        {
            var n = ArabicNormalizer.Default.Normalize(text);
            for (var i = 0; i < n.Length; i++)
            {
                Assert.True(n.SourceStart(i) < n.SourceEnd(i), $"empty source range at {i}");
                Assert.True(n.SourceEnd(i) <= text.Length);
                if (i > 0)
                {
                    Assert.True(n.SourceStart(i) >= n.SourceStart(i - 1), $"starts decrease at {i}");
                    Assert.True(n.SourceEnd(i) >= n.SourceEnd(i - 1), $"ends decrease at {i}");
                    // Either the same source character (an expanded ligature) or the next one.
                    Assert.True(n.SourceStart(i) >= n.SourceEnd(i - 1) || n.SourceStart(i) == n.SourceStart(i - 1), $"ranges overlap at {i}");
                }
            }
        }, iter: 2000);
    }

    [Fact]
    public void NormalizedSpansRoundTripThroughTheSource()
    {
        ArabicText.Sample(text =>
        {
            var n = ArabicNormalizer.Default.Normalize(text);
            for (var a = 0; a <= n.Length; a++)
            {
                for (var b = a; b <= n.Length; b += 1 + (n.Length / 8))
                {
                    var norm = new TextSpan(a, b);
                    var source = n.ToSource(norm);
                    Assert.True(source.Start >= 0 && source.End <= text.Length && source.Start <= source.End);
                    var back = n.FromSource(source);
                    if (norm.IsEmpty)
                    {
                        // An empty position inside an expanded ligature has no source position of its own.
                        Assert.True(back.IsEmpty);
                        continue;
                    }

                    // Equal, or larger only where a ligature expanded one source character into two.
                    Assert.True(back.Contains(norm), $"{norm} -> {source} -> {back} in '{text}'");
                    if (!text.Contains('\uFEFB'))
                    {
                        Assert.Equal(norm, back);
                    }
                }
            }
        }, iter: 500);
    }

    [Fact]
    public void SourceSpansRoundTripThroughTheNormalizedText()
    {
        ArabicText.Sample(text =>
        {
            var n = ArabicNormalizer.Default.Normalize(text);
            for (var a = 0; a < text.Length; a++)
            {
                if (ArabicNormalizer.Default.IsDeleted(text[a]))
                {
                    continue;
                }

                for (var b = a + 1; b <= text.Length; b += 1 + (text.Length / 8))
                {
                    var source = new TextSpan(a, b);
                    var back = n.ToSource(n.FromSource(source));
                    // Every kept character of the span is still covered; only marks after the last letter may be added.
                    Assert.True(back.Start == a, $"{source} -> {back} in '{text}'");
                    Assert.True(back.End >= LastKeptEnd(text, a, b), $"{source} -> {back} in '{text}'");
                    Assert.True(back.End <= text.Length);
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void NormalizedTextIsTheConcatenationOfTheNormalizedSourceRanges()
    {
        ArabicText.Sample(text =>
        {
            var n = ArabicNormalizer.Default.Normalize(text);
            Assert.Equal(ArabicNormalizer.Default.NormalizeString(text), n.Text);
            for (var i = 0; i < n.Length; i++)
            {
                var piece = ArabicNormalizer.Default.NormalizeString(text.AsSpan(n.SourceStart(i), n.SourceEnd(i) - n.SourceStart(i)));
                Assert.Contains(n.Text[i], piece);
            }
        }, iter: 1000);
    }

    private static int LastKeptEnd(string text, int a, int b)
    {
        for (var i = b - 1; i >= a; i--)
        {
            if (!ArabicNormalizer.Default.IsDeleted(text[i]))
            {
                return i + 1;
            }
        }

        return a;
    }
}
