using Tarikh.Core.Entities.Clustering;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;

namespace Tarikh.Core.Entities;

/// <summary>Adds entity mentions, clusters and the document's subject (requires sentences and tokens).</summary>
public sealed class EntityStage : IStage
{
    private readonly EntityRecognizer _recognizer;
    private readonly MentionClusterer _clusterer;
    private readonly EntityResources _resources;
    private readonly EntityOptions? _options;

    /// <summary>Creates the stage.</summary>
    public EntityStage(EntityResources resources, EntityOptions? options = null)
        : this(resources, options, null)
    {
    }

    private EntityStage(EntityResources resources, EntityOptions? options, IKnownNames? knownNames)
    {
        ArgumentNullException.ThrowIfNull(resources);
        _resources = resources;
        _options = options;
        _recognizer = new EntityRecognizer(resources, options);
        _clusterer = new MentionClusterer(resources.Lexicon, options);
        KnownNames = knownNames;
    }

    /// <summary>Names known from outside the text that correct the tagger's mentions (see <see cref="IKnownNames"/>), or null.</summary>
    public IKnownNames? KnownNames { get; }

    /// <summary>The same stage, with <paramref name="knownNames"/> correcting the tagger's mentions (null: none).</summary>
    public EntityStage WithKnownNames(IKnownNames? knownNames) => new(_resources, _options, knownNames);

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
        if (KnownNames is not null)
        {
            mentions = _recognizer.ApplyKnownNames(document, normalized, mentions, KnownNames);
        }

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
