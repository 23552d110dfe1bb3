using Tarikh.Core.Claims;
using Tarikh.Core.Tests.Claims;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 19 (issue 19b): family order from more shapes — spoken births (Maghrebi "تولدت"، Moroccan "المزداد")، the addressee's
/// relatives, a parent or a child noun as a pronoun's predicate ("هو والد …"، "وهو ابن …")، two lifespans, a kin noun opening the
/// sentence after the other birth, relatives ranked against each other among more births, the eldest of a list ("وهو أكبرهم")، a rank
/// told after the name ("أكبر منه"، "يكبرها")، an indefinite ranked sibling ("له أخ أكبر")، a parent one was born to ("لأب")؛ and the
/// claims layer's nasab run into a son's name ("ولد لسالم بن راشد ابنه راشد"). Sentences written for these tests; both ways, whole pipeline.
/// </summary>
public class FamilyOrderRound19Tests
{
    private static bool Fires(string text) => Flags(text, "family-order").Length > 0;

    // Spoken births and first-person kin of the Maghreb and Egypt.
    [Theory]
    [InlineData("المتصلة: بويا تولد عام 1960 وأنا تولدت عام 1966، يعني كان صغير برشا.", true)]
    [InlineData("المتصلة: بويا تولد عام 1940 وأنا تولدت عام 1966، يعني كان كبير شوية.", false)]
    [InlineData("المتصل: ختي الكبيرة نعيمة تولدت عام 1975. وأنا الصغير تولدت عام 1971 في صفاقس.", true)]
    [InlineData("المتصل: ختي الكبيرة نعيمة تولدت عام 1968. وأنا الصغير تولدت عام 1971 في صفاقس.", false)]
    [InlineData("فاس - يذكر أن السيد العربي بن محمد المزداد سنة 1921 هو والد الفنان يوسف بن العربي المزداد سنة 1925.", true)]
    [InlineData("فاس - يذكر أن السيد العربي بن محمد المزداد سنة 1921 هو والد الفنان يوسف بن العربي المزداد سنة 1950.", false)]
    public void SpokenBirths(string text, bool flagged) => Assert.Equal(flagged, Fires(text));

    // The addressee and the narrator named beside a superlative.
    [Theory]
    [InlineData("يا بني سمير، أبوك ولد سنة 1901 وأنت ولدت سنة 1907 في زحلة.", true)]
    [InlineData("يا بني سمير، أبوك ولد سنة 1881 وأنت ولدت سنة 1907 في زحلة.", false)]
    [InlineData("ج: أمي الحاجة زينب اتولدت سنة 1931 في أم درمان. وأنا بكرها اتولدت سنة 1935.", true)]
    [InlineData("ج: أمي الحاجة زينب اتولدت سنة 1931 في أم درمان. وأنا بكرها اتولدت سنة 1952.", false)]
    public void AddresseeAndNarrator(string text, bool flagged) => Assert.Equal(flagged, Fires(text));

    // A parent or a child noun as a pronoun's predicate; two lifespans.
    [Theory]
    [InlineData("المدرب سامر العلي (مواليد 1961) هو والد السباحة رنا العلي المولودة سنة 1966.", true)]
    [InlineData("المدرب سامر العلي (مواليد 1961) هو والد السباحة رنا العلي المولودة سنة 1990.", false)]
    [InlineData("فؤاد الحداد (1912–1980) كاتب سوري، وهو ابن الخطاط يوسف الحداد (1915–1975).", true)]
    [InlineData("فؤاد الحداد (1912–1980) كاتب سوري، وهو ابن الخطاط يوسف الحداد (1880–1945).", false)]
    [InlineData("رحل المهندس ماهر سليم الشامي (1948–2020) في عمان، وهو نجل الحاج سليم الشامي (1950–1999).", true)]
    [InlineData("رحل المهندس ماهر سليم الشامي (1948–2020) في عمان، وهو نجل الحاج سليم الشامي (1920–1999).", false)]
    public void PredicatesAndLifespans(string text, bool flagged) => Assert.Equal(flagged, Fires(text));

