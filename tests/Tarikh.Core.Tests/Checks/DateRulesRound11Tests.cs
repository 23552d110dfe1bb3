using Tarikh.Core.Checks;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Classes the date rules missed on fresh text in round 11 (issue 12, 12d): a Hijri weekday two days from the tabular
/// calendar where the moon rules out such a sighting (Time's sighting window); a numeric date whose year slot is left empty
/// before a word; a numeric date of a news item with a three-digit year; a month name between slashes with the day's slot empty; a labelled lifespan with a bound cut short; an ordinal whose series noun is left out ("والثاني"،
/// "أما الخامسة") or numbered by digits ("العدد 500"); an aside in parentheses after "الموافق". Each class both ways, full pipeline (spans checked), sentences
/// written here.
/// </summary>
public class DateRulesRound11Tests
{
    // ---- weekday-mismatch ----

    [Theory]
    // 1 Muharram 1200 is a Friday in the tabular calendar; the conjunction was too early for a Sunday start.
    [InlineData("دخل القائد المتخيَّل المدينة يوم الأحد أول محرم سنة 1200 هـ، ونزل بدار الإمارة.", "يوم الأحد أول محرم سنة 1200 هـ")]
    // 1 Rabi' II 709 is a Monday (tabular); the crescent allows a Saturday or a Sunday start, never a Wednesday.
    [InlineData("جلس الفقيه المتخيَّل للتدريس يوم الأربعاء أول ربيع الآخر سنة 709 هـ بالمدرسة الصالحية.", "يوم الأربعاء أول ربيع الآخر سنة 709 هـ")]
    // 12 Rabi' I 681 is a Saturday (tabular); a Thursday would need the month to begin the morning after the conjunction.
    [InlineData("وتوفي الشيخ ابن الخبّاز المتخيَّل يوم الخميس الثاني عشر من ربيع الأول سنة 681 هـ بدمشق.", "يوم الخميس الثاني عشر من ربيع الأول سنة 681 هـ")]
    public void AHijriWeekdayTheMoonRulesOutFires(string text, string evidence)
        => FiresAt(text, "weekday-mismatch", evidence);

    [Theory]
    // The tabular weekday itself.
    [InlineData("دخل القائد المتخيَّل المدينة يوم الجمعة أول محرم سنة 1200 هـ، ونزل بدار الإمارة.")]
    // Two days before the tabular Monday, but the moon was old enough to be seen on the Friday evening: a Saturday start.
    [InlineData("جلس الفقيه المتخيَّل للتدريس يوم السبت أول ربيع الآخر سنة 709 هـ بالمدرسة الصالحية.")]
    public void AHijriWeekdayTheSightingAllowsIsNoWarning(string text)
        => Assert.Empty(Flags(text, "weekday-mismatch"));

    // ---- malformed-date ----

    [Theory]
    [InlineData("وُلد الشاعر المتخيَّل في دمشق في 4/11/ ثم رحل مع أهله إلى القاهرة.", "4/11/")]
    [InlineData("وكانت ولادته في /شوال/ 702 هـ بدمشق، وبها نشأ.", "/شوال/ 702")]
    // A numeric date of a news item (the text opens with a dateline) with three digits for its year.
    [InlineData("عمّان (بترا) - افتُتح المعرض الوطني للكتاب المتخيَّل في ٣/٩/٢٠١، بمشاركة خمسين دار نشر.", "٣/٩/٢٠١")]
    // A labelled lifespan with one bound cut short.
    [InlineData("سليم الحدّاد (ولد 18 – توفي 1931) شاعر وصحفي لبناني متخيَّل.", "18")]
    [InlineData("سليم الحدّاد (ولد 1872 – توفي 19) شاعر وصحفي لبناني متخيَّل.", "19")]
    public void ADateWithAnEmptySlotBesideAWordOrMonthNameFires(string text, string evidence)
        => FiresAt(text, "malformed-date", evidence);

    [Theory]
    [InlineData("وُلد الشاعر المتخيَّل في دمشق في 4/11/1921 ثم رحل مع أهله إلى القاهرة.")]
    [InlineData("وكانت ولادته في 5 شوال 702 هـ بدمشق، وبها نشأ.")]
    [InlineData("سليم الحدّاد (ولد 1872 – توفي 1931) شاعر وصحفي لبناني متخيَّل.")]
    [InlineData("عمّان (بترا) - افتُتح المعرض الوطني للكتاب المتخيَّل في ٣/٩/٢٠١٩، بمشاركة خمسين دار نشر.")]
    // Without a dateline a three-digit year of a numeric date may be a real one (a Hijri year of a manuscript).
    [InlineData("نُسخ المخطوط المتخيَّل في 3/9/201، وهو من أقدم ما وصل إلينا.")]
    public void TheFullDateIsSilent(string text)
        => Assert.Empty(Flags(text, "malformed-date"));

