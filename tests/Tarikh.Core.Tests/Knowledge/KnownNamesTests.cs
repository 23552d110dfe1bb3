using System.Text;
using Tarikh.Core.Entities;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// A knowledge base's names of two words or more correct the entity stage's mentions (<see cref="KbKnownNames"/>, the entity
/// stage's known-names pass): a foreign name the tagger cut in two, typed as a place, or whose first letter it took for the
/// conjunction "ف", becomes one mention of the knowledge base's type; each rule both ways. The KB is written here.
/// </summary>
public sealed class KnownNamesTests
{
    private static readonly AnalysisPipeline Plain = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());

    private static readonly InMemoryKnowledgeBase Kb = Dump(
        Item("Q90039501", "بيلا فاركاش", "Q5"),
        Item("Q90039502", "سانتا ماريا دي لا فيكتوريا", "Q515"),
        Item("Q90039503", "بودابست", "Q515"),
        Item("Q90039504", "محمد علي", "Q5"),
        Item("Q90039505", "محمد علي", "Q515"));

    // A knowledge base that knows a person by two words inside the tagger's longer mention, and not the place around them.
    private static readonly InMemoryKnowledgeBase Inner = Dump(Item("Q90039506", "ماريا دي", "Q5"));

    private static readonly Lazy<AnalysisPipeline> WithKb = new(() => KnowledgePipeline.WithKnowledge(Plain, Kb));

    private static InMemoryKnowledgeBase Dump(params string[] items) =>
        InMemoryKnowledgeBase.FromDump(Encoding.UTF8.GetBytes("[\n" + string.Join(",\n", items) + "\n]\n"));

    private static string Item(string id, string label, string cls) =>
        "{\"type\":\"item\",\"id\":\"" + id + "\",\"labels\":{\"ar\":{\"language\":\"ar\",\"value\":\"" + label + "\"}},"
        + "\"claims\":{\"P31\":[{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P31\",\"datavalue\":{\"value\":{\"entity-type\":\"item\","
        + "\"numeric-id\":" + cls[1..] + ",\"id\":\"" + cls + "\"},\"type\":\"wikibase-entityid\"}},\"type\":\"statement\",\"id\":\"" + id
        + "$1\",\"rank\":\"normal\"}]}}";

    private static AnalyzedDocument Run(AnalysisPipeline pipeline, string text)
    {
        var doc = pipeline.Run(new SourceText(text, "known-names"));
        SpanAssert.Document(doc);
        return doc;
    }

    private static (string Text, string Label)[] Mentions(AnalyzedDocument doc) => [.. doc.Entities.Select(e => (e.Text, e.Label))];

    [Fact]
    public void A_known_person_the_tagger_cut_in_two_is_one_person()
    {
        const string text = "وُلد بيلا فاركاش في قرية صغيرة عام 1902، ودرس في بودابست.";
        Assert.DoesNotContain(("بيلا فاركاش", EntityLabels.Person), Mentions(Run(Plain, text)));
        var mentions = Mentions(Run(WithKb.Value, text));
        Assert.Contains(("بيلا فاركاش", EntityLabels.Person), mentions);
        Assert.DoesNotContain(mentions, m => m.Text is "بيلا" or "اركاش");
    }

    [Fact]
    public void A_known_place_of_five_words_is_one_place()
    {
        const string text = "زار الوفد مدينة سانتا ماريا دي لا فيكتوريا في الصيف الماضي.";
        Assert.DoesNotContain(("سانتا ماريا دي لا فيكتوريا", EntityLabels.Location), Mentions(Run(Plain, text)));
        var mentions = Mentions(Run(WithKb.Value, text));
        Assert.Contains(("سانتا ماريا دي لا فيكتوريا", EntityLabels.Location), mentions);
        Assert.DoesNotContain(mentions, m => m.Label == EntityLabels.Person);
    }

    [Fact]
    public void A_conjunction_before_a_known_name_stays_out_of_it()
    {
        var mentions = Mentions(Run(WithKb.Value, "التقى الوزير بأستاذه وبيلا فاركاش في المعهد."));
        Assert.Contains(("بيلا فاركاش", EntityLabels.Person), mentions);
    }

    [Fact]
    public void A_name_that_names_a_person_and_a_place_is_left_to_the_tagger()
    {
        const string text = "التقى الوزير بمحمد علي في القاهرة.";
        Assert.Equal(Mentions(Run(Plain, text)), Mentions(Run(WithKb.Value, text)));
    }

    [Fact]
    public void A_known_name_inside_a_longer_mention_does_not_cut_it()
    {
        const string text = "زار الوفد مدينة سانتا ماريا دي لا فيكتوريا في الصيف الماضي.";
        var inner = Mentions(Run(KnowledgePipeline.WithKnowledge(Plain, Inner), text));
        Assert.DoesNotContain(("ماريا دي", EntityLabels.Person), inner);
        Assert.Equal(Mentions(Run(Plain, text)), inner);
    }

    [Fact]
    public void A_one_word_known_name_changes_nothing()
    {
        Assert.Equal(-1, new KbKnownNames(Kb).TypeOf("بودابست"));
        Assert.Equal(0, new KbKnownNames(Kb).TypeOf("بيلا فاركاش"));
        Assert.Equal(-1, new KbKnownNames(Kb).TypeOf("محمد علي"));
    }

    [Fact]
    public void Without_a_knowledge_base_the_entity_stage_has_no_known_names()
    {
        Assert.All(Plain.Stages.OfType<EntityStage>(), s => Assert.Null(s.KnownNames));
        Assert.All(WithKb.Value.Stages.OfType<EntityStage>(), s => Assert.NotNull(s.KnownNames));
    }
}
