using Tarikh.Core.Claims;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

public sealed class LinkerTests
{
    private static InMemoryKnowledgeBase Kb => KbFixtures.Lenin;

    private static KbLink? LinkOf(AnalyzedDocument d, string name)
        => d.KbLinks.FirstOrDefault(l => d.Clusters[l.Cluster].Name == name);

    [Fact]
    public void A_person_links_by_an_arabic_alias()
    {
        var d = new KbDoc("وُلد فلاديمير إيليتش أوليانوف في مدينة سيمبيرسك على نهر الفولغا.")
            .Person("فلاديمير إيليتش أوليانوف").Place("سيمبيرسك").Run(Kb);
        Assert.Equal("Q1394", LinkOf(d, "فلاديمير إيليتش أوليانوف")?.Item);
        Assert.Equal(Kb.Id("Ulyanovsk"), LinkOf(d, "سيمبيرسك")?.Item);
    }

    [Fact]
    public void A_transliteration_variant_links_through_the_skeleton()
    {
        var d = new KbDoc("انتقل لينين إلى زيوريخ في شباط 1916.").Person("لينين").Place("زيوريخ").Run(Kb);
        var link = LinkOf(d, "زيوريخ");
        Assert.Equal("Q72", link?.Item);
        Assert.Equal("skeleton", link?.Reason);
    }

    [Fact]
    public void A_name_the_kb_does_not_know_is_nil()
    {
        var d = new KbDoc("التقى لينين بالكاتب سليم الحلبي في جنيف.").Person("لينين").Person("سليم الحلبي").Run(Kb);
        Assert.Null(LinkOf(d, "سليم الحلبي"));
    }

    [Fact]
    public void A_place_never_links_to_a_person_of_the_same_name()
    {
        // "لينين" as a place (a mis-tagged mention) must not become the man.
        var d = new KbDoc("سافر إلى لينين ثم عاد.").Place("لينين").Run(Kb);
        Assert.Null(LinkOf(d, "لينين"));
    }

    [Fact]
    public void A_first_name_alone_links_to_the_relative_of_a_linked_person()
    {
        var d = new KbDoc("كان لفلاديمير لينين شقيق أكبر اسمه ألكسندر.").Person("فلاديمير لينين").Person("ألكسندر").Run(Kb);
        var link = LinkOf(d, "ألكسندر");
        Assert.Equal(Kb.Id("Aleksandr Ulyanov"), link?.Item);
        Assert.Equal("relative", link?.Reason);
    }

    [Fact]
    public void A_first_name_alone_without_a_linked_relative_is_nil()
    {
        var d = new KbDoc("كان للتاجر شقيق أكبر اسمه ألكسندر.").Person("ألكسندر").Run(Kb);
        Assert.Null(LinkOf(d, "ألكسندر"));
    }

    [Fact]
    public void Two_relatives_sharing_a_first_name_stay_nil()
    {
        // Lenin's mother and his younger sister are both ماريا.
        var d = new KbDoc("عاش فلاديمير لينين مع ماريا في سيمبيرسك.").Person("فلاديمير لينين").Person("ماريا").Run(Kb);
        Assert.Null(LinkOf(d, "ماريا"));
    }

    [Fact]
    public void The_documents_own_dates_rule_out_an_item_of_another_century()
    {
        var d = new KbDoc("قدّم فلاديمير بوتين امتحانات الحقوق في عام 1890.")
            .Person("فلاديمير بوتين").Timex("1890", "1890").Date("فلاديمير بوتين", ClaimProperties.Act, "1890", "1890").Run(Kb);
        Assert.Null(LinkOf(d, "فلاديمير بوتين"));
    }

    [Fact]
    public void A_claimed_birth_decades_away_from_the_items_rules_it_out()
    {
        var d = new KbDoc("ولد فلاديمير بوتين سنة 1870.")
            .Person("فلاديمير بوتين").Date("فلاديمير بوتين", ClaimProperties.BirthDate, "1870", "1870").Run(Kb);
        Assert.Null(LinkOf(d, "فلاديمير بوتين"));
    }

