using Tarikh.Core.Checks;
using Tarikh.Core.Checks.Rules;
using Tarikh.Core.Claims;
using Tarikh.Core.Tests.Claims;
using Tarikh.Core.Text;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 7 of the claim-based rules (issue 12a): years written short are not compared with full ones, the era mark after a
/// lifespan range holds for both ends, lifespans written in other shapes, births read from a participle after a name and from
/// a birth-giving verb, birthplaces written as "مسقط رأسه", siblings compared by other words. Both ways, through the whole
/// pipeline, on sentences written for these tests.
/// </summary>
public class ClaimRound7Tests
{
    private static IEnumerable<Claim> Of(AnalyzedDocument doc, string name, string property)
    {
        var cluster = doc.Entities.First(e => e.Text == name).Cluster;
        return doc.Claims.Where(c => c.Subject == cluster && c.Property == property);
    }

    // A year cut short ("179" for 179x) is malformed-date's; the life is not 1,679 years long. A full year that makes the
    // life too long still is.
    [Theory]
    [InlineData("179", false)]
    [InlineData("1719", true)]
    public void ACutBirthYearIsNoLifespan(string year, bool flagged)
    {
        var text = $"درس الصيدلي أنطون جبران المعلوف الكيمياء في مونبلييه ونال شهادته سنة 1826. وكان قد ولد في بكفيا سنة {year}. وتوفي في بيروت سنة 1861.";
        Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);
    }

    // The colloquial two-digit year ("عام 48") beside four-digit years is no act 1,873 years before the birth.
    [Theory]
    [InlineData("عام 48", false)]
    [InlineData("عام 1915", true)]
    public void AColloquialTwoDigitYearIsNoActBeforeBirth(string when, bool flagged)
    {
        var text = $"ولد الرسام نزار فهمي القباني في حمص عام 1923، ونشر ديوانه الأول في دمشق {when}، وتوفي عام 1990.";
        Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);
    }

    // A two-digit Hijri year beside four-digit Hijri years of the same life is cut, not a life of twelve centuries.
    [Theory]
    [InlineData("12 هـ", false)]
    [InlineData("1212 هـ", true)]
    public void ATwoDigitHijriYearBesideFourDigitOnes(string when, bool flagged)
    {
        var text = $"ولد الفقيه حسن بن عمر البيطار بدمشق سنة 1230 هـ. ورحل إلى القاهرة سنة {when} فأخذ عن علماء الأزهر. وتوفي البيطار سنة 1295 هـ.";
        Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);
    }

    // The tarjama's elliptical year ("سنة خمسين" after "سبعمائة": 750) is no act before the birth; a full year is compared.
    [Theory]
    [InlineData("ومات سنة خمس وستين", false)]
    [InlineData("ومات سنة خمس وستين وثمانمائة", true)]
    public void AnEllipticalYearInATarjama(string clause, bool flagged)
    {
        var text = $"ولد شمس الدين محمد بن علي القلعي سنة ثلاث عشرة وسبعمائة، وولي خطابة الجامع سنة أربعين، {clause}.";
        Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);
    }

    [Fact]
    public void TheShortYearTestItself()
    {
        Assert.True(LifespanRule.Truncated(179, 1858, after: true, 120));   // cut: 1790–1799
        Assert.True(LifespanRule.Truncated(48, 1921, after: true, 120));    // colloquial
        Assert.True(LifespanRule.Truncated(50, 711, after: true, 120));     // elliptical: 750
        Assert.False(LifespanRule.Truncated(93, 279, after: false, 120));   // a classical year of its own, written first
        Assert.False(LifespanRule.Truncated(661, 1428, after: true, 120));  // 661 AH against a Gregorian year: no completion fits
        Assert.False(LifespanRule.Truncated(1895, 1962, after: true, 120)); // same length
    }

    // "(1285–1354 هـ)": the Hijri mark after the range holds for its start too.
    [Theory]
    [InlineData("1285–1354 هـ", false)]
    [InlineData("1285 - 1354هـ", false)]
    [InlineData("1285–1454 هـ", true)]
    public void TheEraMarkAfterARangeHoldsForBothEnds(string range, bool flagged)
    {
        var text = $"الشيخ عبد القادر بن مصطفى المغربي ({range}) عالم وأديب طرابلسي، درس في الأزهر وتولى التدريس في بلده.";
        var doc = ClaimExtractorTests.Run(text);
        var birth = Assert.Single(Of(doc, "عبد القادر بن مصطفى المغربي", ClaimProperties.BirthDate));
        Assert.Equal("hijri", birth.Value.Calendar);
        Assert.Equal(1285, ClaimFacts.YearOf(birth.Value));
        Assert.Equal(flagged, Flags(doc, "lifespan").Length > 0);
    }

    // "(1285–1354 هـ / 1868–1935 م)": two ranges joined by a slash give one birth and one death.
    [Fact]
    public void TwoRangesJoinedByASlash()
    {
        var doc = ClaimExtractorTests.Run("الشيخ عبد القادر بن مصطفى المغربي (1285–1354 هـ / 1868–1935 م) عالم وأديب طرابلسي.");
        var birth = Assert.Single(Of(doc, "عبد القادر بن مصطفى المغربي", ClaimProperties.BirthDate));
        var death = Assert.Single(Of(doc, "عبد القادر بن مصطفى المغربي", ClaimProperties.DeathDate));
        Assert.Equal(1285, ClaimFacts.YearOf(birth.Value));
        Assert.Equal(1354, ClaimFacts.YearOf(death.Value));
        Assert.Equal(1868, birth.Value.Date!.Value.Start.Year);
        Assert.Empty(Flags(doc, "lifespan"));
    }

    // "(وُلد 1924، توفي 2011)": the sides are joined by a comma; the first year is the birth, not a second death.
    [Theory]
    [InlineData("وُلد 1927، توفي 2008", null)]
    [InlineData("وُلد 1927، توفي 1918", "lifespan")]
    public void BirthAndDeathSidesJoinedByAComma(string inside, string? rule)
    {
        var doc = ClaimExtractorTests.Run($"رياض نجيب الصالح ({inside}) مترجم عراقي نقل روايات كثيرة إلى العربية.");
        Assert.Equal(1927, Assert.Single(Of(doc, "رياض نجيب الصالح", ClaimProperties.BirthDate)).Value.Date!.Value.Start.Year);
        Assert.Empty(Flags(doc, "conflicting-values"));
        Assert.Equal(rule is not null, Flags(doc, "lifespan").Length > 0);
    }

    // "أنجبت ابنتها سعاد عام 1958": the mother's verb dates the daughter's birth; a mother born after it is a family-order error.
    [Theory]
    [InlineData(1962, false)]
    [InlineData(1929, true)]
    public void ABirthGivingVerbDatesTheChildsBirth(int year, bool flagged)
    {
        var text = $"ولدت المعلمة نوال شفيق الحداد عام 1934 في اللاذقية. وفي عام {year} أنجبت ابنتها رندة في حلب. وتوفيت الحداد عام 2005.";
        var doc = ClaimExtractorTests.Run(text);
        var birth = Assert.Single(Of(doc, "رندة", ClaimProperties.BirthDate));
        Assert.Equal(year, birth.Value.Date!.Value.Start.Year);
        Assert.Equal(flagged, Flags(doc, "family-order").Length > 0);
        // The child does not act: no dated act of the daughter, and no lifespan flag either way.
        Assert.DoesNotContain(Of(doc, "رندة", ClaimProperties.Act), c => c.Time is not null);
        Assert.Empty(Flags(doc, "lifespan"));
    }

    // "X المولود عام 1944" with no comma: the participle's date is X's, not the article subject's.
    [Theory]
    [InlineData(1901, false)]
    [InlineData(1944, true)]
    public void AParticipleRightAfterAName(int year, bool flagged)
    {
        var text = $"وُلد الطبيب مازن الشهابي في حماة عام 1932، وهو الابن البكر لوالده الشيخ عارف الشهابي المولود عام {year}.";
        var doc = ClaimExtractorTests.Run(text);
        Assert.Contains(Of(doc, "عارف الشهابي", ClaimProperties.BirthDate), c => c.Value.Date!.Value.Start.Year == year);
        Assert.DoesNotContain(Of(doc, "مازن الشهابي", ClaimProperties.BirthDate), c => c.Value.Date!.Value.Start.Year == year);
        Assert.Equal(flagged, Flags(doc, "family-order").Length > 0);
    }

    // "وهو الأخ الأصغر للنحات X": the named brother is the older.
    [Theory]
    [InlineData(1840, false)]
    [InlineData(1852, true)]
    public void TheYoungerBrotherOfANamedMan(int year, bool flagged)
    {
        var text = $"وُلد الموسيقي أليكسي بوبوف عام 1846 في قازان، وهو الأخ الأصغر للرسام نيكولاي بوبوف المولود عام {year}.";
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }

    // "وكان أسنّ من أخيه X": the named brother is the younger.
    [Theory]
    [InlineData("سنة 575", false)]
    [InlineData("سنة 560", true)]
    public void OlderThanHisBrother(string when, bool flagged)
    {
        var text = $"ولد عماد الدين الموصلي سنة 568، وكان أسنّ من أخيه نجم الدين المولود {when}.";
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }

    // "وهو ابن المؤرخ X (…)": the named man is the father.
    [Theory]
    [InlineData("1880–1950", false)]
    [InlineData("1921–1990", true)]
    public void HeIsTheSonOfANamedMan(string life, bool flagged)
    {
        var text = $"فؤاد الكرمي (1910–1978) شاعر فلسطيني، وهو ابن المؤرخ سعيد الكرمي ({life}).";
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }

    // "عاد إلى مسقط رأسه X" and "X، المدينة التي ولد فيها" name a birthplace.
    [Theory]
    [InlineData("عاد الشابي إلى مسقط رأسه صفاقس", true)]
    [InlineData("عاد الشابي إلى مدينة صفاقس", false)]
    [InlineData("زار الشابي القيروان، المدينة التي ولد فيها", false)]
    [InlineData("زار الشابي صفاقس، المدينة التي ولد فيها", true)]
    public void BirthplacePhrases(string clause, bool flagged)
    {
        var text = $"وُلد الكاتب علي محمود الشابي في القيروان عام 1931 ودرس فيها الحقوق. وبعد سنوات طويلة {clause}.";
        Assert.Equal(flagged, Flags(text, "conflicting-values").Length > 0);
    }

    // "وكان الراحل قد وُلد عام 1939": an obituary's word for the dead man names the article's subject.
    [Theory]
    [InlineData(1937, true)]
    [InlineData(1934, false)]
    public void AnObituarysWordForTheDeadMan(int year, bool flagged)
    {
        var text = $"حلب - غيّب الموت أمس الملحن سمير عادل الحلبي المولود عام 1934 في حي الجديدة. وكان الراحل قد وُلد عام {year} لأسرة من الموسيقيين.";
        Assert.Equal(flagged, Flags(text, "conflicting-values").Length > 0);
    }

    // "وكانت وفاة ابن الكتاني سنة …": the short form "ابن X" of a chain names the man at a death noun; years in words are compared.
    [Theory]
    [InlineData("سنة خمس وعشرين وسبعمائة", true)]
    [InlineData("سنة اثنتين وعشرين وسبعمائة", false)]
    public void AShortFormWithIbnAtADeathNoun(string when, bool flagged)
    {
        var text = $"مات القاضي نجم الدين ابن الكتاني سنة اثنتين وعشرين وسبعمائة بدمشق. وكانت وفاة ابن الكتاني في شعبان {when}، ودفن بالصالحية.";
        Assert.Equal(flagged, Flags(text, "conflicting-values").Length > 0);
    }

    // An encyclopedia lead: the act with no participant of its own is the person the sentence opens with.
    [Theory]
    [InlineData(1967, true)]
    [InlineData(1907, false)]
    public void AnActInAnEncyclopediaLead(int year, bool flagged)
    {
        var text = $"جميل صدقي الزهاوي (1863–1936) شاعر عراقي، أنشأ عام {year} مجلة أدبية في بغداد.";
        Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);
    }
}
