using Tarikh.Core.Entities;
using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Entities.Names;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

/// <summary>
/// Written forms of group names that the feature matcher leaves out and the pipeline's group pass takes
/// (<see cref="GroupNames.MatchWithForms"/>): houses named after a construct name and ل before the article.
/// </summary>
public class GroupFormsTests
{
    private static readonly GroupNames Groups = NerLexicon.LoadDefault().Groups;
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(() => TarikhPipeline.CreateDefault(TarikhResources.LoadDefault()));

    private static Token[] Tokens(string sentence) => [.. sentence.Split(' ').Select(w => NerWord.FromRaw(w).Token)];

    private static List<string> Found(string sentence)
    {
        var raw = sentence.Split(' ');
        return [.. Groups.MatchWithForms(Tokens(sentence)).Select(h => string.Join(' ', raw[h.Start..(h.Start + h.Length)]))];
    }

    [Theory]
    [InlineData("وحكم بنو ذي النون طليطلة زمنا", "بنو ذي النون")]
    [InlineData("وخرج آل أبي طالب إلى المدينة", "آل أبي طالب")]
    [InlineData("وقاتل بني ذي يزن الأحباش", "بني ذي يزن")]
    public void AHouseNamedAfterAConstructNameTakesTheWholeName(string sentence, string house)
    {
        Assert.Contains(house, Found(sentence));
    }

    [Theory]
    [InlineData("وحكم بنو هود سرقسطة", "بنو هود")] // a plain house stays two words: سرقسطة is the object
    [InlineData("وحكم بنو عباد إشبيلية", "بنو عباد")]
    public void APlainHouseIsNotExtended(string sentence, string house)
    {
        var found = Found(sentence);
        Assert.Contains(house, found);
        Assert.DoesNotContain(found, f => f.Split(' ').Length > 2);
    }

    [Fact]
    public void AConstructHouseStopsBeforeAWordWithAPreposition()
    {
        // "بنو ذي" then بطليطلة: the name is cut, the place is no part of the house.
        Assert.DoesNotContain(Found("وبقي بنو ذي بطليطلة"), f => f.Contains("بطليطلة", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وكانت الغلبة للمسلمين في تلك الوقعة", "للمسلمين")]
    [InlineData("ثم سلمها للألمان بعد الحرب", "للألمان")]
    public void AGroupWithLBeforeItsArticleIsFound(string sentence, string word)
    {
        Assert.Contains(word, Found(sentence));
    }

    [Theory]
    [InlineData("وقدم الهدية للملك في قصره")] // الملك is a title, not a group
    [InlineData("وكتب للمسلم رسالة")] // a singular: no people
    public void LBeforeTheArticleOfAWordNotListedIsNoGroup(string sentence)
    {
        Assert.Empty(Found(sentence));
    }

    [Fact]
    public void TheFeatureMatcherIsUnchanged()
    {
        // The tagger's features use Match: the committed model was trained with what it finds.
        Assert.DoesNotContain(Groups.Match(Tokens("وكانت الغلبة للمسلمين")), h => h.Start == 2);
        Assert.Contains(Groups.Match(Tokens("وحكم بنو ذي النون")), h => h.Length == 2 && h.Kind == GroupNames.House);
    }

    [Fact]
    public void ThePipelineGivesTheHouseNotItsEponym()
    {
        var doc = Pipeline.Value.Run(new SourceText("وخرج آل أبي طالب من مكة إلى المدينة، وحكم بنو ذي النون طليطلة.", "test"));
        SpanAssert.Document(doc);
        Assert.Contains(doc.Entities, m => m.Label == EntityLabels.Group && m.Text == "آل أبي طالب");
        Assert.Contains(doc.Entities, m => m.Label == EntityLabels.Group && m.Text == "بنو ذي النون");
        Assert.DoesNotContain(doc.Entities, m => m.Label == EntityLabels.Person && m.Text.Contains("طالب", StringComparison.Ordinal));
    }
}
