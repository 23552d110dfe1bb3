using Tarikh.Core.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>
/// Round 21 (issue-xd): questions and answers ("س: متى توفي …؟" then "ج: في … سنة …"): the answer gives the date and place of the act
/// the question asks about, of the person the question names or the text's topic. Sentences written for these tests, both ways.
/// </summary>
public class QuestionAnswerClaimsTests
{
    private static IEnumerable<Claim> Answers(string text) => ClaimExtractorTests.Run(text).Claims.Where(c => c.Source == "answer");

    [Fact]
    public void AnswerToWhenDidHeDieGivesDateAndPlace()
    {
        var claims = Answers("س: متى توفي الشاعر سليم الحداد؟\nج: في حلب سنة 1962، بعد مرض طويل.").ToList();
        Assert.Contains(claims, c => c.Property == ClaimProperties.DeathDate && c.Value.Text!.Contains("1962") && c.Modality == ClaimModality.Asserted);
        Assert.Contains(claims, c => c.Property == ClaimProperties.DeathPlace && c.Value.Text == "حلب");
    }

    [Fact]
    public void AnswerToWhereWasHeBornGivesThePlace()
    {
        var claims = Answers("س: وأين ولد الشاعر سليم الحداد؟\nج: في حمص سنة 1901.").ToList();
        Assert.Contains(claims, c => c.Property == ClaimProperties.BirthPlace && c.Value.Text == "حمص");
    }

    [Fact]
    public void SecondVersionAfterQeelIsHedged()
        => Assert.Contains(Answers("س: متى توفي الشاعر سليم الحداد؟\nج: سنة 1962، وقيل سنة 1963."),
            c => c.Property == ClaimProperties.DeathDate && c.Value.Text!.Contains("1963") && c.Modality == ClaimModality.Hedged);

    [Fact]
    public void QuestionOfAnotherActGivesNoLifeDate()
        => Assert.DoesNotContain(Answers("س: متى سافر الشاعر سليم الحداد إلى باريس؟\nج: سنة 1930، ودرس فيها الأدب."),
            c => c.Property is ClaimProperties.DeathDate or ClaimProperties.BirthDate);

    [Fact]
    public void AnswerWithoutAQuestionIsNoClaim()
        => Assert.Empty(Answers("كتب الشاعر سليم الحداد ديوانه الأول في حلب.\nج: في حلب سنة 1962."));

    [Fact]
    public void AnswerNamingAnotherPersonIsSilent()
        => Assert.Empty(Answers("س: متى توفي الشاعر سليم الحداد؟\nج: بعد وفاة صديقه نزار الخطيب سنة 1950 بعامين."));
}
