using Tarikh.Core.Entities;
using Tarikh.Core.Entities.Names;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

/// <summary>
/// Organizations named by a head noun (<see cref="OrganizationHeadPass"/>: منتخب البرتغال، المنتخب البرتغالي،
/// وزارة الدفاع الأمريكية) and the short form of a club named in full (<see cref="OrganizationShortForms"/>: الريال).
/// </summary>
public class OrganizationHeadTests
{
    private const int Per = 0;
    private const int Loc = 1;
    private const int Org = 2;

    private static readonly Lazy<AnalysisPipeline> Pipeline = new(() => TarikhPipeline.CreateDefault(TarikhResources.LoadDefault()));

    private static Token[] Tokens(string sentence) => [.. sentence.Split(' ').Select(w => NerWord.FromRaw(w).Token)];

    private static List<(int Start, int End, int Type)> Pass(string sentence, params (int, int, int)[] chunks)
        => OrganizationHeadPass.Apply(Tokens(sentence), chunks);

    [Theory]
    [InlineData("فاز منتخب البرتغال على اليونان", 1, 3, Loc)]
    [InlineData("وسجل لمنتخب إنجلترا هدفين", 1, 3, Loc)]
    [InlineData("ولعب ومنتخب البرازيل في النهائي", 1, 3, Loc)]
    [InlineData("انتقل إلى نادي ريال مدريد عام 2003", 2, 5, Org)]
    [InlineData("لعب في نادي فاسكو دي غاما طويلا", 2, 6, Per)]
    public void ATeamHeadBeforeANameIsOneOrganization(string sentence, int head, int nameEnd, int nameType)
    {
        var result = Pass(sentence, (head + 1, nameEnd, nameType));
        Assert.Equal([(head, nameEnd, Org)], result);
    }

    [Fact]
    public void AClubTakesTheNisbaAdjectivesAfterIt()
    {
        Assert.Equal([(1, 5, Org)], Pass("انتقل نادي ريال مدريد الإسباني إليه", (2, 4, Org)));
    }

    [Fact]
    public void ANationalTeamIsNeverAPersonsName()
    {
        // "منتخب" + a person: the tagger's person stays, no organization is made.
        Assert.Equal([(2, 4, Per)], Pass("وقال مدرب منتخب رونالدو نازاريو", (2, 4, Per)));
    }

    [Theory]
    [InlineData("فاز منتخب بلاده على اليونان")] // no name after the head
    [InlineData("وفاز المنتخب في المباراة")] // no adjective after المنتخب
    [InlineData("وهو المنتخب الذي فاز")] // a relative pronoun is no adjective
    [InlineData("تأسست وزارة جديدة")] // an indefinite noun alone
    public void AHeadWithoutANameAfterItMakesNoOrganization(string sentence)
    {
        Assert.Empty(Pass(sentence));
    }

    [Theory]
    [InlineData("وفاز المنتخب البرتغالي بالمباراة", 1, 3)]
    [InlineData("وانضم للمنتخب الإسباني عام 2000", 1, 3)]
    [InlineData("أعلنت وزارة الدفاع الأمريكية أنها", 1, 4)]
    [InlineData("أعلنت وزارة الخارجية أنها", 1, 3)]
    [InlineData("ونظم اتحاد كرة القدم العالمي البطولة", 1, 5)]
    public void ANationalTeamByItsAdjectiveOrAMinistryIsOneOrganization(string sentence, int start, int end)
    {
        Assert.Equal([(start, end, Org)], Pass(sentence));
    }

    [Fact]
    public void AMinistryOfAPlaceTakesThePlace()
    {
        Assert.Equal([(1, 5, Org)], Pass("أعلنت وزارة دفاع الولايات المتحدة أنها", (3, 5, Loc)));
    }

    [Fact]
    public void AConjunctionStopsTheMinistrysName()
    {
        // وزارة الاقتصاد والتجارة: the name stops before "والتجارة"; its adjective run does not take a conjunction.
        Assert.Equal([(1, 3, Org)], Pass("قالت وزارة الاقتصاد والتجارة إنها", []));
    }

    [Fact]
    public void AChunkStickingOutOfTheNameLeavesTheSentenceAlone()
    {
        // The tagger's organization starts at the head's word and runs past the adjective: nothing is changed.
        Assert.Equal([(0, 3, Org)], Pass("المنتخب البرتغالي لكرة القدم", (0, 3, Org)));
    }

