using System.Globalization;
using System.Text;

namespace Tarikh.Storage.Knowledge;

/// <summary>
/// Writes a synthetic Wikidata dump of a given size in the exact dump shape (<c>[</c>, one entity per line
/// ending with <c>,</c>, <c>]</c>) with the real statement structure: labels, descriptions and aliases in
/// many languages, sitelinks, statements with ids, ranks, qualifiers and references, time values with
/// precision and calendar model (some Julian, some with month and day <c>00</c>, a few negative years).
/// Humans (P31 Q5) with dates, places and relatives; places (Q515) with countries and coordinates.
/// Ids start at Q90000001 (local ids, above real ones). Deterministic for a seed.
/// </summary>
public static class SyntheticDump
{
    private static readonly string[] Languages = ["ar", "en", "fr", "de", "ru", "es", "it", "fa", "tr", "ur", "ja", "zh", "pt", "nl", "pl", "sv", "uk", "he", "id", "ms"];
    private static readonly string[] ArabicFirst = ["أحمد", "محمد", "علي", "حسن", "خليل", "يوسف", "إبراهيم", "عمر", "سليم", "فريد", "ماريا", "آنا", "أولغا", "زينب", "فاطمة", "ليلى"];
    private static readonly string[] ArabicLast = ["الصيداوي", "الحلبي", "البغدادي", "المصري", "الدمشقي", "أوليانوف", "كروبسكايا", "التونسي", "المغربي", "الحسيني"];
    private static readonly string[] LatinFirst = ["Ahmad", "Muhammad", "Ali", "Hasan", "Khalil", "Yusuf", "Ibrahim", "Umar", "Salim", "Farid", "Maria", "Anna", "Olga", "Zaynab", "Fatima", "Layla"];
    private static readonly string[] LatinLast = ["Saidawi", "Halabi", "Baghdadi", "Masri", "Dimashqi", "Ulyanov", "Krupskaya", "Tunisi", "Maghribi", "Husayni"];

    /// <summary>The first synthetic id.</summary>
    public const long FirstId = 90_000_001;

    /// <summary>Writes <paramref name="entities"/> entities (about nine humans to one place).</summary>
    public static void Write(TextWriter writer, int entities, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var random = new Random(seed);
        writer.Write("[\n");
        var sb = new StringBuilder(16 * 1024);
        for (var i = 0; i < entities; i++)
        {
            sb.Clear();
            var id = FirstId + i;
            if (i % 10 == 0)
            {
                Place(sb, id, random, entities);
            }
            else
            {
                Human(sb, id, random, entities);
            }

            sb.Append(i == entities - 1 ? "\n" : ",\n");
            writer.Write(sb);
        }

        writer.Write("]\n");
    }

    private static string Q(long id) => "Q" + id.ToString(CultureInfo.InvariantCulture);

    private static void Terms(StringBuilder sb, string name, Func<string, string> valueOf)
    {
        sb.Append('"').Append(name).Append("\":{");
        for (var i = 0; i < Languages.Length; i++)
        {
            var l = Languages[i];
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append('"').Append(l).Append("\":{\"language\":\"").Append(l).Append("\",\"value\":\"").Append(valueOf(l)).Append("\"}");
        }

        sb.Append('}');
    }

    private static void Human(StringBuilder sb, long id, Random r, int entities)
    {
        var f = r.Next(ArabicFirst.Length);
        var l = r.Next(ArabicLast.Length);
        var ar = $"{ArabicFirst[f]} {ArabicLast[l]} {id % 1000}";
        var en = $"{LatinFirst[f]} {LatinLast[l]} {id % 1000}";
        sb.Append("{\"type\":\"item\",\"id\":\"").Append(Q(id)).Append("\",");
        Terms(sb, "labels", lang => lang == "ar" || lang == "fa" || lang == "ur" ? ar : en);
        sb.Append(',');
        Terms(sb, "descriptions", lang => lang == "ar" ? "شخصية تاريخية مصطنعة للاختبار" : "synthetic historical person for testing");
        sb.Append(",\"aliases\":{\"ar\":[{\"language\":\"ar\",\"value\":\"").Append(ArabicFirst[f]).Append(' ').Append(ArabicLast[l]).Append("\"}],")
          .Append("\"en\":[{\"language\":\"en\",\"value\":\"").Append(LatinFirst[f]).Append(' ').Append(LatinLast[l]).Append("\"},{\"language\":\"en\",\"value\":\"")
          .Append(LatinLast[l]).Append("\"}]},\"claims\":{");
        var born = 1000 + r.Next(950);
        var julian = born < 1900 && r.Next(3) == 0;
        Claim(sb, id, "P31", Item("P31", 5), r, first: true);
        Claim(sb, id, "P21", Item("P21", r.Next(2) == 0 ? 6581097 : 6581072), r);
        Claim(sb, id, "P569", Time("P569", born, r, julian), r, qualifiers: null);
        Claim(sb, id, "P570", Time("P570", born + 20 + r.Next(70), r, julian), r);
        Claim(sb, id, "P19", Item("P19", FirstId + (r.Next(Math.Max(entities / 10, 1)) * 10)), r);
        Claim(sb, id, "P26", Item("P26", FirstId + 1 + r.Next(entities)), r, qualifiers: "\"P580\":[" + Time("P580", born + 25, r, julian) + "]");
        Claim(sb, id, "P22", Item("P22", FirstId + 1 + r.Next(entities)), r);
        Claim(sb, id, "P3373", Item("P3373", FirstId + 1 + r.Next(entities)), r, rank: r.Next(10) == 0 ? "deprecated" : "normal");
        Claim(sb, id, "P106", Item("P106", 36180), r);
        Claim(sb, id, "P39", Item("P39", 30185), r, qualifiers: "\"P580\":[" + Time("P580", born + 40, r, false) + "],\"P582\":[" + Time("P582", born + 45, r, false) + "]");
        Claim(sb, id, "P735", Item("P735", 4925477), r);
        Claim(sb, id, "P214", $"{{\"snaktype\":\"value\",\"property\":\"P214\",\"datavalue\":{{\"value\":\"{id}\",\"type\":\"string\"}},\"datatype\":\"external-id\"}}", r);
        sb.Append("},");
        Sitelinks(sb, ar, en);
        sb.Append('}');
    }

