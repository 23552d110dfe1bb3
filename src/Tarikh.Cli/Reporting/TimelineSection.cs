using Spectre.Console;
using Tarikh.Core.Text;
using Tarikh.Core.Timeline;
using Tarikh.Core.Timeline.Export;

namespace Tarikh.Cli.Reporting;

/// <summary>
/// The timeline as a table: date (ranges for uncertain dates, "undated" for events placed by
/// narrative order), type, who, where, and the trigger in its context. Arabic cells are laid out
/// for the terminal by <see cref="ReportContext.Line"/>.
/// </summary>
public sealed class TimelineSection : ITextReportSection
{
    /// <inheritdoc />
    public string Name => "timeline";

    /// <inheritdoc />
    public void Render(ReportContext context)
    {
        var d = context.Document;
        if (!d.Has(Layer.Events))
        {
            return;
        }

        var rows = TimelineRows.Of(d);
        context.Console.Write(new Rule($"[bold]Timeline / الخط الزمني ({rows.Length})[/]") { Justification = Justify.Left });
        if (rows.Length == 0)
        {
            context.Console.MarkupLine("  none / لا شيء");
            return;
        }

        var width = context.Options.Width;
        var whoWidth = Math.Clamp(width / 6, 10, 24);
        var placeWidth = Math.Clamp(width / 9, 8, 16);
        var textWidth = Math.Max(16, width - whoWidth - placeWidth - 58);
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(new TableColumn("#").RightAligned().NoWrap())
            .AddColumn(new TableColumn("date").NoWrap())
            .AddColumn(new TableColumn("type").NoWrap())
            .AddColumn(new TableColumn("who / من").NoWrap())
            .AddColumn(new TableColumn("where").NoWrap())
            .AddColumn(new TableColumn("evidence / الشاهد").NoWrap());
        foreach (var r in rows)
        {
            string date;
            if (r.Entry.Date is null)
            {
                date = "[grey](undated)[/]";
            }
            else
            {
                var label = Markup.Escape(r.DateLabel);
                var narrative = r.Event.DateSource == Core.Events.EventDateSources.Narrative ? "[grey]*[/]" : string.Empty;
                date = r.Entry.Uncertain ? $"[italic]~{label}[/]{narrative}" : label;
            }

            table.AddRow(
                (r.Order + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                date,
                Markup.Escape(r.Event.Type),
                r.Main is null ? "-" : context.Line(r.Main, whoWidth),
                r.Place is null ? "-" : context.Line(r.Place, placeWidth),
                context.Line(Context(d, r), textWidth));
        }

        context.Console.Write(table);
        var undated = rows.Count(r => r.Entry.Placement == TimelinePlacements.Narrative);
        if (undated > 0)
        {
            context.Console.MarkupLine($"  [grey]{undated} undated event(s) placed by narrative order / {undated} حدثاً بلا تاريخ رُتّبت حسب ورودها في النص[/]");
        }

        context.Console.MarkupLine("  [grey]~ uncertain (range, approximate) / تاريخ تقريبي · * date from the narrative / تاريخ مستنتج من السياق[/]");
        if (context.Options.Details)
        {
            RenderDetails(context, rows);
        }
    }

    /// <summary>Each entry in full: nothing cut, long values wrapped to the width under their label.</summary>
    private static void RenderDetails(ReportContext context, IReadOnlyList<TimelineRow> rows)
    {
        var d = context.Document;
        context.Console.Write(new Rule("[bold]Timeline in full / الخط الزمني مفصلاً[/]") { Justification = Justify.Left });
        const int gutter = 34;
        var width = Math.Max(20, context.Options.Width - gutter);
        foreach (var r in rows)
        {
            var date = r.Entry.Date is null ? "(undated)" : (r.Entry.Uncertain ? "~" : string.Empty) + r.DateLabel;
            context.Console.MarkupLine($"[bold]{r.Order + 1,4}. {Markup.Escape(date)}  {Markup.Escape(r.Event.Type)}[/] [grey]({Markup.Escape(r.TypeArabic)})[/]");
            Field(context, "who / من", r.Main ?? "-", width);
            Field(context, "participants / المشاركون", r.Participants.IsDefaultOrEmpty ? "-" : string.Join("؛ ", r.Participants), width);
            Field(context, "where / أين", r.Place ?? "-", width);
            var sentence = r.Event.Sentence >= 0 && r.Event.Sentence < d.Sentences.Length ? d.Sentences[r.Event.Sentence].Span : r.Event.Trigger;
            var flags = d.Flags.Where(f => f.Spans.Any(s => s.Start < sentence.End && sentence.Start < s.End)).Select(f => $"{f.Severity.ToString().ToLowerInvariant()} {f.Rule}").Distinct().ToList();
            Field(context, "flags / التنبيهات", flags.Count == 0 ? "-" : string.Join(", ", flags), width);
            Field(context, "evidence / الشاهد", r.SentenceText, width);
        }
    }

    private static void Field(ReportContext context, string label, string value, int width)
    {
        var lines = context.Lines(value, width);
        for (var i = 0; i < lines.Count; i++)
        {
            context.Console.MarkupLine($"      [grey]{Markup.Escape(i == 0 ? label : string.Empty),-28}[/]{lines[i]}");
        }
    }

    /// <summary>A window of the sentence around the trigger.</summary>
    private static string Context(AnalyzedDocument d, TimelineRow r)
    {
        var s = r.Event.Sentence >= 0 && r.Event.Sentence < d.Sentences.Length ? d.Sentences[r.Event.Sentence].Span : r.Event.Trigger;
        var start = Math.Max(s.Start, r.Event.Trigger.Start - 20);
        var end = Math.Min(s.End, r.Event.Trigger.End + 50);
        var text = d.Source.Text[start..end].ReplaceLineEndings(" ");
        return (start > s.Start ? "…" : string.Empty) + text + (end < s.End ? "…" : string.Empty);
    }
}
