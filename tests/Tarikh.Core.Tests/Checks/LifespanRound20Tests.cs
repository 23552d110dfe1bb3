using Tarikh.Core.Claims;
using Tarikh.Core.Tests.Claims;
using Xunit;

using static Tarikh.Core.Tests.Checks.FlagAssert;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Round 20 of the lifespan rule (issue-20a): a dated act read from the grammar (a verb opening its clause with the person named
/// right after it), the death words of the Coptic church, an ordination and an army joined at a child's age. Both ways, through the
/// whole pipeline, on sentences written for these tests.
/// </summary>
public class LifespanRound20Tests
{
    // A verb that no events trigger reads, with its subject named right after it, is weighed against the death: years after it,
    // flagged; before it, silent.
    [Theory]
    [InlineData("توفي المهندس رياض الخوري سنة 1931. وفي سنة 1936 استقبل رياض الخوري وفد التجار في زحلة.", true)]
    [InlineData("توفي المهندس رياض الخوري سنة 1931. وفي سنة 1926 استقبل رياض الخوري وفد التجار في زحلة.", false)]
    [InlineData("مات الوزير أبو الفضل البلعمي سنة 329 هـ. فلما كانت سنة 340 هـ استقبل أبو الفضل البلعمي رسل الخليفة في بخارى.", true)]
    [InlineData("مات الوزير أبو الفضل البلعمي سنة 329 هـ. فلما كانت سنة 320 هـ استقبل أبو الفضل البلعمي رسل الخليفة في بخارى.", false)]
    [InlineData("توفي الموسيقار كمال الطويل عام 1963. وفي عام 1970 لحّن كمال الطويل نشيدا للجيش.", true)]
    public void ASubjectActAfterDeath(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);

    // A dropped subject with "بنفسه" (himself) after the verb: the person the sentence continues acts in person, so he is alive.
    [Theory]
    [InlineData("توفي التاجر منصور بن علي الهاشمي في مسقط سنة 1320هـ. وفي سنة 1326هـ باع بنفسه تمر النخيل في سوق مطرح.", true)]
    [InlineData("توفي التاجر منصور بن علي الهاشمي في مسقط سنة 1320هـ. وفي سنة 1316هـ باع بنفسه تمر النخيل في سوق مطرح.", false)]
    [InlineData("مات المختار حسن العبيدي سنة 1950. وفي سنة 1957 استلم الأرض وسلمها بنفسه للفلاحين.", true)]
    public void AnActInPersonAfterDeath(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);

    // Without the reflexive, a dropped subject after a death is no subject act (it may be the heirs', the state's, anyone's).
    [Fact]
    public void ADroppedSubjectWithoutHimselfIsSilent()
        => Assert.Empty(Flags("توفي التاجر منصور بن علي الهاشمي في مسقط سنة 1320هـ. وفي سنة 1326هـ باع تمر النخيل في سوق مطرح.", "lifespan"));

    // The subject act is read as a claim of the person named after the verb, dated by its clause.
    [Fact]
    public void ASubjectActIsAClaim()
    {
        var claims = ClaimExtractorTests.Run("وفي سنة 1936 استقبل رياض الخوري وفد التجار في زحلة.").Claims;
        Assert.Contains(claims, c => c.Act == ClaimExtractor.SubjectAct && c.Time is not null);
    }

    // Acts that fit a dead man, or whose passive does (buried, honoured, mourned, published), a report of his words, and a verb
    // within a year of the death are silent.
    [Theory]
    [InlineData("توفي الشاعر سليم الزركلي سنة 1931. وفي سنة 1950 كرم سليم الزركلي في حفل أقامه المجمع.")]
    [InlineData("توفي الشاعر سليم الزركلي سنة 1931. وفي سنة 1950 رثى سليم الزركلي تلاميذه في حفل التأبين.")]
    [InlineData("توفي الشاعر سليم الزركلي سنة 1931. وفي سنة 1950 ذكر سليم الزركلي في كتاب عن شعراء دمشق.")]
    [InlineData("توفي الشاعر سليم الزركلي في كانون الأول سنة 1931. وفي سنة 1932 استقبل سليم الزركلي وفد الأدباء.")]
    public void PosthumousAndNearActsAreSilent(string text)
        => Assert.Empty(Flags(text, "lifespan"));

    // A passive written with its vowel ("صُوِّر": he was filmed) is no act of the person; the active "صوّر فيلماً" is.
    [Fact]
    public void AWrittenPassiveIsNoAct()
    {
        Assert.NotEmpty(Flags("توفي الشاعر سليم الزركلي سنة 1931. وفي سنة 1950 صور سليم الزركلي فيلما وثائقيا.", "lifespan"));
        Assert.Empty(Flags("توفي الشاعر سليم الزركلي سنة 1931. وفي سنة 1950 صُوِّر سليم الزركلي في فيلم وثائقي.", "lifespan"));
    }

    // A word opening the clause that is no verb (a title, a noun of his tomb or his poetry) before the name reads nothing.
    [Theory]
    [InlineData("وفي سنة 1950 قبر سليم الزركلي في دمشق صار مزارا.")]
    [InlineData("وفي سنة 1950 ذكرى سليم الزركلي أقيمت في دمشق.")]
    [InlineData("وفي سنة 1950 الشاعر سليم الزركلي في كتب الأدب.")]
    public void NoVerbNoSubjectAct(string text)
        => Assert.DoesNotContain(ClaimExtractorTests.Run(text).Claims, c => c.Act == ClaimExtractor.SubjectAct);

    // A death word inside the name the act is told of (an ancestor's description run into the mention) is not the doer's death.
    [Fact]
    public void AnAncestorsDeathInTheNameIsSilent()
        => Assert.Empty(Flags("أوقف محمد بن سعيد حفيد الشيخ سعيد الحلبي المتوفى سنة 1100 أرضه بحلب سنة 1160.", "lifespan"));

    // The Coptic church's death words: a bishop who reposed, then acts years later, is flagged; acting before, silent.
    [Theory]
    [InlineData("تنيح البابا كيرلس السادس سنة 1971. وفي سنة 1975 استقبل البابا كيرلس السادس وفد الكنائس.", true)]
    [InlineData("تنيح البابا كيرلس السادس سنة 1971. وفي سنة 1965 استقبل البابا كيرلس السادس وفد الكنائس.", false)]
    public void CopticDeathWords(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);

    // "نياحته" is a death, and "بعد نياحته" makes the act it dates posthumous.
    [Fact]
    public void ReposeNounIsADeath()
        => Assert.Contains(ClaimExtractorTests.Run("كان القمص بطرس الأنطوني راعيا للكنيسة حتى نياحته سنة 1940.").Claims, c => c.Property == ClaimProperties.DeathDate);

    [Fact]
    public void AnActAfterTheReposeIsPosthumous()
        => Assert.Empty(Flags("خدم القمص بطرس الأنطوني كنيسة المعلقة، وأعلن المجمع قداسته سنة 1990 بعد نياحته سنة 1940.", "lifespan"));

    // Ordination to a rank of the clergy at a child's age is flagged; at a grown man's, silent.
    [Theory]
    [InlineData("ولد الراهب مينا الأنطوني سنة 1890، ورسم كاهنا على كنيسة أخميم سنة 1897.", true)]
    [InlineData("ولد الراهب مينا الأنطوني سنة 1890، ورسم كاهنا على كنيسة أخميم سنة 1922.", false)]
    public void OrdinationAge(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);

    // Joining an army at six is flagged; at twenty, silent; a child entering a school at six is no army.
    [Theory]
    [InlineData("المجاهد عمر بلقاسم: ولد بسطيف سنة 1938، والتحق بجيش التحرير سنة 1944.", true)]
    [InlineData("المجاهد عمر بلقاسم: ولد بسطيف سنة 1938، والتحق بجيش التحرير سنة 1958.", false)]
    [InlineData("المجاهد عمر بلقاسم: ولد بسطيف سنة 1938، والتحق بالمدرسة الابتدائية سنة 1944.", false)]
    public void ArmyAge(string text, bool flagged)
        => Assert.Equal(flagged, Flags(text, "lifespan").Length > 0);
}
