using Tarikh.Core.Checks;
using Tarikh.Core.Text;
using Tarikh.Core.Tests.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// The rules over claims, through the whole pipeline on our own short biographies: each class of
/// miss and false alarm, both ways. Every flag names its claims.
/// </summary>
public class ClaimRuleTests
{
    private static Flag[] Flags(string text, string rule)
    {
        var doc = ClaimExtractorTests.Run(text);
        return [.. doc.Flags.Where(f => f.Rule == rule)];
    }

    [Theory]
    [InlineData("ولد المهندس فريد الأطرش عام 1802 في السويداء، وتوفي فريد الأطرش عام 1931 في القاهرة.", true)]
    [InlineData("ولد المهندس فريد الأطرش عام 1862 في السويداء، وتوفي فريد الأطرش عام 1931 في القاهرة.", false)]
    public void ALifeOverOneHundredTwentyYears(string text, bool flagged)
    {
        var flags = Flags(text, "lifespan");
        Assert.Equal(flagged, flags.Length == 1);
        if (flagged)
        {
            Assert.Equal("too-old", flags[0].Evidence["reason"]);
            Assert.Equal(2, flags[0].Claims.Length);
        }
    }

    [Theory]
    [InlineData("1968", true)]
    [InlineData("1948", false)]
    public void ADatedActAfterTheOwnDeath(string year, bool flagged)
    {
        var text = $"ولد النحات مروان سعيد عام 1899 في حماة، وتوفي مروان سعيد عام 1952. وفي عام {year} أسس مروان سعيد مرسماً في دمشق.";
        var flags = Flags(text, "lifespan");
        Assert.Equal(flagged, flags.Any(f => f.Evidence["reason"] == "after-death"));
    }

    [Theory]
    [InlineData("1915", true)]
    [InlineData("1935", false)]
    public void MarriedAtAFewYears(string year, bool flagged)
    {
        var text = $"ولد المحامي كمال يوسف عام 1910 في طرابلس. وتزوج كمال يوسف من سعاد عام {year}.";
        var flags = Flags(text, "lifespan");
        Assert.Equal(flagged, flags.Any(f => f.Evidence["reason"] == "too-young"));
    }

    [Fact]
    public void ABookPublishedAfterTheDeathIsNotASecondDeath()
    {
        var text = "توفي المؤرخ عادل منصور عام 1961 في عمّان. ونُشر كتابه الأخير عام 1968 بعد وفاته.";
        var doc = ClaimExtractorTests.Run(text);
        Assert.DoesNotContain(doc.Flags, f => f.Rule is "conflicting-values" or "lifespan");
    }

    [Theory]
    [InlineData("1861", false)]
    [InlineData("1873", true)]
    public void AnOlderSisterBornAfterTheSubject(string year, bool flagged)
    {
        var text = $"ولد الشاعر خليل مطران عام 1872 في بعلبك. وكانت أخته الكبرى زينب، المولودة عام {year}، تعلّمه القراءة.";
        var flags = Flags(text, "family-order");
        Assert.Equal(flagged, flags.Length >= 1);
        if (flagged)
        {
            Assert.NotEmpty(flags[0].Claims);
        }
    }

    [Theory]
    [InlineData("عام 1820", false)]
    [InlineData("عام 1875", true)]
    public void AFatherBornAfterTheChild(string when, bool flagged)
    {
        var text = $"ولد الكاتب نعيم الحداد عام 1860 في بيروت. ووالده التاجر إلياس الحداد (ولد {when}) كان من أعيان المدينة.";
        var flags = Flags(text, "family-order");
        Assert.Equal(flagged, flags.Length >= 1);
    }

    [Theory]
    [InlineData("حيفا", true)]
    [InlineData("يافا", false)]
    public void TwoDeathPlacesUnderTheFullNameAndTheFamilyName(string second, bool flagged)
    {
        var text = $"توفي الطبيب حسن الكرمي في يافا عام 1950. توفي الكرمي في {second} عام 1950 بعد مرض قصير.";
        var flags = Flags(text, "conflicting-values");
        Assert.Equal(flagged, flags.Length == 1);
    }

    [Fact]
    public void AHedgedSecondBirthYearIsOnlyInformation()
    {
        var text = "ولد الرحالة أمين الريحاني عام 1876 في الفريكة. وقيل إن أمين الريحاني ولد عام 1877.";
        var f = Assert.Single(Flags(text, "conflicting-values"));
        Assert.Equal(Severity.Info, f.Severity);
    }

    [Theory]
    [InlineData("1950", "1960", false)]
    [InlineData("1960", "1950", true)]
    public void ASeriesWithAnAdjectiveBetweenNounAndOrdinal(string third, string fourth, bool flagged)
    {
        var text = $"عقد المؤتمر العام الثالث للنقابة في القاهرة عام {third}. ثم عقد المؤتمر العام الرابع للنقابة في دمشق عام {fourth}.";
        Assert.Equal(flagged, Flags(text, "ordinal-series").Length == 1);
    }

