using Tarikh.Core.Checks;
using Tarikh.Core.Tests.Claims;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Classes of contradiction the non-claim rules missed (issue 12, round 4): each rule both ways — it fires on
/// the wrong text, naming the wrong words as its first evidence span, and stays silent on the corrected one.
/// Sentences are written here in the styles of the inputs (modern biography, classical tarjama with Hijri
/// dates, news, encyclopedia); the full pipeline runs and every layer passes the shared span assertion.
/// </summary>
public class RulesRecallTests
{
    // ---- name-anomaly: a known namesake's family name on the subject's given name (gazetteer persons) ----

    [Fact]
    public void ANamesakesFamilyNameInTheSubjectsPlaceIsAWarning()
        => FiresAt("توفي الفنان فريد الأطرش في بيروت عام 1974 عن أربعة وستين عامًا. وكان قد لحّن أكثر من ثلاثمئة أغنية. ويذكر النقاد أن فريد شوقي أدخل آلة العود في الأوركسترا الحديثة.",
            "name-anomaly", "فريد شوقي");

    [Theory]
    // The subject's own name.
    [InlineData("توفي الفنان فريد الأطرش في بيروت عام 1974 عن أربعة وستين عامًا. وكان قد لحّن أكثر من ثلاثمئة أغنية. ويذكر النقاد أن فريد الأطرش أدخل آلة العود في الأوركسترا الحديثة.")]
    // Two namesakes the text introduces, each with a description and named twice.
    [InlineData("اشتهر في السينما المصرية فنانان يحملان اسم فريد: المطرب فريد الأطرش والممثل فريد شوقي. وقد غنى فريد الأطرش في أفلامه، أما فريد شوقي فلقب بملك الترسو.")]
    // A relative introduced by a kinship word.
    [InlineData("ولد الرئيس حسني مبارك في المنوفية عام 1928، وتخرج في الكلية الجوية. وكان ابنه جمال مبارك قد برز في الحزب الوطني بعد عام 2000.")]
    public void ANamesakeTheTextIntroducesOrTheSubjectsOwnNameIsNoWarning(string text)
        => Assert.Empty(Flags(text, "name-anomaly"));

    // ---- anachronism: bodies named again by a head noun, untagged states, rulers' titles, Hijri and cross-calendar dates ----

    [Theory]
    [InlineData("تأسست جمعية المقاصد الخيرية في صيدا عام 1879. وفي عام 1870 انتُخب الشيخ عمر الأنسي رئيسًا للجمعية، فأنشأ لها مدرستين.", "للجمعية")]
    [InlineData("أُلغيت السلطنة العثمانية رسميًا عام 1922. وفي عام 1925 عُيّن أحمد رضا واليًا للسلطنة على ولاية حلب.", "للسلطنة")]
    [InlineData("سقطت الدولة الأموية في دمشق سنة 132 هـ. وفي سنة 145 هـ ولّاه الخليفة الأموي إمارة حران، فبقي بها حتى مات.", "الخليفة الأموي")]
    [InlineData("أُنشئت جامعة فؤاد الأول في القاهرة عام 1908 م. وفي سنة 1320 هـ درّس الشيخ حسن الطويل الفلسفة في الجامعة، ثم عاد إلى الأزهر.", "الجامعة")]
    [InlineData("تأسس نادي الفتاة الرياضي في حمص عام 1927، ثم حُلّ عام 1946 بأمر السلطات. وفي عام 1950 انتُخب يوسف العظمة رئيسًا للنادي.", "للنادي")]
    public void AnActInABodyOutsideItsLifeIsFlagged(string text, string evidence)
        => FiresAt(text, "anachronism", evidence);

