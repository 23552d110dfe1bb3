using System.Collections.Immutable;
using Spectre.Console;
using Tarikh.Core.Text;

namespace Tarikh.Cli.Reporting;

/// <summary>How a text report is drawn.</summary>
/// <param name="Visual">Reorder (and shape) Arabic for a terminal that does not do bidi itself (see <see cref="TerminalBidi"/>).</param>
/// <param name="Width">Columns available.</param>
/// <param name="Color">Use ANSI colours.</param>
/// <param name="First">False for the second and later documents of a run (a separator is drawn).</param>
/// <param name="Details">After the timeline table, each entry in full (evidence sentence, participants, flags), wrapped.</param>
public sealed record TextReportOptions(bool Visual = false, int Width = 100, bool Color = false, bool First = true, bool Details = false);

/// <summary>What a section draws with: the console, the document, and a function that lays out Arabic lines for display.</summary>
public sealed class ReportContext(IAnsiConsole console, AnalyzedDocument document, TextReportOptions options)
{
    /// <summary>The Spectre console to draw on.</summary>
    public IAnsiConsole Console { get; } = console;

    /// <summary>The analyzed document.</summary>
    public AnalyzedDocument Document { get; } = document;

    /// <summary>The options.</summary>
    public TextReportOptions Options { get; } = options;

    /// <summary>
    /// Lays out a piece of the document's text for the terminal: wrapped to <paramref name="width"/> columns
    /// (logically, at spaces), each line reordered for display when <see cref="TextReportOptions.Visual"/>.
    /// The result is escaped for Spectre markup.
    /// </summary>
    public IReadOnlyList<string> Lines(string text, int width) => [.. TerminalBidi.Layout(text, Math.Max(20, width), Options.Visual).Select(Markup.Escape)];

    /// <summary>One display line (truncated with … when longer than <paramref name="width"/>), escaped for markup.</summary>
    public string Line(string text, int width)
    {
        text = text.ReplaceLineEndings(" ");
        if (text.Length > width)
        {
            text = text[..Math.Max(1, width - 1)] + "…";
        }

        return Markup.Escape(Options.Visual ? TerminalBidi.Visual(text) : text);
    }
}

/// <summary>One section of the text report (summary, sentences, noise; later: timeline, flags).</summary>
public interface ITextReportSection
{
    /// <summary>Section name.</summary>
    string Name { get; }

    /// <summary>Draws the section (or nothing when it does not apply to the document).</summary>
    void Render(ReportContext context);
}

/// <summary>
/// The readable summary printed by <c>--format text</c>: a list of sections drawn in order.
/// Other areas add their section (timeline, flags…) to <see cref="Default"/> with one line.
/// </summary>
public sealed class TextReport(ImmutableArray<ITextReportSection> sections)
{
    /// <summary>The default report.</summary>
    public static TextReport Default { get; } = new(
    [
        new SummarySection(),
        new SentencesSection(),
        new NoiseSection(),
        new TimelineSection(),
        new FlagsSection(),
        new KnowledgeSection(),
    ]);

    /// <summary>The sections, in order.</summary>
    public ImmutableArray<ITextReportSection> Sections { get; } = sections;

    /// <summary>A report with one more section at the end (or after the section named <paramref name="after"/>).</summary>
    public TextReport With(ITextReportSection section, string? after = null)
    {
        var index = after is null ? -1 : Sections.IndexOf(Sections.FirstOrDefault(s => s.Name == after)!);
        return new(index < 0 ? Sections.Add(section) : Sections.Insert(index + 1, section));
    }

    /// <summary>Draws the report of one document.</summary>
    public void Render(TextWriter writer, AnalyzedDocument document, TextReportOptions options)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = options.Color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = options.Color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = Math.Max(40, options.Width);
        if (!options.First)
        {
            console.WriteLine();
        }

        var context = new ReportContext(console, document, options);
        foreach (var section in Sections)
        {
            section.Render(context);
        }
    }
}
