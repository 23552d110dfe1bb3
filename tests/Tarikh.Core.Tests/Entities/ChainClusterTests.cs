using Tarikh.Core.Entities;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

/// <summary>
/// Issue #14, round 7, the clustering side of the classical-name grammar, through the whole pipeline: a nisba or a
/// laqab alone, later in the text, joins the cluster of the full chain it belongs to; a nisba, laqab or father's name
/// that is not the chain's own does not.
/// </summary>
public class ChainClusterTests
{
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(() => TarikhPipeline.CreateDefault(TarikhResources.LoadDefault()));

    private static List<(string Name, List<string> Mentions)> Persons(string text)
    {
        var doc = Pipeline.Value.Run(new SourceText(text, "test"));
        SpanAssert.Document(doc);
        return [.. doc.Clusters.Where(c => c.Label == EntityLabels.Person).Select(c => (c.Name, c.Mentions.Select(i => doc.Entities[i].Text).ToList()))];
    }

    private const string Khwarizmi =
        "وفي خلافة المأمون عمل أبو عبد الله محمد بن موسى الخوارزمي في بيت الحكمة ببغداد. وألف الخوارزمي كتابه في الجبر والمقابلة.";

    private const string Saladin =
        "وفي سنة ثلاث وثمانين وخمسمئة هزم الناصر صلاح الدين يوسف بن أيوب الصليبيين في حطين. ثم دخل صلاح الدين بيت المقدس.";

    [Fact]
    public void ANisbaAloneJoinsTheFullChain()
    {
        var chain = Assert.Single(Persons(Khwarizmi), c => c.Mentions.Any(m => m.Contains("محمد بن موسى", StringComparison.Ordinal)));
        Assert.Contains("الخوارزمي", chain.Mentions);
    }

    [Fact]
    public void ALaqabAloneJoinsTheFullChain()
    {
        var chain = Assert.Single(Persons(Saladin), c => c.Mentions.Any(m => m.Contains("يوسف بن أيوب", StringComparison.Ordinal)));
        Assert.Contains("صلاح الدين", chain.Mentions);
    }

    [Fact]
    public void AnotherNisbaDoesNotJoinTheChain()
    {
        var persons = Persons(Khwarizmi + " وخالفه أبو بكر الرازي في الطب. وكتب الرازي كتاب الحاوي.");
        var chain = Assert.Single(persons, c => c.Mentions.Any(m => m.Contains("محمد بن موسى", StringComparison.Ordinal)));
        Assert.DoesNotContain(chain.Mentions, m => m.Contains("الرازي", StringComparison.Ordinal));
    }

    [Fact]
    public void AnotherLaqabDoesNotJoinTheChain()
    {
        var persons = Persons(Saladin + " وكان نور الدين محمود قد مات قبل ذلك. وخلف نور الدين ابنه الصالح.");
        var chain = Assert.Single(persons, c => c.Mentions.Any(m => m.Contains("يوسف بن أيوب", StringComparison.Ordinal)));
        Assert.DoesNotContain(chain.Mentions, m => m.Contains("نور الدين", StringComparison.Ordinal));
    }

    [Fact]
    public void TheFathersNameAloneDoesNotJoinTheSon()
    {
        var persons = Persons(Saladin + " وكان أيوب والده واليا على بعلبك.");
        var chain = Assert.Single(persons, c => c.Mentions.Any(m => m.Contains("يوسف بن أيوب", StringComparison.Ordinal)));
        Assert.DoesNotContain("أيوب", chain.Mentions);
    }
}
