using System.Collections.Immutable;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Evaluation;

/// <summary>A flag raised on a survey document, with the sentence it sits in and its verdict, if reviewed.</summary>
/// <param name="Document">The document id.</param>
/// <param name="Flag">The flag.</param>
/// <param name="Sentence">The sentence that holds the flag's first span (for reviewing).</param>
/// <param name="FirstSpanText">The text under the first evidence span.</param>
/// <param name="Verdict">The reviewed verdict, or null.</param>
public sealed record SurveyedFlag(string Document, Flag Flag, string Sentence, string FirstSpanText, FlagVerdict? Verdict)
{
    /// <summary>Start of the first evidence span (0 when the flag has none).</summary>
    public int Start => Flag.Spans.IsDefaultOrEmpty ? 0 : Flag.Spans[0].Start;

    /// <summary>End of the first evidence span (0 when the flag has none).</summary>
    public int End => Flag.Spans.IsDefaultOrEmpty ? 0 : Flag.Spans[0].End;
}

/// <summary>Counts of one rule over a survey.</summary>
/// <param name="Rule">The rule id.</param>
/// <param name="Errors">Flags of severity error.</param>
/// <param name="Warnings">Flags of severity warning.</param>
/// <param name="Infos">Flags of severity info.</param>
/// <param name="ReviewedTrue">Errors and warnings reviewed as right.</param>
/// <param name="ReviewedFalse">Errors and warnings reviewed as false alarms.</param>
/// <param name="Unreviewed">Errors and warnings nobody reviewed yet.</param>
public sealed record RuleSurvey(string Rule, int Errors, int Warnings, int Infos, int ReviewedTrue, int ReviewedFalse, int Unreviewed)
{
    /// <summary>Precision over the reviewed errors and warnings, or null when none was reviewed.</summary>
    public double? Precision => ReviewedTrue + ReviewedFalse == 0 ? null : (double)ReviewedTrue / (ReviewedTrue + ReviewedFalse);
}

/// <summary>The result of a survey: the flags real text raises, by rule, per 10,000 words, with verdicts.</summary>
/// <param name="Documents">Documents analyzed.</param>
/// <param name="Words">Words analyzed.</param>
/// <param name="Rules">Per-rule counts (every rule that fired), in rule-id order.</param>
/// <param name="Total">All rules together.</param>
/// <param name="Flags">Every flag, in document order.</param>
/// <param name="Failures">Documents that could not be analyzed, with the reason.</param>
public sealed record FlagSurveyResult(int Documents, long Words, ImmutableArray<RuleSurvey> Rules, RuleSurvey Total, ImmutableArray<SurveyedFlag> Flags, ImmutableArray<string> Failures)
{
    /// <summary>Errors and warnings per 10,000 words for a rule's counts.</summary>
    public double PerTenThousandWords(RuleSurvey rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Words == 0 ? 0 : (rule.Errors + rule.Warnings) * 10_000.0 / Words;
    }
}

/// <summary>
/// Runs the full analysis over real text nobody tuned the rules on and reports what the rules flag:
/// error and warning flags per 10,000 words by rule, and their precision over the hand-reviewed list.
/// Every error and warning should be reviewed; <see cref="RuleSurvey.Unreviewed"/> says how many are not.
/// </summary>
public static class FlagSurvey
{
    /// <summary>Analyzes each document and gathers its flags.</summary>
    /// <param name="documents">The corpus.</param>
    /// <param name="analyze">The full pipeline over a text.</param>
    /// <param name="reviewed">The reviewed verdicts.</param>
    /// <param name="cancellationToken">Stops between documents.</param>
    public static FlagSurveyResult Run(IEnumerable<CorpusDocument> documents, Func<string, AnalyzedDocument> analyze, ReviewedFlags reviewed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(analyze);
        ArgumentNullException.ThrowIfNull(reviewed);
        var flags = ImmutableArray.CreateBuilder<SurveyedFlag>();
        var failures = ImmutableArray.CreateBuilder<string>();
        int docs = 0;
        long words = 0;
        foreach (var d in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            AnalyzedDocument analyzed;
            try
            {
                analyzed = analyze(d.Text);
            }
#pragma warning disable CA1031 // a survey reports a document it cannot analyze and goes on
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                failures.Add($"{d.Id}: {e.GetType().Name}: {e.Message}");
                continue;
            }

            docs++;
            words += d.Words;
            foreach (var f in analyzed.Flags)
            {
                var first = f.Spans.IsDefaultOrEmpty ? default : f.Spans[0];
                var spanText = f.Spans.IsDefaultOrEmpty ? string.Empty : analyzed.TextOf(first);
                var s = f.Spans.IsDefaultOrEmpty ? -1 : analyzed.SentenceAt(first.Start);
                var sentence = s < 0 ? spanText : analyzed.TextOf(analyzed.Sentences[s].Span);
                var verdict = f.Spans.IsDefaultOrEmpty ? null : reviewed.Find(d.Id, f.Rule, first.Start, first.End, spanText);
                flags.Add(new SurveyedFlag(d.Id, f, sentence, spanText, verdict));
            }
        }

        var all = flags.ToImmutable();
        var rules = all.GroupBy(f => f.Flag.Rule, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Count(g.Key, g))
            .ToImmutableArray();
        return new FlagSurveyResult(docs, words, rules, Count("all", all), all, failures.ToImmutable());
    }

    private static RuleSurvey Count(string rule, IEnumerable<SurveyedFlag> flags)
    {
        int errors = 0, warnings = 0, infos = 0, ok = 0, wrong = 0, open = 0;
        foreach (var f in flags)
        {
            switch (f.Flag.Severity)
            {
                case Severity.Error: errors++; break;
                case Severity.Warning: warnings++; break;
                default: infos++; continue;
            }

            if (f.Verdict is null)
            {
                open++;
            }
            else if (f.Verdict.Correct)
            {
                ok++;
            }
            else
            {
                wrong++;
            }
        }

        return new RuleSurvey(rule, errors, warnings, infos, ok, wrong, open);
    }
}
