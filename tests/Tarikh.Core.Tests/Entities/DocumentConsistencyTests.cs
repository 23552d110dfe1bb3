using Tarikh.Core.Entities.Tagging;
using Xunit;

namespace Tarikh.Core.Tests.Entities;

public class DocumentConsistencyTests
{
    private static NerWord[] Words(string sentence) => sentence.Split(' ').Select(w => NerWord.FromRaw(w)).ToArray();

    private static byte[] Labels(params string[] tags) => tags.Select(NerLabels.Parse).ToArray();

    private static List<byte[]> Run(string[] sentences, List<byte[]> labels, string[]? groups = null, WordStats? stats = null)
    {
        DocumentConsistency.Apply(sentences.Select(Words).ToList(), labels, groups ?? sentences.Select(_ => "doc").ToArray(), stats ?? WordStats.Empty, DocumentConsistency.Options.Default);
        return labels;
    }

    [Fact]
    public void AFamilyNameRecurringAloneBecomesAPerson()
    {
        var labels = Run(
            ["التقى الوزير أليكس فيشمان أمس", "وقال فيشمان إن"],
            [Labels("O", "O", "B-PER", "I-PER", "O"), Labels("O", "O", "O")]);
        Assert.Equal(Labels("O", "B-PER", "O"), labels[1]);
    }

    [Fact]
    public void AMultiWordNameRecurringUntaggedGetsItsType()
    {
        var labels = Run(
            ["انتقد حزب الليكود القرار", "وقال حزب الليكود إن"],
            [Labels("O", "B-ORG", "I-ORG", "O"), Labels("O", "O", "O", "O")]);
        Assert.Equal(Labels("O", "B-ORG", "I-ORG", "O"), labels[1]);
    }

    [Fact]
    public void OtherDocumentsAreNotSeen()
    {
        var labels = Run(
            ["وقال فيشمان إن", "وقال فيشمان إن"],
            [Labels("O", "B-PER", "O"), Labels("O", "O", "O")],
            ["a", "b"]);
        Assert.Equal(Labels("O", "O", "O"), labels[1]);
    }

    [Fact]
    public void AWordOftenSeenOutsideNamesIsLeftAlone()
    {
        // "الأمل" was tagged once as part of a name, but the training data saw it often and never in a name.
        var stats = new WordStats(new Dictionary<string, WordStat> { [NerWord.FromRaw("الأمل").ForFeatures().Token.Base] = new WordStat(5, 4, WordStats.LabelCodeOf(10, [0, 0, 0, 0])) });
        var labels = Run(
            ["زار الأمل الصغير", "بقي الأمل"],
            [Labels("O", "B-ORG", "O"), Labels("O", "O")],
            stats: stats);
        Assert.Equal(Labels("O", "O"), labels[1]);
    }
}
