using Tarikh.Core.Pipeline;

namespace Tarikh.Core.Knowledge;

/// <summary>Adds the knowledge stage to a pipeline.</summary>
public static class KnowledgePipeline
{
    /// <summary>
    /// The pipeline's stages followed by a <see cref="KnowledgeStage"/> over the knowledge base (after the checks), whose verifier
    /// uses <paramref name="options"/> (null: the defaults), e.g. a wider or narrower <see cref="VerifierOptions.AttributionGate"/>.
    /// </summary>
    /// <remarks>
    /// The entity stage, when the pipeline has one without known names, is given the knowledge base's names
    /// (<see cref="KbKnownNames"/>): a person, place or organization the knowledge base names in two words or more is one
    /// mention of its type however the tagger cut or typed it, so the claims and checks read the corrected mentions too.
    /// </remarks>
    public static AnalysisPipeline WithKnowledge(AnalysisPipeline pipeline, IKnowledgeBase kb, VerifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(kb);
        var builder = AnalysisPipeline.CreateBuilder();
        foreach (var stage in pipeline.Stages)
        {
            builder.Add(stage is Entities.EntityStage entities && entities.KnownNames is null ? entities.WithKnownNames(new KbKnownNames(kb)) : stage);
        }

        return builder.Add(new KnowledgeStage(kb, verifier: options is null ? null : new ClaimVerifier(options))).Build();
    }
}
