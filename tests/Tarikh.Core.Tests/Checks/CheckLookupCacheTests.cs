using System.Collections.Immutable;
using Tarikh.Core.Checks;
using Tarikh.Core.Entities;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 16 (issue-18): the check context answers a month question once per token, and ClusterNames fills a list the
/// context reuses. The answers must not depend on the order of the questions nor on the list being reused.
/// </summary>
public class CheckLookupCacheTests
{
    private static readonly AnalysisPipeline Foundation = TarikhPipeline.CreateFoundation(TarikhResources.LoadDefault());

    [Fact]
    public void MonthNamesAreTheSameAskedForwardBackwardAndTwice()
    {
        var doc = Foundation.Run(new SourceText(File.ReadAllText(SharedData.LeninArticlePath)));
        var forward = new CheckContext(doc, CheckLexicon.Default, ChecksOptions.Default);
        var backward = new CheckContext(doc, CheckLexicon.Default, ChecksOptions.Default);
        var n = doc.Tokens.Length;
        var first = new (MonthName? Month, int Length)[n];
        for (var i = n - 1; i >= 0; i--)
        {
            first[i] = (backward.MonthAt(i, out var l), l);
        }

        var months = 0;
        for (var i = 0; i < n; i++)
        {
            var m = forward.MonthAt(i, out var length);
            var again = forward.MonthAt(i, out var lengthAgain);
            Assert.Equal(first[i].Length, length);
            Assert.Equal(length, lengthAgain);
            Assert.Equal(first[i].Month is null, m is null);
            Assert.Same(m, again);
            if (m is not null)
            {
                months++;
                Assert.Equal(first[i].Month!.Month, m.Month);
                Assert.Equal(first[i].Month!.Hijri, m.Hijri);
                Assert.True(first[i].Month!.Tokens.SequenceEqual(m.Tokens));
            }
        }

        Assert.True(months > 10, $"only {months} month names: the comparison says little");
    }

    [Fact]
    public void CandidatesIntoAReusedListAreTheFreshListAndDistinct()
    {
        // "بالقاهرة" can be read as القاهره twice (without ب, and ال + the rest after بال): its positions must come once.
        var doc = Foundation.Run(new SourceText("درس في جامعة بالقاهرة ثم في جامعة القاهرة وفي جامعة قاهرة المعز.", "test"));
        var tokens = doc.Tokens;
        var seconds = new[] { "القاهره", "قاهره", "الازهر", "دمشق", "بغداد", "المدينه", "الكتب", "القاهره", "فاس" };
        var forms = seconds.Select((w, i) => (Form: ImmutableArray.Create("جامعه", w), Cluster: i, Label: EntityLabels.Organization)).ToList();
        forms.Add((ImmutableArray.Create("جامعه"), 99, EntityLabels.Organization));
        var entry = new ClusterNames.Entry(forms);
        var reused = new List<int> { 42, 7 };
        for (var k = 0; k < tokens.Length; k++)
        {
            var fresh = entry.Candidates(tokens[k]);
            Assert.NotNull(fresh);
            Assert.True(entry.Candidates(tokens[k], reused));
            Assert.Equal(fresh, reused);
            Assert.Equal(reused.Distinct().Order(), reused);
        }

        var at = Enumerable.Range(0, tokens.Length).First(k => tokens[k].Norm == "بالقاهره");
        Assert.True(entry.Candidates(tokens[at], reused));
        Assert.Equal([0, 1, 7, 9], reused);
        Assert.True(entry.Candidates(null, reused));
        Assert.Equal([9], reused);
    }
}
