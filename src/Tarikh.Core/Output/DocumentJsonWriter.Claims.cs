using System.Text.Json;
using Tarikh.Core.Claims;
using Tarikh.Core.Text;

namespace Tarikh.Core.Output;

public static partial class DocumentJsonWriter
{
    private static void WriteClaims(Utf8JsonWriter w, AnalyzedDocument d)
    {
        w.WriteStartArray("claims");
        foreach (var c in d.Claims)
        {
            w.WriteStartObject();
            w.WriteNumber("id", c.Id);
            w.WriteNumber("subject", c.Subject);
            w.WriteString("property", c.Property);
            WriteClaimValue(w, "value", d, c.Value);
            if (c.Time is { } time)
            {
                WriteClaimValue(w, "time", d, time);
            }

            if (c.Start is { } start)
            {
                WriteClaimValue(w, "start", d, start);
            }

            if (c.End is { } end)
            {
                WriteClaimValue(w, "end", d, end);
            }

            if (c.Place is { } place)
            {
                w.WriteNumber("place", place);
            }

            w.WriteStartArray("spans");
            foreach (var s in c.Spans)
            {
                WriteSpan(w, d.Source, s);
            }

            w.WriteEndArray();
            w.WriteString("modality", c.Modality.ToString().ToLowerInvariant());
            w.WriteNumber("confidence", Math.Round(c.Confidence, 3));
            w.WriteString("source", c.Source);
            if (c.Event is { } ev)
            {
                w.WriteNumber("event", ev);
            }

            if (c.Act is { } act)
            {
                w.WriteString("act", act);
            }

            if (c.Relation is { } relation)
            {
                w.WriteString("relation", relation);
            }

            if (c.Attribution is { } attribution)
            {
                w.WriteString("attribution", attribution);
            }

            w.WriteNumber("sentence", c.Sentence);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteClaimValue(Utf8JsonWriter w, string name, AnalyzedDocument d, ClaimValue v)
    {
        w.WriteStartObject(name);
        w.WriteString("kind", v.Kind.ToString().ToLowerInvariant());
        switch (v.Kind)
        {
            case ClaimValueKind.Time:
                WriteInterval(w, "date", v.Date);
                if (v.Timex is { } t)
                {
                    w.WriteNumber("timex", t);
                }

                if (v.Calendar is { } cal)
                {
                    w.WriteString("calendar", cal);
                }

                if (v.Precision is { } p)
                {
                    w.WriteString("precision", p);
                }

                w.WriteBoolean("approximate", v.Approximate);
                break;
            case ClaimValueKind.Entity when v.Cluster is { } cluster:
                w.WriteNumber("cluster", cluster);
                break;
            case ClaimValueKind.Quantity when v.Quantity is { } q:
                w.WriteNumber("quantity", q);
                w.WriteString("unit", "year");
                break;
        }

        if (v.Text is { } text)
        {
            w.WriteString("text", text);
        }

        w.WriteEndObject();
    }
}
