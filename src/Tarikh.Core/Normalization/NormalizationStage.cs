using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;

namespace Tarikh.Core.Normalization;

/// <summary>Adds the normalized view (with its offset map) and the web-noise lines.</summary>
public sealed class NormalizationStage : IStage
{
    private readonly ArabicNormalizer _normalizer;
    private readonly NoiseDetector _noise;

    /// <summary>Creates the stage.</summary>
    public NormalizationStage(ArabicNormalizer? normalizer = null, NoiseDetector? noise = null)
    {
        _normalizer = normalizer ?? ArabicNormalizer.Default;
        _noise = noise ?? NoiseDetector.Default;
    }

    /// <inheritdoc />
    public string Name => "normalization";

    /// <inheritdoc />
    public IReadOnlyList<Layer> Requires => [];

    /// <inheritdoc />
    public IReadOnlyList<Layer> Produces => [Layer.Normalized, Layer.Noise];

    /// <inheritdoc />
    public AnalyzedDocument Run(AnalyzedDocument document, CancellationToken cancellationToken = default)
    {
        var text = document.Source.Text;
        var normalized = _normalizer.Normalize(text);
        cancellationToken.ThrowIfCancellationRequested();
        return document with
        {
            Normalized = normalized,
            Noise = _noise.Detect(text),
            Layers = document.Layers.Add(Layer.Normalized).Add(Layer.Noise),
        };
    }
}
