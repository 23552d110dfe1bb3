using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Round 21 (issue xe): a value the text gives as its alternative ("وقيل"، "وذكر غيره"، "وزعم") that the knowledge base
/// contradicts is a warning that says so, never an error; one the text itself rejects ("والصحيح ما …"، "وهو خطأ"، "ولا يصح") is
/// info; an alternative the knowledge base agrees with stays silent; the main value before an alternative is not one. Sentences
/// written for the tests against data/kb/dev13t13p.json (invented: ليلى العطار born 1858 in Beirut, died 1930 in Beirut).
/// </summary>
public sealed class Round21AlternativeValueTests
{
    private static readonly Lazy<InMemoryKnowledgeBase> Kb = new(() => KbFixtures.Load("dev13t13p.json"));

    private static AnalyzedDocument Verified(KbDoc doc)
    {
        var d = doc.Build();
        var index = DocumentIndex.For(d);
        d = d with { Claims = [.. d.Claims.Select(c => c with { Grading = ClaimAttribution.Grade(index, c) })] };
        d = new KnowledgeStage(Kb.Value, verifier: new ClaimVerifier(new VerifierOptions(AttributionGate: AttributionGrade.Ambiguous))).Run(d);
        SpanAssert.Document(d);
        return d;
    }

    private static Flag[] Contradictions(AnalyzedDocument d) => [.. d.Flags.Where(f => f.Rule == "kb-contradiction")];

    private static KbDoc Death(string text, string verb, string dateText, string date) => new KbDoc(text).Person("ليلى العطار")
        .Stated("ليلى العطار", ClaimProperties.DeathDate, verb, dateText, date);

    [Theory]
    [InlineData("عاشت ليلى العطار في بيروت وتوفيت فيها عام 1930، وقيل ماتت سنة 1901.", "hedged")]
    [InlineData("عاشت ليلى العطار في بيروت وتوفيت فيها عام 1930، ويقال إنها ماتت سنة 1901.", "hedged")]
    [InlineData("عاشت ليلى العطار في بيروت وتوفيت فيها عام 1930، وذكر غيره أنها ماتت سنة 1901.", "reported")]
    [InlineData("عاشت ليلى العطار في بيروت وتوفيت فيها عام 1930، وزعم بعض الرواة أنها ماتت سنة 1901.", "reported")]
    public void A_contradicted_alternative_is_a_warning_that_says_it_is_the_texts_alternative(string text, string kind)
    {
        var flag = Assert.Single(Contradictions(Verified(Death(text, "ماتت", "سنة 1901", "1901"))));
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.Equal(kind, flag.Evidence[ClaimVerifier.AlternativeKey]);
        Assert.Contains("alternative", flag.MessageEn, StringComparison.Ordinal);
        Assert.Contains("رواية بديلة", flag.MessageAr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("عاشت ليلى العطار في بيروت وتوفيت فيها عام 1930، وقيل ماتت سنة 1901، والصحيح ما قدمناه.")]
    [InlineData("عاشت ليلى العطار في بيروت وتوفيت فيها عام 1930، وذكر غيره أنها ماتت سنة 1901، وهو خطأ.")]
    [InlineData("عاشت ليلى العطار في بيروت وتوفيت فيها عام 1930، وقيل ماتت سنة 1901، ولا يصح ذلك.")]
    public void An_alternative_the_text_rejects_is_only_info(string text)
    {
        var flag = Assert.Single(Contradictions(Verified(Death(text, "ماتت", "سنة 1901", "1901"))));
        Assert.Equal(Severity.Info, flag.Severity);
        Assert.Equal("rejected", flag.Evidence[ClaimVerifier.AlternativeKey]);
        Assert.Contains("rejects", flag.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hedged_alternative_the_knowledge_base_agrees_with_stays_silent()
    {
        var doc = Death("عاشت ليلى العطار في بيروت وتوفيت فيها عام 1929، وقيل ماتت سنة 1930.", "ماتت", "سنة 1930", "1930");
        Assert.DoesNotContain(Contradictions(Verified(doc)), f => f.Severity >= Severity.Warning);
    }

    [Fact]
    public void The_main_value_before_a_hedged_alternative_is_not_an_alternative()
    {
        var doc = Death("عاشت ليلى العطار في بيروت وتوفيت فيها سنة 1901، وقيل عام 1930.", "وتوفيت", "سنة 1901", "1901");
        var flag = Assert.Single(Contradictions(Verified(doc)));
        Assert.False(flag.Evidence.ContainsKey(ClaimVerifier.AlternativeKey));
        Assert.True(flag.Severity >= Severity.Warning);
    }
}
