using System.Collections.Immutable;
using Tarikh.Core.Text;

namespace Tarikh.Core.Output;

/// <summary>
/// The set of output formats, by name. Immutable: <see cref="With"/> returns a new registry.
/// Each helper adds its exporter to <see cref="Default"/> with one line.
/// </summary>
public sealed class DocumentExporters
{
    private readonly ImmutableSortedDictionary<string, IDocumentExporter> _byFormat;

    private DocumentExporters(ImmutableSortedDictionary<string, IDocumentExporter> byFormat) => _byFormat = byFormat;

    /// <summary>The built-in formats.</summary>
    public static DocumentExporters Default { get; } = Empty
        .With(new JsonDocumentExporter())
        .With(new JsonLinesDocumentExporter())
        .With(new Timeline.Export.TimeMLExporter())
        .With(new Timeline.Export.TimelineJsExporter())
        .With(new Timeline.Export.CsvExporter())
        .With(new Timeline.Export.HtmlExporter());

    /// <summary>A registry with no formats.</summary>
    public static DocumentExporters Empty => new(ImmutableSortedDictionary.Create<string, IDocumentExporter>(StringComparer.Ordinal));

    /// <summary>The format names, sorted.</summary>
    public IEnumerable<string> Formats => _byFormat.Keys;

    /// <summary>All exporters, sorted by format name.</summary>
    public IEnumerable<IDocumentExporter> All => _byFormat.Values;

    /// <summary>A registry with one more (or a replaced) format.</summary>
    public DocumentExporters With(IDocumentExporter exporter)
    {
        ArgumentNullException.ThrowIfNull(exporter);
        return new(_byFormat.SetItem(exporter.Format, exporter));
    }

    /// <summary>The exporter of a format (case-insensitive), or null.</summary>
    public IDocumentExporter? Find(string format)
        => _byFormat.TryGetValue(format.ToLowerInvariant(), out var e) ? e : null;
}

/// <summary>One tarikh/1 JSON object (see docs/schema.md).</summary>
public sealed class JsonDocumentExporter : IDocumentExporter
{
    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public string Description => "tarikh/1 JSON, one object (docs/schema.md)";

    /// <inheritdoc />
    public string FileExtension => "json";

    /// <inheritdoc />
    public string MediaType => "application/json";

    /// <inheritdoc />
    public bool Streamable => false;

    /// <inheritdoc />
    public void Write(Stream stream, AnalyzedDocument document, ExportOptions options)
    {
        DocumentJsonWriter.Write(stream, document, options.Json);
        stream.WriteByte((byte)'\n');
    }
}

/// <summary>tarikh/1 JSON on one line (JSON Lines): several documents form a valid stream.</summary>
public sealed class JsonLinesDocumentExporter : IDocumentExporter
{
    /// <inheritdoc />
    public string Format => "jsonl";

    /// <inheritdoc />
    public string Description => "tarikh/1 JSON, one compact object per line";

    /// <inheritdoc />
    public string FileExtension => "jsonl";

    /// <inheritdoc />
    public string MediaType => "application/x-ndjson";

    /// <inheritdoc />
    public bool Streamable => true;

    /// <inheritdoc />
    public void Write(Stream stream, AnalyzedDocument document, ExportOptions options)
    {
        DocumentJsonWriter.Write(stream, document, options.Json with { Indented = false });
        stream.WriteByte((byte)'\n');
    }
}
