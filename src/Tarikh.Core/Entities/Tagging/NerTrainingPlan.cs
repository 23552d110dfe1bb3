using System.Globalization;
using Tarikh.Core.Entities.Gazetteers;

namespace Tarikh.Core.Entities.Tagging;

/// <summary>One training file: its path (as recorded), raw bytes and label scheme.</summary>
/// <param name="Path">Path relative to the shared data folder.</param>
/// <param name="Bytes">The file's bytes (hashed into the metadata).</param>
/// <param name="Scheme">Label scheme.</param>
/// <param name="Labelled">Whether its labels are trained on; otherwise only its words are used (word clusters).</param>
public sealed record NerDataFile(string Path, byte[] Bytes, ConllScheme Scheme, bool Labelled = true)
{
    /// <summary>The file as text (UTF-8, BOM removed).</summary>
    public string Text => System.Text.Encoding.UTF8.GetString(Bytes).TrimStart('\uFEFF');
}

/// <summary>The splits a training run uses.</summary>
/// <param name="Train">Training sentences.</param>
/// <param name="Dev">Dev sentences (epoch choice).</param>
/// <param name="WikiFaneHeldOut">The WikiFANE held-out part (never trained on).</param>
/// <param name="Unlabelled">Sentences of files used for their words only (never dev or held-out parts).</param>
public sealed record NerSplits(List<ConllSentence> Train, List<ConllSentence> Dev, List<ConllSentence> WikiFaneHeldOut, List<ConllSentence> Unlabelled);

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
    /// <param name="files">The data files.</param>
    /// <param name="devBlock">Which tenth of each ANERcorp-style file is dev (0–9); -1 for the last.</param>
    public static NerSplits Split(IEnumerable<NerDataFile> files, int devBlock = -1)
    {
        var train = new List<ConllSentence>();
        var dev = new List<ConllSentence>();
        var held = new List<ConllSentence>();
        var unlabelled = new List<ConllSentence>();
        foreach (var file in files)
        {
            var sentences = ConllCorpus.Parse(file.Text, file.Scheme, file.Path);
            var target = file.Labelled ? train : unlabelled;
            switch (file.Scheme)
            {
                case ConllScheme.Coarse:
                    var cut = (int)(sentences.Count * (1 - DevFraction));
                    if (devBlock < 0)
                    {
                        target.AddRange(sentences.Take(cut));
                        dev.AddRange(sentences.Skip(cut));
                        break;
                    }

                    // Block k of ten, of the same size as the default dev part (the last block is the default one).
                    var size = sentences.Count - cut;
                    var start = devBlock >= 9 ? cut : devBlock * size;
                    target.AddRange(sentences.Take(start));
                    dev.AddRange(sentences.Skip(start).Take(size));
                    target.AddRange(sentences.Skip(start + size));
                    break;
                case ConllScheme.WikiFane:
                    var wcut = (int)(sentences.Count * (1 - WikiFaneHeldOutFraction));
                    target.AddRange(sentences.Take(wcut));
                    held.AddRange(sentences.Skip(wcut));
                    break;
                default:
                    target.AddRange(sentences);
                    break;
            }
        }

        return new NerSplits(train, dev, held, unlabelled);
    }

    /// <summary>Trains on every training sentence (train + dev) for a fixed number of epochs, without a dev loop (cross-validation folds).</summary>
    public static NerModel RunFixed(IReadOnlyList<NerDataFile> files, NerTrainingOptions options, NerLexicon lexicon, Action<string>? log = null)
    {
        var splits = Split(files);
        return RunFixed(splits.Train.Concat(splits.Dev).ToList(), splits.Unlabelled, options, lexicon, log);
    }

    /// <summary>
    /// Trains on the given labelled sentences for a fixed number of epochs, with word clusters learned from their words
    /// and the unlabelled sentences' words: cross-validation folds whose split the caller makes (WikiFANE by block).
    /// </summary>
    public static NerModel RunFixed(List<ConllSentence> train, IEnumerable<ConllSentence> unlabelled, NerTrainingOptions options, NerLexicon lexicon, Action<string>? log = null)
    {
        var trainer = new NerTrainer(new NerFeatures(lexicon));
        var clusters = Clusters(train.Concat(unlabelled), options, log);
        var (model, _) = trainer.Train(train, null, options, "{}", log, clusters);
        return model;
    }

    /// <summary>Learns the word clusters of a run from the words (never the labels) of the given sentences.</summary>
    public static WordClusters Clusters(IEnumerable<ConllSentence> sentences, NerTrainingOptions options, Action<string>? log = null)
    {
        if (options.ClusterSizes is not { Length: > 0 } sizes)
        {
            return WordClusters.Empty;
        }

        var list = sentences.ToList();
        var text = new (string Base, string Form)[list.Count][];
        Parallel.For(0, list.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var words = list[i].Words;
            var row = new (string, string)[words.Length];
            for (var j = 0; j < row.Length; j++)
            {
                var t = NerWord.FromRaw(words[j]).Token;
                row[j] = (t.Base, t.Norm);
            }

            text[i] = row;
        });
        return WordClusters.Learn(text, new WordClusters.Options(sizes, Seed: options.Seed), log);
    }

    /// <summary>Runs the recipe; returns the final model (trained on train + dev) and the dev curve.</summary>
    public static (NerModel Model, NerTrainingReport Report) Run(IReadOnlyList<NerDataFile> files, NerTrainingOptions options, NerLexicon lexicon, Action<string>? log = null, bool retrainOnDev = true)
    {
        log ??= _ => { };
        var splits = Split(files, options.DevBlock);
        var trainer = new NerTrainer(new NerFeatures(lexicon));
        var fileInfo = files.Select(f => (f.Path, NerTrainer.Sha256(f.Bytes), ConllCorpus.Parse(f.Text, f.Scheme).Count, f.Labelled)).ToList();
        log($"train {splits.Train.Count} sentences, dev {splits.Dev.Count}, WikiFANE held out {splits.WikiFaneHeldOut.Count}, unlabelled {splits.Unlabelled.Count}");
        var devClusters = Clusters(splits.Train.Concat(splits.Unlabelled), options, log);
        var (model, report) = trainer.Train(splits.Train, splits.Dev, options, "{}", log, devClusters);
        var notes = string.Create(CultureInfo.InvariantCulture, $"dev (last 10% of ANERcorp train) micro F1 per epoch: {string.Join(", ", report.DevF1.Select(f => f.ToString("F4", CultureInfo.InvariantCulture)))}; best epoch {report.BestEpoch}; O bias chosen on dev {report.OutsideBias.ToString("F2", CultureInfo.InvariantCulture)}; final model retrained on train + dev: {retrainOnDev}; WikiFANE last 10% held out");
        var metadata = NerTrainer.MetadataJson(fileInfo, options, report.BestEpoch, notes);
        if (!retrainOnDev)
        {
            // Training is deterministic for a seed: the best dev epoch's model is what a rerun with that epoch count gives (metadata left empty: an experiment).
            return (model, report);
        }

        var all = splits.Train.Concat(splits.Dev).ToList();
        var finalClusters = Clusters(all.Concat(splits.Unlabelled), options, log);
        var (final, finalReport) = trainer.Train(all, null, options with { Epochs = report.BestEpoch }, metadata, log, finalClusters);
        return (final.WithOutsideBias(report.OutsideBias), report with { Features = finalReport.Features });
    }
}
