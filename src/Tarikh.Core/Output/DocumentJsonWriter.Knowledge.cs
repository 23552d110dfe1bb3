using System.Text.Json;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Text;

namespace Tarikh.Core.Output;

public static partial class DocumentJsonWriter
{
    // clusters[].kb: {"id","label","confidence"} or null; written only when the knowledge stage ran.
    private static void WriteClusterKb(Utf8JsonWriter w, AnalyzedDocument d, int cluster)
    {
        if (!d.Has(Layer.Knowledge))
        {
            return;
        }

        KbLink? link = null;
        foreach (var l in d.KbLinks)
        {
            if (l.Cluster == cluster)
            {
                link = l;
                break;
            }
        }

        if (link is null)
        {
            w.WriteNull("kb");
            return;
        }

        w.WriteStartObject("kb");
        w.WriteString("id", link.Item);
        w.WriteString("label", link.Label);
        w.WriteNumber("confidence", Math.Round(link.Confidence, 3));
        w.WriteString("reason", link.Reason);
        w.WriteEndObject();
    }

    private static void WriteVerifications(Utf8JsonWriter w, AnalyzedDocument d)
    {
        w.WriteStartArray("verifications");
        foreach (var v in d.Verifications)
        {
            w.WriteStartObject();
            if (v.Claim is { } claim)
            {
                w.WriteNumber("claim", claim);
            }
            else
            {
                w.WriteNull("claim");
                WriteNullableInt(w, "cluster", v.Cluster);
                if (v.Event is { } ev)
                {
                    w.WriteNumber("event", ev);
                }

                WriteNullableInt(w, "timex", v.Timex);
                if (v.Place is { } place)
                {
                    w.WriteNumber("place", place);
                }
            }

            WriteNullableString(w, "property", v.Property);
            w.WriteString("verdict", v.Verdict);
            if (v.Kb is { } kb)
            {
                w.WriteStartObject("kb");
                w.WriteString("item", kb.Item);
                w.WriteString("property", kb.Property);
                WriteNullableString(w, "statement", kb.Statement);
                WriteNullableString(w, "value", kb.Value);
                if (kb.ValueLabel is not null)
                {
                    w.WriteString("value_label", kb.ValueLabel);
                }

                WriteNullableString(w, "calendar", kb.Calendar);
                WriteNullableString(w, "precision", kb.Precision);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("kb");
            }

            if (v.Note is not null)
            {
                w.WriteString("note", v.Note);
                if (v.NoteAr is not null)
                {
                    w.WriteString("note_ar", v.NoteAr);
                }
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
