using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Pipeline;

/// <summary>
/// The immutable lexicons and models the stages use, loaded once and shared by every run
/// (and every thread). Later stages add their resources here.
/// </summary>
public sealed record TarikhResources
{
    /// <summary>The normalizer.</summary>
    public ArabicNormalizer Normalizer { get; init; } = ArabicNormalizer.Default;

    /// <summary>The web-noise detector.</summary>
    public NoiseDetector Noise { get; init; } = NoiseDetector.Default;

    /// <summary>The sentence splitter.</summary>
    public SentenceSplitter Splitter { get; init; } = SentenceSplitter.Default;

    /// <summary>The tokenizer.</summary>
    public Tokenizer Tokenizer { get; init; } = Tokenizer.Default;

    /// <summary>The consistency checker (rules, cue lexicon, thresholds).</summary>
    public Checks.ConsistencyChecker Checker { get; init; } = Checks.ConsistencyChecker.Default;

    /// <summary>Loads the default resources (embedded lexicons, committed models).</summary>
    public static TarikhResources LoadDefault() => new();
}
