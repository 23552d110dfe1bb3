using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Tests.Claims;
using Tarikh.Core.Text;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 6 of the claim-based rules (issue 12a): short forms of a name, other verbs and nouns of birth and death, agentive acts,
/// offices at an impossible age, things named after a person, cut lifespans, parents and siblings from more sources.
/// Both ways, through the whole pipeline, on sentences written for these tests (not the dev set's).
/// </summary>
public class ClaimRound6Tests
{
    // The family name alone, a common word the tagger leaves untagged (الحداد: the smith), with another death verb.
    [Theory]
    [InlineData("ومات الحداد عام 1965 بعد مرض طويل.", true)]
    [InlineData("ومات الحداد عام 1962 بعد مرض طويل.", false)]
    [InlineData("وأعيد دفن الحداد في مسقط رأسه عام 1965.", false)]
    public void ASecondDeathUnderTheFamilyNameAlone(string sentence, bool flagged)
    {
        var doc = ClaimExtractorTests.Run("توفي الشاعر كمال يوسف الحداد في حلب عام 1962. وكتب الحداد مسرحيات كثيرة. " + sentence);
        Assert.Equal(flagged, Flags(doc, "conflicting-values").Length == 1);
    }

    // "كان مولد X": a birth noun with the person named right after it is read as surely as the verb.
    [Theory]
    [InlineData(1924, true)]
    [InlineData(1921, false)]
    public void ABirthNounWithTheFamilyName(int year, bool flagged)
    {
        var doc = ClaimExtractorTests.Run($"ولد الطبيب سليم ناصر البيطار في بيروت عام 1921. ودرس البيطار الطب في باريس. وكان مولد البيطار عام {year}.");
        Assert.Equal(flagged, Flags(doc, "conflicting-values").Length == 1);
    }

    // "ابن قدامة" after the full chain "عبد الله بن أحمد بن قدامة" is the same person (PersonKey).
    [Theory]
    [InlineData("625", true)]
    [InlineData("620", false)]
    public void TheAncestorFormOfAChain(string year, bool flagged)
    {
        var doc = ClaimExtractorTests.Run($"عبد الله بن أحمد بن محمد بن قدامة فقيه حنبلي. ولد سنة 541 هـ. ورحل إلى بغداد. توفي بدمشق سنة 620 هـ. وقد مات ابن قدامة سنة {year} هـ.");
        Assert.Equal(flagged, Flags(doc, "conflicting-values").Length == 1);
    }

    // A death in a hospital in one city, then at home in another: two places of death.
    [Theory]
    [InlineData("فارق الحياة في منزله بطرابلس", true)]
    [InlineData("سيدفن في مقبرة العائلة بطرابلس", false)]
    public void TwoPlacesOfDeath(string clause, bool flagged)
    {
        var doc = ClaimExtractorTests.Run($"بيروت - توفي المطرب وديع نجيب الصافي أمس في مستشفى ببيروت عن 90 عاماً. وكان الصافي قد غنى في كل البلاد العربية. وقالت عائلته إن الصافي {clause}.");
        Assert.Equal(flagged, Flags(doc, "conflicting-values").Length == 1);
    }

    // A publication the person does himself after his death is impossible; one that comes out after it is not.
    [Theory]
    [InlineData("وأصدر الخطيب كتابه الجديد عام 1975 عن دار الآداب.", true)]
    [InlineData("وصدر كتابه الأخير عام 1975 بعد وفاته عن دار الآداب.", false)]
    public void AnAgentivePublicationAfterDeath(string sentence, bool flagged)
    {
        var doc = ClaimExtractorTests.Run("توفي الكاتب منير عادل الخطيب عام 1970 في دمشق. " + sentence);
        Assert.Equal(flagged, Flags(doc, "lifespan").Length == 1);
    }

    // A judgeship at six is impossible; a caliphate at six is not (child rulers were crowned).
    [Theory]
    [InlineData("وولي القضاء سنة ست وستمائة", true)]
    [InlineData("وولي القضاء سنة أربعين وستمائة", false)]
    [InlineData("وولي الخلافة سنة ست وستمائة", false)]
    public void AnOfficeAtAnImpossibleAge(string clause, bool flagged)
    {
        var doc = ClaimExtractorTests.Run($"هو بدر الدين محمد بن يوسف الحموي، ولد بحماة سنة ستمائة، {clause}، وتوفي سنة سبعين وستمائة.");
        Assert.Equal(flagged, Flags(doc, "lifespan").Length == 1);
    }

