using System.Globalization;
using Tarikh.Core.Entities.Gazetteers;

namespace Tarikh.Core.Entities.Tagging;

/// <summary>One training file: its path (as recorded), raw bytes and label scheme.</summary>
/// <param name="Path">Path relative to the shared data folder.</param>
/// <param name="Bytes">The file's bytes (hashed into the metadata).</param>
/// <param name="Scheme">Label scheme.</param>
public sealed record NerDataFile(string Path, byte[] Bytes, ConllScheme Scheme)
{
    /// <summary>The file as text (UTF-8, BOM removed).</summary>
    public string Text => System.Text.Encoding.UTF8.GetString(Bytes).TrimStart('\uFEFF');
}

/// <summary>The splits a training run uses.</summary>
/// <param name="Train">Training sentences.</param>
/// <param name="Dev">Dev sentences (epoch choice).</param>
/// <param name="WikiFaneHeldOut">The WikiFANE held-out part (never trained on).</param>
public sealed record NerSplits(List<ConllSentence> Train, List<ConllSentence> Dev, List<ConllSentence> WikiFaneHeldOut);

/// <summary>
/// The reproducible training recipe behind <c>tarikh train ner</c>: ANERcorp train (its last 10% of
/// sentences is the dev set for choosing the epoch count), the AQMAR articles, and WikiFANE Gold
/// minus its last 10% of sentences (held out for evaluation). After the epoch count is chosen on
/// dev, the model is retrained on train + dev with that count. Pure: the caller reads the files.
/// </summary>
public static class NerTrainingPlan
{
    /// <summary>Fraction of ANERcorp train used as dev.</summary>
    public const double DevFraction = 0.1;

    /// <summary>Fraction of WikiFANE held out.</summary>
    public const double WikiFaneHeldOutFraction = 0.1;

    /// <summary>Parses and splits the data files.</summary>
    public static NerSplits Split(IEnumerable<NerDataFile> files)
    {
        var train = new List<ConllSentence>();
        var dev = new List<ConllSentence>();
        var held = new List<ConllSentence>();
        foreach (var file in files)
        {
            var sentences = ConllCorpus.Parse(file.Text, file.Scheme, file.Path);
            switch (file.Scheme)
            {
                case ConllScheme.Coarse:
                    var cut = (int)(sentences.Count * (1 - DevFraction));
                    train.AddRange(sentences.Take(cut));
                    dev.AddRange(sentences.Skip(cut));
                    break;
                case ConllScheme.WikiFane:
                    var wcut = (int)(sentences.Count * (1 - WikiFaneHeldOutFraction));
                    train.AddRange(sentences.Take(wcut));
                    held.AddRange(sentences.Skip(wcut));
                    break;
                default:
                    train.AddRange(sentences);
                    break;
            }
        }

        return new NerSplits(train, dev, held);
    }

    /// <summary>Trains on every training sentence (train + dev) for a fixed number of epochs, without a dev loop (cross-validation folds).</summary>
    public static NerModel RunFixed(IReadOnlyList<NerDataFile> files, NerTrainingOptions options, NerLexicon lexicon, Action<string>? log = null)
    {
        var splits = Split(files);
        var trainer = new NerTrainer(new NerFeatures(lexicon));
        var (model, _) = trainer.Train(splits.Train.Concat(splits.Dev).ToList(), null, options, "{}", log);
        return model;
    }

    /// <summary>Runs the recipe; returns the final model (trained on train + dev) and the dev curve.</summary>
    public static (NerModel Model, NerTrainingReport Report) Run(IReadOnlyList<NerDataFile> files, NerTrainingOptions options, NerLexicon lexicon, Action<string>? log = null, bool retrainOnDev = true)
    {
        log ??= _ => { };
        var splits = Split(files);
        var trainer = new NerTrainer(new NerFeatures(lexicon));
        var fileInfo = files.Select(f => (f.Path, NerTrainer.Sha256(f.Bytes), ConllCorpus.Parse(f.Text, f.Scheme).Count)).ToList();
        log($"train {splits.Train.Count} sentences, dev {splits.Dev.Count}, WikiFANE held out {splits.WikiFaneHeldOut.Count}");
        var (model, report) = trainer.Train(splits.Train, splits.Dev, options, "{}", log);
        var notes = string.Create(CultureInfo.InvariantCulture, $"dev (last 10% of ANERcorp train) micro F1 per epoch: {string.Join(", ", report.DevF1.Select(f => f.ToString("F4", CultureInfo.InvariantCulture)))}; best epoch {report.BestEpoch}; final model retrained on train + dev: {retrainOnDev}; WikiFANE last 10% held out");
        var metadata = NerTrainer.MetadataJson(fileInfo, options, report.BestEpoch, notes);
        if (!retrainOnDev)
        {
            var (m2, _) = trainer.Train(splits.Train, null, options with { Epochs = report.BestEpoch }, metadata, log);
            return (m2, report);
        }

        var all = splits.Train.Concat(splits.Dev).ToList();
        var (final, finalReport) = trainer.Train(all, null, options with { Epochs = report.BestEpoch }, metadata, log);
        return (final, report with { Features = finalReport.Features });
    }
}
