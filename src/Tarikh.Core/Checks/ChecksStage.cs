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
        : this(checker, requires, null)
    {
    }

    /// <summary>
    /// Creates the stage over a knowledge base: the anachronism and name-anomaly rules also read the founding and dissolution
    /// years of the bodies and states the document links (P571/P576) and the lives of the people it links (P569/P570). The
    /// links are the document's (<see cref="AnalyzedDocument.KbLinks"/>) when a knowledge stage ran before; otherwise the stage
    /// links the clusters once, with the knowledge stage's linker, before the rules run (a rule never links a name itself).
    /// </summary>
    /// <param name="checker">The checker (rules, lexicon, thresholds).</param>
    /// <param name="requires">The layers required (defaults to tokens, time, entities and events).</param>
    /// <param name="knowledgeBase">The knowledge base, or null to check against the text and the lists alone.</param>
    public ChecksStage(ConsistencyChecker? checker, IReadOnlyList<Layer>? requires, Knowledge.IKnowledgeBase? knowledgeBase)
    {
        KnowledgeBase = knowledgeBase;
        Checker = checker ?? ConsistencyChecker.Default;
        Requires = requires ?? [Layer.Tokens, Layer.Time, Layer.Entities, Layer.Events];
        if (Checker.Rules.Any(r => r is Rules.NameAnomalyRule))
        {
            Checker.Lexicon.LoadFamousNamesInBackground(); // the famous-names index, built while the earlier stages run
        }
    }

    /// <summary>The checker.</summary>
    public ConsistencyChecker Checker { get; }

    /// <summary>The knowledge base the rules read (founding, dissolution and life years of linked items), or null.</summary>
    public Knowledge.IKnowledgeBase? KnowledgeBase { get; }

    /// <summary>This stage reading a knowledge base (the same checker and required layers).</summary>
    public ChecksStage WithKnowledge(Knowledge.IKnowledgeBase knowledgeBase)
        => new(Checker, Requires, knowledgeBase ?? throw new ArgumentNullException(nameof(knowledgeBase)));

    /// <summary>
    /// The pipeline with its checks stage reading a knowledge base (<see cref="WithKnowledge(Knowledge.IKnowledgeBase)"/>); the
    /// other stages as they are. Compose with <see cref="Knowledge.KnowledgePipeline.WithKnowledge"/> to verify claims too.
    /// </summary>
    public static AnalysisPipeline WithKnowledge(AnalysisPipeline pipeline, Knowledge.IKnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        var builder = AnalysisPipeline.CreateBuilder();
        foreach (var stage in pipeline.Stages)
        {
            builder.Add(stage is ChecksStage checks ? checks.WithKnowledge(knowledgeBase) : stage);
        }

        return builder.Build();
    }

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

        CheckKnowledge? knowledge = null;
        if (KnowledgeBase is { } kb && document.Has(Layer.Entities))
        {
            var links = document.Has(Layer.Knowledge) ? document.KbLinks : LinkOnce(document, kb, cancellationToken);
            knowledge = new CheckKnowledge(document, kb, links);
        }

        var outcome = Checker.Run(document, knowledge, cancellationToken);
        var checkedDocument = document with
        {
            Flags = outcome.Flags,
            Diagnostics = outcome.Diagnostics.IsEmpty ? document.Diagnostics : document.Diagnostics.AddRange(outcome.Diagnostics),
            Layers = document.Layers.Add(Layer.Checks),
        };

        // Links made here are handed on: the knowledge stage after the checks takes them instead of linking again.
        if (knowledge is not null && !document.Has(Layer.Knowledge))
        {
            checkedDocument.RememberLinks(knowledge.KnowledgeBase, knowledge.Links);
        }

        // The last stage that reads the document index (Claims.DocumentIndex.For): the document handed on does not keep
        // it alive (a later reader builds it again on first use).
        checkedDocument.IndexField = null;
        return checkedDocument;
    }

    /// <summary>The document's clusters linked as the knowledge stage links them (its linker and attribution guards).</summary>
    private static System.Collections.Immutable.ImmutableArray<Knowledge.KbLink> LinkOnce(AnalyzedDocument document, Knowledge.IKnowledgeBase kb, CancellationToken cancellationToken)
    {
        var verifier = new Knowledge.ClaimVerifier();
        return new Knowledge.EntityLinker().Link(document, kb, (claim, item) => verifier.ClaimIsAnothers(document, claim, item, kb), cancellationToken);
    }
}
