using System.Text.Json;
using Tarikh.Core.Text;
using Tarikh.Core.Time;

namespace Tarikh.Core.Output;

public static partial class DocumentJsonWriter
{
    private static void WriteTimexes(Utf8JsonWriter w, AnalyzedDocument d)
    {
        w.WriteStartArray("timexes");
        foreach (var t in d.Timexes)
        {
            Spill(w);
            w.WriteStartObject();
            WriteSpanFields(w, d.Source, t.Span);
            w.WriteString("type", t.Type.ToString().ToUpperInvariant());
            WriteNullableString(w, "value", t.Value);
            WriteNullableString(w, "mod", t.Mod?.ToString().ToUpperInvariant());
            w.WriteString("calendar", t.Calendar.ToString().ToLowerInvariant());
            WriteInterval(w, "gregorian", t.Gregorian);
            w.WritePropertyName("anchor");
            if (t.Anchor is { } a)
            {
                if (a.IsReference)
                {
                    w.WriteStringValue("reference");
                }
                else if (a.Timex is { } i)
                {
                    w.WriteNumberValue(i);
                }
                else
                {
                    w.WriteNullValue();
                }
            }
            else
            {
                w.WriteNullValue();
            }

            WriteNullableInt(w, "range", t.Range);
            WriteNullableInt(w, "equivalent", t.Equivalent);
            w.WriteBoolean("valid", t.Valid);
            WriteNullableString(w, "reason", t.Reason);
            w.WriteNumber("confidence", Math.Round(t.Confidence, 3));
            WriteNullableString(w, "conversion", t.Conversion);
            if (t.StatedWeekday is { } stated && t.ActualWeekday is { } actual)
            {
                // Only when the stated weekday disagrees with the date (ISO 1 = Monday … 7 = Sunday).
                w.WriteNumber("weekday_stated", (int)stated);
                w.WriteNumber("weekday_actual", (int)actual);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>Writes <c>{"start":"YYYY-MM-DD","end":"YYYY-MM-DD"}</c> or null.</summary>
    public static void WriteInterval(Utf8JsonWriter w, string name, GregorianInterval? interval)
    {
        if (interval is { } g)
        {
            w.WriteStartObject(name);
            w.WriteString("start", GregorianInterval.Format(g.Start));
            w.WriteString("end", GregorianInterval.Format(g.End));
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>Writes a string or null.</summary>
    public static void WriteNullableString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>Writes a number or null.</summary>
    public static void WriteNullableInt(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
