using Tarikh.Core.Entities;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

public class EntityStageTests
{
    private static readonly AnalysisPipeline Pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());

    [Fact]
    public void StageRequiresTokensAndProducesEntities()
    {
        var stage = new EntityStage(EntityResources.LoadDefault());
        Assert.Contains(Layer.Tokens, stage.Requires);
        Assert.Contains(Layer.Sentences, stage.Requires);
        Assert.Equal([Layer.Entities], stage.Produces);
    }

    [Fact]
    public void ConjunctionIsStrippedFromTheMention()
    {
        var doc = Pipeline.Run(new SourceText("التقى الرئيس جمال عبد الناصر في القاهرة بالرئيس اليوغوسلافي تيتو وبالرئيس نهرو. وكان نهرو سعيداً، وناصر أيضاً."));
        SpanAssert.Document(doc);
        Assert.Contains(doc.Entities, e => e.Text == "القاهرة" && e.Label == EntityLabels.Location);
        Assert.DoesNotContain(doc.Entities, e => e.Text.StartsWith("و", StringComparison.Ordinal) && e.Text.Length > 1 && e.Text[1..] == "ناصر");
    }

    [Fact]
    public void AListedPlaceWithoutTheArticleTheListGivesItIsACommonWord()
    {
        var doc = Pipeline.Run(new SourceText("توفي عبد الناصر في القاهرة إثر نوبة قلبية في 28 أيلول 1970. وكان قد زار النوبة قبل ذلك بعام."));
        SpanAssert.Document(doc);
        Assert.DoesNotContain(doc.Entities, e => e.Text == "نوبة");
        Assert.Contains(doc.Entities, e => e.Text == "النوبة" && e.Label == EntityLabels.Location);
    }

    [Fact]
    public void TwoPersonsJoinedByAConjunctionStayTwo()
    {
        var doc = Pipeline.Run(new SourceText("وترجم البيان الشيوعي للكاتبين ماركس وفريدريك إنجلز الصادر في عام 1848."));
        SpanAssert.Document(doc);
        Assert.Contains(doc.Entities, e => e.Text == "ماركس" && e.Label == EntityLabels.Person);
        Assert.Contains(doc.Entities, e => e.Text == "فريدريك إنجلز" && e.Label == EntityLabels.Person);
    }

    [Fact]
    public void AVocalizedVerbDoesNotExtendAName()
    {
        var doc = Pipeline.Run(new SourceText("وبعد تخرجه كانت والدة فلاديمير لينين تُعيده إلى مدينة كازان كل صيف."));
        SpanAssert.Document(doc);
        Assert.DoesNotContain(doc.Entities, e => e.Text.Contains("تُعيده", StringComparison.Ordinal));
    }

    [Fact]
    public void AFamilyNameAfterAKinshipNounStaysInThePersonsName()
    {
        // لافارج is also a company in the organization gazetteer; after "صهر ماركس؛ بول" it is the family name.
        var doc = Pipeline.Run(new SourceText("ذهب إلى باريس للقاء صهر ماركس؛ بول لافارج ورؤية بحثه عن بلدية باريس."));
        SpanAssert.Document(doc);
        Assert.Contains(doc.Entities, e => e.Text == "بول لافارج" && e.Label == EntityLabels.Person);
        Assert.DoesNotContain(doc.Entities, e => e.Text == "لافارج");
    }

    [Theory]
    [InlineData("وصل إلى سانت بطرسبورغ في 3 آذار 1912 حسب التقويم اليولياني، الموافق لـ 16 آذار 1912 حسب التقويم الغريغوري.", "الغريغوري")]
    [InlineData("وصل إلى سانت بطرسبورغ في 3 آذار 1912 حسب التقويم الغريغوري، الموافق لـ 19 فبراير حسب التقويم اليولياني.", "اليولياني")]
    public void ACalendarAdjectiveAloneIsNeverAnEntity(string text, string adjective)
    {
        var doc = Pipeline.Run(new SourceText(text));
        SpanAssert.Document(doc);
        Assert.DoesNotContain(doc.Entities, e => e.Text == adjective);
        Assert.Contains(doc.Entities, e => e.Text == "سانت بطرسبورغ");
    }

    [Fact]
    public void NoiseLinesAreSkipped()
    {
        var doc = Pipeline.Run(new SourceText("زار لينين باريس.\nفيديو ذات صلة\nThis browser does not support the video element.\n"));
        SpanAssert.Document(doc);
        foreach (var e in doc.Entities)
        {
            var s = doc.SentenceAt(e.Span.Start);
            Assert.False(doc.Sentences[s].IsNoise);
        }
    }
}
