using System.Collections.Immutable;
using CsCheck;
using Tarikh.Core.Checks;
using Tarikh.Core.Normalization;
using Tarikh.Core.Time.Lexicon;
using Xunit;

namespace Tarikh.Core.Tests.Pipeline;

/// <summary>
/// The lexicons every process builds at start (docs/benchmarks.md, "Round 5 (18)"): what they allocate, and that the
/// loops that replaced LINQ there keep the order the rules rely on.
/// </summary>
public class StartupLoadingTests
{
    [Fact]
    public void TheTimeLexiconLoadsWithoutATablePerPhrase()
    {
        // Warm first (type initializers, the default tokenizer): the second load counts the lexicon's own allocations.
        var first = TimeLexicon.LoadEmbedded();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var second = TimeLexicon.LoadEmbedded();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(first.EntryCount, second.EntryCount);
        Assert.True(first.EntryCount > 500);

        // A 64 KB string-pool table rented per phrase and never returned made this ≈ 61 MB.
        Assert.True(allocated < 8_000_000, $"time lexicon load allocated {allocated:N0} bytes");
    }

    [Fact]
    public void APhraseKeyIsTheNormsOfItsTokens()
    {
        Assert.Equal(["نيسان", "/", "ابريل"], TimeLexicon.KeyOf("نيسان/ أبريل"));
        Assert.Empty(TimeLexicon.KeyOf("   "));
    }

    [Fact]
    public void KnownPersonsAreOrderedByFamilyLengthLongestFirstAndStable()
    {
        var people = Gen.Select(Gen.Int[1, 4], Gen.Int[0, 1000]).Array[0, 12];
        people.Sample(rows =>
        {
            var list = rows.Select((r, i) => new FamousPerson("g" + i, [.. Enumerable.Repeat("f", r.Item1)], "n" + r.Item2, null, null)).ToList();
            var expected = list.OrderByDescending(p => p.Family.Length).ToList();
            var actual = CheckLexicon.LongestFamilyFirst(list);
            Assert.Equal(expected.Select(p => p.Given), actual.Select(p => p.Given));
        });
    }

    [Fact]
    public void CuesByFirstWordKeepTheirOrderInTheCategory()
    {
        var lexicon = CheckLexicon.Default;
        var checkedAny = false;
        foreach (var category in lexicon.CueCategories)
        {
            var cues = lexicon.Cues(category);
            foreach (var group in cues.Select((p, order) => (Order: order, Phrase: p)).Where(x => !x.Phrase.Tokens.IsDefaultOrEmpty).GroupBy(x => x.Phrase.Tokens[0], StringComparer.Ordinal))
            {
                var indexed = lexicon.CuesStartingWith(category, group.Key).ToArray();
                Assert.Equal(group.Select(x => x.Order), indexed.Select(x => x.Order));
                Assert.All(indexed, x => Assert.Same(cues[x.Order], x.Phrase));
                checkedAny = true;
            }

            Assert.True(lexicon.CuesStartingWith(category, "كلمةليستفيالمعجم").IsEmpty);
        }

        Assert.True(checkedAny);
    }
}
