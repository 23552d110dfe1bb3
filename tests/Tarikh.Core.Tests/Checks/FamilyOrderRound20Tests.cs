using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 20 (issue 20b): family order from labelled lists ("X وهو الأكبر"، "الأكبر X … والأوسط Y … والأصغر Z"، "الكبير … والثاني …")،
/// the spoken kin nouns of one table (Gulf "أبوي"، Levantine "بيي"، grandparents "جدي"، "ستي"، uncles "عمي")، the generations between a
/// speaker's own relatives, a child noun in apposition ("وأبوي محمد ولده البكر")، a comparison after a kin noun ("وأبوي أصغر منه")، the
/// nominal "من مواليد" before a kin noun opening the next sentence, the obituary's "الفقيد"، and "والد كل من". Sentences written for these
/// tests; both ways, whole pipeline.
/// </summary>
public class FamilyOrderRound20Tests
{
    private static bool Fires(string text) => Flags(text, "family-order").Length > 0;

    // Labels after the name with "وهو"، labels before the name, the middle one, ordinals in a list of children.
    [Theory]
    [InlineData("خلف القاضي يحيى ولدين: إبراهيم وهو الأكبر ولد سنة 1841، وموسى وهو الأصغر ولد سنة 1836.", true)]
    [InlineData("خلف القاضي يحيى ولدين: إبراهيم وهو الأكبر ولد سنة 1831، وموسى وهو الأصغر ولد سنة 1836.", false)]
    [InlineData("البنات ثلاث: الكبرى هند ولدت سنة 1950، والوسطى سلمى ولدت سنة 1946، والصغرى منى ولدت سنة 1955.", true)]
    [InlineData("البنات ثلاث: الكبرى هند ولدت سنة 1944، والوسطى سلمى ولدت سنة 1946، والصغرى منى ولدت سنة 1955.", false)]
    [InlineData("أولاد الحاج سالم: الكبير ناصر ولد سنة 1940، والثاني خليفة ولد سنة 1936، والثالث حمد ولد سنة 1945.", true)]
    [InlineData("أولاد الحاج سالم: الكبير ناصر ولد سنة 1932، والثاني خليفة ولد سنة 1936، والثالث حمد ولد سنة 1945.", false)]
    // The middle one is the narrator: ranked against the eldest by the pronoun.
    [InlineData("كنا ثلاث إخوان: أخوي الكبير سعود مواليد 1952، وأنا الأوسط مواليد 1949، والصغير فهد مواليد 1957.", true)]
    [InlineData("كنا ثلاث إخوان: أخوي الكبير سعود مواليد 1945، وأنا الأوسط مواليد 1949، والصغير فهد مواليد 1957.", false)]
    public void LabelledLists(string text, bool flagged) => Assert.Equal(flagged, Fires(text));

    // Ordinals outside a list of children are no ranks: two rulers are not siblings.
    [Fact]
    public void OrdinalsWithoutAFamilyAreSilent()
        => Assert.False(Fires("تعاقب على الحكم رجلان: الأول ناصر ولد سنة 1940، والثاني خليفة ولد سنة 1936."));

    // A speaker's grandparent, parent and uncle (Gulf, Levantine, Egyptian forms).
    [Theory]
    [InlineData("جدي حمد انولد سنة 1911 بالفريج. وأبوي سالم ولده الكبير انولد سنة 1907 قبل سنة الهدامة.", true)]
    [InlineData("جدي حمد انولد سنة 1881 بالفريج. وأبوي سالم ولده الكبير انولد سنة 1907 قبل سنة الهدامة.", false)]
    [InlineData("ستي أم سمير اتولدت سنة 1938 في طنطا. وأمي بنتها الكبيرة اتولدت سنة 1944.", true)]
    [InlineData("ستي أم سمير اتولدت سنة 1918 في طنطا. وأمي بنتها الكبيرة اتولدت سنة 1944.", false)]
    [InlineData("جدي أبو فارس انولد سنة 1950 بالضيعة، وبيي انولد سنة 1946.", true)]
    [InlineData("جدي أبو فارس انولد سنة 1920 بالضيعة، وبيي انولد سنة 1946.", false)]
    [InlineData("خالي الكبير أبو وليد مواليد 1962، وأبوي أصغر منه ومواليد 1959. الله يحفظهم.", true)]
    [InlineData("خالي الكبير أبو وليد مواليد 1956، وأبوي أصغر منه ومواليد 1959. الله يحفظهم.", false)]
    public void SpeakersKin(string text, bool flagged) => Assert.Equal(flagged, Fires(text));

    // A grandparent against the narrator: two generations.
    [Theory]
    [InlineData("جدتي انولدت سنة 1960 بحلب، وأنا انولدت سنة 1975.", true)]
    [InlineData("جدتي انولدت سنة 1925 بحلب، وأنا انولدت سنة 1975.", false)]
    public void GrandparentAndNarrator(string text, bool flagged) => Assert.Equal(flagged, Fires(text));

    // A nominal birth ("من مواليد") with no gender, the father named in the next sentence; the obituary's "الفقيد"; "والد كل من".
    [Theory]
    [InlineData("المناضل عمار بن عيسى من مواليد 1925 بقسنطينة. أبوه الشيخ عيسى بن عمار ولد سنة 1931 وتوفي سنة 1980.", true)]
    [InlineData("المناضل عمار بن عيسى من مواليد 1925 بقسنطينة. أبوه الشيخ عيسى بن عمار ولد سنة 1890 وتوفي سنة 1980.", false)]
    [InlineData("وشقيقه الأكبر عبد الله المولود عام 1390هـ، والفقيد من مواليد عام 1383هـ.", true)]
    [InlineData("وشقيقه الأكبر عبد الله المولود عام 1378هـ، والفقيد من مواليد عام 1383هـ.", false)]
    [InlineData("الفقيد المولود عام 1360هـ والد كل من: خالد المولود عام 1355هـ، وناصر، وبدر.", true)]
    [InlineData("الفقيد المولود عام 1360هـ والد كل من: خالد المولود عام 1385هـ، وناصر، وبدر.", false)]
    public void NominalBirthsAndObituaries(string text, bool flagged) => Assert.Equal(flagged, Fires(text));
}
