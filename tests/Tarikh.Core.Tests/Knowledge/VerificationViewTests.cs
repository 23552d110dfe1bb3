using Tarikh.Core.Knowledge;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

public sealed class VerificationViewTests
{
    [Theory]
    [InlineData("Q1394", "https://www.wikidata.org/wiki/Q1394")]
    [InlineData("P569", "https://www.wikidata.org/wiki/P569")]
    [InlineData("Q90000000", "https://www.wikidata.org/wiki/Q90000000")]
    [InlineData("Q90000001", null)]
    [InlineData("Q90000102", null)]
    [InlineData("Q123456789012", null)]
    [InlineData("Q0", null)]
    [InlineData("Q12a", null)]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("", null)]
    public void Only_wikidata_ids_get_a_wikidata_page_and_local_ids_above_q90000000_do_not(string id, string? url)
        => Assert.Equal(url, VerificationView.WikidataUrlOf(id));
}
