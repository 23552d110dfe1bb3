using System.Net;
using Tarikh.Testing;

namespace Tarikh.Web.Tests.Api;

/// <summary>A server whose request time limit is far too short for any analysis.</summary>
public sealed class ImpatientServerFixture : ServerFixture
{
    protected override TimeSpan RequestTimeout => TimeSpan.FromMilliseconds(1);
}

public sealed class TimeoutTests(ImpatientServerFixture server) : IClassFixture<ImpatientServerFixture>
{
    [Fact]
    public async Task A_request_over_the_time_limit_gets_503_problem_details()
    {
        var text = string.Concat(Enumerable.Repeat(File.ReadAllText(SharedData.LeninArticlePath), 4));
        var r = await server.PostAsync("/api/analyze", text, "text/plain");
        await ProblemAssert.IsProblem(r, HttpStatusCode.ServiceUnavailable, "timeout");
    }
}
