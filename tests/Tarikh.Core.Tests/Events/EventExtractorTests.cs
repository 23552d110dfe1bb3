using Tarikh.Core.Events;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Events;

public class EventExtractorTests
{
    private static EventMention Single(AnalyzedDocument doc, string type)
    {
        SpanAssert.Document(doc);
        var found = doc.Events.Where(e => e.Type == type && e.DuplicateOf is null).ToList();
        Assert.True(found.Count == 1, $"expected one {type} event, found {found.Count}: " + string.Join(" | ", doc.Events.Select(e => $"{e.Type}:{e.TriggerText}")));
        return found[0];
    }

    private static string ClusterName(AnalyzedDocument doc, int? id) => id is { } i ? doc.Clusters[i].Name : "-";

    [Fact]
    public void BirthWithExplicitSubjectPlaceAndDay()
    {
        var doc = new EventTestDocs("ولد طه حسين في قرية الكيلو بمحافظة المنيا في الخامس عشر من نوفمبر عام 1889.")
            .Person("طه حسين").Place("الكيلو").Place("المنيا")
            .Time("الخامس عشر من نوفمبر عام 1889", "1889-11-15")
            .Run();
        var e = Single(doc, "birth");
        Assert.Equal("ولد", e.TriggerText);
        Assert.Equal("طه حسين", ClusterName(doc, e.MainParticipant));
        Assert.Equal("الكيلو", ClusterName(doc, e.Place));
        Assert.Equal(EventTestDocs.Interval("1889-11-15"), e.Date);
        Assert.Equal(EventDateSources.Clause, e.DateSource);
    }

    [Theory]
    [InlineData("توفيت فاطمة في القاهرة عام 1950.", "توفيت")]
    [InlineData("وتوفيت فاطمة في القاهرة عام 1950.", "وتوفيت")]
    [InlineData("عاشت فاطمة طويلاً وكانت وفاتها في القاهرة عام 1950.", "وفاتها")]
    [InlineData("رحلت عن عالمنا فاطمة في القاهرة عام 1950.", "رحلت عن عالمنا")]
    public void DeathTriggersSeeThroughCliticsAndSuffixes(string text, string trigger)
    {
        var doc = new EventTestDocs(text).Person("فاطمة").Place("القاهرة").Subject("فاطمة").Time("عام 1950", "1950").Run();
        var e = Single(doc, "death");
        Assert.Equal(trigger, e.TriggerText);
        Assert.Equal("فاطمة", ClusterName(doc, e.MainParticipant));
    }

    [Fact]
    public void DroppedSubjectIsTheArticleSubject()
    {
        var doc = new EventTestDocs("تحدث الكتاب عن نجيب محفوظ. سافر إلى باريس في عام 1960.")
            .Person("نجيب محفوظ").Place("باريس").Subject("نجيب محفوظ").Time("عام 1960", "1960")
            .Run();
        var e = Single(doc, "travel");
        Assert.Equal("نجيب محفوظ", ClusterName(doc, e.MainParticipant));
        Assert.Equal("باريس", ClusterName(doc, e.Place));
    }

    [Fact]
    public void ArrestWithObjectPronounAndAuthority()
    {
        var doc = new EventTestDocs("عاد سعد زغلول إلى مصر، فاعتقلته السلطات البريطانية في القاهرة وذلك في عام 1919.")
            .Person("سعد زغلول").Place("مصر").Place("القاهرة").Org("السلطات البريطانية").Subject("سعد زغلول")
            .Time("عام 1919", "1919")
            .Run();
        var e = Single(doc, "arrest");
        Assert.Equal("فاعتقلته", e.TriggerText);
        Assert.Equal("سعد زغلول", ClusterName(doc, e.MainParticipant));
        Assert.Equal("patient", e.Participants[0].Role);
        Assert.Contains(e.Participants, p => p.Role == "agent" && ClusterName(doc, p.Cluster) == "السلطات البريطانية");
        Assert.Equal("القاهرة", ClusterName(doc, e.Place));
    }

    [Fact]
    public void ListItemsInheritTheSubjectOfTheLineEndingWithColon()
    {
        var text = "تولى عبد الناصر الرئاسة، ومن أبرز قراراته:\n- أمم قناة السويس في عام 1956.\n- أسس منظمة جديدة في عام 1961.";
        var doc = new EventTestDocs(text).Person("عبد الناصر").Entity("قناة السويس", "MISC").Person("هيكل").Subject("هيكل")
            .Time("عام 1956", "1956").Time("عام 1961", "1961")
            .Run();
        var e = Single(doc, "founding");
        Assert.Equal("عبد الناصر", ClusterName(doc, e.MainParticipant));
        Assert.Equal("عبد الناصر", ClusterName(doc, Single(doc, "decree").MainParticipant));
    }

