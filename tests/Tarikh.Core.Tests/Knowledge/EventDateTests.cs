using System.Text;
using System.Text.Json;
using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// Dates of named events found through the events layer (full pipeline): a verb that names a treaty after it, a date
/// written before the event's name, a foreign name cut by a clitic-like first letter; each both ways, and the date
/// that belongs to another act of the sentence is left alone. The KB is written here, in Wikidata's dump format.
/// </summary>
public sealed class EventDateTests
{
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(() =>
        KnowledgePipeline.WithKnowledge(TarikhPipeline.CreateDefault(TarikhResources.LoadDefault()), InMemoryKnowledgeBase.FromDump(Dump())));

    private const string Gregorian = "Q1985727";
    private const string Julian = "Q1985786";

    private static byte[] Dump()
    {
        var items = new[]
        {
            Item("Q90100001", "معاهدة لوزان", "Treaty of Lausanne", ("P31", "Q131569"), ("P585", Time(1923, 7, 24, 11, Gregorian)), ("P276", "Q90100002")),
            Item("Q90100002", "لوزان", "Lausanne", ("P31", "Q515")),
            Item("Q90100003", "معركة حطين", "Battle of Hattin", ("P31", "Q178561"), ("P585", Time(1187, 7, 4, 11, Julian))),
            Item("Q90100005", "صلاح الدين الأيوبي", "Saladin", ("P31", "Q5"), ("P569", Time(1138, 1, 1, 9, Julian)), ("P793", "Q90100003")),
            Item("Q90100006", "فوستوك 1", "Vostok 1", ("P31", "Q5916"), ("P585", Time(1961, 4, 12, 11, Gregorian)), ("P710", "Q90100007")),
            Item("Q90100007", "يوري غاغارين", "Yuri Gagarin", ("P31", "Q5"), ("P569", Time(1934, 3, 9, 11, Gregorian)), ("P793", "Q90100006")),
        };
        return Encoding.UTF8.GetBytes("[\n" + string.Join(",\n", items) + "\n]\n");
    }

    private static object Time(int year, int month, int day, int precision, string calendar) => new Dictionary<string, object>
    {
        ["time"] = $"+{year:D4}-{month:D2}-{day:D2}T00:00:00Z", ["timezone"] = 0, ["before"] = 0, ["after"] = 0, ["precision"] = precision,
        ["calendarmodel"] = "http://www.wikidata.org/entity/" + calendar,
    };

