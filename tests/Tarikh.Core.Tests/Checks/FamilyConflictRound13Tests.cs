using Tarikh.Core.Checks;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 13 of conflicting-values, family-order and ordinal-series (issue 12f), by class, on sentences written for these tests in
/// phrasings none of the development sets uses: a parent reached by a kinship word with a pronoun whose birth is told in apposition
/// (named or not), a date written after another person's participle, an event dated from outside its own clause, an elided ordinal
/// coordinated with a written item skipping one number, and new series nouns. Both ways, through the whole pipeline (span-checked).
/// </summary>
public class FamilyConflictRound13Tests
{
    // "وكانت والدته المعلمة المولودة سنة …": the parent is not named, the birth participle gives her year; eight years is too young.
    [Theory]
    [InlineData("1940", true)]
    [InlineData("1921", false)]
    public void AnUnnamedParentsBirthInApposition(string year, bool flagged)
    {
        var text = $"وُلد المهندس سامي الخطيب في حمص سنة 1948، وكانت والدته المعلمة المولودة سنة {year} تدرّس في مدرسة البنات.";
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }

    // "وأبوها الضابط، المولود عام …": a father born after his daughter.
    [Theory]
    [InlineData("1964", true)]
    [InlineData("1931", false)]
    public void AFatherBornAfterTheChildInApposition(string year, bool flagged)
    {
        var text = $"ولدت الرسامة هدى المصري عام 1960 في اللاذقية. وأبوها الضابط، المولود عام {year}، خدم في الجيش طويلاً.";
        Assert.Equal(flagged, Flags(text, "family-order").Length > 0);
    }

    // "وتوفيت جدته المولودة سنة 1890 بعد ولادته": the year after the participle is the grandmother's, not a second birth of his.
    [Fact]
    public void ADateAfterAnotherPersonsParticipleIsNotTheSubjectsBirth()
    {
        var text = "وُلد الشاعر كمال الحلبي في حلب سنة 1930. وتوفيت جدته المولودة سنة 1890 بعد ولادته بثلاثة أعوام.";
        Assert.Empty(Flags(text, "conflicting-values"));
    }

    // The same sentence with his own birth restated: still a conflict.
    [Fact]
    public void ARestatedBirthAfterItsOwnTriggerStillConflicts()
    {
        var text = "وُلد الشاعر كمال الحلبي في حلب سنة 1930. وكانت ولادته سنة 1934 في بيت جده.";
        Assert.NotEmpty(Flags(text, "conflicting-values", Severity.Info));
    }

    // "توفيت في دمشق، وأُزيح الستار عن نصبها عام 1986": the year is the unveiling's, read for the death only from the sentence.
    [Theory]
    [InlineData("توفيت في دمشق، وأُزيح الستار عن نصبها التذكاري في حديقة المدينة عام 1986", false)]
    [InlineData("توفيت في دمشق عام 1968", true)]
    public void ADeathDatedOnlyFromAnotherClause(string tail, bool flagged)
    {
        var text = $"سعاد الخياط (1901–1966) شاعرة سورية. {tail}.";
        Assert.Equal(flagged, Flags(text, "conflicting-values").Length > 0);
    }

    // "إذ وُلدت عام … ووُلد هو عام …": a feminine birth verb and a masculine one are two people's births, not two of one man.
    [Theory]
    [InlineData("وُلدت عام 1948 ووُلد هو عام 1952", false)]
    [InlineData("وُلد عام 1948 ثم ذُكر أنه وُلد عام 1952", true)]
    public void BirthVerbsOfTwoGenders(string tail, bool flagged)
    {
        var text = $"كانت نوال شقيقة المترجم المغربي إدريس الكتاني تكبره بأعوام، إذ {tail}.";
        Assert.Equal(flagged, Flags(text, "conflicting-values", Severity.Info).Length > 0);
    }

    // "الأولى … والثالثة … أما الثانية": one number skipped in the coordination, the written second after the third (info: an
    // elided item's flags stay info, see OrdinalSeriesRule).
    [Theory]
    [InlineData("1962", true)]
    [InlineData("1954", false)]
    public void ACoordinatedOrdinalSkippingOne(string year, bool flagged)
    {
        var text = $"كتب المؤلف مسرحيته الأولى عام 1950، والثالثة عام 1958، أما مسرحيته الثانية فعُرضت عام {year} في بغداد.";
        Assert.Equal(flagged, Flags(text, "ordinal-series", Severity.Info).Length > 0);
    }

    // New series nouns: a literary meeting ("الملتقى") numbered and dated.
    [Theory]
    [InlineData("1999", true)]
    [InlineData("2006", false)]
    public void AMeetingSeries(string year, bool flagged)
    {
        var text = $"شارك الناقد في الملتقى الخامس للرواية العربية بالقاهرة سنة 2003، ثم في الملتقى السادس للرواية العربية سنة {year}.";
        Assert.Equal(flagged, Flags(text, "ordinal-series").Length > 0);
    }
}
