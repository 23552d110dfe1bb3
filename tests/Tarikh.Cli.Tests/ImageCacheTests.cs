using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Pipeline;
using Xunit;

namespace Tarikh.Cli.Tests;

/// <summary>
/// The CLI's lexicon image cache: the first load writes one file per image for this build; the next loads read
/// them; a damaged file is reported (Arabic and English) and written again from the text sources.
/// </summary>
public sealed class ImageCacheTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tarikh-images-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public void TheFirstLoadWritesTheImagesAndTheNextReadsThem()
    {
        var warnings = new StringWriter();
        var cache = new ImageCache(_dir, warnings);
        var first = NerLexicon.LoadDefault(cache);
        var files = Directory.GetFiles(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(3, files.Length);
        Assert.All(files, f => Assert.Contains(ResourceImage.BuildKey.ToString("N"), f, StringComparison.Ordinal));
        var written = File.GetLastWriteTimeUtc(cache.PathOf("ner-names"));

        var second = NerLexicon.LoadDefault(cache);
        Assert.Equal(first.Names.Count, second.Names.Count);
        Assert.Equal(first.Places.KindOf("دمشق"), second.Places.KindOf("دمشق"));
        Assert.Equal(written, File.GetLastWriteTimeUtc(cache.PathOf("ner-names")));
        Assert.Equal(string.Empty, warnings.ToString());
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void ACorruptImageFileIsReportedAndWrittenAgain()
    {
        var warnings = new StringWriter();
        var cache = new ImageCache(_dir, warnings);
        var good = NerLexicon.LoadDefault(cache);
        var path = cache.PathOf("ner-places");
        var bytes = File.ReadAllBytes(path);
        var damaged = (byte[])bytes.Clone();
        damaged[^3] ^= 0xFF;
        File.WriteAllBytes(path, damaged);

        var again = NerLexicon.LoadDefault(cache);

        Assert.Equal(good.Places.Count, again.Places.Count);
        Assert.Equal(bytes, File.ReadAllBytes(path));
        var text = warnings.ToString();
        Assert.Contains("corrupt", text, StringComparison.Ordinal);
        Assert.Contains("تالفة", text, StringComparison.Ordinal);
        Assert.Contains("ner-places", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnwritableDirectoryOnlyCostsTheImages()
    {
        // A file where the directory should be: nothing can be written, the lexicon is built from its text.
        File.WriteAllText(_dir, "not a directory");
        try
        {
            var cache = new ImageCache(_dir);
            Assert.Equal(NerLexicon.LoadDefault().Places.Count, NerLexicon.LoadDefault(cache).Places.Count);
            Assert.False(File.Exists(cache.PathOf("ner-places")));
        }
        finally
        {
            File.Delete(_dir);
        }
    }
}
