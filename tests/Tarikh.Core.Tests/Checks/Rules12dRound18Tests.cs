using System.Globalization;
using CsCheck;
using NodaTime;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Classes of round 18 (issue 12d), each both ways through the whole pipeline, sentences written here: ordinal series of any noun;
/// an item dated in the answer of "أما", after a parenthesis, or by the event a pronoun identifies; a date of doing again; numbered
/// list entries; a colon list; a two-word series noun shortened; ranges left open or empty (malformed-date); a weekday with the middle
/// of a Hijri month (weekday-mismatch).
/// </summary>
public class Rules12dRound18Tests
{
    // ---- ordinal-series: any noun ----

    [Theory]
    [InlineData("وفي سنة 1820 كان الوباء الثاني الذي أصاب القرية المتخيَّلة، وأما الوباء الثالث فقد ضربها سنة 1811.", "الوباء الثالث")]
    [InlineData("أقيم الاحتفال الثالث بذكرى تأسيس الجمعية المتخيَّلة عام 1931، وأقيم الاحتفال الرابع عام 1929.", "الاحتفال الرابع")]
    public void ASeriesOfAnyNounOutOfOrderFires(string text, string evidence)
        => FiresAt(text, "ordinal-series", evidence);

    [Theory]
    [InlineData("وفي سنة 1811 كان الوباء الثاني الذي أصاب القرية المتخيَّلة، وأما الوباء الثالث فقد ضربها سنة 1820.")]
    [InlineData("ولي الأمير المتخيَّل نيابته الثانية على حمص سنة 1109، وكانت نيابته الأولى سنة 1102.")]
    // A rank in a field, people, and two owners are no series.
    [InlineData("كان الطالب المتخيَّل الأول في الرياضيات سنة 1950، وكان الأول في الفيزياء سنة 1948.")]
    [InlineData("توفيت زوجته الثانية سنة 1960، وتوفيت زوجته الأولى سنة 1975.")]
    [InlineData("ولي الأمير المتخيَّل نيابته الثانية سنة 1102، وكانت نيابة أخيه الأولى سنة 1109.")]
    [InlineData("نال الرسام المتخيَّل الجائزة الأولى سنة 1960، والجائزة الثانية سنة 1955.")]
    public void ASeriesOfAnyNounInOrderOrNoSeriesIsSilent(string text)
        => Assert.Empty(Flags(text, "ordinal-series"));

    // ---- ordinal-series: dating ----

    [Theory]
    [InlineData("صدرت الطبعة الثالثة من هذا الكتاب المتخيَّل سنة 1930. أما الطبعة الثانية، المحفوظة في المكتبة الوطنية، فمؤرخة بسنة 1934.", "الطبعة الثانية")]
    [InlineData("رتّب المعلم المتخيَّل حروب المنطقة: الحرب الأولى 1920، والحرب الثانية (حرب الوادي) 1935، والحرب الثالثة (حرب الجبل) 1928.", "الحرب الثالثة")]
    [InlineData("وفي سنة عشر وثمانمائة رجع السلطان المتخيَّل إلى الملك، وهي سلطنته الثالثة. وكانت سلطنته الرابعة سنة ثلاث وثمانمائة.", "سلطنته")]
    public void AnItemDatedBeyondItsClauseFires(string text, string evidence)
        => FiresAt(text, "ordinal-series", evidence);

    [Theory]
    [InlineData("صدرت الطبعة الثانية من هذا الكتاب المتخيَّل سنة 1930. أما الطبعة الثالثة، المحفوظة في المكتبة الوطنية، فمؤرخة بسنة 1934.")]
    [InlineData("رتّب المعلم المتخيَّل حروب المنطقة: الحرب الأولى 1920، والحرب الثانية (حرب الوادي) 1928، والحرب الثالثة (حرب الجبل) 1935.")]
    // A date of doing again ("أعاد تسجيل الختمة الأولى") is not the first's own.
    [InlineData("سجّل القارئ المتخيَّل ختمته الثانية سنة 1970، وكانت الأولى سنة 1965، ثم أعاد تسجيل الختمة الأولى سنة 1980 بعد ضياع الأشرطة.")]
    public void AnItemDatedBeyondItsClauseInOrderIsSilent(string text)
        => Assert.Empty(Flags(text, "ordinal-series"));

    [Fact]
    public void WithoutDoingAgainTheLaterDateCounts()
        => FiresAt("سجّل القارئ المتخيَّل ختمته الثانية سنة 1970، ثم سجّل الختمة الأولى سنة 1980.", "ordinal-series", "الختمة الأولى");

    // ---- ordinal-series: lists ----

    [Theory]
    [InlineData("- البطولة 7 للنادي: 1999، فاز بها الفريق الأزرق.\n- البطولة 8 للنادي: 1996، فاز بها الفريق الأحمر.", "البطولة 8")]
    [InlineData("تعاقب على الزاوية المتخيَّلة شيوخها: الأول الشيخ حامد سنة 1210 هـ، والثاني الشيخ صالح سنة 1250 هـ، والثالث الشيخ عمر سنة 1235 هـ.", "الثالث")]
    [InlineData("شارك النائب المتخيَّل في الفصل التشريعي الخامس عام 1985، ثم في الفصل السادس عام 1981.", "الفصل السادس")]
    public void AListOrAShortenedNounOutOfOrderFires(string text, string evidence)
        => FiresAt(text, "ordinal-series", evidence);

