using System.Collections.Immutable;
using System.Text.Json;

namespace Tarikh.Core.Checks;

/// <summary>One gold case of the consistency-check test set (a line of <c>data/gold/checks/cases.jsonl</c>).</summary>
/// <param name="Id">Case id.</param>
/// <param name="Text">The Arabic text.</param>
/// <param name="Expected">The rules that must flag it (empty: a correct text, no flag of any rule).</param>
/// <param name="Note">What the case is about.</param>
public sealed record CheckCase(string Id, string Text, ImmutableArray<string> Expected, string? Note);

/// <summary>Counts of one rule: a rule flagging a case counts once per case.</summary>
/// <param name="Rule">Rule id (or <c>all</c>).</param>
/// <param name="TruePositives">Cases expected and flagged.</param>
/// <param name="FalsePositives">Cases flagged but not expected.</param>
/// <param name="FalseNegatives">Cases expected but not flagged.</param>
public sealed record RuleScore(string Rule, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP); 1 when nothing was flagged.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 1 when nothing was expected.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
}

/// <summary>What happened on one case.</summary>
/// <param name="Case">The case.</param>
/// <param name="Flagged">The rules that flagged it.</param>
/// <param name="Flags">The flags.</param>
public sealed record CaseOutcome(CheckCase Case, ImmutableArray<string> Flagged, ImmutableArray<Flag> Flags)
{
    /// <summary>Rules expected but not flagged.</summary>
    public IEnumerable<string> Missed => Case.Expected.Except(Flagged);

    /// <summary>Rules flagged but not expected.</summary>
    public IEnumerable<string> Unexpected => Flagged.Except(Case.Expected);
}

/// <summary>Scores of a run: per rule and overall (micro-averaged).</summary>
/// <param name="Rules">Per-rule scores, in rule order.</param>
/// <param name="Total">Micro-averaged score over all rules.</param>
/// <param name="Outcomes">Every case with its flags.</param>
public sealed record ChecksEvaluationResult(ImmutableArray<RuleScore> Rules, RuleScore Total, ImmutableArray<CaseOutcome> Outcomes);

/// <summary>
/// Evaluates the consistency rules on gold cases: precision and recall per rule, counting a rule at
/// most once per case. The gold format is JSON Lines, one object per case:
/// <c>{"id":"cal-w1","expect":[{"rule":"calendar-equivalence"}],"text":"…","note":"…"}</c>; an empty
/// <c>expect</c> marks a correct text on which no rule may fire. Documented in data/gold/checks/README.md.
/// </summary>
public static class ChecksEvaluation
{
    /// <summary>Parses gold cases from JSON Lines. Blank lines and lines starting with <c>#</c> or <c>//</c> are skipped.</summary>
    /// <returns>The cases, and an error message per malformed line (with its number).</returns>
    public static (ImmutableArray<CheckCase> Cases, ImmutableArray<string> Errors) Parse(string jsonl)
    {
        ArgumentNullException.ThrowIfNull(jsonl);
        var cases = ImmutableArray.CreateBuilder<CheckCase>();
        var errors = ImmutableArray.CreateBuilder<string>();
        var lineNo = 0;
        foreach (var raw in jsonl.Split('\n'))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var id = root.TryGetProperty("id", out var i) ? i.GetString() ?? $"line-{lineNo}" : $"line-{lineNo}";
                if (!root.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String)
                {
                    errors.Add($"line {lineNo}: missing \"text\"");
                    continue;
                }

                var expected = ImmutableArray.CreateBuilder<string>();
                if (root.TryGetProperty("expect", out var ex) && ex.ValueKind == JsonValueKind.Array)
                {
                    foreach (var e in ex.EnumerateArray())
                    {
                        var rule = e.ValueKind == JsonValueKind.String ? e.GetString() : e.TryGetProperty("rule", out var r) ? r.GetString() : null;
                        if (!string.IsNullOrEmpty(rule))
                        {
                            expected.Add(rule);
                        }
                    }
                }

                var note = root.TryGetProperty("note", out var n) ? n.GetString() : null;
                cases.Add(new CheckCase(id, t.GetString()!, expected.Distinct().ToImmutableArray(), note));
            }
            catch (JsonException e)
            {
                errors.Add($"line {lineNo}: {e.Message}");
            }
        }

        return (cases.ToImmutable(), errors.ToImmutable());
    }

    /// <summary>Runs <paramref name="analyze"/> on every case and scores the flags.</summary>
    /// <param name="cases">The gold cases.</param>
    /// <param name="analyze">Analyzes a text and returns its flags (the full pipeline, in production).</param>
    /// <param name="rules">The rule ids to report (all built-in rules when null).</param>
    public static ChecksEvaluationResult Evaluate(IEnumerable<CheckCase> cases, Func<string, ImmutableArray<Flag>> analyze, IReadOnlyList<string>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(analyze);
        rules ??= ConsistencyChecker.RuleIds;
        var outcomes = new List<CaseOutcome>();
        foreach (var c in cases)
        {
            var flags = analyze(c.Text);
            outcomes.Add(new CaseOutcome(c, [.. flags.Select(f => f.Rule).Distinct()], flags));
        }

        var allRules = rules.Concat(outcomes.SelectMany(o => o.Flagged.Concat(o.Case.Expected))).Distinct().ToList();
        var scores = allRules.Select(r => new RuleScore(r,
            outcomes.Count(o => o.Case.Expected.Contains(r) && o.Flagged.Contains(r)),
            outcomes.Count(o => !o.Case.Expected.Contains(r) && o.Flagged.Contains(r)),
            outcomes.Count(o => o.Case.Expected.Contains(r) && !o.Flagged.Contains(r)))).ToImmutableArray();
        var total = new RuleScore("all", scores.Sum(s => s.TruePositives), scores.Sum(s => s.FalsePositives), scores.Sum(s => s.FalseNegatives));
        return new ChecksEvaluationResult(scores, total, [.. outcomes]);
    }
}
