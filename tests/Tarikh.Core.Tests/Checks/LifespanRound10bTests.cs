using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Events;
using Tarikh.Core.Tests.Claims;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 10 of the lifespan and conflicting-values rules (issue 12b): acts that need their doer alive
/// (<see cref="ActLife"/>) weighed on the document index's subject, an act's date written after an apposition's, ages
/// at a degree, and a death stated with its own date inside a posthumous phrase. Both ways, through the whole pipeline,
/// on sentences written for these tests.
/// </summary>
public class LifespanRound10bTests
{
    // The act lexicon is data: an office, a journey, a marriage need the person alive; a publication or an award do not.
    [Theory]
    [InlineData("office/appointed", LifeNeed.Alive)]
    [InlineData("office", LifeNeed.Alive)]
    [InlineData("office/dismissed", LifeNeed.None)]
    [InlineData("travel/pilgrimage", LifeNeed.Alive)]
    [InlineData("travel/return", LifeNeed.None)]
    [InlineData("marriage", LifeNeed.Alive)]
    [InlineData("speech", LifeNeed.Alive)]
    [InlineData("publication/translation", LifeNeed.Posthumous)]
    [InlineData("award", LifeNeed.Posthumous)]
    [InlineData("founding", LifeNeed.None)]
    [InlineData("decree", LifeNeed.None)]
    [InlineData(null, LifeNeed.None)]
    public void ActsAreReadFromTheLifeLexicon(string? act, LifeNeed need)
        => Assert.Equal(need, ActLife.Default.Of(act));

    [Fact]
    public void TheLifeLexiconParsesItsOwnFormat()
    {
        var life = ActLife.Parse("# comment\nspeech\talive\ta lecture\nspeech/recorded\tposthumous\ta recording\n");
        Assert.Equal(LifeNeed.Alive, life.Of("speech/live"));
        Assert.Equal(LifeNeed.Posthumous, life.Of("speech/recorded"));
        Assert.Equal(LifeNeed.None, life.Of("war"));
    }

    // An office taken years after the death, in a sentence that names nobody (the document's only person is its subject):
    // flagged as a warning. The same act before the death, or a posthumous publication, stays silent.
    [Theory]
    [InlineData("وفي عام 1968 ترأس الجمعية الهندسية في بيروت", true)]
    [InlineData("وفي عام 1958 ترأس الجمعية الهندسية في بيروت", false)]
    [InlineData("وفي عام 1968 صدر ديوانه في بيروت", false)]
    public void AnOfficeAfterTheDeathOfTheSubject(string clause, bool flagged)
    {
        var text = $"وُلد المهندس كريم الحداد في طرابلس سنة 1902 وتوفي في صيدا سنة 1961. {clause}.";
        var flags = Flags(text, "lifespan");
        Assert.Equal(flagged, flags.Length > 0);
        Assert.All(flags, f => Assert.Equal(Severity.Warning, f.Severity));
    }

    // A marriage at three, the subject reached through the document index: a warning; at twenty-three, silent.
    [Theory]
    [InlineData("1944", true)]
    [InlineData("1964", false)]
    public void AMarriageAtAnAgeOfAFewYears(string year, bool flagged)
        => Assert.Equal(flagged, Flags($"ليلى الساعدي شاعرة عراقية، ولدت في البصرة عام 1941. تزوجت عام {year} من المحامي سعيد الكاظمي.", "lifespan").Length > 0);

