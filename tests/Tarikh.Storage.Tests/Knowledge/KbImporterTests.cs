using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;
using ICSharpCode.SharpZipLib.BZip2;
using Tarikh.Core.Knowledge;
using Tarikh.Storage.Knowledge;
using Tarikh.Testing;

namespace Tarikh.Storage.Tests.Knowledge;

public sealed class KbImporterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tarikh-kb-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string LeninDump => SharedData.Repo("data", "kb", "lenin.json");

    private static int Entities(string path) => File.ReadLines(path).Count(l => l.TrimStart().StartsWith('{'));

    private SqliteKnowledgeBase NewKb() => new(Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".db"));

    private string Copy(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Gzip(byte[] data)
    {
        using var o = new MemoryStream();
        using (var z = new GZipStream(o, CompressionLevel.Fastest))
        {
            z.Write(data);
        }

        return o.ToArray();
    }

    private static byte[] Bzip2(byte[] data)
    {
        using var o = new MemoryStream();
        using (var z = new BZip2OutputStream(o))
        {
            z.Write(data);
        }

        return o.ToArray();
    }

    [Theory]
    [InlineData("lenin.json")]
    [InlineData("lenin.json.gz")]
    [InlineData("lenin.json.bz2")]
    public void The_full_dump_shape_imports_plain_gzip_and_bzip2(string name)
    {
        var raw = File.ReadAllBytes(LeninDump);
        var bytes = name.EndsWith(".gz", StringComparison.Ordinal) ? Gzip(raw) : name.EndsWith(".bz2", StringComparison.Ordinal) ? Bzip2(raw) : raw;
        using var kb = NewKb();
        var result = new KbImporter(kb).ImportFile(Copy(name, bytes));
        Assert.Equal(("dump", 0L), (result.Shape, result.Errors));
        Assert.Equal(Entities(LeninDump), kb.Count);
        Assert.Equal("فلاديمير لينين", kb.Get("Q1394")!.Labels["ar"]);
        Assert.Equal(KbPrecision.Day, kb.Get("Q1394")!.Best("P569").First().MainSnak.Value.Time!.Precision);
    }

    [Fact]
    public void A_wbgetentities_response_imports_every_entity_and_reports_a_missing_one()
    {
        var lines = File.ReadLines(LeninDump).Where(l => l.StartsWith('{')).Take(3).Select(l => l.TrimEnd(',')).ToList();
        var ids = lines.Select(l => WikidataJsonReader.Read(Encoding.UTF8.GetBytes(l)).Entity!.Id).ToList();
        var json = "{\"entities\":{" + string.Join(",", lines.Select((l, i) => $"\"{ids[i]}\":{l}")) + ",\"Q90099999\":{\"id\":\"Q90099999\",\"missing\":\"\"}},\"success\":1}";
        using var kb = NewKb();
        var errors = new List<KbLineError>();
        var result = new KbImporter(kb).ImportFile(Copy("Special-EntityData.json", Encoding.UTF8.GetBytes(json)), onError: errors.Add);
        Assert.Equal(("entities", 3L, 1L), (result.Shape, result.Stored, result.Errors));
        Assert.Contains("Q90099999", Assert.Single(errors).Message, StringComparison.Ordinal);
        Assert.All(ids, id => Assert.NotNull(kb.Get(id)));
    }

    [Fact]
    public void A_single_pretty_printed_entity_imports()
    {
        var line = File.ReadLines(LeninDump).First(l => l.Contains("\"Q1394\"", StringComparison.Ordinal) && l.StartsWith("{\"type\":\"item\",\"id\":\"Q1394\"", StringComparison.Ordinal)).TrimEnd(',');
        var pretty = System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse(line).RootElement, new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        using var kb = NewKb();
        var result = new KbImporter(kb).ImportFile(Copy("Q1394.json", Encoding.UTF8.GetBytes(pretty)));
        Assert.Equal(("entity", 1L), (result.Shape, result.Stored));
        Assert.Equal("Vladimir Lenin", kb.Get("Q1394")!.Labels["en"]);
    }

    [Fact]
    public void A_broken_line_is_reported_with_its_number_and_skipped()
    {
        var lines = File.ReadAllLines(LeninDump).ToList();
        lines.Insert(3, "{\"type\":\"item\",\"id\":\"Q90099998\",\"labels\":{\"ar\":{\"language\":\"ar\",\"value\":\"مقطوع");
        using var kb = NewKb();
        var errors = new List<KbLineError>();
        var result = new KbImporter(kb).ImportFile(Copy("broken.json", Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n")), onError: errors.Add);
        Assert.Equal(4, Assert.Single(errors).Line);
        Assert.Equal(1, result.Errors);
        Assert.Equal(Entities(LeninDump), kb.Count);
        Assert.Null(kb.Get("Q90099998"));
    }

    [Fact]
    public void Filters_keep_only_the_asked_languages_types_and_ids()
    {
        using var kb = NewKb();
        var options = new KbImportOptions(new KbReadOptions(FrozenSet.ToFrozenSet(["ar"]), KbReadOptions.VerificationProperties), Types: new HashSet<KbType> { KbType.Human });
        new KbImporter(kb, options).ImportFile(LeninDump);
        Assert.NotNull(kb.Get("Q1394"));
        Assert.Null(kb.Get("Q649")); // Moscow: a place
        Assert.False(kb.Get("Q1394")!.Labels.ContainsKey("en"));

        using var byId = NewKb();
        new KbImporter(byId, KbImportOptions.Default with { Ids = new HashSet<string> { "Q649", "Q84" } }).ImportFile(LeninDump);
        Assert.Equal(2, byId.Count);
    }

    /// <summary>A stream that fails after a number of bytes, as a dropped disk or a killed download does.</summary>
    private sealed class FailingStream(Stream inner, long failAfter) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_read >= failAfter)
            {
                throw new IOException("simulated failure");
            }

            var n = inner.Read(buffer, offset, (int)Math.Min(count, failAfter - _read));
            _read += n;
            return n;
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_interrupted_import_resumes_after_its_last_committed_batch(bool gzip)
    {
        var dump = new StringWriter();
        SyntheticDump.Write(dump, 400);
        var raw = Encoding.UTF8.GetBytes(dump.ToString());
        var bytes = gzip ? Gzip(raw) : raw;
        using var kb = NewKb();
        var importer = new KbImporter(kb, KbImportOptions.Default with { BatchBytes = 64 * 1024 });
        var path = Copy(gzip ? "synth.json.gz" : "synth.json", bytes);
        using (var failing = new FailingStream(new MemoryStream(bytes), bytes.Length / 2))
        {
            using var s = gzip ? new GZipStream(failing, CompressionMode.Decompress) : (Stream)failing;
            Assert.Throws<IOException>(() => importer.Import(s, "synth"));
        }

        var partial = kb.Count;
        Assert.InRange(partial, 1, 399);
        using var again = gzip ? new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress) : (Stream)new MemoryStream(bytes);
        var result = importer.Import(again, "synth", seekable: gzip ? null : again);
        Assert.True(result.ResumedAtLine > 0);
        Assert.Equal(400, kb.Count);
        Assert.Equal(0, result.Errors);
        Assert.True(importer.Import(new MemoryStream(bytes), "synth").AlreadyDone);
        _ = path;
    }

    [Fact]
    public void A_synthetic_dump_has_the_real_statement_structure_and_imports_whole()
    {
        var dump = new StringWriter();
        SyntheticDump.Write(dump, 250, seed: 7);
        using var kb = NewKb();
        var result = new KbImporter(kb).ImportFile(Copy("synth.json", Encoding.UTF8.GetBytes(dump.ToString())));
        Assert.Equal((250L, 0L), (result.Stored, result.Errors));
        var human = kb.Get("Q90000002")!;
        Assert.Equal(KbType.Human, KbTypes.Of(human));
        Assert.NotEmpty(human.Best("P569"));
        Assert.All(human.Statements, s => Assert.Equal(1, s.References));
        Assert.Contains(human.Statements, s => s.Property == "P39" && s.Qualifier("P580") is not null && s.Qualifier("P582") is not null);
        Assert.Equal(KbType.Place, KbTypes.Of(kb.Get("Q90000001")!));
        Assert.True(kb.Get("Q90000001")!.Best("P571").First().MainSnak.Value.Time!.Year < 0);
    }

    [Fact]
    public void Search_ranks_whole_names_before_variants_and_parts()
    {
        using var kb = NewKb();
        new KbImporter(kb).ImportFile(LeninDump);
        var search = new KbSearch(kb);
        Assert.Equal("Q1394", search.Search("لينين")[0].Entity.Id);
        Assert.Equal("Q72", search.Search("زيوريخ")[0].Entity.Id); // transliteration variant of زيورخ
        Assert.Equal("Q1394", search.Search("Vladimir Lenin")[0].Entity.Id);
        var parts = search.Search("أوليانوف", 20);
        Assert.Contains(parts, h => h.Entity.Labels["en"] == "Dmitry Ulyanov");
    }
    [Fact]
    public void A_remembered_lookup_sees_entities_written_after_it()
    {
        using var kb = NewKb();
        var key = KbNames.Default.Key("خليل الصيداوي");
        Assert.Empty(kb.Lookup(key, KbKeyKind.Name, 10));
        var line = "{\"type\":\"item\",\"id\":\"Q90000001\",\"labels\":{\"ar\":{\"language\":\"ar\",\"value\":\"خليل الصيداوي\"}},\"claims\":{}}";
        new KbImporter(kb).Import(new MemoryStream(Encoding.UTF8.GetBytes("[\n" + line + "\n]\n")), "one");
        Assert.Equal(["Q90000001"], kb.Lookup(key, KbKeyKind.Name, 10));
        Assert.Same(kb.Lookup(key, KbKeyKind.Name, 10), kb.Lookup(key, KbKeyKind.Name, 10));
    }
}