    [Fact]
    public void ListItemStartingWithANameIsAboutThatPerson()
    {
        var text = "كان له إخوة:\n- هدى من مواليد عام 1901.\n- كريم من مواليد عام 1905.";
        var doc = new EventTestDocs(text).Person("هدى").Person("كريم").Person("سمير").Subject("سمير")
            .Time("عام 1901", "1901").Time("عام 1905", "1905")
            .Run();
        var births = doc.Events.Where(e => e.Type == "birth").ToList();
        Assert.Equal(2, births.Count);
        Assert.Equal("هدى", ClusterName(doc, births[0].MainParticipant));
        Assert.Equal("كريم", ClusterName(doc, births[1].MainParticipant));
        Assert.Equal(EventTestDocs.Interval("1905"), births[1].Date);
    }

    [Fact]
    public void NegatedVerbIsNotAnEvent()
    {
        var doc = new EventTestDocs("تزوج خالد من ليلى في عام 1930، ولم ينجبا أطفالاً.")
            .Person("خالد").Person("ليلى").Subject("خالد").Time("عام 1930", "1930").Run();
        Assert.DoesNotContain(doc.Events, e => e.Type == "family");
        var m = Single(doc, "marriage");
        Assert.Equal("خالد", ClusterName(doc, m.MainParticipant));
        Assert.Contains(m.Participants, p => p.Role == "spouse" && ClusterName(doc, p.Cluster) == "ليلى");
    }

    [Fact]
    public void TimexOfAParticipleBelongsToIt()
    {
        var doc = new EventTestDocs("وفي عام 1889 ترجم البيان الشيوعي الصادر في عام 1848 إلى الروسية.")
            .Person("لينين").Subject("لينين").Time("عام 1889", "1889").Time("عام 1848", "1848").Run();
        SpanAssert.Document(doc);
        var t = doc.Events.Single(e => e.TriggerText == "ترجم");
        Assert.Equal(EventTestDocs.Interval("1889"), t.Date);
    }

    [Fact]
    public void UndatedVerbTakesTheNarrativeAnchor()
    {
        var doc = new EventTestDocs("شارك في مظاهرة في شهر ديسمبر عام 1887. فاعتقلته الشرطة.")
            .Person("لينين").Subject("لينين").Time("شهر ديسمبر عام 1887", "1887-12").Run();
        var a = Single(doc, "arrest");
        Assert.Equal(EventTestDocs.Interval("1887-12"), a.Date);
        Assert.Equal(EventDateSources.Narrative, a.DateSource);
        Assert.True(a.Uncertain);
    }

    [Fact]
    public void RangeGivesAnIntervalEvent()
    {
        var doc = new EventTestDocs("عمل محامياً في سمارا منذ عام 1890 حتى عام 1893.")
            .Person("لينين").Place("سمارا").Subject("لينين").Time("عام 1890", "1890").Time("عام 1893", "1893").Range(0, 1).Run();
        var e = Single(doc, "employment");
        Assert.Equal(new GregorianInterval(new NodaTime.LocalDate(1890, 1, 1), new NodaTime.LocalDate(1893, 12, 31)), e.Date);
        Assert.True(e.Uncertain);
    }

    [Fact]
    public void RangeFrontingItsClauseGivesAnIntervalEvent()
    {
        var doc = new EventTestDocs("من عام 1919 إلى عام 1925 عمل طبيباً في صيدا.")
            .Person("الصيداوي").Place("صيدا").Subject("الصيداوي").Time("عام 1919", "1919").Time("عام 1925", "1925").Range(0, 1).Run();
        var e = Single(doc, "employment");
        Assert.Equal(new GregorianInterval(new NodaTime.LocalDate(1919, 1, 1), new NodaTime.LocalDate(1925, 12, 31)), e.Date);
    }

    [Fact]
    public void EventInALaterClauseAfterARangeHappensAtItsEnd()
    {
        var doc = new EventTestDocs("درس الطب بين عامي 1912 و1917، ثم عمل طبيباً في صيدا.")
            .Person("الصيداوي").Place("صيدا").Subject("الصيداوي").Time("عامي 1912", "1912").Time("1917", "1917").Range(0, 1).Run();
        var e = Single(doc, "employment");
        Assert.Equal(EventTestDocs.Interval("1917"), e.Date);
    }

