using System.Globalization;
using System.Text;
using Tarikh.Core.Output;
using Tarikh.Core.Text;

namespace Tarikh.Core.Timeline.Export;

/// <summary>
/// The timeline as CSV (RFC 4180: comma-separated, fields quoted when they hold a comma, quote or
/// line break, quotes doubled, CRLF line ends), one row per timeline entry, UTF-8 WITH a byte-order
/// mark so that spreadsheets show the Arabic correctly. A cell that a spreadsheet would read as a
/// formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return) gets a leading
/// apostrophe, as OWASP advises against CSV injection; plain numbers and dates (<c>-0044-03-15</c>) are left as they are.
/// </summary>
public sealed class CsvExporter : IDocumentExporter
{
    /// <summary>The column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "document", "order", "date_start", "date_end", "date", "uncertain", "placement", "type", "subtype", "type_ar",
        "main_participant", "participants", "place", "trigger", "trigger_start", "trigger_end", "sentence", "confidence", "sentence_text",
    ];

    /// <inheritdoc />
    public string Format => "csv";

    /// <inheritdoc />
    public string Description => "timeline events as CSV, one row per event (UTF-8 with BOM, RFC 4180)";

    /// <inheritdoc />
    public string FileExtension => "csv";

    /// <inheritdoc />
    public string MediaType => "text/csv";

    /// <inheritdoc />
    public bool Streamable => false;

    /// <inheritdoc />
    public void Write(Stream stream, AnalyzedDocument document, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(true), leaveOpen: true);
        Write(writer, document);
    }

    /// <summary>Writes the CSV text (the caller's writer decides the encoding and BOM).</summary>
    public static void Write(TextWriter writer, AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        WriteRow(writer, Columns);
        var id = document.Id ?? document.Source.Path ?? string.Empty;
        foreach (var r in TimelineRows.Of(document))
        {
            var e = r.Event;
            WriteRow(writer,
            [
                id,
                TimelineRows.Int(r.Order + 1),
                r.Entry.Date is { } g ? GregorianInterval.Format(g.Start) : string.Empty,
                r.Entry.Date is { } h ? GregorianInterval.Format(h.End) : string.Empty,
                r.DateLabel,
                r.Entry.Uncertain ? "true" : "false",
                r.Entry.Placement,
                e.Type,
                e.Subtype ?? string.Empty,
                r.TypeArabic,
                r.Main ?? string.Empty,
                string.Join("; ", r.Participants),
                r.Place ?? string.Empty,
                e.TriggerText,
                TimelineRows.Int(e.Trigger.Start),
                TimelineRows.Int(e.Trigger.End),
                TimelineRows.Int(e.Sentence),
                e.Confidence.ToString("0.###", CultureInfo.InvariantCulture),
                r.SentenceText,
            ]);
        }

        writer.Flush();
    }

    /// <summary>Writes one RFC 4180 record ending with CRLF.</summary>
    public static void WriteRow(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Quote(Neutralize(fields[i])));
        }

        writer.Write("\r\n");
    }

    /// <summary>
    /// A field a spreadsheet would run as a formula, defused with a leading apostrophe (shown as text, not
    /// evaluated): one that starts with <c>= + - @</c>, a tab or a carriage return, unless it is a plain
    /// number or date (digits with <c>. : -</c> after an optional sign), which no spreadsheet runs as code.
    /// </summary>
    public static string Neutralize(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.Length == 0 || field[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r'))
        {
            return field;
        }

        var plainNumber = field.Length > 1 && field[0] is '+' or '-' && char.IsAsciiDigit(field[1])
            && field.AsSpan(1).IndexOfAnyExcept("0123456789.:-") < 0;
        return plainNumber ? field : "'" + field;
    }

    /// <summary>A field quoted when needed (comma, quote, CR or LF, or leading/trailing space).</summary>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var needs = field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])));
        return needs ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }

    /// <summary>Parses RFC 4180 text into records (for tests and tools).</summary>
    public static List<List<string>> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' || c == '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