    // A kin noun opening the sentence after the other birth (the verb's gender is the pronoun's).
    [Theory]
    [InlineData("وكان القاضي ناصر بن سعيد الريامي مولده سنة 1290. وأبوه سعيد بن علي ولد سنة 1284.", true)]
    [InlineData("وكان القاضي ناصر بن سعيد الريامي مولده سنة 1290. وأبوه سعيد بن علي ولد سنة 1255.", false)]
    [InlineData("كمال الراوي، مهندس عراقي ولد عام 1931. وكان أخوه الأكبر منير الراوي، المحامي المولود عام 1936، قد سبقه إلى القاهرة.", true)]
    [InlineData("كمال الراوي، مهندس عراقي ولد عام 1931. وكان أخوه الأكبر منير الراوي، المحامي المولود عام 1926، قد سبقه إلى القاهرة.", false)]
    // The other birth is a woman's: "أبوه" is not her father.
    [InlineData("تزوج التاجر أنور سعاد المولودة سنة 1930. وأبوه ولد سنة 1925.", false)]
    public void KinNounOpeningTheNextSentence(string text, bool flagged) => Assert.Equal(flagged, Fires(text));

    // Relatives ranked against each other where the sentence dates more births; the eldest of a list.
    [Theory]
    [InlineData("وزعت تركة الحاج عمر بن صالح المولود سنة 1170 على ابنه الأكبر أحمد المولود سنة 1205 وابنه الأصغر يوسف المولود سنة 1199.", true)]
    [InlineData("وزعت تركة الحاج عمر بن صالح المولود سنة 1170 على ابنه الأكبر أحمد المولود سنة 1195 وابنه الأصغر يوسف المولود سنة 1199.", false)]
    [InlineData("ينعى آل الشمري فقيدهم، ويتقبل العزاء أبناؤه: فهد (مواليد 1969) وهو أكبرهم، وسلطان (مواليد 1966)، وناصر (مواليد 1974).", true)]
    [InlineData("ينعى آل الشمري فقيدهم، ويتقبل العزاء أبناؤه: فهد (مواليد 1962) وهو أكبرهم، وسلطان (مواليد 1966)، وناصر (مواليد 1974).", false)]
    [InlineData("وخلف من الأولاد: إبراهيم وهو أكبر أولاده ولد سنة 1281هـ، وموسى ولد سنة 1276هـ.", true)]
    [InlineData("وخلف من الأولاد: إبراهيم وهو أكبر أولاده ولد سنة 1271هـ، وموسى ولد سنة 1276هـ.", false)]
    public void RanksAmongMoreBirths(string text, bool flagged) => Assert.Equal(flagged, Fires(text));

    // A rank told after the name or as a verb; an indefinite ranked sibling; the parent one was born to; a mother given a child.
    [Theory]
    [InlineData("هاني الخطيب (1938–2001) رسام أردني. وأخته ليلى الخطيب، المولودة عام 1943، أكبر منه، وقد رافقته إلى روما.", true)]
    [InlineData("هاني الخطيب (1938–2001) رسام أردني. وأخته ليلى الخطيب، المولودة عام 1933، أكبر منه، وقد رافقته إلى روما.", false)]
    [InlineData("ولدت الطبيبة رجاء الحسيني في يافا عام 1926، وكان شقيقها عادل، الذي يكبرها بأربع سنوات، قد ولد عام 1930 في اللد.", true)]
    [InlineData("ولدت الطبيبة رجاء الحسيني في يافا عام 1926، وكان شقيقها عادل، الذي يكبرها بأربع سنوات، قد ولد عام 1922 في اللد.", false)]
    [InlineData("مولد صاحب الترجمة سنة 861 هـ، وله أخ أكبر منه اسمه عثمان ولد سنة 866 هـ.", true)]
    [InlineData("مولد صاحب الترجمة سنة 861 هـ، وله أخ أكبر منه اسمه عثمان ولد سنة 855 هـ.", false)]
    [InlineData("ولد الموسيقار سليم الشوا في حلب عام 1931 لأب من مواليد 1936 كان يعمل نجارا.", true)]
    [InlineData("ولد الموسيقار سليم الشوا في حلب عام 1931 لأب من مواليد 1901 كان يعمل نجارا.", false)]
    [InlineData("أنجبت الخياطة مريم العطار ابنتها نهى عام 1961 في حمص، وكانت مريم نفسها قد ولدت في حماة عام 1965.", true)]
    [InlineData("أنجبت الخياطة مريم العطار ابنتها نهى عام 1961 في حمص، وكانت مريم نفسها قد ولدت في حماة عام 1935.", false)]
    public void RanksAndParentsTold(string text, bool flagged) => Assert.Equal(flagged, Fires(text));

