using System.Globalization;
using System.Text;
using Tarikh.Core.Entities.Gazetteers;

namespace Tarikh.Core.Entities.Tagging;

/// <summary>Training options.</summary>
/// <param name="Epochs">Passes over the data (the best epoch on the dev set is kept when a dev set is given).</param>
/// <param name="Seed">Seed of the shuffling (training is deterministic for a seed).</param>
/// <param name="MinFeatureCount">Features seen fewer times in the training data are dropped.</param>
/// <param name="PruneBelow">Averaged weights with smaller magnitude are not saved.</param>
/// <param name="Folds">Jackknife folds for the label statistics of training words.</param>
/// <param name="TuneBias">With a dev set, choose a bias against the label O that maximises dev F1.</param>
/// <param name="ClusterSizes">Word-cluster granularities learned from the unlabelled text (empty: no clusters).</param>
/// <param name="PrimaryWeight">Update weight of the sentences of the primary corpus (group starting with "anercorp"); others weigh 1.</param>
/// <param name="DevBlock">Which tenth of ANERcorp train is the dev set: 0–9, or -1 for the last (the recipe's); other blocks serve cross-validation of settings.</param>
public sealed record NerTrainingOptions(int Epochs = 12, int Seed = 20260417, int MinFeatureCount = 2, float PruneBelow = 0.02f, int Folds = 5, bool TuneBias = true, int[]? ClusterSizes = null, float PrimaryWeight = 1f, int DevBlock = -1)
{
    /// <summary>Defaults: word clusters at 64, 256 and 1024 clusters (chosen on the ANERcorp dev part); ANERcorp updates weigh 32 (chosen by 5-fold cross-validation over ANERcorp train among 8, 16, 32, 64).</summary>
    public static NerTrainingOptions Default { get; } = new(ClusterSizes: [64, 256, 1024], PrimaryWeight: 8f);
}

/// <summary>What a training run did: dev F1 per epoch and the epoch chosen.</summary>
/// <param name="DevF1">Dev micro F1 after each epoch (empty without a dev set).</param>
/// <param name="BestEpoch">Epochs used for the returned model.</param>
/// <param name="Features">Feature rows of the model.</param>
/// <param name="OutsideBias">Bias against the label O chosen on dev (0 without a dev set), see <see cref="NerModel.WithOutsideBias"/>.</param>
/// <param name="BiasCurve">Dev micro F1 per tried bias.</param>
public sealed record NerTrainingReport(IReadOnlyList<double> DevF1, int BestEpoch, int Features, float OutsideBias = 0f, IReadOnlyList<(float Bias, double F1)>? BiasCurve = null);

/// <summary>
/// Averaged structured perceptron (Collins 2002) for the linear-chain tagger: Viterbi decoding,
/// additive updates on the features of mistaken tokens and on mistaken label transitions, weights
/// averaged over all steps (lazy averaging with a step-weighted accumulator). Deterministic for a seed.
/// </summary>
public sealed class NerTrainer
{
    private const int L = NerLabels.InternalCount;
    private readonly NerFeatures _features;

    /// <summary>Creates a trainer using the given feature extractor.</summary>
    public NerTrainer(NerFeatures features) => _features = features;

    /// <summary>Converts raw sentences to words (normalization and clitic analysis as in the pipeline).</summary>
    public static NerWord[] Words(ConllSentence s) => s.Words.Select(w => NerWord.FromRaw(w)).ToArray();

