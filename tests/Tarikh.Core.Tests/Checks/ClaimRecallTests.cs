using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Tests.Claims;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 4 of the claim-based rules (issue 12a): the classes of misses and false alarms of lifespan,
/// family-order and conflicting-values, each both ways on our own short biographies, with the flag's
/// spans checked against the text.
/// </summary>
public class ClaimRecallTests
{
    private static (AnalyzedDocument Doc, Flag[] Flags) Run(string text, string rule)
    {
        var doc = ClaimExtractorTests.Run(text);
        return (doc, [.. doc.Flags.Where(f => f.Rule == rule && f.Severity >= Severity.Warning)]);
    }

    private static void SpansAre(AnalyzedDocument doc, Flag flag, params string[] texts)
    {
        foreach (var t in texts)
        {
            Assert.Contains(flag.Spans, s => doc.TextOf(s) == t);
        }
    }

    // A tarjama drops its subject after the header: a death stated in a later sentence is the subject's, and
    // one that contradicts the death given after the name is a warning (the attribution is inferred).
    [Theory]
    [InlineData("619", true)]
    [InlineData("612", false)]
    public void ADroppedSubjectsDeathAgainstTheHeader(string year, bool flagged)
    {
        var text = $"عبد الرحمن بن يوسف المرسي (ت 612 هـ) أديب ومؤرخ، نشأ بمرسية وقرأ على علمائها. وتوفي سنة {year} هـ بغرناطة.";
        var (doc, flags) = Run(text, "conflicting-values");
        Assert.Equal(flagged, flags.Length == 1);
        if (flagged)
        {
            Assert.Equal(Severity.Warning, flags[0].Severity);
            SpansAre(doc, flags[0], "612 هـ", $"سنة {year} هـ");
            Assert.Equal(2, flags[0].Claims.Length);
        }
    }

    // A birth inside another name's parenthesis ("هالة (مواليد 1979)") is not the dropped subject's.
    [Fact]
    public void ChildrensBirthYearsInParenthesesAreNotTheSubjects()
    {
        var text = "تزوج رجل الأعمال سمير نادر الحايك من ليلى عام 1975. ورزقا بطفلتين، هالة (مواليد 1979) وريم (مواليد 1983).";
        var (_, flags) = Run(text, "conflicting-values");
        Assert.Empty(flags);
    }

    // "كان أبوه قد هاجر … ثم عاد": the dropped subject of a sentence opened by a relative is that relative.
    [Theory]
    [InlineData("كان أبوه قد سافر إلى الهند عام 1890 ثم رجع إلى البصرة عام 1896 وفتح فيها متجراً.", false)]
    [InlineData("سافر إلى الهند عام 1890 ثم رجع إلى البصرة عام 1896 وفتح فيها متجراً.", true)]
    public void ARelativesActsBeforeTheSubjectsBirth(string second, bool flagged)
    {
        var text = "سليم داود الحداد (1902–1971) طبيب عراقي من أهل البصرة. " + second;
        var (doc, flags) = Run(text, "lifespan");
        Assert.Equal(flagged, flags.Any(f => f.Evidence["reason"] == "before-birth"));
        if (flagged)
        {
            SpansAre(doc, flags.First(f => f.Evidence["reason"] == "before-birth"), "1902");
        }
    }

    // "رحل … (1928–2011)": the death verb before a lifespan takes the lifespan's death, never its birth year.
    [Fact]
    public void ADeathVerbBeforeALifespanIsNotDatedByTheBirthYear()
    {
        var text = "رحل أمس الأديب كامل حسن الزين (1928–2011) بعد مرض طويل، وشيّعه أهل صيدا إلى مثواه الأخير.";
        var doc = ClaimExtractorTests.Run(text);
        Assert.DoesNotContain(doc.Flags, f => f.Rule == "conflicting-values");
        var deaths = doc.Claims.Where(c => c.Property == ClaimProperties.DeathDate && c.Value.Date is not null).ToList();
        Assert.NotEmpty(deaths);
        Assert.All(deaths, c => Assert.Equal(2011, c.Value.Date!.Value.Start.Year));
    }

