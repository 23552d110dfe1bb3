using Tarikh.Core.Claims;
using Tarikh.Core.Events;
using Xunit;
using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Claims;

/// <summary>
/// Round 21 (issue-21a): "رحل" and "رحيله" read by grammar (<see cref="DepartureWords"/>): a destination, a place left, a quest, the
/// journey's noun or a traveller's deed make a journey; a death's companion, or a date with none of these, makes a death; the noun
/// dates a death only when nothing before it moves the date off. Sentences written for these tests.
/// </summary>
public class DepartureReadingTests
{
    private static int[] DeathYears(string text)
        => ClaimExtractorTests.Run(text).Claims
            .Where(c => c.Property == ClaimProperties.DeathDate && c.Value.Date is not null)
            .Select(c => c.Value.Date!.Value.Start.Year).ToArray();

    [Theory]
    [InlineData("رحل الشاعر سليم الخوري سنة 1975 بعد أن ترك عشرة دواوين.", 1975)]
    [InlineData("رحلت المغنية هدى السعدي عام 1988 وهي في الخامسة والأربعين.", 1988)]
    [InlineData("رحل الروائي منير الحسن سنة 1966 وهو في الثلاثين من عمره.", 1966)]
    [InlineData("رحل الخطاط سامي العبيدي في البصرة سنة 1979.", 1979)]
    [InlineData("رحل المهندس فريد الأيوبي إلى جوار ربه سنة 2004 بعد مرض قصير.", 2004)]
    [InlineData("نعت النقابة الزميل حسان البيطار الذي رحل في 3 آذار 2012.", 2012)]
    public void ADepartureWithNoJourneyIsADeath(string text, int year)
        => Assert.Contains(year, DeathYears(text));

    [Theory]
    [InlineData("رحل الشيخ عبد الله الحموي سنة 1320 إلى القاهرة وأقام فيها.")]
    [InlineData("رحل الرحالة ابن جبير سنة 578 من غرناطة قاصداً الحج.")]
    [InlineData("ورحل أبو القاسم الطرابلسي سنة 570 هـ فسمع ببغداد من شيوخها.")]
    [InlineData("رحل الفقيه يحيى الصنهاجي في طلب العلم سنة 430 هـ وهو ابن عشرين.")]
    [InlineData("رحل التاجر سالم الكندي عن مسقط سنة 1890 ولم يعد إليها.")]
    [InlineData("رحّلت السلطات العائلة سنة 1948 إلى المخيم.")]
    public void AJourneyIsNoDeath(string text)
        => Assert.Empty(DeathYears(text));

    [Theory]
    [InlineData("ولد المهندس سمير داود سنة 1950 في حمص. وقد نعاه زملاؤه يوم رحيله عام 2010.", 2010)]
    [InlineData("ولد الملحن رياض الشامي سنة 1921 في حلب، وظل يلحن حتى رحيله عام 1990.", 1990)]
    public void TheNounDatesTheDeath(string text, int year)
        => Assert.Contains(year, DeathYears(text));

    [Theory]
    [InlineData("ولد المهندس سمير داود سنة 1950 في حمص. وأقيمت ندوة عنه بعد رحيله عام 2012.")]
    [InlineData("ولد المهندس سمير داود سنة 1950 في حمص. وأقيمت ندوة في الذكرى العاشرة لرحيله عام 2012.")]
    [InlineData("ولد المهندس سمير داود سنة 1950 في حمص. وصدر ديوانه في ذكرى رحيله عام 2012.")]
    public void AnAnniversaryOrALaterDateIsNoDeath(string text)
        => Assert.DoesNotContain(2012, DeathYears(text));

    [Fact]
    public void TwoDeathYearsConflict()
        => Assert.NotEmpty(Flags("رحل الشاعر سليم الخوري سنة 1975 بعد أن أغنى المكتبة بدواوينه. وذكرت الصحيفة في رثائه أنه توفي سنة 1971.", "conflicting-values"));

    [Fact]
    public void TheDepartureIsNoActAfterAnotherDeath()
        => Assert.Empty(Flags("رحل الشاعر سليم الخوري سنة 1975 بعد أن أغنى المكتبة بدواوينه. وذكرت الصحيفة في رثائه أنه توفي سنة 1971.", "lifespan"));

    [Fact]
    public void AnActAfterTheDepartureIsFlagged()
        => Assert.NotEmpty(Flags("رحل الكاتب فؤاد عيسى سنة 1961 وهو في الأربعين. وفي سنة 1965 ألقى بنفسه محاضرة في نادي الطلبة ببيروت.", "lifespan"));

    [Fact]
    public void AJourneyAfterDeathIsStillFlagged()
        => Assert.NotEmpty(Flags("توفي الشيخ عبد الله الحموي سنة 1310. ورحل الشيخ عبد الله الحموي سنة 1320 إلى القاهرة.", "lifespan"));

    [Fact]
    public void AWidowsActAfterTheDepartureIsSilent()
        => Assert.Empty(Flags("رحل الرسام كامل الدباغ سنة 1985. وبعد أربع سنوات افتتحت أرملته معرضاً لأعماله في عمّان.", "lifespan"));

    // The lexicon itself: the words around the verb, read in order.
    [Theory]
    [InlineData("الي|جوار|ربه", DepartureSense.Death)]
    [InlineData("الي|بغداد", DepartureSense.Journey)]
    [InlineData("عن|عمر|ناهز|ستين|عاما", DepartureSense.Death)]
    [InlineData("بعد|صراع|مع|المرض", DepartureSense.Death)]
    [InlineData("بعد|ان|اغني|المكتبه", DepartureSense.Death)]
    [InlineData("سنه|430|فسمع|من|شيوخها", DepartureSense.Journey)]
    [InlineData("في|طلب|العلم", DepartureSense.Journey)]
    [InlineData("بلا|شيء", DepartureSense.Unknown)]
    public void TheLexiconReadsTheClause(string words, DepartureSense sense)
    {
        var after = words.Split('|');
        Assert.Equal(sense, DepartureWords.Default.Read(after, _ => false, _ => false, after.Length));
    }

    [Fact]
    public void ADateAloneIsADatedDeath()
    {
        string[] after = ["الشاعر", "سنه", "1937"];
        Assert.Equal(DepartureSense.DatedDeath, DepartureWords.Default.Read(after, _ => false, i => i == 1, after.Length));
    }
}
