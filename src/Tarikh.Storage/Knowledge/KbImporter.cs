using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using ICSharpCode.SharpZipLib.BZip2;
using Tarikh.Core.Knowledge;

namespace Tarikh.Storage.Knowledge;

/// <summary>What <see cref="KbImporter"/> keeps and how it works.</summary>
/// <param name="Read">Languages and properties kept.</param>
/// <param name="Types">Only entities of these types (by P31), or null for all.</param>
/// <param name="Ids">Only these ids, or null for all.</param>
/// <param name="BatchBytes">Bytes of dump lines parsed per batch (bounds memory).</param>
/// <param name="Parallelism">Threads parsing a batch.</param>
/// <param name="Resume">Resume an interrupted import of the same file from its checkpoint.</param>
/// <param name="MaxDocumentBytes">Largest <c>{"entities": …}</c> or single-entity document read whole.</param>
public sealed record KbImportOptions(
    KbReadOptions Read,
    IReadOnlySet<KbType>? Types = null,
    IReadOnlySet<string>? Ids = null,
    int BatchBytes = 8 << 20,
    int Parallelism = 0,
    bool Resume = true,
    long MaxDocumentBytes = 1L << 30)
{
    /// <summary>Arabic and English names, the verification properties, every type.</summary>
    public static KbImportOptions Default { get; } = new(KbReadOptions.Default);
}

/// <summary>Progress of an import.</summary>
/// <param name="BytesRead">Bytes of the file read (compressed bytes for .gz and .bz2).</param>
/// <param name="TotalBytes">Size of the file, or null (standard input).</param>
/// <param name="Lines">Lines read.</param>
/// <param name="Entities">Entities stored.</param>
/// <param name="Errors">Lines that did not parse.</param>
/// <param name="Elapsed">Time since the start.</param>
public sealed record KbImportProgress(long BytesRead, long? TotalBytes, long Lines, long Entities, long Errors, TimeSpan Elapsed)
{
    /// <summary>Entities stored per second.</summary>
    public double EntitiesPerSecond => Elapsed.TotalSeconds > 0 ? Entities / Elapsed.TotalSeconds : 0;

    /// <summary>Estimated time left, or null.</summary>
    public TimeSpan? Eta => TotalBytes is { } t && BytesRead > 0 && t >= BytesRead ? TimeSpan.FromSeconds(Elapsed.TotalSeconds * (t - BytesRead) / BytesRead) : null;
}

/// <summary>A line (or entity) that could not be read.</summary>
/// <param name="Line">1-based line number in the (decompressed) file; for a document shape, the entity's index.</param>
/// <param name="Message">Why.</param>
public sealed record KbLineError(long Line, string Message);

/// <summary>The result of an import.</summary>
/// <param name="Shape"><c>dump</c> (one entity per line), <c>entities</c> (<c>{"entities": …}</c>) or <c>entity</c>.</param>
/// <param name="Lines">Lines (or entities) read in this run.</param>
/// <param name="Read">Entities parsed.</param>
/// <param name="Stored">Entities stored (after filters).</param>
/// <param name="Errors">Lines that did not parse.</param>
/// <param name="ResumedAtLine">The line the run resumed after, or 0.</param>
/// <param name="AlreadyDone">True when the checkpoint says the file was fully imported before (nothing read).</param>
/// <param name="UncompressedBytes">Bytes of JSON read.</param>
/// <param name="Elapsed">Duration.</param>
public sealed record KbImportResult(string Shape, long Lines, long Read, long Stored, long Errors, long ResumedAtLine, bool AlreadyDone, long UncompressedBytes, TimeSpan Elapsed);