    private static void Place(StringBuilder sb, long id, Random r, int entities)
    {
        var ar = $"مدينة {ArabicLast[r.Next(ArabicLast.Length)]} {id % 1000}";
        var en = $"City {LatinLast[r.Next(LatinLast.Length)]} {id % 1000}";
        sb.Append("{\"type\":\"item\",\"id\":\"").Append(Q(id)).Append("\",");
        Terms(sb, "labels", lang => lang == "ar" ? ar : en);
        sb.Append(',');
        Terms(sb, "descriptions", lang => lang == "ar" ? "مدينة مصطنعة للاختبار" : "synthetic city for testing");
        sb.Append(",\"aliases\":{},\"claims\":{");
        Claim(sb, id, "P31", Item("P31", 515), r, first: true);
        Claim(sb, id, "P17", Item("P17", 159), r);
        Claim(sb, id, "P571", Time("P571", -(100 + r.Next(500)), r, true, precision: 9), r);
        Claim(sb, id, "P625", $"{{\"snaktype\":\"value\",\"property\":\"P625\",\"datavalue\":{{\"value\":{{\"latitude\":{(r.NextDouble() * 60).ToString("0.0000", CultureInfo.InvariantCulture)},\"longitude\":{(r.NextDouble() * 60).ToString("0.0000", CultureInfo.InvariantCulture)},\"altitude\":null,\"precision\":0.0001,\"globe\":\"http://www.wikidata.org/entity/Q2\"}},\"type\":\"globecoordinate\"}},\"datatype\":\"globe-coordinate\"}}", r);
        sb.Append("},");
        Sitelinks(sb, ar, en);
        sb.Append('}');
        _ = entities;
    }

    private static void Sitelinks(StringBuilder sb, string ar, string en)
    {
        sb.Append("\"sitelinks\":{\"arwiki\":{\"site\":\"arwiki\",\"title\":\"").Append(ar).Append("\",\"badges\":[]},")
          .Append("\"enwiki\":{\"site\":\"enwiki\",\"title\":\"").Append(en).Append("\",\"badges\":[]},")
          .Append("\"frwiki\":{\"site\":\"frwiki\",\"title\":\"").Append(en).Append("\",\"badges\":[\"Q17437796\"]}}");
    }

    private static string Item(string property, long numeric)
        => $"{{\"snaktype\":\"value\",\"property\":\"{property}\",\"datavalue\":{{\"value\":{{\"entity-type\":\"item\",\"numeric-id\":{numeric},\"id\":\"Q{numeric}\"}},\"type\":\"wikibase-entityid\"}},\"datatype\":\"wikibase-item\"}}";

    private static string Time(string property, int year, Random r, bool julian, int? precision = null)
    {
        var p = precision ?? (r.Next(4) == 0 ? 9 : 11);
        var month = p >= 10 ? 1 + r.Next(12) : 0;
        var day = p >= 11 ? 1 + r.Next(28) : 0;
        var sign = year < 0 ? "-" : "+";
        var cal = julian ? "Q1985786" : "Q1985727";
        return $"{{\"snaktype\":\"value\",\"property\":\"{property}\",\"datavalue\":{{\"value\":{{\"time\":\"{sign}{Math.Abs(year):D4}-{month:D2}-{day:D2}T00:00:00Z\",\"timezone\":0,\"before\":0,\"after\":0,\"precision\":{p},\"calendarmodel\":\"http://www.wikidata.org/entity/{cal}\"}},\"type\":\"time\"}},\"datatype\":\"time\"}}";
    }

    private static void Claim(StringBuilder sb, long id, string property, string mainsnak, Random r, bool first = false, string? qualifiers = null, string rank = "normal")
    {
        if (!first)
        {
            sb.Append(',');
        }

        sb.Append('"').Append(property).Append("\":[{\"mainsnak\":").Append(mainsnak).Append(",\"type\":\"statement\"");
        if (qualifiers is not null)
        {
            sb.Append(",\"qualifiers\":{").Append(qualifiers).Append("},\"qualifiers-order\":[\"P580\"]");
        }

        sb.Append(",\"id\":\"Q").Append(id.ToString(CultureInfo.InvariantCulture)).Append('$').Append(Guid(r)).Append("\",\"rank\":\"").Append(rank).Append('"');
        sb.Append(",\"references\":[{\"hash\":\"").Append(Guid(r).Replace("-", "", StringComparison.Ordinal)[..32]).Append("\",\"snaks\":{\"P248\":[")
          .Append(Item("P248", 36578)).Append("],\"P813\":[").Append(Time("P813", 2024, r, false, 11))
          .Append("]},\"snaks-order\":[\"P248\",\"P813\"]}]}]");
    }

    private static string Guid(Random r)
    {
        Span<byte> b = stackalloc byte[16];
        r.NextBytes(b);
        return new System.Guid(b).ToString().ToUpperInvariant();
    }
}
