using System.Collections.Immutable;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Evaluation;

/// <summary>What became of one injected contradiction.</summary>
/// <param name="Document">The document it was injected into.</param>
/// <param name="Mutation">The mutation.</param>
/// <param name="Caught">True when the expected rule flagged it at the site.</param>
/// <param name="Collateral">Flags the mutated text raises that the original did not, of another rule and away from the site.</param>
public sealed record MutationOutcome(string Document, Mutation Mutation, bool Caught, ImmutableArray<Flag> Collateral);

/// <summary>Recall of one operator.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Rule">The rule it is meant for.</param>
/// <param name="Injected">Mutations injected.</param>
/// <param name="Caught">Mutations the rule flagged at the site.</param>
/// <param name="Collateral">Flags raised outside the mutation, over all of its mutations.</param>
public sealed record OperatorScore(string Operator, string Rule, int Injected, int Caught, int Collateral)
{
    /// <summary>Caught / injected, or null when nothing was injected.</summary>
    public double? Recall => Injected == 0 ? null : (double)Caught / Injected;
}

/// <summary>The result of a mutation run.</summary>
/// <param name="Documents">Documents read.</param>
/// <param name="Operators">Per-operator scores, in operator order.</param>
/// <param name="Outcomes">Every mutation with its outcome.</param>
/// <param name="Failures">Documents or mutations that could not be analyzed, with the reason.</param>
public sealed record MutationResult(int Documents, ImmutableArray<OperatorScore> Operators, ImmutableArray<MutationOutcome> Outcomes, ImmutableArray<string> Failures);

/// <summary>
/// Injects known contradictions (<see cref="Mutator"/>) into real texts, analyzes each mutated text, and
/// reports per operator how many the expected rule caught at the mutation site, and any flag raised
/// outside it (a flag of the mutated text whose rule and evidence text the original did not have, of
/// another rule, not touching the site).
/// </summary>
public static class MutationEvaluation
{
    /// <summary>Runs the mutations over the documents.</summary>
    /// <param name="documents">Real biographies and histories.</param>
    /// <param name="analyze">The full pipeline over a text.</param>
    /// <param name="mutator">The mutation operators.</param>
    /// <param name="cancellationToken">Stops between documents.</param>
    public static MutationResult Run(IEnumerable<CorpusDocument> documents, Func<string, AnalyzedDocument> analyze, Mutator mutator, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(analyze);
        ArgumentNullException.ThrowIfNull(mutator);
        var outcomes = ImmutableArray.CreateBuilder<MutationOutcome>();
        var failures = ImmutableArray.CreateBuilder<string>();
        var docs = 0;
        foreach (var d in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!TryAnalyze(analyze, d.Text, d.Id, failures, out var original))
            {
                continue;
            }

            docs++;
            var before = Keys(original);
            List<Mutation> mutations;
            try
            {
                mutations = [.. mutator.Generate(original)];
            }
#pragma warning disable CA1031 // a mutation operator that fails on one document is reported (it is a bug to fix) and the run goes on
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                failures.Add($"{d.Id} (mutation operators): {e.GetType().Name}: {e.Message}");
                continue;
            }

            foreach (var m in mutations)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!TryAnalyze(analyze, m.Text, $"{d.Id} ({m.Operator})", failures, out var mutated))
                {
                    continue;
                }

                // Caught: a flag of the expected rule that touches the site and that the original text did not raise already.
                var caught = mutated.Flags.Any(f => f.Rule == m.Rule && f.Spans.Any(s => s.Overlaps(m.Site) || m.Site.Contains(s)) && !before.ContainsKey(Key(mutated, f)));
                var remaining = new Dictionary<string, int>(before, StringComparer.Ordinal);
                var collateral = ImmutableArray.CreateBuilder<Flag>();
                foreach (var f in mutated.Flags)
                {
                    var key = Key(mutated, f);
                    if (remaining.TryGetValue(key, out var n) && n > 0)
                    {
                        remaining[key] = n - 1;
                        continue;
                    }

                    if (f.Rule != m.Rule && f.Severity != Severity.Info && !f.Spans.Any(s => s.Overlaps(m.Site)))
                    {
                        collateral.Add(f);
                    }
                }

                outcomes.Add(new MutationOutcome(d.Id, m, caught, collateral.ToImmutable()));
            }
        }

        var all = outcomes.ToImmutable();
        var scores = Mutator.Operators.Select(o =>
        {
            var mine = all.Where(x => x.Mutation.Operator == o.Operator).ToList();
            return new OperatorScore(o.Operator, o.Rule, mine.Count, mine.Count(x => x.Caught), mine.Sum(x => x.Collateral.Length));
        }).ToImmutableArray();
        return new MutationResult(docs, scores, all, failures.ToImmutable());
    }

    private static bool TryAnalyze(Func<string, AnalyzedDocument> analyze, string text, string id, ImmutableArray<string>.Builder failures, out AnalyzedDocument document)
    {
        try
        {
            document = analyze(text);
            return true;
        }
#pragma warning disable CA1031 // an evaluation reports a text it cannot analyze and goes on
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            failures.Add($"{id}: {e.GetType().Name}: {e.Message}");
            document = null!;
            return false;
        }
    }

    private static Dictionary<string, int> Keys(AnalyzedDocument d)
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in d.Flags)
        {
            var k = Key(d, f);
            keys[k] = keys.GetValueOrDefault(k) + 1;
        }

        return keys;
    }

    /// <summary>A flag's identity that survives offsets moving: its rule and the texts under its spans.</summary>
    private static string Key(AnalyzedDocument d, Flag f) => f.Rule + "|" + string.Join("|", f.Spans.IsDefault ? [] : f.Spans.Select(d.TextOf));
}