    private static string Item(string id, string ar, string en, params (string Property, object Value)[] claims)
    {
        var statements = new Dictionary<string, List<object>>();
        var n = 0;
        foreach (var (p, v) in claims)
        {
            object datavalue = v is string item
                ? new Dictionary<string, object> { ["value"] = new Dictionary<string, object> { ["entity-type"] = "item", ["numeric-id"] = int.Parse(item[1..], System.Globalization.CultureInfo.InvariantCulture), ["id"] = item }, ["type"] = "wikibase-entityid" }
                : new Dictionary<string, object> { ["value"] = v, ["type"] = "time" };
            var snak = new Dictionary<string, object> { ["snaktype"] = "value", ["property"] = p, ["datavalue"] = datavalue, ["datatype"] = v is string ? "wikibase-item" : "time" };
            if (!statements.TryGetValue(p, out var list))
            {
                statements[p] = list = [];
            }

            list.Add(new Dictionary<string, object> { ["mainsnak"] = snak, ["type"] = "statement", ["id"] = $"{id}${n++}", ["rank"] = "normal" });
        }

        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["type"] = "item", ["id"] = id,
            ["labels"] = new Dictionary<string, object> { ["ar"] = new { language = "ar", value = ar }, ["en"] = new { language = "en", value = en } },
            ["descriptions"] = new Dictionary<string, object>(), ["aliases"] = new Dictionary<string, object>(), ["claims"] = statements,
            ["sitelinks"] = new Dictionary<string, object>(),
        });
    }

    private static AnalyzedDocument Run(string text)
    {
        var doc = Pipeline.Value.Run(new SourceText(text, "test"));
        SpanAssert.Document(doc);
        return doc;
    }

    private static Verification DateOf(AnalyzedDocument d, string english)
    {
        var kb = ((KnowledgeStage)Pipeline.Value.Stages.Last()).KnowledgeBase;
        return Assert.Single(d.Verifications, v => v.Property == ClaimProperties.PointInTime && v.Kb is { } k && kb.Get(k.Item)?.Labels.GetValueOrDefault("en") == english);
    }

    [Theory]
    [InlineData("وقعت معاهدة لوزان في صيف عام 1925 بين تركيا والحلفاء.", Verdicts.Contradicted)]
    [InlineData("وقعت معاهدة لوزان في الرابع والعشرين من تموز/ يوليو عام 1923 بين تركيا والحلفاء.", Verdicts.Supported)]
    public void A_treaty_named_after_its_verb_has_its_date_compared(string text, string verdict)
    {
        var d = Run(text);
        Assert.Equal(verdict, DateOf(d, "Treaty of Lausanne").Verdict);
        Assert.Equal(verdict == Verdicts.Contradicted, d.Flags.Any(f => f.Rule == "kb-contradiction" && f.Spans.Any(s => d.TextOf(s).Contains("1925", StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("وفي سنة 590 هـ كانت معركة حطين التي انتصر فيها صلاح الدين الأيوبي على الصليبيين.", Verdicts.Contradicted)]
    [InlineData("وفي سنة 583 هـ كانت معركة حطين التي انتصر فيها صلاح الدين الأيوبي على الصليبيين.", Verdicts.Supported)]
    public void A_hijri_year_before_a_battle_s_name_is_compared_with_its_julian_kb_date(string text, string verdict)
        => Assert.Equal(verdict, DateOf(Run(text), "Battle of Hattin").Verdict);

    [Theory]
    [InlineData("وفي الثاني عشر من نيسان/ أبريل عام 1963 انطلق يوري غاغارين على متن المركبة فوستوك 1 حول الأرض.", Verdicts.Contradicted)]
    [InlineData("وفي الثاني عشر من نيسان/ أبريل عام 1961 انطلق يوري غاغارين على متن المركبة فوستوك 1 حول الأرض.", Verdicts.Supported)]
    public void A_name_cut_by_a_clitic_like_first_letter_links_and_the_date_opening_its_clause_is_compared(string text, string verdict)
    {
        var d = Run(text);
        Assert.Contains(d.KbLinks, l => l.Item == "Q90100006");
        Assert.Equal(verdict, DateOf(d, "Vostok 1").Verdict);
    }

    [Fact]
    public void A_date_another_act_of_the_sentence_takes_is_not_the_named_event_s()
    {
        var d = Run("وفي عام 1957 تزوج يوري غاغارين قبل أن ينطلق على متن المركبة فوستوك 1 حول الأرض.");
        Assert.DoesNotContain(d.Verifications, v => v.Property == ClaimProperties.PointInTime && v.Kb?.Item == "Q90100006");
        Assert.DoesNotContain(d.Flags, f => f.Rule == "kb-contradiction");
    }

    [Fact]
    public void A_birth_date_before_a_coordinated_verb_is_not_the_battle_s()
    {
        var d = Run("ولد صلاح الدين الأيوبي سنة 532 هـ في تكريت وشارك في معركة حطين.");
        Assert.DoesNotContain(d.Verifications, v => v.Property == ClaimProperties.PointInTime && v.Kb?.Item == "Q90100003");
        Assert.DoesNotContain(d.Flags, f => f.Rule == "kb-contradiction");
    }

    [Fact]
    public void A_real_conjunction_before_a_name_still_links_the_name_without_it()
    {
        var d = Run("سافر يوري غاغارين إلى جنيف ولوزان.");
        var lausanne = Assert.Single(d.Clusters, c => c.Name == "لوزان");
        Assert.Contains(d.KbLinks, l => l.Cluster == lausanne.Id && l.Item == "Q90100002");
    }
}
