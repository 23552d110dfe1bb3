using Tarikh.Core.Checks;
using Tarikh.Core.Tests.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 23 (issue 12, coder 23c), both ways through the whole pipeline, sentences written for these tests: one death restated
/// with another word ("موت فلان"، "انتقل … إلى جوار ربه"، "مضى … شهيدا"، "ولمّا مات فلان بـ…"), the first century's Hijri years in
/// words compared with each other, the Maghrebi kinship words ("باه"، "خوه") with the ranks "الكبير"/"الصغير", the colloquial
/// and the relative "اللي".
/// </summary>
public class ConflictingValuesRound23Tests
{
    private static List<Flag> Flags(string text, string rule)
        => ClaimExtractorTests.Run(text).Flags.Where(f => f.Rule == rule && f.Severity >= Severity.Warning).ToList();

    [Theory]
    [InlineData("وفي رجب من سنة ستين توفي معاوية بن أبي سفيان بدمشق. وكان موت معاوية في سنة تسع وخمسين.")]
    [InlineData("توفي خالد بن الوليد بحمص سنة 21 هـ. وكانت وفاته سنة 23 هـ.")]
    [InlineData("انتقل الوزير خير الدين باشا إلى جوار ربه بالآستانة عام 1890. وقد فاضت روحه في داره سنة 1884.")]
    [InlineData("قتل عمر المختار شنقا سنة 1931. وقد مضى المجاهد شهيدا سنة 1929.")]
    [InlineData("ومات هشام بن عبد الملك بالرصافة سنة 125 هـ. ولما مات هشام بدمشق بويع الوليد بن يزيد.")]
    [InlineData("ومات هشام بن عبد الملك بالرصافة سنة 125 هـ. ولما توفي هشام بدمشق حزن الناس.")]
    public void OneDeathRestatedWithAnotherWordConflicts(string text) => Assert.NotEmpty(Flags(text, "conflicting-values"));

    [Theory]
    // Hedged alternatives are the text's own "sources differ".
    [InlineData("توفي معاوية بن أبي سفيان بدمشق في رجب سنة ستين، وقيل سنة تسع وخمسين.")]
    [InlineData("توفي معاوية بن أبي سفيان بدمشق سنة ستين، ويقال بل مات سنة تسع وخمسين.")]
    [InlineData("توفي خالد بن الوليد بحمص سنة إحدى وعشرين، وفي رواية أنه مات بالمدينة.")]
    // Two people: a death of another.
    [InlineData("وفي سنة ستين توفي معاوية. وكان موت يزيد سنة أربع وستين.")]
    // A short Hijri year in words is not compared with a full one (a later chronicle's elided century).
    [InlineData("توفي الشيخ سنة 1350 هـ. وكانت وفاته في سنة خمسين.")]
    // The same date in the other calendar; a death and a burial elsewhere; a city and its quarter.
    [InlineData("توفي الشيخ سنة 1350 هـ. وكان موته سنة 1931 م.")]
    [InlineData("توفي الشاعر في القاهرة سنة 1932 ودفن في الإسكندرية.")]
    [InlineData("مات هشام بالرصافة سنة 125 هـ. ولما مات هشام دفن بالرصافة.")]
    [InlineData("توفي الأمير في حي الميدان بدمشق سنة 1900. وكانت وفاته في دمشق.")]
    // "الموت" with the article, and a father's death, are no second death of the subject.
    [InlineData("كان الناس يخافون الموت سنة 1348. وبعد موت أبيه سنة 1350 رحل الشاعر إلى القاهرة سنة 1351.")]
    // "انتقل إلى جوار المسجد": a move; "لمّا" before an imperfect negates.
    [InlineData("انتقل التاجر إلى جوار المسجد الكبير سنة 1890. وتوفي سنة 1900.")]
    [InlineData("توفي الشيخ سنة 1900. ولما يمت أبوه حتى رأى أحفاده.")]
    // A birth place and the place of upbringing; a town and its province.
    [InlineData("ولد الشاعر في سيق قرب معسكر سنة 1958، ونشأ في وهران.")]
    public void AgreeingOrHedgedOrAnothersIsSilent(string text) => Assert.Empty(Flags(text, "conflicting-values"));

    [Theory]
    [InlineData("الشاب خالد تزاد فعام 1960، وخوه الصغير رشيد تزاد فعام 1955.")]
    [InlineData("مولاي عبد العزيز هو الخو الكبير، تزاد فعام 1878، وخوه الصغير مولاي عبد الحفيظ تزاد فعام 1875.")]
    [InlineData("مولاي الحسن الأول تزاد فعام 1836، وباه السلطان سيدي محمد الرابع اللي تزاد عام 1840 هو اللي رباه.")]
    [InlineData("ولد الأمير عبد القادر سنة 1808، وأخوه الصغير محمد السعيد ولد سنة 1800.")]
    public void DialectKinAndRanksOrderTheFamily(string text)
    {
        Assert.NotEmpty(Flags(text, "family-order"));
        Assert.Empty(Flags(text, "conflicting-values"));
    }

    [Theory]
    [InlineData("الشاب خالد تزاد فعام 1960، وخوه الكبير رشيد تزاد فعام 1955.")]
    [InlineData("مولاي الحسن الأول تزاد فعام 1836، وباه السلطان سيدي محمد الرابع اللي تزاد عام 1810 هو اللي رباه.")]
    [InlineData("ولد الأمير عبد القادر سنة 1808، وأخوه الكبير محمد السعيد ولد سنة 1800.")]
    // "الصغرى", the youngest, correctly born last.
    [InlineData("ولدت خيرة سنة 1955، بينما ولدت أختها الصغرى زهوانية سنة 1963.")]
    public void DialectKinInTrueOrderIsSilent(string text)
    {
        Assert.Empty(Flags(text, "family-order"));
        Assert.Empty(Flags(text, "conflicting-values"));
    }
}
