using Tarikh.Core.Pipeline;

namespace Tarikh.Core.Knowledge;

/// <summary>Adds the knowledge stage to a pipeline.</summary>
public static class KnowledgePipeline
{
    /// <summary>The pipeline's stages followed by a <see cref="KnowledgeStage"/> over the knowledge base (after the checks).</summary>
    public static AnalysisPipeline WithKnowledge(AnalysisPipeline pipeline, IKnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(kb);
        var builder = AnalysisPipeline.CreateBuilder();
        foreach (var stage in pipeline.Stages)
        {
            builder.Add(stage);
        }

        return builder.Add(new KnowledgeStage(kb)).Build();
    }
}
