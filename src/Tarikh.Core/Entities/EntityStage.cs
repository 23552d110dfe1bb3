using Tarikh.Core.Entities.Clustering;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;

namespace Tarikh.Core.Entities;

/// <summary>Adds entity mentions, clusters and the document's subject (requires sentences and tokens).</summary>
public sealed class EntityStage : IStage
{
    private readonly EntityRecognizer _recognizer;
    private readonly MentionClusterer _clusterer;

    /// <summary>Creates the stage.</summary>
    public EntityStage(EntityResources resources, EntityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(resources);
        _recognizer = new EntityRecognizer(resources, options);
        _clusterer = new MentionClusterer(resources.Lexicon, options);
    }

    /// <inheritdoc />
    public string Name => "entities";

    /// <inheritdoc />
    public IReadOnlyList<Layer> Requires => [Layer.Sentences, Layer.Tokens];

    /// <inheritdoc />
    public IReadOnlyList<Layer> Produces => [Layer.Entities];

    /// <inheritdoc />
    public AnalyzedDocument Run(AnalyzedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (mentions, docNorms) = _recognizer.RecognizeWithIndex(document, out var tokenFlags, cancellationToken);
        var normalized = document.Normalized!;
        // The recognizer's list is handed over to the clusterer (no copy): nothing else holds it.
        var result = _clusterer.ClusterInPlace(document, mentions, (first, end, type) => _recognizer.Build(document, normalized, docNorms, first, end, type, 0.5, MentionSource.Alias), out _, tokenFlags);
        return document with
        {
            Entities = result.Mentions,
            Clusters = result.Clusters,
            Subject = result.Subject,
            Layers = document.Layers.Add(Layer.Entities),
        };
    }
}
