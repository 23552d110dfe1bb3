using System.Collections.Immutable;
using NodaTime;
using Tarikh.Core.Text;

namespace Tarikh.Core.Pipeline;

/// <summary>An ordered, validated list of stages. Immutable and thread-safe.</summary>
public sealed class AnalysisPipeline
{
    internal AnalysisPipeline(ImmutableArray<IStage> stages) => Stages = stages;

    /// <summary>The stages, in order.</summary>
    public ImmutableArray<IStage> Stages { get; }

    /// <summary>Starts a builder.</summary>
    public static PipelineBuilder CreateBuilder() => new();

    /// <summary>Runs every stage on a source text.</summary>
    public AnalyzedDocument Run(SourceText source, string? id = null, LocalDate? referenceDate = null, CancellationToken cancellationToken = default)
        => Run(new AnalyzedDocument(source, id, referenceDate), cancellationToken);

    /// <summary>Runs every stage on a document (which may already carry layers).</summary>
    public AnalyzedDocument Run(AnalyzedDocument document, CancellationToken cancellationToken = default)
    {
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            document = stage.Run(document, cancellationToken);
        }

        return document;
    }
}

/// <summary>Builds an <see cref="AnalysisPipeline"/>, checking that each stage's required layers come first.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> _stages = [];

    /// <summary>Appends a stage.</summary>
    public PipelineBuilder Add(IStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>
    /// Validates the order and builds. A missing layer is a programming error, so it throws
    /// <see cref="InvalidOperationException"/> naming the stage and the layer.
    /// </summary>
    public AnalysisPipeline Build()
    {
        var available = new HashSet<Layer>();
        foreach (var stage in _stages)
        {
            foreach (var layer in stage.Requires)
            {
                if (!available.Contains(layer))
                {
                    throw new InvalidOperationException($"Stage '{stage.Name}' requires layer {layer}, which no earlier stage produces.");
                }
            }

            foreach (var layer in stage.Produces)
            {
                available.Add(layer);
            }
        }

        return new AnalysisPipeline([.. _stages]);
    }
}
