using Tarikh.Core.Claims;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>The claims stage through the default pipeline, on our own sentences: who, what, when, and attribution.</summary>
public class ClaimExtractorTests
{
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(() => TarikhPipeline.CreateDefault(TarikhResources.LoadDefault()));

    internal static AnalyzedDocument Run(string text)
    {
        var doc = Pipeline.Value.Run(new SourceText(text, "test"));
        Assert.True(doc.Has(Layer.Claims));
        SpanAssert.Document(doc);
        return doc;
    }

    private static int ClusterOf(AnalyzedDocument doc, string name)
    {
        var m = doc.Entities.FirstOrDefault(e => e.Text == name) ?? throw new Xunit.Sdk.XunitException($"no mention '{name}'");
        return m.Cluster;
    }

    private static Claim One(AnalyzedDocument doc, int subject, string property)
        => Assert.Single(doc.Claims, c => c.Subject == subject && c.Property == property);

    [Fact]
    public void LifespanAfterANameGivesBirthAndDeath()
    {
        var doc = Run("نجيب محفوظ (1911–2006) روائي مصري حاز جائزة نوبل.");
        var who = ClusterOf(doc, "نجيب محفوظ");
        var birth = One(doc, who, ClaimProperties.BirthDate);
        var death = One(doc, who, ClaimProperties.DeathDate);
        Assert.Equal(ClaimSources.Lifespan, birth.Source);
        Assert.Equal(1911, birth.Value.Date!.Value.Start.Year);
        Assert.Equal(2006, death.Value.Date!.Value.Start.Year);
        Assert.Equal("year", birth.Value.Precision);
        Assert.Contains(birth.Spans, s => doc.TextOf(s) == "1911");
    }

    [Fact]
    public void LifespanWithHijriGregorianPairsSplitsAtTheRangeDashOnly()
    {
        var doc = Run("ابن بطوطة (ولد 703 هـ / 1304 م – توفي 779 هـ / 1377 م) رحالة مغربي.");
        var who = ClusterOf(doc, "ابن بطوطة");
        var birth = One(doc, who, ClaimProperties.BirthDate);
        var death = One(doc, who, ClaimProperties.DeathDate);
        // One pairing unit is one value: the overlap of 703 AH and 1304.
        Assert.Equal(1304, birth.Value.Date!.Value.Start.Year);
        Assert.Equal(1304, birth.Value.Date!.Value.End.Year);
        Assert.Equal("hijri", birth.Value.Calendar);
        // 1377 م is a medieval year, Julian as historians write it: the overlap with 779 AH starts in May 1377.
        Assert.Equal(1377, death.Value.Date!.Value.Start.Year);
        Assert.Equal(Tarikh.Core.Time.CalendarKind.Julian, doc.Timexes.First(t => t.Text.Contains("1377", StringComparison.Ordinal)).Calendar);
    }

    [Fact]
    public void AParenthesisWithOtherWordsIsNotALifespan()
    {
        var doc = Run("ألّف جرجي زيدان (صاحب مجلة الهلال 1892) روايات تاريخية كثيرة.");
        Assert.DoesNotContain(doc.Claims, c => c.Property is ClaimProperties.BirthDate or ClaimProperties.DeathDate);
    }

    [Fact]
    public void AKinshipAppositionGivesTheBirthToTheRelativeNotTheSubject()
    {
        var doc = Run("ولد خليل مطران عام 1872 في بعلبك. وكانت أخته الكبرى زينب، المولودة عام 1869، تقيم في بيروت.");
        var subject = ClusterOf(doc, "خليل مطران");
        var sister = ClusterOf(doc, "زينب");
        Assert.Equal(1872, One(doc, subject, ClaimProperties.BirthDate).Value.Date!.Value.Start.Year);
        var hers = One(doc, sister, ClaimProperties.BirthDate);
        Assert.Equal(1869, hers.Value.Date!.Value.Start.Year);
        Assert.Equal(ClaimSources.Apposition, hers.Source);
        Assert.DoesNotContain(doc.Claims, c => c.Subject == subject && c.Property == ClaimProperties.BirthDate && c.Value.Date!.Value.Start.Year == 1869);
    }

