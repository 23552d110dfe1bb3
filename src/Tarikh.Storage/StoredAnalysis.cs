using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tarikh.Storage;

/// <summary>
/// The stored analysis JSON back in the shape <c>tarikh analyze</c> writes. The stores keep each sentence as its offsets
/// only (its text is a slice of the document's text column, about a third of the JSON otherwise); this writes the
/// <c>text</c> of every sentence back after its <c>end</c>, from the document's text, so a served document is the same
/// JSON as the analysis of its text. Documents stored before, whose sentences carry their text, pass unchanged.
/// </summary>
public static class StoredAnalysis
{
    /// <summary>The stored analysis JSON with every sentence's text written back from <paramref name="text"/>.</summary>
    /// <param name="analysisJson">The analysis JSON as stored (a tarikh/1 object).</param>
    /// <param name="text">The document's text: the column the sentences' offsets point into.</param>
    /// <returns>
    /// UTF-8 JSON; unchanged in content when the sentences already carry their text. A row that does not parse (damaged
    /// outside Tarikh) is returned as stored: the caller serves what the store holds, as before this form existed.
    /// </returns>
    public static byte[] WithSentenceTexts(string analysisJson, string text)
    {
        ArgumentNullException.ThrowIfNull(analysisJson);
        ArgumentNullException.ThrowIfNull(text);
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(analysisJson);
        }
        catch (JsonException)
        {
            return System.Text.Encoding.UTF8.GetBytes(analysisJson);
        }

        using var _ = json;
        var buffer = new ArrayBufferWriter<byte>(analysisJson.Length + text.Length * 2);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                root.WriteTo(w);
            }
            else
            {
                w.WriteStartObject();
                foreach (var p in root.EnumerateObject())
                {
                    if (p.NameEquals("sentences") && p.Value.ValueKind == JsonValueKind.Array)
                    {
                        w.WritePropertyName(p.Name);
                        WriteSentences(w, p.Value, text);
                    }
                    else
                    {
                        p.WriteTo(w);
                    }
                }

                w.WriteEndObject();
            }
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteSentences(Utf8JsonWriter w, JsonElement sentences, string text)
    {
        w.WriteStartArray();
        foreach (var s in sentences.EnumerateArray())
        {
            if (s.ValueKind != JsonValueKind.Object || s.TryGetProperty("text", out _))
            {
                s.WriteTo(w);
                continue;
            }

            var start = s.TryGetProperty("start", out var a) && a.TryGetInt32(out var sa) ? sa : -1;
            var end = s.TryGetProperty("end", out var b) && b.TryGetInt32(out var sb) ? sb : -1;
            var inText = start >= 0 && end >= start && end <= text.Length;
            w.WriteStartObject();
            foreach (var p in s.EnumerateObject())
            {
                p.WriteTo(w);
                if (inText && p.NameEquals("end"))
                {
                    w.WriteString("text", text.AsSpan(start, end - start));
                }
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