    [Fact]
    public void ABodyDeathAgainstTheLifespanAfterTheName()
    {
        var text = "كامل حسن الزين (1928–2011) أديب لبناني. وتوفي كامل حسن الزين عام 2013 في صيدا.";
        var (doc, flags) = Run(text, "conflicting-values");
        Assert.Single(flags);
        SpansAre(doc, flags[0], "2011", "عام 2013");
    }

    // "الحمصي (1950–2023)، الذي تخرج …": the relative pronoun after a person's parenthesis speaks of that person.
    [Theory]
    [InlineData("1968", true)]
    [InlineData("1984", false)]
    public void ARelativeClauseAfterALifespan(string year, bool flagged)
    {
        var text = $"نعت نقابة المهندسين الزميل وليد سمير الخياط (1960–2020)، الذي تخرج في كلية الهندسة بجامعة دمشق عام {year}، وعمل في مشاريع الري.";
        var (doc, flags) = Run(text, "lifespan");
        Assert.Equal(flagged, flags.Any(f => f.Evidence["reason"] == "too-young"));
        if (flagged)
        {
            SpansAre(doc, flags[0], "تخرج", $"عام {year}", "1960");
        }
    }

    // "وتذكر بعض المصادر أنه ولد عام …": a variant the text itself gives is info, never a warning.
    [Fact]
    public void SomeSourcesGiveAVariantIsOnlyInfo()
    {
        var text = "ولد الخطاط هاشم محمد البغدادي عام 1917 في بغداد (وتذكر بعض المصادر أنه ولد عام 1921)، وتعلم الخط على الملا علي الفضلي.";
        var doc = ClaimExtractorTests.Run(text);
        Assert.DoesNotContain(doc.Flags, f => f.Rule == "conflicting-values" && f.Severity >= Severity.Warning);
    }

    [Fact]
    public void TwoAssertedBirthYearsAreAConflict()
    {
        var text = "ولد هاشم محمد البغدادي عام 1917 في بغداد، وتعلم الخط صغيراً. وولد هاشم محمد البغدادي عام 1921 لأسرة من الخطاطين.";
        var (doc, flags) = Run(text, "conflicting-values");
        Assert.Single(flags);
        SpansAre(doc, flags[0], "عام 1917", "عام 1921");
    }

    // "لأبيه علي الموسوي الذي ولد عام …": the father's name repeats in the son's; his birth is not the son's.
    [Theory]
    [InlineData("ولد المهندس كريم عادل النجار في حمص عام 1949، لأبيه عادل النجار الذي ولد عام 1921 وعمل في صناعة النسيج.")]
    [InlineData("ولد المؤرخ أحمد بن محمد الغساني بفاس سنة 905 هـ. وله أخ أصغر اسمه عمر، ولد سنة 911 هـ، وقرأ معه على شيوخ البلد.")]
    public void ARelativeNamedWithTheSubjectsNameKeepsHisOwnBirth(string text)
    {
        var doc = ClaimExtractorTests.Run(text);
        Assert.DoesNotContain(doc.Flags, f => f.Rule == "conflicting-values");
        var subject = doc.Claims.First(c => c.Property == ClaimProperties.BirthDate).Subject;
        Assert.Single(doc.Claims, c => c.Subject == subject && c.Property == ClaimProperties.BirthDate);
    }

    // "والده راشد (…)، ووالدته فاطمة (…)": the mother is the subject's, not the father's.
    [Theory]
    [InlineData("1880", false)]
    [InlineData("1910", true)]
    public void AMotherNamedAfterTheFatherIsTheSubjectsMother(string year, bool flagged)
    {
        var text = $"مصطفى راشد الحكيم (1905–1970) مهندس زراعي مصري. والده الشيخ راشد الحكيم (1872–1933) كان من علماء الأزهر، ووالدته فاطمة ({year}–1950) من أسرة ريفية في المنوفية.";
        var (doc, flags) = Run(text, "family-order");
        Assert.Equal(flagged, flags.Length >= 1);
        var mother = doc.Claims.Single(c => c.Property == ClaimProperties.Mother);
        Assert.Equal("مصطفى راشد الحكيم", doc.Clusters.First(c => c.Id == mother.Subject).Name);
        if (flagged)
        {
            SpansAre(doc, flags[0], year, "1905");
        }
    }

