using Tarikh.Core.Checks;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

public class FamilyOrderRuleTests
{
    private static CheckDoc Siblings(string statement, params (string Name, int Year)[] list)
    {
        var text = "ولد سمير عام 1870 في القرية. " + statement + "\n" + string.Join("\n", list.Select(x => $"- {x.Name} من مواليد عام {x.Year}."));
        return new CheckDoc(text).Person("سمير", "s").Subject("s").Date("1870", "1870").Event("birth", "ولد", "1870", null, 1, ("patient", "s"));
    }

    [Fact]
    public void ConsistentSiblingListIsNotFlagged()
    {
        var flags = Siblings("كان لدى سمير أشقاء عدة، شقيقة وشقيق أكبر منه، شقيقتان وشقيق أصغر منه:",
            ("سلمى", 1864), ("كريم", 1868), ("ليلى", 1871), ("رامي", 1874), ("هدى", 1878)).Flags("family-order");
        Assert.Empty(flags);
    }

    [Fact]
    public void OlderCountContradictingBirthYearsIsFlagged()
    {
        var flags = Siblings("كان لدى سمير أشقاء عدة، شقيقة وشقيق أكبر منه، شقيقتان وشقيق أصغر منه:",
            ("سلمى", 1864), ("كريم", 1872), ("ليلى", 1871), ("رامي", 1874), ("هدى", 1878)).Flags("family-order");
        Assert.Single(flags);
        Assert.Contains("1 are older", flags[0].MessageEn);
    }

    [Theory]
    [InlineData(1866, false)]
    [InlineData(1873, true)]
    public void NamedOlderBrother(int year, bool flagged)
    {
        var text = $"ولد سمير عام 1870 في القرية.\n- كريم من مواليد عام {year}.\nكان شقيقه الأكبر كريم يدرس في الجامعة.";
        var flags = new CheckDoc(text).Person("سمير", "s").Subject("s").Date("1870", "1870").Event("birth", "ولد", "1870", null, 1, ("patient", "s")).Flags("family-order");
        Assert.Equal(flagged, flags.Length == 1);
    }

    [Theory]
    [InlineData("1880", false)]
    [InlineData("1860", true)]
    public void ChildBornLongAfterFathersDeath(string fatherDeath, bool flagged)
    {
        var text = $"ولد سمير عام 1870 في القرية، وكان والده التاجر خليل منصور (توفي عام {fatherDeath}).";
        var flags = new CheckDoc(text).Person("سمير", "s").Person("خليل منصور", "f").Subject("s").Date("1870", "1870").Date(fatherDeath, fatherDeath)
            .Event("birth", "ولد", "1870", null, 1, ("patient", "s")).Flags("family-order");
        Assert.Equal(flagged, flags.Length == 1);
    }
}

public class ConflictingValuesRuleTests
{
    [Theory]
    [InlineData("1871", true)]
    [InlineData("1870", false)]
    public void TwoBirthYears(string second, bool flagged)
    {
        var text = $"ولد كريم عام 1870 في حلب. وفي الفقرة التالية: ولد كريم عام {second} كما تقول المصادر.";
        var flags = new CheckDoc(text).Person("كريم", "k").Person("كريم", "k", 2).Subject("k")
            .Date("1870", "1870").Date(second, second, occurrence: second == "1870" ? 2 : 1)
            .Event("birth", "ولد", "1870", null, 1, ("patient", "k")).Event("birth", "ولد", second, null, 2, ("patient", "k")).Flags("conflicting-values");
        Assert.Equal(flagged, flags.Length == 1);
    }

    [Fact]
    public void OldAndNewStyleBirthDaysAreInfo()
    {
        var text = "ولد كريم في 10 نيسان 1870. ولد كريم في 22 نيسان 1870 بحسب مصادر أخرى.";
        var flags = new CheckDoc(text).Person("كريم", "k").Person("كريم", "k", 2).Subject("k")
            .Date("10 نيسان 1870", "1870-04-10").Date("22 نيسان 1870", "1870-04-22")
            .Event("birth", "ولد", "10 نيسان 1870", null, 1, ("patient", "k")).Event("birth", "ولد", "22 نيسان 1870", null, 2, ("patient", "k")).Flags("conflicting-values");
        Assert.Single(flags);
        Assert.Equal(Severity.Info, flags[0].Severity);
    }

