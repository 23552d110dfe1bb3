using Tarikh.Core.Checks;
using Tarikh.Core.Tests.Claims;
using Xunit;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// name-anomaly, round 21 (issue-xb): after the preposition لـ the article's alif drops ("للطاهر" = لـ + الطاهر), and a name the
/// tagger reads from after "لل" (or "بال"، "كال"، "ولل"، "فلل") must get its article back before it is compared with the author's
/// own names: the author's own name after "لل" stays silent, a real chimera after "لل" is still flagged. Sentences written for
/// these tests.
/// </summary>
public class NameAnomalyArticleAfterLamTests
{
    private static List<Flag> Warnings(string text)
        => [.. ClaimExtractorTests.Run(text).Flags.Where(f => f.Rule == "name-anomaly" && f.Severity >= Severity.Warning)];

    [Theory]
    [InlineData("قرأنا في الصف رواية «الزلزال» للطاهر وطار ثم ناقشناها طويلا.")]
    [InlineData("وكان الشباب في تونس يتداولون «امرأتنا في الشريعة والمجتمع» للطاهر الحداد رغم الهجوم عليها.")]
    [InlineData("ومن أشهر ما كتب في الإصلاح «امرأتنا في الشريعة والمجتمع» وللطاهر الحداد فيه آراء جريئة.")]
    [InlineData("ترجمت إلى لغات كثيرة رواية «طفل الرمال» للطاهر بن جلون بعد صدورها.")]
    public void AuthorsOwnNameAfterLamIsSilent(string text) => Assert.Empty(Warnings(text));

    [Theory]
    [InlineData("قرأنا في الصف رواية «الزلزال» للطيب وطار ثم ناقشناها طويلا.")]
    [InlineData("نشر كتاب «امرأتنا في الشريعة والمجتمع» للطيب الحداد في تونس سنة 1930.")]
    [InlineData("قرأت في المكتبة رواية «السكرية» للطاهر محفوظ قبل سفري.")]
    public void ChimeraAfterLamIsFlagged(string text) => Assert.Single(Warnings(text));

    [Theory]
    [InlineData("للطاهر", "طاهر", "الطاهر")]
    [InlineData("وللطاهر", "طاهر", "الطاهر")]
    [InlineData("بالطاهر", "طاهر", "الطاهر")]
    [InlineData("كالطيب", "طيب", "الطيب")]
    [InlineData("لطاهر", "طاهر", null)]
    [InlineData("للطاهر", "الطاهر", null)]
    [InlineData("بطاهر", "طاهر", null)]
    public void ArticleRestoredOnlyAfterArticlePrepositions(string token, string word, string? expected)
        => Assert.Equal(expected, Tarikh.Core.Checks.Rules.NameAnomalyRule.ArticleDropped(token, word));
}
