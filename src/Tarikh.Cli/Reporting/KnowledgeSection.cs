using Spectre.Console;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Text;

namespace Tarikh.Cli.Reporting;

/// <summary>
/// The claims verified against a knowledge base (<c>analyze --kb</c>): contradicted first, then supported,
/// each with what the text says, the KB's value and the subject's Wikidata page. Nothing without a KB.
/// </summary>
public sealed class KnowledgeSection : ITextReportSection
{
    /// <inheritdoc />
    public string Name => "knowledge";

    /// <inheritdoc />
    public void Render(ReportContext context)
    {
        var d = context.Document;
        if (!d.Has(Layer.Knowledge))
        {
            return;
        }

        var shown = d.Verifications.Where(v => v.Verdict is Verdicts.Contradicted or Verdicts.Supported)
            .OrderBy(v => v.Verdict == Verdicts.Contradicted ? 0 : 1).ToList();
        var contradicted = shown.Count(v => v.Verdict == Verdicts.Contradicted);
        context.Console.Write(new Rule($"[bold]Knowledge base / قاعدة المعرفة ({d.KbLinks.Length} linked, {contradicted} contradicted, {shown.Count - contradicted} supported)[/]")
        {
            Justification = Justify.Left,
        });
        if (shown.Count == 0)
        {
            context.Console.MarkupLine("  no claim of a linked item / لا ادعاءات لعناصر مرتبطة");
            return;
        }

        var width = context.Options.Width - 6;
        foreach (var v in shown)
        {
            var view = VerificationView.Of(d, v);
            var (label, color) = v.Verdict == Verdicts.Contradicted ? ("CONTRADICTED  يخالفه المرجع", "red") : ("SUPPORTED  يؤيده المرجع", "green");
            context.Console.MarkupLine($"  [bold {color}]{Markup.Escape(label)}[/] [dim]{Markup.Escape(v.Property ?? "")} {Markup.Escape(v.Kb?.Item ?? "")}[/]");
            context.Console.MarkupLine($"     text / النص: {context.Line(view.Said, width - 16)}");
            context.Console.MarkupLine($"     KB / المرجع: {context.Line(view.KbValue, width - 16)}");
            if (view.WikidataUrl is { } url)
            {
                context.Console.MarkupLine($"     [dim]{Markup.Escape(url)}[/]");
            }

            if (v.Note is not null)
            {
                foreach (var line in context.Lines(v.Note, width).Concat(v.NoteAr is { } ar ? context.Lines(ar, width) : []))
                {
                    context.Console.MarkupLine($"     [dim]{line}[/]");
                }
            }
        }
    }
}
