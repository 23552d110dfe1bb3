using Tarikh.Core.Entities;
using Tarikh.Core.Entities.Clustering;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

/// <summary>
/// Issue #14, round 3: a regnal name after the father's name is the person's own, "ابن X" names the person by the
/// father, and the short forms of a chain are looked for where the tagger left them (the pipeline's document pass).
/// </summary>
public class ChainShortFormTests
{
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(() => TarikhPipeline.CreateDefault(TarikhResources.LoadDefault()));

    private static string[] Words(string name) => [.. name.Split(' ').Select(w => NerWord.FromRaw(w).Token.Norm)];

    private static List<string> Forms(string name) => [.. NameChainKeys.ShortForms(Words(name)).Select(f => string.Join(' ', f))];

    private static string Key(string words) => string.Join(' ', Words(words));

    [Theory]
    [InlineData("أبو العباس أحمد بن طلحة المعتضد بالله", "المعتضد بالله", "المعتضد")]
    [InlineData("أبو عبد الله محمد بن يوسف المستنصر على الله", "المستنصر على الله", "المستنصر")]
    [InlineData("شجاع بن محمد عز الدولة", "عز الدولة", null)]
    public void AnEpithetAfterTheFathersNameIsThePersonsOwn(string chain, string epithet, string? alone)
    {
        var forms = Forms(chain);
        Assert.Contains(Key(epithet), forms);
        if (alone is not null)
        {
            Assert.Contains(Key(alone), forms);
        }
    }

    [Theory]
    [InlineData("جعفر المتوكل على الله بن المعتصم بالله", "المعتصم")] // right after بن: the father's laqab
    [InlineData("محمد بن عبد الملك الزيات", "الملك")]
    public void TheFathersOwnNameStaysTheFathers(string chain, string fatherWord)
    {
        Assert.DoesNotContain(Key(fatherWord), Forms(chain));
        Assert.DoesNotContain(Forms(chain), f => f == Key(fatherWord) + " " + Key("بالله"));
    }

    [Theory]
    [InlineData("يوسف بن تاشفين", "ابن تاشفين")]
    [InlineData("يعقوب بن عبد الحق المريني", "ابن عبد الحق")]
    [InlineData("أبو عبد الله محمد بن موسى الخوارزمي", "ابن موسى")]
    public void IbnAndTheFathersNameIsAShortForm(string chain, string form)
    {
        Assert.Contains(Key(form), Forms(chain));
    }

    [Fact]
    public void ANameWithoutALinkHasNoIbnForm()
    {
        Assert.DoesNotContain(Forms("فلاديمير إيليتش لينين"), f => f.StartsWith(Key("ابن"), StringComparison.Ordinal));
    }

    private static List<(string Name, List<string> Mentions)> Clusters(string text)
    {
        var doc = Pipeline.Value.Run(new SourceText(text, "test"));
        SpanAssert.Document(doc);
        return [.. doc.Clusters.Where(c => c.Label == EntityLabels.Person).Select(c => (c.Name, c.Mentions.Select(i => doc.Entities[i].Text).ToList()))];
    }

    [Fact]
    public void ARegnalEpithetAloneLaterJoinsTheChain()
    {
        var clusters = Clusters("وفي سنة تسع وسبعين ومئتين بويع أبو العباس أحمد بن طلحة المعتضد بالله بعد موت عمه. وكان المعتضد شديد الهيبة.");
        var chain = Assert.Single(clusters, c => c.Name.Contains("طلحة", StringComparison.Ordinal));
        Assert.Contains("المعتضد", chain.Mentions);
    }

    [Fact]
    public void IbnAndTheFathersNameLaterJoinsTheChain()
    {
        var clusters = Clusters("وعبر يوسف بن تاشفين البحر إلى الأندلس سنة تسع وسبعين وأربعمئة. ثم رجع ابن تاشفين إلى مراكش.");
        var chain = Assert.Single(clusters, c => c.Name.Contains("يوسف", StringComparison.Ordinal));
        Assert.Contains("ابن تاشفين", chain.Mentions);
    }

    [Fact]
    public void AKunyaAloneAndAShortCommonWordAreNotLookedForAsThePerson()
    {
        // أبو عبد الله names many men; the document pass looks only for the distinctive short forms.
        var words = Words("أبو عبد الله محمد بن موسى الخوارزمي");
        var chain = new MentionDraft(0, words.Length, 0, new TextSpan(0, 36), words, 0.9, MentionSource.Tagger);
        var forms = EntityRecognizer.ChainShortFormsToPropagate([chain]).Select(f => string.Join(' ', f.Form)).ToList();
        Assert.Contains(Key("الخوارزمي"), forms);
        Assert.Contains(Key("ابن موسى"), forms);
        Assert.DoesNotContain(Key("أبو عبد الله"), forms);
        Assert.DoesNotContain(Key("موسى"), forms);
    }

    [Fact]
    public void ATwoWordNameGivesNothingToLookFor()
    {
        var words = Words("صلاح الدين");
        var m = new MentionDraft(0, 2, 0, new TextSpan(0, 10), words, 0.9, MentionSource.Tagger);
        Assert.Empty(EntityRecognizer.ChainShortFormsToPropagate([m]));
    }
}
