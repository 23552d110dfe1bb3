using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// The knowledge-base stage: links clusters to items (<see cref="EntityLinker"/>), verifies the claims of
/// linked subjects (<see cref="ClaimVerifier"/>) and adds a <c>kb-contradiction</c> flag per contradiction
/// to the flags the checks produced. Runs after the checks; reads the claims layer when present.
/// </summary>
public sealed class KnowledgeStage : IStage
{
    /// <summary>Creates the stage over a knowledge base.</summary>
    public KnowledgeStage(IKnowledgeBase kb, EntityLinker? linker = null, ClaimVerifier? verifier = null)
    {
        KnowledgeBase = kb ?? throw new ArgumentNullException(nameof(kb));
        Linker = linker ?? new EntityLinker();
        defaultLinking = linker is null && verifier is null;
        Verifier = verifier ?? new ClaimVerifier();
    }

    /// <summary>The knowledge base.</summary>
    public IKnowledgeBase KnowledgeBase { get; }

    // Links the checks stage made (with the default linker) are reused only by a stage that links the default way too.
    private readonly bool defaultLinking;

    /// <summary>The linker.</summary>
    public EntityLinker Linker { get; }

    /// <summary>The verifier.</summary>
    public ClaimVerifier Verifier { get; }

    /// <inheritdoc />
    public string Name => "knowledge";

    /// <inheritdoc />
    public IReadOnlyList<Layer> Requires { get; } = [Layer.Entities];

    /// <inheritdoc />
    public IReadOnlyList<Layer> Produces { get; } = [Layer.Knowledge];

    /// <inheritdoc />
    public AnalyzedDocument Run(AnalyzedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        // The checks stage, given the same knowledge base, may have linked this very document already (analyze --kb).
        if (!defaultLinking || !document.TryRememberedLinks(KnowledgeBase, out var links))
        {
            links = Linker.Link(document, KnowledgeBase, (claim, item) => Verifier.ClaimIsAnothers(document, claim, item, KnowledgeBase), cancellationToken);
        }

        var (verifications, flags) = Verifier.Verify(document, links, KnowledgeBase, cancellationToken);
        return document with
        {
            KbLinks = links,
            Verifications = verifications,
            Flags = document.Flags.AddRange(flags),
            Layers = document.Layers.Add(Layer.Knowledge),
        };
    }
}
