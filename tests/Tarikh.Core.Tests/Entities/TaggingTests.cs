using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Entities.Tagging;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

public class TaggingTests
{
    private static readonly NerFeatures Features = new(NerLexicon.LoadDefault());

    private static NerWord[] Words(string sentence) => sentence.Split(' ').Select(w => NerWord.FromRaw(w)).ToArray();

    [Fact]
    public void FeaturesAreDeterministic()
    {
        var a = Features.Extract(Words("قال الرئيس جمال عبد الناصر في القاهرة"));
        var b = Features.Extract(Words("قال الرئيس جمال عبد الناصر في القاهرة"));
        Assert.Equal(a.Keys.AsSpan(0, a.Offsets[^1]).ToArray(), b.Keys.AsSpan(0, b.Offsets[^1]).ToArray());
        Assert.Equal(7, a.Length);
    }

    [Fact]
    public void TitleCueIsSharedByDifferentTitles()
    {
        // The name after الرئيس and after السلطان gets the same "previous word is a title" feature.
        var president = Features.Extract(Words("التقى الرئيس كمال")).Of(2).ToArray();
        var sultan = Features.Extract(Words("التقى السلطان كمال")).Of(2).ToArray();
        var noTitle = Features.Extract(Words("التقى الطالب كمال")).Of(2).ToArray();
        var shared = president.Intersect(sultan).Except(noTitle).ToList();
        Assert.NotEmpty(shared);
    }

    [Fact]
    public void ProcliticsDoNotChangeTheBaseFeature()
    {
        // "وموسكو" and "موسكو" share the base-form feature.
        var with = Features.Extract(Words("سافر وموسكو")).Of(1).ToArray();
        var without = Features.Extract(Words("سافر موسكو")).Of(1).ToArray();
        Assert.NotEmpty(with.Intersect(without));
        Assert.NotEqual(with, without);
    }

    [Fact]
    public void GazetteerFeatureFiresForAPlaceWithAClitic()
    {
        var inRussia = Features.Extract(Words("عاد بروسيا")).Of(1).ToArray();
        var inFrance = Features.Extract(Words("عاد بفرنسا")).Of(1).ToArray();
        var inHouse = Features.Extract(Words("عاد ببيته")).Of(1).ToArray();
        Assert.NotEmpty(inRussia.Intersect(inFrance).Except(inHouse));
    }

    [Theory]
    [InlineData("والكتاب", "كتاب")]
    [InlineData("بالمدينه", "مدين")]
    [InlineData("المعلمون", "معلم")]
    [InlineData("روسيا", "روسيا")]
    public void LightStemmerStripsArticleAndSuffix(string word, string stem)
        => Assert.Equal(stem, LightStemmer.Stem(word).ToString());

    // Internal (BILOU) labels of the person type: Begin 1, Inside 2, Last 3, Unit 4.
    private const byte PerB = 1, PerI = 2, PerL = 3, PerU = 4;

    [Fact]
    public void ViterbiRespectsBilouConstraints()
    {
        const int L = NerLabels.InternalCount;
        var emissions = new float[2 * L];
        // The first token prefers O, the second Inside: Inside after O is forbidden and a sentence cannot
        // end inside a name, so the one-word Unit wins.
        emissions[NerLabels.O] = 5;
        emissions[L + PerI] = 5;
        emissions[L + PerU] = 4;
        var transitions = new float[(L + 1) * L];
        var labels = new byte[2];
        NerModel.Viterbi(emissions, transitions, 2, labels);
        Assert.Equal([NerLabels.O, PerU], labels);
    }

    [Fact]
    public void ViterbiUsesTransitions()
    {
        const int L = NerLabels.InternalCount;
        var emissions = new float[2 * L];
        emissions[PerB] = 3;
        emissions[PerU] = 2.9f;
        emissions[L + NerLabels.O] = 2;
        emissions[L + PerL] = 0.5f;
        var transitions = new float[(L + 1) * L];
        var labels = new byte[2];
        NerModel.Viterbi(emissions, transitions, 2, labels);
        Assert.Equal([PerU, NerLabels.O], labels);
        transitions[PerB * L + PerL] = 2;
        NerModel.Viterbi(emissions, transitions, 2, labels);
        Assert.Equal([PerB, PerL], labels);
    }

