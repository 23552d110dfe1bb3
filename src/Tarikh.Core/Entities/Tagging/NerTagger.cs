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

        var f = Features.Extract(words, Model.Stats);
        Model.Tag(f, labels, margins);
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

    /// <summary>Scores the tagger on labelled sentences.</summary>
    public NerEvaluation Evaluate(IEnumerable<ConllSentence> sentences)
    {
        var eval = new NerEvaluation();
        foreach (var s in sentences)
        {
            eval.Add(s.Labels, TagRaw(s.Words));
        }

        return eval;
    }

    /// <summary>Loads the default lexicon and a model from a stream.</summary>
    public static NerTagger Load(Stream model, NerLexicon? lexicon = null)
        => new(NerModel.Load(model), new NerFeatures(lexicon ?? NerLexicon.LoadDefault()));
}
