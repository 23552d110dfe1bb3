using Tarikh.Core.Events;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Events;

/// <summary>A subject before its verb with a rank word between ("سالم الأكبر ولد"), and a name joined by و after the date (round 17, issue-x1).</summary>
public class RankedSubjectTests
{
    private static string Born(AnalyzedDocument doc, string year)
    {
        var e = doc.Events.Single(x => x.Type == "birth" && x.Date is { } d && d.Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) == year);
        return e.MainParticipant is { } c ? doc.Clusters[c].Name : "-";
    }

    [Fact]
    public void RankedSubjectBeforeTheVerbIsTheOneBorn()
    {
        var doc = new EventTestDocs("وقف في الصف الأخوان سالم وكريم، سالم الأكبر ولد عام 1901 وكريم الأصغر ولد عام 1905.")
            .Person("سالم").Person("وكريم", "كريم").Subject("سالم")
            .Time("عام 1901", "1901").Time("عام 1905", "1905")
            .Run();
        Assert.Equal("سالم", Born(doc, "1901"));
        Assert.NotEqual("سالم", Born(doc, "1905"));
    }

    [Fact]
    public void VerbFirstSubjectKeepsItsBirth()
    {
        // No subject before the verb: the name after it is its subject, the rank word changes nothing.
        var doc = new EventTestDocs("ولد سالم الأكبر عام 1901 في حلب.")
            .Person("سالم").Place("حلب").Subject("سالم")
            .Time("عام 1901", "1901")
            .Run();
        Assert.Equal("سالم", Born(doc, "1901"));
    }
}