    // A name written like a pronoun ("آنا") is no narrator; a long subject before the year; a year fronted before "ولد له".
    [Theory]
    [InlineData("رزق الضابط بطرس سوكولوف ابنتين: كبراهما آنا المولودة سنة 1880، وصغراهما فيرا المولودة سنة 1877.", true)]
    [InlineData("رزق الضابط بطرس سوكولوف ابنتين: كبراهما آنا المولودة سنة 1870، وصغراهما فيرا المولودة سنة 1877.", false)]
    [InlineData("ولدت الممرضة المتطوعة هدى الأيوبي في صيدا سنة 1921، أما أختها الكبرى وداد فولدت سنة 1925.", true)]
    [InlineData("ولدت الممرضة المتطوعة هدى الأيوبي في صيدا سنة 1921، أما أختها الكبرى وداد فولدت سنة 1915.", false)]
    [InlineData("ولد الأمير خالد بن عيسى سنة 1850. وفي سنة 1846 ولد له ابنه فيصل في القصر.", true)]
    [InlineData("ولد الأمير خالد بن عيسى سنة 1820. وفي سنة 1846 ولد له ابنه فيصل في القصر.", false)]
    public void NamesWindowsAndFrontedYears(string text, bool flagged) => Assert.Equal(flagged, Fires(text));

    // Silent: a nephew ("ابن أخيه")، an age ("ابن عشرين")، a listed eldest against the father's birth.
    [Theory]
    [InlineData("عادل النمر (1940–2005) تاجر دمشقي، وهو ابن أخي الشاعر وجيه النمر (1946–2010).")]
    [InlineData("وخلف من الأولاد: إبراهيم وهو أكبر أولاده، وكان أبوه قد ولد سنة 1250هـ.")]
    public void StaysSilent(string text) => Assert.Empty(Flags(text, "family-order"));

    // The claims layer: a nasab the tagger ran into a son's name gives the father no birth.
    [Fact]
    public void NasabRunIntoTheSonGivesTheFatherNoBirth()
    {
        const string text = "وفي سنة 1902 ولد لسالم بن راشد ابنه راشد، وولدت أخته الكبرى مريم سنة 1898.";
        Assert.Empty(Flags(text, "conflicting-values"));
        var doc = ClaimExtractorTests.Run(text);
        Assert.DoesNotContain(doc.Claims, c => c.Property == ClaimProperties.BirthDate && c.Value.Timex is { } t && doc.Timexes[t].Text.Contains("1902", StringComparison.Ordinal)
            && doc.Entities.Any(e => e.Cluster == c.Subject && e.Text.StartsWith("سالم", StringComparison.Ordinal)));
    }

    [Fact]
    public void ANasabWithoutAChildNounKeepsItsBirth()
    {
        var doc = ClaimExtractorTests.Run("وفي سنة 1902 ولد سالم بن راشد بن علي في مسقط.");
        Assert.Contains(doc.Claims, c => c.Property == ClaimProperties.BirthDate && c.Value.Timex is { } t && doc.Timexes[t].Text.Contains("1902", StringComparison.Ordinal));
    }
}
