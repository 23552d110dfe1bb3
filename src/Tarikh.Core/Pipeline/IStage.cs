using Tarikh.Core.Text;

namespace Tarikh.Core.Pipeline;

/// <summary>
/// One step of the analysis. A stage reads the layers it requires and returns a copy of the document
/// with the layers it produces. Stages hold only immutable state (lexicons, models) and are thread-safe.
/// </summary>
public interface IStage
{
    /// <summary>Short name (<c>normalization</c>, <c>time</c>…).</summary>
    string Name { get; }

    /// <summary>Layers that must be present before this stage runs.</summary>
    IReadOnlyList<Layer> Requires { get; }

    /// <summary>Layers this stage adds.</summary>
    IReadOnlyList<Layer> Produces { get; }

    /// <summary>Runs the stage.</summary>
    AnalyzedDocument Run(AnalyzedDocument document, CancellationToken cancellationToken = default);
}
