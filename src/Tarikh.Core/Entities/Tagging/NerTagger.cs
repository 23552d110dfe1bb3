using Tarikh.Core.Entities.Gazetteers;

namespace Tarikh.Core.Entities.Tagging;

/// <summary>Feature extraction plus a trained model: tags sentences of words with BIO labels. Immutable and thread-safe.</summary>
public sealed class NerTagger
{
    /// <summary>Creates a tagger.</summary>
    public NerTagger(NerModel model, NerFeatures features)
    {
        Model = model;
        Features = features;
    }

    /// <summary>The model.</summary>
    public NerModel Model { get; }

    /// <summary>The feature extractor.</summary>
    public NerFeatures Features { get; }

    /// <summary>Tags a sentence; returns the labels (and margins when <paramref name="margins"/> is given).</summary>
    public byte[] Tag(ReadOnlySpan<NerWord> words, Span<float> margins = default)
    {
        var labels = new byte[words.Length];
        if (words.Length == 0)
        {
            return labels;
        }

        var f = Features.ExtractRented(words, Model.Stats, Model.Clusters);
        try
        {
            Model.Tag(f, labels, margins);
        }
        finally
        {
            f.ReturnRented();
        }

        return labels;
    }

    /// <summary>Tags raw words (a CoNLL sentence).</summary>
    public byte[] TagRaw(IReadOnlyList<string> words)
    {
        var w = new NerWord[words.Count];
        for (var i = 0; i < w.Length; i++)
        {
            w[i] = NerWord.FromRaw(words[i]);
        }

        return Tag(w);
    }

    /// <summary>
    /// Tags consecutive sentences (e.g. a CoNLL file), then runs <see cref="DocumentConsistency"/> over
    /// windows of sentences of the same <see cref="ConllSentence.Group"/> when <paramref name="document"/> is given,
    /// then, when <paramref name="names"/> is given, the pipeline's classical-name and group passes
    /// (<see cref="Names.LabelPasses"/>) with groups scored as it says, and the organization head pass when
    /// <paramref name="organizationHeads"/> is set.
    /// </summary>
    public List<byte[]> TagSentences(IReadOnlyList<ConllSentence> sentences, DocumentConsistency.Options? document = null, Names.GroupScoring? names = null, bool organizationHeads = false)
    {
        var words = new NerWord[sentences.Count][];
        var labels = new List<byte[]>(sentences.Count);
        for (var s = 0; s < sentences.Count; s++)
        {
            var raw = sentences[s].Words;
            var w = new NerWord[raw.Length];
            for (var i = 0; i < w.Length; i++)
            {
                w[i] = NerWord.FromRaw(raw[i]);
            }

            words[s] = w;
            labels.Add(Tag(w));
        }

        if (document is not null)
        {
            DocumentConsistency.Apply(words, labels, sentences.Select(s => s.Group).ToList(), Model.Stats, document);
        }

        if (names is { } scoring)
        {
            for (var s = 0; s < labels.Count; s++)
            {
                Names.LabelPasses.Apply(words[s], labels[s], Features.Lexicon, Model.Stats, scoring, organizationHeads);
            }

            if (organizationHeads)
            {
                Names.LabelPasses.ApplyShortForms(words, labels, sentences.Select(s => s.Group).ToList(), Features.Lexicon, Model.Stats, document?.Window ?? 0);
            }
        }

        return labels;
    }

    /// <summary>Scores the tagger on labelled sentences (with the document pass when <paramref name="document"/> is given, the name passes when <paramref name="names"/> is, and the organization head pass when <paramref name="organizationHeads"/> is set).</summary>
    public NerEvaluation Evaluate(IReadOnlyList<ConllSentence> sentences, DocumentConsistency.Options? document = null, Names.GroupScoring? names = null, bool organizationHeads = false)
    {
        var eval = new NerEvaluation();
        var labels = TagSentences(sentences, document, names, organizationHeads);
        for (var s = 0; s < sentences.Count; s++)
        {
            eval.Add(sentences[s].Labels, labels[s]);
        }

        return eval;
    }

    /// <summary>Loads the default lexicon and a model from a stream.</summary>
    public static NerTagger Load(Stream model, NerLexicon? lexicon = null)
        => new(NerModel.Load(model), new NerFeatures(lexicon ?? NerLexicon.LoadDefault()));
}