    [Fact]
    public void AnAgePhraseIsAnAgeAtTheActsTime()
    {
        var doc = Run("توفي طه حسين في القاهرة عام 1973 عن عمر ناهز 83 عاماً.");
        var who = ClusterOf(doc, "طه حسين");
        var age = One(doc, who, ClaimProperties.Age);
        Assert.Equal(83, age.Value.Quantity);
        Assert.Equal(1973, age.Time!.Date!.Value.Start.Year);
        Assert.Equal(ClaimSources.AgePhrase, age.Source);
    }

    [Fact]
    public void AnAgeInOrdinalWordsIsRead()
    {
        var doc = Run("سافر جبران خليل جبران إلى باريس عام 1908 وهو في الخامسة والعشرين من عمره.");
        var who = ClusterOf(doc, "جبران خليل جبران");
        Assert.Equal(25, One(doc, who, ClaimProperties.Age).Value.Quantity);
    }

    [Fact]
    public void AHedgedBirthIsHedged()
    {
        var doc = Run("ولد أحمد فارس الشدياق عام 1804 في عشقوت. وقيل إن أحمد فارس الشدياق ولد عام 1801.");
        var who = ClusterOf(doc, "أحمد فارس الشدياق");
        var births = doc.Claims.Where(c => c.Subject == who && c.Property == ClaimProperties.BirthDate).ToList();
        Assert.Contains(births, c => c.Modality == ClaimModality.Asserted && c.Value.Date!.Value.Start.Year == 1804);
        Assert.Contains(births, c => c.Modality == ClaimModality.Hedged && c.Value.Date!.Value.Start.Year == 1801);
    }

    [Fact]
    public void TheDeathInAPosthumousPhraseIsNotDatedByThePublication()
    {
        var doc = Run("توفي الشاعر إلياس أبو شبكة عام 1947. ونشر ديوانه الأخير عام 1950 بعد وفاته.");
        var who = ClusterOf(doc, "إلياس أبو شبكة");
        var death = One(doc, who, ClaimProperties.DeathDate);
        Assert.Equal(1947, death.Value.Date!.Value.Start.Year);
    }

    [Fact]
    public void TwoDatesOfTwoActsInOneSentenceGoToTheirOwnActs()
    {
        var doc = Run("ولد الطبيب سليمان البستاني عام 1856 وتوفي سليمان البستاني عام 1925 في نيويورك.");
        var who = ClusterOf(doc, "سليمان البستاني");
        Assert.Equal(1856, One(doc, who, ClaimProperties.BirthDate).Value.Date!.Value.Start.Year);
        Assert.Equal(1925, One(doc, who, ClaimProperties.DeathDate).Value.Date!.Value.Start.Year);
    }

    [Fact]
    public void ABirthAfterAnUntaggedNameInAListIsNotTheSubjects()
    {
        var doc = Run("ولد رشيد سليم عام 1880 في حمص. وكان له إخوة:\n- وديعة من مواليد عام 1874.\n- فؤاد من مواليد عام 1883.");
        var who = ClusterOf(doc, "رشيد سليم");
        var births = doc.Claims.Where(c => c.Subject == who && c.Property == ClaimProperties.BirthDate).ToList();
        Assert.All(births, c => Assert.Equal(1880, c.Value.Date!.Value.Start.Year));
    }

    [Fact]
    public void ClaimsAreWrittenInTheJson()
    {
        var doc = Run("نجيب محفوظ (1911–2006) روائي مصري.");
        using var json = System.Text.Json.JsonDocument.Parse(Core.Output.DocumentJsonWriter.ToJson(doc));
        var claims = json.RootElement.GetProperty("claims");
        Assert.Equal(doc.Claims.Length, claims.GetArrayLength());
        var first = claims[0];
        Assert.Equal("P569", first.GetProperty("property").GetString());
        Assert.Equal("time", first.GetProperty("value").GetProperty("kind").GetString());
        Assert.Equal("asserted", first.GetProperty("modality").GetString());
        SpanAssert.Json(doc.Source.Text, json.RootElement);
    }
}
