using System.CommandLine;
using Tarikh.Core.Entities;
using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Entities.Tagging;

namespace Tarikh.Cli.Commands;

/// <summary>
/// <c>tarikh ner --conll FILE [--model PATH] [--output FILE]</c>: tags a CoNLL file (one token per line,
/// an optional gold tag after a space or tab is ignored, blank lines between sentences) and writes
/// <c>token TAG</c> lines in BIO (PER, LOC, ORG, MISC), keeping the blank lines.
/// </summary>
public static class NerCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var conll = new Option<string>("--conll") { Description = "Input: one token per line, blank line between sentences / ملف CoNLL", Required = true };
        var model = ModelOption();
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output / ملف المخرجات" };
        var command = new Command("ner", "Tag named entities in a CoNLL token file (BIO: PER, LOC, ORG, MISC) / تعيين الكيانات المسماة");
        command.Add(conll);
        command.Add(model);
        command.Add(output);
        var window = WindowOption();
        command.Add(window);
        command.SetAction(parse =>
        {
            if (!TryReadText(console, parse.GetValue(conll)!, out var text))
            {
                return ExitCodes.InputError;
            }

            if (!TryLoadTagger(console, parse.GetValue(model), out var tagger))
            {
                return ExitCodes.InputError;
            }

            var path = parse.GetValue(output);
            try
            {
                using var writer = path is null ? null : new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
                var w = writer ?? console.Out;
                Tag(tagger, text, w, DocumentOptions(parse.GetValue(window)));
                w.Flush();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                CliErrors.Output(console, path ?? "-", e.Message);
                return ExitCodes.OutputError;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Tags CoNLL text, writing <c>token TAG</c> lines and keeping blank lines between sentences.</summary>
    public static void Tag(NerTagger tagger, string text, TextWriter output, DocumentConsistency.Options? document = null)
    {
        var sentences = ConllCorpus.Parse(text);
        var all = tagger.TagSentences(sentences, document);
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s].Words;
            var labels = all[s];
            for (var i = 0; i < words.Length; i++)
            {
                output.Write(words[i]);
                output.Write(' ');
                output.WriteLine(NerLabels.Name(labels[i]));
            }

            output.WriteLine();
        }
    }

    /// <summary>The shared <c>--window</c> option: the document pass over nearby sentences.</summary>
    internal static Option<int> WindowOption() => new("--window") { Description = "Document pass: sentences before and after that share names (0 = off) / نافذة الجمل للمرور على المستند", DefaultValueFactory = _ => DocumentConsistency.Options.Default.Window };

    /// <summary>The document-pass options for a window (null when off).</summary>
    internal static DocumentConsistency.Options? DocumentOptions(int window) => window > 0 ? DocumentConsistency.Options.Default with { Window = window } : null;

    /// <summary>The shared <c>--model</c> option.</summary>
    internal static Option<string?> ModelOption() => new("--model", "-m") { Description = "A model file written by `tarikh train ner` (default: the committed model) / ملف النموذج" };

    /// <summary>Loads the tagger from a path, or the embedded committed model.</summary>
    internal static bool TryLoadTagger(CliConsole console, string? path, out NerTagger tagger)
    {
        tagger = null!;
        try
        {
            if (path is null)
            {
                tagger = EntityResources.LoadDefault().Tagger;
                return true;
            }

            using var stream = File.OpenRead(path);
            tagger = NerTagger.Load(stream, NerLexicon.LoadDefault());
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            console.Error.WriteLine($"tarikh: error [model] cannot load {path}: {e.Message}");
            console.Error.WriteLine($"tarikh: خطأ [model] تعذّر تحميل النموذج {path}: {e.Message}");
            return false;
        }
    }

    /// <summary>Reads a UTF-8 text file (BOM removed), reporting a missing or unreadable file in both languages.</summary>
    internal static bool TryReadText(CliConsole console, string path, out string text)
    {
        text = string.Empty;
        try
        {
            text = File.ReadAllText(path, System.Text.Encoding.UTF8).TrimStart('\uFEFF');
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"tarikh: error [input] cannot read {path}: {e.Message}");
            console.Error.WriteLine($"tarikh: خطأ [input] تعذّرت قراءة {path}: {e.Message}");
            return false;
        }
    }
}
