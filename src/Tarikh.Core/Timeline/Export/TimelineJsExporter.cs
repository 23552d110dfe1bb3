using System.Text.Encodings.Web;
using System.Text.Json;
using Tarikh.Core.Output;
using Tarikh.Core.Text;

namespace Tarikh.Core.Timeline.Export;

/// <summary>
/// The timeline in TimelineJS3 JSON (<c>{"title":{…},"events":[{"start_date":{"year","month","day"},
/// "end_date"?,"text":{"headline","text"},"group","unique_id"}]}</c>), loadable by TimelineJS as is.
/// Only dated entries are written (TimelineJS needs a start date); the date's granularity decides
/// which of month and day are given; ranges get an <c>end_date</c>.
/// </summary>
public sealed class TimelineJsExporter : IDocumentExporter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <inheritdoc />
    public string Format => "timelinejs";

    /// <inheritdoc />
    public string Description => "TimelineJS3 JSON (title + dated events), loadable by TimelineJS";

    /// <inheritdoc />
    public string FileExtension => "json";

    /// <inheritdoc />
    public string MediaType => "application/json";

    /// <inheritdoc />
    public bool Streamable => false;

    /// <inheritdoc />
    public void Write(Stream stream, AnalyzedDocument document, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(document);
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            Write(w, document);
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>Writes the TimelineJS object.</summary>
    public static void Write(Utf8JsonWriter w, AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(document);
        var rows = TimelineRows.Of(document);
        var subject = TimelineRows.Name(document, document.Subject);
        w.WriteStartObject();
        w.WriteStartObject("title");
        w.WriteStartObject("text");
        w.WriteString("headline", subject ?? document.Id ?? Path.GetFileName(document.Source.Path) ?? "Tarikh");
        w.WriteString("text", $"<p dir=\"rtl\">{System.Net.WebUtility.HtmlEncode(FirstLine(document))}</p><p>Tarikh — {rows.Count(r => r.Entry.Date is not null)} dated events</p>");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartArray("events");
        foreach (var r in rows)
        {
            if (r.Entry.Date is not { } g)
            {
                continue;
            }

            w.WriteStartObject();
            var granularity = TimelineRows.Granularity(g);
            WriteDate(w, "start_date", g.Start, granularity);
            if (g.Start != g.End && granularity is not ("month" or "year"))
            {
                WriteDate(w, "end_date", g.End, granularity);
            }

            if (r.Entry.Uncertain)
            {
                w.WriteString("display_date", "~ " + r.DateLabel);
            }

            w.WriteStartObject("text");
            w.WriteString("headline", r.Headline);
            var text = System.Net.WebUtility.HtmlEncode(r.SentenceText);
            w.WriteString("text", $"<p dir=\"rtl\">{text}</p><p><small>{System.Net.WebUtility.HtmlEncode(r.TypeEnglish)} · «{System.Net.WebUtility.HtmlEncode(r.Event.TriggerText)}» · {r.Event.Trigger.Start}–{r.Event.Trigger.End}</small></p>");
            w.WriteEndObject();
            w.WriteString("group", r.TypeArabic);
            w.WriteString("unique_id", "event-" + TimelineRows.Int(r.EventIndex));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, NodaTime.LocalDate date, string granularity)
    {
        w.WriteStartObject(name);
        w.WriteString("year", TimelineRows.Int(date.Year));
        if (granularity is not ("year" or "years"))
        {
            w.WriteString("month", TimelineRows.Int(date.Month));
            if (granularity is "day" or "days")
            {
                w.WriteString("day", TimelineRows.Int(date.Day));
            }
        }

        w.WriteEndObject();
    }

    private static string FirstLine(AnalyzedDocument d)
    {
        foreach (var s in d.Sentences)
        {
            if (!s.IsNoise)
            {
                return d.TextOf(s.Span);
            }
        }

        var text = d.Source.Text;
        var nl = text.IndexOf('\n', StringComparison.Ordinal);
        return nl < 0 ? text : text[..nl];
    }
}
