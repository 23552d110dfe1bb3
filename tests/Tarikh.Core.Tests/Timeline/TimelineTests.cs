using System.Text;
using System.Text.Json;
using System.Xml;
using Tarikh.Core.Output;
using Tarikh.Core.Tests.Events;
using Tarikh.Core.Text;
using Tarikh.Core.Timeline;
using Tarikh.Core.Timeline.Export;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Timeline;

public class TimelineTests
{
    private const string Bio =
        "سيرة خالد\n"
        + "ولد خالد في دمشق في العاشر من نيسان عام 1900، ثم سافر إلى \"باريس\", وعاد إلى دمشق.\n"
        + "عمل خالد مدرساً منذ عام 1925 حتى عام 1930. وفي عام 1920 تزوج خالد من سلمى.\n"
        + "توفي خالد في دمشق عام 1960.";

    private static AnalyzedDocument Doc() => new EventTestDocs(Bio)
        .Person("خالد").Person("سلمى").Place("دمشق").Place("باريس").Subject("خالد")
        .Time("العاشر من نيسان عام 1900", "1900-04-10").Time("عام 1925", "1925").Time("عام 1930", "1930").Time("عام 1920", "1920").Time("عام 1960", "1960")
        .Range(1, 2)
        .Run();

    [Fact]
    public void DatedEventsAreOrderedByDate()
    {
        var doc = Doc();
        SpanAssert.Document(doc);
        var dated = doc.Timeline.Where(t => t.Date is not null).Select(t => doc.Events[t.Event].Type).ToList();
        Assert.Equal(["birth", "marriage", "employment", "death"], dated);
    }

    [Fact]
    public void UndatedEventsFollowTheirNarrativePredecessor()
    {
        var doc = Doc();
        var types = doc.Timeline.Select(t => (doc.Events[t.Event].Type, t.Placement)).ToList();
        var birth = types.IndexOf(("birth", TimelinePlacements.Dated));
        Assert.Equal(("travel", TimelinePlacements.Narrative), types[birth + 1]);
        Assert.Equal(("travel", TimelinePlacements.Narrative), types[birth + 2]);
        Assert.All(doc.Timeline.Where(t => t.Placement == TimelinePlacements.Narrative), t => Assert.True(t.Uncertain));
    }

    [Fact]
    public void RangeIsUncertainInterval()
    {
        var doc = Doc();
        var work = doc.Timeline.Single(t => doc.Events[t.Event].Type == "employment");
        Assert.True(work.Uncertain);
        Assert.Equal("1925–1930", TimelineRows.DateLabel(work.Date!.Value));
    }

    [Fact]
    public void EntriesCarryEvidenceSpans()
    {
        var doc = Doc();
        var birth = doc.Timeline.Single(t => doc.Events[t.Event].Type == "birth");
        var texts = birth.Evidence.Select(doc.TextOf).ToList();
        Assert.Contains("ولد", texts);
        Assert.Contains("العاشر من نيسان عام 1900", texts);
        Assert.Contains("دمشق", texts);
    }

    [Fact]
    public void JsonHasEventsAndTimelineWithSpans()
    {
        var doc = Doc();
        var json = DocumentJsonWriter.ToJson(doc);
        using var parsed = JsonDocument.Parse(json);
        SpanAssert.Json(doc.Source.Text, parsed.RootElement);
        var ev = parsed.RootElement.GetProperty("events")[0];
        foreach (var field in new[] { "type", "trigger", "time", "date", "place", "participants", "sentence", "confidence" })
        {
            Assert.True(ev.TryGetProperty(field, out _), field);
        }

        Assert.Equal(doc.Timeline.Length, parsed.RootElement.GetProperty("timeline").GetArrayLength());
    }

