using Tarikh.Core.Checks;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Classes the date rules missed or raised wrongly on fresh text in round 12 (issue 12, 12d): a weekday written for an
/// Old-Style day in a text about a Julian-calendar country (Time's Old-Style context); a day with no month written in words
/// or as an Old-Style/New-Style pair; a year in words cut after its conjunction; a month name with its era mark and no
/// year; a two-digit year whose century cannot be told; a Hijri year restated in parentheses after its full date, then an
/// equivalent after "الموافق". Each class both ways, full pipeline (spans checked), sentences
/// written here.
/// </summary>
public class DateRulesRound12Tests
{
    // ---- weekday-mismatch: the Old-Style reading ----

    [Theory]
    // 14 December 1825 Old Style is Monday 26 December; as a Gregorian day it is a Wednesday. The country is named in the
    // sentence, in another sentence, or by a landmark.
    [InlineData("في صباح الاثنين 14 ديسمبر 1825 اصطف الضباط المتمردون في ساحة مجلس الشيوخ في سانت بطرسبورغ.")]
    [InlineData("عاد الضابط المتخيَّل إلى سانت بطرسبورغ بعد الحملة. وفي صباح الاثنين 14 ديسمبر 1825 خرج بفوجه إلى الساحة.")]
    [InlineData("في صباح الاثنين 14 ديسمبر 1825 اصطف الجنود أمام قصر الشتاء رافضين القسم.")]
    public void AWeekdayThatFitsTheOldStyleReadingInAJulianTextIsSilent(string text)
        => Assert.Empty(Flags(text, "weekday-mismatch", Severity.Info));

    [Theory]
    // A weekday that fits neither reading, in the same Russian text.
    [InlineData("في صباح الجمعة 14 ديسمبر 1825 اصطف الضباط المتمردون في ساحة مجلس الشيوخ في سانت بطرسبورغ.", "الجمعة 14 ديسمبر 1825")]
    // After Russia's switch (14 February 1918) a date is New Style: 9 January 1925 is a Friday, and the Julian reading's
    // Thursday is no excuse.
    [InlineData("في صباح الخميس 9 يناير 1925 اجتمع العمال المتخيَّلون في موسكو.", "الخميس 9 يناير 1925")]
    public void AWeekdayThatFitsNoReadingOfTheTimeIsFlagged(string text, string evidence)
        => FiresAt(text, "weekday-mismatch", evidence);

    [Theory]
    // The same Old-Style weekday in a text that names no Julian-calendar country, or a Gregorian one: read New Style, flagged.
    [InlineData("في صباح الاثنين 14 ديسمبر 1825 اصطف الجنود المتخيَّلون في الساحة الكبرى رافضين القسم.", "الاثنين 14 ديسمبر 1825")]
    [InlineData("في صباح الاثنين 14 ديسمبر 1825 اصطف الجنود المتخيَّلون في ساحة باريس الكبرى.", "الاثنين 14 ديسمبر 1825")]
    public void AnOldStyleWeekdayWithoutAJulianCountryIsFlagged(string text, string evidence)
        => FiresAt(text, "weekday-mismatch", evidence);

    // ---- calendar-equivalence: a year restated in parentheses ----

    // 10 Shawwal 750 AH is 22 December 1349 (Julian); its year restated in parentheses is no side of its own, so the
    // equivalent after "الموافق" is compared with the full day, not with the year 750 (which 22 January 1350 falls in).
    [Fact]
    public void AnEquivalentOfAFullDateWhoseYearIsRestatedIsComparedWithTheDay()
        => FiresAt("توفي الفقيه المتخيَّل بحلب في العاشر من شوال سنة سبعمائة وخمسين (750 هـ)، الموافق 22 يناير 1350 م، ودُفن بمقبرة الصالحين.",
            "calendar-equivalence", "22 يناير 1350 م");

    [Fact]
    public void TheRightEquivalentOfAFullDateWhoseYearIsRestatedIsSilent()
        => Assert.Empty(Flags("توفي الفقيه المتخيَّل بحلب في العاشر من شوال سنة سبعمائة وخمسين (750 هـ)، الموافق 22 ديسمبر 1349 م، ودُفن بمقبرة الصالحين.",
            "calendar-equivalence"));

    // ---- malformed-date ----

    [Theory]
    [InlineData("وُلد التاجر المتخيَّل سالم العمري في الخامس من سنة 1911 في المخا، ثم انتقل إلى عدن.", "الخامس من سنة 1911")]
    [InlineData("وصل القنصل المتخيَّل إلى الميناء يوم الحادي والعشرين من عام 1898 على ظهر باخرة.", "الحادي والعشرين من عام 1898")]
    [InlineData("دُشّن الجسر المتخيَّل في قازان في 8 (20) من عام 1896 بحضور الحاكم.", "8 (20) من عام 1896")]
    [InlineData("مات بدمشق في شوال سنة خمس وتسعين و، وصُلّي عليه بالجامع.", "سنة خمس وتسعين و")]
    [InlineData("كانت ولادته في 3 رجب هـ بحلب، ونشأ في كنف جده.", "3 رجب هـ")]
    [InlineData("رحل المؤرخ المتخيَّل عن بغداد في 19 مايو م، ولم يعد إليها.", "19 مايو م")]
    [InlineData("بيروت - شيّعت البلدة الشاعر الزجلي المتخيَّل إلياس الخوري المولود في 11/3/09، بعد حياة حافلة.", "11/3/09")]
    [InlineData("أعلن الاتحاد المتخيَّل أن البطولة ستُقام في شهر مارس من عام 24 في الدوحة.", "مارس من عام 24")]
    public void ADatePartLeftOutFires(string text, string evidence)
        => FiresAt(text, "malformed-date", evidence);

    [Theory]
    [InlineData("وُلد التاجر المتخيَّل سالم العمري في الخامس من مايو سنة 1911 في المخا، ثم انتقل إلى عدن.")]
    [InlineData("وصل القنصل المتخيَّل إلى الميناء يوم الحادي والعشرين من يونيو عام 1898 على ظهر باخرة.")]
    // "الأول من عام" is the start of a year, not a day left without its month.
    [InlineData("بدأ العمل بالقانون المتخيَّل في الأول من عام 1998 في جميع المحافظات.")]
    [InlineData("دُشّن الجسر المتخيَّل في قازان في 8 (20) مايو من عام 1896 بحضور الحاكم.")]
    [InlineData("مات بدمشق في شوال سنة خمس وتسعين وسبعمائة، وصُلّي عليه بالجامع.")]
    [InlineData("كانت ولادته في 3 رجب 702 هـ بحلب، ونشأ في كنف جده.")]
    [InlineData("بيروت - شيّعت البلدة الشاعر الزجلي المتخيَّل إلياس الخوري المولود في 11/3/1909، بعد حياة حافلة.")]
    // A two-digit year of one possible century: "90" is 1990 (2090 is still to come).
    [InlineData("بيروت - شيّعت البلدة الشاعر الزجلي المتخيَّل إلياس الخوري المتوفى في 11/3/90، بعد حياة حافلة.")]
    [InlineData("تأسس النادي المتخيَّل في شهر مارس من عام 74 في الدوحة.")]
    // A reference number is no date.
    [InlineData("صدر القرار المتخيَّل رقم 11/3/09 عن مجلس الإدارة.")]
    public void TheFullDateIsSilent(string text)
        => Assert.Empty(Flags(text, "malformed-date"));
}
