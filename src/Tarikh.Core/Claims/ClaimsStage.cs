using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>
/// The claims stage: builds the <see cref="DocumentIndex"/> of a document and reads its claims
/// (<see cref="ClaimExtractor"/>) into <see cref="AnalyzedDocument.Claims"/>, adding <see cref="Layer.Claims"/>.
/// </summary>
public sealed class ClaimsStage : IStage
{
    private static readonly Layer[] Required = [Layer.Tokens, Layer.Time, Layer.Entities, Layer.Events];
    private static readonly Layer[] Produced = [Layer.Claims];

    /// <summary>Creates the stage.</summary>
    public ClaimsStage(ClaimExtractor? extractor = null) => Extractor = extractor ?? ClaimExtractor.Default;

    /// <summary>The extractor.</summary>
    public ClaimExtractor Extractor { get; }

    /// <inheritdoc />
    public string Name => "claims";

    /// <inheritdoc />
    public IReadOnlyList<Layer> Requires => Required;

    /// <inheritdoc />
    public IReadOnlyList<Layer> Produces => Produced;

    /// <inheritdoc />
    public AnalyzedDocument Run(AnalyzedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var claims = Extractor.Extract(document);
        return document with { Claims = claims, Layers = document.Layers.Add(Layer.Claims) };
    }
}