    [Theory]
    [InlineData("- البطولة 7 للنادي: 1996، فاز بها الفريق الأزرق.\n- البطولة 8 للنادي: 1999، فاز بها الفريق الأحمر.")]
    [InlineData("تعاقب على الزاوية المتخيَّلة شيوخها: الأول الشيخ حامد سنة 1210 هـ، والثاني الشيخ صالح سنة 1235 هـ، والثالث الشيخ عمر سنة 1250 هـ.")]
    [InlineData("شارك النائب المتخيَّل في الفصل التشريعي الخامس عام 1981، ثم في الفصل السادس عام 1985.")]
    public void AListOrAShortenedNounInOrderIsSilent(string text)
        => Assert.Empty(Flags(text, "ordinal-series"));

    // ---- malformed-date: ranges left open or empty ----

    [Theory]
    [InlineData("في الصورة الشاعر المتخيَّل فريد نصار (1841– )، وقد رسمها أخوه في حلب.", "(1841– )")]
    [InlineData("أدار الأستاذ المتخيَّل المدرسة من سنة 1961 إلى سنة ، ثم سافر إلى الخارج.", "إلى سنة")]
    [InlineData("وتولى النظر في الوقف من سنة 910 إلى سنة هـ ثم ترك.", "إلى سنة")]
    [InlineData("دامت المجاعة المتخيَّلة (1866 – ) وانتهت بعد موسم ممطر.", "(1866 – )")]
    [InlineData("الخان القديم – مدة البناء: 1290 – هـ، والباني غير معروف.", "1290 – هـ")]
    public void ARangeWithAnEmptySideFires(string text, string evidence)
        => FiresAt(text, "malformed-date", evidence);

    [Theory]
    [InlineData("في الصورة الشاعر المتخيَّل فريد نصار (1961– )، وقد رسمها أخوه في حلب.")]
    [InlineData("أدار الأستاذ المتخيَّل المدرسة من سنة 1961 إلى سنة 1970، ثم سافر إلى الخارج.")]
    [InlineData("وتولى النظر في الوقف من سنة 910 إلى سنة 915 هـ ثم ترك.")]
    [InlineData("ما زال النزاع المتخيَّل (1948 – ) قائماً بين القريتين.")]
    [InlineData("الخان القديم – مدة البناء: 1290 – 1295 هـ، والباني غير معروف.")]
    public void AWholeOrOpenRangeIsSilent(string text)
        => Assert.Empty(Flags(text, "malformed-date"));

    // ---- weekday-mismatch: the middle of a Hijri month ----

    private static readonly string[] HijriMonths =
        ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذي القعدة", "ذي الحجة"];

    private static readonly string[] Weekdays = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"];

    private static string MidMonth(int year, int month, IsoDayOfWeek weekday)
        => $"يقول النقش المتخيَّل: «تمّ بناء هذا السبيل يوم {Weekdays[(int)weekday - 1]} منتصف {HijriMonths[month - 1]} سنة {year.ToString(CultureInfo.InvariantCulture)}».";

    private static IsoDayOfWeek Fifteenth(int year, int month)
        => Tarikh.Core.Time.Calendars.TarikhCalendars.Default.HijriDayReadings(year, month, 15)[0].DayOfWeek;

    private static IsoDayOfWeek Shift(IsoDayOfWeek d, int days) => (IsoDayOfWeek)((((int)d - 1 + days) % 7) + 1);

    [Fact]
    public void AWeekdayThreeDaysFromTheMiddleOfTheMonthFires()
        => FiresAt(MidMonth(1288, 7, Shift(Fifteenth(1288, 7), 3)), "weekday-mismatch", "منتصف رجب");

    [Fact]
    public void AWeekdayOfTheFifteenthIsSilent()
        => Assert.Empty(Flags(MidMonth(1288, 7, Fifteenth(1288, 7)), "weekday-mismatch"));

    [Fact]
    public void AGregorianMiddleOfTheMonthIsNoDay()
        => Assert.Empty(Flags("وصل الوفد المتخيَّل يوم الاثنين منتصف مارس 1921 إلى الميناء.", "weekday-mismatch"));

    [Fact]
    public void TheMiddleOfAnyHijriMonthIsItsFifteenth()
        => Gen.Int[1200, 1400].Select(Gen.Int[1, 12]).Sample((y, m) =>
        {
            Assert.Empty(Flags(MidMonth(y, m, Fifteenth(y, m)), "weekday-mismatch"));
            Assert.NotEmpty(Flags(MidMonth(y, m, Shift(Fifteenth(y, m), 3)), "weekday-mismatch"));
        }, iter: 20);

    [Fact]
    public void AnOpenLifespanFiresExactlyWhenTheManCannotBeAlive()
        => Gen.Int[1700, 1999].Sample(y =>
        {
            var year = y.ToString(CultureInfo.InvariantCulture);
            var text = $"في الصورة الشاعر المتخيَّل فريد نصار ({year}– )، وقد رسمها أخوه في حلب.";
            var flags = Flags(text, "malformed-date");
            if (y + 122 < 2000)
            {
                var f = Assert.Single(flags);
                Assert.Equal($"({year}– )", text[f.Spans[0].Start..f.Spans[0].End]);
            }
            else
            {
                Assert.Empty(flags);
            }
        }, iter: 25);
}