    [Theory]
    [InlineData("(132 هـ / 750 م – 193 هـ / 809 م)")]
    [InlineData("(1132 هـ / 1720 م – 1205 هـ / 1791 م)")]
    public void APairIsNeverReadAcrossTheRangeDash(string lifespan)
    {
        var text = $"الفقيه عبد الرحمن الحلبي {lifespan} من علماء حلب.";
        Assert.Empty(Flags(text, "calendar-equivalence"));
    }

    [Fact]
    public void AWrongPairInsideALifespanIsStillFlagged()
    {
        var text = "الفقيه عبد الرحمن الحلبي (1132 هـ / 1740 م – 1205 هـ / 1791 م) من علماء حلب.";
        Assert.Single(Flags(text, "calendar-equivalence"));
    }

    [Fact]
    public void AnOldStyleDayInParenthesesAfterAFullDateHasItsYear()
    {
        var text = "وصل الوفد إلى موسكو في 12 كانون الثاني 1905. وفي شهر آذار عاد الوفد. ثم بدأت المفاوضات في 3 نيسان 1906 (21 آذار حسب التقويم الشرقي).";
        var doc = ClaimExtractorTests.Run(text);
        Assert.DoesNotContain(doc.Flags, f => f.Rule == "underspecified-date" && doc.TextOf(f.Spans[0]).Contains("21", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("أحمد شوقي", true)]
    [InlineData("أحمد عرابي", false)]
    public void AKnownPersonsFamilyNameOnTheSubjectsGivenName(string written, bool flagged)
    {
        var text = $"ولد أحمد عرابي عام 1841 في الشرقية. قاد أحمد عرابي الثورة عام 1881. ونفي {written} إلى سيلان بعد هزيمة أحمد عرابي في التل الكبير.";
        var flags = Flags(text, "name-anomaly");
        Assert.Equal(flagged, flags.Length == 1);
    }

    [Fact]
    public void AGivenNameFollowedByAPrepositionIsNoOtherPersonsName()
    {
        // The shape of a Wikipedia sentence: "على" after the player's one-word name is the preposition, although
        // folded it reads علي, the family name of well-known persons (محمد علي).
        var text = "ديارا لاعب كرة قدم مالي ولد عام 1981 في باماكو. في موسم 2006 اصبح ديارا لاعبا اساسيا. "
            + "كان من المفروض ان يشارك ديارا مع منتخب مالي و لكن الاتحاد الدولي لكرة القدم اجبر ديارا على المشاركة مع ناديه.";
        Assert.Empty(Flags(text, "name-anomaly"));
    }

    [Fact]
    public void ACompoundGivenNameIsNotGivenNamePlusFamilyName()
    {
        var text = "عبد القادر الجزائري (1808 - 1883) امير وقائد. ولد عبد القادر الجزائري عام 1808 في معسكر. و استقر الراي على عبد القادر، و عرضوا عليه الامر عام 1832 في حضور عبد الرحمن.";
        Assert.Empty(Flags(text, "name-anomaly"));
    }

    [Theory]
    [InlineData("1929", true)]
    [InlineData("1911", false)]
    public void AnAppointmentInAStateAfterItEnded(string year, bool flagged)
    {
        var text = $"انتهت الدولة العثمانية عام 1922. وعُيّن رشيد عالي قائمقاماً في الموصل من قبل الدولة العثمانية عام {year}.";
        Assert.Equal(flagged, Flags(text, "anachronism").Length == 1);
    }

    [Theory]
    [InlineData("سنة 741 م", true)]
    [InlineData("سنة 762 م", false)]
    public void AHijriFoundingIsComparedAfterConversion(string when, bool flagged)
    {
        var text = $"تأسست الدولة العباسية سنة 132 هـ. وفي {when} تولى أبو جعفر المنصور الخلافة في الدولة العباسية.";
        Assert.Equal(flagged, Flags(text, "anachronism").Length == 1);
    }

    [Fact]
    public void TheDeathOfARelativeNamedByConstructIsNotThePersons()
    {
        var text = "ولد العازف سامر الأحمد عام 1970 في حمص. وفي عام 1990 توفي والد سامر الأحمد، وسافر سامر الأحمد إلى لندن عام 1995.";
        var doc = ClaimExtractorTests.Run(text);
        var who = doc.Entities.First(e => e.Text == "سامر الأحمد").Cluster;
        Assert.DoesNotContain(doc.Claims, c => c.Subject == who && c.Property == Core.Claims.ClaimProperties.DeathDate);
        Assert.DoesNotContain(doc.Flags, f => f.Rule is "lifespan" or "conflicting-values");
    }
}
