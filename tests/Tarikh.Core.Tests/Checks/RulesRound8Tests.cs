using Tarikh.Core.Checks;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 8 (issue 12, 12b): the list-based anachronism check on classes the round-7 list missed (former place names, a dash
/// dateline, a date carried into the sentence or clause that goes on, an era-less year out of range under both readings, a
/// parenthesis after the name, a periodical's issue), its guards (a life date coordinated with the act, a relative clause or a
/// present-time phrase between), name-anomaly on names the tagger missed (after «title» لـ, after a plural of works, after an
/// author noun in the next sentence), and ordinal series (an adjective left out, an offset counted from an item, an order the
/// text states). Each class both ways, full pipeline, sentences written here; spans checked against the text by FlagAssert.
/// </summary>
public class RulesRound8Tests
{
    // ---- anachronism from the list: new classes ----

    [Theory]
    // A birth in a city under a name it bore only from 1924 to 1991.
    [InlineData("ولد الرسام المتخيَّل إيفان سوروكين في لينينغراد عام 1910، وتعلم الرسم في مدرسة الفنون.", "لينينغراد")]
    // A dash dateline after a magazine's end (1965).
    [InlineData("القاهرة، 4 مايو 1975 - نشرت مجلة «الرسالة» قصيدة جديدة للشاعر المتخيَّل حامد الفيومي.", "الرسالة")]
    // A date carried from the sentence before ("ثم"), after the Fatimid caliphate's end (1171).
    [InlineData("وصل القاضي المتخيَّل نجم الدين الحوراني إلى القاهرة سنة 1180 م. ثم ولاه الخليفة الفاطمي الحسبة.", "الخليفة الفاطمي")]
    // An era-less year, carried from the clause before (فـ): 600 CE is before the caliphate, 600 AH after it.
    [InlineData("دخل الفقيه المتخيَّل زين الدين الإخميمي القاهرة سنة ستمائة، فولاه الخليفة الفاطمي خطابة الجامع.", "الخليفة الفاطمي")]
    // A parenthesis after the name, the year after it (the agency began in 1976).
    [InlineData("عمل الصحفي المتخيَّل سامر الخياط في وكالة أنباء الإمارات (وام) منذ عام 1970.", "وكالة أنباء الإمارات")]
    // "في عددها الصادر" dates an issue, not a founding; "صباح اليوم" is a date, not a present name (the paper began in 1972).
    [InlineData("الكويت، 3 مارس 1968: نشرت صحيفة «القبس» في عددها الصادر صباح اليوم حوارا مع وزير التربية.", "القبس")]
    public void AListedBodyOutsideItsYearsInNewFormsIsAWarning(string text, string evidence)
    {
        FiresAt(text, "anachronism", evidence);
        Assert.All(Flags(text, "anachronism"), f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Theory]
    // The former name inside its years.
    [InlineData("ولد الرسام المتخيَّل إيفان سوروكين في لينينغراد عام 1930، وتعلم الرسم في مدرسة الفنون.")]
    // The sentence speaks of the naming.
    [InlineData("ولد الرسام المتخيَّل إيفان سوروكين عام 1910 في سانت بطرسبرغ، التي سميت لينينغراد لاحقا.")]
    // A birth year coordinated with the act dates the life, not the act.
    [InlineData("وكان الشاعر المتخيَّل سليم الحداد قد وُلد عام 1940 وبدأ النشر في مجلة «شعر» شابا.")]
    // The year belongs to a relative clause; the paper publishes "these days".
    [InlineData("كشفت الوثائق خطط الجيش في يونيو 1967 والتي تنشرها صحيفة القدس العربي هذه الأيام على حلقات.")]
    // A carried date bounds the act from below only: no before-the-founding flag from it.
    [InlineData("ولد الشاعر المتخيَّل نبيل القاسمي سنة 1950. ثم نشر قصائده في صحيفة القدس العربي.")]
    // Inside the years, with the same forms.
    [InlineData("القاهرة، 4 مايو 1950 - نشرت مجلة «الرسالة» قصيدة جديدة للشاعر المتخيَّل حامد الفيومي.")]
    [InlineData("وصل القاضي المتخيَّل نجم الدين الحوراني إلى القاهرة سنة 1150 م. ثم ولاه الخليفة الفاطمي الحسبة.")]
    [InlineData("عمل الصحفي المتخيَّل سامر الخياط في وكالة أنباء الإمارات (وام) منذ عام 1980.")]
    public void TheSameFormsInsideTheYearsOrNotTheActsDateAreSilent(string text)
        => Assert.Empty(Flags(text, "anachronism"));

    // ---- name-anomaly: names read from the words when the tagger missed them ----

    [Theory]
    // After the title's لـ: al-Ghitani's novel with al-Aswani's family name.
    [InlineData("قرأت في الصيف رواية «الزيني بركات» لجمال الأسواني فأعجبتني كثيرا.", "الأسواني")]
    // After a plural of works: Mosteghanemi's novel with al-Samman's family name.
    [InlineData("من أشهر روايات أحلام السمان رواية «ذاكرة الجسد» التي صدرت عام 1993.", "السمان")]
    // An author noun in the next sentence: Zaydan's novel given to another known Yusuf.
    [InlineData("صدرت رواية «عزازيل» عام 2008. وفاز مؤلفها الروائي يوسف إدريس بجائزة البوكر العربية.", "إدريس")]
    public void AWorkBesideASlipOfItsAuthorsNameIsAWarning(string text, string evidence)
    {
        FiresAt(text, "name-anomaly", evidence);
        Assert.All(Flags(text, "name-anomaly"), f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Theory]
    [InlineData("قرأت في الصيف رواية «الزيني بركات» لجمال الغيطاني فأعجبتني كثيرا.")]
    [InlineData("من أشهر روايات أحلام مستغانمي رواية «ذاكرة الجسد» التي صدرت عام 1993.")]
    [InlineData("صدرت رواية «عزازيل» عام 2008. وفاز مؤلفها الروائي يوسف زيدان بجائزة البوكر العربية.")]
    // The author's own name with words after it ("لأول مرة") is read as his name.
    [InlineData("عُرضت أوبرا «الأمير إيغور» لألكسندر بورودين لأول مرة في سانت بطرسبرغ عام 1890.")]
    public void TheAuthorsOwnNameIsSilent(string text)
        => Assert.Empty(Flags(text, "name-anomaly"));

    // ---- calendar-equivalence: an Old/New Style pair restated with "أي" ----

    [Fact]
    public void AnOldStyleDateRestatedWithAyOneDayOffIsFlagged()
        => FiresAt("وُلد المهندس المتخيَّل بوريس أورلوف في 3 مارس 1870 بالتقويم القديم، أي 16 مارس 1870 بالتقويم الجديد.", "calendar-equivalence", "مارس");

    [Fact]
    public void AnOldStyleDateRestatedWithAyRightIsSilent()
        => Assert.Empty(Flags("وُلد المهندس المتخيَّل بوريس أورلوف في 3 مارس 1870 بالتقويم القديم، أي 15 مارس 1870 بالتقويم الجديد.", "calendar-equivalence"));

    // ---- malformed-date: a dateline whose agency stands in parentheses ----

    [Fact]
    public void ACutYearInADatelineWithTheAgencyInParenthesesIsFlagged()
        => FiresAt("طرابلس (وال) 9 يونيو 202 - افتتح وزير الصحة مستشفى جديدا في المدينة.", "malformed-date", "202");

    [Fact]
    public void AFullYearInADatelineWithTheAgencyInParenthesesIsSilent()
        => Assert.Empty(Flags("طرابلس (وال) 9 يونيو 2021 - افتتح وزير الصحة مستشفى جديدا في المدينة.", "malformed-date"));

    // ---- ordinal-series ----

    [Fact]
    public void AnAdjectiveLeftOutJoinsTheSeries()
        => FiresAt("شارك الخطاط المتخيَّل سامي الطحان في المعرض السنوي الرابع لجمعية الخطاطين عام 2012، وكان قد شارك في المعرض الخامس للجمعية عام 2009.",
            "ordinal-series", "الخامس");

    [Fact]
    public void APhraseOfTimeAfterTheItemIsNoOwner()
        // "لأول مرة" after one item and "لعرض المسلسل" after another: the first is no owner, so the items stay one series.
        => FiresAt("وأذيع الموسم الثالث لأول مرة يوم 19 سبتمبر 2006. وبدأ الموسم الثاني يوم 25 سبتمبر 2007. وفي الموسم الرابع لعرض المسلسل تغير الممثلون.",
            "ordinal-series", "الثالث");

    [Fact]
    public void APhraseOfTimeAfterTheItemInOrderIsSilent()
        => Assert.Empty(Flags("وأذيع الموسم الثاني لأول مرة يوم 19 سبتمبر 2006. وبدأ الموسم الثالث يوم 25 سبتمبر 2007. وفي الموسم الرابع لعرض المسلسل تغير الممثلون.",
            "ordinal-series"));

    [Fact]
    public void AnAdjectiveLeftOutInOrderIsSilent()
        => Assert.Empty(Flags("شارك الخطاط المتخيَّل سامي الطحان في المعرض السنوي الرابع لجمعية الخطاطين عام 2009، ثم شارك في المعرض الخامس للجمعية عام 2012.",
            "ordinal-series"));

    [Fact]
    public void AnOffsetCountedFromAnItemDoesNotDateIt()
        => Assert.Empty(Flags("تستضيف الرياض المؤتمر الخامس عشر في مارس 2020، بعد عام من المؤتمر الرابع عشر في القاهرة.", "ordinal-series"));

    [Fact]
    public void AnOrderTheTextStatesAgainstTheNumbersIsAWarning()
    {
        const string text = "تونس – 2016: افتُتحت أمس الدورة الثامنة لمعرض الكتاب المتخيَّل، بعد عامين من دورته التاسعة التي أقيمت في صفاقس.";
        FiresAt(text, "ordinal-series", "الثامنة");
        Assert.All(Flags(text, "ordinal-series"), f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Fact]
    public void AnOrderTheTextStatesWithTheNumbersIsSilent()
        => Assert.Empty(Flags("تونس – 2016: افتُتحت أمس الدورة التاسعة لمعرض الكتاب المتخيَّل، بعد عامين من دورته الثامنة التي أقيمت في صفاقس.", "ordinal-series"));
}
