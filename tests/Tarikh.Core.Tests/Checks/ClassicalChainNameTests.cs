using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 11 (lead, issue 12): the name-anomaly rule's work-based check against a classical name chain. An author's full chain
/// (kunya, ism, nasab, one or two nisbas) beside his own work is his name: its last word after بن is his father's ism, not a
/// family name, and a second nisba beside his own is not another person's family name. A chain that ends in another person's
/// family name and carries none of the author's own is still a slip. Full pipeline, sentences written here.
/// </summary>
public class ClassicalChainNameTests
{
    [Theory]
    // al-Mas'udi's own chain in an encyclopedia header: ism and nasab, no nisba.
    [InlineData("المسعودي (ت 956 م): أبو الحسن علي بن الحسين، مؤرخ ورحالة، صاحب «مروج الذهب» و«التنبيه والإشراف».")]
    // al-Biruni's kunya, ism and nasab.
    [InlineData("البيروني (973 – 1048 م): أبو الريحان محمد بن أحمد، عالم فلكي ورياضي، صاحب «الآثار الباقية عن القرون الخالية».")]
    // al-Biruni's chain with a second nisba (al-Khwarizmi's) beside his own.
    [InlineData("ومن أشهر كتب الرحالة محمد بن أحمد البيروني الخوارزمي كتاب «تحقيق ما للهند من مقولة».")]
    public void AnAuthorsOwnClassicalChainStaysSilent(string text)
        => Assert.Empty(Flags(text, "name-anomaly"));

    [Theory]
    // al-Mas'udi's kunya with al-Biruni's nisba and nothing of his own.
    [InlineData("قرأ الطالب كتاب «مروج الذهب» لأبي الحسن البيروني في مكتبة الجامعة.", "أبي الحسن البيروني")]
    // Ibn Khaldun's book, al-Ghazali's kunya before بن and Ibn Khaldun's name: the family after بن is still read.
    [InlineData("نسخ الوراق كتاب «المقدمة» لأبي حامد بن خلدون في القاهرة.", "أبي حامد بن خلدون")]
    public void AChainWithAnotherPersonsNameAndNoneOfTheAuthorsStillFires(string text, string evidence)
        => FiresAt(text, "name-anomaly", evidence);
}
