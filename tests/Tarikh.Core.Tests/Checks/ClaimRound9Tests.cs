using Tarikh.Core.Text;
using Tarikh.Core.Claims;
using Tarikh.Core.Tests.Claims;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 9 of the claims layer's attribution (issue 12a): a bare year in a text that writes both eras, a second kinship word
/// after a relative with a title ("لأبيه الطبيب حسين … وأمه زينب"), "مواليد" after a kinship word, an obituary's kinship construct
/// ("والد الفقيد"), a subject named after his relative ("كانت أخته … أما القاص سمير فوُلد"), and "رحل" as a death. Both ways,
/// through the whole pipeline (span-checked), on sentences written for these tests.
/// </summary>
public class ClaimRound9Tests
{
    private static IEnumerable<Claim> Of(AnalyzedDocument doc, string name, string property)
    {
        var cluster = doc.Entities.First(e => e.Text.Contains(name, StringComparison.Ordinal)).Cluster;
        return doc.Claims.Where(c => c.Subject == cluster && c.Property == property);
    }

    private static string Name(AnalyzedDocument doc, int cluster) => doc.Clusters.First(c => c.Id == cluster).Name;

    // A tarjama that pairs the eras once and then writes bare Hijri years: the bare year is Hijri (1340 هـ is 1921), no act before birth; 1305 هـ is before it.
    [Theory]
    [InlineData("سنة 1340", false)]
    [InlineData("سنة 1305", true)]
    public void ABareYearAfterAPairedBirthIsReadInTheEraThatFits(string when, bool flagged)
    {
        var text = $"وُلد الفقيه المتخيَّل محمد الأزهري سنة 1310 هـ (1893 م) في طنطا، وتولّى التدريس في الأزهر {when}، فأقبل عليه الطلبة.";
        Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);
    }

    // "(1325 هـ / 1907 م – 1980)": the bare end of a lifespan whose other end pairs both eras is Gregorian, not 1980 هـ.
    [Theory]
    [InlineData("1980", false, "gregorian")]
    [InlineData("2045", true, "gregorian")]
    public void ABareDeathYearAfterAPairedBirthInALifespan(string death, bool flagged, string calendar)
    {
        var text = $"الشيخ المتخيَّل عبد القادر الحلبي (1325 هـ / 1907 م – {death}) خطيب وفقيه شامي.";
        var doc = ClaimExtractorTests.Run(text);
        var d = Assert.Single(Of(doc, "عبد القادر الحلبي", ClaimProperties.DeathDate));
        Assert.Equal(calendar, d.Value.Calendar);
        Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);
    }

    // "ونشأ في كنف أبيه الطبيب حسين (…) وأمه زينب (…)": the second kinship word's pronoun is the subject's, not the father's.
    [Theory]
    [InlineData("1862", false)]
    [InlineData("1890", true)]
    public void ASecondKinshipWordAfterATitledRelativeIsTheSubjects(string motherBorn, bool flagged)
    {
        var text = $"وُلد المهندس المتخيَّل نديم الخازن عام 1885 في بيروت لأبيه الطبيب حسين (1850–1921) وأمه زينب ({motherBorn}–1950).";
        var doc = ClaimExtractorTests.Run(text);
        var mother = Assert.Single(doc.Claims, c => c.Property == ClaimProperties.Mother);
        Assert.Contains("نديم الخازن", Name(doc, mother.Subject), StringComparison.Ordinal);
        var flags = Flags(text, "family-order");
        Assert.Equal(flagged, flags.Length > 0);
        Assert.DoesNotContain(flags, f => f.MessageEn.Contains("حسين", StringComparison.Ordinal) && f.MessageEn.Contains("child حسين", StringComparison.Ordinal));
    }

    // "وأبوها …، (مواليد 1941)": a birth year after a kinship word is the relative's, whether or not his name was tagged.
    [Fact]
    public void ABirthYearAfterAKinshipWordIsNotTheSubjects()
    {
        const string text = "وُلدت الصحفية المتخيَّلة رنا الخطيب عام 1970 في صيدا، وأبوها الحاج ذيبان (مواليد 1941) صيّاد معروف.";
        var doc = ClaimExtractorTests.Run(text);
        Assert.DoesNotContain(Of(doc, "رنا الخطيب", ClaimProperties.BirthDate), c => c.Value.Text is not null && c.Value.Text.Contains("1941", StringComparison.Ordinal));
        Assert.Empty(Flags(text, "conflicting-values"));
    }

    // The subject's own "(مواليد …)" is still his.
    [Fact]
    public void TheSubjectsOwnBornInStaysHis()
    {
        var doc = ClaimExtractorTests.Run("شارك المهندس المتخيَّل جورج الصايغ (مواليد 1948) في تصميم المبنى.");
        Assert.Contains(Of(doc, "جورج الصايغ", ClaimProperties.BirthDate), c => c.Value.Text == "1948");
    }

    // "وتقبّل والد الفقيد": the kinship noun in construct with the obituary's word is the dead man's father.
    [Theory]
    [InlineData("1925", false)]
    [InlineData("1951", true)]
    public void AnObituarysKinshipConstructNamesTheDeadMansRelative(string fatherBorn, bool flagged)
    {
        var text = $"بيروت – ووري الثرى أمس الصحفي المتخيَّل جورج الحلو (مواليد 1948). وتقبّل والد الفقيد الأستاذ إلياس (مواليد {fatherBorn}) التعازي في الكنيسة.";
        var doc = ClaimExtractorTests.Run(text);
        var father = Assert.Single(doc.Claims, c => c.Property == ClaimProperties.Father);
        Assert.Contains("جورج الحلو", Name(doc, father.Subject), StringComparison.Ordinal);
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }

    // A text that names the relative first ("كانت أخته الكبرى سلوى …") and the subject after ("أما القاص سمير … فوُلد"): the relative is
    // not the subject, and her stated order is checked against his birth.
    [Theory]
    [InlineData("1925", false)]
    [InlineData("1932", true)]
    public void ARelativeNamedBeforeTheSubjectIsNotTheSubject(string sisterBorn, bool flagged)
    {
        var text = $"كانت أخته الكبرى سلوى (مواليد {sisterBorn}) معلّمة في طرابلس. أما القاص المتخيَّل سمير الأيوبي فوُلد في طرابلس عام 1929.";
        var doc = ClaimExtractorTests.Run(text);
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.Sibling && Name(doc, c.Subject).Contains("سمير الأيوبي", StringComparison.Ordinal));
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
        Assert.Empty(Flags(text, "conflicting-values"));
    }

    // "رحل … عن واحد وسبعين عامًا": a departure with a death's context is a death; an act in person years later is flagged.
    [Theory]
    [InlineData("2002", false)]
    [InlineData("2008", true)]
    public void ADepartureWithADeathsContextIsADeath(string actYear, bool flagged)
    {
        var text = $"رحل الكاتب المتخيَّل ماهر الصبّاغ في حلب سنة 2004 عن واحد وسبعين عامًا. وفي ربيع {actYear} ألقى محاضرة في المركز الثقافي.";
        var doc = ClaimExtractorTests.Run(text);
        Assert.Contains(Of(doc, "ماهر الصبّاغ", ClaimProperties.DeathDate), c => c.Value.Text == "سنة 2004");
        Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);
    }

    // A journey is no death: a destination, a place left or a quest after "رحل".
    [Theory]
    [InlineData("رحل الفقيه المتخيَّل يوسف البعلي إلى القاهرة سنة 730 هـ، فأقام بها عشر سنين.")]
    [InlineData("رحل المحدّث المتخيَّل أبو بكر الحنبلي سنة 620 هـ في طلب الحديث، فسمع بدمشق وبغداد.")]
    [InlineData("رحل المتخيَّل خالد العمري عن دمشق سنة 1925 بعد الثورة، واستقر في عمّان.")]
    public void AJourneyIsNoDeath(string text)
    {
        var doc = ClaimExtractorTests.Run(text);
        Assert.DoesNotContain(doc.Claims, c => c.Property == ClaimProperties.DeathDate);
    }

    // Two deaths of one man, once "توفي" and once "رحل" with the family name alone: conflicting values; the same year twice: silent.
    [Theory]
    [InlineData("1981", false)]
    [InlineData("1984", true)]
    public void ADeathAndADepartureOfOneMan(string second, bool flagged)
    {
        var text = $"توفي الخطاط المتخيَّل هاشم البغدادي في بغداد عام 1981 بعد مرض. وقد رحل البغدادي في صيف عام {second} تاركًا مئات اللوحات.";
        Assert.Equal(flagged, Flags(text, "conflicting-values").Length > 0);
    }

    // "وكان بكر أبيه": the firstborn is the eldest; a brother dated earlier contradicts it, one dated later does not.
    [Theory]
    [InlineData("1938", false)]
    [InlineData("1931", true)]
    public void AFirstbornIsTheEldest(string brotherBorn, bool flagged)
    {
        var text = $"وُلد الرسام المتخيَّل عادل الكيالي عام 1934 في حماة، وكان بكر أبيه. أما أخوه منذر الكيالي فوُلد عام {brotherBorn}.";
        var doc = ClaimExtractorTests.Run(text);
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.BirthOrder && c.Relation == "eldest");
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }

    // "وهي ابنة عارف": the written ة is no pronoun ("ابنه", his son); the named man is her parent, and a parent born after her is flagged.
    [Theory]
    [InlineData("1880–1941", false)]
    [InlineData("1915–1981", true)]
    public void ADaughterOfANamedMan(string lifespan, bool flagged)
    {
        var text = $"وُلدت المربّية المتخيَّلة سعاد المفتي عام 1912، وهي ابنة عارف المفتي ({lifespan}).";
        var doc = ClaimExtractorTests.Run(text);
        var child = Assert.Single(doc.Claims, c => c.Property == ClaimProperties.Child);
        Assert.Contains("عارف المفتي", Name(doc, child.Subject), StringComparison.Ordinal);
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }
}
