using Tarikh.Core.Checks;
using Tarikh.Core.Time;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

public class CalendarEquivalenceRuleTests
{
    [Theory]
    // Julian/Gregorian exact: 8 March 1917 NS = 23 February OS.
    [InlineData("اندلعت الثورة في 8 آذار 1917 (الموافق 24 شباط في التقويم الشرقي).", "8 آذار 1917", "1917-03-08", "24 شباط", "1917-02-24", true, "23 February")]
    [InlineData("اندلعت الثورة في 8 آذار 1917 (الموافق 23 شباط في التقويم الشرقي).", "8 آذار 1917", "1917-03-08", "23 شباط", "1917-02-23", false, null)]
    [InlineData("قامت الثورة في 7 تشرين الثاني 1917 الموافق 25 تشرين الأول بالتقويم القديم.", "7 تشرين الثاني 1917", "1917-11-07", "25 تشرين الأول", "1917-10-25", false, null)]
    [InlineData("قامت الثورة في 7 تشرين الثاني 1917 الموافق 27 تشرين الأول بالتقويم القديم.", "7 تشرين الثاني 1917", "1917-11-07", "27 تشرين الأول", "1917-10-27", true, "25 October")]
    public void JulianMarkerAfterTheSecondDate(string text, string a, string av, string b, string bv, bool flagged, string? expected)
    {
        var flags = new CheckDoc(text)
            .Date(a, av)
            .Date(b, bv, equivalent: 0)
            .Flags("calendar-equivalence");
        Assert.Equal(flagged, flags.Length == 1);
        if (expected is not null)
        {
            Assert.Contains(expected, flags[0].MessageEn);
            Assert.Equal(Severity.Error, flags[0].Severity);
        }
    }

    [Theory]
    // Hijri / Gregorian years: 250 AH = 864–865.
    [InlineData("توفي سنة 250 هـ / 864 م.", "250 هـ", "250", "864 م", "864", false)]
    [InlineData("توفي سنة 250 هـ / 865 م.", "250 هـ", "250", "865 م", "865", false)]
    [InlineData("توفي سنة 250 هـ / 870 م.", "250 هـ", "250", "870 م", "870", true)]
    [InlineData("ولد في 1 محرم 1400 هـ الموافق 21 تشرين الثاني 1979.", "1 محرم 1400 هـ", "1400-01-01", "21 تشرين الثاني 1979", "1979-11-21", false)]
    [InlineData("ولد في 1 محرم 1400 هـ الموافق 22 تشرين الثاني 1979.", "1 محرم 1400 هـ", "1400-01-01", "22 تشرين الثاني 1979", "1979-11-22", false)]
    [InlineData("ولد في 1 محرم 1400 هـ الموافق 5 كانون الأول 1979.", "1 محرم 1400 هـ", "1400-01-01", "5 كانون الأول 1979", "1979-12-05", true)]
    public void HijriGregorianPairs(string text, string a, string av, string b, string bv, bool flagged)
    {
        var flags = new CheckDoc(text)
            .Date(a, av, CalendarKind.Hijri)
            .Date(b, bv)
            .Flags("calendar-equivalence");
        Assert.Equal(flagged, flags.Length == 1);
        if (flagged)
        {
            Assert.Contains("AH", flags[0].MessageEn + flags[0].Evidence["first"]);
            Assert.False(string.IsNullOrEmpty(flags[0].MessageAr));
        }
    }

    [Fact]
    public void RangeBetweenTwoGregorianYearsIsNotAnEquivalence()
    {
        var flags = new CheckDoc("عاش بين عامي 1870 و1924.").Date("1870", "1870").Date("1924", "1924").Flags("calendar-equivalence");
        Assert.Empty(flags);
    }
}

public class ImpossibleDateRuleTests
{
    [Theory]
    [InlineData("وقعت المعركة في 31 شباط 1917.", true, "28 days")]
    [InlineData("وقعت المعركة في 30 فبراير 1920.", true, "29 days")]
    [InlineData("وقعت المعركة في 29 شباط 1916.", false, null)]
    [InlineData("وقعت المعركة في 28 شباط 1917.", false, null)]
    [InlineData("وقعت المعركة في 31 نيسان 1917.", true, "30 days")]
    [InlineData("وقعت المعركة في 30 نيسان 1917.", false, null)]
    [InlineData("وقعت المعركة في 31 كانون الأول 1917.", false, null)]
    [InlineData("وقعت المعركة في 32 رمضان 1300 هـ.", true, "at most 30")]
    [InlineData("وقعت المعركة في 30 رمضان 1300 هـ.", false, null)]
    [InlineData("صدر القرار بتاريخ 15/13/1990.", true, "month")]
    [InlineData("صدر القرار بتاريخ 31/06/1990.", true, "30 days")]
    [InlineData("صدر القرار بتاريخ 12/06/1990.", false, null)]
    [InlineData("صدر القرار بتاريخ 06/25/1990.", false, null)]
    public void DaysAndMonths(string text, bool flagged, string? expected)
    {
        var flags = new CheckDoc(text).Flags("impossible-date");
        Assert.Equal(flagged, flags.Length == 1);
        if (expected is not null)
        {
            Assert.Contains(expected, flags[0].MessageEn);
        }
    }

