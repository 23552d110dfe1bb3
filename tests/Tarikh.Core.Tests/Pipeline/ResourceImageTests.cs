using CsCheck;
using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Pipeline;
using Xunit;

namespace Tarikh.Core.Tests.Pipeline;

/// <summary>
/// Lexicon images (issue #18): a cache of the tables built from the embedded text files. Read back, an image must
/// give exactly the tables the text gives; an image that is stale, truncated, corrupt or not an image at all is
/// reported and rebuilt from the text, never used.
/// </summary>
public class ResourceImageTests
{
    private sealed class MemoryStore : IResourceImageStore
    {
        public Dictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

        public List<(string Name, ResourceImageProblem Problem)> Refused { get; } = [];

        public int Writes { get; private set; }

        public byte[]? Read(string name) => Files.TryGetValue(name, out var b) ? (byte[])b.Clone() : null;

        public void Write(string name, byte[] bytes)
        {
            Writes++;
            Files[name] = bytes;
        }

        public void Rejected(string name, ResourceImageProblem problem) => Refused.Add((name, problem));
    }

    private static void AssertSameLexicon(NerLexicon expected, NerLexicon actual)
    {
        Assert.True(expected.Places.SameTablesAs(actual.Places), "places");
        Assert.True(expected.Names.SameTablesAs(actual.Names), "names");
        Assert.True(expected.Groups.Gazetteer.SameTablesAs(actual.Groups.Gazetteer), "groups");
        Assert.Equal(expected.CueCount, actual.CueCount);
    }

    [Fact]
    public void TheNerGazetteersReadBackFromTheirImagesEqualTheOnesBuiltFromTheText()
    {
        var fromText = NerLexicon.LoadDefault();
        var store = new MemoryStore();

        var first = NerLexicon.LoadDefault(store);
        Assert.Equal(3, store.Writes);
        Assert.Equal(["ner-groups", "ner-names", "ner-places"], store.Files.Keys.Order(StringComparer.Ordinal));

        var second = NerLexicon.LoadDefault(store);
        Assert.Equal(3, store.Writes);
        Assert.Empty(store.Refused);
        AssertSameLexicon(fromText, first);
        AssertSameLexicon(fromText, second);
        Assert.True(second.Places.Count > 1000 && second.Names.Count > 10000, $"{second.Places.Count} places, {second.Names.Count} names");
    }

    [Fact]
    public void SameTablesAsTellsDifferentGazetteersApart()
    {
        var a = new Gazetteer([("دمشق", "city"), ("نهر النيل", "river")]);
        Assert.True(a.SameTablesAs(new Gazetteer([("دمشق", "city"), ("نهر النيل", "river")])));
        Assert.False(a.SameTablesAs(new Gazetteer([("دمشق", "country"), ("نهر النيل", "river")])));
        Assert.False(a.SameTablesAs(new Gazetteer([("دمشق", "city")])));
    }

    public static TheoryData<string> Damages => ["stale", "truncated", "corrupt", "garbage", "empty", "bad-structure"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void ADamagedOrForeignImageIsReportedAndRebuiltNeverUsed(string damage)
    {
        var store = new MemoryStore();
        var good = NerLexicon.LoadDefault(store);
        var image = store.Files["ner-places"];
        ResourceImage.TryOpen(image, out var payload, out _);
        (byte[] Bytes, ResourceImageProblem Problem) bad = damage switch
        {
            "stale" => (ResourceImage.Seal(payload.Span, Guid.NewGuid()), ResourceImageProblem.Stale),
            "truncated" => (image[..^100], ResourceImageProblem.Truncated),
            "corrupt" => (Flip(image, image.Length - 7), ResourceImageProblem.Corrupt),
            "garbage" => ("not an image at all, just some text"u8.ToArray(), ResourceImageProblem.NotAnImage),
            "empty" => ([], ResourceImageProblem.NotAnImage),
            _ => (ResourceImage.Seal(payload.Span[..(payload.Length / 2)]), ResourceImageProblem.Corrupt), // checksum right, content cut
        };
        store.Files["ner-places"] = bad.Bytes;

        var again = NerLexicon.LoadDefault(store);

        Assert.Equal([("ner-places", bad.Problem)], store.Refused);
        AssertSameLexicon(good, again);
        Assert.Equal(image, store.Files["ner-places"]); // rebuilt and written again, byte for byte
    }

    [Fact]
    public void AnImageOfThisBuildOpensAndItsPayloadIsReturnedWhole()
    {
        byte[] payload = [1, 2, 3, 4, 5];
        var image = ResourceImage.Seal(payload);
        Assert.True(ResourceImage.TryOpen(image, out var read, out _));
        Assert.Equal(payload, read.ToArray());
        Assert.False(ResourceImage.TryOpen(ResourceImage.Seal(payload, Guid.NewGuid()), out _, out var problem));
        Assert.Equal(ResourceImageProblem.Stale, problem);
    }

    [Fact]
    public void WithoutAStoreTheLexiconIsBuiltFromTheText()
        => AssertSameLexicon(NerLexicon.LoadDefault(), NerLexicon.LoadDefault(null));

    [Fact]
    public void AStaticTableAnswersAsADictionaryDoesBeforeAndAfterItsImage()
    {
        // Short keys over a small alphabet (Arabic letters and a space), so that lookups hit, miss and collide.
        var key = Gen.String[Gen.Char['\u0627', '\u062A'], 0, 6];
        Gen.Select(Gen.Select(key, Gen.Int[0, 50]).Array[0, 200], key.Array[0, 50]).Sample(t =>
        {
            var (entries, probes) = t;
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (k, v) in entries)
            {
                expected.TryAdd(k, v);
            }

            var table = StaticStringTable.Build(entries.Select(e => new KeyValuePair<string, int>(e.Item1, e.Item2)));
            var writer = new ImageWriter();
            table.WriteImage(writer);
            var reader = new ImageReader(writer.ToArray());
            var read = StaticStringTable.ReadImage(reader);
            Assert.True(reader.AtEnd);
            foreach (var t2 in new[] { table, read })
            {
                Assert.Equal(expected.Count, t2.Count);
                foreach (var k in expected.Keys.Concat(probes))
                {
                    Assert.Equal(expected.TryGetValue(k, out var v), t2.TryGetValue(k, out var w));
                    Assert.Equal(v, w);
                }
            }

            Assert.True(read.SameEntriesAs(table));
        });
    }

    private static byte[] Flip(byte[] bytes, int at)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] ^= 0x5A;
        return copy;
    }
}
