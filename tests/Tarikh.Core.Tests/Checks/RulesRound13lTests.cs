using Tarikh.Core.Checks;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 13 (issue 12, 12l): lifespan and anachronism classes read both ways — a listed body's name followed by its seat with ب
/// ("منظمة اليونسكو بباريس"); a state represented before it existed; joining, conducting and presenting as acts in a body;
/// hadith narrated in person (حدّث, with its shadda) after the death; a lifespan written between a verb and its object; a death
/// after "حتى"; a birth verb with an object pronoun read as "his child"; a birth and a death told in one sentence. Full pipeline, sentences written here; spans checked against the text by FlagAssert.
/// </summary>
public class RulesRound13lTests
{
    [Theory]
    // The seat after the body's name, tagged as one organization with it.
    [InlineData("ولد المهندس سامي رشيد الخطيب سنة 1912 في حماة. وفي سنة 1940 عمل مستشارا في منظمة اليونسكو بباريس.")]
    [InlineData("تخرّج الطبيب نادر العنزي في جامعة الملك سعود بالرياض سنة 1950، ثم سافر إلى لندن.")]
    // A state represented before it was formed.
    [InlineData("الدوحة - كرّم النادي العداء حمد الكعبي الذي مثّل دولة الإمارات العربية المتحدة في بطولة آسيا عام 1962.")]
    // Joining a body written as a noun, and an interview a channel conducted before it began.
    [InlineData("روى الدبلوماسي سمير حداد في مذكراته مشاركته عام 1985 في مفاوضات انضمام الأردن إلى منظمة التجارة العالمية.")]
    [InlineData("عرضت المكتبة حوارا أجرته قناة الجزيرة عام 1988 مع الكاتب مراد الحسيني.")]
    public void AnActInAListedBodyBeforeItBeganIsAnAnachronism(string text)
    {
        var flags = Flags(text, "anachronism");
        Assert.NotEmpty(flags);
        Assert.All(flags, f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Theory]
    [InlineData("ولد المهندس سامي رشيد الخطيب سنة 1912 في حماة. وفي سنة 1950 عمل مستشارا في منظمة اليونسكو بباريس.")]
    [InlineData("تخرّج الطبيب نادر العنزي في جامعة الملك سعود بالرياض سنة 1965، ثم سافر إلى لندن.")]
    [InlineData("الدوحة - كرّم النادي العداء حمد الكعبي الذي مثّل دولة الإمارات العربية المتحدة في بطولة آسيا عام 1978.")]
    [InlineData("روى الدبلوماسي سمير حداد في مذكراته مشاركته عام 1998 في مفاوضات انضمام الأردن إلى منظمة التجارة العالمية.")]
    [InlineData("عرضت المكتبة حوارا أجرته قناة الجزيرة عام 2001 مع الكاتب مراد الحسيني.")]
    // A longer name that is another body still goes on.
    [InlineData("فاز المدرب كريم سالم عام 1950 بكأس الاتحاد الأوروبي لكرة القدم.")]
    public void TheTwinsInTheBodysYearsStaySilent(string text)
        => Assert.Empty(Flags(text, "anachronism"));

    [Theory]
    // Hadith narrated in person after the death (حدّث with its shadda), Hijri years in words.
    [InlineData("ولد الشيخ عماد الدين يوسف بن علي البعلي سنة خمسين وستمائة، ومات ببعلبك سنة 715 هـ. وحدّث بجامعها سنة عشرين وسبعمائة، فسمع منه جماعة.")]
    // A poem read in person, the lifespan written between the verb and the poem.
    [InlineData("قرأ الشاعر فاسيلي أندرييف (1820–1850) قصيدته الأخيرة بنفسه في نادي الأدباء سنة 1853.")]
    public void AnActInPersonAfterTheDeathIsALifespanFlag(string text)
        => Assert.NotEmpty(Flags(text, "lifespan"));

    [Theory]
    [InlineData("ولد الشيخ عماد الدين يوسف بن علي البعلي سنة خمسين وستمائة، ومات ببعلبك سنة 715 هـ. وحدّث بجامعها سنة عشر وسبعمائة، فسمع منه جماعة.")]
    // Without its shadda حدث is "happened": a flood after the death is no act of his.
    [InlineData("ولد الشيخ عماد الدين يوسف بن علي البعلي سنة خمسين وستمائة، ومات ببعلبك سنة 715 هـ. وحدث ببعلبك سيل عظيم سنة عشرين وسبعمائة.")]
    [InlineData("قرأ الشاعر فاسيلي أندرييف (1820–1850) قصيدته الأخيرة بنفسه في نادي الأدباء سنة 1848.")]
    public void TheirTwinsInTheLifeStaySilent(string text)
        => Assert.Empty(Flags(text, "lifespan"));

    [Theory]
    // A death after "حتى" ("until he died"), 140 lunar years after the birth.
    [InlineData("كان مولد الشيخ شمس الدين محمد بن خليل الحلبي سنة عشرين وخمسمائة، وعمّر طويلا حتى توفي سنة 660 هـ.")]
    // A birth and a death in one sentence through possessive nouns, with an epithet the tagger takes for a second person.
    [InlineData("علي بن حسن بن يوسف الحمصي، الخطيب المعمّر. كان مولده سنة سبعين وخمسمائة، ووفاته في رجب سنة 705 هـ.")]
    public void ALifeOverTheLimitIsFlagged(string text)
    {
        var flags = Flags(text, "lifespan");
        Assert.Contains(flags, f => f.Evidence.TryGetValue("reason", out var r) && r == "too-old");
    }

    [Theory]
    [InlineData("كان مولد الشيخ شمس الدين محمد بن خليل الحلبي سنة عشرين وستمائة، وعمّر طويلا حتى توفي سنة 700 هـ.")]
    [InlineData("علي بن حسن بن يوسف الحمصي، الخطيب المعمّر. كان مولده سنة ستمائة، ووفاته في رجب سنة 690 هـ.")]
    public void ALongLifeUnderTheLimitStaysSilent(string text)
        => Assert.Empty(Flags(text, "lifespan"));

    [Fact]
    // "نقله ولده": his son moved him; the son is no birth of the dead man six years after the death.
    public void HisChildAfterAVerbIsNoBirth()
        => Assert.Empty(Flags("توفي الشيخ بهاء الدين ابن العطار بحلب سنة ثلاثين وسبعمائة ودفن بها، ثم نقله ولده إلى دمشق سنة خمس وثلاثين فدفنه هناك.", "lifespan", Severity.Info));

    [Fact]
    // The verb reading of the same root with its subject suffix is still a birth.
    public void AFeminineBirthVerbIsStillABirth()
        => Assert.NotEmpty(Flags("ولدت الكاتبة هدى سليم الخوري في بيروت عام 1950، وتوفيت فيها عام 1940.", "lifespan"));
}
