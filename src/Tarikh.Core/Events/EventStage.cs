using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;

namespace Tarikh.Core.Events;

/// <summary>The events stage: triggers with their participants, time and place (see <see cref="EventExtractor"/>).</summary>
public sealed class EventStage : IStage
{
    private static readonly Layer[] Required = [Layer.Tokens, Layer.Time, Layer.Entities];
    private static readonly Layer[] Produced = [Layer.Events];
    private readonly EventExtractor _extractor;

    /// <summary>Creates the stage.</summary>
    public EventStage(EventExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _extractor = extractor;
    }

    /// <inheritdoc />
    public string Name => "events";

    /// <inheritdoc />
    public IReadOnlyList<Layer> Requires => Required;

    /// <inheritdoc />
    public IReadOnlyList<Layer> Produces => Produced;

    /// <inheritdoc />
    public AnalyzedDocument Run(AnalyzedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var events = _extractor.Extract(document, cancellationToken);
        return document with { Events = events, Layers = document.Layers.Add(Layer.Events) };
    }
}
