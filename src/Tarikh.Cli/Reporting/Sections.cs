using Spectre.Console;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Cli.Reporting;

/// <summary>Title and counts.</summary>
public sealed class SummarySection : ITextReportSection
{
    /// <inheritdoc />
    public string Name => "summary";

    /// <inheritdoc />
    public void Render(ReportContext context)
    {
        var d = context.Document;
        var title = d.Id ?? d.Source.Path ?? "stdin";
        context.Console.Write(new Rule($"[bold]Tarikh — {Markup.Escape(title)}[/]") { Justification = Justify.Left });
        var table = new Table().Border(TableBorder.Simple).AddColumn("what / البيان").AddColumn(new TableColumn("count / العدد").RightAligned());
        table.AddRow("characters / المحارف", d.Source.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("encoding / الترميز", Markup.Escape($"{d.Source.Encoding} ({d.Source.Format})"));
        if (d.Has(Layer.Sentences))
        {
            var body = d.Sentences.Count(s => s.Kind == SentenceKind.Body);
            var headings = d.Sentences.Count(s => s.Kind == SentenceKind.Heading);
            var items = d.Sentences.Count(s => s.Kind == SentenceKind.ListItem);
            table.AddRow("sentences / الجمل", $"{d.Sentences.Length} ({body} body, {headings} headings, {items} list items)");
        }

        if (d.Has(Layer.Tokens))
        {
            table.AddRow("tokens / الكلمات", d.Tokens.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (d.Has(Layer.Noise))
        {
            table.AddRow("web noise lines / أسطر الضجيج", d.Noise.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        AddIf(table, d, Layer.Time, "dates and times / التعابير الزمنية", d.Timexes.Length);
        AddIf(table, d, Layer.Entities, "entity mentions / الكيانات", d.Entities.Length);
        AddIf(table, d, Layer.Events, "events / الأحداث", d.Events.Length);
        AddIf(table, d, Layer.Timeline, "timeline entries / الخط الزمني", d.Timeline.Length);
        AddIf(table, d, Layer.Checks, "flags / التنبيهات", d.Flags.Length);
        if (d.Has(Layer.Knowledge))
        {
            var supported = d.Verifications.Count(v => v.Verdict == Tarikh.Core.Knowledge.Verdicts.Supported);
            var contradicted = d.Verifications.Count(v => v.Verdict == Tarikh.Core.Knowledge.Verdicts.Contradicted);
            table.AddRow("knowledge base / قاعدة المعرفة", $"{d.KbLinks.Length} linked, {supported} supported, {contradicted} contradicted");
        }

        context.Console.Write(table);
    }

    private static void AddIf(Table table, AnalyzedDocument d, Layer layer, string label, int count)
    {
        if (d.Has(layer))
        {
            table.AddRow(label, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}

/// <summary>Every sentence with its kind; noise lines marked.</summary>
public sealed class SentencesSection : ITextReportSection
{
    /// <inheritdoc />
    public string Name => "sentences";

    /// <inheritdoc />
    public void Render(ReportContext context)
    {
        var d = context.Document;
        if (!d.Has(Layer.Sentences))
        {
            return;
        }

        context.Console.Write(new Rule("[bold]Sentences / الجمل[/]") { Justification = Justify.Left });
        const int gutter = 16;
        var width = context.Options.Width - gutter;
        for (var i = 0; i < d.Sentences.Length; i++)
        {
            var s = d.Sentences[i];
            var kind = s.IsNoise ? "noise" : s.Kind switch
            {
                SentenceKind.Heading => "heading",
                SentenceKind.ListItem => "item",
                _ => "body",
            };
            var style = s.IsNoise ? "grey" : s.Kind == SentenceKind.Heading ? "bold" : "default";
            var lines = context.Lines(d.TextOf(s.Span), width);
            for (var l = 0; l < lines.Count; l++)
            {
                var prefix = l == 0 ? $"{i + 1,5}  {kind,-8} " : new string(' ', gutter - 1);
                context.Console.MarkupLine($"[{style}]{Markup.Escape(prefix)}{lines[l]}[/]");
            }
        }
    }
}

/// <summary>The web-noise lines found.</summary>
public sealed class NoiseSection : ITextReportSection
{
    /// <inheritdoc />
    public string Name => "noise";

    /// <inheritdoc />
    public void Render(ReportContext context)
    {
        var d = context.Document;
        if (!d.Has(Layer.Noise))
        {
            return;
        }

        context.Console.Write(new Rule($"[bold]Web noise / ضجيج الويب ({d.Noise.Length})[/]") { Justification = Justify.Left });
        if (d.Noise.Length == 0)
        {
            context.Console.MarkupLine("  none / لا شيء");
            return;
        }

        foreach (var n in d.Noise)
        {
            context.Console.MarkupLine($"  {Markup.Escape(n.Kind),-10} {context.Line(d.TextOf(n.Span), context.Options.Width - 14)}");
        }
    }
}
