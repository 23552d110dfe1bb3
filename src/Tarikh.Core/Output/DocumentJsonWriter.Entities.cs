using System.Text.Json;
using Tarikh.Core.Text;

namespace Tarikh.Core.Output;

public static partial class DocumentJsonWriter
{
    private static void WriteEntities(Utf8JsonWriter w, AnalyzedDocument d)
    {
        w.WriteStartArray("entities");
        foreach (var e in d.Entities)
        {
            Spill(w);
            w.WriteStartObject();
            WriteSpanFields(w, d.Source, e.Span);
            w.WriteString("label", e.Label);
            w.WriteNumber("cluster", e.Cluster);
            w.WriteNumber("confidence", Math.Round(e.Confidence, 3));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("clusters");
        foreach (var c in d.Clusters)
        {
            Spill(w);
            w.WriteStartObject();
            w.WriteNumber("id", c.Id);
            w.WriteString("label", c.Label);
            w.WriteString("name", c.Name);
            w.WriteStartArray("mentions");
            foreach (var m in c.Mentions)
            {
                w.WriteNumberValue(m);
            }

            w.WriteEndArray();
            w.WriteStartArray("aliases");
            foreach (var a in c.Aliases)
            {
                w.WriteStringValue(a);
            }

            w.WriteEndArray();
            if (c.Kind is not null)
            {
                w.WriteString("kind", c.Kind);
            }

            if (!c.Relations.IsDefaultOrEmpty)
            {
                w.WriteStartArray("relations");
                foreach (var r in c.Relations)
                {
                    w.WriteStartObject();
                    w.WriteString("kind", r.Kind);
                    w.WriteNumber("of", r.Of);
                    w.WriteStartObject("evidence");
                    WriteSpanFields(w, d.Source, r.Evidence);
                    w.WriteEndObject();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            WriteClusterKb(w, d, c.Id);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteNullableInt(w, "subject", d.Subject);
    }
}
