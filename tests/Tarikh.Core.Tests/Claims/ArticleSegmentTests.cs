using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Claims;

/// <summary>
/// Article segments of the document index (issue 12, round 5): a document that joins several articles scopes the subject
/// and the person facts per article. Both ways, through the whole pipeline, on sentences written for these tests.
/// </summary>
public class ArticleSegmentTests
{
    private static DocumentIndex Index(string text) => DocumentIndex.Build(ClaimExtractorTests.Run(text));

    private static string? SubjectName(DocumentIndex index, ArticleSegment segment)
        => segment.Subject is { } s ? index.Cluster(s)?.Name : null;

    // A second encyclopedia lead, a new name with its lifespan and "هو", opens a new article whose subject is that name.
    [Fact]
    public void APersonLeadWithALifespanOpensANewArticle()
    {
        var index = Index("سليم الحداد (1890–1950) شاعر لبناني. نشر ديوانه الأول عام 1920. "
            + "نادر الخوري (1925–1990) هو رسام سوري. أقام معرضه الأول في دمشق عام 1955.");
        Assert.Equal(2, index.Segments.Length);
        var second = index.Segments[1];
        Assert.Equal(SegmentEvidence.PersonLead, second.Evidence);
        Assert.Equal("نادر الخوري", SubjectName(index, second));
        Assert.Equal("سليم الحداد", SubjectName(index, index.Segments[0]));
    }

    // The same name again, or a relative introduced with his own lifespan, is the same article.
    [Theory]
    [InlineData("سليم الحداد (1890–1950) شاعر لبناني. نشر ديوانه الأول عام 1920. سليم الحداد هو أيضاً مترجم، ونقل إلى العربية قصائد فرنسية.")]
    [InlineData("رشيد القاسمي (1903–1977) كاتب مسرحي تونسي. أخوه الأكبر الطاهر القاسمي (1899–1960) كان من مؤسسي فرقة مسرحية في تونس.")]
    [InlineData("سليم الحداد (1890–1950) شاعر لبناني. وكان صديقه نادر الخوري يرسم أغلفة دواوينه.")]
    public void TheSameArticleStaysOneSegment(string text)
    {
        var index = Index(text);
        Assert.Single(index.Segments);
    }

    // A title before the name ("خوجه معمار سنان") and two parentheses (a foreign spelling, then the dates) still make a lead.
    [Fact]
    public void ALeadMayHaveATitleAndAForeignSpelling()
    {
        var index = Index("روماريو لاعب كرة قدم برازيلي، فاز بكأس العالم عام 1994. "
            + "هنري ديل (Henry Dale) (1875–1968) عالم أدوية إنجليزي. تقاسم جائزة نوبل في الطب عام 1936.");
        Assert.Equal(2, index.Segments.Length);
        Assert.Equal(SegmentEvidence.PersonLead, index.Segments[1].Evidence);
    }

    // A definitional lead about a place opens an article with no person; naming the earlier person again resumes his story.
    [Fact]
    public void AnEntityLeadEndsThePersonsScopeUntilHeIsNamedAgain()
    {
        var index = Index("سليم الحداد (1890–1950) شاعر لبناني. نشر ديوانه الأول عام 1920. "
            + "مصر هي دولة عربية. عاصمتها القاهرة. وزار سليم الحداد القاهرة عام 1930.");
        Assert.Equal(3, index.Segments.Length);
        Assert.Equal(SegmentEvidence.EntityLead, index.Segments[1].Evidence);
        Assert.Null(index.Segments[1].Subject);
        Assert.Equal(SegmentEvidence.Resumed, index.Segments[2].Evidence);
        Assert.Equal("سليم الحداد", SubjectName(index, index.Segments[2]));
    }

    // A dated act with a dropped subject in another article is not the first article's subject's: no act after his death.
    [Theory]
    [InlineData("سافر إلى باريس عام 1960.", true)]
    [InlineData("مصر هي دولة عربية. سافر إلى باريس عام 1960.", false)]
    public void ADroppedSubjectDoesNotCrossIntoAnotherArticle(string tail, bool flagged)
    {
        var doc = ClaimExtractorTests.Run("سليم الحداد (1890–1950) شاعر لبناني. نشر ديوانه الأول عام 1920. " + tail);
        var flags = doc.Flags.Where(f => f.Rule == "lifespan" && f.Severity >= Severity.Warning).ToList();
        Assert.Equal(flagged, flags.Count == 1);
    }

    // A plan or an attempt on a life is no death: "لقتل"، "محاولة اغتيال".
    [Theory]
    [InlineData("وفي عام 2003 حضر عميل إلى لندن لقتل كريم الهاشمي، لكن الشرطة اعتقلته.", false)]
    [InlineData("ونجا كريم الهاشمي عام 2003 من محاولة اغتيال في لندن.", false)]
    [InlineData("وتوفي كريم الهاشمي في لندن عام 2003.", true)]
    public void AnAttemptOnALifeIsNoDeath(string sentence, bool death)
    {
        var doc = ClaimExtractorTests.Run("كريم الهاشمي (مواليد 1946) رجل أعمال عراقي، انتقل إلى لندن عام 1990. " + sentence);
        Assert.Equal(death, doc.Claims.Any(c => c.Property == ClaimProperties.DeathDate && c.Value.Date is { } d && d.Start.Year == 2003));
    }
}