    [Theory]
    [InlineData("دمشق", true)]
    [InlineData("حلب", false)]
    public void TwoDeathPlaces(string second, bool flagged)
    {
        var text = $"توفي كريم في حلب عام 1920. وفي رواية أخرى توفي كريم في {second}.";
        var doc = new CheckDoc(text).Person("كريم", "k").Person("كريم", "k", 2).Subject("k").Place("حلب", "aleppo").Date("1920", "1920");
        doc = second == "حلب" ? doc.Place("حلب", "aleppo", 2) : doc.Place(second, "other");
        doc = doc.Event("death", "توفي", "1920", "aleppo", 1, ("patient", "k")).Event("death", "توفي", null, second == "حلب" ? "aleppo" : "other", 2, ("patient", "k"));
        Assert.Equal(flagged, doc.Flags("conflicting-values").Length == 1);
    }
}

public class LifespanRuleTests
{
    [Theory]
    [InlineData("1865", true, "before-birth")]
    [InlineData("1895", false, null)]
    [InlineData("1930", true, "after-death")]
    public void ActingOutsideTheLife(string when, bool flagged, string? reason)
    {
        var text = $"ولد كريم عام 1870 في حلب. وأسس كريم جريدة في عام {when}. وتوفي كريم عام 1924.";
        var flags = new CheckDoc(text)
            .Person("كريم", "k").Person("كريم", "k", 2).Person("كريم", "k", 3).Subject("k")
            .Date("1870", "1870").Date(when, when).Date("1924", "1924")
            .Event("birth", "ولد", "1870", null, 1, ("patient", "k")).Event("death", "وتوفي", "1924", null, 1, ("patient", "k"))
            .Event("founding", "أسس", when, null, 1, ("agent", "k"))
            .Flags("lifespan");
        Assert.Equal(flagged, flags.Length == 1);
        if (reason is not null)
        {
            Assert.Equal(reason, flags[0].Evidence["reason"]);
        }
    }

    [Theory]
    [InlineData("1875", true)]
    [InlineData("1895", false)]
    public void MarriedTooYoung(string when, bool flagged)
    {
        var text = $"ولد كريم عام 1870 في حلب. تزوج كريم من سلمى في عام {when}.";
        var flags = new CheckDoc(text).Person("كريم", "k").Person("كريم", "k", 2).Person("سلمى", "w").Subject("k")
            .Date("1870", "1870").Date(when, when)
            .Event("birth", "ولد", "1870", null, 1, ("patient", "k"))
            .Event("marriage", "تزوج", when, null, 1, ("agent", "k"), ("spouse", "w"))
            .Flags("lifespan");
        Assert.Equal(flagged, flags.Length == 1);
    }

    [Fact]
    public void RelativeClauseDateIsNotTheActorsDate()
    {
        var text = "ولد كريم عام 1870 في حلب. وترجم كريم البيان الصادر في عام 1848 إلى العربية.";
        var flags = new CheckDoc(text).Person("كريم", "k").Person("كريم", "k", 2).Subject("k")
            .Date("1870", "1870").Date("1848", "1848")
            .Event("birth", "ولد", "1870", null, 1, ("patient", "k"))
            .Event("publication", "ترجم", "1848", null, 1, ("agent", "k"))
            .Flags("lifespan");
        Assert.Empty(flags);
    }

    [Fact]
    public void DeathBeforeBirth()
    {
        var text = "ولد كريم عام 1870 في حلب. وتوفي كريم عام 1860.";
        var flags = new CheckDoc(text).Person("كريم", "k").Person("كريم", "k", 2).Subject("k").Date("1870", "1870").Date("1860", "1860")
            .Event("birth", "ولد", "1870", null, 1, ("patient", "k")).Event("death", "وتوفي", "1860", null, 1, ("patient", "k")).Flags("lifespan");
        Assert.Single(flags);
    }
}

public class NameAnomalyRuleTests
{
    [Theory]
    [InlineData("فلاديمير بوتين", true)]
    [InlineData("فلاديمير أوليانوف", false)]
    public void FamousSurnameOnTheSubjectsGivenName(string name, bool flagged)
    {
        var text = $"ولد فلاديمير أوليانوف المعروف باسم فلاديمير لينين عام 1870. فاعتقلت الشرطة فلاديمير لينين، وفي عام 1890 قدم {name} امتحانات الحقوق.";
        var doc = new CheckDoc(text).Person("فلاديمير أوليانوف", "s").Person("فلاديمير لينين", "s").Person("فلاديمير لينين", "s", 2).Subject("s")
            .Date("1870", "1870").Date("1890", "1890");
        var flags = doc.Flags("name-anomaly");
        Assert.Equal(flagged, flags.Length == 1);
        if (flagged)
        {
            Assert.Equal(Severity.Error, flags[0].Severity);
            Assert.Contains("Putin", flags[0].MessageEn);
        }
    }

