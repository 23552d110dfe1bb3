using System.Collections.Immutable;
using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Output;
using Tarikh.Core.Text;
using Tarikh.Core.Time;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

public sealed class VerifierTests
{
    private static InMemoryKnowledgeBase Kb => KbFixtures.Lenin;

    private static Verification Only(AnalyzedDocument d) => Assert.Single(d.Verifications);

    private static ImmutableArray<Flag> KbFlags(AnalyzedDocument d) => [.. d.Flags.Where(f => f.Rule == "kb-contradiction")];

    [Fact]
    public void A_wrong_birth_place_is_contradicted_with_the_kb_value_named_in_both_languages()
    {
        var d = new KbDoc("ولد فلاديمير لينين في موسكو عام 1870.")
            .Person("فلاديمير لينين").Place("موسكو").Relation("فلاديمير لينين", ClaimProperties.BirthPlace, "موسكو").Run(Kb);
        Assert.Equal(Verdicts.Contradicted, Only(d).Verdict);
        var flag = Assert.Single(KbFlags(d));
        Assert.Equal(Severity.Error, flag.Severity);
        Assert.Contains("Q1394", flag.MessageEn, StringComparison.Ordinal);
        Assert.Contains("Ulyanovsk", flag.MessageEn, StringComparison.Ordinal);
        Assert.Contains("أوليانوفسك", flag.MessageAr, StringComparison.Ordinal);
        Assert.Contains("موسكو", flag.MessageAr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_right_birth_place_is_supported_and_raises_no_flag()
    {
        var d = new KbDoc("ولد فلاديمير لينين في سيمبيرسك عام 1870.")
            .Person("فلاديمير لينين").Place("سيمبيرسك").Relation("فلاديمير لينين", ClaimProperties.BirthPlace, "سيمبيرسك").Run(Kb);
        Assert.Equal(Verdicts.Supported, Only(d).Verdict);
        Assert.Empty(KbFlags(d));
    }

    [Fact]
    public void A_country_holding_the_kb_birth_place_is_supported()
    {
        var d = new KbDoc("ولد فلاديمير لينين في روسيا.")
            .Person("فلاديمير لينين").Place("روسيا", kind: "country").Relation("فلاديمير لينين", ClaimProperties.BirthPlace, "روسيا").Run(Kb);
        Assert.Equal(Verdicts.Supported, Only(d).Verdict);
    }

    [Fact]
    public void A_year_against_a_kb_day_compares_at_year_level()
    {
        var right = new KbDoc("ألكسندر أوليانوف من مواليد عام 1866.").Person("ألكسندر أوليانوف")
            .Date("ألكسندر أوليانوف", ClaimProperties.BirthDate, "1866", "1866").Run(Kb);
        var wrong = new KbDoc("ألكسندر أوليانوف من مواليد عام 1868.").Person("ألكسندر أوليانوف")
            .Date("ألكسندر أوليانوف", ClaimProperties.BirthDate, "1868", "1868").Run(Kb);
        Assert.Equal(Verdicts.Supported, Only(right).Verdict);
        Assert.Equal(Verdicts.Contradicted, Only(wrong).Verdict);
        Assert.Equal("1866-04-12", Only(wrong).Kb!.Value);
        Assert.Equal("day", Only(wrong).Kb!.Precision);
    }

    [Fact]
    public void About_a_year_widens_the_text_date()
    {
        var d = new KbDoc("ولد ألكسندر أوليانوف نحو عام 1867.").Person("ألكسندر أوليانوف")
            .Date("ألكسندر أوليانوف", ClaimProperties.BirthDate, "1867", "1867", approximate: true).Run(Kb);
        Assert.Equal(Verdicts.Supported, Only(d).Verdict);
    }

    [Fact]
    public void An_old_style_day_written_without_its_calendar_is_supported_as_julian()
    {
        // Wikidata gives 22 April 1870 (Gregorian); the text gives the Old-Style day.
        var d = new KbDoc("ولد فلاديمير لينين في العاشر من نيسان/ أبريل عام 1870.").Person("فلاديمير لينين")
            .Date("فلاديمير لينين", ClaimProperties.BirthDate, "العاشر من نيسان/ أبريل عام 1870", "1870-04-10").Run(Kb);
        Assert.Equal(Verdicts.Supported, Only(d).Verdict);
        Assert.Equal("julian-reading", Only(d).Note);
    }

    [Fact]
    public void A_julian_text_date_compares_with_the_kb_after_conversion()
    {
        var d = new KbDoc("ولد فلاديمير لينين في 10 نيسان 1870 حسب التقويم اليولياني.").Person("فلاديمير لينين")
            .Date("فلاديمير لينين", ClaimProperties.BirthDate, "10 نيسان 1870", "1870-04-10", CalendarKind.Julian).Run(Kb);
        Assert.Equal(Verdicts.Supported, Only(d).Verdict);
        Assert.Null(Only(d).Note);
    }

    [Fact]
    public void A_wrong_day_is_contradicted_even_read_as_julian()
    {
        var d = new KbDoc("ولد فلاديمير لينين في 2 أيار 1870.").Person("فلاديمير لينين")
            .Date("فلاديمير لينين", ClaimProperties.BirthDate, "2 أيار 1870", "1870-05-02").Run(Kb);
        Assert.Equal(Verdicts.Contradicted, Only(d).Verdict);
    }

    [Fact]
    public void Any_of_several_statements_supports_and_a_deprecated_one_never_does()
    {
        var kb = KbFixtures.FromDump(System.Text.Encoding.UTF8.GetBytes("""
            [
            {"type":"item","id":"Q90000501","labels":{"ar":{"language":"ar","value":"ابن الأثير"}},"claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":5,"id":"Q5"},"type":"wikibase-entityid"}},"type":"statement","id":"a","rank":"normal"}],"P569":[{"mainsnak":{"snaktype":"value","property":"P569","datavalue":{"value":{"time":"+1160-00-00T00:00:00Z","precision":9,"calendarmodel":"http://www.wikidata.org/entity/Q1985786"},"type":"time"}},"type":"statement","id":"b","rank":"normal"},{"mainsnak":{"snaktype":"value","property":"P569","datavalue":{"value":{"time":"+1162-00-00T00:00:00Z","precision":9,"calendarmodel":"http://www.wikidata.org/entity/Q1985786"},"type":"time"}},"type":"statement","id":"c","rank":"normal"},{"mainsnak":{"snaktype":"value","property":"P569","datavalue":{"value":{"time":"+1150-00-00T00:00:00Z","precision":9,"calendarmodel":"http://www.wikidata.org/entity/Q1985786"},"type":"time"}},"type":"statement","id":"d","rank":"deprecated"}]}}
            ]
            """));
        Verification V(string year) => Only(new KbDoc($"ولد ابن الأثير سنة {year} في جزيرة ابن عمر.").Person("ابن الأثير")
            .Date("ابن الأثير", ClaimProperties.BirthDate, year, year).Run(kb));
        Assert.Equal(Verdicts.Supported, V("1162").Verdict);
        Assert.Equal(Verdicts.Supported, V("1160").Verdict);
        Assert.Equal(Verdicts.Contradicted, V("1150").Verdict);
    }

    [Fact]
    public void A_spouse_named_after_her_mother_is_explained()
    {
        var d = new KbDoc("تزوج فلاديمير لينين من إليزافيتا فاسيليفنا كروبسكايا عام 1898.")
            .Person("فلاديمير لينين").Person("إليزافيتا فاسيليفنا كروبسكايا")
            .Relation("فلاديمير لينين", ClaimProperties.Spouse, "إليزافيتا فاسيليفنا كروبسكايا").Run(Kb);
        var v = Only(d);
        Assert.Equal(Verdicts.Contradicted, v.Verdict);
        Assert.Contains("mother", v.Note, StringComparison.Ordinal);
        Assert.Contains("Nadezhda Krupskaya", v.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_right_spouse_is_supported()
    {
        var d = new KbDoc("تزوج فلاديمير لينين من ناديجدا كروبسكايا عام 1898.")
            .Person("فلاديمير لينين").Person("ناديجدا كروبسكايا").Relation("فلاديمير لينين", ClaimProperties.Spouse, "ناديجدا كروبسكايا").Run(Kb);
        Assert.Equal(Verdicts.Supported, Only(d).Verdict);
    }

    [Fact]
    public void A_congress_dated_a_year_early_is_contradicted_and_the_right_year_supported()
    {
        var wrong = new KbDoc("انعقد المؤتمر الرابع لحزب العمال الاشتراكي الديمقراطي الروسي في ستوكهولم في نيسان 1905.")
            .Org("المؤتمر الرابع لحزب العمال الاشتراكي الديمقراطي الروسي", kind: "congress")
            .Date("المؤتمر الرابع لحزب العمال الاشتراكي الديمقراطي الروسي", ClaimProperties.PointInTime, "نيسان 1905", "1905-04").Run(Kb);
        var right = new KbDoc("انعقد المؤتمر الرابع لحزب العمال الاشتراكي الديمقراطي الروسي في ستوكهولم في نيسان 1906.")
            .Org("المؤتمر الرابع لحزب العمال الاشتراكي الديمقراطي الروسي", kind: "congress")
            .Date("المؤتمر الرابع لحزب العمال الاشتراكي الديمقراطي الروسي", ClaimProperties.PointInTime, "نيسان 1906", "1906-04").Run(Kb);
        Assert.Equal(Verdicts.Contradicted, Only(wrong).Verdict);
        Assert.Equal(Verdicts.Supported, Only(right).Verdict);
    }

    [Fact]
    public void A_subject_the_kb_does_not_know_is_unlinked_and_a_property_it_lacks_is_not_in_kb()
    {
        var d = new KbDoc("ولد سليم الحلبي عام 1850، وتوفي بول لافارج في دارفي.")
            .Person("سليم الحلبي").Person("بول لافارج").Place("دارفي")
            .Date("سليم الحلبي", ClaimProperties.BirthDate, "1850", "1850")
            .Relation("بول لافارج", ClaimProperties.DeathPlace, "دارفي").Run(Kb);
        Assert.Equal([Verdicts.Unlinked, Verdicts.NotInKb], d.Verifications.Select(v => v.Verdict));
        Assert.Empty(KbFlags(d));
    }

    [Fact]
    public void A_negated_claim_is_not_verified()
    {
        var d = new KbDoc("لم يولد فلاديمير لينين في موسكو.").Person("فلاديمير لينين").Place("موسكو")
            .Relation("فلاديمير لينين", ClaimProperties.BirthPlace, "موسكو", ClaimModality.Negated).Run(Kb);
        Assert.Empty(d.Verifications);
    }

    [Fact]
    public void A_hedged_contradiction_is_a_warning()
    {
        var d = new KbDoc("قيل إن فلاديمير لينين ولد في موسكو.").Person("فلاديمير لينين").Place("موسكو")
            .Relation("فلاديمير لينين", ClaimProperties.BirthPlace, "موسكو", ClaimModality.Hedged).Run(Kb);
        Assert.Equal(Severity.Warning, Assert.Single(KbFlags(d)).Severity);
    }

    [Fact]
    public void The_json_carries_links_and_verifications()
    {
        var d = new KbDoc("ولد فلاديمير لينين في موسكو.")
            .Person("فلاديمير لينين").Place("موسكو").Relation("فلاديمير لينين", ClaimProperties.BirthPlace, "موسكو").Run(Kb);
        using var json = System.Text.Json.JsonDocument.Parse(DocumentJsonWriter.ToJson(d));
        var root = json.RootElement;
        Assert.Equal("Q1394", root.GetProperty("clusters")[0].GetProperty("kb").GetProperty("id").GetString());
        var v = root.GetProperty("verifications")[0];
        Assert.Equal("contradicted", v.GetProperty("verdict").GetString());
        Assert.Equal("P19", v.GetProperty("kb").GetProperty("property").GetString());
        Assert.Equal("kb-contradiction", root.GetProperty("flags")[0].GetProperty("rule").GetString());
        Testing.SpanAssert.Json(d.Source.Text, root);
    }
}

public sealed class EventVerificationTests
{
    private static InMemoryKnowledgeBase Kb => KbFixtures.Lenin;

    private static AnalyzedDocument Congress(string text, string congress, string date, string value, string? place = null)
    {
        var doc = new KbDoc(text).Person("لينين").Org(congress, kind: "congress").Timex(date, value);
        if (place is not null)
        {
            doc.Place(place);
        }

        return doc.Run(Kb);
    }

    [Fact]
    public void The_date_beside_a_linked_congress_is_checked_against_its_kb_dates()
    {
        var d = Congress("ثم سافر لينين للمشاركة في المؤتمر الرابع لحزب العمال الاشتراكي الديمقراطي الروسي في ستوكهولم في شهر نيسان/ أبريل عام 1905.",
            "المؤتمر الرابع لحزب العمال الاشتراكي الديمقراطي الروسي", "شهر نيسان/ أبريل عام 1905", "1905-04");
        var v = Assert.Single(d.Verifications);
        Assert.Equal((Verdicts.Contradicted, (int?)null, "P585"), (v.Verdict, v.Claim, v.Property));
        Assert.Equal("1906-04-23", v.Kb!.Value);
        Assert.Equal(Severity.Warning, Assert.Single(d.Flags, f => f.Rule == "kb-contradiction").Severity);
    }

    [Fact]
    public void The_right_date_and_place_beside_a_linked_congress_are_supported()
    {
        var d = Congress("وحضر لينين المؤتمر الخامس لحزب العمال الاشتراكي الديمقراطي الروسي في العاصمة البريطانية لندن في شهر أيار/ مايو عام 1907.",
            "المؤتمر الخامس لحزب العمال الاشتراكي الديمقراطي الروسي", "شهر أيار/ مايو عام 1907", "1907-05", "لندن");
        Assert.Equal([Verdicts.Supported, Verdicts.Supported], d.Verifications.Select(v => v.Verdict));
        Assert.DoesNotContain(d.Flags, f => f.Rule == "kb-contradiction");
    }

    [Fact]
    public void The_wrong_place_beside_a_linked_congress_is_contradicted()
    {
        var d = Congress("انعقد المؤتمر السادس لحزب العمال الاشتراكي الديمقراطي الروسي في باريس بحضور لينين في آب 1917.",
            "المؤتمر السادس لحزب العمال الاشتراكي الديمقراطي الروسي", "آب 1917", "1917-08", "باريس");
        Assert.Equal(Verdicts.Supported, d.Verifications.Single(v => v.Property == "P585").Verdict);
        Assert.Equal(Verdicts.Contradicted, d.Verifications.Single(v => v.Property == "P276").Verdict);
    }
}

public sealed class SelfRelationTests
{
    [Fact]
    public void A_relation_of_a_person_to_himself_is_not_verified()
    {
        // Subject and value both read as Pierre Curie's cluster: a reading error, not a claim to check.
        var d = new KbDoc("توفي زوجها بيير كوري في باريس عام 1906، وكان بيير كوري عالماً.")
            .Person("بيير كوري").Relation("بيير كوري", ClaimProperties.Spouse, "بيير كوري").Run(KbFixtures.Lenin);
        Assert.Empty(d.Verifications);
    }

    [Fact]
    public void A_relation_to_another_person_is_still_verified()
    {
        var d = new KbDoc("تزوج فلاديمير لينين من ناديجدا كروبسكايا.")
            .Person("فلاديمير لينين").Person("ناديجدا كروبسكايا").Relation("فلاديمير لينين", ClaimProperties.Spouse, "ناديجدا كروبسكايا").Run(KbFixtures.Lenin);
        Assert.Single(d.Verifications);
    }
}
