using System.Text.Json;
using Tarikh.Core.Text;

namespace Tarikh.Core.Output;

public static partial class DocumentJsonWriter
{
    private static void WriteFlags(Utf8JsonWriter w, AnalyzedDocument d)
    {
        w.WriteStartArray("flags");
        foreach (var f in d.Flags)
        {
            w.WriteStartObject();
            w.WriteString("rule", f.Rule);
            w.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
            w.WriteStartArray("spans");
            foreach (var s in f.Spans)
            {
                WriteSpan(w, d.Source, s);
            }

            w.WriteEndArray();
            w.WriteString("message_ar", f.MessageAr);
            w.WriteString("message_en", f.MessageEn);
            w.WriteStartObject("evidence");
            foreach (var (k, v) in f.Evidence)
            {
                w.WriteString(k, v);
            }

            w.WriteEndObject();
            if (!f.Claims.IsDefaultOrEmpty)
            {
                w.WriteStartArray("claims");
                foreach (var c in f.Claims)
                {
                    w.WriteNumberValue(c);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>Writes <c>diagnostics</c> (the parts of the analysis that failed and were skipped), only when there are any.</summary>
    private static void WriteDiagnostics(Utf8JsonWriter w, AnalyzedDocument d)
    {
        if (d.Diagnostics.IsDefaultOrEmpty)
        {
            return;
        }

        w.WriteStartArray("diagnostics");
        foreach (var x in d.Diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("stage", x.Stage);
            w.WriteString("component", x.Component);
            w.WriteString("error", x.Error);
            w.WriteString("message_ar", x.MessageAr);
            w.WriteString("message_en", x.MessageEn);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
