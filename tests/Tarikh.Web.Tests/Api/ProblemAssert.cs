using System.Net;
using System.Text.Json;

namespace Tarikh.Web.Tests.Api;

internal static class ProblemAssert
{
    /// <summary>Asserts an RFC 7807 problem document with the status and (when given) the reason code, in both languages, with no stack trace.</summary>
    public static async Task<JsonElement> IsProblem(HttpResponseMessage response, HttpStatusCode status, string? code = null)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        var json = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        Assert.True(json.TryGetProperty("title", out _));
        Assert.True(json.TryGetProperty("type", out _));
        if (code is not null)
        {
            Assert.Equal(code, json.GetProperty("code").GetString());
            Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("detail").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("detail_ar").GetString()));
        }

        return json;
    }
}
