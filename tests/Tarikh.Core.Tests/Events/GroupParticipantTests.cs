using Tarikh.Core.Entities;
using Tarikh.Core.Events;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Events;

/// <summary>Groups (GRP: peoples, dynasties, armies) as event participants, both ways (EventExtractor.Groups).</summary>
public class GroupParticipantTests
{
    private static EventMention Single(AnalyzedDocument doc, string type)
    {
        SpanAssert.Document(doc);
        var found = doc.Events.Where(e => e.Type == type && e.DuplicateOf is null).ToList();
        Assert.True(found.Count == 1, $"expected one {type} event, found {found.Count}: " + string.Join(" | ", doc.Events.Select(e => $"{e.Type}:{e.TriggerText}")));
        return found[0];
    }

    private static string Name(AnalyzedDocument doc, int? id) => id is { } i ? doc.Clusters[i].Name : "-";

    private static string Roles(AnalyzedDocument doc, EventMention e) => string.Join(", ", e.Participants.Select(p => p.Role + "=" + Name(doc, p.Cluster)));

    [Theory]
    [InlineData("وفي سنة 492 هـ استولى الصليبيون على بيت المقدس بعد حصار طويل.", "استولى", "الصليبيون")]
    [InlineData("وفي سنة 656 هـ حاصر المغول بغداد أياما ثم دخلوها.", "حاصر", "المغول")]
    [InlineData("وفي سنة 92 هـ غزا المسلمون الأندلس بقيادة طارق بن زياد.", "غزا", "المسلمون")]
    public void AGroupAfterAWarVerbIsItsAgent(string text, string trigger, string group)
    {
        var doc = new EventTestDocs(text).Entity(group, EntityLabels.Group).Person("طارق بن زياد").Place("بيت المقدس").Place("بغداد").Place("الأندلس")
            .Time(text[text.IndexOf("سنة", StringComparison.Ordinal)..(text.IndexOf("هـ", StringComparison.Ordinal) + 2)], "0710")
            .Run();
        var e = doc.Events.Single(x => x.TriggerText == trigger);
        Assert.Equal("war", e.Type);
        Assert.Equal(group, Name(doc, e.MainParticipant));
        Assert.Equal("agent", e.Participants[0].Role);
        Assert.Contains(e.Evidence, s => doc.TextOf(s) == group);
    }

    [Fact]
    public void AGroupOpeningTheClauseIsTheSubjectOfACollectiveVerb()
    {
        var doc = new EventTestDocs("وفي العام التالي، الفاطميون أسسوا القاهرة على مقربة من الفسطاط.")
            .Entity("الفاطميون", EntityLabels.Group).Place("القاهرة").Place("الفسطاط").Person("جوهر الصقلي").Subject("جوهر الصقلي")
            .Run();
        var e = Single(doc, "founding");
        Assert.Equal("الفاطميون", Name(doc, e.MainParticipant));
    }

    [Fact]
    public void APluralVerbWithoutSubjectTakesTheGroupNamedBeforeNotTheSingularTopic()
    {
        var doc = new EventTestDocs("دخل الصليبيون أنطاكية بعد حصار دام شهورا. ثم استولوا على بيت المقدس سنة 492 هـ.")
            .Entity("الصليبيون", EntityLabels.Group).Place("أنطاكية").Place("بيت المقدس").Person("صلاح الدين").Subject("صلاح الدين")
            .Time("سنة 492 هـ", "1099")
            .Run();
        var e = doc.Events.Single(x => x.TriggerText == "استولوا");
        Assert.Equal("الصليبيون", Name(doc, e.MainParticipant));
        Assert.DoesNotContain(e.Participants, p => Name(doc, p.Cluster) == "صلاح الدين");
    }

    [Fact]
    public void APluralVerbOfAnIndividualActWithoutSubjectIsNotTheSingularTopics()
    {
        // درسوا: a plural doer; the article's person is not its subject (and no group does a life's act).
        var doc = new EventTestDocs("وكان صلاح الدين بدمشق. ودرسوا الفقه في مدارسها سنة 570 هـ.")
            .Person("صلاح الدين").Subject("صلاح الدين").Place("دمشق").Time("سنة 570 هـ", "1174")
            .Run();
        var e = Single(doc, "education");
        Assert.Null(e.MainParticipant);
    }

    [Fact]
    public void AGroupIsNeverTheTopicOfLaterSingularVerbs()
    {
        var doc = new EventTestDocs("كان صلاح الدين في مصر. واستولى الصليبيون على عكا سنة 587 هـ. ثم سافر إلى دمشق سنة 588 هـ.")
            .Entity("الصليبيون", EntityLabels.Group).Place("مصر").Place("عكا").Place("دمشق").Person("صلاح الدين").Subject("صلاح الدين")
            .Time("سنة 587 هـ", "1191").Time("سنة 588 هـ", "1192")
            .Run();
        Assert.Equal("الصليبيون", Name(doc, doc.Events.Single(x => x.TriggerText == "واستولى").MainParticipant));
        var travel = Single(doc, "travel");
        Assert.Equal("صلاح الدين", Name(doc, travel.MainParticipant));
    }