    /// <summary>
    /// Trains on <paramref name="train"/>. With a <paramref name="dev"/> set, evaluates the averaged
    /// weights after every epoch and returns the best epoch's model.
    /// </summary>
    public (NerModel Model, NerTrainingReport Report) Train(
        IReadOnlyList<ConllSentence> train,
        IReadOnlyList<ConllSentence>? dev,
        NerTrainingOptions options,
        string metadata,
        Action<string>? log = null,
        WordClusters? clusters = null)
    {
        clusters ??= WordClusters.Empty;
        log ??= _ => { };
        var trainWords = new NerWord[train.Count][];
        Parallel.For(0, train.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => trainWords[i] = Words(train[i]));
        var (stats, folds) = WordStats.Build(train, trainWords, options.Folds);
        log($"word statistics: {stats.Count} bases, {options.Folds} jackknife folds");
        var feats = new SentenceFeatures[train.Count];
        Parallel.For(0, train.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => feats[i] = _features.Extract(trainWords[i], folds[i % options.Folds], clusters));
        SentenceFeatures[]? devFeats = null;
        if (dev is not null)
        {
            devFeats = new SentenceFeatures[dev.Count];
            Parallel.For(0, dev.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => devFeats[i] = _features.Extract(Words(dev[i]), stats, clusters));
        }

        // Feature index: keys seen at least MinFeatureCount times.
        var counts = new Dictionary<uint, int>();
        foreach (var f in feats)
        {
            foreach (var k in f.Keys.AsSpan(0, f.Offsets[^1]))
            {
                counts[k] = counts.GetValueOrDefault(k) + 1;
            }
        }

        var index = new Dictionary<uint, int>();
        foreach (var (k, c) in counts.OrderBy(p => p.Key))
        {
            if (c >= options.MinFeatureCount)
            {
                index[k] = index.Count;
            }
        }

        counts.Clear();
        log($"{train.Count} sentences, {feats.Sum(f => f.Length)} tokens, {index.Count} features");
        var rows = new int[feats.Length][];
        for (var s = 0; s < feats.Length; s++)
        {
            var f = feats[s];
            var r = new int[f.Offsets[^1]];
            for (var j = 0; j < r.Length; j++)
            {
                r[j] = index.GetValueOrDefault(f.Keys[j], -1);
            }

            rows[s] = r;
        }

        var w = new float[index.Count * L];
        var u = new double[index.Count * L];
        var tw = new float[(L + 1) * L];
        var tu = new double[(L + 1) * L];
        var step = 1L;
        var internalGold = new byte[train.Count][];
        for (var s = 0; s < train.Count; s++)
        {
            internalGold[s] = new byte[train[s].Labels.Length];
            NerLabels.ToInternal(train[s].Labels, internalGold[s]);
        }

        var order = Enumerable.Range(0, train.Count).ToArray();
        var rng = new Random(options.Seed);
        var devF1 = new List<double>();
        NerModel? best = null;
        var bestF1 = double.NegativeInfinity;
        var bestEpoch = options.Epochs;
        var pred = new byte[256];
        var em = new float[256 * L];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            var mistakes = 0;
            foreach (var s in order)
            {
                var f = feats[s];
                var r = rows[s];
                var gold = internalGold[s];
                var n = gold.Length;
                var wt = train[s].Group.StartsWith("anercorp", StringComparison.Ordinal) ? options.PrimaryWeight : 1f;
                if (pred.Length < n)
                {
                    pred = new byte[n * 2];
                    em = new float[n * 2 * L];
                }

                var scores = em.AsSpan(0, n * L);
                scores.Clear();
                for (var t = 0; t < n; t++)
                {
                    for (var j = f.Offsets[t]; j < f.Offsets[t + 1]; j++)
                    {
                        var row = r[j];
                        if (row < 0)
                        {
                            continue;
                        }

                        var ws = w.AsSpan(row * L, L);
                        var sc = scores.Slice(t * L, L);
                        for (var l = 0; l < L; l++)
                        {
                            sc[l] += ws[l];
                        }
                    }
                }

                NerModel.Viterbi(scores, tw, n, pred);
                var wrong = false;
                for (var t = 0; t < n; t++)
                {
                    var prevG = t == 0 ? L : gold[t - 1];
                    var prevP = t == 0 ? L : pred[t - 1];
                    if (gold[t] != pred[t])
                    {
                        wrong = true;
                        for (var j = f.Offsets[t]; j < f.Offsets[t + 1]; j++)
                        {
                            var row = r[j];
                            if (row < 0)
                            {
                                continue;
                            }

                            w[row * L + gold[t]] += wt;
                            u[row * L + gold[t]] += wt * step;
                            w[row * L + pred[t]] -= wt;
                            u[row * L + pred[t]] -= wt * step;
                        }
                    }

                    if (gold[t] != pred[t] || prevG != prevP)
                    {
                        tw[prevG * L + gold[t]] += wt;
                        tu[prevG * L + gold[t]] += wt * step;
                        tw[prevP * L + pred[t]] -= wt;
                        tu[prevP * L + pred[t]] -= wt * step;
                    }
                }

                if (wrong)
                {
                    mistakes++;
                }

                step++;
            }

            var model = Averaged(index, w, u, tw, tu, step, metadata, train, stats, clusters);
            if (dev is not null && devFeats is not null)
            {
                var eval = new NerEvaluation();
                for (var i = 0; i < dev.Count; i++)
                {
                    var labels = new byte[dev[i].Labels.Length];
                    model.Tag(devFeats[i], labels);
                    eval.Add(dev[i].Labels, labels);
                }

                var f1 = eval.Micro.F1;
                devF1.Add(f1);
                log(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}: {mistakes} sentences wrong, dev F1 {f1:F4}"));
                if (f1 > bestF1)
                {
                    bestF1 = f1;
                    best = model;
                    bestEpoch = epoch;
                }
            }
            else
            {
                log(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}: {mistakes} sentences wrong"));
                best = model;
                bestEpoch = epoch;
            }
        }