    [Fact]
    public void TheFamousPersonActingInHisOwnTimeIsNotFlagged()
    {
        var text = "كان فلاديمير لينين زعيماً للثورة. وفي عام 2017 قال فلاديمير بوتين إن فلاديمير لينين أخطأ.";
        var flags = new CheckDoc(text).Person("فلاديمير لينين", "s").Person("فلاديمير لينين", "s", 2).Person("فلاديمير بوتين", "p").Subject("s")
            .Date("2017", "2017").Flags("name-anomaly");
        Assert.Empty(flags);
    }
}

public class AnachronismRuleTests
{
    [Theory]
    [InlineData("1915", true)]
    [InlineData("1920", false)]
    public void MembershipBeforeFounding(string joined, bool flagged)
    {
        var text = $"تأسس الحزب الشيوعي عام 1918. وانضم كريم إلى الحزب الشيوعي عام {joined}.";
        var flags = new CheckDoc(text).Org("الحزب الشيوعي", "party").Org("الحزب الشيوعي", "party", 2).Person("كريم", "k")
            .Date("1918", "1918").Date(joined, joined).Flags("anachronism");
        Assert.Equal(flagged, flags.Length == 1);
    }

    [Fact]
    public void DecisionAfterFoundingIsFine()
    {
        var text = "أسس إنجلز الأممية الثانية عام 1889. وهذا انتهاك لقرار الأممية الثانية عام 1914.";
        var flags = new CheckDoc(text).Org("الأممية الثانية", "i2").Org("الأممية الثانية", "i2", 2)
            .Date("1889", "1889").Date("1914", "1914").Flags("anachronism");
        Assert.Empty(flags);
    }

    [Theory]
    [InlineData("1995", true)]
    [InlineData("1985", false)]
    public void OfficeAfterTheEnd(string when, bool flagged)
    {
        var text = $"تفكك الاتحاد السوفيتي عام 1991. وشغل كريم منصب سفير الاتحاد السوفيتي عام {when}.";
        var flags = new CheckDoc(text).Place("الاتحاد السوفيتي", "ussr", kind: "country").Place("الاتحاد السوفيتي", "ussr", 2, kind: "country")
            .Date("1991", "1991").Date(when, when).Flags("anachronism");
        Assert.Equal(flagged, flags.Length == 1);
    }
}

public class OrdinalSeriesRuleTests
{
    [Theory]
    [InlineData("1905", "1906", false)]
    [InlineData("1906", "1905", true)]
    public void CongressesAdvance(string third, string fourth, bool flagged)
    {
        var text = $"عقد المؤتمر الثالث للحزب في لندن عام {third}. ثم عقد المؤتمر الرابع للحزب في ستوكهولم عام {fourth}.";
        var flags = new CheckDoc(text).Date(third, third).Date(fourth, fourth, occurrence: third == fourth ? 2 : 1).Flags("ordinal-series");
        Assert.Equal(flagged, flags.Length == 1);
    }

    [Fact]
    public void InternationalsInOrderAcrossClauses()
    {
        var text = "والأممية الثانية هي الحزب الذي أسسه إنجلز عام 1889، في حين كانت الأممية الأولى هي جمعية العمال عام 1864. وأسس الأممية الثالثة عام 1919.";
        var flags = new CheckDoc(text).Date("1889", "1889").Date("1864", "1864").Date("1919", "1919").Flags("ordinal-series");
        Assert.Empty(flags);
    }

    [Fact]
    public void WorldWarsOutOfOrder()
    {
        var text = "اندلعت الحرب العالمية الثانية عام 1914. واندلعت الحرب العالمية الأولى عام 1939.";
        var flags = new CheckDoc(text).Date("1914", "1914").Date("1939", "1939").Flags("ordinal-series");
        Assert.Single(flags);
    }

    [Fact]
    public void DifferentSeriesByQualifierAreNotCompared()
    {
        var text = "عقد المؤتمر الثالث للحزب عام 1950. وعقد المؤتمر الرابع للنقابات عام 1920.";
        var flags = new CheckDoc(text).Date("1950", "1950").Date("1920", "1920").Flags("ordinal-series");
        Assert.Empty(flags);
    }
}
