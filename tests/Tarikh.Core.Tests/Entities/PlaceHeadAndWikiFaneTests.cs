using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Entities.Names;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Segmentation;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

/// <summary>
/// Issue #14, round 7: places named by a head noun (<see cref="PlaceHeadPass"/>: جبل طارق، نهر النيل، شبه جزيرة سيناء),
/// a one-word person before a pronoun suffix the corpus wrote apart (علي ه = عليه), and the WikiFANE scoring of the
/// other-name kinds its classes lack (<see cref="LabelPasses.ApplyWikiFaneClasses"/>). Each rule both ways.
/// </summary>
public class PlaceHeadAndWikiFaneTests
{
    private const int Per = 0;
    private const int Loc = 1;
    private const int Org = 2;
    private const int Misc = 3;

    private static readonly Lazy<NerLexicon> Lexicon = new(NerLexicon.LoadDefault);

    private static Token[] Tokens(string sentence) => [.. sentence.Split(' ').Select(w => NerWord.FromRaw(w).Token)];

    private static List<(int Start, int End, int Type)> Pass(string sentence, params (int, int, int)[] chunks)
        => PlaceHeadPass.Apply(Tokens(sentence), chunks);

    [Theory]
    [InlineData("عبر طارق بن زياد من جبل طارق إلى الأندلس", 5, 7, Per)] // the tagger read طارق as a person
    [InlineData("تقع المدينة على ضفاف نهر النيل الشرقية", 4, 6, Loc)]
    [InlineData("ونزل الجيش بجزيرة صقلية سنة مئتين", 2, 4, Loc)]
    [InlineData("صلى الناس في مسجد قرطبة الكبير", 3, 5, Loc)]
    [InlineData("وسكن الدروز جبل لبنان منذ قرون", 2, 4, Loc)] // لبنان read ل + بنان by the shape-only analysis

    [InlineData("وهبطت الطائرة في مطار الملك خالد الدولي", 3, 6, Per)]
    public void AHeadBeforeAPlaceOrAPersonIsOnePlace(string sentence, int head, int end, int type)
    {
        Assert.Equal([(head, end, Loc)], Pass(sentence, (head + 1, end, type)));
    }

    [Fact]
    public void HalfBeforeIslandBelongsToTheHead()
    {
        Assert.Equal([(2, 5, Loc)], Pass("عبر الجيش شبه جزيرة سيناء شرقا", (4, 5, Loc)));
    }

    [Theory]
    [InlineData("وصل الجيش إلى مدينة دمشق", 4, 5, Loc)] // مدينة: WikiFANE leaves it outside
    [InlineData("وصل الجيش إلى ولاية كسلا", 4, 5, Loc)]
    [InlineData("كان الجبل الأخضر وجهة", 2, 3, Loc)] // a definite head is no construct
    [InlineData("عمل في نهر شركة أرامكو", 3, 5, Org)] // an organization after the head stays one
    public void NoPlaceHeadOrNoPlaceAfterItLeavesTheChunk(string sentence, int start, int end, int type)
    {
        Assert.Equal([(start, end, type)], Pass(sentence, (start, end, type)));
    }

    [Fact]
    public void AConjunctionOnTheNameStopsTheHead()
    {
        // "جبل وسهل": the place after the head begins with و, so it is not the head's name.
        Assert.Equal([(2, 3, Loc)], Pass("بين جبل ولبنان فرق", (2, 3, Loc)));
    }

    [Fact]
    public void AHeadInsideAnotherNameIsNotTaken()
    {
        Assert.Equal([(0, 2, Org), (2, 3, Loc)], Pass("شركة جبل عمان للتطوير", (0, 2, Org), (2, 3, Loc)));
    }

    private static List<(int, int, int)> PronounHosts(string sentence, params (int, int, int)[] chunks)
        => LabelPasses.WithoutPronounHosts([.. Tokens(sentence).Select(t => t.Norm)], [.. chunks]);

    [Theory]
    [InlineData("صلى الله علي ه و سلم", 2)]
    [InlineData("عندما استولى الفرنسيون علي ها", 3)]
    public void AOneWordPersonBeforeADetachedPronounIsNoName(string sentence, int word)
    {
        Assert.Empty(PronounHosts(sentence, (word, word + 1, Per)));
    }

    [Theory]
    [InlineData("وقال علي إن الأمر انتهى", 1, 2)] // no pronoun after it
    [InlineData("ولد ذهل بن شيبان هم", 1, 4)] // هم is an independent pronoun too; and a chain of three words
    public void APersonNotBeforeADetachedSuffixStays(string sentence, int start, int end)
    {
        Assert.Single(PronounHosts(sentence, (start, end, Per)));
    }

    [Fact]
    public void APlaceBeforeADetachedPronounStays()
    {
        Assert.Single(PronounHosts("استوطنوا يثرب ها", (1, 2, Loc)));
    }

    private static string Wiki(string sentence, int start, int end, int type)
    {
        var words = sentence.Split(' ').Select(w => NerWord.FromRaw(w)).ToArray();
        var labels = new byte[words.Length];
        labels[start] = NerLabels.Begin(type);
        for (var j = start + 1; j < end; j++)
        {
            labels[j] = NerLabels.Inside(type);
        }

        LabelPasses.ApplyWikiFaneClasses(words, labels, Lexicon.Value);
        return string.Join(' ', labels.Select(NerLabels.Name));
    }

    [Theory]
    [InlineData("بلغت الكلفة مليون دولار أمريكي", 3)] // currency
    [InlineData("انتشر الإسلام في المنطقة", 1)] // religion
    [InlineData("صلى الله عليه وسلم", 1)] // God
    public void AnOtherNameOfAKindWikiFaneLacksIsOutside(string sentence, int word)
    {
        Assert.DoesNotContain("MISC", Wiki(sentence, word, word + 1, Misc), StringComparison.Ordinal);
    }

    [Fact]
    public void AnOtherNameWikiFaneHasStaysMisc()
    {
        // Software is a WikiFANE class (mapped to MISC): the chunk stays.
        Assert.Equal("O B-MISC O O", Wiki("نظام ويندوز على الحاسوب", 1, 2, Misc));
    }

    [Fact]
    public void ALandmarkIsAPlaceInWikiFane()
    {
        Assert.Equal("O O B-LOC I-LOC O", Wiki("وصل إلى الساحة الحمراء مساء", 2, 4, Misc));
    }

    [Fact]
    public void APersonIsNeverMappedEvenWhenItsWordIsListed()
    {
        Assert.Equal("O B-PER O", Wiki("قال الله إنه", 1, 2, Per));
    }

    [Fact]
    public void AnOrganizationIsNeverMapped()
    {
        Assert.Equal("O B-ORG O", Wiki("قال الإسلام إنه", 1, 2, Org));
    }
}