    // An election needs a grown candidate (16, see ChecksOptions.MinElectedAge); a child ruler's office has no bound.
    [Theory]
    [InlineData("1941", true)]
    [InlineData("1962", false)]
    public void ElectedAtAFewYears(string year, bool flagged)
    {
        var text = $"ولد المحامي فادي جورج سعادة في زحلة عام 1930. وانتُخب فادي جورج سعادة نائباً عن زحلة عام {year}.";
        var (doc, flags) = Run(text, "lifespan");
        Assert.Equal(flagged, flags.Any(f => f.Evidence["reason"] == "too-young"));
        if (flagged)
        {
            SpansAre(doc, flags.First(f => f.Evidence["reason"] == "too-young"), $"عام {year}", "عام 1930");
        }
    }

    // "طلعت حرب": a trigger word inside a name (حرب, war) is no act, and does not take the birth's date from it.
    [Theory]
    [InlineData("1872", true)]
    [InlineData("1867", false)]
    public void ATriggerWordInsideANameDoesNotSplitTheAct(string year, bool flagged)
    {
        var text = $"ولد الاقتصادي طلعت حرب في 25 تشرين الثاني 1867 بالقاهرة، وتعلم في مدارسها. ثم ولد طلعت حرب عام {year} بحسب سجل العائلة.";
        var doc = ClaimExtractorTests.Run(text);
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.BirthDate && c.Value.Timex is { } t && doc.TextOf(doc.Timexes[t].Span) == "25 تشرين الثاني 1867");
        var flags = doc.Flags.Where(f => f.Rule == "conflicting-values" && f.Severity >= Severity.Warning).ToArray();
        Assert.Equal(flagged, flags.Length == 1);
        if (flagged)
        {
            SpansAre(doc, flags[0], "25 تشرين الثاني 1867", $"عام {year}");
        }
    }

    // A father eight years older than his son (ChecksOptions.MinParentAge is 12) is a warning; thirty-six years is not.
    [Theory]
    [InlineData("1933", true)]
    [InlineData("1905", false)]
    public void AParentTooYoungAtTheChildsBirth(string year, bool flagged)
    {
        var text = $"ولد القاضي سالم عبد الله الكندي في صحار عام 1941. وأبوه الشيخ ناصر بن حمد الكندي، المولود عام {year}، كان تاجراً في مسقط.";
        var (doc, flags) = Run(text, "family-order");
        Assert.Equal(flagged, flags.Any(f => f.Evidence.GetValueOrDefault("reason") == "parent-too-young"));
        if (flagged)
        {
            var f = flags.Single(f => f.Evidence.GetValueOrDefault("reason") == "parent-too-young");
            Assert.Equal(Severity.Warning, f.Severity);
            SpansAre(doc, f, $"عام {year}", "عام 1941");
        }
    }

    // "شقيقه الأصغر منه، الموسيقي X": a kinship word across "منه" and an occupation still names the sibling.
    [Theory]
    [InlineData("1907", true)]
    [InlineData("1916", false)]
    public void AYoungerBrotherNamedAcrossAnOccupation(string year, bool flagged)
    {
        var text = $"ولد الرسام جميل حسن الصفدي في حيفا عام 1911. وكان شقيقه الأصغر منه، المغني رياض الصفدي، قد ولد عام {year} في عكا.";
        var (doc, flags) = Run(text, "family-order");
        var sibling = Assert.Single(doc.Claims, c => c.Property == ClaimProperties.Sibling);
        Assert.Equal("younger", sibling.Relation);
        Assert.Equal(flagged, flags.Length >= 1);
        if (flagged)
        {
            SpansAre(doc, flags[0], $"عام {year}");
        }
    }
}
