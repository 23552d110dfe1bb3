using BenchmarkDotNet.Attributes;
using Tarikh.Core.Knowledge;
using Tarikh.Storage.Knowledge;

namespace Tarikh.Benchmarks;

/// <summary>
/// Knowledge-base import on a synthetic Wikidata dump (<see cref="SyntheticDump"/>: the real statement
/// structure, 20 languages of labels and descriptions, references, sitelinks). Single-threaded, so
/// MB/s = dump MB / mean time is per core:
/// <list type="bullet">
/// <item><c>Parse</c>: reading every line with <see cref="WikidataJsonReader"/> keeping Arabic and English and the verification properties (the import default);</item>
/// <item><c>ParseAll</c>: keeping every language and property;</item>
/// <item><c>Import</c>: the whole import into a new SQLite file with one parsing thread (parse, filter, write, index, checkpoint).</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
public class KnowledgeBenchmarks
{
    private byte[] _dump = [];
    private int[] _starts = [];
    private string _dir = "";

    /// <summary>Dump size in MB.</summary>
    public double DumpMegabytes => _dump.Length / (double)(1 << 20);

    [Params(4000)]
    public int Entities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var writer = new StringWriter();
        SyntheticDump.Write(writer, Entities);
        _dump = System.Text.Encoding.UTF8.GetBytes(writer.ToString());
        var starts = new List<int> { 0 };
        for (var i = 0; i < _dump.Length; i++)
        {
            if (_dump[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        _starts = [.. starts];
        _dir = Directory.CreateTempSubdirectory("tarikh-kb-bench-").FullName;
        Console.WriteLine($"// dump: {_dump.Length:N0} bytes ({DumpMegabytes:F2} MB), {Entities} entities, {_dump.Length / Entities:N0} bytes per entity");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    private int ParseWith(KbReadOptions options)
    {
        var n = 0;
        for (var i = 0; i + 1 < _starts.Length; i++)
        {
            var line = WikidataJsonReader.TrimLine(_dump.AsSpan(_starts[i], _starts[i + 1] - _starts[i]));
            if (line.Length > 1 && WikidataJsonReader.Read(line, options).IsSuccess)
            {
                n++;
            }
        }

        return n;
    }

    [Benchmark]
    public int Parse() => ParseWith(KbReadOptions.Default);

    [Benchmark]
    public int ParseAll() => ParseWith(KbReadOptions.All);

    [Benchmark]
    public long Import()
    {
        var path = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".db");
        using var kb = new SqliteKnowledgeBase(path);
        var result = new KbImporter(kb, KbImportOptions.Default with { Parallelism = 1 }).Import(new MemoryStream(_dump), "bench");
        return result.Stored;
    }
}
