using System.Collections.Frozen;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>A place named as a landmark ("near", "north of") beside the place an act happened in (round 16, issue x2).</summary>
public sealed partial class ClaimExtractor
{
    /// <summary>
    /// Nouns that set a place as a landmark of another one: "قرب"، "بالقرب من"، "على مقربة من"، "بجوار"، "في ضواحي"، "شمال"،
    /// "جنوب غرب"… The act did not happen in that place but near it, so it is not the birth or death place.
    /// </summary>
    private static readonly FrozenSet<string> LandmarkNouns = new[]
    {
        "قرب", "مقربة", "قريب", "قريبا", "قريبة", "جوار", "ضواحي", "ضاحية", "أطراف", "اطراف", "نواحي", "ناحية",
        "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "بعيدا", "بعيد",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True when the place mention is a landmark of the act's place: right after a landmark noun ("ولد في قرية صغيرة قرب حلب"،
    /// "توفي في ضواحي دمشق"، "ولد في بلدة شمال بيروت"), with "من" or "عن" between them ("بالقرب من"، "على بعد ميلين من").
    /// </summary>
    internal static bool IsLandmarkPlace(DocumentIndex index, TextSpan placeSpan)
    {
        var k = index.FirstTokenOf(placeSpan) - 1;
        if (k < 0)
        {
            return false;
        }

        if (index.Tokens[k].Base is "من" or "عن" && k > 0)
        {
            k--;
        }

        return LandmarkNouns.Contains(index.Tokens[k].Base) || LandmarkNouns.Contains(index.SourceNorm(k));
    }
}
