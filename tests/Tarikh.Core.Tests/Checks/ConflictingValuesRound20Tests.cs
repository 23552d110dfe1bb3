using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Tests.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// conflicting-values, round 20 (issue 20c): a second value given by a report — the person's own first-person saying after a speech
/// verb, a source's pronoun complement before "من مواليد", a kunya in another case ending after "إنّ" — and one … the other as two
/// people of one name. Sentences written for these tests.
/// </summary>
public class ConflictingValuesRound20Tests
{
    private static IEnumerable<Flag> Conflicts(string text) => ClaimExtractorTests.Run(text).Flags.Where(f => f.Rule == "conflicting-values");

    [Fact]
    public void OwnSayingAfterAColonIsTheSpeakersSecondBirthYear()
    {
        var flags = Conflicts("ولد الشاعر مروان بن سليمان بالكوفة سنة خمس وثمانين ومائة. وكان يقول: أنا من مواليد سنة تسعين ومائة.").ToList();
        var flag = Assert.Single(flags);
        Assert.Equal(Severity.Warning, flag.Severity);
    }

    [Fact]
    public void OwnSayingInQuotesWithANamedSpeakerConflicts()
        => Assert.NotEmpty(Conflicts("ولد يوسف الحلبي سنة 1902 في حلب. وقال يوسف الحلبي في حديث إذاعي: «إني ولدت سنة 1906»."));

    [Fact]
    public void OwnSayingThatAgreesIsSilent()
        => Assert.Empty(Conflicts("ولد الشاعر مروان بن سليمان بالكوفة سنة خمس وثمانين ومائة. وكان يقول: أنا من مواليد سنة خمس وثمانين ومائة."));

    [Fact]
    public void SayingOfAnUntaggedRelativeIsNotTheNamedPersons()
        => Assert.Empty(Conflicts("ولد التاجر سالم العبدالله في الكويت سنة 1931. وكان أبوه يقول: أنا من مواليد سنة 1902."));

    [Fact]
    public void FeminineSpeechVerbIsNotTheManNamedBefore()
        => Assert.Empty(Conflicts("ولد التاجر سالم العبدالله في الكويت سنة 1931. وكانت تقول: أنا من مواليد سنة 1935."));

    [Fact]
    public void SelfReportIsTheSpeakersClaim()
    {
        var doc = ClaimExtractorTests.Run("ولد الشاعر مروان بن سليمان بالكوفة سنة خمس وثمانين ومائة. وكان يقول: أنا من مواليد سنة تسعين ومائة.");
        var births = doc.Claims.Where(c => c.Property == ClaimProperties.BirthDate).ToList();
        Assert.Equal(2, births.Count);
        Assert.Contains(births, c => c.Attribution == ImplicitSubjectEvidence.SelfReport);
    }

    [Fact]
    public void SourcesPronounBeforeMinMawalidGivesASecondBirthplace()
        => Assert.NotEmpty(Conflicts("الشيخ عبد الرحمن القاسمي، ولد بالقيروان سنة 1890 ودرس بالزيتونة. وجاء في سجل الجامع أنه من مواليد المهدية."));

    [Fact]
    public void SourcesPronounBeforeMinMawalidThatAgreesIsSilent()
        => Assert.Empty(Conflicts("الشيخ عبد الرحمن القاسمي، ولد بالقيروان سنة 1890 ودرس بالزيتونة. وجاء في سجل الجامع أنه من مواليد القيروان."));

    [Fact]
    public void KunyaInTheAccusativeAfterInnaIsThePerson()
        => Assert.NotEmpty(Conflicts("قال الراوي: توفي أبو نواس ببغداد سنة ثمان وتسعين ومائة. وقال في موضع آخر إن أبا نواس مات بالبصرة."));

    [Fact]
    public void OneAndTheOtherOfOneNameAreTwoPeople()
        => Assert.Empty(Conflicts("في سجل المدرسة تلميذان باسم علي حسن الجمال: أحدهما من مواليد القاهرة سنة 1941، والآخر من مواليد طنطا سنة 1944."));
}
