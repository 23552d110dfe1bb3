using System.Collections.Frozen;
using System.Text;
using CsCheck;
using Tarikh.Core.Knowledge;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

public sealed class WikidataJsonReaderTests
{
    // A dump line as Wikidata writes it (abridged to a few statements), ending with a comma.
    private const string DumpLine = """
        {"type":"item","id":"Q90000001","labels":{"ar":{"language":"ar","value":"خليل الصيداوي"},"en":{"language":"en","value":"Khalil al-Saidawi"},"fr":{"language":"fr","value":"Khalil al-Saïdawi"}},"descriptions":{"ar":{"language":"ar","value":"طبيب لبناني"}},"aliases":{"ar":[{"language":"ar","value":"الصيداوي"}]},"claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":5,"id":"Q5"},"type":"wikibase-entityid"},"datatype":"wikibase-item"},"type":"statement","id":"Q90000001$A","rank":"normal"}],"P569":[{"mainsnak":{"snaktype":"value","property":"P569","datavalue":{"value":{"time":"+1891-10-12T00:00:00Z","timezone":0,"before":0,"after":0,"precision":11,"calendarmodel":"http://www.wikidata.org/entity/Q1985727"},"type":"time"},"datatype":"time"},"type":"statement","id":"Q90000001$B","rank":"preferred","references":[{"hash":"x","snaks":{}},{"hash":"y","snaks":{}}]},{"mainsnak":{"snaktype":"value","property":"P569","datavalue":{"value":{"time":"+1890-00-00T00:00:00Z","timezone":0,"before":0,"after":0,"precision":9,"calendarmodel":"http://www.wikidata.org/entity/Q1985786"},"type":"time"},"datatype":"time"},"type":"statement","id":"Q90000001$C","rank":"deprecated"}],"P26":[{"mainsnak":{"snaktype":"value","property":"P26","datavalue":{"value":{"entity-type":"item","numeric-id":90000002,"id":"Q90000002"},"type":"wikibase-entityid"},"datatype":"wikibase-item"},"type":"statement","qualifiers":{"P580":[{"snaktype":"value","property":"P580","datavalue":{"value":{"time":"+1921-00-00T00:00:00Z","timezone":0,"before":0,"after":0,"precision":9,"calendarmodel":"http://www.wikidata.org/entity/Q1985727"},"type":"time"},"datatype":"time"}],"P1545":[{"snaktype":"value","property":"P1545","datavalue":{"value":"1","type":"string"},"datatype":"string"}]},"id":"Q90000001$D","rank":"normal"}],"P20":[{"mainsnak":{"snaktype":"somevalue","property":"P20","datatype":"wikibase-item"},"type":"statement","id":"Q90000001$E","rank":"normal"}]},"sitelinks":{"arwiki":{"site":"arwiki","title":"خليل الصيداوي","badges":[]},"enwiki":{"site":"enwiki","title":"Khalil al-Saidawi","badges":[]}}},
        """;

    private static KbEntity Read(string json, KbReadOptions? options = null)
    {
        var r = WikidataJsonReader.Read(Encoding.UTF8.GetBytes(json), options);
        Assert.True(r.IsSuccess, r.Error);
        return r.Entity!;
    }

    [Fact]
    public void A_dump_line_with_its_trailing_comma_reads_labels_aliases_descriptions_and_the_arabic_sitelink()
    {
        var e = Read(DumpLine);
        Assert.Equal("Q90000001", e.Id);
        Assert.Equal("خليل الصيداوي", e.Labels["ar"]);
        Assert.Equal("Khalil al-Saidawi", e.Labels["en"]);
        Assert.Equal("الصيداوي", Assert.Single(e.Aliases["ar"]));
        Assert.Equal("طبيب لبناني", e.Descriptions["ar"]);
        Assert.Equal("خليل الصيداوي", e.ArWiki);
    }

    [Fact]
    public void Language_and_property_filters_drop_what_is_not_asked_for()
    {
        var e = Read(DumpLine, new KbReadOptions(FrozenSet.ToFrozenSet(["ar"]), FrozenSet.ToFrozenSet(["P569"])));
        Assert.Equal(["ar"], e.Labels.Keys);
        Assert.All(e.Statements, s => Assert.Equal("P569", s.Property));
    }

    [Fact]
    public void Time_values_keep_precision_calendar_and_month_and_day_00()
    {
        var e = Read(DumpLine);
        var times = e.Statements.Where(s => s.Property == "P569").Select(s => s.MainSnak.Value.Time!).ToList();
        Assert.Equal(new KbTime(1891, 10, 12, KbPrecision.Day, KbCalendars.Gregorian), times[0]);
        Assert.Equal(new KbTime(1890, 0, 0, KbPrecision.Year, KbCalendars.Julian), times[1]);
    }

