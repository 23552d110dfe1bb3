using CsCheck;
using Tarikh.Core.Segmentation;
using Xunit;

namespace Tarikh.Core.Tests.Segmentation;

/// <summary>The per-document string pool and the Arabic-letter table behind the tokenizer.</summary>
public class StringPoolTests
{
    [Fact]
    public void EqualWordsShareOneInstance()
    {
        var pool = new StringPool();
        var first = pool.Get("الثورة".AsSpan());
        var second = pool.Get("في الثورة".AsSpan(3));
        Assert.Same(first, second);
        Assert.Equal(1, pool.Count);
    }

    [Fact]
    public void TheCliticAnalysisIsKeptWithTheWord()
    {
        var pool = new StringPool();
        var plain = pool.Get("والثوره".AsSpan());
        var (text, clitics, prefix) = pool.GetAnalyzed("والثوره".AsSpan(), CliticAnalyzer.Default);
        Assert.Same(plain, text);
        Assert.Equal(Proclitics.Wa | Proclitics.Al, clitics);
        Assert.Equal(3, prefix);
    }

    [Fact]
    public void PoolsHoldEveryDistinctStringThroughGrowth()
    {
        Gen.String[Gen.Char['\u0621', '\u064A'], 0, 8].Array[0, 3000].Sample(words =>
        {
            var pool = new StringPool(capacity: 4);
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var w in words)
            {
                var pooled = pool.Get(w.AsSpan());
                Assert.Equal(w, pooled);
                if (seen.TryGetValue(w, out var earlier))
                {
                    Assert.Same(earlier, pooled);
                }
                else
                {
                    seen[w] = pooled;
                }
            }

            Assert.Equal(seen.Count, pool.Count);
            foreach (var (w, pooled) in seen)
            {
                Assert.Same(pooled, pool.Get(w.AsSpan()));
            }
        }, iter: 200);
    }

    [Fact]
    public void CommonWordsComeFromTheTokenizerPoolWithTheSameAnalysis()
    {
        var normalized = Tarikh.Core.Normalization.ArabicNormalizer.Default.Normalize("وفي عام 1917 عاد إلى روسيا والتقى بالعمال في المصانع وبالقاهرة");
        var range = new Tarikh.Core.Text.TextSpan(0, normalized.Length);
        var tokenizer = Tokenizer.Default;
        var withCommon = new Token[tokenizer.Count(normalized, range)];
        var plain = new Token[withCommon.Length];
        tokenizer.Tokenize(normalized, range, 0, withCommon, tokenizer.CreatePool(16));
        tokenizer.Tokenize(normalized, range, 0, plain, new StringPool(16));
        Assert.Equal(plain, withCommon);

        // Two documents share the string of a common word ("في").
        var again = new Token[withCommon.Length];
        tokenizer.Tokenize(normalized, range, 0, again, tokenizer.CreatePool(16));
        var fi = Array.FindIndex(withCommon, t => t.Norm == "في");
        Assert.Same(withCommon[fi].Norm, again[fi].Norm);
    }

    [Fact]
    public void TheArabicLetterTableAgreesWithItsDefinition()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(CharClass.IsArabicLetterSlow((char)c), CharClass.IsArabicLetter((char)c));
        }
    }
}
