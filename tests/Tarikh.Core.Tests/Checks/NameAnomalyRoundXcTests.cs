using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// name-anomaly, round 20 (issue xc): an author's own ism and nasab with nisbas the list does not hold is his name, not a slip,
/// even when another famous man bears one of the nisbas; a chain ending in another's family name, or with a father not his, is
/// still flagged. And the fields added by class: the best-known players of the Arab national teams with their goals, Gulf
/// novelists, Sudanese poets whose poems great singers sang. Sentences written for these tests.
/// </summary>
public class NameAnomalyRoundXcTests
{
    private static void Expect(string text, bool flagged) => RuleFlagAssert.SingleWarningOrNone("name-anomaly", text, flagged);

    [Theory]
    [InlineData("وأتمّ أبو الحسن علي بن محمد الشيباني الجزري كتابه «الكامل في التاريخ» في الموصل.", false)]
    [InlineData("وأتمّ علي بن محمد بن محمد الشيباني كتابه «الكامل في التاريخ» في الموصل.", false)]
    [InlineData("وأتمّ علي بن محمد بن خلدون كتابه «الكامل في التاريخ» في الموصل.", true)]
    [InlineData("وأتمّ علي بن أحمد الشيباني الجزري كتابه «الكامل في التاريخ» في الموصل.", true)]
    public void OwnNasabWithNisbas(string text, bool flagged) => Expect(text, flagged);

    [Theory]
    [InlineData("وفي نهائي كأس آسيا سجل نشأت محمود هدفا برأسه فتوّج المنتخب باللقب.", true)]
    [InlineData("وفي نهائي كأس آسيا سجل يونس محمود هدفا برأسه فتوّج المنتخب باللقب.", false)]
    [InlineData("وسجل رابح بلومي بالكعب هدفا في نهائي كأس أوروبا للأندية مع بورتو.", true)]
    [InlineData("وسجل رابح ماجر بالكعب هدفا في نهائي كأس أوروبا للأندية مع بورتو.", false)]
    [InlineData("ولعب رابح بلومي مع فريق الحي مباراة ودية أمس.", false)]
    public void ArabFootballers(string text, bool flagged) => Expect(text, flagged);

    [Theory]
    [InlineData("وصدرت رواية «موت صغير» للروائي محمد حسن السنعوسي فنالت الجائزة.", true)]
    [InlineData("وصدرت رواية «موت صغير» للروائي محمد حسن علوان فنالت الجائزة.", false)]
    [InlineData("وأنشدت المطربة قصيدة «أغدا ألقاك» للشاعر الهادي آدم في حفلها.", false)]
    public void GulfNovelistsAndSudanesePoets(string text, bool flagged) => Expect(text, flagged);
}
