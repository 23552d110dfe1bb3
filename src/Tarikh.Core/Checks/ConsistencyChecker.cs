using System.Collections.Immutable;
using Tarikh.Core.Checks.Rules;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks;

/// <summary>
/// Runs the consistency rules over an analyzed document and returns their flags, de-duplicated and
/// ordered by the first evidence span. Pure, immutable and thread-safe.
/// </summary>
public sealed class ConsistencyChecker
{
    /// <summary>Creates a checker with the given rules.</summary>
    public ConsistencyChecker(IEnumerable<ICheckRule> rules, CheckLexicon? lexicon = null, ChecksOptions? options = null)
    {
        Rules = [.. rules];
        Lexicon = lexicon ?? CheckLexicon.Default;
        Options = options ?? ChecksOptions.Default;
    }

    /// <summary>The checker with every built-in rule and the embedded lexicon.</summary>
    public static ConsistencyChecker Default { get; } = new(DefaultRules());

    /// <summary>The rules, in run order.</summary>
    public ImmutableArray<ICheckRule> Rules { get; }

    /// <summary>The cue words and tables.</summary>
    public CheckLexicon Lexicon { get; }

    /// <summary>The thresholds.</summary>
    public ChecksOptions Options { get; }

    /// <summary>A fresh instance of every built-in rule.</summary>
    public static IEnumerable<ICheckRule> DefaultRules() =>
    [
        new CalendarEquivalenceRule(),
        new ImpossibleDateRule(),
        new MalformedDateRule(),
        new LifespanRule(),
        new AnachronismRule(),
        new OrdinalSeriesRule(),
        new FamilyOrderRule(),
        new ConflictingValuesRule(),
        new NameAnomalyRule(),
        new UnderspecifiedDateRule(),
        new OldStyleAmbiguityRule(),
        new WeekdayMismatchRule(),
    ];

    /// <summary>The rule ids of the built-in rules.</summary>
    public static ImmutableArray<string> RuleIds { get; } = [.. DefaultRules().Select(r => r.Id)];

    /// <summary>Checks a document.</summary>
    public ImmutableArray<Flag> Check(AnalyzedDocument document, CancellationToken cancellationToken = default)
        => Run(document, cancellationToken).Flags;

    /// <summary>
    /// Checks a document, each rule on its own: a rule that throws (a bug on an input it did not expect) is
    /// skipped and reported in <see cref="CheckOutcome.Diagnostics"/>, and the other rules' flags stand.
    /// Cancellation and out-of-memory still propagate.
    /// </summary>
    public CheckOutcome Run(AnalyzedDocument document, CancellationToken cancellationToken = default)
        => Run(document, null, cancellationToken);

    /// <summary>
    /// Checks a document as <see cref="Run(AnalyzedDocument, CancellationToken)"/> does, the anachronism and name-anomaly rules
    /// also reading what a knowledge base knows of the clusters the document links (<paramref name="knowledge"/>, or null).
    /// </summary>
    public CheckOutcome Run(AnalyzedDocument document, CheckKnowledge? knowledge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ctx = new CheckContext(document, Lexicon, Options, knowledge);
        var flags = new List<Flag>();
        var diagnostics = ImmutableArray.CreateBuilder<StageDiagnostic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in Rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Options.Disabled?.Contains(rule.Id) == true)
            {
                continue;
            }

            List<Flag> raised;
            try
            {
                // Materialized here so a rule that fails half-way adds none of its flags.
                raised = [.. rule.Check(ctx)];
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                diagnostics.Add(new StageDiagnostic("checks", rule.Id, StageDiagnostic.Describe(e)));
                continue;
            }

            foreach (var f in raised)
            {
                var key = f.Rule + "|" + string.Join(",", f.Spans.Select(s => s.ToString())) + "|" + f.MessageEn;
                if (seen.Add(key))
                {
                    flags.Add(f);
                }
            }
        }

        ImmutableArray<Flag> ordered = [.. flags.OrderBy(f => f.Spans.IsDefaultOrEmpty ? int.MaxValue : f.Spans.Min(s => s.Start)).ThenBy(f => f.Rule, StringComparer.Ordinal)];
        return new CheckOutcome(ordered, diagnostics.ToImmutable());
    }
}

/// <summary>What <see cref="ConsistencyChecker.Run(AnalyzedDocument, CancellationToken)"/> found: the flags, and the rules that failed and were skipped.</summary>
/// <param name="Flags">The flags, de-duplicated and ordered by their first evidence span.</param>
/// <param name="Diagnostics">One entry per rule that threw on this document.</param>
public sealed record CheckOutcome(ImmutableArray<Flag> Flags, ImmutableArray<StageDiagnostic> Diagnostics);
