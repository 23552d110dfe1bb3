using Tarikh.Core.Entities;
using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

public class ModelTests
{
    [Fact]
    public void CommittedModelLoadsWithItsProvenance()
    {
        var resources = EntityResources.LoadDefault();
        Assert.True(resources.Tagger.Model.FeatureCount > 10_000);
        Assert.Contains("sha256", resources.Tagger.Model.Metadata, StringComparison.Ordinal);
        Assert.Contains("anercorp-camel/train.txt", resources.Tagger.Model.Metadata, StringComparison.Ordinal);
        Assert.DoesNotContain("test.txt", resources.Tagger.Model.Metadata, StringComparison.Ordinal);
    }

    [Fact]
    public void CommittedModelWasTrainedWithTheEmbeddedListsAsTheyAreNow()
    {
        // A list edited (or added) after training changes what the features see: retrain, or revert the list.
        var metadata = System.Text.Json.JsonDocument.Parse(EntityResources.LoadDefault().Tagger.Model.Metadata).RootElement;
        var recorded = metadata.GetProperty("lexicons").EnumerateArray()
            .Select(e => (Path.GetFileName(e.GetProperty("path").GetString()!), e.GetProperty("sha256").GetString()!)).ToList();
        Assert.Equal(NerLexicon.DefaultFileHashes().ToList(), recorded);
    }

    [Fact]
    public void CommittedModelTagsAPersonAndAPlace()
    {
        var tagger = EntityResources.LoadDefault().Tagger;
        var labels = tagger.TagRaw("وقال الرئيس المصري حسني مبارك في القاهرة إن".Split(' '));
        var names = labels.Select(NerLabels.Name).ToArray();
        Assert.Equal("B-PER", names[3]);
        Assert.Equal("I-PER", names[4]);
        Assert.Equal("B-LOC", names[6]);
    }

    [Fact]
    public void SaveAndLoadRoundTrip()
    {
        var tagger = EntityResources.LoadDefault().Tagger;
        using var ms = new MemoryStream();
        tagger.Model.Save(ms);
        ms.Position = 0;
        var copy = NerModel.Load(ms);
        var words = "زار الرئيس الفرنسي جاك شيراك موسكو".Split(' ');
        Assert.Equal(tagger.TagRaw(words), new NerTagger(copy, tagger.Features).TagRaw(words));
        Assert.Equal(tagger.Model.Metadata, copy.Metadata);
    }

    [Fact]
    public void TrainingOnASmallSliceLearnsIt()
    {
        // CI never retrains the shipped model; this checks that training runs and learns.
        var path = SharedData.Shared("data", "ner", "anercorp-camel", "train.txt");
        var slice = ConllCorpus.Parse(File.ReadAllText(path)).Take(250).ToList();
        var features = new NerFeatures(NerLexicon.LoadDefault());
        var (model, report) = new NerTrainer(features).Train(slice, null, new NerTrainingOptions(Epochs: 4, MinFeatureCount: 1), "{}");
        var eval = new NerTagger(model, features).Evaluate(slice);
        Assert.Equal(4, report.BestEpoch);
        Assert.True(eval.Micro.F1 > 0.8, $"F1 on its own training slice {eval.Micro.F1:F3}");
        // A trivial baseline (everything O) scores 0.
        var trivial = new NerEvaluation();
        foreach (var s in slice)
        {
            trivial.Add(s.Labels, new byte[s.Labels.Length]);
        }

        Assert.Equal(0, trivial.Micro.F1);
    }
}
