using Tarikh.Core.Text;

namespace Tarikh.Core.Output;

/// <summary>What an exporter includes (exporters ignore what does not apply to them).</summary>
/// <param name="Json">Options of the tarikh/1 JSON (text, tokens, indentation).</param>
public sealed record ExportOptions(JsonOutputOptions Json)
{
    /// <summary>The defaults: compact JSON without text or tokens.</summary>
    public static ExportOptions Default { get; } = new(new JsonOutputOptions());
}

/// <summary>
/// Writes an analyzed document in one output format (<c>json</c>, <c>jsonl</c>, <c>timeml</c>, <c>csv</c>…).
/// Implementations are stateless and thread-safe. Register a new one in <see cref="DocumentExporters.Default"/>.
/// </summary>
public interface IDocumentExporter
{
    /// <summary>The format name used on the command line (<c>--format NAME</c>), lower case.</summary>
    string Format { get; }

    /// <summary>A one-line description shown in help.</summary>
    string Description { get; }

    /// <summary>The file extension (without a dot) of a file in this format.</summary>
    string FileExtension { get; }

    /// <summary>The media type (<c>application/json</c>…), for HTTP responses.</summary>
    string MediaType { get; }

    /// <summary>
    /// True when several documents can be written one after another into one stream and read back
    /// (JSON Lines, CSV rows); false when each document needs its own file (one JSON object, one HTML page).
    /// </summary>
    bool Streamable { get; }

    /// <summary>Writes one document (UTF-8, no BOM). A streamable format ends its record with a line break.</summary>
    void Write(Stream stream, AnalyzedDocument document, ExportOptions options);
}
