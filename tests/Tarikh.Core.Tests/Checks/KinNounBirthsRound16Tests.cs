using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 16 (issue 12a): births of relatives the text names by a kin noun only — the narrator's mother ("أمي")، "أخوه الأكبر"، "الأب"
/// and "الابن"، "بكرها" — against the other birth of the passage. Sentences written for these tests; both ways, through the whole
/// pipeline.
/// </summary>
public class KinNounBirthsRound16Tests
{
    // A first-person narrator and a parent or elder brother with no name.
    [Theory]
    [InlineData("كان أبي قد ولد سنة 1951، وأنا ولدت سنة 1955 في حي الميدان.", true)]
    [InlineData("كان أبي قد ولد سنة 1921، وأنا ولدت سنة 1955 في حي الميدان.", false)]
    [InlineData("ولدت سنة 1962 في صور. أخي الأكبر مروان ولد سنة 1966 في صيدا.", true)]
    [InlineData("ولدت سنة 1962 في صور. أخي الأكبر مروان ولد سنة 1958 في صيدا.", false)]
    public void TheNarratorsRelatives(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "family-order").Length > 0);

    // The person's unnamed-by-cluster relatives: "أخيه الأكبر … المولود" against "وكان هو قد ولد"، "وأبوه … ولد".
    [Theory]
    [InlineData("تتلمذ على أخيه الأكبر عبد القادر المولود سنة 1301 هـ، وكان هو قد ولد سنة 1297 هـ في فاس.", true)]
    [InlineData("تتلمذ على أخيه الأكبر عبد القادر المولود سنة 1292 هـ، وكان هو قد ولد سنة 1297 هـ في فاس.", false)]
    [InlineData("ولد الفقيه سالم المراكشي سنة 1880، وأبوه الحاج عمر ولد سنة 1884 في آسفي.", true)]
    [InlineData("ولد الفقيه سالم المراكشي سنة 1880، وأبوه الحاج عمر ولد سنة 1850 في آسفي.", false)]
    [InlineData("وأمه خديجة بنت أحمد المولودة سنة 1910م. وولد هو سنة 1915م في طنجة.", true)]
    [InlineData("وأمه خديجة بنت أحمد المولودة سنة 1885م. وولد هو سنة 1915م في طنجة.", false)]
    public void ThePersonsRelatives(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "family-order").Length > 0);

    // Two relatives by kin noun: the definite father and son, two brothers of opposite ranks, the firstborn and her brother.
    [Theory]
    [InlineData("كان القاضي يوسف أبًا للفقيه عثمان، وقد ولد الأب سنة 1150 هـ والابن سنة 1147 هـ.", true)]
    [InlineData("كان القاضي يوسف أبًا للفقيه عثمان، وقد ولد الأب سنة 1120 هـ والابن سنة 1147 هـ.", false)]
    [InlineData("ترك ابنه الأكبر سعيد المولود سنة 1310هـ، وابنه الأصغر خالد المولود سنة 1305هـ.", true)]
    [InlineData("ترك ابنه الأكبر سعيد المولود سنة 1300هـ، وابنه الأصغر خالد المولود سنة 1305هـ.", false)]
    [InlineData("بِكرها ليلى ولدت سنة 1950، وأخوها كريم ولد سنة 1947 وصار طبيبًا.", true)]
    [InlineData("بِكرها ليلى ولدت سنة 1945، وأخوها كريم ولد سنة 1947 وصار طبيبًا.", false)]
    public void TwoRelativesByKinNoun(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "family-order").Length > 0);

    // The person stated the elder of someone dated ("هو الأخ الأكبر للرسام …")، a son in construct with his father ("نجل …")، and a
    // lifespan in parentheses as the person's birth.
    [Theory]
    [InlineData("هو الأخ الأكبر للرسام فادي الحلبي المولود سنة 1950، أما هو فولد سنة 1953 في حلب.", true)]
    [InlineData("هو الأخ الأكبر للرسام فادي الحلبي المولود سنة 1950، أما هو فولد سنة 1946 في حلب.", false)]
    [InlineData("توفي الطبيب رامي العاني (مواليد 1962)، نجل الأستاذ عادل العاني (مواليد 1957).", true)]
    [InlineData("توفي الطبيب رامي العاني (مواليد 1962)، نجل الأستاذ عادل العاني (مواليد 1930).", false)]
    [InlineData("تحدثت الشاعرة سلمى الراشد (1960–) عن والدتها الرسامة هدى، المولودة سنة 1966، التي علمتها الرسم.", true)]
    [InlineData("تحدثت الشاعرة سلمى الراشد (1960–) عن والدتها الرسامة هدى، المولودة سنة 1931، التي علمتها الرسم.", false)]
    public void ConstructsAndLifespans(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "family-order").Length > 0);

    // The flag names the relatives as the text does, in both languages.
    [Fact]
    public void TheMessageNamesTheRelativeAsTheTextDoes()
    {
        var f = Assert.Single(Flags("ولدت سنة 1962 في صور. أخي الأكبر مروان ولد سنة 1966 في صيدا.", "family-order"));
        Assert.Contains("أخي الأكبر", f.MessageAr, StringComparison.Ordinal);
        Assert.Contains("my elder brother", f.MessageEn, StringComparison.Ordinal);
    }

    // Silent: a son beside a sibling of his (not his father), a hedged birth, a father's name inside a person's name.
    [Theory]
    [InlineData("كان أكبر أبناء التاجر سليم هو ابنه فؤاد المولود سنة 1950. وآخر العنقود رياض المولود سنة 1958.")]
    [InlineData("ولد الحسن بن أبي طالب سنة 1930، وأبوه ولد سنة 1900.")]
    [InlineData("ولد الفقيه سالم سنة 1880. وتزوج ابنة عمه سنة 1905، وأبوها ولد سنة 1860.")]
    [InlineData("ولد في بيت أخيه الأكبر سنة 1931، وولد عمر سنة 1925.")]
    // A relative after a second verb is that verb's (a death), not an elided birth (lead, after the merge).
    [InlineData("وُلد الطبيب المتخيَّل نبيل حداد سنة 1902، وتوفي والده سنة 1911 وهو في التاسعة.")]
    [InlineData("ولدت الكاتبة المتخيَّلة سعاد عام 1938، ورحلت أمها عام 1945 فربتها خالتها.")]
    public void StaysSilent(string text)
        => Assert.Empty(Flags(text, "family-order"));
}
