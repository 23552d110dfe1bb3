using Tarikh.Core.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>A parent named with "تدعى/يدعى/اسمها/اسمه" after the kinship noun, both ways (full pipeline).</summary>
public sealed class NamedParentClaimsTests
{
    [Theory]
    [InlineData("وُلد أحمد زويل في دمنهور عام 1946 لأب يعمل موظفًا وأم تدعى روحية سعد.", ClaimProperties.Mother, "روحية سعد")]
    [InlineData("نشأ سليم البستاني في بيروت، وكانت أمه تدعى راحيل عطا.", ClaimProperties.Mother, "راحيل عطا")]
    [InlineData("وُلد جبران خليل جبران في بشري عام 1883، وكان أبوه يدعى خليل.", ClaimProperties.Father, "خليل")]
    [InlineData("وُلد فيودور دوستويفسكي في موسكو سنة 1821 لأب طبيب هو ميخائيل أندرييفيتش.", ClaimProperties.Father, "ميخائيل أندرييفيتش")]
    [InlineData("وُلد فيودور دوستويفسكي في موسكو سنة 1821، وأمه هي ماريا نيتشاييفا.", ClaimProperties.Mother, "ماريا نيتشاييفا")]
    public void A_parent_named_after_the_cue_is_the_mother_or_father_of_the_person(string text, string property, string name)
    {
        var d = ClaimExtractorTests.Run(text);
        var claim = Assert.Single(d.Claims, c => c.Source == NamedParentClaims.Source);
        Assert.Equal(property, claim.Property);
        Assert.Equal(name, claim.Value.Text);
        Assert.Equal(Tarikh.Core.Entities.EntityLabels.Person, d.Clusters[claim.Subject].Label);
    }

    [Theory]
    [InlineData("وله أخ أصغر اسمه عمر، ولد سنة 705 هـ.")]
    [InlineData("ثم أصدر صحيفة إخبارية اسمها رابوتشي ديلو في بطرسبورغ.")]
    [InlineData("وُلد فيودور دوستويفسكي في موسكو سنة 1821، وأمه هي ابنة تاجر من موسكو.")]
    [InlineData("وُلد فيودور دوستويفسكي في موسكو سنة 1821، وكان أبوه هو الذي علّمه القراءة.")]
    [InlineData("وُلد فيودور دوستويفسكي في موسكو سنة 1821 لأب هي ماريا.")]
    public void A_name_after_another_noun_is_no_parent(string text)
    {
        var d = ClaimExtractorTests.Run(text);
        Assert.DoesNotContain(d.Claims, c => c.Source == NamedParentClaims.Source);
    }
}
