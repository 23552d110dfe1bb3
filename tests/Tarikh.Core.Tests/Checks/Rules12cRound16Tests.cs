using Tarikh.Core.Checks;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Classes of round 16 (issue 12c), each both ways through the whole pipeline, sentences written here: a day and "من" before a
/// year with no month (the colloquial "الـ", a bare year, a year in words, a two-digit colloquial year); a lifespan left open of a
/// man the text reports dead; series nouns with a first person's pronoun and elided ordinals joined by "ثم" (or a repeated "في");
/// a weak act of a grown woman stays silent; a dropped subject two sentences from the only person named.
/// </summary>
public class Rules12cRound16Tests
{
    // ---- malformed-date: a day with no month ----

    [Theory]
    [InlineData("دمشق - يصادف اليوم مرور ثلاثين عاماً على وفاة الخطاط المتخيَّل سامي العلبي في الـ 9 من 1993.", "9 من 1993")]
    [InlineData("عُقدت الجلسة الأولى للمحاكمة المتخيَّلة في السابع من 2011 بحضور المحامين.", "السابع من 2011")]
    [InlineData("وفي رابع عشر من سنة ست وستين وسبعمائة مات الأمير المتخيَّل بالقاهرة.", "رابع عشر من سنة ست وستين وسبعمائة")]
    [InlineData("الضيف: تزوجت في 20 من سنة 71، والله ما أذكر الشهر.", "20 من سنة 71")]
    [InlineData("وُلد الشاعر المتخيَّل في 3 (15) 1870 في قرية قرب قازان.", "3 (15) 1870")]
    [InlineData("توفي الكاتب المتخيَّل في 9 (21) 1902 حسب التقويم القديم.", "9 (21) 1902")]
    public void ADayAndAYearWithNoMonthFire(string text, string evidence)
        => FiresAt(text, "malformed-date", evidence);

    [Theory]
    [InlineData("عُقدت الجلسة الأولى للمحاكمة المتخيَّلة في السابع من أيار 2011 بحضور المحامين.")]
    [InlineData("دمشق - يصادف اليوم مرور ثلاثين عاماً على وفاة الخطاط المتخيَّل سامي العلبي في الـ 9 من آذار 1993.")]
    // A count out of a number with its noun after it, an age, the start of a year.
    [InlineData("شارك في 12 من 1500 عمل فني عُرضت في المعرض المتخيَّل.")]
    [InlineData("توفي الشاعر المتخيَّل وهو في الخامسة من عمره.")]
    [InlineData("افتُتح المتحف المتخيَّل في الأول من عام 1990 بعد ترميمه.")]
    [InlineData("الضيف: تزوجت في 20 من شهر سبعة سنة 71، والحمد لله.")]
    [InlineData("وُلد الشاعر المتخيَّل في 3 (15) مارس 1870 في قرية قرب قازان.")]
    public void ADayWithItsMonthOrNoDayIsSilent(string text)
        => Assert.Empty(Flags(text, "malformed-date"));

    // ---- malformed-date: an open lifespan of a man reported dead ----

    [Theory]
    [InlineData("سليم المتخيَّل الراوي (1921– ) شاعر سوري، ولد في حماة وتوفي في باريس.", "(1921– )")]
    [InlineData("نبيل المتخيَّل الحداد (1935 – ): رسام لبناني، عمل في بيروت. توفي في القاهرة ودفن فيها.", "(1935 – )")]
    public void AnOpenLifespanOfTheDeadFires(string text, string evidence)
        => FiresAt(text, "malformed-date", evidence);

    [Theory]
    [InlineData("سليم المتخيَّل الراوي (1921– ) شاعر سوري، ولد في حماة ويقيم في باريس.")]
    [InlineData("سليم المتخيَّل الراوي (1921–1990) شاعر سوري، ولد في حماة وتوفي في باريس.")]
    public void AnOpenLifespanOfTheLivingOrAClosedOneIsSilent(string text)
        => Assert.Empty(Flags(text, "malformed-date"));

    // ---- ordinal-series ----

    [Theory]
    [InlineData("كانت رحلتي الأولى إلى الهند سنة 1962، ورحلتي الثانية سنة 1958.", "الثانية")]
    [InlineData("شارك الوفد المتخيَّل في المؤتمر الزراعي الأول سنة 1931، ثم في الثالث سنة 1933، ثم في الثاني سنة 1936.", "الثاني")]
    [InlineData("صدرت الطبعة الأولى من الكتاب المتخيَّل سنة 1950، ثم الثالثة سنة 1955، ثم الثانية سنة 1960.", "الثانية")]
    public void AnOrdinalSeriesOutOfOrderFires(string text, string evidence)
        => FiresAt(text, "ordinal-series", evidence);

    [Theory]
    [InlineData("كانت رحلتي الأولى إلى الهند سنة 1952، ورحلتي الثانية سنة 1958.")]
    [InlineData("شارك الوفد المتخيَّل في المؤتمر الزراعي الأول سنة 1931، ثم في الثاني سنة 1933، ثم في الثالث سنة 1936.")]
    [InlineData("صدرت الطبعة الأولى من الكتاب المتخيَّل سنة 1950، ثم الثانية سنة 1955، ثم الثالثة سنة 1960.")]
    public void AnOrdinalSeriesInOrderIsSilent(string text)
        => Assert.Empty(Flags(text, "ordinal-series"));

    // ---- lifespan ----

    [Fact]
    public void AWeakActOfAGrownWomanIsSilent()
        => Assert.Empty(Flags("وُلدت المحامية المتخيَّلة سعاد ناصر الكيلاني في نابلس عام 1950. وتقول سيرتها إنها عُيّنت قاضيةً في محكمة الصلح عام 1986.", "lifespan"));

    [Fact]
    public void ADroppedSubjectTwoSentencesOnFromTheOnlyPersonIsWeighed()
        => FiresAt("خليل المتخيَّل الدباغ (1860–1910) مصلح لبناني. في النشأة: درس في بيروت. وفي حياته العامة ألقى خطبة في دمشق سنة 1915 عن الشورى.",
            "lifespan", "ألقى");

    [Fact]
    public void ADroppedSubjectTwoSentencesOnWithinTheLifeIsSilent()
        => Assert.Empty(Flags("خليل المتخيَّل الدباغ (1860–1910) مصلح لبناني. في النشأة: درس في بيروت. وفي حياته العامة ألقى خطبة في دمشق سنة 1905 عن الشورى.", "lifespan"));
}
