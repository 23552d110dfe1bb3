using Tarikh.Core.Claims;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Round 21 (21k1): a place of birth or death that the KB does not hold is no contradiction by itself — it may be a quarter or a
/// village inside the KB's place (note <c>unlinked-place</c>). A city is not: one city does not lie inside another. When the
/// text's place is a city by the gazetteer (the cluster's kind) and every KB value of the property is a city by its "instance of"
/// (city, big city, million city, capital), the two name different cities ("توفي في كراتشي" where the KB has Bombay), and the claim
/// contradicts the KB (note <c>another-city</c>). The city must stand after "في" (or "في مدينة"/"بمدينة"): a gazetteer city may be a
/// person's name read as a place. The text's city is known by name only, so the flag is a warning.
/// </summary>
public sealed partial class ClaimVerifier
{
    private const string AnotherCityNote = "another-city";

    // "instance of" classes of a city.
    private static readonly string[] CityClasses = ["Q515", "Q1549591", "Q1637706", "Q5119", "Q200250"];

    /// <summary>The KB statement a city of the text contradicts (see the type's remarks), or null.</summary>
    private static KbStatement? AnotherCity(AnalyzedDocument document, Claim claim, IReadOnlyList<KbStatement> statements, IKnowledgeBase kb)
    {
        if (claim.Property is not (ClaimProperties.BirthPlace or ClaimProperties.DeathPlace) || statements.Count == 0
            || claim.Value.Cluster is not { } c || c < 0 || c >= document.Clusters.Length || document.Clusters[c].Kind != "city")
        {
            return null;
        }

        // The city is the complement of "في" ("توفي في كراتشي"، "في مدينة نيس"): a name the gazetteer holds as a city may be a person's
        // too ("وتوفي حتا سنة 1985": Hatta the man, not the town), and only a place after its preposition is read as one.
        var text = document.Source.Text;
        var mentions = document.Clusters[c].Mentions.Select(m => document.Entities[m].Span).ToList();
        if (!claim.Spans.Any(sp => mentions.Any(m => m.Overlaps(sp)) && StripMarks(WordBeforeAt(text, sp.Start).Word) is "في" or "بمدينة" or "مدينة"))
        {
            return null;
        }

        foreach (var s in statements)
        {
            if (s.MainSnak.Value.Item is not { } item || kb.Get(item) is not { } place || !place.ItemValues("P31").Any(CityClasses.Contains))
            {
                return null;
            }
        }

        return statements[0];
    }
}
