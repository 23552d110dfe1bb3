using Tarikh.Core.Claims;
using Tarikh.Core.Tests.Claims;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 18 of the lifespan rule (issue 12a): acts of a living doer the events lexicon lacked (judging, an army led out, a team led,
/// a goal scored, a title won, a recording made), ages by act type for a team, a contest and a body of adults, a life given after the
/// act ("وهي المولودة سنة …") and as a span of living ("عاش فلان بين … و…"). Both ways, through the whole pipeline, on sentences
/// written for these tests.
/// </summary>
public class LifespanRound18Tests
{
    // An act that needs its doer alive, dated after his death: flagged. The same frame with a posthumous act done by others is not.
    [Theory]
    [InlineData("توفي الشيخ حسن البنهاوي في المنيا سنة 1960. وفي سنة 1964 دخل الشيخ حسن البنهاوي الاستوديو فسجل تلاوة مجودة للقرآن.", true)]
    [InlineData("توفي الشيخ حسن البنهاوي في المنيا سنة 1960. وفي سنة 1964 أذاعت الإذاعة تلاوة الشيخ حسن البنهاوي للقرآن.", false)]
    [InlineData("توفي القاضي أحمد الطرابلسي سنة 1210 هـ. وفي سنة 1214 هـ جلس القاضي أحمد الطرابلسي للحكم في محكمة الباب.", true)]
    [InlineData("توفي القاضي أحمد الطرابلسي سنة 1210 هـ. وفي سنة 1204 هـ جلس القاضي أحمد الطرابلسي للحكم في محكمة الباب.", false)]
    [InlineData("توفي الأمير سنجر الحلبي سنة 690 هـ. وفي سنة 695 هـ خرج الأمير سنجر الحلبي بالعسكر إلى الشام.", true)]
    [InlineData("توفي الأمير سنجر الحلبي سنة 690 هـ. وفي سنة 685 هـ خرج الأمير سنجر الحلبي بالعسكر إلى الشام.", false)]
    [InlineData("اللاعب الراحل كمال السوسي (1930-1975) قاد المنتخب الوطني في مباراة الافتتاح سنة 1979.", true)]
    [InlineData("اللاعب الراحل كمال السوسي (1930-1975) قاد المنتخب الوطني في مباراة الافتتاح سنة 1962.", false)]
    public void AnActOfTheLivingAfterDeath(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);

    // Ages by act type: a national title, a first-team goal, a committee joined are not a small child's; the same acts at a
    // plausible age, and a scout troop joined young, are silent.
    [Theory]
    [InlineData("ولد العداء كريم الزين سنة 1990، وتوج بطلا للبلاد في سباق الماراثون سنة 1995.", true)]
    [InlineData("ولد العداء كريم الزين سنة 1990، وتوج بطلا للبلاد في سباق الماراثون سنة 2012.", false)]
    [InlineData("ولد اللاعب عادل المصري سنة 1960، وسجل أول أهدافه مع الفريق الأول سنة 1966.", true)]
    [InlineData("ولد اللاعب عادل المصري سنة 1960، وسجل أول أهدافه مع الفريق الأول سنة 1979.", false)]
    [InlineData("انضمت السيدة سلمى حداد إلى لجنة الإغاثة في الجمعية الخيرية سنة 1935، وهي المولودة في حماة سنة 1930.", true)]
    [InlineData("انضمت السيدة سلمى حداد إلى لجنة الإغاثة في الجمعية الخيرية سنة 1955، وهي المولودة في حماة سنة 1930.", false)]
    [InlineData("ولد سامي النجار سنة 1930، وانضم إلى فرقة الكشافة سنة 1937.", false)]
    public void AgesByActType(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);

    // "وهو المولود سنة …" after the act: the birth of the one person named before the pronoun; none when two are named.
    [Theory]
    [InlineData("ألقى الشاعر فؤاد الخطيب قصيدته في الحفل سنة 1920، وهو المولود سنة 1880.", true)]
    [InlineData("زار الطبيب سمير الحلو صديقه الشاعر فؤاد الخطيب في بيروت سنة 1920، وهو المولود سنة 1880.", false)]
    public void ABirthAfterTheAct(string text, bool read)
    {
        var doc = ClaimExtractorTests.Run(text);
        var births = doc.Claims.Where(c => c.Property == ClaimProperties.BirthDate && c.Source == ClaimSources.Apposition).ToList();
        Assert.Equal(read, births.Count == 1);
        if (read)
        {
            Assert.Equal("فؤاد الخطيب", doc.Clusters.First(c => c.Id == births[0].Subject).Name);
        }
    }

    // "عاش فلان بين X و Y" is a life: a span over 120 years is flagged, a plausible one is read and silent. With a place before the
    // span it is a stay, and nothing is read.
    [Theory]
    [InlineData("عاش الشيخ مصطفى الدباغ بين 1800 و1935، وكان من أعيان المدينة.", true, true)]
    [InlineData("عاش الشيخ مصطفى الدباغ من سنة 1100هـ إلى سنة 1240هـ، وأعقب أربعة أولاد.", true, true)]
    [InlineData("عاش الشيخ مصطفى الدباغ بين 1850 و1935، وكان من أعيان المدينة.", true, false)]
    [InlineData("عاش الشيخ مصطفى الدباغ في القاهرة بين 1800 و1935، وكان من أعيان المدينة.", false, false)]
    public void LivedBetween(string text, bool read, bool flagged)
    {
        var doc = ClaimExtractorTests.Run(text);
        Assert.Equal(read, doc.Claims.Any(c => c.Property == ClaimProperties.BirthDate && c.Source == ClaimSources.Lifespan)
            && doc.Claims.Any(c => c.Property == ClaimProperties.DeathDate && c.Source == ClaimSources.Lifespan));
        Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);
    }
}
