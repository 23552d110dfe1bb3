using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Tests.Claims;
using Tarikh.Core.Text;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 8 of the claims layer and its rules (issue 12a): persons the entity stage left untagged where the text marks them
/// (a lifespan after the name, an occupation noun after a birth or death verb), a writer's marker of an invented person
/// between a name and its lifespan, an age the text states below what the act needs, namesakes each given a lifespan,
/// a birth in a parenthesis after no person, pronouns of the one person a text names, a place across a range dash.
/// Both ways, through the whole pipeline (span-checked), on sentences written for these tests.
/// </summary>
public class ClaimRound8Tests
{
    private static IEnumerable<Claim> Of(AnalyzedDocument doc, string name, string property)
    {
        var cluster = doc.Entities.First(e => e.Text == name).Cluster;
        return doc.Claims.Where(c => c.Subject == cluster && c.Property == property);
    }

    // The encyclopedia's lead: a name the tagger does not know, then its lifespan. The name is a person and the lifespan his.
    [Theory]
    [InlineData("1941", false)]
    [InlineData("1915", true)]
    public void ANameBeforeALifespanIsAPerson(string year, bool flagged)
    {
        var text = $"نبيهة القاسمي (1908–1974) مربّية سورية، تخرّجت في الجامعة الأمريكية في بيروت عام {year}.";
        var doc = ClaimExtractorTests.Run(text);
        var m = Assert.Single(doc.Entities, e => e.Text == "نبيهة القاسمي");
        Assert.Equal(EntityLabels.Person, m.Label);
        Assert.Contains(Of(doc, "نبيهة القاسمي", ClaimProperties.BirthDate), c => c.Value.Text == "1908");
        Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);
    }

    // Years in parentheses after words that are no name ("عمل مدرساً (1920–1930)") make no person.
    [Fact]
    public void YearsAfterOrdinaryWordsMakeNoPerson()
    {
        var doc = ClaimExtractorTests.Run("عمل مدرّساً (1920–1930) في مدارس حمص الأهلية.");
        Assert.DoesNotContain(doc.Entities, e => e.Label == EntityLabels.Person);
    }

    // A writer's marker of an invented person ("المتخيَّلة") between the name and its lifespan: the lifespan is still hers.
    [Theory]
    [InlineData("1950", false)]
    [InlineData("1926", true)]
    public void AnInventedMarkerBetweenNameAndLifespan(string year, bool flagged)
    {
        var text = $"سميرة الأتاسي المتخيَّلة (1921–1987) محامية سورية، عُيّنت عام {year} قاضيةً في محكمة حمص.";
        var doc = ClaimExtractorTests.Run(text);
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.BirthDate && c.Value.Text == "1921" && doc.Clusters[c.Subject].Label == EntityLabels.Person);
        Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);
    }

    // "توفي الموسيقار ليونيد سافيتسكي": an unknown name after an occupation noun after a death verb is a person, up to the date.
    [Fact]
    public void AnUnknownNameAfterAnOccupationNounIsAPerson()
    {
        var doc = ClaimExtractorTests.Run("توفي الموسيقار ليونيد سافيتسكي عام 1931 في قريته.");
        var m = Assert.Single(doc.Entities, e => e.Label == EntityLabels.Person);
        Assert.Equal("ليونيد سافيتسكي", m.Text);
        Assert.Contains(Of(doc, "ليونيد سافيتسكي", ClaimProperties.DeathDate), c => c.Value.Text == "عام 1931");
    }

    // The name ends before a particle ("نادية الكردي في القاهرة"), and the family name alone later is the same woman.
    [Theory]
    [InlineData("وكانت وفاة الكردي بعد صراع طويل مع المرض.", false)]
    [InlineData("وكانت وفاة الكردي عام 1995 بعد صراع طويل مع المرض.", true)]
    public void TwoDeathYearsOfAnUntaggedNameAndItsFamilyName(string second, bool flagged)
    {
        var text = $"توفيت الممثلة نادية الكردي في القاهرة عام 1992. {second}";
        var doc = ClaimExtractorTests.Run(text);
        Assert.Contains(doc.Entities, e => e.Text == "نادية الكردي" && e.Label == EntityLabels.Person);
        Assert.Equal(flagged, Flags(text, "conflicting-values").Length > 0);
    }

    // An age the text states at an act below what the act needs: no date needed.
    [Theory]
    [InlineData("تزوّج التاجر عادل السباعي وهو في الخامسة والعشرين من عمره من ابنة أحد تجار حمص.", false)]
    [InlineData("تزوّج التاجر عادل السباعي وهو في الخامسة من عمره من ابنة أحد تجار حمص.", true)]
    [InlineData("وُلد إبراهيم الحلبي سنة 1840 في إدلب، وتولّى القضاء في حلب وهو في السادسة والثلاثين من عمره.", false)]
    [InlineData("وُلد إبراهيم الحلبي سنة 1840 في إدلب، وتولّى القضاء في حلب وهو في السادسة من عمره.", true)]
    public void AStatedAgeBelowWhatTheActNeeds(string text, bool flagged)
    {
        var flags = Flags(text, "lifespan");
        Assert.Equal(flagged, flags.Length > 0);
        if (flagged)
        {
            Assert.Contains(flags, f => f.Spans.Any(s => text[s.Start..s.End].Contains("في", StringComparison.Ordinal)));
        }
    }

    // A king crowned as a child is no implausible age: a ruler's office has no lower bound.
    [Fact]
    public void AChildKingIsNoStatedAgeTooYoung()
        => Assert.Empty(Flags("تولّى الملك حسن العرش وهو في السادسة من عمره بعد وفاة أبيه.", "lifespan"));

    // Two men of one name, each with his own lifespan in one sentence, are namesakes; one man given two birth years in two
    // sentences still conflicts.
    [Theory]
    [InlineData("لا يُخلط بين الفقيه سالم القاسمي (1861–1920) والمغني سالم القاسمي (مواليد 1961).", false)]
    [InlineData("الفقيه سالم القاسمي (1861–1920) من علماء دمشق. ويذكر بعض المترجمين أن سالم القاسمي (مواليد 1866) درس في الأزهر.", true)]
    public void NamesakesEachWithALifespan(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "conflicting-values").Length > 0);

    // A birth in a parenthesis after words no person was found in is not given to a name further on.
    [Fact]
    public void ABirthInAParenthesisAfterNoPersonIsNotTheNextNames()
    {
        var text = "كرّمت النقابة المعلمة السيد (مواليد 1941) وابنتها الطبيبة ريم (مواليد 1969).";
        var doc = ClaimExtractorTests.Run(text);
        Assert.DoesNotContain(doc.Claims, c => c.Property == ClaimProperties.BirthDate && c.Value.Text == "1941"
            && doc.Entities.Any(e => e.Cluster == c.Subject && e.Text == "ريم"));
        Assert.Empty(Flags(text, "conflicting-values"));
    }

    // "وكانت وفاته عام 1973": the pronoun of the one person a text names; the second death year conflicts at warning level.
    [Theory]
    [InlineData("وكانت وفاته إثر مرض عضال.", false)]
    [InlineData("وكانت وفاته عام 1973 إثر مرض عضال.", true)]
    public void ADeathThroughAPronounOfTheOnlyPerson(string second, bool flagged)
    {
        var text = $"وُلد الرسام توفيق المدني في يافا عام 1905، وتوفي في عمّان عام 1970. {second}";
        Assert.Equal(flagged, Flags(text, "conflicting-values").Length > 0);
    }

    // "(ولدت في حمص 1915 – توفيت في بيروت 1985)": the death's place is not the birth's when the birth's place is untagged.
    [Fact]
    public void APlaceAcrossARangeDashIsTheOtherEnds()
    {
        var doc = ClaimExtractorTests.Run("سلمى الحكيم (ولدت في قرية نائية 1915 – توفيت في بيروت 1985) مطربة لبنانية.");
        Assert.DoesNotContain(doc.Claims, c => c.Property == ClaimProperties.BirthPlace && c.Value.Text == "بيروت");
    }

    // "أكبر إخوته" with a brother the text dates earlier; and "أصغر إخوتها" with a sister dated later.
    [Theory]
    [InlineData("1914", false)]
    [InlineData("1906", true)]
    public void TheEldestHasNoOlderSibling(string year, bool flagged)
    {
        var text = $"كان الخطاط سامي الدباغ (1910–1975) أكبر إخوته، ومنهم أخوه فريد المولود عام {year} الذي صار طبيباً.";
        var doc = ClaimExtractorTests.Run(text);
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.BirthOrder && c.Relation == "eldest" && doc.Clusters[c.Subject].Name.Contains("الدباغ", StringComparison.Ordinal));
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }

    [Theory]
    [InlineData("1929", false)]
    [InlineData("1941", true)]
    public void TheYoungestHasNoYoungerSibling(string year, bool flagged)
    {
        var text = $"كانت الطبيبة هدى الجزائري (1935–2010) أصغر إخوتها، ومنهم أختها سعاد المولودة عام {year} التي صارت معلمة.";
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }

    // "ونُقل الكيلاني، الذي توفي عام 1934": the family name alone, untagged, before a relative pronoun is the man the remark is about.
    [Theory]
    [InlineData("1930", false)]
    [InlineData("1934", true)]
    public void ARelativeClauseAfterAnUntaggedFamilyName(string year, bool flagged)
    {
        var text = $"توفي المهندس مراد الكيلاني في حمص عام 1930. ونُقل الكيلاني، الذي توفي عام {year}، إلى مقبرة العائلة.";
        Assert.Equal(flagged, Flags(text, "conflicting-values").Length > 0);
    }

    // "وكان الراحل، المولود عام 1946": an obituary's word for the dead man with a participle after its comma.
    [Theory]
    [InlineData("1948", false)]
    [InlineData("1946", true)]
    public void AnObituaryWordWithABirthParticiple(string year, bool flagged)
    {
        var text = $"نعت نقابة الصحفيين الصحفي سعيد الخالدي المولود عام 1948. وكان الراحل، المولود عام {year} في يافا، قد عمل في الصحافة أربعين عاماً.";
        Assert.Equal(flagged, Flags(text, "conflicting-values").Length > 0);
    }

    // "في 3 (15) أبريل 1890": the day of an Old-Style pair writes its year in the month-year after it; a second death year conflicts.
    [Theory]
    [InlineData("1890", false)]
    [InlineData("1892", true)]
    public void ADayOfAnOldStylePairWritesItsYear(string year, bool flagged)
    {
        var text = $"توفي الرسام بافل أوسيبوف في 3 (15) أبريل 1890 في موسكو. ودُفن أوسيبوف، الذي توفي عام {year}، في مقبرة الدير.";
        Assert.Equal(flagged, Flags(text, "conflicting-values").Length > 0);
    }

    // The year of the act's own clause, not a year carried from the lead's lifespan: "ترأس وفد المحامين إلى مؤتمر القاهرة عام 1936".
    [Theory]
    [InlineData("1926", false)]
    [InlineData("1936", true)]
    public void AnActDatedInItsOwnClauseAfterALead(string year, bool flagged)
    {
        var text = $"نديم الصباغ (1880–1930) محامٍ لبناني. ترأس بنفسه وفد المحامين إلى مؤتمر القاهرة عام {year}.";
        Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);
    }

    // "ومن أبنائه الطبيب فؤاد المصري (1865–1930)": a child named after a plural kin word; a son born before his father.
    [Theory]
    [InlineData("1905", false)]
    [InlineData("1865", true)]
    public void AChildAfterAPluralKinWord(string year, bool flagged)
    {
        var text = $"رشيد المصري (1870–1945) تاجر حلبي. ومن أبنائه الطبيب فؤاد المصري ({year}–1960)، الذي درّس في كلية الطب.";
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }

    // "نشر كتابه الأول «…» وهو في الرابعة": an age after a closing quote is stated at the act before it.
    [Theory]
    [InlineData("الرابعة والعشرين", false)]
    [InlineData("الرابعة", true)]
    public void AnAgeAfterATitleIsTheActsBeforeIt(string age, bool flagged)
    {
        var text = $"نشر الكاتب حسن الجابري كتابه الأول «أيام دمشق» وهو في {age} من عمره.";
        Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);
    }
}
