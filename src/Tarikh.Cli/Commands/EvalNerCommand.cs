using System.CommandLine;
using System.Globalization;
using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Entities.Tagging;

namespace Tarikh.Cli.Commands;

/// <summary>
/// <c>tarikh eval ner --conll FILE [--scheme coarse|aqmar|wikifane] [--heldout] [--model PATH]</c>: per-class and micro
/// P/R/F1 with CoNLL entity-level exact matching. <c>--heldout</c> scores only the part of the file the
/// training recipe holds out (the last 10% of WikiFANE). <c>tarikh eval ner --aqmar-cv DIR --data DIR</c>
/// retrains by article fold (5 folds of 4 articles) and scores each held-out fold.
/// </summary>
public static class EvalNerCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var conll = new Option<string?>("--conll") { Description = "Gold CoNLL file (token TAG per line) / ملف مرجعي" };
        var scheme = new Option<string>("--scheme") { Description = "Label scheme of the gold file: coarse, aqmar, wikifane / مخطط الوسوم", DefaultValueFactory = _ => "coarse" };
        scheme.AcceptOnlyFromAmong("coarse", "aqmar", "wikifane");
        var heldout = new Option<bool>("--heldout") { Description = "Score only the held-out part of the file (last 10%, as `train ner` leaves it out) / الجزء المحجوز فقط" };
        var aqmarCv = new Option<string?>("--aqmar-cv") { Description = "AQMAR folder: cross-validate by article (retrains 5 times) / تحقق متقاطع حسب المقالة" };
        var data = new Option<string?>("--data") { Description = "Shared NER data folder for --aqmar-cv (default ../shared/data/ner) / مجلد البيانات" };
        var noWiki = new Option<bool>("--no-wikifane") { Description = "With --aqmar-cv: train the folds without WikiFANE (faster) / دون WikiFANE" };
        var epochs = new Option<int>("--epochs") { Description = "With --aqmar-cv: epochs per fold / عدد الدورات", DefaultValueFactory = _ => NerTrainingOptions.Default.Epochs };
        var model = NerCommand.ModelOption();
        var command = new Command("ner", "Score the entity tagger on a gold CoNLL file (CoNLL entity-level P/R/F1) / تقييم معرّف الكيانات");
        command.Add(conll);
        command.Add(scheme);
        command.Add(heldout);
        command.Add(aqmarCv);
        command.Add(data);
        command.Add(model);
        command.Add(noWiki);
        command.Add(epochs);
        var window = NerCommand.WindowOption();
        command.Add(window);
        command.SetAction(parse =>
        {
            var cv = parse.GetValue(aqmarCv);
            if (cv is not null)
            {
                return CrossValidate(console, cv, parse.GetValue(data) ?? TrainCommand.DefaultDataFolder(), !parse.GetValue(noWiki), parse.GetValue(epochs));
            }

            var path = parse.GetValue(conll);
            if (path is null)
            {
                CliErrors.Usage(console, "give --conll FILE (or --aqmar-cv DIR).", "حدّد --conll FILE (أو --aqmar-cv DIR).");
                return ExitCodes.Usage;
            }

            if (!NerCommand.TryReadText(console, path, out var text) || !NerCommand.TryLoadTagger(console, parse.GetValue(model), out var tagger))
            {
                return ExitCodes.InputError;
            }

            var sch = parse.GetValue(scheme) switch { "aqmar" => ConllScheme.Aqmar, "wikifane" => ConllScheme.WikiFane, _ => ConllScheme.Coarse };
            var sentences = ConllCorpus.Parse(text, sch);
            if (parse.GetValue(heldout))
            {
                sentences = sentences.Skip((int)(sentences.Count * (1 - NerTrainingPlan.WikiFaneHeldOutFraction))).ToList();
            }

            var eval = tagger.Evaluate(sentences, NerCommand.DocumentOptions(parse.GetValue(window)));
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {sentences.Count} sentences, {eval.Tokens} tokens"));
            console.Out.Write(eval.Format());
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int CrossValidate(CliConsole console, string aqmarDir, string dataDir, bool wikifane, int epochs)
    {
        var articles = Directory.Exists(aqmarDir) ? Directory.GetFiles(aqmarDir, "*.txt").Order(StringComparer.Ordinal).ToList() : [];
        if (articles.Count == 0)
        {
            console.Error.WriteLine($"tarikh: error [input] no AQMAR articles in {aqmarDir}");
            console.Error.WriteLine($"tarikh: خطأ [input] لا توجد مقالات في {aqmarDir}");
            return ExitCodes.InputError;
        }

        var baseFiles = TrainCommand.DataFiles(dataDir, aqmar: false, wikifane: wikifane).Where(f => !f.Path.StartsWith("aqmar/", StringComparison.Ordinal)).ToList();
        var lexicon = NerLexicon.LoadDefault();
        var total = new NerEvaluation();
        const int folds = 5;
        for (var f = 0; f < folds; f++)
        {
            var heldOut = articles.Where((_, i) => i % folds == f).ToList();
            var files = baseFiles.Concat(articles.Where((_, i) => i % folds != f).Select(a => new NerDataFile("aqmar/" + Path.GetFileName(a), File.ReadAllBytes(a), ConllScheme.Aqmar))).ToList();
            var model = NerTrainingPlan.RunFixed(files, NerTrainingOptions.Default with { Epochs = epochs }, lexicon, s => console.Error.WriteLine($"fold {f + 1}: {s}"));
            var tagger = new NerTagger(model, new NerFeatures(lexicon));
            var eval = new NerEvaluation();
            foreach (var a in heldOut)
            {
                foreach (var s in ConllCorpus.Parse(File.ReadAllText(a), ConllScheme.Aqmar, a))
                {
                    var labels = tagger.TagRaw(s.Words);
                    eval.Add(s.Labels, labels);
                    total.Add(s.Labels, labels);
                }
            }

            console.Out.WriteLine($"fold {f + 1} ({string.Join(", ", heldOut.Select(Path.GetFileNameWithoutExtension))}): micro F1 {eval.Micro.F1.ToString("F4", CultureInfo.InvariantCulture)}");
        }

        console.Out.WriteLine("AQMAR, cross-validated by article (all folds pooled):");
        console.Out.Write(total.Format());
        return ExitCodes.Ok;
    }
}
