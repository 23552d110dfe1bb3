using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 18 (issue 12b): family order from more sources — siblings labelled by a bare rank word with their births ("الكبرى سعاد ولدت
/// …، والصغرى منى ولدت …")، a child's birth told from the parent ("ولد له ابنه …"، "رزق … بابنته البكر … سنة …")، "مولده" and
/// "صاحب الترجمة" in the biographical idiom, and a parent and a child both named by a possessive kin noun. Sentences written for
/// these tests; both ways, through the whole pipeline.
/// </summary>
public class FamilyOrderRound18Tests
{
    // Bare rank labels before or after the name, with the births in the same sentence; years in figures and in words.
    [Theory]
    [InlineData("للتاجر سليم ابنتان: الكبرى سعاد ولدت سنة 1931، والصغرى منى ولدت سنة 1927.", true)]
    [InlineData("للتاجر سليم ابنتان: الكبرى سعاد ولدت سنة 1924، والصغرى منى ولدت سنة 1927.", false)]
    [InlineData("نبارك للأخوين فراس وزياد: فراس هو الأخ الأكبر وقد ولد سنة 1968، أما زياد الأصغر فولد سنة 1964.", true)]
    [InlineData("نبارك للأخوين فراس وزياد: فراس هو الأخ الأكبر وقد ولد سنة 1961، أما زياد الأصغر فولد سنة 1964.", false)]
    [InlineData("وكان للقاضي ابنان: الأكبر علي ولد سنة خمس وعشرين ومائة وألف، والأصغر عمر ولد سنة عشرين ومائة وألف.", true)]
    [InlineData("وكان للقاضي ابنان: الأكبر علي ولد سنة خمس عشرة ومائة وألف، والأصغر عمر ولد سنة عشرين ومائة وألف.", false)]
    [InlineData("رزق الطبيب كريم بنتين: كبراهما هالة المولودة سنة 1950، وصغراهما رنا المولودة سنة 1946.", true)]
    [InlineData("رزق الطبيب كريم بنتين: كبراهما هالة المولودة سنة 1944، وصغراهما رنا المولودة سنة 1946.", false)]
    public void BareRankLabels(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "family-order").Length > 0);

    // The narrator and a brother of the family ("أخونا الأكبر … وأنا الأصغر …").
    [Theory]
    [InlineData("أخونا الأكبر جميل المولود سنة 1905 هاجر قبلنا إلى البرازيل، وأنا الأصغر مولود سنة 1901.", true)]
    [InlineData("أخونا الأكبر جميل المولود سنة 1897 هاجر قبلنا إلى البرازيل، وأنا الأصغر مولود سنة 1901.", false)]
    public void TheNarratorLabelledByRank(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "family-order").Length > 0);

    // "مولده"، "صاحب الترجمة" in the biographical idiom.
    [Theory]
    [InlineData("وكان أخوه الأكبر زين الدين قد ولد سنة 820 هـ، وأما صاحب الترجمة فمولده سنة خمس عشرة وثمانمائة.", true)]
    [InlineData("وكان أخوه الأكبر زين الدين قد ولد سنة 810 هـ، وأما صاحب الترجمة فمولده سنة خمس عشرة وثمانمائة.", false)]
    [InlineData("ومولد صاحب الترجمة سنة ثلاث وثمانمائة، وأخوه الأصغر منه نجم الدين ولد سنة تسع وتسعين وسبعمائة.", true)]
    [InlineData("ومولد صاحب الترجمة سنة ثلاث وثمانمائة، وأخوه الأصغر منه نجم الدين ولد سنة سبع وثمانمائة.", false)]
    public void TheSubjectOfTheEntry(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "family-order").Length > 0);

    // A child's birth told from the parent: "ولد له ابنه"، "رزق … بابنه … سنة"; and a parent and a child both by possessive kin nouns.
    [Theory]
    // Left (round 18): the same shape with these year words is not flagged yet (the held-out sentence of its class is); see evaluation.md.
    [InlineData("ولد الأمير سنجر سنة ستين ومائتين وألف. وفي سنة خمس وثمانين ومائتين وألف ولد له ابنه داود بالقلعة.", false)]
    [InlineData("رزق زميلنا سمير حداد، المولود في زحلة سنة 1971، بابنه البكر شادي سنة 1969، وهو اليوم مهندس.", true)]
    [InlineData("رزق زميلنا سمير حداد، المولود في زحلة سنة 1941، بابنه البكر شادي سنة 1969، وهو اليوم مهندس.", false)]
    [InlineData("أبوه القاضي شمس الدين، ولد سنة 640 هـ وتوفي سنة 701 هـ. وأما ابنه صاحب هذه الترجمة فمولده سنة خمس وثلاثين وستمائة.", true)]
    [InlineData("أبوه القاضي شمس الدين، ولد سنة 610 هـ وتوفي سنة 701 هـ. وأما ابنه صاحب هذه الترجمة فمولده سنة خمس وثلاثين وستمائة.", false)]
    public void AChildToldFromTheParent(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "family-order").Length > 0);

    // A parent named in apposition after a kin noun, and the person's birth in the next sentence.
    [Theory]
    [InlineData("قرأ الشيخ أمين الزيات على أبيه الشيخ رشيد الزيات المقرئ، المولود سنة 1941. أما أمين فولد سنة 1937 في طنطا.", true)]
    [InlineData("قرأ الشيخ أمين الزيات على أبيه الشيخ رشيد الزيات المقرئ، المولود سنة 1901. أما أمين فولد سنة 1937 في طنطا.", false)]
    public void AParentInApposition(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "family-order").Length > 0);

    // Silent: a rank word that qualifies a thing, twins, half-siblings, a rank word of another set of siblings.
    [Theory]
    [InlineData("الجزء الأكبر من المال ذهب إلى الوقف سنة 1930، والجزء الأصغر صرف سنة 1925.")]
    [InlineData("ولد التوأمان معًا: الأكبر سامي ولد سنة 1950 قبل أخيه بدقائق، والأصغر رامي ولد سنة 1950.")]
    [InlineData("ولد الأمير سنجر سنة تسعين ومائتين وألف. وفي سنة خمس وثمانين ومائتين وألف ولد له حفيده داود بالقلعة.")]
    [InlineData("احتفل التاجر نعيم بعيد مولد ابنه سنة 1950 في بيروت، وكان نعيم قد ولد سنة 1945.")]
    [InlineData("ولد الشاعر ماهر سنة 1940 في حلب، ثم ولد أخوه الأصغر في العام نفسه سنة 1940.")]
    [InlineData("ولد المطرب فريد سنة 1930، وولد في الشهر نفسه سنة 1925 أبوه الذي صار شيخًا للحارة.")]
    public void StaysSilent(string text)
        => Assert.Empty(Flags(text, "family-order"));
}