    [Theory]
    [InlineData("B-PER I-PER O B-LOC B-LOC I-LOC I-LOC", "1 3 0 8 5 6 7")]
    [InlineData("O B-ORG O B-MISC I-MISC", "0 12 0 13 15")]
    public void BioAndTheInternalLabelsConvertBothWays(string bio, string expected)
    {
        var labels = bio.Split(' ').Select(NerLabels.Parse).ToArray();
        var inner = new byte[labels.Length];
        NerLabels.ToInternal(labels, inner);
        Assert.Equal(expected.Split(' ').Select(byte.Parse), inner);
        var back = new byte[labels.Length];
        NerLabels.FromInternal(inner, back);
        Assert.Equal(labels, back);
    }

    [Fact]
    public void ChunksFollowBio()
    {
        byte[] labels = [NerLabels.Begin(0), NerLabels.Inside(0), NerLabels.O, NerLabels.Begin(1), NerLabels.Begin(1), NerLabels.Inside(1)];
        Assert.Equal([(0, 2, 0), (3, 4, 1), (4, 6, 1)], NerLabels.Chunks(labels));
    }

    [Fact]
    public void WikiFaneLinesWithBomCrlfAndMarksAreRead()
    {
        var text = "\uFEFF\u200Eجمهورية\tB-Nation\r\n\u200Eمصر\tI-Nation\r\n\u200Eقال\tO\r\n\u200Eنجيب\tB-Artist\r\n\u200Eالعرب\tB-Group\r\n\r\n";
        var s = Assert.Single(ConllCorpus.Parse(text.TrimStart('\uFEFF'), ConllScheme.WikiFane));
        Assert.Equal(["جمهورية", "مصر", "قال", "نجيب", "العرب"], s.Words);
        Assert.Equal(["B-LOC", "I-LOC", "O", "B-PER", "O"], s.Labels.Select(NerLabels.Name));
    }

    [Theory]
    [InlineData("B-PERS", "B-PER")]
    [InlineData("I-MIS1", "I-MISC")]
    [InlineData("B-MIS-2", "B-MISC")]
    [InlineData("I--ORG", "I-ORG")]
    [InlineData("OO", "O")]
    public void AqmarAndAnercorpTagsMapToFourTypes(string tag, string label)
        => Assert.Equal(label, NerLabels.Name(ConllCorpus.MapTag(tag, ConllScheme.Aqmar)));

    [Fact]
    public void EvaluationCountsExactEntityMatches()
    {
        var eval = new NerEvaluation();
        byte[] gold = [NerLabels.Begin(0), NerLabels.Inside(0), NerLabels.O, NerLabels.Begin(1)];
        byte[] pred = [NerLabels.Begin(0), NerLabels.O, NerLabels.O, NerLabels.Begin(1)];
        eval.Add(gold, pred);
        Assert.Equal(2, eval.Micro.Gold);
        Assert.Equal(2, eval.Micro.Predicted);
        Assert.Equal(1, eval.Micro.Correct);
        Assert.Equal(0.5, eval.Micro.F1, 6);
    }

    [Fact]
    public void MergedFoldEvaluationsCountAsOnePooledEvaluation()
    {
        // Cross-validation pools its folds: merging the folds' counts equals adding every sentence to one evaluation.
        byte[] gold1 = [NerLabels.Begin(0), NerLabels.Inside(0), NerLabels.O, NerLabels.Begin(1)];
        byte[] pred1 = [NerLabels.Begin(0), NerLabels.O, NerLabels.O, NerLabels.Begin(1)];
        byte[] gold2 = [NerLabels.O, NerLabels.Begin(2), NerLabels.Inside(2)];
        byte[] pred2 = [NerLabels.Begin(3), NerLabels.Begin(2), NerLabels.Inside(2)];
        var fold1 = new NerEvaluation();
        fold1.Add(gold1, pred1);
        var fold2 = new NerEvaluation();
        fold2.Add(gold2, pred2);
        var pooled = new NerEvaluation();
        pooled.Add(gold1, pred1);
        pooled.Add(gold2, pred2);

        fold1.Merge(fold2);

        Assert.Equal(pooled.Format(), fold1.Format());
        Assert.Equal(pooled.Tokens, fold1.Tokens);
        Assert.Equal((3, 4, 2), (fold1.Micro.Gold, fold1.Micro.Predicted, fold1.Micro.Correct));
    }
}
