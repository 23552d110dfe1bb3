using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Tarikh.Storage.Search;

namespace Tarikh.Cli;

/// <summary>
/// The JSON the commands print themselves (outside the analysis exporters), written without run-time reflection so
/// that the native (ahead-of-time compiled) build prints the same bytes as the .NET build: search results through a
/// source-generated serializer, a knowledge-base search hit through <see cref="Utf8JsonWriter"/>.
/// </summary>
internal static class CliJson
{
    /// <summary>Search results: snake_case names, Arabic unescaped, indented.</summary>
    public static readonly CliJsonContext Search = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    });

    /// <summary>One line of <c>tarikh kb search --json</c>.</summary>
    public static string KbHit(string id, string? labelAr, string? labelEn, double score, string match, string type)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("label_ar", labelAr);
            w.WriteString("label_en", labelEn);
            w.WriteNumber("score", score);
            w.WriteString("match", match);
            w.WriteString("type", type);
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

/// <summary>Source-generated serializer for the types the CLI prints as JSON.</summary>
[JsonSerializable(typeof(SearchResults))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
