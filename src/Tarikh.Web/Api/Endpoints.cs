using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tarikh.Core.Output;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Storage;
using Tarikh.Storage.Search;

namespace Tarikh.Web.Api;

/// <summary>The HTTP API: analyze, store, fetch, export and search documents.</summary>
public static class Endpoints
{
    /// <summary>The timeline formats served besides <c>json</c>, when an exporter of that name is registered.</summary>
    public static readonly IReadOnlyList<string> TimelineFormats = ["json", "timelinejs", "csv", "timeml"];

    /// <summary>Maps every endpoint.</summary>
    public static void Map(IEndpointRouteBuilder app, TarikhWebOptions options)
    {
        var api = app.MapGroup("/api");

        api.MapPost("/analyze", async (HttpContext ctx, AnalysisPipeline pipeline, string? format, bool? include_text) =>
        {
            var input = await TextInputReader.ReadAsync(ctx.Request, options.MaxRequestBytes, ctx.RequestAborted);
            if (input.Problem is not null)
            {
                return input.Problem;
            }

            var doc = pipeline.Run(input.Source!, null, input.ReferenceDate, ctx.RequestAborted);
            return Export(doc, format ?? "json", include_text ?? true);
        })
        .WithName("Analyze")
        .WithSummary("Analyze a text or HTML page and return its tarikh/1 JSON (or another export format).")
        .Accepts<AnalyzeRequest>("application/json", "text/plain", "text/html", "multipart/form-data")
        .Produces(StatusCodes.Status200OK, contentType: "application/json")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        api.MapPost("/documents", async (HttpContext ctx, AnalysisPipeline pipeline, TarikhLibrary library) =>
        {
            var input = await TextInputReader.ReadAsync(ctx.Request, options.MaxRequestBytes, ctx.RequestAborted);
            if (input.Problem is not null)
            {
                return input.Problem;
            }

            var source = input.Source!;
            var existing = await library.Store.FindAsync(source.Sha256, ctx.RequestAborted);
            IngestResult result;
            if (existing is { } id)
            {
                result = new IngestResult(id, source.Sha256, false);
            }
            else
            {
                var doc = pipeline.Run(source, null, input.ReferenceDate, ctx.RequestAborted);
                result = await library.AddAsync(doc, new DocumentMetadata(source.Path), commit: true, ctx.RequestAborted);
            }

            var body = new StoredDocumentRef(result.Id, result.Sha256, result.Created, $"/api/documents/{result.Id}");
            return result.Created ? Results.Created(body.Location, body) : Results.Ok(body);
        })
        .WithName("StoreDocument")
        .WithSummary("Analyze a document and store it in the library (a text already stored is not stored twice).")
        .Accepts<AnalyzeRequest>("application/json", "text/plain", "text/html", "multipart/form-data")
        .Produces<StoredDocumentRef>(StatusCodes.Status201Created)
        .Produces<StoredDocumentRef>(StatusCodes.Status200OK)
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        api.MapGet("/documents/{id:long}", async (long id, TarikhLibrary library, CancellationToken ct) =>
        {
            var stored = await library.Store.GetAsync(id, ct);
            return stored is null ? Problems.NotFound(id) : Results.Bytes(StoredJson(stored), "application/json; charset=utf-8");
        })
        .WithName("GetDocument")
        .WithSummary("A stored document: its text, source, ingest time and tarikh/1 analysis.")
        .Produces(StatusCodes.Status200OK, contentType: "application/json")
        .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/documents/{id:long}/timeline", async (long id, string? format, TarikhLibrary library, AnalysisPipeline pipeline, CancellationToken ct) =>
        {
            format = string.IsNullOrWhiteSpace(format) ? "json" : format.Trim().ToLowerInvariant();
            if (!TimelineFormats.Contains(format) || (format != "json" && DocumentExporters.Default.Find(format) is null))
            {
                return UnknownFormat(format);
            }

            var stored = await library.Store.GetAsync(id, ct);
            if (stored is null)
            {
                return Problems.NotFound(id);
            }

            if (format == "json")
            {
                return Results.Bytes(TimelineJson(stored), "application/json; charset=utf-8");
            }

            // Exports need the analyzed document: the analysis is deterministic, so it is run again on the stored text.
            var doc = pipeline.Run(new SourceText(stored.Text, stored.SourcePath), id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, ct);
            return Export(doc, format, includeText: false);
        })
        .WithName("GetTimeline")
        .WithSummary("The timeline of a stored document: json, or timelinejs / csv / timeml when those exporters are available.")
        .Produces(StatusCodes.Status200OK)
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/search", (string? q, string? from, string? to, string? person, string? place, string? type, string? flag, string? page, string? page_size, TarikhLibrary library) =>
        {
            if (!TryInt(page, 1, out var p))
            {
                return Problems.BadParameter("page", "bad-page", "page must be a whole number.", "يجب أن يكون رقم الصفحة عدداً صحيحاً.");
            }

            if (!TryInt(page_size, 10, out var ps))
            {
                return Problems.BadParameter("page_size", "bad-page-size", "page_size must be a whole number.", "يجب أن يكون حجم الصفحة عدداً صحيحاً.");
            }

            var outcome = library.Search(new SearchRequest(q, from, to, person, place, type, flag, p, ps));
            if (outcome.Error is { } e)
            {
                return Problems.BadParameter(e.Parameter, e.Reason, e.MessageEn, e.MessageAr);
            }

            return Results.Ok(outcome.Results);
        })
        .WithName("Search")
        .WithSummary("Search the library: words (all required, Arabic forms folded), Gregorian or Hijri (1276h) date range, person, place, event type, flag; ranked and paged.")
        .Produces<SearchResults>()
        .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/events", async (string? from, string? to, string? type, string? place, string? participant, string? limit, TarikhLibrary library, CancellationToken ct) =>
        {
            NodaTime.LocalDate? lo = null, hi = null;
            if (!string.IsNullOrWhiteSpace(from))
            {
                var r = DateBound.Parse(from, upper: false);
                if (!r.Ok)
                {
                    return Problems.BadParameter("from", r.Reason!, $"cannot read the start date '{from}' (examples: 1860, 1860-05-03, 1276h)", $"تاريخ البداية غير مفهوم: «{from}» (أمثلة: 1860، 1860-05-03، 1276h)");
                }

                lo = r.Date;
            }

            if (!string.IsNullOrWhiteSpace(to))
            {
                var r = DateBound.Parse(to, upper: true);
                if (!r.Ok)
                {
                    return Problems.BadParameter("to", r.Reason!, $"cannot read the end date '{to}' (examples: 1870, 1870-12-31, 1287h)", $"تاريخ النهاية غير مفهوم: «{to}» (أمثلة: 1870، 1870-12-31، 1287h)");
                }

                hi = r.Date;
            }

            if (!TryInt(limit, 100, out var n) || n is < 1 or > 1000)
            {
                return Problems.BadParameter("limit", "bad-limit", "limit must be a whole number between 1 and 1000.", "يجب أن يكون limit عدداً صحيحاً بين 1 و1000.");
            }

            var rows = await library.Store.QueryEventsAsync(new EventQuery(lo, hi, type, place, participant, n), ct);
            return Results.Ok(rows);
        })
        .WithName("Events")
        .WithSummary("Stored events by date overlap (Gregorian or Hijri bounds), type, place and participant: what happened where and when, and who was there.")
        .Produces<IReadOnlyList<StoredEvent>>()
        .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/formats", () => Results.Ok(new FormatsInfo(
            [.. DocumentExporters.Default.All.Select(e => new FormatInfo(e.Format, e.Description, e.MediaType, e.FileExtension))],
            [.. TimelineFormats.Where(f => f == "json" || DocumentExporters.Default.Find(f) is not null)])))
        .WithName("Formats")
        .WithSummary("The export formats this server offers.");

        api.MapGet("/health", async (TarikhLibrary library, CancellationToken ct) =>
        {
            var stats = await library.Store.StatisticsAsync(ct);
            return Results.Ok(new HealthInfo("ok", library.Store.Backend, stats.Documents));
        })
        .WithName("Health");
    }

    private static bool TryInt(string? value, int fallback, out int result)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            result = fallback;
            return true;
        }

        return int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out result);
    }

    private static IResult UnknownFormat(string format)
    {
        var available = string.Join(", ", TimelineFormats.Where(f => f == "json" || DocumentExporters.Default.Find(f) is not null));
        return Problems.BadParameter("format", "unknown-format", $"Unknown or unavailable format '{format}'; available: {available}.", $"الصيغة '{format}' غير معروفة أو غير متاحة؛ المتاح: {available}.");
    }

    private static IResult Export(AnalyzedDocument doc, string format, bool includeText)
    {
        var exporter = DocumentExporters.Default.Find(format.Trim());
        if (exporter is null)
        {
            var available = string.Join(", ", DocumentExporters.Default.Formats);
            return Problems.BadParameter("format", "unknown-format", $"Unknown format '{format}'; available: {available}.", $"الصيغة '{format}' غير معروفة؛ المتاح: {available}.");
        }

        using var stream = new MemoryStream();
        exporter.Write(stream, doc, new ExportOptions(new JsonOutputOptions(IncludeText: includeText)));
        var mediaType = exporter.MediaType.Contains("charset", StringComparison.OrdinalIgnoreCase) || !IsText(exporter.MediaType) ? exporter.MediaType : exporter.MediaType + "; charset=utf-8";
        return Results.Bytes(stream.ToArray(), mediaType);
    }

    private static bool IsText(string mediaType) =>
        mediaType.StartsWith("text/", StringComparison.Ordinal) || mediaType.Contains("json", StringComparison.Ordinal) || mediaType.Contains("xml", StringComparison.Ordinal);

    /// <summary>A stored document as JSON: id, source, ingest time, text and the analysis object.</summary>
    public static byte[] StoredJson(StoredDocument d)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("id", d.Id);
            w.WriteString("sha256", d.Sha256);
            DocumentJsonWriter.WriteNullableString(w, "source_path", d.SourcePath);
            w.WriteString("ingested_at", d.IngestedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("text", d.Text);
            w.WritePropertyName("analysis");
            w.WriteRawValue(StoredAnalysis.WithSentenceTexts(d.AnalysisJson, d.Text), skipInputValidation: true);
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>The timeline of a stored document as JSON: its events and timeline entries from the stored analysis.</summary>
    public static byte[] TimelineJson(StoredDocument d)
    {
        using var json = JsonDocument.Parse(d.AnalysisJson);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("schema", DocumentJsonWriter.Schema);
            w.WriteNumber("id", d.Id);
            foreach (var name in (string[])["events", "timeline", "timexes", "clusters"])
            {
                w.WritePropertyName(name);
                if (json.RootElement.TryGetProperty(name, out var value))
                {
                    value.WriteTo(w);
                }
                else
                {
                    w.WriteStartArray();
                    w.WriteEndArray();
                }
            }

            w.WriteEndObject();
        }

        return stream.ToArray();
    }
}

/// <summary>The JSON body of an analyze or store request.</summary>
/// <param name="Text">The text (or HTML).</param>
/// <param name="Format">text, html or auto (default).</param>
/// <param name="ReferenceDate">YYYY-MM-DD, the date "today" refers to.</param>
/// <param name="Path">Source path or URL to record.</param>
public sealed record AnalyzeRequest(string Text, string? Format, string? ReferenceDate, string? Path);

/// <summary>Where a stored document is.</summary>
public sealed record StoredDocumentRef(long Id, string Sha256, bool Created, string Location);

/// <summary>An export format.</summary>
public sealed record FormatInfo(string Format, string Description, string MediaType, string Extension);

/// <summary>The export formats.</summary>
public sealed record FormatsInfo(IReadOnlyList<FormatInfo> Document, IReadOnlyList<string> Timeline);

/// <summary>Server health.</summary>
public sealed record HealthInfo(string Status, string Backend, long Documents);
