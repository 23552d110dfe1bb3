using Tarikh.Core.Tests.Time;
using Tarikh.Core.Time;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Classes the date rules missed on fresh text in round 10 (issue 12, 12d): an equivalence restated through a demonstrative
/// ("، ويوافق ذلك …"); a weekday before "الموافق" that took the pair from the dated side; a series noun in construct with a
/// definite owner ("كونشرتو البيانو الثاني"، "مؤتمر الحزب العشرون") and an item dated by the relative clause after it; a
/// numeric date whose year is empty before its era mark; a day with no month; a two-digit year whose century was dropped;
/// and in Time, the calendar named as the year word's adjective ("العام الهجري 1445") and an ordinal's number word before
/// "عام YEAR" that is no duration. Each class both ways, full pipeline (spans checked), sentences written here.
/// </summary>
public class DateRulesRound10Tests
{
    // ---- calendar-equivalence ----

    [Theory]
    // 10 Rajab 650 AH is about 16 September 1252 (Julian).
    [InlineData("توفي الفقيه المتخيَّل في العاشر من رجب سنة 650 هـ، ويوافق ذلك 20 أكتوبر 1252 بالتقويم اليولياني.", "20 أكتوبر 1252")]
    [InlineData("دخل الجيش المدينة في 3 شعبان 1300 هـ، وهو ما يوافق 25 يونيو 1883 م.", "25 يونيو 1883 م")]
    // A weekday before "الموافق": the Hijri day still pairs with its stated Gregorian day (3 Sha'ban 1300 is 9 June 1883).
    [InlineData("وقعت المعركة يوم الجمعة، الموافق 3 شعبان 1300 هـ، أي 15 يونيو 1883.", "15 يونيو 1883")]
    // A year-less Hijri month right after its own Hijri year (1 Muharram 1445 is 19 July 2023, not a day of 2022).
    [InlineData("احتفل المركز بحلول العام الهجري الجديد 1445، مستهل محرم الموافق 30 يوليو 2022، بأمسية ثقافية.", "30 يوليو 2022")]
    public void AnEquivalenceRestatedOrAfterAWeekdayFires(string text, string evidence)
        => FiresAt(text, "calendar-equivalence", evidence);

    [Theory]
    [InlineData("توفي الفقيه المتخيَّل في العاشر من رجب سنة 650 هـ، ويوافق ذلك 16 سبتمبر 1252 بالتقويم اليولياني.")]
    [InlineData("دخل الجيش المدينة في 3 شعبان 1300 هـ، وهو ما يوافق 9 يونيو 1883 م.")]
    [InlineData("وقعت المعركة يوم السبت، الموافق 3 شعبان 1300 هـ، أي 9 يونيو 1883.")]
    // A demonstrative without an equivalence cue pairs nothing: two dates of one story.
    [InlineData("دخل الجيش المدينة في 3 شعبان 1300 هـ، وبعد ذلك 25 يونيو 1884 م وقّع الصلح.")]
    [InlineData("احتفل المركز بحلول العام الهجري الجديد 1445، مستهل محرم الموافق 19 يوليو 2023، بأمسية ثقافية.")]
    public void ARightRestatedEquivalenceIsSilent(string text)
        => Assert.Empty(Flags(text, "calendar-equivalence"));

    // ---- ordinal-series ----

    [Theory]
    [InlineData("ألّف الموسيقار المتخيَّل كونشرتو الكمان الثاني عام 1911، ثم كونشرتو الكمان الأول عام 1915.", "كونشرتو الكمان الأول")]
    [InlineData("انعقد مؤتمر الحزب الخامس عشر عام 1934، ثم مؤتمر الحزب الرابع عشر عام 1938.", "مؤتمر الحزب الرابع عشر")]
    [InlineData("اختُتمت الدورة الخامسة من معرض الكتاب، التي أقيمت عام 2021، بعد الدورة السادسة عام 2019.", "الدورة السادسة")]
    [InlineData("صدر مؤتمر النقابة العشرون عام 1990، ثم انعقد مؤتمر النقابة الحادي والعشرون عام 1985.", "مؤتمر النقابة الحادي والعشرون")]
    // A named cup in construct beside the bare series does not hide the bare series' own disorder.
    [InlineData("أقيمت البطولة الرابعة عام 1988، ثم البطولة الثالثة عام 1992، ونُظّمت بطولة القدس الدولية الرابعة عام 1996.", "البطولة الثالثة")]
    public void AConstructSeriesNounOrARelativeClauseDateFires(string text, string evidence)
        => FiresAt(text, "ordinal-series", evidence);

