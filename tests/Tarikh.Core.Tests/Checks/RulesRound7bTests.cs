using Tarikh.Core.Checks;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 7 (issue 12, 12b): anachronism from the list of bounded bodies (a body, state, newspaper, school, technique or ruler the
/// text does not date itself), a founding stated in a relative clause, acts of any dated event in a body, a date fronted in its own
/// clause, early Hijri years; name-anomaly from a known work beside a slip of its author's name. Each class both ways, full
/// pipeline, sentences written here; spans checked against the text by FlagAssert.
/// </summary>
public class RulesRound7bTests
{
    // ---- anachronism: a listed body, the text stating no founding or ending ----

    [Theory]
    // A representative to a listed organization before its founding (1945).
    [InlineData("عُيّن المحامي كمال الدباغ عام 1936 مندوبا للعراق لدى جامعة الدول العربية، ثم عاد إلى بغداد.", "جامعة الدول العربية")]
    // A correspondent of a listed channel before its launch (1996).
    [InlineData("عمل الصحفي نادر السقا مراسلا لقناة الجزيرة في بيروت عام 1990.", "قناة الجزيرة")]
    // An article in a listed newspaper before its founding, the title in quotation marks (1912).
    [InlineData("نشر الكاتب بافل سيدوروف مقالته الأولى في صحيفة «برافدا» عام 1901.", "برافدا")]
    // A news dateline after a state's end (1990).
    [InlineData("صنعاء – 3 مارس 1995: استقبل رئيس جمهورية اليمن الديمقراطية الشعبية وفدا من رجال الأعمال.", "جمهورية اليمن الديمقراطية الشعبية")]
    // A ruler's act after his reign and death (1918).
    [InlineData("أمر القيصر نيقولاي الثاني عام 1923 بتعيين المهندس أندريه كوزنتسوف مديرا لسكك الحديد.", "القيصر نيقولاي الثاني")]
    public void AnActInAListedBodyOutsideItsYearsIsAWarning(string text, string evidence)
    {
        FiresAt(text, "anachronism", evidence);
        Assert.All(Flags(text, "anachronism"), f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Theory]
    [InlineData("عُيّن المحامي كمال الدباغ عام 1950 مندوبا للعراق لدى جامعة الدول العربية، ثم عاد إلى بغداد.")]
    [InlineData("عمل الصحفي نادر السقا مراسلا لقناة الجزيرة في بيروت عام 2001.")]
    [InlineData("نشر الكاتب بافل سيدوروف مقالته الأولى في صحيفة «برافدا» عام 1913.")]
    [InlineData("صنعاء – 3 مارس 1985: استقبل رئيس جمهورية اليمن الديمقراطية الشعبية وفدا من رجال الأعمال.")]
    // Born in a place named by its present state: no act of the state.
    [InlineData("ولد الشاعر سالم العدوان في إربد في المملكة الأردنية الهاشمية عام 1925.")]
    // The body as the topic of a later book, not the place of the act.
    [InlineData("ألّف المؤرخ فؤاد الحلبي عام 1998 كتابا عن الاتحاد السوفيتي وسياسته في الشرق الأوسط.")]
    // A number that is a count or a resolution's number, not a year.
    [InlineData("طالب المندوب بتطبيق قرار الأمم المتحدة رقم 1559 دون تأخير.")]
    // The text gives its own founding year: the text-based check owns the body.
    [InlineData("تأسست جامعة الدول العربية عام 1935 في هذه الرواية المتخيلة. وعُيّن كمال الدباغ مندوبا لديها عام 1940.")]
    public void AListedBodyInsideItsYearsOrNotTheActsPlaceIsSilent(string text)
        => Assert.Empty(Flags(text, "anachronism"));

    [Fact]
    public void AYearWithoutEraInAClassicalTextIsReadBothWays()
        // "سنة أربع وتسعين وأربعمائة" may be Hijri (1100–1101): the Nizamiyya (1058) stands either way, so no flag.
        => Assert.Empty(Flags("درّس الفقيه أبو الفتح الشاشي بالمدرسة النظامية سنة أربع وتسعين وأربعمائة.", "anachronism"));

    // ---- anachronism: the text's own founding, in forms the earlier rounds did not read ----

    [Theory]
    // The founding in a relative clause whose antecedent is a head noun ("وهي المنظمة التي أنشئت").
    [InlineData("عمل المهندس حازم الخطيب في منظمة الأغذية والزراعة منذ عام 1938، وهي المنظمة التي أنشئت عام 1945 في كيبيك.", "1938")]
    // The founding in a relative clause after the named body, negated and restricted ("التي لم تؤسس إلا").
    [InlineData("في عام 1935 انتخب المهندس فريد سلامة رئيسا لنقابة المهندسين المصرية، التي لم تؤسس إلا عام 1946.", "1935")]
    // Graduation (an event of any type) in a body after a preposition, through a pronoun.
    [InlineData("أنشئت جامعة الخرطوم عام 1956. وتخرج فيها الطبيب عوض الكرسني عام 1949.", "فيها")]
    // The date fronted in its own clause, and a place after a preposition before the date.
    [InlineData("انتهى حكم الدولة الحفصية عام 1574. وبعد ذلك بعشرين سنة، في عام 1594، عُيّن الفقيه أحمد الأبي قاضيا للدولة الحفصية في تونس.", "1594")]
    // Early Hijri years marked هـ, a place after "على" before the date.
    [InlineData("قامت الدولة المرابطية سنة 448 هـ في المغرب. وكان يحيى بن عمر واليا للدولة المرابطية على سجلماسة سنة 430 هـ.", "430")]
    public void AFoundingOrEndingInNewFormsIsRead(string text, string evidence)
        => FiresAt(text, "anachronism", evidence);

    [Theory]
    [InlineData("عمل المهندس حازم الخطيب في منظمة الأغذية والزراعة منذ عام 1950، وهي المنظمة التي أنشئت عام 1945 في كيبيك.")]
    [InlineData("في عام 1950 انتخب المهندس فريد سلامة رئيسا لنقابة المهندسين المصرية، التي تأسست عام 1946.")]
    [InlineData("أنشئت جامعة الخرطوم عام 1956. وتخرج فيها الطبيب عوض الكرسني عام 1960.")]
    [InlineData("انتهى حكم الدولة الحفصية عام 1574. وقبل ذلك بعشرين سنة، في عام 1554، عُيّن الفقيه أحمد الأبي قاضيا للدولة الحفصية في تونس.")]
    // A book about a state after its end: the state is the topic.
    [InlineData("سقطت الدولة الحفصية عام 1574. وفي عام 1960 كتب المؤرخ حسن الزين كتابا عن الدولة الحفصية.")]
    public void TheSameFormsInsideTheSpanOrAboutTheBodyAreSilent(string text)
        => Assert.Empty(Flags(text, "anachronism"));

    // ---- name-anomaly: a known work beside a slip of its author's name ----

    [Theory]
    // Naguib (Mahfouz's given name) with al-Hakim's family name, beside a novel of Mahfouz's.
    [InlineData("صدرت رواية «زقاق المدق» للروائي نجيب الحكيم عام 1947 وتحولت إلى فيلم.", "نجيب الحكيم")]
    // Gibran's given name with Abu Madi's family name, a book after a work noun.
    [InlineData("كتب جبران أبو ماضي كتاب الأجنحة المتكسرة بالعربية ونشره في نيويورك.", "جبران أبو ماضي")]
    // Tolstoy's given name and patronymic with Turgenev's family name.
    [InlineData("أتم ليف نيكولايفيتش تورغينيف رواية «الحرب والسلام» في ياسنايا بوليانا.", "تورغينيف")]
    // Al-Ghazali's kunya with Ibn Rushd's family name beside al-Ghazali's book.
    [InlineData("ألّف أبو حامد ابن رشد كتاب «تهافت الفلاسفة» ببغداد.", "أبو حامد ابن رشد")]
    public void AWorkBesideASlipOfItsAuthorsNameIsAWarning(string text, string evidence)
    {
        FiresAt(text, "name-anomaly", evidence);
        Assert.Contains(Flags(text, "name-anomaly"), f => f.Severity == Severity.Warning && f.Evidence.GetValueOrDefault("source") == "famous-works");
    }

    [Theory]
    [InlineData("صدرت رواية «زقاق المدق» للروائي نجيب محفوظ عام 1947 وتحولت إلى فيلم.")]
    [InlineData("كتب جبران خليل جبران كتاب الأجنحة المتكسرة بالعربية ونشره في نيويورك.")]
    [InlineData("أتم ليف نيكولايفيتش تولستوي رواية «الحرب والسلام» في ياسنايا بوليانا.")]
    [InlineData("ألّف الإمام أبو حامد الغزالي كتاب «تهافت الفلاسفة» ببغداد.")]
    // A translator who shares nothing with the author.
    [InlineData("ترجم سامي الدروبي رواية «الجريمة والعقاب» إلى العربية.")]
    // A real namesake whose family name is no listed person's.
    [InlineData("قدّم الممثل نجيب الزعبي قراءة من رواية «زقاق المدق» في عمّان.")]
    public void TheAuthorsOwnNameOrAnotherPersonIsSilent(string text)
        => Assert.Empty(Flags(text, "name-anomaly"));
}