    [Fact]
    public void JulianLeapDayIsOnlyAWarning()
    {
        var flags = new CheckDoc("ولد في 29 شباط 1900 في موسكو.").Flags("impossible-date");
        Assert.Single(flags);
        Assert.Equal(Severity.Warning, flags[0].Severity);
    }

    [Theory]
    [InlineData("ولد الشاعر في موسكو في 29 شباط 1900 بالتقويم القديم.", false)]
    [InlineData("صدر القرار في بطرسبورغ يوم 29 شباط 1800 حسب التقويم اليولياني.", false)]
    [InlineData("ولد الشاعر في موسكو في 29 شباط 1900.", true)]
    public void AJulianLeapDayTheTextDatesOldStyleIsNoImpossibleDate(string text, bool flagged)
    {
        // Full pipeline: the time stage reads the named calendar; the rule warns only when the text leaves it open.
        var doc = Tarikh.Core.Tests.Claims.ClaimExtractorTests.Run(text);
        Assert.Equal(flagged, doc.Flags.Any(f => f.Rule == "impossible-date"));
    }

    [Fact]
    public void TimeStageInvalidTimexIsReported()
    {
        var flags = new CheckDoc("في السنة صفر للميلاد حدث ذلك.").Date("السنة صفر للميلاد", "0000", valid: false, reason: "year-zero").Flags("impossible-date");
        Assert.Single(flags);
        Assert.Contains("no year 0", flags[0].MessageEn);
    }
}

public class MalformedDateRuleTests
{
    private const string Context = "ولد عام 1870 ودرس عام 1887 وسافر عام 1900 ونشر كتابه عام 1902 ثم عاد عام 1905 وتوفي عام 1924. ";

    [Theory]
    [InlineData("وعقد المؤتمر الثالث في شهر نيسان عام 190.", true, "cut short")]
    [InlineData("وعقد المؤتمر الثالث في شهر نيسان عام 1905.", false, null)]
    [InlineData("وعقد المؤتمر الثالث عام 19.05 في لندن.", true, "1905")]
    [InlineData("وعقد المؤتمر الثالث عام 19055 في لندن.", true, "5 digits")]
    [InlineData("وتوفي الخليفة عام 190 هـ في بغداد.", false, null)]
    public void CutShortAndSplitYears(string sentence, bool flagged, string? expected)
    {
        var flags = new CheckDoc(Context + sentence).Flags("malformed-date");
        Assert.Equal(flagged, flags.Length == 1);
        if (expected is not null)
        {
            Assert.Contains(expected, flags[0].MessageEn);
        }
    }

    [Fact]
    public void ThreeDigitYearsOfAClassicalTextAreNotCutShort()
    {
        var flags = new CheckDoc("ولد عام 150 وتوفي عام 204 بعد أن أقام بمصر منذ عام 199.").Flags("malformed-date");
        Assert.Empty(flags);
    }

    [Fact]
    public void SurroundingDatesNarrowTheCandidates()
    {
        var text = "عقد المؤتمر الثاني في تموز عام 1903. وعقد المؤتمر الثالث في نيسان عام 190. ونشر الكتاب في آب عام 1905. وسافر عام 1907 ثم عام 1908.";
        var flags = new CheckDoc(text).Date("تموز عام 1903", "1903-07").Date("آب عام 1905", "1905-08").Flags("malformed-date");
        Assert.Single(flags);
        Assert.Equal("1903–1905", flags[0].Evidence["likely"]);
    }
}

public class UnderspecifiedDateRuleTests
{
    [Fact]
    public void MonthBeforeTheAnchorMonthIsUncertain()
    {
        var text = "انعقد المؤتمر في شهر كانون الأول عام 1908. وفي شهر آب حضر مؤتمراً في كوبنهاغن.";
        var flags = new CheckDoc(text).Date("شهر كانون الأول عام 1908", "1908-12").Date("شهر آب", "XXXX-08").Flags("underspecified-date");
        Assert.Single(flags);
        Assert.Equal(Severity.Warning, flags[0].Severity);
        Assert.Contains("1909", flags[0].MessageEn);
    }

