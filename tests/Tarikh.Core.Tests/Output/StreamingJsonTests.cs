using System.Text;
using System.Text.Json;
using Tarikh.Core.Output;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Output;

/// <summary>The JSON of a large document reaches the stream in pieces as it is written, and is the same JSON.</summary>
public class StreamingJsonTests
{
    private static readonly AnalysisPipeline Foundation = TarikhPipeline.CreateFoundation(new TarikhResources());

    /// <summary>A stream that remembers its largest single write and how many writes it got.</summary>
    private sealed class RecordingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public int Largest { get; private set; }

        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            Largest = Math.Max(Largest, count);
            base.Write(buffer, offset, count);
        }
    }

    [Fact]
    public void ALargeDocumentIsWrittenInPiecesAndIsTheSameJson()
    {
        // About 600 KB of text with tokens and the text itself: several MB of JSON.
        var article = File.ReadAllText(SharedData.LeninArticlePath);
        var text = string.Join("\n\n", Enumerable.Repeat(article, 20));
        var doc = Foundation.Run(new SourceText(text));
        var options = new JsonOutputOptions(IncludeText: true, IncludeTokens: true);
        var stream = new RecordingStream();
        DocumentJsonWriter.Write(stream, doc, options);
        Assert.True(stream.Length > 4 << 20, $"{stream.Length} bytes");
        Assert.True(stream.Writes > 20, $"{stream.Writes} writes");
        Assert.True(stream.Largest < 256 << 10, $"largest write {stream.Largest} bytes");
        var json = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal(DocumentJsonWriter.ToJson(doc, options), json);
        Assert.Equal(text, JsonDocument.Parse(json).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void ALongTextSplitInsideASurrogatePairStaysWhole()
    {
        // A character outside the BMP across the 16,384-character segment boundary, and characters JSON escapes.
        var text = new string('ا', (1 << 14) - 1) + "😀" + "\"\\\n" + new string('ب', 1 << 14);
        var doc = Foundation.Run(new SourceText(text));
        var json = DocumentJsonWriter.ToJson(doc, new JsonOutputOptions(IncludeText: true));
        Assert.Equal(text, JsonDocument.Parse(json).RootElement.GetProperty("text").GetString());
    }
}