    [Theory]
    [InlineData("تأسست جمعية المقاصد الخيرية في صيدا عام 1879. وفي عام 1890 انتُخب الشيخ عمر الأنسي رئيسًا للجمعية، فأنشأ لها مدرستين.")]
    [InlineData("سقطت الدولة الأموية في دمشق سنة 132 هـ. وفي سنة 120 هـ ولّاه الخليفة الأموي إمارة حران، فبقي بها حتى مات.")]
    [InlineData("أُنشئت جامعة فؤاد الأول في القاهرة عام 1908 م. وفي سنة 1340 هـ درّس الشيخ حسن الطويل الفلسفة في الجامعة، ثم عاد إلى الأزهر.")]
    [InlineData("تأسس نادي الفتاة الرياضي في حمص عام 1927، ثم حُلّ عام 1946 بأمر السلطات. وفي عام 1940 انتُخب يوسف العظمة رئيسًا للنادي.")]
    // "الجامعة نفسها" is the university named just before, not the one whose founding the text gives.
    [InlineData("تأسست جامعة الموصل عام 1967. أما العالم الدنماركي أورستد فقد درس في جامعة كوبنهاغن، وفي عام 1806 صار أستاذًا في الجامعة نفسها.")]
    // A new state of the same house after the old one fell is no act in the fallen state.
    [InlineData("سقطت الدولة الأموية في دمشق سنة 132 هـ. وفي سنة 138 هـ أسس عبد الرحمن الداخل إمارة أموية جديدة في الأندلس.")]
    public void AnActInsideABodysLifeIsNotFlagged(string text)
        => Assert.Empty(Flags(text, "anachronism"));

    // ---- ordinal-series: an owner's pronoun or adjectives between noun and ordinal; a qualifier written once ----

    [Theory]
    [InlineData("عقد الاتحاد العام للطلبة مؤتمره الوطني الثالث في بغداد عام 1961، ثم عقد مؤتمره الوطني الثاني في البصرة عام 1964.", "مؤتمره الوطني الثاني")]
    [InlineData("حج الشيخ في حجته الثانية سنة 1290 هـ، وكانت حجته الأولى سنة 1295 هـ مع والده.", "حجته الثانية")]
    [InlineData("انعقدت الدورة التشريعية الثالثة لمجلس الأمة عام 1971، وانعقدت الدورة التشريعية الرابعة عام 1967 وسط أزمة سياسية.", "الدورة التشريعية الرابعة")]
    [InlineData("أقيمت الألعاب الأولمبية الثامنة في باريس عام 1924، ثم أقيمت الألعاب الأولمبية التاسعة في أمستردام عام 1920.", "الألعاب الأولمبية التاسعة")]
    public void ASeriesOutOfOrderIsFlagged(string text, string evidence)
        => FiresAt(text, "ordinal-series", evidence);

    [Theory]
    [InlineData("عقد الاتحاد العام للطلبة مؤتمره الوطني الثاني في بغداد عام 1961، ثم عقد مؤتمره الوطني الثالث في البصرة عام 1964.")]
    [InlineData("شكّل نوري السعيد وزارته الأولى عام 1930، ثم وزارته الثانية عام 1931، وتوالت وزاراته حتى عام 1958.")]
    [InlineData("أقيمت الألعاب الأولمبية الثامنة في باريس عام 1924، ثم أقيمت الألعاب الأولمبية التاسعة في أمستردام عام 1928.")]
    public void ASeriesInOrderIsNotFlagged(string text)
        => Assert.Empty(Flags(text, "ordinal-series"));

    // ---- calendar-equivalence: an Old-Style day without a year beside a full date; calendar words between sides ----

    [Theory]
    [InlineData("ولد الكاتب الروسي نيكولاي غوغول في 1 أبريل 1809 (18 مارس بالتقويم القديم) في أوكرانيا.", "18 مارس")]
    [InlineData("توفي القيصر ألكسندر الثاني في سانت بطرسبرغ يوم 13 مارس 1881 (3 مارس حسب التقويم اليولياني).", "3 مارس")]
    [InlineData("اندلعت الثورة في 27 فبراير 1917 بالتقويم القديم، الموافق 14 مارس بالتقويم الجديد، وأطاحت بالقيصر.", "14 مارس")]
    public void AJulianEquivalenceMovedByDaysIsFlagged(string text, string evidence)
        => FiresAt(text, "calendar-equivalence", evidence);

