using Tarikh.Core.Output;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Pipeline;

/// <summary>
/// One pipeline (and one set of default resources) is shared by every thread of a batch, a web server and the
/// property tests: documents analyzed at the same time must come out exactly as when analyzed one after another.
/// </summary>
public class ConcurrencyTests
{
    [Fact]
    public void DocumentsAnalyzedOnFourThreadsAtOnceEqualTheSameDocumentsAnalyzedInTurn()
    {
        var pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());
        var reference = new NodaTime.LocalDate(2020, 2, 29);

        // Paragraphs of the shared web article and the sample biography, each a document of its own.
        var texts = File.ReadAllText(SharedData.LeninArticlePath).Split('\n')
            .Concat(File.ReadAllText(SharedData.Repo("samples", "biography.ar.txt")).Split('\n'))
            .Where(p => p.Trim().Length > 40)
            .ToArray();
        Assert.True(texts.Length >= 20, $"only {texts.Length} paragraphs");

        string Analyze(string text) => DocumentJsonWriter.ToJson(pipeline.Run(new SourceText(text), "p", reference));
        var inTurn = texts.Select(Analyze).ToArray();

        var atOnce = new string[texts.Length];
        var next = -1;
        var threads = Enumerable.Range(0, 4).Select(_ => new Thread(() =>
        {
            for (var i = Interlocked.Increment(ref next); i < texts.Length; i = Interlocked.Increment(ref next))
            {
                atOnce[i] = Analyze(texts[i]);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.True(inTurn[i] == atOnce[i], $"paragraph {i} differs when analyzed concurrently: {texts[i]}");
        }
    }
}
