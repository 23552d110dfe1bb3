using System.Net;
using Tarikh.Testing;

namespace Tarikh.Web.Tests.Api;

/// <summary>
/// A server whose request time limit is far too short for analysing half a megabyte, but long enough
/// for the body to arrive: with a limit shorter than the upload the server answered before reading the
/// body and the connection could be reset under the client (a flaky test, not the behaviour under test).
/// </summary>
public sealed class ImpatientServerFixture : ServerFixture
{
    protected override TimeSpan RequestTimeout => TimeSpan.FromMilliseconds(150);
}

public sealed class TimeoutTests(ImpatientServerFixture server) : IClassFixture<ImpatientServerFixture>
{
    [Fact]
    public async Task A_request_over_the_time_limit_gets_503_problem_details()
    {
        var text = string.Concat(Enumerable.Repeat(File.ReadAllText(SharedData.LeninArticlePath), 16));
        var r = await server.PostAsync("/api/analyze", text, "text/plain");
        await ProblemAssert.IsProblem(r, HttpStatusCode.ServiceUnavailable, "timeout");
    }
}
