using System.Globalization;
using System.Text.Json;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Writes a <see cref="KbEntity"/> back in Wikidata's entity JSON (what a dump line holds, restricted to
/// what was kept), so a stored entity reads again with <see cref="WikidataJsonReader"/> and
/// <c>tarikh kb show</c> prints the shape users know. References are written as that many empty
/// reference objects (only their count is kept).
/// </summary>
public static class WikidataJsonWriter
{
    /// <summary>Serializes an entity to UTF-8 JSON.</summary>
    public static byte[] ToUtf8(KbEntity entity, bool indented = false)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(w, entity);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes an entity object.</summary>
    public static void Write(Utf8JsonWriter w, KbEntity e)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(e);
        w.WriteStartObject();
        w.WriteString("type", e.Type);
        w.WriteString("id", e.Id);
        w.WriteStartObject("labels");
        foreach (var (lang, v) in e.Labels)
        {
            WriteTerm(w, lang, lang, v);
        }

        w.WriteEndObject();
        w.WriteStartObject("descriptions");
        foreach (var (lang, v) in e.Descriptions)
        {
            WriteTerm(w, lang, lang, v);
        }

        w.WriteEndObject();
        w.WriteStartObject("aliases");
        foreach (var (lang, list) in e.Aliases)
        {
            w.WriteStartArray(lang);
            foreach (var a in list)
            {
                WriteTerm(w, null, lang, a);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteStartObject("claims");
        string? open = null;
        foreach (var s in e.Statements.OrderBy(s => s.Property, StringComparer.Ordinal))
        {
            if (s.Property != open)
            {
                if (open is not null)
                {
                    w.WriteEndArray();
                }

                w.WriteStartArray(s.Property);
                open = s.Property;
            }

            WriteStatement(w, s);
        }

        if (open is not null)
        {
            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteStartObject("sitelinks");
        if (e.ArWiki is not null)
        {
            w.WriteStartObject("arwiki");
            w.WriteString("site", "arwiki");
            w.WriteString("title", e.ArWiki);
            w.WriteStartArray("badges");
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteTerm(Utf8JsonWriter w, string? name, string lang, string value)
    {
        if (name is null)
        {
            w.WriteStartObject();
        }
        else
        {
            w.WriteStartObject(name);
        }

        w.WriteString("language", lang);
        w.WriteString("value", value);
        w.WriteEndObject();
    }

    private static void WriteStatement(Utf8JsonWriter w, KbStatement s)
    {
        w.WriteStartObject();
        w.WritePropertyName("mainsnak");
        WriteSnak(w, s.MainSnak);
        w.WriteString("type", "statement");
        if (!s.Qualifiers.IsDefaultOrEmpty)
        {
            w.WriteStartObject("qualifiers");
            foreach (var group in s.Qualifiers.GroupBy(q => q.Property))
            {
                w.WriteStartArray(group.Key);
                foreach (var q in group)
                {
                    WriteSnak(w, q);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteString("id", s.Id);
        w.WriteString("rank", s.Rank switch { KbRank.Preferred => "preferred", KbRank.Deprecated => "deprecated", _ => "normal" });
        w.WriteStartArray("references");
        for (var i = 0; i < s.References; i++)
        {
            w.WriteStartObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSnak(Utf8JsonWriter w, KbSnak snak)
    {
        w.WriteStartObject();
        var v = snak.Value;
        w.WriteString("snaktype", v.Kind switch { KbValueKind.SomeValue => "somevalue", KbValueKind.NoValue => "novalue", _ => "value" });
        w.WriteString("property", snak.Property);
        if (v.Kind is not (KbValueKind.SomeValue or KbValueKind.NoValue))
        {
            w.WriteStartObject("datavalue");
            switch (v.Kind)
            {
                case KbValueKind.Item:
                    w.WriteStartObject("value");
                    w.WriteString("entity-type", v.Item![0] == 'P' ? "property" : "item");
                    if (long.TryParse(v.Item.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                    {
                        w.WriteNumber("numeric-id", n);
                    }

                    w.WriteString("id", v.Item);
                    w.WriteEndObject();
                    w.WriteString("type", "wikibase-entityid");
                    break;
                case KbValueKind.Time:
                    var t = v.Time!;
                    w.WriteStartObject("value");
                    w.WriteString("time", t.ToWikidataString());
                    w.WriteNumber("timezone", 0);
                    w.WriteNumber("before", 0);
                    w.WriteNumber("after", 0);
                    w.WriteNumber("precision", t.Precision);
                    w.WriteString("calendarmodel", KbCalendars.EntityUri + t.Calendar);
                    w.WriteEndObject();
                    w.WriteString("type", "time");
                    break;
                case KbValueKind.Quantity:
                    w.WriteStartObject("value");
                    w.WriteString("amount", v.Text);
                    w.WriteString("unit", v.Unit is null ? "1" : KbCalendars.EntityUri + v.Unit);
                    w.WriteEndObject();
                    w.WriteString("type", "quantity");
                    break;
                case KbValueKind.Coordinate:
                    w.WriteStartObject("value");
                    w.WriteNumber("latitude", v.Latitude ?? 0);
                    w.WriteNumber("longitude", v.Longitude ?? 0);
                    w.WriteString("globe", KbCalendars.EntityUri + "Q2");
                    w.WriteEndObject();
                    w.WriteString("type", "globecoordinate");
                    break;
                default:
                    if (v.Language is not null)
                    {
                        w.WriteStartObject("value");
                        w.WriteString("text", v.Text);
                        w.WriteString("language", v.Language);
                        w.WriteEndObject();
                        w.WriteString("type", "monolingualtext");
                    }
                    else
                    {
                        w.WriteString("value", v.Text);
                        w.WriteString("type", "string");
                    }

                    break;
            }

            w.WriteEndObject();
        }

        if (snak.DataType is not null)
        {
            w.WriteString("datatype", snak.DataType);
        }

        w.WriteEndObject();
    }
}
