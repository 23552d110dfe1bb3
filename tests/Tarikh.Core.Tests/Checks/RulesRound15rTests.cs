using Tarikh.Core.Checks;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 15 (issue 12, 12r): classes read both ways — canals, railway lines, Ottoman codes, sports competitions and founded cities
/// in the anachronism rule's list (with the acts that date them: riding, crossing, qualifying, a ruling under a code); numbered
/// court sessions, migrations and enlargements in the ordinal-series rule; a known title written bare after a maker noun ("صاحب
/// المقدمة") in the name-anomaly rule. Full pipeline, sentences written here; spans checked against the text by FlagAssert.
/// </summary>
public class RulesRound15rTests
{
    [Theory]
    [InlineData("سافر التاجر حسن البيروتي سنة 1845 على باخرة عبرت قناة السويس إلى البحر الأحمر.", "قناة السويس")]
    [InlineData("عمل والده سنة 1880 موظفا في سكة حديد الحجاز بمحطة معان.", "سكة حديد الحجاز")]
    [InlineData("فصلت المحكمة سنة 1820 في النزاع بموجب قانون الأراضي العثماني.", "قانون الأراضي العثماني")]
    [InlineData("تأهل المنتخب العراقي إلى كأس الخليج سنة 1962 وخرج من الدور الأول.", "كأس الخليج")]
    [InlineData("شارك المنتخب الكويتي في كأس العالم سنة 1922.", "كأس العالم")]
    [InlineData("وفي سنة 420هـ خرج الأمير من مراكش بجيشه نحو الشمال.", "مراكش")]
    public void AnActBeforeAListedBodyBeganIsFlagged(string text, string body)
    {
        FiresAt(text, "anachronism", body);
        Assert.All(Flags(text, "anachronism"), f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Theory]
    [InlineData("سافر التاجر حسن البيروتي سنة 1885 على باخرة عبرت قناة السويس إلى البحر الأحمر.")]
    [InlineData("عمل والده سنة 1912 موظفا في سكة حديد الحجاز بمحطة معان.")]
    [InlineData("فصلت المحكمة سنة 1870 في النزاع بموجب قانون الأراضي العثماني.")]
    [InlineData("تأهل المنتخب العراقي إلى كأس الخليج سنة 1976 وخرج من الدور الأول.")]
    [InlineData("شارك المنتخب الكويتي في كأس العالم سنة 1982.")]
    [InlineData("وفي سنة 520هـ خرج الأمير من مراكش بجيشه نحو الشمال.")]
    public void TheirTwinsInTheBodysYearsStaySilent(string text)
        => Assert.Empty(Flags(text, "anachronism"));

    [Theory]
    [InlineData("عقدت الجلسة الأولى للمحاكمة في شوال 1310هـ، والجلسة الثانية في رجب 1310هـ.")]
    [InlineData("كانت الهجرة الأولى للقبيلة إلى العراق سنة 1850م، والهجرة الثانية سنة 1820م.")]
    [InlineData("تمت التوسعة الثانية للمسجد سنة 1370هـ، والتوسعة الثالثة سنة 1350هـ.")]
    public void ALaterSessionMigrationOrEnlargementDatedBeforeAnEarlierOneIsFlagged(string text)
        => Assert.NotEmpty(Flags(text, "ordinal-series"));

    [Theory]
    [InlineData("عقدت الجلسة الأولى للمحاكمة في رجب 1310هـ، والجلسة الثانية في شوال 1310هـ.")]
    [InlineData("كانت الهجرة الأولى للقبيلة إلى العراق سنة 1820م، والهجرة الثانية سنة 1850م.")]
    [InlineData("تمت التوسعة الثانية للمسجد سنة 1350هـ، والتوسعة الثالثة سنة 1370هـ.")]
    public void SeriesInOrderStaySilent(string text)
        => Assert.Empty(Flags(text, "ordinal-series", Severity.Info));

    [Theory]
    [InlineData("ومن تلاميذ المدرسة عبد الرحمن بن بطوطة صاحب المقدمة.")]
    // "المؤرخ" before the name is "the historian", not the relative word "dated": the name is still read.
    [InlineData("ومن أشهرهم المؤرخ عبد الرحمن بن بطوطة صاحب «المقدمة».")]
    public void ABareTitleAfterAMakerNounTiesTheNameToItsAuthor(string text)
        => FiresAt(text, "name-anomaly", "بطوطة");

    [Theory]
    [InlineData("ومن تلاميذ المدرسة عبد الرحمن بن خلدون صاحب المقدمة.")]
    [InlineData("ومن أشهرهم المؤرخ عبد الرحمن بن خلدون صاحب «المقدمة».")]
    // An owner, not a maker: a short word after صاحب is not read as a title.
    [InlineData("وكان في القرية رجل اسمه محمد شوقي صاحب الأرض التي بنيت عليها المدرسة.")]
    public void TheAuthorsOwnNameOrAnOwnerStaysSilent(string text)
        => Assert.Empty(Flags(text, "name-anomaly", Severity.Info));
}