    [Fact]
    public void One_misattributed_old_act_does_not_unlink_the_subject()
    {
        var d = new KbDoc("ترجم فلاديمير لينين البيان الشيوعي الصادر في عام 1848.")
            .Person("فلاديمير لينين").Date("فلاديمير لينين", ClaimProperties.Act, "1848", "1848").Run(Kb);
        Assert.Equal("Q1394", LinkOf(d, "فلاديمير لينين")?.Item);
    }

    [Fact]
    public void The_same_name_with_dates_of_its_time_links()
    {
        var d = new KbDoc("وُلد فلاديمير بوتين في لينينغراد عام 1952.")
            .Person("فلاديمير بوتين").Date("فلاديمير بوتين", ClaimProperties.BirthDate, "1952", "1952").Run(Kb);
        Assert.Equal("Q7747", LinkOf(d, "فلاديمير بوتين")?.Item);
    }
}

public sealed class LargeKbLinkerTests
{
    [Fact]
    public void A_first_name_shared_by_many_items_still_links_to_the_relative()
    {
        // Sixty other أولغا make the word too common for the word index; the family still finds her.
        var others = Enumerable.Range(0, 60).Select(i => new KbEntity($"Q9100{i:D4}",
            System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty.Add("ar", $"أولغا بتروفا {i}"),
            System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty,
            System.Collections.Immutable.ImmutableSortedDictionary<string, System.Collections.Immutable.ImmutableArray<string>>.Empty, null,
            [new KbStatement($"Q9100{i:D4}$1", KbRank.Normal, new KbSnak("P31", KbValue.OfItem("Q5"), null), [], 0)]));
        var lenin = KbFixtures.Lenin;
        var ids = new[] { "Q1394" }.Concat(lenin.Get("Q1394")!.ItemValues("P3373"));
        var kb = new InMemoryKnowledgeBase(ids.Select(id => lenin.Get(id)!).Concat(others));
        var d = new KbDoc("كان لفلاديمير لينين أخت أصغر اسمها أولغا.").Person("فلاديمير لينين").Person("أولغا").Run(kb);
        Assert.Contains(d.KbLinks, l => d.Clusters[l.Cluster].Name == "أولغا" && l.Label == "أولغا أوليانوفا");
    }
    [Fact]
    public void A_title_alone_is_nobody_s_partial_name()
    {
        // "زبيدة هانم" cut in two by the entity stage: the title "هانم" is a word of two relatives' names (the mother's
        // and the wife's alias "لطيفة هانم") and must link to neither; the first name still finds the mother.
        var kb = KbFixtures.Load("heldout2.json");
        var d = new KbDoc("ولد مصطفى كمال أتاتورك عام 1881، ووالدته زبيدة هانم.")
            .Person("مصطفى كمال أتاتورك").Person("زبيدة").Person("هانم").Run(kb);
        Assert.Null(d.KbLinks.FirstOrDefault(l => d.Clusters[l.Cluster].Name == "هانم"));
        Assert.Equal(kb.Id("Zübeyde Hanım"), d.KbLinks.FirstOrDefault(l => d.Clusters[l.Cluster].Name == "زبيدة")?.Item);
    }

    [Fact]
    public void A_name_with_a_title_still_links_whole()
    {
        var kb = KbFixtures.Load("heldout2.json");
        var d = new KbDoc("ولد مصطفى كمال أتاتورك عام 1881، ووالدته زبيدة هانم.")
            .Person("مصطفى كمال أتاتورك").Person("زبيدة هانم").Run(kb);
        Assert.Equal(kb.Id("Zübeyde Hanım"), d.KbLinks.FirstOrDefault(l => d.Clusters[l.Cluster].Name == "زبيدة هانم")?.Item);
    }
}
