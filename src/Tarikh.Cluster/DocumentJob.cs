using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Tarikh.Core.Input;

namespace Tarikh.Cluster;

/// <summary>
/// One document to analyze, as it travels on the queue: its text (with its format), or a path that the
/// workers can read (a shared folder). The body of a queue message is this record as JSON:
/// <c>{"id": string, "text"?: string, "path"?: string, "format"?: "auto"|"text"|"html", "reference_date"?: "YYYY-MM-DD"}</c>.
/// </summary>
/// <param name="Id">The job's id: a batch line's id or the file path (recorded as the document's source).</param>
/// <param name="Text">The text, or null for a path job.</param>
/// <param name="Path">A path readable by the workers, or null for a text job.</param>
/// <param name="Format">How to read the text (HTML is reduced to its readable text by the worker).</param>
/// <param name="ReferenceDate">The date "today" refers to, or null.</param>
public sealed record DocumentJob(string Id, string? Text, string? Path, InputFormat Format = InputFormat.Auto, LocalDate? ReferenceDate = null)
{
    /// <summary>A job carrying its text.</summary>
    public static DocumentJob FromText(string id, string text, InputFormat format = InputFormat.Auto, LocalDate? referenceDate = null)
        => new(id, text ?? throw new ArgumentNullException(nameof(text)), null, format, referenceDate);

    /// <summary>A job naming a file the workers read themselves.</summary>
    public static DocumentJob FromPath(string path, LocalDate? referenceDate = null)
        => new(path, null, path ?? throw new ArgumentNullException(nameof(path)), InputOptions.FormatOfPath(path), referenceDate);

    /// <summary>The message body (UTF-8 JSON).</summary>
    public byte[] ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("id", Id);
            if (Text is not null)
            {
                w.WriteString("text", Text);
            }

            if (Path is not null)
            {
                w.WriteString("path", Path);
            }

            w.WriteString("format", Format.ToString().ToLowerInvariant());
            if (ReferenceDate is { } r)
            {
                w.WriteString("reference_date", LocalDatePattern.Iso.Format(r));
            }

            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>Reads a message body; a body that is not a job gives an error (never throws).</summary>
    public static (DocumentJob? Job, InputError? Error) Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var json = JsonDocument.ParseValue(ref reader);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
            {
                return (null, BadJob("the message has no string \"id\"", "لا تحتوي الرسالة على معرّف \"id\" نصي"));
            }

            string? text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            string? path = root.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            if (text is null == path is null)
            {
                return (null, BadJob("the message needs exactly one of \"text\" and \"path\"", "تحتاج الرسالة إلى واحد فقط من \"text\" و\"path\""));
            }

            var format = root.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String
                && Enum.TryParse<InputFormat>(f.GetString(), ignoreCase: true, out var parsedFormat) ? parsedFormat : InputFormat.Auto;
            LocalDate? reference = null;
            if (root.TryGetProperty("reference_date", out var r) && r.ValueKind == JsonValueKind.String)
            {
                var parsed = LocalDatePattern.Iso.Parse(r.GetString()!);
                if (!parsed.Success)
                {
                    return (null, BadJob("\"reference_date\" is not YYYY-MM-DD", "\"reference_date\" ليس بالصيغة YYYY-MM-DD"));
                }

                reference = parsed.Value;
            }

            return (new DocumentJob(id.GetString()!, text, path, format, reference), null);
        }
        catch (JsonException e)
        {
            return (null, BadJob("the message is not JSON: " + e.Message, "الرسالة ليست JSON: " + e.Message));
        }
    }

    private static InputError BadJob(string en, string ar) => new(InputError.BadJson, "Bad job: " + en + ".", "مهمة غير صالحة: " + ar + ".");

    /// <summary>A short description for messages.</summary>
    public override string ToString() => Path is null ? $"{Id} ({Encoding.UTF8.GetByteCount(Text ?? string.Empty)} bytes)" : Path;
}