        var bias = 0f;
        var curve = new List<(float, double)>();
        if (dev is not null && devFeats is not null && options.TuneBias)
        {
            // Scored as the CoNLL commands score: with the document pass over windows of dev sentences.
            var devWords = dev.Select(Words).ToList();
            var devGroups = dev.Select(s => s.Group).ToList();
            double Score(NerModel m)
            {
                var labels = new List<byte[]>(dev.Count);
                for (var i = 0; i < dev.Count; i++)
                {
                    var l = new byte[dev[i].Labels.Length];
                    m.Tag(devFeats[i], l);
                    labels.Add(l);
                }

                DocumentConsistency.Apply(devWords, labels, devGroups, stats, DocumentConsistency.Options.Default);
                var eval = new NerEvaluation();
                for (var i = 0; i < dev.Count; i++)
                {
                    eval.Add(dev[i].Labels, labels[i]);
                }

                return eval.Micro.F1;
            }

            // The weights grow with the update weight, so the bias grid does too.
            var scale = Math.Max(1f, options.PrimaryWeight);
            var bestBiasF1 = Score(best!);
            curve.Add((0f, bestBiasF1));
            log(string.Create(CultureInfo.InvariantCulture, $"O bias 0: dev F1 with the document pass {bestBiasF1:F4}"));
            for (var g = 1; g <= 24; g++)
            {
                var b = g * 0.25f * scale;
                var f1 = Score(best!.WithOutsideBias(b));
                curve.Add((b, f1));
                log(string.Create(CultureInfo.InvariantCulture, $"O bias {b:F2}: dev F1 with the document pass {f1:F4}"));
                if (f1 > bestBiasF1 + 0.0005)
                {
                    bestBiasF1 = f1;
                    bias = b;
                }
            }

            best = best!.WithOutsideBias(bias);
        }

        return (best!, new NerTrainingReport(devF1, bestEpoch, best!.FeatureCount, bias, curve));
    }

    private static NerModel Averaged(Dictionary<uint, int> index, float[] w, double[] u, float[] tw, double[] tu, long step, string metadata, IReadOnlyList<ConllSentence> train, WordStats stats, WordClusters clusters)
    {
        var avg = new float[w.Length];
        for (var i = 0; i < w.Length; i++)
        {
            avg[i] = (float)(w[i] - u[i] / step);
        }

        var tavg = new float[tw.Length];
        for (var i = 0; i < tw.Length; i++)
        {
            tavg[i] = (float)(tw[i] - tu[i] / step);
        }

        return new NerModel(index, avg, tavg, metadata, NameWords(train), stats, clusters);
    }

    /// <summary>Normalized first words of gold entities seen at least twice (without proclitics).</summary>
    public static IReadOnlyCollection<string> NameWords(IReadOnlyList<ConllSentence> train)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in train)
        {
            for (var i = 0; i < s.Labels.Length; i++)
            {
                if (NerLabels.IsBegin(s.Labels[i]))
                {
                    var norm = NerWord.FromRaw(s.Words[i]).Token.Norm;
                    counts[norm] = counts.GetValueOrDefault(norm) + 1;
                }
            }
        }

        return counts.Where(p => p.Value >= 2 && p.Key.Length >= 2).Select(p => p.Key).ToList();
    }

    /// <summary>SHA-256 (hex) of a file's bytes, for the model's metadata.</summary>
    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

    /// <summary>Builds the metadata JSON.</summary>
    public static string MetadataJson(IEnumerable<(string Path, string Sha256, int Sentences, bool Labelled)> files, NerTrainingOptions options, int epochs, string notes)
    {
        var sb = new StringBuilder();
        using var ms = new MemoryStream();
        using (var jw = new System.Text.Json.Utf8JsonWriter(ms, new System.Text.Json.JsonWriterOptions { Indented = true }))
        {
            jw.WriteStartObject();
            jw.WriteString("model", "tarikh-ner-ar");
            jw.WriteString("algorithm", "averaged structured perceptron, first-order Viterbi over BILOU labels (BIO outside)");
            jw.WriteNumber("featureVersion", NerFeatures.Version);
            jw.WriteNumber("seed", options.Seed);
            jw.WriteNumber("epochs", epochs);
            jw.WriteNumber("minFeatureCount", options.MinFeatureCount);
            jw.WriteNumber("pruneBelow", options.PruneBelow);
            jw.WriteNumber("primaryWeight", options.PrimaryWeight);
            jw.WriteString("clusterSizes", string.Join(",", options.ClusterSizes ?? []));
            jw.WriteString("licence", "CC BY-SA 4.0 (derived from ANERcorp CC BY-SA 4.0, AQMAR and WikiFANE CC BY-SA 3.0)");
            jw.WriteString("notes", notes);
            jw.WriteStartArray("data");
            foreach (var (path, sha, n, labelled) in files)
            {
                jw.WriteStartObject();
                jw.WriteString("path", path);
                jw.WriteString("sha256", sha);
                jw.WriteNumber("sentences", n);
                jw.WriteString("use", labelled ? "labels and words" : "words only (word clusters)");
                jw.WriteEndObject();
            }

            jw.WriteEndArray();

            // The gazetteers and cue lists are part of the features: a model matches the lists it was trained with.
            jw.WriteStartArray("lexicons");
            foreach (var (file, sha) in NerLexicon.DefaultFileHashes())
            {
                jw.WriteStartObject();
                jw.WriteString("path", "src/Tarikh.Core/Entities/Data/" + file);
                jw.WriteString("sha256", sha);
                jw.WriteEndObject();
            }

            jw.WriteEndArray();
            jw.WriteEndObject();
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }
}