    [Fact]
    public void TheShortFormOfAClubIsItsFirstWordWithTheArticle()
    {
        var firsts = OrganizationShortForms.FirstWords(Tokens("انتقل راؤول إلى ريال مدريد"), [(1, 2, Per), (3, 5, Org)], _ => false).ToHashSet();
        Assert.Equal(["ريال"], firsts);
        Assert.Equal([(1, 2, Org)], OrganizationShortForms.Apply(Tokens("وفاز الريال بالدوري"), [(1, 2, 3)], firsts));
        Assert.Equal([(1, 2, Org)], OrganizationShortForms.Apply(Tokens("وسجل للريال هدفين"), [(1, 2, Loc)], firsts));
    }

    [Fact]
    public void AShortFormTheTaggerLeftOutsideAnyNameStaysFree()
    {
        // In Wikipedia text the definite first word is most often a head noun (الكلية after كلية الطب): only a word the
        // tagger read as a name of another type is retyped.
        var firsts = OrganizationShortForms.FirstWords(Tokens("درس في كلية الطب"), [(2, 4, Org)], _ => false).ToHashSet();
        Assert.Empty(OrganizationShortForms.Apply(Tokens("وتخرج في الكلية عام 1990"), [], firsts));
    }

    [Fact]
    public void AWordWithoutTheArticleOrAHeadNounGivesNoShortForm()
    {
        var firsts = OrganizationShortForms.FirstWords(Tokens("انتقل إلى ريال مدريد"), [(2, 4, Org)], _ => false).ToHashSet();
        Assert.Empty(OrganizationShortForms.Apply(Tokens("دفع ألف ريال ثمنا"), [], firsts)); // the currency
        Assert.Empty(OrganizationShortForms.FirstWords(Tokens("فاز منتخب البرتغال"), [(1, 3, Org)], _ => false)); // المنتخب is any team
        Assert.Empty(OrganizationShortForms.FirstWords(Tokens("قرر الاتحاد الأوروبي"), [(1, 3, Org)], _ => false)); // already definite
    }

    [Fact]
    public void ThePipelineNamesTheNationalTeam()
    {
        var doc = Pipeline.Value.Run(new SourceText("فاز منتخب البرتغال على منتخب اليونان في المباراة الأولى.", "test"));
        SpanAssert.Document(doc);
        Assert.Contains(doc.Entities, m => m.Label == EntityLabels.Organization && m.Text == "منتخب البرتغال");
        Assert.DoesNotContain(doc.Entities, m => m.Label == EntityLabels.Location && m.Text == "البرتغال");
    }

    private static readonly AnalysisPipeline Foundation = TarikhPipeline.CreateFoundation(new TarikhResources());
    private static readonly EntityRecognizer Recognizer = new(EntityResources.LoadDefault());

    private static MentionDraft Draft(AnalyzedDocument doc, int first, int words, int type)
    {
        var last = doc.Tokens[first + words - 1];
        return new MentionDraft(first, first + words, type, new TextSpan(doc.Tokens[first].Span.Start, last.Span.End),
            [.. Enumerable.Range(first, words).Select(k => doc.Tokens[k].Norm)], 0.9, MentionSource.Tagger);
    }

    [Theory]
    [InlineData(3, true)] // الريال, which the tagger read as the currency (MISC), after ريال مدريد
    [InlineData(-1, false)] // no mention there: the word stays free
    public void ThePipelineRetypesTheShortFormOfAClubTheTaggerReadAsAnotherName(int miscType, bool retyped)
    {
        var doc = Foundation.Run(new SourceText("انتقل اللاعب إلى ريال مدريد، وسجل للريال مئة هدف."));
        var club = doc.Tokens.ToList().FindIndex(t => doc.TextOf(t.Span) == "ريال");
        var shortForm = doc.Tokens.ToList().FindIndex(t => doc.TextOf(t.Span) == "للريال");
        var mentions = new List<MentionDraft> { Draft(doc, club, 2, Org) };
        if (miscType >= 0)
        {
            mentions.Add(Draft(doc, shortForm, 1, miscType));
        }

        var taken = new bool[doc.Tokens.Length];
        Recognizer.ApplyOrganizationShortForms(doc, doc.Normalized!, [], mentions, taken);
        Assert.Equal(retyped, mentions.Any(m => m.FirstToken == shortForm && m.Type == Org));
        Assert.Equal(miscType >= 0, mentions.Any(m => m.FirstToken == shortForm));
    }

    [Fact]
    public void ThePipelineKeepsAPlaceAndACurrencyWithoutAHead()
    {
        var doc = Pipeline.Value.Run(new SourceText("سافر إلى البرتغال ودفع ألف ريال ثمنا للتذكرة.", "test"));
        SpanAssert.Document(doc);
        Assert.Contains(doc.Entities, m => m.Label == EntityLabels.Location && m.Text == "البرتغال");
        Assert.DoesNotContain(doc.Entities, m => m.Label == EntityLabels.Organization);
    }
}