    [Fact]
    public void FeminineVerbInParenthesisAfterANameRefersToThatName()
    {
        var doc = new EventTestDocs("والدته هي ماريا (توفيت في عام 1916) وكانت معلمة.")
            .Person("ماريا").Person("فلاديمير").Subject("فلاديمير").Time("عام 1916", "1916").Run();
        Assert.Equal("ماريا", ClusterName(doc, Single(doc, "death").MainParticipant));
    }

    [Fact]
    public void ArticleNounWithoutDateIsAReferenceNotAnEvent()
    {
        var doc = new EventTestDocs("وسجلت الأسباب الرسمية للوفاة مرضاً في الأوعية.")
            .Person("لينين").Subject("لينين").Run();
        Assert.DoesNotContain(doc.Events, e => e.Type == "death");
    }

    [Fact]
    public void TriggerInQuotesIsSkipped()
    {
        var doc = new EventTestDocs("بدأ بكتابة كتاب \"الدولة والثورة\" في عام 1917.")
            .Person("لينين").Subject("لينين").Time("عام 1917", "1917").Run();
        Assert.DoesNotContain(doc.Events, e => e.Type == "war");
        Assert.Contains(doc.Events, e => e.Type == "publication");
    }

    [Fact]
    public void LightVerbTakesTheTypeOfItsObject()
    {
        var doc = new EventTestDocs("أصدر الملك مرسوماً بتأسيس الجامعة في عام 1908، ووقع معاهدة مع فرنسا في عام 1910.")
            .Person("الملك").Place("فرنسا").Subject("الملك").Time("عام 1908", "1908").Time("عام 1910", "1910").Run();
        var decree = Single(doc, "decree");
        Assert.Equal("أصدر", decree.TriggerText);
        var treaty = Single(doc, "treaty");
        Assert.Equal("ووقع", treaty.TriggerText);
        Assert.Equal(EventTestDocs.Interval("1910"), treaty.Date);
    }

    [Fact]
    public void HeadingRestatingItsSectionIsADuplicate()
    {
        var text = "تزوج خالد من ليلى\nتزوج خالد من ليلى في القاهرة عام 1930.";
        var doc = new EventTestDocs(text).Person("خالد").Person("ليلى").Place("القاهرة").Subject("خالد").Time("عام 1930", "1930").Run();
        var marriages = doc.Events.Where(e => e.Type == "marriage").ToList();
        Assert.Equal(2, marriages.Count);
        Assert.Equal(1, marriages.Count(e => e.DuplicateOf is null));
        Assert.NotNull(marriages.Single(e => e.DuplicateOf is null).Date);
    }

    [Theory]
    [InlineData("يتبنى سمير الفكرة في عام 1920.", "adoption")]
    [InlineData("التحق سمير بجامعة القاهرة في عام 1920.", "education")]
    [InlineData("انتخب سمير رئيساً في عام 1920.", "office")]
    [InlineData("أفرج عن سمير في عام 1920.", "release")]
    [InlineData("نفي سمير إلى مالطا في عام 1920.", "exile")]
    [InlineData("أعدم سمير في عام 1920.", "execution")]
    [InlineData("حضر سمير المؤتمر الثاني في عام 1920.", "congress")]
    [InlineData("أصيب سمير بمرض التيفوئيد في عام 1920.", "illness")]
    [InlineData("حصل سمير على جائزة الدولة في عام 1920.", "award")]
    [InlineData("اندلعت الثورة في عام 1920.", "war")]
    [InlineData("أعلن سمير استقلال البلاد في عام 1920.", "declaration")]
    [InlineData("نشر سمير كتابه الأول في عام 1920.", "publication")]
    [InlineData("أنشأ سمير مدرسة في عام 1920.", "founding")]
    [InlineData("التقى سمير بالملك في عام 1920.", "meeting")]
    [InlineData("استقال سمير من منصبه في عام 1920.", "office")]
    [InlineData("سجن سمير في عام 1920.", "imprisonment")]
    [InlineData("اغتيل سمير في عام 1920.", "assassination")]
    [InlineData("عين سمير وزيراً في عام 1920.", "office")]
    public void TriggerTypes(string text, string type)
    {
        var doc = new EventTestDocs(text).Person("سمير").Subject("سمير").Time("عام 1920", "1920").Run();
        var e = Single(doc, type);
        Assert.Equal(EventTestDocs.Interval("1920"), e.Date);
    }