    [Fact]
    public void AGroupAfterABirthIsNoParticipant()
    {
        var doc = new EventTestDocs("ولد صلاح الدين في تكريت سنة 532 هـ لأسرة من الأكراد.")
            .Entity("الأكراد", EntityLabels.Group).Person("صلاح الدين").Place("تكريت").Subject("صلاح الدين").Time("سنة 532 هـ", "1138")
            .Run();
        var e = Single(doc, "birth");
        Assert.Equal("صلاح الدين", Name(doc, e.MainParticipant));
        Assert.Single(e.Participants);
    }

    [Fact]
    public void AGroupRightAfterADeathVerbIsNeverTheOneWhoDied()
    {
        // قتل الصليبيون: active or passive; the group is not made the patient, and the article's person did not die.
        var doc = new EventTestDocs("وفي سنة 583 هـ قتل الصليبيون في حطين.")
            .Entity("الصليبيون", EntityLabels.Group).Place("حطين").Person("صلاح الدين").Subject("صلاح الدين").Time("سنة 583 هـ", "1187")
            .Run();
        var e = Single(doc, "death");
        Assert.Empty(e.Participants);
    }

    [Fact]
    public void AGroupBeforeANamedVictimIsTheAgent()
    {
        var doc = new EventTestDocs("وفي سنة 656 هـ قتل المغول الخليفة المستعصم بالله في بغداد.")
            .Entity("المغول", EntityLabels.Group).Person("المستعصم بالله").Place("بغداد").Time("سنة 656 هـ", "1258")
            .Run();
        var e = Single(doc, "death");
        Assert.Equal("المستعصم بالله", Name(doc, e.MainParticipant));
        Assert.Equal("patient", e.Participants[0].Role);
        Assert.Contains(e.Participants, p => p.Role == "agent" && Name(doc, p.Cluster) == "المغول");
    }

    [Fact]
    public void AGroupAfterAVerbWithAnObjectPronounIsTheAgent()
    {
        var doc = new EventTestDocs("وكان المستعصم بالله آخر خلفاء بني العباس في بغداد، وقتله المغول سنة 656 هـ.")
            .Entity("المغول", EntityLabels.Group).Entity("بني العباس", EntityLabels.Group).Person("المستعصم بالله").Subject("المستعصم بالله")
            .Place("بغداد").Time("سنة 656 هـ", "1258")
            .Run();
        var e = Single(doc, "death");
        Assert.Equal("المستعصم بالله", Name(doc, e.MainParticipant));
        Assert.Contains(e.Participants, p => p.Role == "agent" && Name(doc, p.Cluster) == "المغول");
        Assert.DoesNotContain(e.Participants, p => Name(doc, p.Cluster) == "بني العباس");
    }

    [Fact]
    public void APersonAfterAWarVerbIsStillItsAgent()
    {
        // The other way for the collective types: a named person keeps the slot.
        var doc = new EventTestDocs("وفي سنة 583 هـ حاصر صلاح الدين عكا وفيها الصليبيون.")
            .Entity("الصليبيون", EntityLabels.Group).Person("صلاح الدين").Place("عكا").Time("سنة 583 هـ", "1187")
            .Run();
        var e = Single(doc, "war");
        Assert.Equal("صلاح الدين", Name(doc, e.MainParticipant));
    }

    [Fact]
    public void APluralKillingVerbAfterAGroupIsTheGroupsActNotTheTopicsDeath()
    {
        var doc = new EventTestDocs("وفي سنة 492 هـ استولى الصليبيون على بيت المقدس، وقتلوا فيه خلقا كثيرا.")
            .Entity("الصليبيون", EntityLabels.Group).Place("بيت المقدس").Person("المستنصر بالله").Subject("المستنصر بالله").Time("سنة 492 هـ", "1099")
            .Run();
        var e = Single(doc, "death");
        Assert.Empty(e.Participants);
    }

    [Fact]
    public void APluralKillingVerbAfterAGroupWithANamedVictimHasTheGroupAsAgent()
    {
        var doc = new EventTestDocs("وفي سنة 656 هـ دخل المغول بغداد، وقتلوا الخليفة المستعصم بالله.")
            .Entity("المغول", EntityLabels.Group).Place("بغداد").Person("المستعصم بالله").Time("سنة 656 هـ", "1258")
            .Run();
        var e = Single(doc, "death");
        Assert.Equal("المستعصم بالله", Name(doc, e.MainParticipant));
        Assert.Contains(e.Participants, p => p.Role == "agent" && Name(doc, p.Cluster) == "المغول");
    }

    [Fact]
    public void APluralVerbOfOneLifeWithoutAGroupBeforeItKeepsTheTopic()
    {
        // The other way: no group is named, so the plural may be passive with the topic among its subjects.
        var doc = new EventTestDocs("ألقي القبض على أعضاء الخلية ومن بينهم ألكسندر، وأعدموا في عام 1887.")
            .Person("ألكسندر").Subject("ألكسندر").Time("عام 1887", "1887")
            .Run();
        var e = Single(doc, "execution");
        Assert.Equal("ألكسندر", Name(doc, e.MainParticipant));
    }
}
