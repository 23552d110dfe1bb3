using Tarikh.Core.Checks;
using Tarikh.Core.Tests.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Classes of false alarm found by reading every error and warning on real Arabic text
/// (data/gold/flags-reviewed.tsv), each with the case that must still be flagged. Sentences are written
/// here in the style of the encyclopedia and news text where each class was found.
/// </summary>
public class RealTextClassTests
{
    private static Flag[] Flags(string text, string rule, Severity atLeast = Severity.Warning)
    {
        var doc = ClaimExtractorTests.Run(text);
        return [.. doc.Flags.Where(f => f.Rule == rule && f.Severity >= atLeast)];
    }

    [Theory]
    // Explicit pairing units: a wrong pair is an error.
    [InlineData("وصل الرحالة إلى غانا سنة 1408 هـ / 1981 م ودرس زراعة الكاكاو.", true)]
    [InlineData("وصل الرحالة إلى غانا سنة 1408 هـ (1981 م) ودرس زراعة الكاكاو.", true)]
    [InlineData("وصل الرحالة إلى غانا سنة 1408 هـ / 1988 م ودرس زراعة الكاكاو.", false)]
    // Two dates written back to back, each naming its calendar, are still read as a pair (a lost slash).
    [InlineData("وصل الرحالة إلى غانا سنة 1408 هـ 1981 م ودرس زراعة الكاكاو.", true)]
    public void APairingUnitIsCompared(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "calendar-equivalence").Length > 0);

    [Theory]
    // A lifespan whose dash was lost: the death's pair is not the birth's Gregorian year.
    [InlineData("أبو بكر محمد بن الحسن بن دريد الأزدي (223 هـ 837 م 321 هـ 933 م) شاعر ولغوي من أهل البصرة.")]
    // Two ranges whose dashes were lost: a reign, not two pairs.
    [InlineData("وبنى السلطان قانصوه الغوري (906 922 هـ 1500 1516 م) المئذنة ذات الرأسين.")]
    // A Hijri year written without its mark, with the Gregorian year in parentheses.
    [InlineData("وعقب موت الخليفة المستنصر بالله سنة 487 (1094 م) نشب خلاف في البيت الفاطمي.")]
    // A school year across two years of each calendar.
    [InlineData("وهو دفتر الطلبة للعام الدراسي 1346/1347 هـ الموافق 1927/1928 م في مدرسة السعادة.")]
    public void WhatIsNotOnePairingUnitIsNotCompared(string text)
        => Assert.Empty(Flags(text, "calendar-equivalence", Severity.Info));

    [Theory]
    // The year-less side of a pair takes the pair's year, not an anchor elsewhere in the text.
    [InlineData("ولد الشيخ في تونس سنة 1909. وتوفي فيها يوم 12 صفر 1390 هـ (19 أفريل/ نيسان 1970 م).", false)]
    [InlineData("ولد الشيخ في تونس سنة 1909. وتوفي فيها يوم 12 صفر 1390 هـ (19 أفريل/ نيسان 1975 م).", true)]
    public void AYearLessSideIsReadInThePairsYear(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "calendar-equivalence").Length > 0);

    [Theory]
    // A month relative to the report, or named inside a clause of a news story, is no narrative step.
    [InlineData("أعلنت الشركة في 15 أغسطس 2004 نتائجها. وكانت المظاهرات قد اندلعت في المخيمات في يونيو الماضي احتجاجاً على الاعتقالات.")]
    [InlineData("أعلنت الشركة في 15 أغسطس 2004 نتائجها، وقالت إن الأسعار ارتفعت مقارنة مع متوسط شهر يوليو.")]
    // Two namings of one month share the year after them.
    [InlineData("أعلن الموقع محمية في 15 أغسطس 2004. ثم أعيد فرز الأصوات في نيسان (أبريل) 2005 في العاصمة.")]
    public void AMonthThatIsNoNarrativeStepIsNotAWarning(string text)
        => Assert.Empty(Flags(text, "underspecified-date"));

    [Fact]
    public void ANarrativeStepBackToAnEarlierMonthIsStillAWarning()
        => Assert.Single(Flags("انعقد المؤتمر السادس في باريس في شهر كانون الأول عام 1908. وفي شهر آب حضر الوفد مؤتمر الاشتراكيين في كوبنهاغن.", "underspecified-date"));

    [Theory]
    // 23 Rajab 321 AH: the tabular calendar gives a Friday; "ليلة السبت" is Friday evening.
    [InlineData("وتوفي ابن دريد ليلة السبت 23 رجب سنة 321 هـ في بغداد.", Severity.Info)]
    // Three days off is no sighting difference.
    [InlineData("وتوفي ابن دريد يوم الثلاثاء 23 رجب سنة 321 هـ في بغداد.", Severity.Warning)]
    public void AWeekdayOneDayOffOnAHijriDayIsInformation(string text, Severity severity)
    {
        var f = Assert.Single(Flags(text, "weekday-mismatch", Severity.Info));
        Assert.Equal(severity, f.Severity);
    }

    [Theory]
    // Another man's birth, several sentences and names away, cannot be attributed with confidence.
    [InlineData("ولد برنارد مادوف في نيويورك يوم 29 أبريل 1938. وعمل في سوق المال عقوداً. وفي قضية أخرى تحدثت الصحف عن الملياردير الروسي. وقد ولد في موسكو يوم 23 يناير 1946.", Severity.Info)]
    // Both births stated with the name: a real conflict.
    [InlineData("ولد برنارد مادوف في نيويورك يوم 29 أبريل 1938. وعمل في سوق المال عقوداً. وولد برنارد مادوف يوم 23 يناير 1946.", Severity.Error)]
    public void AConflictOnAnInferredSubjectIsOnlyInformation(string text, Severity severity)
    {
        var flags = Flags(text, "conflicting-values", Severity.Info);
        Assert.NotEmpty(flags);
        Assert.Equal(severity, flags.Max(f => f.Severity));
    }

    [Theory]
    [InlineData("ازدهرت الصين في عهد أسرة تانغ (618–907) وانتشرت فيها الطباعة.", false)]
    [InlineData("ولد الشاعر تانغ لي (618–907) في مدينة تشانغآن.", true)]
    public void TheYearsOfADynastyAreNoLife(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);

    [Theory]
    [InlineData("تأسس استوديو مصر عام 1935. وعُيّن طلعت حرب مديراً في بنك مصر عام 1920.", false)]
    [InlineData("تأسس بنك مصر عام 1920. وعُيّن طلعت حرب مديراً في بنك مصر عام 1915.", true)]
    public void AnachronismNeedsTheSameBody(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "anachronism").Length > 0);

    [Theory]
    // Two consecutive years whose slash was lost: a season.
    [InlineData("وفي موسم 19971998 انتقل اللاعب إلى نادي هيراكليس اليوناني.", false)]
    [InlineData("وفي عام 19971 انتقل اللاعب إلى نادي هيراكليس اليوناني.", true)]
    public void TwoGluedConsecutiveYearsAreASeason(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "malformed-date").Length > 0);

    [Theory]
    // A measurement range is no cut-short year, even beside a four-digit bound.
    [InlineData("ويتراوح ارتفاعها من 100 إلى 1000 متر فوق سطح البحر، وقد رصدها العلماء عام 1983 ثم عام 1985.", false)]
    [InlineData("وقد رصدها العلماء عام 1983 ثم عام 198 ثم عام 1985.", true)]
    public void ARangeBoundIsNoCutShortYear(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "malformed-date").Length > 0);

    [Theory]
    // The year of an anniversary is not the founding's.
    [InlineData("عُيّن طلعت حرب مديراً في بنك مصر عام 1920. وفي عام 1980، في الذكرى الستين لتأسيس بنك مصر، كُرّم اسمه.", false)]
    [InlineData("عُيّن طلعت حرب مديراً في بنك مصر عام 1920. وفي عام 1980 تأسس بنك مصر.", true)]
    public void AnAnniversaryIsNoFounding(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "anachronism").Length > 0);

    [Theory]
    // An age that opens its clause is the age at the act after it, not at the birth before it.
    [InlineData("ولد نجيب محفوظ في حي الجمالية بالقاهرة يوم 11 ديسمبر عام 1911 وفي سن الرابعة ذهب إلى كتّاب الشيخ بحيري.", false)]
    // An age after the act that contradicts the dates.
    [InlineData("ولد نجيب محفوظ في حي الجمالية بالقاهرة عام 1911، وتوفي نجيب محفوظ عام 2006 عن عمر ناهز 60 عاماً.", true)]
    public void AnAgeBelongsToItsOwnAct(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);

    [Theory]
    // Volumes and seasons are numbered series too, with or without an adjective between noun and ordinal.
    [InlineData("صدر الجزء الثاني من الموسوعة سنة 1960، ثم صدر الجزء الثالث سنة 1950.", true)]
    [InlineData("صدر الجزء الثاني من الموسوعة سنة 1950، ثم صدر الجزء الثالث سنة 1960.", false)]
    [InlineData("لعب في الموسم الكروي الثالث عام 2006 مع النادي، وفي الموسم الكروي الثاني عام 2007 انتقل إلى الدوري الإسباني.", true)]
    public void VolumesAndSeasonsAreSeries(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "ordinal-series").Length > 0);

    [Theory]
    // An institution's founding is not the act of the one person the text names.
    [InlineData("تأسست جامعة القاهرة عام 1908. وولد أحمد لطفي عام 1910 في القاهرة.", false)]
    // A dropped subject after a sentence about the person: his own act, weighed against his birth.
    [InlineData("ولد أحمد لطفي عام 1910 في القاهرة. ثم سافر إلى باريس عام 1902.", true)]
    public void ADroppedSubjectIsThePersonsOnlyForHisOwnActs(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);

    [Theory]
    // A state named by its head word, with a Hijri end compared after conversion.
    [InlineData("سقطت الدولة الأموية سنة 132 هـ. وفي سنة 140 هـ عُيّن خالد بن عبد الله والياً على الكوفة من قبل الدولة الأموية.", true)]
    [InlineData("سقطت الدولة الأموية سنة 132 هـ. وفي سنة 120 هـ عُيّن خالد بن عبد الله والياً على الكوفة من قبل الدولة الأموية.", false)]
    // The same body written with a preposition and without its article.
    [InlineData("انتهى الاتحاد السوفيتي في ديسمبر 1991. وفي عام 1995 عمل سيرغي بيتروف سفيراً للاتحاد السوفيتي في القاهرة.", true)]
    [InlineData("انتهى الاتحاد السوفيتي في ديسمبر 1991. وفي عام 1985 عمل سيرغي بيتروف سفيراً للاتحاد السوفيتي في القاهرة.", false)]
    // Another place named between the body and a date at the head of the sentence does not take the date.
    [InlineData("أُسست جامعة الدول العربية في 22 مارس 1945. وفي عام 1940 ترأس عبد الرحمن عزام وفد مصر إلى جامعة الدول العربية.", true)]
    [InlineData("أُسست جامعة الدول العربية في 22 مارس 1945. وفي عام 1950 ترأس عبد الرحمن عزام وفد مصر إلى جامعة الدول العربية.", false)]
    public void AStateOrBodyIsWeighedAgainstItsOwnFoundingAndEnd(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "anachronism").Length > 0);

    [Theory]
    // "حلّت … بديلاً عن" is a succession, not an end.
    [InlineData("أنشئت شركة أبوظبي للإعلام التي حلت عام 2008 بديلا عن مؤسسة الإمارات للإعلام. وفي عام 2010 عُيّن محمد المزروعي رئيساً لمجلس إدارة شركة أبوظبي للإعلام.", false)]
    [InlineData("حُلت شركة أبوظبي للإعلام عام 2008. وفي عام 2010 عُيّن محمد المزروعي رئيساً لمجلس إدارة شركة أبوظبي للإعلام.", true)]
    public void TakingThePlaceOfIsNoEnd(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "anachronism").Length > 0);

    [Theory]
    // A relative named right before the birth verb is the one born: an older brother born after the subject.
    [InlineData("ولد الأديب سامي الخوري عام 1920 في زحلة. وكان أخوه الأكبر جورج قد ولد عام 1925.", true)]
    [InlineData("ولد الأديب سامي الخوري عام 1920 في زحلة. وكان أخوه الأكبر جورج قد ولد عام 1915.", false)]
    // A mother born after her child.
    [InlineData("ولد المهندس كمال عيسى عام 1930. وتقول المصادر إن أمه مريم ولدت عام 1935.", true)]
    [InlineData("ولد المهندس كمال عيسى عام 1930. وتقول المصادر إن أمه مريم ولدت عام 1905.", false)]
    public void ABirthGoesToThePersonNamedBeforeItsVerb(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "family-order").Length > 0);

    [Theory]
    // "أكبر من أخيه" makes the brother the younger: born before the subject, he contradicts it.
    [InlineData("ولد المهندس كمال عيسى عام 1930، وهو أكبر من أخيه فؤاد الذي ولد عام 1925.", true)]
    [InlineData("ولد المهندس كمال عيسى عام 1930، وهو أكبر من أخيه فؤاد الذي ولد عام 1935.", false)]
    public void AComparisonNamesTheOthersPlaceInTheFamily(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
}
