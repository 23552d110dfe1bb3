using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks;

/// <summary>
/// The consistency-check stage: runs <see cref="ConsistencyChecker"/> over the time, entity and event
/// layers and adds the <see cref="Layer.Checks"/> layer (<see cref="AnalyzedDocument.Flags"/>).
/// </summary>
public sealed class ChecksStage : IStage
{
    /// <summary>Creates the stage.</summary>
    /// <param name="checker">The checker (rules, lexicon, thresholds).</param>
    /// <param name="requires">The layers required (defaults to tokens, time, entities and events).</param>
    public ChecksStage(ConsistencyChecker? checker = null, IReadOnlyList<Layer>? requires = null)
    {
        Checker = checker ?? ConsistencyChecker.Default;
        Requires = requires ?? [Layer.Tokens, Layer.Time, Layer.Entities, Layer.Events];
        if (Checker.Rules.Any(r => r is Rules.NameAnomalyRule))
        {
            Checker.Lexicon.LoadFamousNamesInBackground(); // the famous-names index, built while the earlier stages run
        }
    }

    /// <summary>The checker.</summary>
    public ConsistencyChecker Checker { get; }

    /// <inheritdoc />
    public string Name => "checks";

    /// <inheritdoc />
    public IReadOnlyList<Layer> Requires { get; }

    /// <inheritdoc />
    public IReadOnlyList<Layer> Produces { get; } = [Layer.Checks];

    /// <inheritdoc />
    public AnalyzedDocument Run(AnalyzedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);

        // The rules read claims; a pipeline without the claims stage gets them read here, so every
        // claim a flag names is in the document.
        if (!document.Has(Layer.Claims) && document.Has(Layer.Entities))
        {
            document = new Claims.ClaimsStage().Run(document, cancellationToken);
        }

        var outcome = Checker.Run(document, cancellationToken);
        var checkedDocument = document with
        {
            Flags = outcome.Flags,
            Diagnostics = outcome.Diagnostics.IsEmpty ? document.Diagnostics : document.Diagnostics.AddRange(outcome.Diagnostics),
            Layers = document.Layers.Add(Layer.Checks),
        };

        // The last stage that reads the document index (Claims.DocumentIndex.For): the document handed on does not keep
        // it alive (a later reader builds it again on first use).
        checkedDocument.IndexField = null;
        return checkedDocument;
    }
}
