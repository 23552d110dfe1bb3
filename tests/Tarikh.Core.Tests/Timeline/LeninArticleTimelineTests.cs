using System.Text;
using System.Text.Json;
using System.Xml;
using Tarikh.Core.Events.Evaluation;
using Tarikh.Core.Output;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Core.Timeline.Export;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Timeline;

/// <summary>The whole default pipeline on the shared article: layers hold, exports validate, the events target holds.</summary>
public class LeninArticleTimelineTests
{
    private static readonly Lazy<AnalyzedDocument> Doc = new(() =>
        TarikhPipeline.CreateDefault(TarikhResources.LoadDefault()).Run(new SourceText(File.ReadAllText(SharedData.LeninArticlePath), "lenin")));

    [Fact]
    public void EventsAndTimelineHoldTheSpanAssertion()
    {
        var doc = Doc.Value;
        SpanAssert.Document(doc);
        Assert.True(doc.Has(Layer.Events) && doc.Has(Layer.Timeline));
        Assert.True(doc.Timeline.Length > 50);
    }

    [Fact]
    public void BirthIsTenthOfApril1870InMoscow()
    {
        var doc = Doc.Value;
        var birth = doc.Events.First(e => e.Type == "birth" && e.DuplicateOf is null && e.Date is { } d && d.Start.Year == 1870);
        Assert.Equal(new NodaTime.LocalDate(1870, 4, 10), birth.Date!.Value.Start);
        Assert.Equal("موسكو", TimelineRows.Name(doc, birth.Place));
    }

    [Fact]
    public void AtLeast85PercentOfDatedBiographicalEventsAreFound()
    {
        var gold = EventGoldFile.Parse(File.ReadAllText(SharedData.Repo("data", "gold", "events", "lenin-web-article.tsv")), out var errors);
        Assert.Empty(errors);
        var ev = EventEvaluator.Evaluate(Doc.Value, gold.Events);
        Assert.True(ev.BiographicalDated.Recall >= 0.85, $"recall {ev.BiographicalDated.Recall:F3} ({ev.BiographicalDated.Matched}/{ev.BiographicalDated.Gold})");
    }

    [Fact]
    public void ExportsOfTheArticleValidate()
    {
        var doc = Doc.Value;
        string Export(string format)
        {
            using var ms = new MemoryStream();
            DocumentExporters.Default.Find(format)!.Write(ms, doc, ExportOptions.Default);
            return Encoding.UTF8.GetString(ms.ToArray());
        }

        new XmlDocument().LoadXml(Export("timeml"));
        using var tl = JsonDocument.Parse(Export("timelinejs"));
        Assert.All(tl.RootElement.GetProperty("events").EnumerateArray(), e => Assert.True(e.GetProperty("start_date").TryGetProperty("year", out _)));
        var csv = CsvExporter.Parse(Export("csv").TrimStart('\uFEFF'));
        Assert.Equal(doc.Timeline.Length + 1, csv.Count);
        var html = Export("html");
        Assert.Contains("<article id=\"article\">", html);
        Assert.DoesNotContain("https://", html);
    }
}