    [Theory]
    [InlineData("ألّف الموسيقار المتخيَّل كونشرتو الكمان الأول عام 1911، ثم كونشرتو الكمان الثاني عام 1915.")]
    [InlineData("انعقد مؤتمر الحزب الرابع عشر عام 1934، ثم مؤتمر الحزب الخامس عشر عام 1938.")]
    [InlineData("اختُتمت الدورة السادسة من معرض الكتاب، التي أقيمت عام 2021، بعد الدورة الخامسة عام 2019.")]
    // Two owners, two series: the union's 20th and the party's 21st are not ordered against each other.
    [InlineData("انعقد مؤتمر النقابة العشرون عام 1990، وكان مؤتمر الحزب الحادي والعشرون قد انعقد عام 1985.")]
    // A named cup's fourth is not the fourth of the championship told before it.
    [InlineData("أقيمت البطولة الثالثة عام 1990، ثم البطولة الرابعة عام 1994، ونُظّمت بطولة القدس الدولية الرابعة عام 1986.")]
    public void AConstructSeriesInOrderOrOfTwoOwnersIsSilent(string text)
        => Assert.Empty(Flags(text, "ordinal-series"));

    // ---- malformed-date ----

    [Theory]
    [InlineData("وكان آخر مجلس له في 5/9/ هـ، ثم لزم بيته.", "5/9/ هـ")]
    [InlineData("افتُتح الجسر في 12 من عام 1962 بحضور الوزير.", "12 من عام 1962")]
    [InlineData("ولد المحدّث المتخيَّل سنة 654، وسمع بدمشق سنة 690، ودرّس بالقاهرة سنة 12 هـ حتى وفاته.", "سنة 12 هـ")]
    public void AnEmptyYearADayWithoutMonthOrADroppedCenturyFires(string text, string evidence)
        => FiresAt(text, "malformed-date", evidence);

    [Theory]
    [InlineData("وكان آخر مجلس له في 5/9/700 هـ، ثم لزم بيته.")]
    [InlineData("افتُتح الجسر في 12 من مايو عام 1962 بحضور الوزير.")]
    [InlineData("انتُخب في 12 من أعضاء المجلس عام 1962.")]
    [InlineData("ولد المحدّث المتخيَّل سنة 654، وسمع بدمشق سنة 690، ودرّس بالقاهرة سنة 712 هـ حتى وفاته.")]
    // An older event recalled before the story's years: no year of the sentence comes before it.
    [InlineData("فُتحت المدينة سنة 93 هـ، وبنى فيها الأمير مسجده.")]
    // A year before Christ, or one marked AD, recalls an older age on purpose.
    [InlineData("دخل القائد المدينة في العام 642 م، وكانت مكتبتها قد احترقت عام 48 ق. م في حرب أخرى.")]
    [InlineData("زار الرحالة المدينة سنة 640، ورأى فيها معبداً بُني سنة 30 م.")]
    // The colloquial short year without a mark after a four-digit year is left alone.
    [InlineData("تخرّج عام 1988 ثم عاد عام 95 إلى بلده.")]
    public void TheCompleteFormsAreSilent(string text)
        => Assert.Empty(Flags(text, "malformed-date"));

    // ---- Time ----

    [Theory]
    [InlineData("احتفلت الجالية بحلول العام الهجري الجديد 1445 بأمسية للإنشاد.", "العام الهجري الجديد 1445", "1445")]
    [InlineData("تبدأ السنة الهجرية 1446 بعد أيام.", "السنة الهجرية 1446", "1446")]
    public void AYearWordWithTheHijriAdjectiveIsAHijriYear(string sentence, string text, string value)
    {
        var t = Assert.Single(TimeStageTests.Run(sentence).Timexes, x => x.Text == text);
        Assert.Equal(CalendarKind.Hijri, t.Calendar);
        Assert.Equal(value, t.Value);
    }

    [Fact]
    public void AYearWordWithoutTheAdjectiveStaysGregorianByDefault()
    {
        var t = Assert.Single(TimeStageTests.Run("احتفلت الجالية بحلول العام الجديد 2024 بأمسية للإنشاد.").Timexes, x => x.Value == "2024");
        Assert.Equal(CalendarKind.Gregorian, t.Calendar);
    }

    [Theory]
    [InlineData("عُقد مؤتمر الحزب العشرون عام 1956 في موسكو.", "1956")]
    [InlineData("افتُتحت الدورة الحادية عشرة عام 2015 في تونس.", "2015")]
    public void AnOrdinalsNumberWordBeforeAYearIsNoDuration(string sentence, string year)
    {
        var doc = TimeStageTests.Run(sentence);
        Assert.DoesNotContain(doc.Timexes, x => x.Type == TimexType.Duration);
        Assert.Contains(doc.Timexes, x => x.Value == year);
    }

    [Fact]
    public void ACountOfYearsStaysADuration()
    {
        var doc = TimeStageTests.Run("أمضى في المنفى عشرين عاماً قبل أن يعود.");
        Assert.Contains(doc.Timexes, x => x.Type == TimexType.Duration && x.Value == "P20Y");
    }
}
