using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Knowledge;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// A contradicted date is an <c>error</c> only when its sentence names no other person: where several people stand in
/// one sentence, whose date it is was inferred by the claims layer, so the flag is a warning (issue 12's calibration,
/// seen on the eighth KB held-out set: a mother's birth date compared with her son's, at error).
/// </summary>
public sealed class SharedSentenceSeverityTests
{
    private static Flag KbFlag(Tarikh.Core.Text.AnalyzedDocument d) => Assert.Single(d.Flags, f => f.Rule == "kb-contradiction");

    [Fact]
    public void A_wrong_date_in_a_sentence_about_the_subject_alone_is_an_error()
    {
        var d = new KbDoc("ألكسندر أوليانوف من مواليد عام 1868.").Person("ألكسندر أوليانوف")
            .Date("ألكسندر أوليانوف", ClaimProperties.BirthDate, "1868", "1868").Run(KbFixtures.Lenin);
        Assert.Equal(Severity.Error, KbFlag(d).Severity);
    }

    [Fact]
    public void The_same_wrong_date_in_a_sentence_naming_another_person_is_a_warning()
    {
        var d = new KbDoc("ألكسندر أوليانوف من مواليد عام 1868، وكان شقيقه فلاديمير لينين يصغره بأربع سنوات.")
            .Person("ألكسندر أوليانوف").Person("فلاديمير لينين")
            .Date("ألكسندر أوليانوف", ClaimProperties.BirthDate, "1868", "1868").Run(KbFixtures.Lenin);
        var flag = KbFlag(d);
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.Equal(Verdicts.Contradicted, Assert.Single(d.Verifications, v => v.Verdict == Verdicts.Contradicted).Verdict);
    }
}
