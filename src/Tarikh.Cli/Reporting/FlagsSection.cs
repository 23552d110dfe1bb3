using Spectre.Console;
using Tarikh.Core.Checks;
using Tarikh.Core.Text;

namespace Tarikh.Cli.Reporting;

/// <summary>The consistency flags: severity, rule, the message in both languages, and the evidence spans with their offsets.</summary>
public sealed class FlagsSection : ITextReportSection
{
    /// <inheritdoc />
    public string Name => "flags";

    /// <inheritdoc />
    public void Render(ReportContext context)
    {
        var d = context.Document;
        if (!d.Has(Layer.Checks))
        {
            return;
        }

        RenderDiagnostics(context);
        var errors = d.Flags.Count(f => f.Severity == Severity.Error);
        var warnings = d.Flags.Count(f => f.Severity == Severity.Warning);
        var infos = d.Flags.Length - errors - warnings;
        context.Console.Write(new Rule($"[bold]Flags / التنبيهات ({d.Flags.Length}: {errors} errors, {warnings} warnings, {infos} info)[/]") { Justification = Justify.Left });
        if (d.Flags.Length == 0)
        {
            context.Console.MarkupLine("  none: nothing in the text contradicts itself / لا شيء: لا تناقض في النص");
            return;
        }

        var width = context.Options.Width - 6;
        var n = 0;
        foreach (var f in d.Flags)
        {
            n++;
            var (label, color) = f.Severity switch
            {
                Severity.Error => ("ERROR  خطأ", "red"),
                Severity.Warning => ("WARNING  تحذير", "yellow"),
                _ => ("INFO  ملاحظة", "blue"),
            };
            context.Console.MarkupLine($"  [bold {color}]{n}. {Markup.Escape(label)}[/] [dim]{Markup.Escape(f.Rule)}[/]");
            foreach (var line in context.Lines(f.MessageEn, width))
            {
                context.Console.MarkupLine($"     {line}");
            }

            foreach (var line in context.Lines(f.MessageAr, width))
            {
                context.Console.MarkupLine($"     {line}");
            }

            foreach (var s in f.Spans)
            {
                context.Console.MarkupLine($"     [dim]@{s.Start}-{s.End}[/] {context.Line(d.TextOf(s), width - 16)}");
            }
        }
    }

    /// <summary>Says which checks could not run on this document (a bug), before the flags, so a missing flag is not read as a clean text.</summary>
    private static void RenderDiagnostics(ReportContext context)
    {
        var d = context.Document;
        if (d.Diagnostics.IsDefaultOrEmpty)
        {
            return;
        }

        var width = context.Options.Width - 6;
        context.Console.MarkupLine($"[bold red]  {d.Diagnostics.Length} part(s) of the analysis failed and were skipped / تعذّر تشغيل {d.Diagnostics.Length} من أجزاء التحليل:[/]");
        foreach (var x in d.Diagnostics)
        {
            foreach (var line in context.Lines(x.MessageEn, width))
            {
                context.Console.MarkupLine($"     {line}");
            }

            foreach (var line in context.Lines(x.MessageAr, width))
            {
                context.Console.MarkupLine($"     {line}");
            }
        }
    }
}
