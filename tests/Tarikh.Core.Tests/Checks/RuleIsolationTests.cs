using System.Text.Json;
using Tarikh.Core.Checks;
using Tarikh.Core.Checks.Rules;
using Tarikh.Core.Output;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// A rule that throws on a document is skipped and named in <see cref="AnalyzedDocument.Diagnostics"/>; the other
/// rules' flags and the earlier layers stand.
/// </summary>
public class RuleIsolationTests
{
    private static readonly AnalysisPipeline Pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());

    // 5 March 2024 was a Tuesday, so "الأحد" is a weekday mismatch.
    private const string WrongWeekday = "افتتح الوزير المعرض الدولي للكتاب يوم الأحد 5 آذار/مارس 2024 في العاصمة.";
    private const string RightWeekday = "افتتح الوزير المعرض الدولي للكتاب يوم الثلاثاء 5 آذار/مارس 2024 في العاصمة.";

    /// <summary>A rule with a bug: it throws on every document.</summary>
    private sealed class BrokenRule : ICheckRule
    {
        public string Id => "broken-rule";

        public IEnumerable<Flag> Check(CheckContext context)
        {
            yield return new Flag("broken-rule", Severity.Error, [], "جزء", "part", System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty);
            throw new InvalidOperationException("index out of step");
        }
    }

    private static AnalyzedDocument Check(string text, params ICheckRule[] rules)
    {
        var analyzed = Pipeline.Run(new SourceText(text));
        var stage = new ChecksStage(new ConsistencyChecker(rules));
        var doc = stage.Run(analyzed with { Flags = [], Diagnostics = [] });
        SpanAssert.Document(doc);
        return doc;
    }

    [Fact]
    public void AFailingRuleIsSkippedAndTheOtherRulesStillFlag()
    {
        var doc = Check(WrongWeekday, new BrokenRule(), new WeekdayMismatchRule());

        Assert.Contains(doc.Flags, f => f.Rule == "weekday-mismatch");
        Assert.DoesNotContain(doc.Flags, f => f.Rule == "broken-rule"); // what it yielded before failing is dropped
        var d = Assert.Single(doc.Diagnostics);
        Assert.Equal("checks", d.Stage);
        Assert.Equal("broken-rule", d.Component);
        Assert.Contains("InvalidOperationException", d.Error, StringComparison.Ordinal);
        Assert.Contains("broken-rule", d.MessageEn, StringComparison.Ordinal);
        Assert.Contains("broken-rule", d.MessageAr, StringComparison.Ordinal);
        Assert.NotEmpty(doc.Timexes); // the earlier layers are kept
    }

    [Fact]
    public void WorkingRulesLeaveNoDiagnostic()
    {
        var wrong = Check(WrongWeekday, new WeekdayMismatchRule());
        var right = Check(RightWeekday, new WeekdayMismatchRule());

        Assert.Empty(wrong.Diagnostics);
        Assert.Empty(right.Diagnostics);
        Assert.Contains(wrong.Flags, f => f.Rule == "weekday-mismatch");
        Assert.DoesNotContain(right.Flags, f => f.Rule == "weekday-mismatch");
    }

    [Fact]
    public void TheJsonNamesTheSkippedRuleOnlyWhenOneFailed()
    {
        using var failed = JsonDocument.Parse(DocumentJsonWriter.ToJson(Check(WrongWeekday, new BrokenRule(), new WeekdayMismatchRule())));
        using var clean = JsonDocument.Parse(DocumentJsonWriter.ToJson(Check(WrongWeekday, new WeekdayMismatchRule())));

        var item = Assert.Single(failed.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("broken-rule", item.GetProperty("component").GetString());
        Assert.False(string.IsNullOrEmpty(item.GetProperty("message_ar").GetString()));
        Assert.False(clean.RootElement.TryGetProperty("diagnostics", out _));
    }

    [Fact]
    public void CancellationStillStopsTheChecks()
    {
        var analyzed = Pipeline.Run(new SourceText(WrongWeekday));
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => new ConsistencyChecker([new WeekdayMismatchRule()]).Run(analyzed, cts.Token));
    }
}