/// <summary>
/// Imports Wikidata JSON into a knowledge store (<see cref="SqliteKnowledgeBase"/> or <see cref="PostgresKnowledgeBase"/>): the full dump (<c>[</c>, one entity per
/// line ending with <c>,</c>, <c>]</c>) plain, gzip or bzip2, streamed in batches of bounded size and
/// parsed in parallel; <c>wbgetentities</c>/<c>Special:EntityData</c> responses (<c>{"entities": {…}}</c>)
/// and a single entity object. A line that does not parse is reported with its number and skipped. Each
/// batch is committed with a checkpoint, so an interrupted import resumes where it stopped.
/// </summary>
public sealed class KbImporter
{
    private readonly IKnowledgeStore _store;
    private readonly KbImportOptions _options;

    /// <summary>Creates an importer into a store.</summary>
    public KbImporter(IKnowledgeStore store, KbImportOptions? options = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _options = options ?? KbImportOptions.Default;
    }

    /// <summary>Opens a file, decompressing by extension (.gz, .bz2).</summary>
    public static Stream OpenDecompressed(Stream file, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return new GZipStream(file, CompressionMode.Decompress);
        }

        if (path.EndsWith(".bz2", StringComparison.OrdinalIgnoreCase))
        {
            return new BZip2InputStream(file);
        }

