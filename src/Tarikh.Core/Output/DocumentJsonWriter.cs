using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Output;

/// <summary>
/// Writes an analyzed document as tarikh/1 JSON (documented in docs/schema.md). Every span object has
/// <c>start</c>, <c>end</c> (UTF-16, half-open) and <c>text</c> equal to the source under the span.
/// Empty arrays are always present. The layer writers live in the partial files beside this one.
/// </summary>
public static partial class DocumentJsonWriter
{
    /// <summary>The schema id written in every document.</summary>
    public const string Schema = "tarikh/1";

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };
    private static readonly JsonWriterOptions Pretty = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>Serializes a document to a string.</summary>
    public static string ToJson(AnalyzedDocument document, JsonOutputOptions? options = null)
    {
        using var stream = new MemoryStream();
        Write(stream, document, options);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Serializes a document to a stream (UTF-8, no BOM).</summary>
    public static void Write(Stream stream, AnalyzedDocument document, JsonOutputOptions? options = null)
    {
        options ??= new JsonOutputOptions();
        using var w = new Utf8JsonWriter(stream, options.Indented ? Pretty : Compact);
        Write(w, document, options);
    }

    /// <summary>Writes a document as one JSON object.</summary>
    public static void Write(Utf8JsonWriter w, AnalyzedDocument document, JsonOutputOptions options)
    {
        var src = document.Source;
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        if (document.Id is not null)
        {
            w.WriteString("id", document.Id);
        }

        w.WriteStartObject("source");
        if (src.Path is null)
        {
            w.WriteNull("path");
        }
        else
        {
            w.WriteString("path", src.Path);
        }

        w.WriteNumber("length", src.Length);
        w.WriteString("sha256", src.Sha256);
        w.WriteString("encoding", src.Encoding);
        w.WriteString("format", src.Format);
        w.WriteEndObject();
        if (document.ReferenceDate is { } reference)
        {
            w.WriteString("reference_date", GregorianInterval.Format(reference));
        }

        if (options.IncludeText || src.Format == "html")
        {
            WriteLongString(w, "text", src.Text);
        }

        WriteSentences(w, document, options.SentenceText);
        WriteNoise(w, document);
        if (options.IncludeTokens)
        {
            WriteTokens(w, document);
        }

        Spill(w);
        WriteTimexes(w, document);
        Spill(w);
        WriteEntities(w, document);
        Spill(w);
        WriteEvents(w, document);
        Spill(w);
        WriteTimeline(w, document);
        Spill(w);
        WriteClaims(w, document);
        Spill(w);
        WriteFlags(w, document);
        WriteVerifications(w, document);
        WriteDiagnostics(w, document);
        w.WriteEndObject();
        w.Flush();
    }

    /// <summary>Bytes the writer may hold before they go to the stream.</summary>
    private const int SpillBytes = 1 << 16;

    /// <summary>
    /// Hands what the writer holds to the stream once it passes <see cref="SpillBytes"/>: the output of a large
    /// document goes out as it is produced, never held whole in memory (a <see cref="Utf8JsonWriter"/> over a
    /// stream keeps everything until it is flushed). Call it between the items of long arrays.
    /// </summary>
    internal static void Spill(Utf8JsonWriter w)
    {
        if (w.BytesPending > SpillBytes)
        {
            w.Flush();
        }
    }

    /// <summary>Writes a long string property in segments, so a whole text is never escaped into one buffer.</summary>
    private static void WriteLongString(Utf8JsonWriter w, string name, string value)
    {
        const int segment = 1 << 14;
        if (value.Length <= segment)
        {
            w.WriteString(name, value);
            return;
        }

        w.WritePropertyName(name);
        for (var i = 0; i < value.Length; i += segment)
        {
            var length = Math.Min(segment, value.Length - i);
            w.WriteStringValueSegment(value.AsSpan(i, length), isFinalSegment: i + length == value.Length);
            Spill(w);
        }
    }

    /// <summary>Writes <c>"start"</c>, <c>"end"</c>, <c>"text"</c> of a span into the current object.</summary>
    public static void WriteSpanFields(Utf8JsonWriter w, SourceText source, TextSpan span)
    {
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteString("text", source.Slice(span));
    }

    /// <summary>Writes a span as an object <c>{"start","end","text"}</c>.</summary>
    public static void WriteSpan(Utf8JsonWriter w, SourceText source, TextSpan span)
    {
        w.WriteStartObject();
        WriteSpanFields(w, source, span);
        w.WriteEndObject();
    }

    /// <summary>Writes a property whose value is a span object.</summary>
    public static void WriteSpan(Utf8JsonWriter w, string name, SourceText source, TextSpan span)
    {
        w.WritePropertyName(name);
        WriteSpan(w, source, span);
    }

    private static void WriteSentences(Utf8JsonWriter w, AnalyzedDocument d, bool withText)
    {
        w.WriteStartArray("sentences");
        foreach (var s in d.Sentences)
        {
            Spill(w);
            w.WriteStartObject();
            if (withText)
            {
                WriteSpanFields(w, d.Source, s.Span);
            }
            else
            {
                w.WriteNumber("start", s.Span.Start);
                w.WriteNumber("end", s.Span.End);
            }

            w.WriteString("kind", s.Kind switch { SentenceKind.Heading => "heading", SentenceKind.ListItem => "list_item", _ => "body" });
            w.WriteBoolean("noise", s.IsNoise);
            if (s.Heading >= 0)
            {
                w.WriteNumber("heading", s.Heading);
            }
            else
            {
                w.WriteNull("heading");
            }

            w.WriteNumber("first_token", s.FirstToken);
            w.WriteNumber("token_count", s.TokenCount);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteNoise(Utf8JsonWriter w, AnalyzedDocument d)
    {
        w.WriteStartArray("noise");
        foreach (var n in d.Noise)
        {
            Spill(w);
            w.WriteStartObject();
            WriteSpanFields(w, d.Source, n.Span);
            w.WriteString("kind", n.Kind);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteTokens(Utf8JsonWriter w, AnalyzedDocument d)
    {
        w.WriteStartArray("tokens");
        var normalized = d.Normalized;
        foreach (var t in d.Tokens)
        {
            Spill(w);
            w.WriteStartObject();
            WriteSpanFields(w, d.Source, t.Span);
            w.WriteString("norm", t.Norm);
            w.WriteString("kind", t.Kind switch
            {
                TokenKind.Arabic => "arabic",
                TokenKind.Latin => "latin",
                TokenKind.Number => "number",
                TokenKind.Punctuation => "punct",
                _ => "symbol",
            });
            w.WriteNumber("sentence", t.Sentence);
            w.WriteStartArray("clitics");
            if (normalized is not null && t.Clitics != Proclitics.None)
            {
                foreach (var (kind, span) in t.CliticSpans(normalized))
                {
                    w.WriteStartObject();
                    WriteSpanFields(w, d.Source, span);
                    w.WriteString("kind", CliticName(kind));
                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
            WriteSpan(w, "base", d.Source, normalized is null ? t.Span : t.BaseSpan(normalized));
            w.WriteString("base_norm", t.Base);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>The JSON name of a proclitic.</summary>
    public static string CliticName(Proclitics kind) => kind switch
    {
        Proclitics.Wa => "wa",
        Proclitics.Fa => "fa",
        Proclitics.Bi => "bi",
        Proclitics.Li => "li",
        Proclitics.Ka => "ka",
        Proclitics.Sa => "sa",
        Proclitics.Al => "al",
        _ => "none",
    };
}
