using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Entities.Tagging;

namespace Tarikh.Cli.Commands;

/// <summary>
/// <c>tarikh train ner --out models/ner-ar.tnr [--data DIR] [--epochs N] [--seed N] [--aqmar-labels] [--no-wikifane] [--clusters 64,256,1024] [--primary-weight W] [--no-retrain]</c>:
/// the reproducible training recipe of <see cref="NerTrainingPlan"/>. The data files' SHA-256 are
/// recorded in the model's metadata and in <c>OUT.json</c> beside it. Never reads ANERcorp test.txt.
/// </summary>
public static class TrainCommand
{
    /// <summary>The default shared data folder: $TARIKH_SHARED/data/ner or ../shared/data/ner from the working directory.</summary>
    public static string DefaultDataFolder()
    {
        var env = Environment.GetEnvironmentVariable("TARIKH_SHARED");
        return !string.IsNullOrEmpty(env) ? Path.Combine(env, "data", "ner") : Path.GetFullPath(Path.Combine("..", "shared", "data", "ner"));
    }

    /// <summary>The training files under a data folder: ANERcorp train, AQMAR articles, WikiFANE Gold.</summary>
    /// <param name="dataDir">The shared NER data folder.</param>
    /// <param name="aqmar">Train on the AQMAR labels (otherwise its words serve only the word clusters).</param>
    /// <param name="wikifane">Train on the WikiFANE labels (otherwise its words serve only the word clusters).</param>
    public static IEnumerable<NerDataFile> DataFiles(string dataDir, bool aqmar, bool wikifane)
    {
        yield return new NerDataFile("anercorp-camel/train.txt", File.ReadAllBytes(Path.Combine(dataDir, "anercorp-camel", "train.txt")), ConllScheme.Coarse);
        foreach (var f in Directory.GetFiles(Path.Combine(dataDir, "aqmar"), "*.txt").Order(StringComparer.Ordinal))
        {
            yield return new NerDataFile("aqmar/" + Path.GetFileName(f), File.ReadAllBytes(f), ConllScheme.Aqmar, aqmar);
        }

        yield return new NerDataFile("wikifane/WikiFANE_Gold_2014_500K.txt", File.ReadAllBytes(Path.Combine(dataDir, "wikifane", "WikiFANE_Gold_2014_500K.txt")), ConllScheme.WikiFane, wikifane);
    }

    /// <summary>Creates <c>train</c> with its <c>ner</c> subcommand.</summary>
    public static Command Create(CliConsole console)
    {
        var train = new Command("train", "Train models from the shared data / تدريب النماذج");
        var output = new Option<string>("--out") { Description = "Model file to write (e.g. models/ner-ar.tnr) / ملف النموذج", Required = true };
        var data = new Option<string?>("--data") { Description = "Shared NER data folder (default ../shared/data/ner) / مجلد البيانات" };
        var epochs = new Option<int>("--epochs") { Description = "Maximum epochs; the best on dev is kept / عدد الدورات", DefaultValueFactory = _ => NerTrainingOptions.Default.Epochs };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed / البذرة", DefaultValueFactory = _ => NerTrainingOptions.Default.Seed };
        var aqmarLabels = new Option<bool>("--aqmar-labels") { Description = "Also train on the AQMAR labels (by default only their words are used, for the word clusters: the labels lowered dev F1) / التدريب على وسوم AQMAR" };
        var noWiki = new Option<bool>("--no-wikifane") { Description = "Do not train on the WikiFANE labels (its words still serve the word clusters) / دون وسوم WikiFANE" };
        var noRetrain = new Option<bool>("--no-retrain") { Description = "Keep the best dev epoch's model instead of retraining on train + dev (for measuring on dev) / دون إعادة التدريب" };
        var clusters = new Option<string>("--clusters") { Description = "Word-cluster granularities, comma-separated, or none / أحجام عناقيد الكلمات", DefaultValueFactory = _ => string.Join(',', NerTrainingOptions.Default.ClusterSizes ?? []) };
        var ner = new Command("ner", "Train the entity tagger (averaged perceptron) / تدريب معرّف الكيانات");
        ner.Add(output);
        ner.Add(data);
        ner.Add(epochs);
        ner.Add(seed);
        ner.Add(aqmarLabels);
        ner.Add(noWiki);
        ner.Add(noRetrain);
        ner.Add(clusters);
        var weight = new Option<float>("--primary-weight") { Description = "Update weight of ANERcorp sentences against the Wikipedia corpora / وزن ANERcorp", DefaultValueFactory = _ => NerTrainingOptions.Default.PrimaryWeight };
        ner.Add(weight);
        var devBlock = new Option<int>("--dev-block") { Description = "Which tenth of ANERcorp train is the dev set (0-9; default: the last). For cross-validating settings; the recipe uses the last / أي عُشر من بيانات التدريب يكون للتطوير", DefaultValueFactory = _ => -1 };
        ner.Add(devBlock);
        ner.SetAction(parse =>
        {
            var dir = parse.GetValue(data) ?? DefaultDataFolder();
            List<NerDataFile> files;
            try
            {
                files = DataFiles(dir, parse.GetValue(aqmarLabels), !parse.GetValue(noWiki)).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"tarikh: error [input] training data not found under {dir}: {e.Message}");
                console.Error.WriteLine($"tarikh: خطأ [input] لم توجد بيانات التدريب في {dir}: {e.Message}");
                return ExitCodes.InputError;
            }

            var sizes = parse.GetValue(clusters) is { } cs && cs != "none" ? cs.Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray() : [];
            var options = NerTrainingOptions.Default with { Epochs = parse.GetValue(epochs), Seed = parse.GetValue(seed), ClusterSizes = sizes, PrimaryWeight = parse.GetValue(weight), DevBlock = parse.GetValue(devBlock) };
            var clock = Stopwatch.StartNew();
            var (model, report) = NerTrainingPlan.Run(files, options, NerLexicon.LoadDefault(), s => console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed:mm\\:ss}] {s}")), !parse.GetValue(noRetrain));
            var outPath = parse.GetValue(output)!;
            try
            {
                using (var stream = File.Create(outPath))
                {
                    model.Save(stream, options.PruneBelow);
                }

                File.WriteAllText(outPath + ".json", model.Metadata + "\n");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                CliErrors.Output(console, outPath, e.Message);
                return ExitCodes.OutputError;
            }

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {outPath} ({new FileInfo(outPath).Length} bytes, {model.FeatureCount} feature rows, {report.BestEpoch} epochs) in {clock.Elapsed:mm\\:ss}"));
            return ExitCodes.Ok;
        });
        train.Add(ner);
        train.SetAction(_ =>
        {
            CliErrors.Usage(console, "choose what to train: ner.", "اختر ما تريد تدريبه: ner.");
            return ExitCodes.Usage;
        });
        return train;
    }
}