    [Fact]
    public void Deprecated_statements_are_kept_but_never_offered_and_preferred_come_first()
    {
        var e = Read(DumpLine);
        Assert.Equal(2, e.Statements.Count(s => s.Property == "P569"));
        var best = Assert.Single(e.Best("P569"));
        Assert.Equal(KbRank.Preferred, best.Rank);
    }

    [Fact]
    public void Qualifiers_of_time_and_place_are_kept_others_dropped_and_references_counted()
    {
        var e = Read(DumpLine);
        var spouse = e.Statements.Single(s => s.Property == "P26");
        Assert.Equal("Q90000002", spouse.MainSnak.Value.Item);
        Assert.Equal(1921, spouse.Qualifier("P580")!.Time!.Year);
        Assert.Null(spouse.Qualifier("P1545"));
        Assert.Equal(2, e.Statements.First(s => s.Property == "P569").References);
    }

    [Fact]
    public void An_unknown_value_is_read_as_somevalue()
    {
        var e = Read(DumpLine);
        Assert.Equal(KbValueKind.SomeValue, e.Statements.Single(s => s.Property == "P20").MainSnak.Value.Kind);
    }

    [Theory]
    [InlineData("+1870-04-22T00:00:00Z", 1870L, 4, 22)]
    [InlineData("-0044-03-15T00:00:00Z", -44L, 3, 15)]
    [InlineData("+1900-00-00T00:00:00Z", 1900L, 0, 0)]
    [InlineData("+13798000000-00-00T00:00:00Z", 13798000000L, 0, 0)]
    public void Wikidata_time_strings_parse_with_signs_long_years_and_00(string text, long year, int month, int day)
    {
        Assert.True(WikidataJsonReader.TryParseTime(text, out var y, out var m, out var d));
        Assert.Equal((year, month, day), (y, m, d));
    }

    [Theory]
    [InlineData("{\"type\":\"item\",\"id\":\"Q1\",\"labels\":{\"ar\":")]
    [InlineData("{\"type\":\"item\",\"labels\":{}}")]
    [InlineData("not json at all")]
    [InlineData("{\"id\":\"Q1\",\"claims\":{\"P569\":[{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P569\",\"datavalue\":{\"value\":{\"time\":\"1870\",\"precision\":9},\"type\":\"time\"}}}]}}")]
    public void A_broken_line_is_an_error_value_not_an_exception(string line)
    {
        var r = WikidataJsonReader.Read(Encoding.UTF8.GetBytes(line));
        Assert.False(r.IsSuccess);
        Assert.False(string.IsNullOrEmpty(r.Error));
    }

    [Fact]
    public void Written_entities_read_back_the_same()
    {
        var e = Read(DumpLine);
        var again = WikidataJsonReader.Read(WikidataJsonWriter.ToUtf8(e));
        Assert.True(again.IsSuccess, again.Error);
        Assert.Equal(WikidataJsonWriter.ToUtf8(e), WikidataJsonWriter.ToUtf8(again.Entity!));
        Assert.Equal(e.Statements.Length, again.Entity!.Statements.Length);
        Assert.Equal(e.Statements.OrderBy(s => s.Id).Select(s => s.References), again.Entity.Statements.OrderBy(s => s.Id).Select(s => s.References));
    }

    [Fact]
    public void Time_values_of_any_year_month_day_and_precision_round_trip_through_the_writer()
    {
        Gen.Select(Gen.Long[-999_999, 999_999], Gen.Int[0, 12], Gen.Int[0, 31], Gen.Int[0, 11], Gen.Bool)
            .Sample((y, m, d, p, julian) =>
            {
                var t = new KbTime(y, m, d, p, julian ? KbCalendars.Julian : KbCalendars.Gregorian);
                var e = new KbEntity("Q90000009", System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty, System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty, System.Collections.Immutable.ImmutableSortedDictionary<string, System.Collections.Immutable.ImmutableArray<string>>.Empty, null,
                    [new KbStatement("Q90000009$T", KbRank.Normal, new KbSnak("P585", KbValue.OfTime(t), "time"), [], 0)]);
                var back = WikidataJsonReader.Read(WikidataJsonWriter.ToUtf8(e));
                return back.IsSuccess && back.Entity!.Statements[0].MainSnak.Value.Time == t;
            });
    }
}