    private static string Export(IDocumentExporter exporter, AnalyzedDocument doc)
    {
        using var ms = new MemoryStream();
        exporter.Write(ms, doc, ExportOptions.Default);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    [Fact]
    public void TimeMLParsesAsXmlWithTagsOverTheText()
    {
        var doc = Doc();
        var xml = Export(new TimeMLExporter(), doc);
        var x = new XmlDocument { PreserveWhitespace = true };
        x.LoadXml(xml);
        Assert.Equal(doc.Source.Text, x.SelectSingleNode("/TimeML/TEXT")!.InnerText);
        Assert.Equal(doc.Timexes.Length, x.SelectNodes("//TEXT/TIMEX3")!.Count);
        Assert.Equal(doc.Events.Length, x.SelectNodes("//TEXT//EVENT")!.Count);
        Assert.Equal(doc.Events.Length, x.SelectNodes("/TimeML/MAKEINSTANCE")!.Count);
        Assert.NotEmpty(x.SelectNodes("/TimeML/TLINK[@relType='IS_INCLUDED']")!.Cast<XmlNode>());
        Assert.NotEmpty(x.SelectNodes("/TimeML/TLINK[@relType='BEFORE']")!.Cast<XmlNode>());
    }

    [Fact]
    public void TimeMLSurvivesCharactersXmlForbids()
    {
        var doc = new EventTestDocs("ولد سمير\u0001 في عام 1900.").Person("سمير").Subject("سمير").Time("عام 1900", "1900").Run();
        var x = new XmlDocument();
        x.LoadXml(Export(new TimeMLExporter(), doc));
        Assert.Single(x.SelectNodes("//EVENT")!.Cast<XmlNode>());
    }

    [Fact]
    public void TimelineJsHasTheRequiredFields()
    {
        var doc = Doc();
        using var parsed = JsonDocument.Parse(Export(new TimelineJsExporter(), doc));
        var root = parsed.RootElement;
        Assert.Equal("خالد", root.GetProperty("title").GetProperty("text").GetProperty("headline").GetString());
        var events = root.GetProperty("events");
        Assert.Equal(doc.Timeline.Count(t => t.Date is not null), events.GetArrayLength());
        foreach (var e in events.EnumerateArray())
        {
            Assert.True(e.GetProperty("start_date").TryGetProperty("year", out _));
            Assert.False(string.IsNullOrEmpty(e.GetProperty("text").GetProperty("headline").GetString()));
        }

        var birth = events[0];
        Assert.Equal("1900", birth.GetProperty("start_date").GetProperty("year").GetString());
        Assert.Equal("4", birth.GetProperty("start_date").GetProperty("month").GetString());
        Assert.Equal("10", birth.GetProperty("start_date").GetProperty("day").GetString());
        Assert.Contains(events.EnumerateArray(), e => e.TryGetProperty("end_date", out var end) && end.GetProperty("year").GetString() == "1930");
    }

    [Fact]
    public void CsvRoundTripsWithBom()
    {
        var doc = Doc();
        using var ms = new MemoryStream();
        new CsvExporter().Write(ms, doc, ExportOptions.Default);
        var bytes = ms.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = CsvExporter.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(CsvExporter.Columns, rows[0]);
        Assert.Equal(doc.Timeline.Length + 1, rows.Count);
        Assert.All(rows, r => Assert.Equal(CsvExporter.Columns.Count, r.Count));
        var travel = rows.First(r => r[7] == "travel");
        Assert.Contains("\"باريس\"", travel[^1]); // quotes and commas in the sentence survive
        Assert.Equal(doc.Source.Text.Split('\n')[1], travel[^1]);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void CsvQuotesPerRfc4180(string field, string expected) => Assert.Equal(expected, CsvExporter.Quote(field));

    [Fact]
    public void HtmlIsSelfContainedRtlWithClickableEvidence()
    {
        var doc = Doc();
        var html = Export(new HtmlExporter(), doc);
        Assert.Contains("dir=\"rtl\"", html);
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
        Assert.DoesNotContain("<script src", html);
        Assert.Contains("data-ev=\"[", html);
        Assert.Contains("class=\"ev\"", html);
        Assert.Contains("class=\"tx\"", html);
        Assert.Contains("id=\"flags\"", html.Replace("class=\"flags\"", "id=\"flags\""));
        // Every character of the article is there once (tags stripped, entities decoded).
        var article = html[(html.IndexOf("<article id=\"article\">", StringComparison.Ordinal) + 22)..html.IndexOf("</article>", StringComparison.Ordinal)];
        var plain = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(article, "<[^>]+>", string.Empty));
        Assert.Equal(doc.Source.Text, plain);
    }

    [Fact]
    public void ExportersAreRegistered()
    {
        foreach (var f in new[] { "timeml", "timelinejs", "csv", "html" })
        {
            Assert.NotNull(DocumentExporters.Default.Find(f));
        }
    }
}
