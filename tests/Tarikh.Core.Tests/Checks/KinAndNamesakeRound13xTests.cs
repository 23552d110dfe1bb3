using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 13 after-scoring fixes (x3), by class, on sentences written for these tests: a namesake the text itself sets apart from a
/// work's author, a relative's "من مواليد" after a kinship word, and a relative's lifespan after a name sharing the family name.
/// Both ways, through the whole pipeline (span-checked).
/// </summary>
public class KinAndNamesakeRound13xTests
{
    // A mixed classical name before "صاحب «…»" is a slip; the same name set apart by "ليس هو"، "غير"، "سميّ … وافقه في الاسم" is a namesake.
    [Theory]
    [InlineData("وعظ أبو الفرج عبد الرحمن بن يوسف البغدادي صاحب «صيد الخاطر» في جامع المنصور.", true)]
    [InlineData("وأبو الفرج عبد الرحمن بن يوسف البغدادي ليس هو صاحب «صيد الخاطر» كما ظن بعض المترجمين.", false)]
    [InlineData("وأبو الفرج عبد الرحمن بن يوسف البغدادي سميّ صاحب «صيد الخاطر»، وقد وافقه في الاسم والكنية.", false)]
    [InlineData("وأبو الفرج عبد الرحمن بن يوسف البغدادي الواعظ غير مؤلف «صيد الخاطر».", false)]
    public void ANamesakeTheTextSetsApartIsNoSlip(string text, bool flagged)
    {
        Assert.Equal(flagged, Flags(text, "name-anomaly").Length > 0);
    }

    // "وأبوه كوفاليوف، وهو من مواليد …": the relative's birth, not a second birth of the son.
    [Theory]
    [InlineData("ولد الطبيب الروسي بافل ليونوفيتش كوفاليوف في ريازان عام 1861. وأبوه كوفاليوف، وهو من مواليد 1829، كان نجارًا.", false)]
    [InlineData("ولد الطبيب الروسي بافل سيرغييفيتش كوفاليوف في ريازان عام 1861. وكان كوفاليوف، وهو من مواليد 1859، طبيبًا.", true)]
    public void ARelativesBornInIsNotTheSubjects(string text, bool flagged)
    {
        Assert.Equal(flagged, Flags(text, "conflicting-values").Length > 0);
    }

    // "وخدم ابنه البكر … تولستوي (1863–1947)": the son's lifespan, not a second death of the father named by the family name.
    [Theory]
    [InlineData("توفي الروائي تولستوي عام 1910. وخدم ابنه البكر سيرغي لفوفيتش تولستوي (1863–1947) في وزارة الزراعة.", false)]
    [InlineData("توفي الروائي تولستوي عام 1910. وخدم الكاتب سيرغي لفوفيتش تولستوي (1863–1947) في وزارة الزراعة.", true)]
    public void ARelativesLifespanAfterASharedFamilyNameIsHis(string text, bool flagged)
    {
        Assert.Equal(flagged, Flags(text, "conflicting-values", Tarikh.Core.Checks.Severity.Info).Length > 0);
    }

    // "ولد سنة … وتوفي أبوه محمود (610–655 هـ) وهو ابن خمس سنين": the father's death is his lifespan's end, not the son's birth
    // year, and the age is the son's; a death dated in its own clause still conflicts with the lifespan.
    [Theory]
    [InlineData("نشأ الفقيه عمر بن محمود الحلبي يتيمًا؛ إذ ولد سنة 650 هـ وتوفي أبوه محمود (610–655 هـ) وهو ابن خمس سنين.", false)]
    [InlineData("الفقيه محمود الحلبي (610–655 هـ) من علماء حلب. ولد ابنه عمر سنة 650 هـ، وتوفي محمود سنة 652 هـ ودفن بحلب.", true)]
    public void ARelativesDeathWithItsOwnLifespanTakesNoOtherClausesDate(string text, bool flagged)
    {
        Assert.Equal(flagged, Flags(text, "conflicting-values", Tarikh.Core.Checks.Severity.Info).Length > 0);
        Assert.Empty(Flags(text, "lifespan"));
    }

    // "وأبوه ليون كوفاليوف، وهو من مواليد …": the father's "من مواليد" in his phrase is compared with the son's birth.
    [Theory]
    [InlineData("1856", true)]
    [InlineData("1829", false)]
    public void AFathersBornInAfterHisKinshipWordIsComparedWithTheChild(string year, bool flagged)
    {
        var text = $"ولد الطبيب الروسي بافل ليونوفيتش كوفاليوف في ريازان عام 1861. وأبوه ليون كوفاليوف، وهو من مواليد {year}، كان نجارًا.";
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }
}
