using System.Collections.Frozen;

namespace Tarikh.Core.Knowledge;

/// <summary>The coarse types the linker and the import filter use.</summary>
public enum KbType
{
    /// <summary>None of the others (or unknown).</summary>
    Other,
    /// <summary>A human (P31 Q5).</summary>
    Human,
    /// <summary>A place: settlement, country or state, region, river, mountain…</summary>
    Place,
    /// <summary>An organization: party, university, institution, newspaper…</summary>
    Organization,
    /// <summary>An event: congress, treaty, revolution, war, reform…</summary>
    Event,
}

/// <summary>
/// Classifies an entity by its "instance of" (P31) values: the usual Wikidata classes of each type, and,
/// when the knowledge base holds the class items, their "subclass of" (P279) chain up to a few steps.
/// </summary>
public static class KbTypes
{
    private static readonly FrozenDictionary<string, KbType> Classes = new Dictionary<string, KbType>
    {
        ["Q5"] = KbType.Human,
        // places
        ["Q515"] = KbType.Place, ["Q1549591"] = KbType.Place, ["Q1637706"] = KbType.Place, ["Q486972"] = KbType.Place,
        ["Q5119"] = KbType.Place, ["Q3957"] = KbType.Place, ["Q532"] = KbType.Place, ["Q6256"] = KbType.Place,
        ["Q3624078"] = KbType.Place, ["Q7275"] = KbType.Place, ["Q3024240"] = KbType.Place, ["Q48349"] = KbType.Place,
        ["Q417175"] = KbType.Place, ["Q1250464"] = KbType.Place, ["Q107390"] = KbType.Place, ["Q15634554"] = KbType.Place,
        ["Q82794"] = KbType.Place, ["Q1620908"] = KbType.Place, ["Q2221906"] = KbType.Place, ["Q10864048"] = KbType.Place,
        ["Q4022"] = KbType.Place, ["Q23397"] = KbType.Place, ["Q8502"] = KbType.Place, ["Q5107"] = KbType.Place,
        ["Q56061"] = KbType.Place, ["Q1048835"] = KbType.Place, ["Q2514025"] = KbType.Place, ["Q1093829"] = KbType.Place,
        ["Q15284"] = KbType.Place, ["Q13220204"] = KbType.Place, ["Q19953632"] = KbType.Place, ["Q1307214"] = KbType.Place,
        ["Q43702"] = KbType.Place, ["Q179164"] = KbType.Place, ["Q2416217"] = KbType.Place,
        // governorate of Egypt, neighbourhood
        ["Q204910"] = KbType.Place, ["Q123705"] = KbType.Place,
        // organizations
        ["Q43229"] = KbType.Organization, ["Q7278"] = KbType.Organization, ["Q3918"] = KbType.Organization,
        ["Q875538"] = KbType.Organization, ["Q2385804"] = KbType.Organization, ["Q4830453"] = KbType.Organization,
        ["Q11032"] = KbType.Organization, ["Q7210356"] = KbType.Organization, ["Q484652"] = KbType.Organization,
        ["Q327333"] = KbType.Organization, ["Q15911314"] = KbType.Organization, ["Q1664720"] = KbType.Organization,
        ["Q31855"] = KbType.Organization, ["Q163740"] = KbType.Organization, ["Q1530022"] = KbType.Organization,
        ["Q902104"] = KbType.Organization, ["Q7188"] = KbType.Organization,
        // academy of sciences, academy, learned society, ministry, higher education institution, school, high school, magazine
        ["Q414147"] = KbType.Organization, ["Q1423994"] = KbType.Organization, ["Q955824"] = KbType.Organization,
        ["Q192350"] = KbType.Organization, ["Q38723"] = KbType.Organization, ["Q3914"] = KbType.Organization,
        ["Q9826"] = KbType.Organization, ["Q41298"] = KbType.Organization,
        // round 13 (13b): company, film production company, film studio, college, faculty, museum, library, publisher, hospital,
        // conservatory, daily newspaper, bank
        ["Q783794"] = KbType.Organization, ["Q1762059"] = KbType.Organization, ["Q375336"] = KbType.Organization,
        ["Q189004"] = KbType.Organization, ["Q180958"] = KbType.Organization, ["Q33506"] = KbType.Organization,
        ["Q7075"] = KbType.Organization, ["Q2085381"] = KbType.Organization, ["Q16917"] = KbType.Organization,
        ["Q184644"] = KbType.Organization, ["Q1110794"] = KbType.Organization, ["Q22687"] = KbType.Organization,
        // round 19 (19k2): institutions of the medieval Islamic world founded and endowed as bodies: mosque (a congregational
        // mosque as al-Azhar is a teaching body), madrasa, observatory
        ["Q32815"] = KbType.Organization, ["Q132834"] = KbType.Organization, ["Q62832"] = KbType.Organization,
        // round 20 (20k2): intergovernmental organization (the Arab League, the OIC), military unit (a standing force a council
        // founds), laboratory, primary school
        ["Q245065"] = KbType.Organization, ["Q176799"] = KbType.Organization, ["Q483242"] = KbType.Organization,
        ["Q9842"] = KbType.Organization,
        // events
        ["Q1190554"] = KbType.Event, ["Q1656682"] = KbType.Event, ["Q2761147"] = KbType.Event, ["Q625994"] = KbType.Event,
        ["Q131569"] = KbType.Event, ["Q10931"] = KbType.Event, ["Q198"] = KbType.Event, ["Q178561"] = KbType.Event,
        ["Q8065"] = KbType.Event, ["Q1371150"] = KbType.Event, ["Q124734"] = KbType.Event, ["Q2334719"] = KbType.Event,
        ["Q17317604"] = KbType.Event, ["Q1319279"] = KbType.Event, ["Q1555508"] = KbType.Event, ["Q3001412"] = KbType.Event,
        ["Q7283"] = KbType.Event, ["Q15275719"] = KbType.Event, ["Q18669875"] = KbType.Event, ["Q3241045"] = KbType.Event,
        // spaceflight, crewed spaceflight, peace treaty, election
        ["Q5916"] = KbType.Event, ["Q752783"] = KbType.Event, ["Q625298"] = KbType.Event, ["Q40231"] = KbType.Event,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The type of a class item id, or <see cref="KbType.Other"/>.</summary>
    public static KbType OfClass(string classId) => Classes.GetValueOrDefault(classId);

    /// <summary>Parses a type name of <c>--types</c> (<c>human</c>, <c>place</c>, <c>organization</c>, <c>event</c>).</summary>
    public static KbType? Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "human" or "person" => KbType.Human,
        "place" or "location" => KbType.Place,
        "organization" or "organisation" or "org" => KbType.Organization,
        "event" => KbType.Event,
        _ => null,
    };

    /// <summary>The type of an entity from its P31 values (no knowledge base: the fixed class list only).</summary>
    public static KbType Of(KbEntity entity, IKnowledgeBase? kb = null)
    {
        ArgumentNullException.ThrowIfNull(entity);
        foreach (var cls in entity.ItemValues("P31"))
        {
            var t = OfClass(cls);
            if (t != KbType.Other)
            {
                return t;
            }
        }

        if (kb is null)
        {
            return KbType.Other;
        }

        // Follow "subclass of" from each class, a few steps, when the class items are in the KB.
        var frontier = entity.ItemValues("P31").ToList();
        var seen = new HashSet<string>(frontier, StringComparer.Ordinal);
        for (var depth = 0; depth < 3 && frontier.Count > 0; depth++)
        {
            var next = new List<string>();
            foreach (var c in frontier)
            {
                if (kb.Get(c) is not { } classItem)
                {
                    continue;
                }

                foreach (var parent in classItem.ItemValues("P279"))
                {
                    var t = OfClass(parent);
                    if (t != KbType.Other)
                    {
                        return t;
                    }

                    if (seen.Add(parent))
                    {
                        next.Add(parent);
                    }
                }
            }

            frontier = next;
        }

        return KbType.Other;
    }
}
