using System.Text.Json;
using Tarikh.Core.Text;

namespace Tarikh.Core.Output;

public static partial class DocumentJsonWriter
{
    private static void WriteEvents(Utf8JsonWriter w, AnalyzedDocument d)
    {
        w.WriteStartArray("events");
        foreach (var e in d.Events)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteString("type", e.Type);
            WriteSpan(w, "trigger", d.Source, e.Trigger);
            WriteNullableInt(w, "time", e.Time);
            WriteInterval(w, "date", e.Date);
            WriteNullableInt(w, "place", e.Place);
            w.WriteStartArray("participants");
            foreach (var p in e.Participants)
            {
                w.WriteStartObject();
                w.WriteString("role", p.Role);
                w.WriteNumber("cluster", p.Cluster);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("sentence", e.Sentence);
            w.WriteNumber("confidence", Math.Round(e.Confidence, 3));
            WriteNullableString(w, "subtype", e.Subtype);
            w.WriteString("pos", e.Pos);
            WriteNullableString(w, "date_source", e.DateSource);
            w.WriteBoolean("uncertain", e.Uncertain);
            WriteNullableInt(w, "duplicate_of", e.DuplicateOf);
            w.WriteStartArray("evidence");
            foreach (var s in e.Evidence.IsDefault ? [] : e.Evidence)
            {
                WriteSpan(w, d.Source, s);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteTimeline(Utf8JsonWriter w, AnalyzedDocument d)
    {
        w.WriteStartArray("timeline");
        foreach (var t in d.Timeline)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteNumber("event", t.Event);
            WriteInterval(w, "date", t.Date);
            w.WriteBoolean("uncertain", t.Uncertain);
            w.WriteString("placement", t.Placement);
            WriteNullableInt(w, "after", t.After);
            w.WriteStartArray("evidence");
            foreach (var s in t.Evidence)
            {
                WriteSpan(w, d.Source, s);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
