using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;

namespace Tarikh.Core.Timeline;

/// <summary>The timeline stage: events in time order (see <see cref="TimelineBuilder"/>).</summary>
public sealed class TimelineStage : IStage
{
    private static readonly Layer[] Required = [Layer.Events];
    private static readonly Layer[] Produced = [Layer.Timeline];
    private readonly TimelineBuilder _builder;

    /// <summary>Creates the stage.</summary>
    public TimelineStage(TimelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        _builder = builder;
    }

    /// <inheritdoc />
    public string Name => "timeline";

    /// <inheritdoc />
    public IReadOnlyList<Layer> Requires => Required;

    /// <inheritdoc />
    public IReadOnlyList<Layer> Produces => Produced;

    /// <inheritdoc />
    public AnalyzedDocument Run(AnalyzedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        return document with { Timeline = _builder.Build(document), Layers = document.Layers.Add(Layer.Timeline) };
    }
}
