using CsCheck;
using Tarikh.Core.Entities;
using Tarikh.Core.Entities.Tagging;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

/// <summary>
/// The tagger's compact feature table (sparse and dense rows behind one 64-bit slot per key) must add exactly what the
/// dense <c>rows × labels</c> array it replaced added, bit for bit, so the same model file tags the same way.
/// </summary>
public class FeatureTableTests
{
    private const int L = NerLabels.InternalCount;

    [Fact]
    public void AddsTheSameSumsAsTheDenseRowsBitForBit()
    {
        // Rows with 0 to 17 non-zero weights (both sides of the sparse/dense cut), some -0.0 and zero weights, keys
        // that collide in the table's slots (small keys) and keys that are absent; then random feature lists.
        var weight = Gen.OneOf(Gen.Const(0f), Gen.Const(-0f), Gen.Float[-8f, 8f], Gen.Float[-1e-6f, 1e-6f]);
        var row = Gen.Select(Gen.Int[0, L], weight.Array[L]).Select((k, w) =>
        {
            for (var l = k; l < L; l++)
            {
                w[l] = 0;
            }

            return w;
        });
        var rows = Gen.Select(Gen.UInt[0, 4000], row).Array[1, 300];
        var features = Gen.UInt[0, 4200].Array[0, 120].Array[1, 6];
        Gen.Select(rows, features).Sample((table, sentences) =>
        {
            var index = new Dictionary<uint, int>();
            var dense = new List<float>();
            foreach (var (key, w) in table)
            {
                if (!index.TryGetValue(key, out var r))
                {
                    r = index.Count;
                    index[key] = r;
                    dense.AddRange(new float[L]);
                }

                for (var l = 0; l < L; l++)
                {
                    dense[(r * L) + l] = w[l];
                }
            }

            var weights = dense.ToArray();
            var compact = FeatureTable.FromDense(index, index.Count, weights, L);
            Assert.Equal(index.Count, compact.Count);
            foreach (var keys in sentences)
            {
                var expected = new float[L];
                var actual = new float[L];
                foreach (var key in keys)
                {
                    compact.Prefetch(key);
                    compact.PrefetchRow(key);
                    var found = compact.AddTo(key, actual);
                    Assert.Equal(index.TryGetValue(key, out var r), found);
                    if (found)
                    {
                        for (var l = 0; l < L; l++)
                        {
                            expected[l] += weights[(r * L) + l];
                        }
                    }
                }

                for (var l = 0; l < L; l++)
                {
                    Assert.Equal(BitConverter.SingleToInt32Bits(expected[l]) & int.MaxValue, BitConverter.SingleToInt32Bits(actual[l]) & int.MaxValue);
                    Assert.True(expected[l] == actual[l]);
                }
            }
        });
    }

    [Fact]
    public void EntriesGiveBackEveryRowAsStored()
    {
        var index = new Dictionary<uint, int> { [7] = 0, [0] = 1, [uint.MaxValue] = 2 };
        var weights = new float[3 * L];
        weights[3] = 1.5f; // row 0: one weight (sparse)
        for (var l = 0; l < L; l++)
        {
            weights[L + l] = l - 8; // row 1: sixteen non-zero weights (dense); key 0 is a valid key
        }

        var table = FeatureTable.FromDense(index, 3, weights, L);
        var entries = table.Entries(L).ToDictionary(e => e.Key, e => e.Weights);
        Assert.Equal(3, entries.Count);
        Assert.Equal(weights.AsSpan(0, L).ToArray(), entries[7]);
        Assert.Equal(weights.AsSpan(L, L).ToArray(), entries[0]);
        Assert.Equal(new float[L], entries[uint.MaxValue]);
        Assert.False(table.AddTo(8, new float[L]));
    }

    [Fact]
    public void TheCommittedModelSavesBackToTheSameBytes()
    {
        // Load → save → load → save: the table keeps every weight of the file, so both saves are identical.
        var model = EntityResources.LoadDefault().Tagger.Model;
        using var first = new MemoryStream();
        model.Save(first);
        first.Position = 0;
        var copy = NerModel.Load(first);
        using var second = new MemoryStream();
        copy.Save(second);
        Assert.Equal(model.FeatureCount, copy.FeatureCount);
        Assert.True(first.ToArray().AsSpan().SequenceEqual(second.ToArray()));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(16)]
    public void TaggingAllocatesNothingPerToken(int repeats)
    {
        // Counting, not timing: the features, scores and Viterbi tables are pooled or on the stack, so tagging a
        // sentence allocates its label array and a few small objects per sentence — nothing per token or per feature
        // (a string per feature would be thousands of bytes for these 18 to 288 words).
        var tagger = EntityResources.LoadDefault().Tagger;
        var sentence = "ولد فلاديمير إيليتش أوليانوف في مدينة سيمبيرسك على نهر الفولغا في 22 نيسان عام 1870 لأسرة من المثقفين";
        var words = string.Join(' ', Enumerable.Repeat(sentence, repeats)).Split(' ').Select(w => NerWord.FromRaw(w)).ToArray();
        for (var i = 0; i < 50; i++)
        {
            tagger.Tag(words);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 200; i++)
        {
            tagger.Tag(words);
        }

        var perSentence = (GC.GetAllocatedBytesForCurrentThread() - before) / 200.0;
        var labels = 24 + words.Length;
        Assert.InRange(perSentence, labels, labels + 256);
    }
}
