using System.Text.Json;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Cli.Tests.Schema;

/// <summary>Real CLI output validates against docs/tarikh-1.schema.json.</summary>
public class OutputSchemaTests
{
    private static readonly JsonDocument SchemaDocument = JsonDocument.Parse(File.ReadAllText(SharedData.Repo("docs", "tarikh-1.schema.json")));
    private static readonly MiniSchemaValidator Validator = new(SchemaDocument.RootElement);

    private static void AssertValid(JsonElement value, JsonElement? schema = null)
    {
        var errors = Validator.Validate(value, schema);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }

    [Fact]
    public void LeninArticleOutputWithTokensAndTextIsValid()
    {
        var result = CliRunner.InProcess(null, "analyze", SharedData.LeninArticlePath, "--tokens", "--include-text");
        Assert.Equal(0, result.ExitCode);
        AssertValid(JsonDocument.Parse(result.Stdout).RootElement);
    }

    [Fact]
    public void SampleOutputIsValid()
    {
        var result = CliRunner.InProcess(null, "analyze", SharedData.Repo("samples", "biography.ar.txt"), "--reference-date", "2024-01-01");
        Assert.Equal(0, result.ExitCode);
        var root = JsonDocument.Parse(result.Stdout).RootElement;
        AssertValid(root);
        SpanAssert.Json(File.ReadAllText(SharedData.Repo("samples", "biography.ar.txt")), root);
    }

    [Fact]
    public void HtmlOutputIsValidAndCarriesItsText()
    {
        var result = CliRunner.InProcess("<!DOCTYPE html><html><body><h1>لينين</h1><p>ولد عام 1870.</p></body></html>", "analyze", "-");
        var root = JsonDocument.Parse(result.Stdout).RootElement;
        AssertValid(root);
        Assert.Equal("لينين\nولد عام 1870.", root.GetProperty("text").GetString());
    }

    [Fact]
    public void BatchLinesAreDocumentsOrErrorRecords()
    {
        var result = CliRunner.InProcess("{\"id\":\"a\",\"text\":\"ولد عام 1870.\"}\nnot json\n{\"id\":\"c\"}\n", "analyze", "--jsonl", "-");
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        AssertValid(lines[0]);
        AssertValid(lines[1], Validator.Definition("error"));
        AssertValid(lines[2], Validator.Definition("error"));
    }

    [Fact]
    public void EmptyArraysArePresent()
    {
        var root = JsonDocument.Parse(CliRunner.InProcess("نص قصير", "analyze", "-").Stdout).RootElement;
        foreach (var name in new[] { "sentences", "noise", "timexes", "entities", "clusters", "events", "timeline", "claims", "flags" })
        {
            Assert.Equal(JsonValueKind.Array, root.GetProperty(name).ValueKind);
        }
    }

    [Fact]
    public void ValidatorCatchesAMissingField()
    {
        var root = JsonDocument.Parse("{\"schema\":\"tarikh/1\"}").RootElement;
        Assert.NotEmpty(Validator.Validate(root));
    }
}