    [Fact]
    public void KinSubjectIsTheRelativeNamedEarlier()
    {
        var doc = new EventTestDocs("والدته كانت معلمة اسمها ليلى، وتوفيت والدته في عام 1916.")
            .Person("ليلى").Person("سمير").Subject("سمير").Time("عام 1916", "1916").Run();
        Assert.Equal("ليلى", ClusterName(doc, Single(doc, "death").MainParticipant));
    }

    [Fact]
    public void UnnamedRelativeGivesNoParticipantRatherThanTheTopic()
    {
        var doc = new EventTestDocs("توفي والده في عام 1886.").Person("سمير").Subject("سمير").Time("عام 1886", "1886").Run();
        Assert.Null(Single(doc, "death").MainParticipant);
    }

    [Fact]
    public void WordAfterAPrepositionIsNotAVerb()
    {
        var doc = new EventTestDocs("وافقوا على إطلاق ورقة حول نشر الماركسية في روسيا.").Person("سمير").Subject("سمير").Run();
        Assert.DoesNotContain(doc.Events, e => e.Type == "publication");
    }

    [Fact]
    public void ImperfectAfterAnIsAComplementNotAnEvent()
    {
        var doc = new EventTestDocs("رأى أن البروليتاريا يجب أن تبني تحالفاً مع الفلاحين.").Person("سمير").Subject("سمير").Run();
        Assert.DoesNotContain(doc.Events, e => e.Type == "adoption");
    }

    [Fact]
    public void PerfectAfterBadaAnIsAnEvent()
    {
        var doc = new EventTestDocs("توفي سمير في عام 1924 بعد أن عانى من غيبوبة.").Person("سمير").Subject("سمير").Time("عام 1924", "1924").Run();
        Assert.Contains(doc.Events, e => e.Type == "illness");
    }

    [Fact]
    public void NamedPersonAfterMeetingVerbIsThePartner()
    {
        var doc = new EventTestDocs("انتقل لينين إلى لندن في عام 1902 حيث تعرف على ليون تروتسكي.")
            .Person("ليون تروتسكي").Person("لينين").Place("لندن").Subject("لينين").Time("عام 1902", "1902").Run();
        var m = Single(doc, "meeting");
        Assert.Equal("لينين", ClusterName(doc, m.MainParticipant));
        Assert.Contains(m.Participants, p => p.Role == "with" && ClusterName(doc, p.Cluster) == "ليون تروتسكي");
    }

    [Fact]
    public void ParenthesisDoesNotEndTheClause()
    {
        var doc = new EventTestDocs("نشر لينين الكتيب الذي حمل عنوان \"ما العمل\" (بالروسية) في عام 1902.")
            .Person("لينين").Subject("لينين").Time("عام 1902", "1902").Run();
        Assert.Equal(EventDateSources.Clause, Single(doc, "publication").DateSource);
    }

    [Fact]
    public void DateOfANounInConstructIsNotTheVerbs()
    {
        var doc = new EventTestDocs("تبنى سمير الاشتراكية بعد إعدام أخيه في عام 1887.").Person("سمير").Subject("سمير").Time("عام 1887", "1887").Run();
        Assert.Null(Single(doc, "adoption").Date);
        Assert.Equal(EventTestDocs.Interval("1887"), Single(doc, "execution").Date);
    }

    [Fact]
    public void SecondDeathOfTheSamePersonIsARepeat()
    {
        var doc = new EventTestDocs("توفي سمير في الحادي والعشرين من يناير عام 1924، وأعلنت الحكومة وفاة سمير في اليوم التالي.")
            .Person("سمير").Subject("سمير").Time("الحادي والعشرين من يناير عام 1924", "1924-01-21").Time("اليوم التالي", "1924-01-22").Run();
        Assert.Equal(EventTestDocs.Interval("1924-01-21"), Single(doc, "death").Date);
    }

    [Fact]
    public void NounWithKinPossessorIsAboutTheRelative()
    {
        var doc = new EventTestDocs("تبنى سمير الاشتراكية بعد إعدام أخيه في عام 1887.").Person("سمير").Subject("سمير").Time("عام 1887", "1887").Run();
        Assert.Null(Single(doc, "execution").MainParticipant);
    }
}
