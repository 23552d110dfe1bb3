using System.Text;
using System.Text.Json;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Cli.Tests.Commands;

/// <summary>The analyze command run in process (same code path as the executable, faster).</summary>
public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tarikh-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void BatchWithOneBrokenLineGoesOnAndReportsPartialFailure()
    {
        var batch = Write("batch.jsonl", string.Join('\n',
            """{"id":"a","text":"ولد في شهر نيسان/ أبريل عام 1870."}""",
            """{"id":"b","text":""",
            """{"id":"c","text":"توفي سنة 1924.","reference_date":"2024-05-01"}""",
            """{"id":"d"}""",
            """{"id":"e","text":"نص","reference_date":"أمس"}""") + "\n");
        var result = CliRunner.InProcess(null, "analyze", "--jsonl", batch);
        Assert.Equal(3, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, lines.Count);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.Equal("tarikh/1", lines[0].GetProperty("schema").GetString());
        Assert.Equal("bad-json", lines[1].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("c", lines[2].GetProperty("id").GetString());
        Assert.Equal("2024-05-01", lines[2].GetProperty("reference_date").GetString());
        Assert.Equal("d", lines[3].GetProperty("id").GetString());
        Assert.Equal("missing-text", lines[3].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("bad-reference-date", lines[4].GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("bad-json", result.Stderr);
    }

    [Fact]
    public void BatchFromStdin()
    {
        var result = CliRunner.InProcess("{\"id\":\"x\",\"text\":\"قامت الثورة عام 1917.\"}\n", "analyze", "--jsonl", "-");
        Assert.Equal(0, result.ExitCode);
        var line = JsonDocument.Parse(result.Stdout.Trim()).RootElement;
        Assert.Equal("x", line.GetProperty("id").GetString());
        SpanAssert.Json("قامت الثورة عام 1917.", line);
    }

    [Fact]
    public void FolderIsReadRecursivelyAndEachDocumentCarriesItsPath()
    {
        Write("a.txt", "ولد سنة 1870.");
        Write("sub/b.md", "# عنوان\nتوفي سنة 1924.");
        Write("sub/c.html", "<html><body><p>قامت الثورة عام 1917.</p><script>x()</script></body></html>");
        Write("sub/ignored.json", "{}");
        var result = CliRunner.InProcess(null, "analyze", _dir);
        Assert.Equal(0, result.ExitCode);
        var docs = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, docs.Count);
        var paths = docs.Select(d => Path.GetFileName(d.GetProperty("source").GetProperty("path").GetString())).ToList();
        Assert.Equal(["a.txt", "b.md", "c.html"], paths);
        var html = docs[2];
        Assert.Equal("html", html.GetProperty("source").GetProperty("format").GetString());
        Assert.Equal("قامت الثورة عام 1917.", html.GetProperty("text").GetString());
        SpanAssert.Json(html.GetProperty("text").GetString()!, html);
    }

    [Fact]
    public void FolderWithABadFileWritesAnErrorRecordAndGoesOn()
    {
        Write("good.txt", "ولد سنة 1870.");
        Write("empty.txt", string.Empty);
        var result = CliRunner.InProcess(null, "analyze", _dir);
        Assert.Equal(3, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("empty", lines[0].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("tarikh/1", lines[1].GetProperty("schema").GetString());
    }

    [Theory]
    [InlineData("binary", new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00 })]
    [InlineData("empty", new byte[0])]
    [InlineData("undecodable", new byte[] { 0x4C, 0x65, 0x20, 0x6D, 0xE9, 0x64, 0x65, 0x63, 0x69, 0x6E })]
    public void UnreadableInputsAreExitCode2WithTheirReasonCode(string code, byte[] bytes)
    {
        var path = Write("input.txt", bytes);
        var result = CliRunner.InProcess(null, "analyze", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"[{code}]", result.Stderr);
        Assert.Contains("خطأ", result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void HundredMegabyteFileIsRefusedWithoutReadingIt()
    {
        var path = Path.Combine(_dir, "big.txt");
        using (var f = File.Create(path))
        {
            f.SetLength(100L << 20);
        }

        var result = CliRunner.InProcess(null, "analyze", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("[too-large]", result.Stderr);
        Assert.Contains("100 MB", result.Stderr);
        Assert.Contains("64 MB", result.Stderr);
    }

    [Fact]
    public void MaxSizeRaisesTheLimit()
    {
        var path = Write("small.txt", "ولد سنة 1870.");
        Assert.Equal(2, CliRunner.InProcess(null, "analyze", path, "--max-size", "0.00001").ExitCode);
        Assert.Equal(0, CliRunner.InProcess(null, "analyze", path, "--max-size", "1").ExitCode);
    }

    [Fact]
    public void Windows1256FileIsDetected()
    {
        var text = "تولى الحكم سنة 1309 هـ بعد وفاة أبيه.";
        var path = Write("old.txt", CodePagesEncodingProvider.Instance.GetEncoding(1256)!.GetBytes(text));
        var result = CliRunner.InProcess(null, "analyze", path, "--include-text");
        Assert.Equal(0, result.ExitCode);
        var root = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal("windows-1256", root.GetProperty("source").GetProperty("encoding").GetString());
        Assert.Equal(text, root.GetProperty("text").GetString());
    }

    [Fact]
    public void OutputOptionWritesAFile()
    {
        var input = Write("in.txt", "ولد سنة 1870.");
        var output = Path.Combine(_dir, "out.json");
        var result = CliRunner.InProcess(null, "analyze", input, "--output", output);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal("tarikh/1", JsonDocument.Parse(File.ReadAllText(output)).RootElement.GetProperty("schema").GetString());
    }

    [Fact]
    public void OutputIntoAMissingFolderIsExitCode4()
    {
        var input = Write("in.txt", "ولد سنة 1870.");
        var result = CliRunner.InProcess(null, "analyze", input, "--output", Path.Combine(_dir, "missing", "out.json"));
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("[output]", result.Stderr);
    }

    [Fact]
    public void ReferenceDateIsCarriedIntoTheDocument()
    {
        var input = Write("in.txt", "وصل أمس إلى دمشق.");
        var root = JsonDocument.Parse(CliRunner.InProcess(null, "analyze", input, "--reference-date", "2024-03-15").Stdout).RootElement;
        Assert.Equal("2024-03-15", root.GetProperty("reference_date").GetString());
    }

    [Theory]
    [InlineData("--reference-date", "15/03/2024")]
    [InlineData("--format", "pdf")]
    [InlineData("--no-such-option", "x")]
    public void BadCommandLinesAreExitCode1(string option, string value)
    {
        var input = Write("in.txt", "ولد سنة 1870.");
        var result = CliRunner.InProcess(null, "analyze", input, option, value);
        Assert.Equal(1, result.ExitCode);
        Assert.NotEqual(string.Empty, result.Stderr);
    }

    [Fact]
    public void NeitherPathNorBatchIsAUsageError()
    {
        var result = CliRunner.InProcess(null, "analyze");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("خطأ", result.Stderr);
    }

    [Fact]
    public void TokensCarryCliticSpans()
    {
        var input = Write("in.txt", "وبالقاهرة ولد.");
        var root = JsonDocument.Parse(CliRunner.InProcess(null, "analyze", input, "--tokens").Stdout).RootElement;
        var token = root.GetProperty("tokens")[0];
        Assert.Equal("وبالقاهرة", token.GetProperty("text").GetString());
        Assert.Equal(new[] { "wa", "bi", "al" }, token.GetProperty("clitics").EnumerateArray().Select(c => c.GetProperty("kind").GetString()!).ToArray());
        Assert.Equal("قاهرة", token.GetProperty("base").GetProperty("text").GetString());
        SpanAssert.Json("وبالقاهرة ولد.", root);
    }

    [Fact]
    public void JsonlFormatPutsOneDocumentOnOneLine()
    {
        var input = Write("in.txt", "ولد سنة 1870.\nتوفي سنة 1924.");
        var result = CliRunner.InProcess(null, "analyze", input, "--format", "jsonl");
        Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void TextFormatInVisualModeReordersArabicForTheTerminal()
    {
        var input = Write("in.txt", "ولد سنة 1870.");
        var result = CliRunner.InProcess(null, "analyze", input, "--format", "text", "--bidi", "visual");
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("ولد سنة 1870.", result.Stdout);
        Assert.Contains("1870", result.Stdout);
    }

    [Fact]
    public void EvalWithoutASubcommandIsAUsageError()
    {
        Assert.Equal(1, CliRunner.InProcess(null, "eval").ExitCode);
    }
}
