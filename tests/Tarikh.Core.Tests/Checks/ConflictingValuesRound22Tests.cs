using Tarikh.Core.Checks;
using Tarikh.Core.Tests.Claims;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 22 (issue 12, coder 22c), both ways through the whole pipeline, sentences written for these tests: a second birth or death
/// value in a pronoun's apposition ("وهو المولود سنة …"), a listed place with بـ after a chain name ("… بن محمد بالقيروان"), a
/// person's own saying whose "there" adverb points back to the place it named ("أنا ابن حمص، هونيك انولدت"), and the times of an act
/// told once by "للمرة N" and once by the act's verbal noun ("قدم … للمرة الثانية … وكانت قدمته الأولى …").
/// </summary>
public class ConflictingValuesRound22Tests
{
    private static List<Flag> Conflicts(string text) => ClaimExtractorTests.Run(text).Flags.Where(f => f.Rule == "conflicting-values").ToList();

    [Theory]
    [InlineData("ولد الكاتب أحمد الصقلي بتونس سنة 1905. وقد رحل عن دنيانا يوم عودته سنة 1970 وهو المولود سنة 1912.")]
    [InlineData("ولدت الشاعرة سلوى الراشد في بغداد سنة 1931. وتوفيت في لندن سنة 1999، وهي المولودة سنة 1927.")]
    [InlineData("ولد المؤرخ عبد الله الفاسي في مكناس سنة 1880. ودفن في الرباط وهو المولود في طنجة.")]
    public void PronounApposedParticipleGivesASecondValue(string text) => Assert.NotEmpty(Conflicts(text));

    [Theory]
    [InlineData("ولد الكاتب أحمد الصقلي بتونس سنة 1905. وقد رحل عن دنيانا يوم عودته سنة 1970 وهو المولود سنة 1905.")]
    // The pronoun after a kinship word is the relative's.
    [InlineData("ولد سعيد الخطيب سنة 1920. وتوفي أبوه سنة 1950 وهو المولود سنة 1890.")]
    // A feminine pronoun is not the man's.
    [InlineData("ولد سعيد الخطيب سنة 1920. وعاش طويلا في القاهرة وهي المولودة سنة 1890.")]
    public void PronounApposedParticipleThatAgreesOrIsAnothersIsSilent(string text) => Assert.Empty(Conflicts(text));

    [Theory]
    [InlineData("ولد القاضي النعمان بن محمد بالقيروان. وكان مولده بالمهدية في أسرة مالكية.")]
    [InlineData("ولد الشيخ أحمد بن يوسف بدمشق سنة 1850. وكان مولده بحلب.")]
    [InlineData("ولد الفقيه محمد بن أحمد بالقاهرة سنة 1801. وكان مولده بالإسكندرية على ما ذكر تلميذه.")]
    public void PlaceWithBiAfterAChainNameIsTheBirthplace(string text) => Assert.NotEmpty(Conflicts(text));

    [Fact]
    public void PlaceWithBiAfterAChainNameThatAgreesIsSilent()
        => Assert.Empty(Conflicts("ولد القاضي النعمان بن محمد بالقيروان. وكان مولده بالقيروان في أسرة مالكية."));

    [Theory]
    [InlineData("ولد الممثل محمود العلي في حلب سنة 1947. وكان يقول في لقاءاته: «أنا ابن حمص، هونيك انولدت وهونيك تربيت».")]
    [InlineData("ولدت الكاتبة سلمى الخوري في بيروت سنة 1930. وكانت تقول: «أنا بنت طرابلس، هناك ولدت وهناك كبرت».")]
    public void SayingsThereAdverbIsTheNamedPlace(string text)
    {
        var flag = Assert.Single(Conflicts(text));
        Assert.Equal(Severity.Warning, flag.Severity);
    }

    [Theory]
    [InlineData("ولد الممثل محمود العلي في حمص سنة 1947. وكان يقول في لقاءاته: «أنا ابن حمص، هونيك انولدت وهونيك تربيت».")]
    // "ابن حلب" alone, with no birth verb, claims nothing.
    [InlineData("ولد الشاعر سعيد الحلبي في دمشق سنة 1930. وكان يقول: «أنا ابن حلب وأحبها».")]
    // Two places before the adverb: which one it points to is not told.
    [InlineData("ولد الممثل محمود العلي في حلب سنة 1947. وكان يقول: «أنا ابن حمص وحماة، هناك ولدت».")]
    public void SayingsThereAdverbThatAgreesOrIsUnclearIsSilent(string text) => Assert.Empty(Conflicts(text));

    [Theory]
    [InlineData("وفي سنة ثلاث وخمسين وثلاثمائة قدم المعز مصر للمرة الثانية. وكانت قدمته الأولى سنة اثنتين وستين وثلاثمائة.", "للمرة الثانية")]
    [InlineData("زار الرحالة دمشق للمرة الثالثة سنة 1840، وكانت زيارته الثانية سنة 1852.", "للمرة الثالثة")]
    public void TimesOfAnActAndItsVerbalNounOutOfOrderFire(string text, string evidence)
        => FiresAt(text, "ordinal-series", evidence);

    [Theory]
    [InlineData("وفي سنة اثنتين وستين وثلاثمائة قدم المعز مصر للمرة الثانية. وكانت قدمته الأولى سنة ثلاث وخمسين وثلاثمائة.")]
    // Another act's noun: the second visit is not the first journey.
    [InlineData("زار الرحالة دمشق للمرة الثالثة سنة 1840، وكانت رحلته الثانية سنة 1852.")]
    public void TimesOfAnActInOrderOrOfAnotherActAreSilent(string text)
        => Assert.Empty(Flags(text, "ordinal-series"));
}
