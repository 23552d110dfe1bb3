using Tarikh.Core.Entities;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

/// <summary>
/// A given name that begins with و or ف keeps that letter when the name is listed as the start of a known person's name
/// (وديع، وفاء), and a real conjunction before a name is still stripped.
/// </summary>
public class ConjunctionInNameTests
{
    private static readonly AnalysisPipeline Pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());

    private static EntityMention PersonIn(string text)
    {
        var doc = Pipeline.Run(new SourceText(text));
        SpanAssert.Document(doc);
        return Assert.Single(doc.Entities, e => e.Label == EntityLabels.Person);
    }

    [Theory]
    [InlineData("غنّى وديع الصافي في مهرجانات بعلبك سنة 1957.", "وديع الصافي")]
    [InlineData("مثّلت وفاء عامر في أول أفلامها عام 1995.", "وفاء عامر")]
    public void AGivenNameBeginningWithWawKeepsIt(string text, string name)
        => Assert.Equal(name, PersonIn(text).Text);

    [Theory]
    [InlineData("وصل الوفد إلى بيروت، ومحمد علي في القاهرة منذ أسبوع.", "محمد علي")]
    [InlineData("عاد الرسام إلى قريته، وجبران خليل جبران في نيويورك.", "جبران خليل جبران")]
    public void AConjunctionBeforeANameIsStillStripped(string text, string name)
        => Assert.Equal(name, PersonIn(text).Text);
}
