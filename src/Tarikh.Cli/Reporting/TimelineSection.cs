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