    [Theory]
    [InlineData("ولد الكاتب الروسي نيكولاي غوغول في 1 أبريل 1809 (20 مارس بالتقويم القديم) في أوكرانيا.")]
    [InlineData("توفي القيصر ألكسندر الثاني في سانت بطرسبرغ يوم 13 مارس 1881 (1 مارس حسب التقويم اليولياني).")]
    [InlineData("اندلعت الثورة في 23 فبراير 1917 بالتقويم القديم، الموافق 8 مارس بالتقويم الجديد، وأطاحت بالقيصر.")]
    public void ARightJulianEquivalenceIsNotFlagged(string text)
        => Assert.Empty(Flags(text, "calendar-equivalence", Severity.Info));

    // ---- malformed-date: a cut year in a short text, and a bare one after "في" ----

    [Theory]
    [InlineData("تخرج المهندس سامي الدباغ في جامعة بغداد عام 1968، وعمل في وزارة النفط حتى عام 197، ثم سافر إلى لندن عام 1980.", "197")]
    [InlineData("بدأ بناء الجسر عام 1975 وانتهت أعماله في 198، ثم افتتح رسميًا عام 1984 بحضور المحافظ.", "198")]
    public void ACutYearIsFlagged(string text, string evidence)
        => FiresAt(text, "malformed-date", evidence);

    [Theory]
    [InlineData("تخرج المهندس سامي الدباغ في جامعة بغداد عام 1968، وعمل في وزارة النفط حتى عام 1974، ثم سافر إلى لندن عام 1980.")]
    [InlineData("بدأ بناء الجسر عام 1975 وانتهت أعماله في 1982، ثم افتتح رسميًا عام 1984 بحضور المحافظ.")]
    [InlineData("ولد عام 1943 وعاش 81 عامًا، وشارك في أكثر من 200 عمل فني بين عامي 1960 و2020.")]
    public void AWholeYearOrACountIsNotFlagged(string text)
        => Assert.Empty(Flags(text, "malformed-date"));

    // ---- real-text classes: a measure's decimal part, a hedged weekday ----

    [Fact]
    public void TheDecimalPartOfAMeasureIsNoYearZero()
        => Assert.Empty(Flags("يبلغ طول المدرج 6، 500 قدم (2، 0 م) وعرضه 1، 600 قدم، وقد افتتح المطار عام 1937.", "impossible-date"));

    [Fact]
    public void AWeekdayGivenAsAReportIsNoWarning()
        => Assert.Empty(Flags("ولد الشيخ عبد الله الحداد في تريم ليلة الاثنين وقيل ليلة الخميس 5 صفر عام 1044 هـ، ونشأ فيها.", "weekday-mismatch"));

    [Theory]
    [InlineData("وصل الوفد إلى روما في الرابع من نوفمبر عام 1701. وقد استقبله الاب بحفاوة في الدير.")]
    [InlineData("وصل الوفد إلى روما في الرابع من نوفمبر عام 1701. وقد استقبله هذا الاب بحفاوة في الدير.")]
    public void ADefiniteWordSpellingAMonthIsNoYearLessMonth(string text)
        => Assert.Empty(Flags(text, "underspecified-date"));

    [Fact]
    public void AMonthWrittenAfterShahrIsStillAYearLessMonth()
        => FiresAt("وصل الوفد إلى روما في الرابع من نوفمبر عام 1701. وفي شهر آب استقبله الراهب في الدير.", "underspecified-date", "آب");

    [Fact]
    public void ADateEquatedWithAWeekdayStaysGregorian()
    {
        const string text = "وقع الهجوم يوم الجمعة الموافق ل 9 مايو 2008 وقد حاصر الجيش المباني.";
        var doc = ClaimExtractorTests.Run(text);
        var date = Assert.Single(doc.Timexes, t => t.Text == "9 مايو 2008");
        Assert.Equal(Tarikh.Core.Time.CalendarKind.Gregorian, date.Calendar);
        Assert.Equal(new NodaTime.LocalDate(2008, 5, 9), date.Gregorian!.Value.Start);
    }
}
