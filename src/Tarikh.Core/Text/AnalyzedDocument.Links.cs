using System.Collections.Immutable;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Knowledge;

namespace Tarikh.Core.Text;

/// <summary>
/// Links the checks stage made with a knowledge base before the knowledge stage ran (<c>analyze --kb</c> runs the checks
/// first): the knowledge stage that follows takes them instead of linking the same document twice.
/// </summary>
public sealed partial record AnalyzedDocument
{
    // Not a property: not serialized, not printed, not compared (the slot equals every other slot, as the index slot does).
    private LinksSlot _links;

    /// <summary>Remembers <paramref name="links"/> as made with <paramref name="kb"/> over this document's entities, clusters and claims.</summary>
    internal void RememberLinks(IKnowledgeBase kb, ImmutableArray<KbLink> links)
        => _links.Value = new LinkedWith(kb, Entities, Clusters, Claims, links);

    /// <summary>
    /// The remembered links when they were made with the same knowledge base over the very same entity, cluster and claim
    /// layers (the same arrays, so nothing the linker reads has changed since); otherwise false.
    /// </summary>
    internal bool TryRememberedLinks(IKnowledgeBase kb, out ImmutableArray<KbLink> links)
    {
        if (_links.Value is { } r && ReferenceEquals(r.Kb, kb) && r.Entities == Entities && r.Clusters == Clusters && r.Claims == Claims)
        {
            links = r.Links;
            return true;
        }

        links = default;
        return false;
    }

    private sealed record LinkedWith(IKnowledgeBase Kb, ImmutableArray<EntityMention> Entities, ImmutableArray<EntityCluster> Clusters,
        ImmutableArray<Claim> Claims, ImmutableArray<KbLink> Links);

    /// <summary>Every slot equals every other and hashes to 0: remembered links never change record equality.</summary>
    private struct LinksSlot : IEquatable<LinksSlot>
    {
        public LinkedWith? Value;

        public readonly bool Equals(LinksSlot other) => true;

        public override readonly bool Equals(object? obj) => obj is LinksSlot;

        public override readonly int GetHashCode() => 0;
    }
}
