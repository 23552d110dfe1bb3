using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Pipeline;

/// <summary>
/// The default Tarikh pipeline: normalization → segmentation → time → entities → events → timeline → claims → checks.
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
            .Add(new SegmentationStage(resources.Splitter, resources.Tokenizer))
            .Add(new Time.TimeStage(resources.TimeLexicon, resources.Calendars));
        if (resources.Entities is not null)
        {
            builder.Add(new Entities.EntityStage(resources.Entities));
            builder.Add(new Events.EventStage(resources.Events));
            builder.Add(new Timeline.TimelineStage(resources.Timeline));
            builder.Add(new Claims.ClaimsStage(resources.Claims));
        }

        builder.Add(new Checks.ChecksStage(resources.Checker, requires: [Text.Layer.Tokens, Text.Layer.Time])); // last; reads entities/events when present
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
