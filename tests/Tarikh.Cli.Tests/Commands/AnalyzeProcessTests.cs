using System.Text.Json;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Cli.Tests.Commands;

/// <summary>Runs the real tarikh executable, as a user would.</summary>
public class AnalyzeProcessTests
{
    [Fact]
    public void LeninArticleGivesValidJsonWhoseSpansHoldAndWhoseWebNoiseIsMarked()
    {
        var result = CliRunner.Process(null, "analyze", SharedData.LeninArticlePath, "--tokens");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(string.Empty, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("tarikh/1", root.GetProperty("schema").GetString());
        var source = File.ReadAllText(SharedData.LeninArticlePath);
        Assert.Equal(source.Length, root.GetProperty("source").GetProperty("length").GetInt32());
        SpanAssert.Json(source, root);

        var noise = root.GetProperty("noise").EnumerateArray().Select(n => n.GetProperty("text").GetString()).ToList();
        Assert.Contains("فيديو ذات صلة", noise);
        Assert.Contains("This browser does not support the video element.", noise);
        var noisySentences = root.GetProperty("sentences").EnumerateArray().Where(s => s.GetProperty("noise").GetBoolean()).Select(s => s.GetProperty("text").GetString()).ToList();
        Assert.Contains("فيديو ذات صلة", noisySentences);
        Assert.Contains("This browser does not support the video element.", noisySentences);
        Assert.True(root.GetProperty("tokens").GetArrayLength() > 1000);
    }

    [Fact]
    public void MissingFileIsExitCode2WithABilingualMessageAndNoStackTrace()
    {
        var result = CliRunner.Process(null, "analyze", "no/such/file.txt");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not-found", result.Stderr);
        Assert.Contains("لا يوجد", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void StdinIsReadWhenThePathIsADash()
    {
        var result = CliRunner.Process("ولد في القاهرة سنة 1869.\n", "analyze", "-");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(1, json.RootElement.GetProperty("sentences").GetArrayLength());
    }

    [Fact]
    public void TextReportOfTheSampleShowsCountsAndSentences()
    {
        var result = CliRunner.Process(null, "analyze", SharedData.Repo("samples", "biography.ar.txt"), "--format", "text");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("sentences", result.Stdout);
        Assert.Contains("Web noise", result.Stdout);
        // Redirected output stays in logical order, so it can be searched and piped.
        Assert.Contains("فيديو ذات صلة", result.Stdout);
    }
}
