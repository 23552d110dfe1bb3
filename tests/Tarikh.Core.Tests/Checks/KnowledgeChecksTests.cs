using Tarikh.Core.Checks;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Pipeline;
using Tarikh.Testing;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 10 (issue 12c): the anachronism and name-anomaly rules read a knowledge base given to the checks stage — the
/// founding and dissolution years (P571/P576) of the bodies and states the document links, the life years (P569/P570) of
/// the people it links. The knowledge base is hand-written (<c>tools/kb/checks_test_kb.py</c>: invented items from
/// Q90021001 up, in no list of the checks), so each test fires with it and is silent without it, and stays silent with it
/// on the correct text. Sentences written here; spans checked against the text.
/// </summary>
public sealed class KnowledgeChecksTests
{
    private static readonly Lazy<InMemoryKnowledgeBase> Kb = new(() =>
        InMemoryKnowledgeBase.FromDump(File.ReadAllBytes(SharedData.Repo("tests", "Tarikh.Core.Tests", "Checks", "Data", "kb-checks.json"))));

    private static readonly Lazy<AnalysisPipeline> Plain = new(() => TarikhPipeline.CreateDefault(TarikhResources.LoadDefault()));

    private static readonly Lazy<AnalysisPipeline> WithKb = new(() => ChecksStage.WithKnowledge(Plain.Value, Kb.Value));

    private static Flag[] Flags(AnalysisPipeline pipeline, string text, string rule)
    {
        var doc = pipeline.Run(new SourceText(text));
        var flags = doc.Flags.Where(f => f.Rule == rule && f.Severity >= Severity.Warning).ToArray();
        foreach (var f in flags)
        {
            Assert.All(f.Spans, s => Assert.Equal(text[s.Start..s.End], doc.Source[s]));
        }

        return flags;
    }

    [Theory]
    // Joining a party eleven years before its founding (1921, P571).
    [InlineData("انضم الطبيب سليم الحداد عام 1910 إلى حزب الواحات الديمقراطي.", "حزب الواحات الديمقراطي", "P571")]
    // Joining it seventeen years after its dissolution (1958, P576).
    [InlineData("انضم الطبيب سليم الحداد عام 1975 إلى حزب الواحات الديمقراطي.", "حزب الواحات الديمقراطي", "P576")]
    // Teaching at a university eleven years before its founding (1936).
    [InlineData("درّس سليم الحداد الأدب في جامعة الواحات عام 1925.", "جامعة الواحات", "P571")]
    // Working at the embassy of a state nine years after it ended (1961): a place is bounded by its dissolution alone.
    [InlineData("عمل سليم الحداد عام 1970 في سفارة جمهورية الواحات المتحدة في القاهرة.", "جمهورية الواحات المتحدة", "P576")]
    public void AnActOutsideALinkedBodysYearsIsFlaggedFromTheKnowledgeBase(string text, string evidence, string property)
    {
        Assert.Empty(Flags(Plain.Value, text, "anachronism")); // no list knows the body
        var flag = Assert.Single(Flags(WithKb.Value, text, "anachronism"));
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.Contains(flag.Spans, s => text[s.Start..s.End].Contains(evidence, StringComparison.Ordinal));
        Assert.Equal("knowledge-base", flag.Evidence["source"]);
        Assert.Equal(property, flag.Evidence["property"]);
        Assert.Contains("قاعدة المعرفة", flag.MessageAr, StringComparison.Ordinal);
        Assert.Contains("knowledge base", flag.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    // Inside the party's years.
    [InlineData("انضم الطبيب سليم الحداد عام 1930 إلى حزب الواحات الديمقراطي.")]
    // A university founded in 1936 and still teaching: 1990 is in its time.
    [InlineData("درّس سليم الحداد الأدب في جامعة الواحات عام 1990.")]
    // The state before its end.
    [InlineData("عمل سليم الحداد عام 1955 في سفارة جمهورية الواحات المتحدة في القاهرة.")]
    // A place is not bounded by the founding of its state (1949): the land was there before.
    [InlineData("عمل سليم الحداد عام 1940 في سفارة جمهورية الواحات المتحدة في القاهرة.")]
    public void AnActInsideALinkedBodysYearsIsNotFlagged(string text)
        => Assert.Empty(Flags(WithKb.Value, text, "anachronism"));

    [Fact]
    public void ALinkedPersonsNameOnTheSubjectsGivenNameOutsideHisLifeIsAnomalous()
    {
        // The subject is Yusuf al-Khatib (1880–1941); "Yusuf al-Zablawi" of the knowledge base was born in 1950, so the man who
        // travelled in 1905 cannot be he.
        const string text = "ولد يوسف الخطيب عام 1880 في حلب، ودرس فيها الفقه واللغة. وفي عام 1905 سافر يوسف الزعبلاوي إلى القاهرة ليدرس في الأزهر. وتوفي يوسف الخطيب عام 1941.";
        Assert.Empty(Flags(Plain.Value, text, "name-anomaly"));
        var flag = Assert.Single(Flags(WithKb.Value, text, "name-anomaly"));
        Assert.Contains(flag.Spans, s => text[s.Start..s.End] == "يوسف الزعبلاوي");
        Assert.Equal("knowledge-base", flag.Evidence["source"]);
        Assert.Contains("P569", flag.MessageEn, StringComparison.Ordinal);
        Assert.Contains("قاعدة المعرفة", flag.MessageAr, StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkedPersonActingInHisOwnLifeIsNotAnomalous()
    {
        // The same two names, the second man's act dated inside his life (1950–2010): another man, rightly named.
        const string text = "ولد يوسف الخطيب عام 1880 في حلب، ودرس فيها الفقه واللغة. وفي عام 1985 كتب يوسف الزعبلاوي دراسة عن حياته. وتوفي يوسف الخطيب عام 1941.";
        Assert.Empty(Flags(WithKb.Value, text, "name-anomaly"));
    }
}