    // A school named after a person long after his death is no act of his; his own opening of a school would be.
    [Theory]
    [InlineData("وافتتحت مدرسة تحمل اسم فتحي في القاهرة عام 2010.", false)]
    [InlineData("وافتتح فتحي مدرسة في القاهرة عام 2010.", true)]
    public void AThingNamedAfterAPerson(string sentence, bool flagged)
    {
        var doc = ClaimExtractorTests.Run("المهندس حسن فتحي (1900–1989) معماري مصري. " + sentence);
        Assert.Equal(flagged, Flags(doc, "lifespan").Length == 1);
    }

    // A lifespan whose start year is cut ("189") is left to malformed-date, not read as a life of 1,700 years.
    [Theory]
    [InlineData("189", false)]
    [InlineData("1790", true)]
    public void ACutLifespanIsNoLife(string start, bool flagged)
    {
        var doc = ClaimExtractorTests.Run($"الرسام جواد حسن الناصري ({start}–1961) من رواد الفن التشكيلي في العراق. درس الناصري في روما.");
        Assert.Equal(flagged, Flags(doc, "lifespan").Length == 1);
    }

    // A mother born after her child, in her own apposition.
    [Theory]
    [InlineData(1915, true)]
    [InlineData(1885, false)]
    public void AMotherBornAfterTheChild(int year, bool flagged)
    {
        var doc = ClaimExtractorTests.Run($"ولد المحامي فريد سامي الأتاسي في حمص عام 1908. وكانت والدته هند الجابري، المولودة عام {year}، من أسرة حلبية.");
        Assert.Equal(flagged, Flags(doc, "family-order").Length == 1);
    }

    // "وابنه X ولد عام …" after the father's own year: a child named after ابنه.
    [Theory]
    [InlineData(1935, true)]
    [InlineData(1895, false)]
    public void ASonBornBeforeTheFather(int fatherYear, bool flagged)
    {
        var doc = ClaimExtractorTests.Run($"كان الحاج عمر سعيد الدباغ (مواليد {fatherYear}) تاجراً في صيدا. وابنه نبيل عمر الدباغ ولد عام 1928، وصار مهندساً.");
        Assert.Equal(flagged, Flags(doc, "family-order").Length == 1);
    }

    // "كانت تكبر أخاها …": the brother is the younger, and his lifespan says otherwise.
    [Theory]
    [InlineData("1918–1980", true)]
    [InlineData("1928–1995", false)]
    public void SheWasOlderThanHerBrother(string brother, bool flagged)
    {
        var doc = ClaimExtractorTests.Run($"ليلى فؤاد الصباح (1923–1999) كاتبة كويتية. كانت ليلى تكبر أخاها ناصر فؤاد الصباح ({brother}) بخمس سنين.");
        Assert.Equal(flagged, Flags(doc, "family-order").Length == 1);
    }

    // A news dateline dates the item's first act: a lecture given years after the lecturer's death.
    [Theory]
    [InlineData(2005, true)]
    [InlineData(2018, false)]
    public void ADatelineDatesTheAct(int death, bool flagged)
    {
        var doc = ClaimExtractorTests.Run($"دمشق - 3 أيار 2015: ألقى الباحث نزار توفيق الحلاق محاضرة في جامعة دمشق. وكان الحلاق قد ولد عام 1930 وتوفي عام {death}.");
        Assert.Equal(flagged, Flags(doc, "lifespan").Length == 1);
    }

    // The index reads an untagged family name as its person, and leaves a family name two persons share alone.
    [Fact]
    public void ShortFormsNameOnePersonOnly()
    {
        var one = ClaimExtractorTests.Run("توفي الشاعر كمال يوسف الحداد في حلب عام 1962. وكتب الحداد مسرحيات كثيرة.");
        var index = DocumentIndex.Build(one);
        var k = Enumerable.Range(0, one.Tokens.Length).Last(i => one.Source[one.Tokens[i].Span] == "الحداد");
        Assert.Equal(index.PersonKey(one.Entities.First(e => e.Text.EndsWith("الحداد", StringComparison.Ordinal)).Cluster), index.PersonKey(index.ShortFormAt(k)));

        var two = ClaimExtractorTests.Run("كان يوسف الحداد تاجراً في حلب، وابنه كمال يوسف الحداد شاعراً. وكتب الحداد مسرحيات كثيرة.");
        var index2 = DocumentIndex.Build(two);
        var k2 = Enumerable.Range(0, two.Tokens.Length).Last(i => two.Source[two.Tokens[i].Span] == "الحداد");
        Assert.Equal(-1, index2.ShortFormAt(k2));
    }
}
