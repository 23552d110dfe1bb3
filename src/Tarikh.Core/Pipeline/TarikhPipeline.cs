using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Pipeline;

/// <summary>
/// The default Tarikh pipeline: normalization → segmentation → time → entities → events → timeline → checks.
/// Stages are added here as they exist; each reads the layers of the ones before.
/// </summary>
public static class TarikhPipeline
{
    /// <summary>Builds the default pipeline from loaded resources.</summary>
    public static AnalysisPipeline CreateDefault(TarikhResources resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var builder = AnalysisPipeline.CreateBuilder()
            .Add(new NormalizationStage(resources.Normalizer, resources.Noise))
            .Add(new SegmentationStage(resources.Splitter, resources.Tokenizer));
        builder.Add(new Checks.ChecksStage(resources.Checker, requires: [Text.Layer.Tokens])); // last; reads time/entities/events when present
        return builder.Build();
    }

    /// <summary>Builds the pipeline up to tokens only (normalization and segmentation).</summary>
    public static AnalysisPipeline CreateFoundation(TarikhResources resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        return AnalysisPipeline.CreateBuilder()
            .Add(new NormalizationStage(resources.Normalizer, resources.Noise))
            .Add(new SegmentationStage(resources.Splitter, resources.Tokenizer))
            .Build();
    }
}
