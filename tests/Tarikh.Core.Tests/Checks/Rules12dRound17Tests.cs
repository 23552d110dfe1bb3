using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Classes of round 17 (issue 12d), each both ways through the whole pipeline, sentences written here: a year written as its
/// century's digits alone after a year word ("في عام 19"); ordinal series of bills' readings, legislative terms, stamp issues,
/// annual parties, city walls, caliphs and yearbooks; an item dated by a season, or by a date after its comma.
/// </summary>
public class Rules12dRound17Tests
{
    // ---- malformed-date: a year cut to its century ----

    [Theory]
    [InlineData("هاجر عمي المتخيَّل إلى ساو باولو في عام 19 ولم يرجع أبداً.", "عام 19")]
    [InlineData("رسالة: وصلنا إلى نيويورك سنة 18 وأقمنا عند الأقارب، وننتظر رسائلكم.", "سنة 18")]
    [InlineData("ستي الله يرحمها انولدت عام 19 وعاشت لحد 2010.", "عام 19")]
    [InlineData("في عام 18، تُفتتح المدرسة المتخيَّلة في القرية.", "عام 18")]
    public void ACenturyAloneAfterAYearWordFires(string text, string evidence)
        => FiresAt(text, "malformed-date", evidence);

    [Theory]
    // An era mark, a count, a regnal year, a year before Christ, a Hijri text, a whole year: no cut year.
    [InlineData("فُتحت المدينة المتخيَّلة سنة 18 هـ في خلافة عمر.")]
    [InlineData("وفي سنة 19 من حكمه بنى الملك المتخيَّل معبداً.")]
    [InlineData("وُلد الشاعر الروماني المتخيَّل عام 19 قبل الميلاد.")]
    [InlineData("وفي المحرم سنة 18 وقع الطاعون في الشام، وفي صفر مات خلق كثير.")]
    [InlineData("هاجر عمي المتخيَّل إلى ساو باولو في عام 1919 ولم يرجع أبداً.")]
    [InlineData("بلغ عدد الطلاب 19 طالباً في عام 2019.")]
    [InlineData("فُتحت القلعة سنة 636 ثم سقطت المدينة عام 19 بعد حصار طويل.")]
    public void AWholeOrMarkedYearIsSilent(string text)
        => Assert.Empty(Flags(text, "malformed-date"));

    // ---- ordinal-series: new series nouns ----

    [Theory]
    [InlineData("أقر المجلس المتخيَّل مشروع القانون في القراءة الثانية في 3 أيار 1962، وكان قد أقره في القراءة الأولى في 20 أيار 1962.", "الثانية")]
    [InlineData("افتُتح الفصل التشريعي الخامس في تشرين الأول 1971، واختُتم الفصل التشريعي السادس في حزيران 1968.", "السادس")]
    [InlineData("بنى الحاكم المتخيَّل السور الأول للمدينة سنة 1120، والسور الثاني سنة 1101.", "الثاني")]
    [InlineData("تولى الخليفة الرابع للطريقة المتخيَّلة المشيخة سنة 1290 هـ، وتولاها الخليفة الثالث سنة 1301 هـ.", "الرابع")]
    [InlineData("صدرت السالنامة السابعة لولاية متخيَّلة سنة 1320 هـ، وصدرت السالنامة السادسة سنة 1325 هـ.", "السابعة")]
    public void ANewSeriesOutOfOrderFires(string text, string evidence)
        => FiresAt(text, "ordinal-series", evidence);

    [Theory]
    [InlineData("أقر المجلس المتخيَّل مشروع القانون في القراءة الأولى في 3 أيار 1962، ثم أقره في القراءة الثانية في 20 أيار 1962.")]
    [InlineData("بنى الحاكم المتخيَّل السور الأول للمدينة سنة 1101، والسور الثاني سنة 1120.")]
    [InlineData("تولى الخليفة الثالث للطريقة المتخيَّلة المشيخة سنة 1290 هـ، وتولاها الخليفة الرابع سنة 1301 هـ.")]
    public void ANewSeriesInOrderIsSilent(string text)
        => Assert.Empty(Flags(text, "ordinal-series"));

    // ---- ordinal-series: a season, a date after the item's comma ----

    [Theory]
    [InlineData("حضرنا الحفلة السنوية الثالثة للجمعية المتخيَّلة في خريف سنة 1931، وحضرنا الحفلة الرابعة في خريف سنة 1930.", "الرابعة")]
    [InlineData("رقم 12: الإصدار الرابع من الطوابع المتخيَّلة، سنة 1901. رقم 13: الإصدار الثالث، سنة 1906.", "الرابع")]
    public void ASeasonOrAnAppositionDatesTheItem(string text, string evidence)
        => FiresAt(text, "ordinal-series", evidence);

    [Theory]
    [InlineData("حضرنا الحفلة السنوية الثالثة للجمعية المتخيَّلة في خريف سنة 1930، وحضرنا الحفلة الرابعة في خريف سنة 1931.")]
    [InlineData("رقم 12: الإصدار الثالث من الطوابع المتخيَّلة، سنة 1901. رقم 13: الإصدار الرابع، سنة 1906.")]
    public void ASeasonOrAnAppositionInOrderIsSilent(string text)
        => Assert.Empty(Flags(text, "ordinal-series"));
}
