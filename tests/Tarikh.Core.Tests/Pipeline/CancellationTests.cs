using System.Text;
using Tarikh.Core.Input;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Pipeline;

/// <summary>A cancelled request or Ctrl+C stops every stage, not only the gaps between them.</summary>
public class CancellationTests
{
    private static readonly AnalysisPipeline Pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());

    public static TheoryData<string> StageNames()
    {
        var data = new TheoryData<string>();
        foreach (var stage in Pipeline.Stages)
        {
            data.Add(stage.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StageNames))]
    public void EveryStageObservesACancelledToken(string name)
    {
        // The document as it reaches the stage: every earlier stage has run.
        var doc = new AnalyzedDocument(new SourceText(File.ReadAllText(SharedData.LeninArticlePath), "lenin.txt"));
        foreach (var stage in Pipeline.Stages)
        {
            if (stage.Name == name)
            {
                using var cancelled = new CancellationTokenSource();
                cancelled.Cancel();
                var withLayers = doc;
                Assert.ThrowsAny<OperationCanceledException>(() => stage.Run(withLayers, cancelled.Token));
                return;
            }

            doc = stage.Run(doc);
        }

        Assert.Fail($"no stage named {name}");
    }

    [Fact]
    public void AStageRunsToTheEndWithATokenThatIsNotCancelled()
    {
        using var live = new CancellationTokenSource();
        var doc = Pipeline.Run(new SourceText("وُلد أحمد شوقي في القاهرة سنة 1868 وتوفي فيها سنة 1932."), null, null, live.Token);
        Assert.NotEmpty(doc.Timexes);
        SpanAssert.Document(doc);
    }

    [Fact]
    public void HtmlExtractionObservesACancelledToken()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 20_000; i++)
        {
            html.Append("<p>ولد <b>فلاديمير</b> في سيمبيرسك سنة 1870.</p>");
        }

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => HtmlTextExtractor.Default.TryExtract(html.ToString(), cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => InputDecoder.Default.FromString(html.ToString(), null, InputFormat.Html, cancelled.Token));
    }
}
