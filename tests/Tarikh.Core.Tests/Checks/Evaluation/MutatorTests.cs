using System.Collections.Immutable;
using Tarikh.Core.Checks;
using Tarikh.Core.Checks.Evaluation;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Checks.Evaluation;

public class MutatorTests
{
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(() => TarikhPipeline.CreateDefault(TarikhResources.LoadDefault()));

    private const string Biography =
        "سليم حداد (1850–1901) طبيب وكاتب لبناني.\n"
        + "وُلد سليم حداد في مدينة حمص عام 1850، ودرس الطب في بيروت.\n"
        + "تخرّج سليم حداد في الكلية عام 1874، ثم سافر إلى باريس.\n"
        + "وفي عام 1880 أسس سليم حداد مستشفى في مدينة حمص.\n"
        + "توفي سليم حداد في دمشق عام 1901.\n";

    private static AnalyzedDocument Analyze(string text) => Pipeline.Value.Run(new SourceText(text));

    private static Mutation Only(string text, string op) =>
        Assert.Single(new Mutator(["سليم الخوري"]).Generate(Analyze(text)), m => m.Operator == op);

    /// <summary>A mutation changes only its site: the text before and after it is the original's.</summary>
    private static void ChangesOnlyTheSite(string original, Mutation m)
    {
        var tail = m.Text.Length - m.Site.End;
        Assert.Equal(original[..m.Site.Start], m.Text[..m.Site.Start]);
        Assert.Equal(original[^tail..], m.Text[m.Site.End..]);
    }

    [Fact]
    public void DeathIsMovedBeforeTheLatestDatedAct()
    {
        var m = Only(Biography, "death-before-act");
        Assert.Equal("lifespan", m.Rule);
        Assert.Equal("1877", m.Text[m.Site.Start..m.Site.End]);
        Assert.Contains("توفي سليم حداد في دمشق عام 1877", m.Text, StringComparison.Ordinal);
        ChangesOnlyTheSite(Biography, m);
    }

    [Fact]
    public void ActIsMovedAfterTheDeath()
    {
        var m = Only(Biography, "act-after-death");
        Assert.Equal("1905", m.Text[m.Site.Start..m.Site.End]);
        ChangesOnlyTheSite(Biography, m);
    }

    [Fact]
    public void BirthSentenceIsRepeatedWithAnotherYear()
    {
        var m = Only(Biography, "birth-duplicate-year");
        Assert.Equal("conflicting-values", m.Rule);
        var inserted = m.Text[m.Site.Start..m.Site.End];
        Assert.Contains("1856", inserted, StringComparison.Ordinal);
        Assert.Contains("وُلد سليم حداد", inserted, StringComparison.Ordinal);
        Assert.Equal(Biography, m.Text.Remove(m.Site.Start - 1, m.Site.Length + 1));
    }

    [Fact]
    public void HijriPairGetsAnotherGregorianYear()
    {
        const string text = "ولد الشيخ عبد الرحمن في القاهرة سنة 1222 هـ / 1807 م، وتعلم في الأزهر.\n";
        var m = Only(text, "hijri-pair-break");
        Assert.Equal("1814", m.Text[m.Site.Start..m.Site.End]);
        ChangesOnlyTheSite(text, m);
    }

    [Fact]
    public void HijriAndGregorianYearsAcrossARangeDashAreNoPair()
    {
        const string text = "عاش الشيخ عبد الرحمن بين سنة 1222 هـ – 1870 م في القاهرة.\n";
        Assert.DoesNotContain(new Mutator([]).Generate(Analyze(text)), m => m.Operator == "hijri-pair-break");
    }

    [Fact]
    public void OldStyleDayIsShifted()
    {
        const string text = "اندلعت الثورة في 8 مارس 1917 (23 فبراير حسب التقويم اليولياني) في بتروغراد.\n";
        var m = Only(text, "julian-shift");
        Assert.Equal("calendar-equivalence", m.Rule);
        ChangesOnlyTheSite(text, m);
    }

    [Fact]
    public void NothingIsInjectedWhereNoOperatorFindsASite()
    {
        Assert.Empty(new Mutator([]).Generate(Analyze("هذا نص قصير لا تاريخ فيه ولا أسماء.\n")));
    }

    [Fact]
    public void EvaluationCountsCaughtMutationsAndFlagsOutsideThem()
    {
        var docs = new[] { new CorpusDocument("bio", Biography, FlagCorpus.CountWords(Biography)) };

        // A stand-in checker: flags the death year when it precedes 1880, and always flags an unrelated span.
        AnalyzedDocument Fake(string text)
        {
            var doc = Analyze(text);
            var flags = ImmutableArray.CreateBuilder<Flag>();
            var at = text.IndexOf("عام 1877", StringComparison.Ordinal);
            if (at >= 0)
            {
                flags.Add(new Flag("lifespan", Severity.Error, [new TextSpan(at + 4, at + 8)], "ر", "m", ImmutableSortedDictionary<string, string>.Empty));
            }

            if (text != Biography)
            {
                flags.Add(new Flag("anachronism", Severity.Warning, [new TextSpan(0, 4)], "ر", "m", ImmutableSortedDictionary<string, string>.Empty));
            }

            return doc with { Flags = flags.ToImmutable() };
        }

        var result = MutationEvaluation.Run(docs, Fake, new Mutator([]));
        var death = result.Operators.Single(o => o.Operator == "death-before-act");
        Assert.Equal((1, 1, 1), (death.Injected, death.Caught, death.Collateral));
        var act = result.Operators.Single(o => o.Operator == "act-after-death");
        Assert.Equal((1, 0), (act.Injected, act.Caught));
        Assert.Equal(0, result.Operators.Single(o => o.Operator == "famous-surname").Injected);
    }
}
