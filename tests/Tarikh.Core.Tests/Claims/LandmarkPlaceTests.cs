using Tarikh.Core.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>
/// Round 16 (issue x2): a place named as a landmark ("قرب"، "بالقرب من"، "بجوار"، "في ضواحي"، "شمال") is not the place of the birth
/// or death; the place after "في" itself still is.
/// </summary>
public class LandmarkPlaceTests
{
    private static IEnumerable<string> Places(string text, string property)
        => ClaimExtractorTests.Run(text).Claims.Where(c => c.Property == property).Select(c => c.Value.Text ?? "");

    [Theory]
    [InlineData("ولد الرسام سليم الخوري عام 1890 في قرية صغيرة قرب دمشق.", "دمشق")]
    [InlineData("ولد الطبيب نبيل حداد عام 1921 بالقرب من حلب.", "حلب")]
    [InlineData("توفي الشاعر وديع العطار سنة 1962 في مزرعة شمال بيروت.", "بيروت")]
    public void LandmarkIsNoBirthOrDeathPlace(string text, string landmark)
    {
        Assert.DoesNotContain(landmark, Places(text, ClaimProperties.BirthPlace).Concat(Places(text, ClaimProperties.DeathPlace)));
    }

    [Theory]
    [InlineData("ولد الرسام سليم الخوري عام 1890 في دمشق.", ClaimProperties.BirthPlace, "دمشق")]
    [InlineData("توفي الشاعر وديع العطار سنة 1962 في بيروت.", ClaimProperties.DeathPlace, "بيروت")]
    public void PlaceAfterFiStaysThePlace(string text, string property, string place)
    {
        Assert.Contains(place, Places(text, property));
    }
}