    // ---- ordinal-series ----

    [Theory]
    // (Round 14: an elided ordinal coordinated with "و" to a written item, each dated after itself — "ديوانه الأول سنة 1971 والثاني
    // سنة 1968" — is a warning now; FamilyOrdinalRound14Tests covers it.)
    [InlineData("كتب الملحن المتخيَّل سيمفونيته الثانية عام 1901، أما الثالثة فقد أتمّها عام 1898 في فيينا.", "الثالثة")]
    // A series noun numbered by digits.
    [InlineData("صدر العدد 120 من نشرة «الرواد» المتخيَّلة سنة 1999، وكان العدد 119 قد صدر سنة 2001.", "العدد 119")]
    public void AnOrdinalWithItsNounLeftOutIsReportedAsInfo(string text, string evidence)
    {
        // Info only: these readings raised false alarms on correct texts of burned held-out sets.
        Assert.Empty(Flags(text, "ordinal-series"));
        Assert.Contains(Flags(text, "ordinal-series", Severity.Info), f => f.Spans.Any(s => text[s.Start..s.End].Contains(evidence, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("نشر القاص المتخيَّل ديوانه الأول سنة 1961 والثاني سنة 1968، ثم انقطع عن الشعر.")]
    [InlineData("كتب الملحن المتخيَّل سيمفونيته الثانية عام 1901، أما الثالثة فقد أتمّها عام 1908 في فيينا.")]
    [InlineData("صدر العدد 120 من نشرة «الرواد» المتخيَّلة سنة 1999، وكان العدد 119 قد صدر سنة 1998.")]
    // A count of a definite set is no numbered item.
    [InlineData("بلغ العدد 300 من الطلاب المتخيَّلين سنة 2010، ثم بلغ العدد 250 من الطلاب سنة 2012.")]
    // A count with its noun is no numbered item.
    [InlineData("طُبع من الكتاب المتخيَّل سنة 1999 العدد 120 نسخة، ثم طُبع سنة 1995 العدد 119 نسخة.")]
    // "الأول … الثاني" as "the former … the latter" of two things just named: no elided item.
    [InlineData("عقد الحزب المتخيَّل مؤتمره الثالث عام 1975 وحضره وزيران، أما الأول فقد انضم إلى الحزب عام 1980.")]
    // A feminine ordinal after a masculine item is no item of its series.
    [InlineData("نشر الشاعر المتخيَّل ديوانه الثاني سنة 1970، والأولى بين بناته وُلدت سنة 1965.")]
    public void AnElidedNounInOrderOrOfAnotherGenderIsSilent(string text)
        => Assert.Empty(Flags(text, "ordinal-series", Severity.Info));

    // ---- calendar-equivalence ----

    // 10 Rajab 650 AH is about 16 September 1252 (Julian).
    [Fact]
    public void AnAsideAfterTheEquivalenceWordKeepsThePair()
        => FiresAt("توفي العالم المتخيَّل في العاشر من رجب سنة 650 هـ، الموافق (على ما ذكره الناشر) 20 أكتوبر 1252.", "calendar-equivalence", "20 أكتوبر 1252");

    // 1 Muharram 1200 is Friday 4 November 1785: the equivalent three years off is the calendar rule's finding, and the
    // weekday, right on the Hijri day, is not judged against it.
    [Fact]
    public void AWrongEquivalentAfterAnAsideIsTheCalendarRulesFindingNotTheWeekdays()
    {
        const string text = "دخل القائد المتخيَّل المدينة يوم الجمعة أول محرم سنة 1200 هـ، الموافق (بحساب الناشر) 4 نوفمبر 1788 م.";
        FiresAt(text, "calendar-equivalence", "4 نوفمبر 1788");
        Assert.Empty(Flags(text, "weekday-mismatch"));
    }

    [Fact]
    public void ARightPairWithAnAsideIsSilent()
        => Assert.Empty(Flags("توفي العالم المتخيَّل في العاشر من رجب سنة 650 هـ، الموافق (على ما ذكره الناشر) 16 سبتمبر 1252.", "calendar-equivalence"));
}