        return file;
    }

    /// <summary>Imports a file.</summary>
    public KbImportResult ImportFile(string path, IProgress<KbImportProgress>? progress = null, Action<KbLineError>? onError = null, CancellationToken cancellationToken = default)
    {
        var info = new FileInfo(path);
        var source = $"{info.FullName}|{info.Length}|{info.LastWriteTimeUtc.Ticks}";
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        var plain = !path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".bz2", StringComparison.OrdinalIgnoreCase);
        using var stream = OpenDecompressed(file, path);
        return Import(stream, source, () => file.Position, info.Length, plain ? file : null, progress, onError, cancellationToken);
    }

    /// <summary>
    /// Imports a stream. <paramref name="position"/> reports bytes read of the underlying file (for progress);
    /// <paramref name="seekable"/>, when given, is the uncompressed stream itself and lets a resume seek.
    /// </summary>
    public KbImportResult Import(Stream stream, string source, Func<long>? position = null, long? totalBytes = null, Stream? seekable = null,
        IProgress<KbImportProgress>? progress = null, Action<KbLineError>? onError = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var clock = Stopwatch.StartNew();
        var checkpoint = _options.Resume ? _store.Checkpoint(source) : null;
        if (checkpoint is { Done: true })
        {
            return new KbImportResult("dump", 0, 0, 0, 0, checkpoint.Line, true, 0, clock.Elapsed);
        }

        var reader = new ChunkReader(stream, _options.BatchBytes);
        if (checkpoint is { Line: > 0 })
        {
            if (seekable is { CanSeek: true })
            {
                seekable.Seek(checkpoint.Offset, SeekOrigin.Begin);
                reader.Restart(checkpoint.Offset);
            }
            else
            {
                reader.SkipTo(checkpoint.Offset);
            }
        }

        var first = reader.PeekFirstByte();
        var resumedAt = checkpoint?.Line ?? 0;
        if (resumedAt == 0 && first == (byte)'{' && !reader.FirstLineIsEntity(_options.Read))
        {
            return ImportDocument(reader, source, clock, onError, cancellationToken);
        }

        return ImportLines(reader, source, resumedAt, checkpoint?.Entities ?? 0, clock, position, totalBytes, progress, onError, cancellationToken);
    }

    private KbImportResult ImportLines(ChunkReader reader, string source, long lineBase, long storedBase, Stopwatch clock, Func<long>? position, long? totalBytes,
        IProgress<KbImportProgress>? progress, Action<KbLineError>? onError, CancellationToken cancellationToken)
    {
        long lines = 0, read = 0, stored = 0, errors = 0;
        var lastReport = TimeSpan.Zero;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = _options.Parallelism > 0 ? _options.Parallelism : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        while (reader.NextBatch(out var buffer, out var starts, out var count))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var results = new KbReadResult[count];
            Parallel.For(0, count, parallel, i =>
            {
                var line = buffer.AsSpan(starts[i], starts[i + 1] - starts[i]);
                var trimmed = WikidataJsonReader.TrimLine(line);
                if (trimmed.IsEmpty || trimmed.SequenceEqual("["u8) || trimmed.SequenceEqual("]"u8))
                {
                    return;
                }

                results[i] = WikidataJsonReader.Read(trimmed, _options.Read);
                if (!results[i].IsSuccess && results[i].Error is null)
                {
                    results[i] = new KbReadResult(null, "unreadable line");
                }
            });
            var keep = new List<KbEntity>(count);
            for (var i = 0; i < count; i++)
            {
                var r = results[i];
                if (r.Entity is { } e)
                {
                    read++;
                    if (Wanted(e))
                    {
                        keep.Add(e);
                    }
                }
                else if (r.Error is not null)
                {
                    errors++;
                    onError?.Invoke(new KbLineError(lineBase + lines + i + 1, r.Error));
                }
            }

            lines += count;
            stored += keep.Count;
            _store.Write(keep, new KbCheckpoint(source, lineBase + lines, reader.Offset, storedBase + stored, Done: false));
            if (progress is not null && clock.Elapsed - lastReport > TimeSpan.FromMilliseconds(500))
            {
                lastReport = clock.Elapsed;
                progress.Report(new KbImportProgress(position?.Invoke() ?? reader.Offset, totalBytes, lineBase + lines, storedBase + stored, errors, clock.Elapsed));
            }
        }

        _store.Write([], new KbCheckpoint(source, lineBase + lines, reader.Offset, storedBase + stored, Done: true));
        progress?.Report(new KbImportProgress(position?.Invoke() ?? reader.Offset, totalBytes, lineBase + lines, storedBase + stored, errors, clock.Elapsed));
        return new KbImportResult("dump", lines, read, stored, errors, lineBase, false, reader.Offset, clock.Elapsed);
    }

    private bool Wanted(KbEntity e)
        => (_options.Ids is null || _options.Ids.Contains(e.Id))
            && (_options.Types is null || _options.Types.Contains(KbTypes.Of(e)));

    // {"entities": {"Q1": {…}, …}} or one entity object: read whole (API responses are small).
    private KbImportResult ImportDocument(ChunkReader reader, string source, Stopwatch clock, Action<KbLineError>? onError, CancellationToken cancellationToken)
    {
        var bytes = reader.ReadAll(_options.MaxDocumentBytes);
        if (bytes is null)
        {
            onError?.Invoke(new KbLineError(1, $"the JSON document is larger than {_options.MaxDocumentBytes} bytes; use the dump shape (one entity per line)"));
            return new KbImportResult("entities", 0, 0, 0, 1, 0, false, 0, clock.Elapsed);
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            onError?.Invoke(new KbLineError((e.LineNumber ?? 0) + 1, e.Message));
            return new KbImportResult("entities", 0, 0, 0, 1, 0, false, bytes.Length, clock.Elapsed);
        }

        using (doc)
        {
            var entities = new List<KbEntity>();
            long errors = 0, count = 0;
            var shape = "entity";
            IEnumerable<JsonElement> items = [doc.RootElement];
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("entities", out var map) && map.ValueKind == JsonValueKind.Object)
            {
                shape = "entities";
                items = map.EnumerateObject().Select(p => p.Value);
            }

            foreach (var item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                count++;
                if (item.TryGetProperty("missing", out _))
                {
                    errors++;
                    onError?.Invoke(new KbLineError(count, $"entity {(item.TryGetProperty("id", out var mid) ? mid.GetString() : "?")} is missing"));
                    continue;
                }

                var r = WikidataJsonReader.Read(System.Text.Encoding.UTF8.GetBytes(item.GetRawText()), _options.Read);
                if (r.Entity is { } e)
                {
                    if (Wanted(e))
                    {
                        entities.Add(e);
                    }
                }
                else
                {
                    errors++;
                    onError?.Invoke(new KbLineError(count, r.Error ?? "unreadable entity"));
                }
            }

            _store.Write(entities, new KbCheckpoint(source, count, bytes.Length, entities.Count, Done: true));
            return new KbImportResult(shape, count, count - errors, entities.Count, errors, 0, false, bytes.Length, clock.Elapsed);
        }
    }

    /// <summary>Reads a stream in chunks of whole lines (no allocation per line).</summary>
    private sealed class ChunkReader(Stream stream, int chunkBytes)
    {
        private byte[] _buffer = new byte[Math.Max(chunkBytes, 1 << 16)];
        private int _filled;  // bytes in _buffer
        private int _start;   // first byte not yet handed out
        private bool _eof;
        private readonly List<int> _starts = [];

        /// <summary>Bytes of the stream handed out so far (the offset after the last line of the last batch).</summary>
        public long Offset { get; private set; }

        public void Restart(long offset)
        {
            Offset = offset;
            _filled = _start = 0;
        }

        public void SkipTo(long offset)
        {
            var skip = new byte[1 << 16];
            while (Offset < offset)
            {
                var n = stream.Read(skip, 0, (int)Math.Min(skip.Length, offset - Offset));
                if (n == 0)
                {
                    break;
                }

                Offset += n;
            }
        }

        private bool Fill()
        {
            if (_eof)
            {
                return false;
            }

            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _filled - _start);
                _filled -= _start;
                _start = 0;
            }

            if (_filled == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2); // a line longer than the chunk
            }

            var n = stream.Read(_buffer, _filled, _buffer.Length - _filled);
            if (n == 0)
            {
                _eof = true;
                return false;
            }

            _filled += n;
            return true;
        }

        public byte PeekFirstByte()
        {
            while (true)
            {
                for (var i = _start; i < _filled; i++)
                {
                    if (_buffer[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF))
                    {
                        return _buffer[i];
                    }
                }

                if (!Fill())
                {
                    return 0;
                }
            }
        }

        // JSON Lines of entities (no "[") begin with a line that is a whole entity.
        public bool FirstLineIsEntity(KbReadOptions options)
        {
            while (true)
            {
                var nl = Array.IndexOf(_buffer, (byte)'\n', _start, _filled - _start);
                if (nl >= 0)
                {
                    return WikidataJsonReader.Read(_buffer.AsSpan(_start, nl - _start), options).IsSuccess;
                }

                if (!Fill())
                {
                    return false;
                }
            }
        }

        public byte[]? ReadAll(long max)
        {
            while (Fill())
            {
                if (_filled - _start > max)
                {
                    return null;
                }
            }

            return _buffer.AsSpan(_start, _filled - _start).ToArray();
        }

        /// <summary>The next batch of whole lines: <paramref name="starts"/> has count+1 offsets into <paramref name="buffer"/> (valid until the next call).</summary>
        public bool NextBatch(out byte[] buffer, out int[] starts, out int count)
        {
            buffer = _buffer;
            starts = [];
            count = 0;
            while (!_eof && _filled - _start < _buffer.Length / 2)
            {
                Fill();
            }

            if (_filled == _start)
            {
                return false;
            }

            int end;
            while (true)
            {
                if (_eof)
                {
                    end = _filled;
                    break;
                }

                var last = Array.LastIndexOf(_buffer, (byte)'\n', _filled - 1, _filled - _start);
                if (last >= 0)
                {
                    end = last + 1;
                    break;
                }

                Fill(); // a line longer than what is buffered: read more (the buffer grows)
            }

            _starts.Clear();
            var pos = _start;
            while (pos < end)
            {
                _starts.Add(pos);
                var nl = Array.IndexOf(_buffer, (byte)'\n', pos, end - pos);
                pos = nl < 0 ? end : nl + 1;
            }

            _starts.Add(end);
            buffer = _buffer;
            starts = [.. _starts];
            count = starts.Length - 1;
            Offset += end - _start;
            _start = end;
            return true;
        }
    }
}
