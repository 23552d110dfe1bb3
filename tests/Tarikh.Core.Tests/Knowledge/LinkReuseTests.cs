using Tarikh.Core.Checks;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Pipeline;
using Tarikh.Testing;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// <c>analyze --kb</c> runs the checks with the knowledge base before the knowledge stage: the links the checks stage made are
/// handed on, so the knowledge stage does not link the same document twice — and its output is what linking afresh gives.
/// </summary>
public sealed class LinkReuseTests
{
    private static readonly Lazy<InMemoryKnowledgeBase> Kb = new(() =>
        InMemoryKnowledgeBase.FromDump(File.ReadAllBytes(SharedData.Repo("tests", "Tarikh.Core.Tests", "Checks", "Data", "kb-checks.json"))));

    private static readonly Lazy<AnalysisPipeline> Plain = new(() => TarikhPipeline.CreateDefault(TarikhResources.LoadDefault()));

    private const string Text = "انضم الطبيب سليم الحداد عام 1910 إلى حزب الواحات الديمقراطي.";

    [Fact]
    public void TheKnowledgeStageGivesWhatLinkingAfreshGives()
    {
        var both = KnowledgePipeline.WithKnowledge(ChecksStage.WithKnowledge(Plain.Value, Kb.Value), Kb.Value).Run(new SourceText(Text));
        var knowledgeOnly = KnowledgePipeline.WithKnowledge(Plain.Value, Kb.Value).Run(new SourceText(Text));
        Assert.NotEmpty(both.KbLinks);
        Assert.Equal(string.Join("\n", knowledgeOnly.KbLinks), string.Join("\n", both.KbLinks));
        Assert.Equal(string.Join("\n", knowledgeOnly.Verifications), string.Join("\n", both.Verifications));
        Assert.Equal(knowledgeOnly.Flags.Where(f => f.Rule == "kb-contradiction").Select(f => f.MessageEn), both.Flags.Where(f => f.Rule == "kb-contradiction").Select(f => f.MessageEn));
    }

    [Fact]
    public void LinksMadeByTheChecksAreHandedOnForTheSameBaseOnly()
    {
        var checkedDoc = ChecksStage.WithKnowledge(Plain.Value, Kb.Value).Run(new SourceText(Text));
        Assert.True(checkedDoc.TryRememberedLinks(Kb.Value, out var links));
        Assert.NotEmpty(links);

        var other = InMemoryKnowledgeBase.FromDump(File.ReadAllBytes(SharedData.Repo("tests", "Tarikh.Core.Tests", "Checks", "Data", "kb-checks.json")));
        Assert.False(checkedDoc.TryRememberedLinks(other, out _));
    }

    [Fact]
    public void LinksAreNotHandedOnOnceALayerTheLinkerReadsHasChanged()
    {
        var checkedDoc = ChecksStage.WithKnowledge(Plain.Value, Kb.Value).Run(new SourceText(Text));
        var changed = checkedDoc with { Claims = [.. checkedDoc.Claims] };
        Assert.False(changed.TryRememberedLinks(Kb.Value, out _));
    }

    [Fact]
    public void AChecksStageWithoutABaseHandsOnNothing()
    {
        var plain = Plain.Value.Run(new SourceText(Text));
        Assert.False(plain.TryRememberedLinks(Kb.Value, out _));
    }
}