    [Fact]
    public void MonthAfterTheAnchorInTheSameParagraphIsFine()
    {
        var text = "أصيب بالسكتة في شهر آذار عام 1923، وبحلول شهر أيار بدا أنه يتعافى.";
        var flags = new CheckDoc(text).Date("شهر آذار عام 1923", "1923-03").Date("شهر أيار", "XXXX-05").Flags("underspecified-date");
        Assert.Empty(flags);
    }

    [Fact]
    public void AnaphoraIsNotFlagged()
    {
        var text = "صدر المرسوم في شهر تشرين الثاني عام 1917، وفي ذلك الشهر أمر بتأميم البنوك.";
        var flags = new CheckDoc(text).Date("شهر تشرين الثاني عام 1917", "1917-11").Date("ذلك الشهر", "1917-11").Flags("underspecified-date");
        Assert.Empty(flags);
    }

    [Fact]
    public void FarAnchorIsInfo()
    {
        var text = "ولد عام 1850 في القرية. كان أبوه فلاحاً. وكانت أمه تعلم الأطفال. وكان له أخ. وكانت القرية صغيرة. وفي شهر أيار سافر إلى المدينة.";
        var flags = new CheckDoc(text).Date("1850", "1850").Date("شهر أيار", "XXXX-05").Flags("underspecified-date");
        Assert.Single(flags);
        Assert.Equal(Severity.Info, flags[0].Severity);
    }
}

public class OldStyleAmbiguityRuleTests
{
    [Theory]
    [InlineData("ولد في موسكو في 10 نيسان 1870.", "10 نيسان 1870", "1870-04-10", true, "22 April 1870")]
    [InlineData("ولد في باريس في 10 نيسان 1870.", "10 نيسان 1870", "1870-04-10", false, null)]
    [InlineData("وقع المعاهدة في روسيا في 3 آذار 1918.", "3 آذار 1918", "1918-03-03", false, null)]
    [InlineData("ولد في أثينا في 5 أيار 1900.", "5 أيار 1900", "1900-05-05", true, "18 May 1900")]
    [InlineData("ولد في موسكو في 10 نيسان 1870 حسب التقويم القديم.", "10 نيسان 1870", "1870-04-10", false, null)]
    [InlineData("ولد في لندن في 25 كانون الأول 1642.", "25 كانون الأول 1642", "1642-12-25", true, "4 January 1643")]
    public void BothReadingsForJulianCountries(string text, string date, string value, bool flagged, string? expected)
    {
        var flags = new CheckDoc(text).Date(date, value).Flags("old-style-ambiguity");
        Assert.Equal(flagged, flags.Length == 1);
        if (expected is not null)
        {
            Assert.Contains(expected, flags[0].MessageEn);
            Assert.Equal(Severity.Info, flags[0].Severity);
        }
    }

    [Fact]
    public void MonthPrecisionIsNotFlagged()
    {
        var flags = new CheckDoc("سافر إلى موسكو في نيسان 1870.").Date("نيسان 1870", "1870-04").Flags("old-style-ambiguity");
        Assert.Empty(flags);
    }

    [Theory]
    [InlineData("ولد الشاعر في موسكو في 29 شباط 1900 حسب التقويم اليولياني، وتوفي فيها عام 1941.")]
    [InlineData("صدر المرسوم في سانت بطرسبورغ يوم 29 شباط/فبراير 1800 وفق التقويم الشرقي.")]
    public void AJulianLeapDayTheGregorianCalendarLacksIsNoAmbiguityAndNoError(string text)
    {
        // The written fields (29 February of a Julian-only leap year) exist only in the Julian calendar:
        // the rule must stay silent, never fail the document.
        var doc = Tarikh.Core.Tests.Claims.ClaimExtractorTests.Run(text);
        Assert.DoesNotContain(doc.Flags, f => f.Rule == "old-style-ambiguity");
    }

    [Fact]
    public void AnOrdinaryDayInRussiaWithoutACalendarStillGetsBothReadings()
    {
        var doc = Tarikh.Core.Tests.Claims.ClaimExtractorTests.Run("ولد الشاعر في موسكو في 6 حزيران 1799، وتوفي فيها عام 1837.");
        Assert.Contains(doc.Flags, f => f.Rule == "old-style-ambiguity" && f.Severity == Severity.Info);
    }
}