    // "عُيّن X، المولود في 1985، قاضياً … عام 1991": the appointment's date is the one after the apposition, not the birth year.
    [Theory]
    [InlineData("1991", true)]
    [InlineData("2019", false)]
    public void AnAppointmentDatedAfterTheBirthApposition(string year, bool flagged)
    {
        var text = $"عُيّن القاضي منير الدباغ، المولود في 1985، قاضيًا بمحكمة حلب عام {year}.";
        Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);
        var doc = ClaimExtractorTests.Run(text);
        var office = Assert.Single(doc.Claims, c => c.Property == ClaimProperties.PositionHeld);
        Assert.Equal(year, office.Time?.Text?[^4..]);
    }

    // "ووُري الثرى … بعد وفاته في 9 نيسان 2015": the death stated with its own day is a second death date.
    [Theory]
    [InlineData("9 نيسان 2015", true)]
    [InlineData("3 نيسان 2015", false)]
    public void ADeathDatedInsideAPosthumousPhrase(string date, bool flagged)
        => Assert.Equal(flagged, Flags($"أعلنت الجامعة وفاة المؤرخ جميل النحاس في 3 نيسان 2015. وشُيّع جثمان النحاس في حمص بعد وفاته في {date}.", "conflicting-values").Length > 0);

    // "مُنح لأبيه بعد وفاته عام 1992": a bare year after the phrase dates the award, not the death.
    [Fact]
    public void AYearAfterAPosthumousPhraseIsTheActs()
        => Assert.Empty(Flags("توفي النحات عماد السمان عام 1989، وتسلّم ابنه وسامًا مُنح لأبيه بعد وفاته عام 1992.", "conflicting-values"));

    // "نال شهادة الدكتوراه" is a graduation: at seven it is flagged, at twenty-seven not.
    [Theory]
    [InlineData("1943", true)]
    [InlineData("1923", false)]
    public void ADoctorateAtSeven(string born, bool flagged)
        => Assert.Equal(flagged, Flags($"ولد الباحث وليد الشمري في الموصل عام {born}، ونال شهادة الدكتوراه من جامعة دمشق سنة 1950.", "lifespan").Length > 0);

    // An act of another person named in the sentence ("ترأس ابنه سامي") is not the dead man's.
    [Fact]
    public void AnOfficeOfAnotherManNamedInTheSentence()
        => Assert.Empty(Flags("وُلد المهندس كريم الحداد في طرابلس سنة 1902 وتوفي في صيدا سنة 1961. وفي عام 1968 ترأس ابنه سامي الحداد الجمعية الهندسية في بيروت.", "lifespan"));

    // An inferred act far from the person's name (two sentences without it) is not weighed: the text may have moved on.
    [Theory]
    [InlineData("", true)]
    [InlineData("وكانت طرابلس يومئذ مدينة صغيرة. وكان الميناء يعج بالسفن. ", false)]
    public void AnInferredActFarFromTheName(string between, bool flagged)
        => Assert.Equal(flagged, Flags($"وُلد المهندس كريم الحداد في طرابلس سنة 1902 وتوفي في صيدا سنة 1961. {between}وفي عام 1968 ترأس الجمعية الهندسية في بيروت.", "lifespan").Length > 0);

    // "جلس للتدريس" is teaching: at three it is flagged, at thirty-three not; the school employs him.
    [Theory]
    [InlineData("705", true)]
    [InlineData("735", false)]
    public void TeachingAtThree(string year, bool flagged)
    {
        var text = $"كان مولد الشيخ عز الدين الحراني سنة 702 هـ، وجلس للتدريس بالمدرسة الظاهرية سنة {year} هـ.";
        Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);
        Assert.Contains(ClaimExtractorTests.Run(text).Claims, c => c.Property == ClaimProperties.Employer);
    }

    // "رأت النور" is a birth.
    [Fact]
    public void SawTheLightIsABirth()
        => Assert.Contains(ClaimExtractorTests.Run("سعاد المهدي كاتبة تونسية رأت النور في صفاقس عام 1931.").Events, e => e.Type == "birth");

    // A stated age "وهو ابن ست سنوات" and an age not yet reached "ولم يكد يبلغ الخامسة" at a marriage: flagged; twenty-five not.
    [Theory]
    [InlineData("وهو ابن ست سنوات", true)]
    [InlineData("ولم يكد يبلغ الخامسة", true)]
    [InlineData("وهو ابن خمس وعشرين سنة", false)]
    [InlineData("ولم يكد يبلغ الخامسة والعشرين", false)]
    public void AStatedAgeAtAMarriage(string age, bool flagged)
        => Assert.Equal(flagged, Flags($"تزوج سليم الراشد عام 1950 {age}.", "lifespan").Length > 0);

    // An upper bound is no exact age: "ولم يكد يبلغ العشرين" in 1950, born in 1935, contradicts nothing.
    [Fact]
    public void AnAgeNotYetReachedIsNoExactAge()
        => Assert.Empty(Flags("ولد سليم الراشد عام 1935، وتزوج عام 1950 ولم يكد يبلغ العشرين.", "lifespan"));
}
