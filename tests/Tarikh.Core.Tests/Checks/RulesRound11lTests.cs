using Tarikh.Core.Checks;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 11 (issue 12, 12l): the name-anomaly rule's work-based check read both ways — a known work given to its author's family
/// name with another listed author's given part or kunya; a kunya in the genitive ("لأبي حامد"); a family name written with the
/// article that the list writes without it; descriptors and relative adjectives before the name. Full pipeline, sentences written
/// here; spans checked against the text by FlagAssert.
/// </summary>
public class RulesRound11lTests
{
    [Theory]
    // Mahfouz's novel, Tawfiq al-Hakim's given name.
    [InlineData("أهداني صديقي في المعرض رواية «زقاق المدق» لتوفيق محفوظ فقرأتها في ليلة واحدة.", "توفيق محفوظ")]
    // Darwish's poem, Samih al-Qasim's given name, a descriptor between.
    [InlineData("ألقى الطالب في الحفل مقاطع من قصيدة «سجل أنا عربي» للشاعر سميح درويش.", "سميح درويش")]
    // Chekhov's play, Tolstoy's given name.
    [InlineData("شاهد الجمهور في المسرح الوطني مسرحية «بستان الكرز» لليف تشيخوف.", "ليف تشيخوف")]
    // Ibn Khaldun's book, al-Ghazali's kunya in the genitive.
    [InlineData("نسخ الكاتب بخطه كتاب «المقدمة» لأبي حامد بن خلدون.", "أبي حامد بن خلدون")]
    public void AnotherAuthorsGivenNameWithTheAuthorsFamilyNameIsASlip(string text, string evidence)
    {
        FiresAt(text, "name-anomaly", evidence);
        Assert.All(Flags(text, "name-anomaly"), f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Theory]
    // The authors' own names.
    [InlineData("أهداني صديقي في المعرض رواية «زقاق المدق» لنجيب محفوظ فقرأتها في ليلة واحدة.")]
    [InlineData("ألقى الطالب في الحفل مقاطع من قصيدة «سجل أنا عربي» للشاعر محمود درويش.")]
    [InlineData("شاهد الجمهور في المسرح الوطني مسرحية «بستان الكرز» لأنطون تشيخوف.")]
    [InlineData("نسخ الكاتب بخطه كتاب «المقدمة» لعبد الرحمن بن خلدون.")]
    // A translator or a reader named apart from the title, sharing no family name.
    [InlineData("ترجم سميح القاسم مقاطع من قصيدة «سجل أنا عربي» إلى العبرية.")]
    public void TheAuthorsOwnNameOrAnotherPersonStaysSilent(string text)
        => Assert.Empty(Flags(text, "name-anomaly"));

    [Theory]
    // al-Ghazali's book with al-Razi's family name after the kunya in the genitive.
    [InlineData("واختصر الفقيه كتاب «المنقذ من الضلال» لأبي حامد الرازي.", "أبي حامد الرازي")]
    // al-Sayyab's poem with Nizar Qabbani's family name written with the article.
    [InlineData("بدر شاكر القباني شاعر عراقي، صاحب «المومس العمياء».", "بدر شاكر القباني")]
    // Tayeb Salih's novel, Munif's family name, a descriptor and a relative adjective before the name.
    [InlineData("صدرت طبعة جديدة من رواية «عرس الزين» للروائي السوداني الطيب منيف.", "الطيب منيف")]
    public void AKunyaInTheGenitiveAFamilyWithTheArticleAndDescriptorsAreRead(string text, string evidence)
        => FiresAt(text, "name-anomaly", evidence);

    [Theory]
    [InlineData("واختصر الفقيه كتاب «المنقذ من الضلال» لأبي حامد الغزالي.")]
    [InlineData("بدر شاكر السياب شاعر عراقي، صاحب «المومس العمياء».")]
    [InlineData("صدرت طبعة جديدة من رواية «عرس الزين» للروائي السوداني الطيب صالح.")]
    public void TheirCorrectTwinsStaySilent(string text)
        => Assert.Empty(Flags(text, "name-anomaly"));

    [Theory]
    // An imam and preacher of a mosque at four: a post, not a ruler's office.
    [InlineData("ولد الشيخ سليم القرغالي سنة 1870 في قرية صغيرة، وعُيّن إماماً وخطيباً لمسجدها الجامع سنة 1874.")]
    // A doctorate at six, the named subject between the verb and the degree.
    [InlineData("نال الدكتور سمير الحلبي شهادة الدكتوراه من جامعة القاهرة سنة 1950، وكان مولده في حمص عام 1944.")]
    public void APostOrADegreeAtAChildsAgeIsALifespanFlag(string text)
        => Assert.NotEmpty(Flags(text, "lifespan"));

    [Theory]
    [InlineData("ولد الشيخ سليم القرغالي سنة 1870 في قرية صغيرة، وعُيّن إماماً وخطيباً لمسجدها الجامع سنة 1904.")]
    [InlineData("نال الدكتور سمير الحلبي شهادة الدكتوراه من جامعة القاهرة سنة 1950، وكان مولده في حمص عام 1914.")]
    // A child imam of a state (the imamate without a mosque) keeps no lower age.
    [InlineData("ولد يحيى بن الحسين سنة 1870، وبويع إماماً لليمن سنة 1874.")]
    public void TheirAdultTwinsAndARulersImamateStaySilent(string text)
        => Assert.Empty(Flags(text, "lifespan"));

    [Theory]
    // Representing one's country in a body before its founding (the Arab League, 1945).
    [InlineData("ولد الدبلوماسي سامي العطار سنة 1900. وفي عام 1938 مثّل بلاده في مجلس جامعة الدول العربية بالقاهرة.", "جامعة الدول العربية")]
    // Sent by a state before it existed (the Soviet Union, 1922).
    [InlineData("أوفدته حكومة الاتحاد السوفيتي سنة 1916 إلى كابول مترجماً.", "الاتحاد السوفيتي")]
    public void AnActInABodyBeforeItBeganIsAnAnachronism(string text, string evidence)
    {
        FiresAt(text, "anachronism", evidence);
        Assert.All(Flags(text, "anachronism"), f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Theory]
    [InlineData("ولد الدبلوماسي سامي العطار سنة 1900. وفي عام 1948 مثّل بلاده في مجلس جامعة الدول العربية بالقاهرة.")]
    [InlineData("أوفدته حكومة الاتحاد السوفيتي سنة 1926 إلى كابول مترجماً.")]
    public void TheSameActInsideTheBodysYearsStaysSilent(string text)
        => Assert.Empty(Flags(text, "anachronism"));

    [Fact]
    public void AVisitToAMuseumBeforeItOpenedIsAnAnachronism()
    {
        // The Louvre Abu Dhabi opened in 2017.
        const string text = "تستعيد الرسامة سلمى الحداد زيارتها الأولى لمتحف اللوفر أبوظبي عام 2012، حين وقفت أمام لوحة قديمة.";
        FiresAt(text, "anachronism", "اللوفر أبوظبي");
        Assert.Empty(Flags(text.Replace("2012", "2019", StringComparison.Ordinal), "anachronism"));
    }
}
