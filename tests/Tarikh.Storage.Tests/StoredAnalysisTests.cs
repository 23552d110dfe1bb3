using System.Text;
using System.Text.Json;
using Tarikh.Core.Output;

namespace Tarikh.Storage.Tests;

/// <summary>
/// The stored analysis leaves out the sentences' texts and <see cref="StoredAnalysis.WithSentenceTexts"/> puts them back:
/// a served document must be the JSON <c>tarikh analyze</c> writes for its text, byte for byte.
/// </summary>
public sealed class StoredAnalysisTests
{
    [Fact]
    public void The_stored_form_has_no_sentence_text_and_is_smaller()
    {
        var doc = Samples.Damascus();
        var stored = DocumentRows.AnalysisJson(doc);
        var full = DocumentJsonWriter.ToJson(doc, new JsonOutputOptions(IncludeText: false));
        using var json = JsonDocument.Parse(stored);
        var sentences = json.RootElement.GetProperty("sentences").EnumerateArray().ToList();
        Assert.NotEmpty(sentences);
        Assert.All(sentences, s => Assert.False(s.TryGetProperty("text", out _)));
        Assert.True(Encoding.UTF8.GetByteCount(stored) < Encoding.UTF8.GetByteCount(full) - Encoding.UTF8.GetByteCount(doc.Source.Text) / 2);
    }

    [Fact]
    public void Written_back_it_is_the_analysis_JSON_byte_for_byte()
    {
        var doc = Samples.Damascus();
        var full = DocumentJsonWriter.ToJson(doc, new JsonOutputOptions(IncludeText: false));
        var back = StoredAnalysis.WithSentenceTexts(DocumentRows.AnalysisJson(doc), doc.Source.Text);
        Assert.Equal(full, Encoding.UTF8.GetString(back));
    }

    [Fact]
    public void A_document_stored_with_its_sentence_texts_passes_unchanged()
    {
        var doc = Samples.Damascus();
        var full = DocumentJsonWriter.ToJson(doc, new JsonOutputOptions(IncludeText: false));
        Assert.Equal(full, Encoding.UTF8.GetString(StoredAnalysis.WithSentenceTexts(full, doc.Source.Text)));
    }

    [Theory]
    [InlineData("{\"sentences\":[{\"start\":3,\"end\":99,\"kind\":\"body\"}]}", "{\"sentences\":[{\"start\":3,\"end\":99,\"kind\":\"body\"}]}")]
    [InlineData("{\"sentences\":[{\"start\":5,\"end\":2}]}", "{\"sentences\":[{\"start\":5,\"end\":2}]}")]
    [InlineData("{\"sentences\":[{\"start\":0,\"end\":3}],\"x\":1}", "{\"sentences\":[{\"start\":0,\"end\":3,\"text\":\"قال\"}],\"x\":1}")]
    public void Offsets_outside_the_text_get_no_text_and_the_rest_is_kept(string stored, string expected)
    {
        Assert.Equal(expected, Encoding.UTF8.GetString(StoredAnalysis.WithSentenceTexts(stored, "قال الراوي")));
    }

    [Fact]
    public void A_damaged_row_is_served_as_stored()
    {
        const string damaged = "{\"sentences\":[{\"start\":0,";
        Assert.Equal(damaged, Encoding.UTF8.GetString(StoredAnalysis.WithSentenceTexts(damaged, "نص")));
    }
}
