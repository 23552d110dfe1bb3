using System.Collections.Immutable;
using Tarikh.Core.Text;

namespace Tarikh.Core.Entities;

/// <summary>Entity labels (CoNLL style).</summary>
public static class EntityLabels
{
    /// <summary>Person.</summary>
    public const string Person = "PER";
    /// <summary>Location.</summary>
    public const string Location = "LOC";
    /// <summary>Organization.</summary>
    public const string Organization = "ORG";
    /// <summary>Miscellaneous.</summary>
    public const string Misc = "MISC";

    /// <summary>
    /// A group that acts as one: a people, a dynasty, a religious community, a tribe (الصليبيون، العباسيون،
    /// بنو أمية، المسلمون), NORP-like. Found by the entity stage's group pass (not by the tagger's model);
    /// scored as PER against AQMAR, which annotates such groups as persons, and left out against ANERcorp,
    /// which leaves them untagged.
    /// </summary>
    public const string Group = "GRP";

    /// <summary>Type index of <see cref="Group"/> in <see cref="MentionDraft.Type"/> (after the tagger's four types).</summary>
    public const int GroupType = 4;

    /// <summary>The label of a mention type index (0 PER, 1 LOC, 2 ORG, 3 MISC, 4 GRP).</summary>
    public static string OfType(int type) => type == GroupType ? Group : Tagging.NerLabels.Types[type];

    /// <summary>True for labels that can act in an event as persons do (PER, GRP).</summary>
    public static bool IsActor(string label) => label is Person or Group;
}

/// <summary>A mention of a named entity.</summary>
/// <param name="Span">Span in the original text.</param>
/// <param name="Text">Exactly the original text under <paramref name="Span"/>.</param>
/// <param name="Label">PER, LOC, ORG, MISC or GRP.</param>
/// <param name="Cluster">Id of the cluster it belongs to.</param>
/// <param name="Confidence">0..1.</param>
public sealed record EntityMention(TextSpan Span, string Text, string Label, int Cluster, double Confidence) : ISpannedText;

/// <summary>One real-world entity: the mentions that refer to it.</summary>
/// <param name="Id">Cluster id (0-based, stable within a document).</param>
/// <param name="Label">PER, LOC, ORG, MISC or GRP.</param>
/// <param name="Name">The fullest name the text gives.</param>
/// <param name="Mentions">Indexes into <see cref="AnalyzedDocument.Entities"/>.</param>
/// <param name="Aliases">Other names the text gives it (declared aliases, short names).</param>
/// <param name="Kind">Finer type when known: <c>country</c>, <c>city</c>, <c>region</c>, <c>river</c>, <c>party</c>…, or null.</param>
public sealed record EntityCluster(int Id, string Label, string Name, ImmutableArray<int> Mentions, ImmutableArray<string> Aliases, string? Kind)
{
    /// <summary>Kinship and other relations the text states for this entity (e.g. "brother" of another cluster).</summary>
    public ImmutableArray<EntityRelation> Relations { get; init; } = ImmutableArray<EntityRelation>.Empty;
}

/// <summary>A relation the text states: this cluster is <see cref="Kind"/> of cluster <see cref="Of"/>.</summary>
/// <param name="Kind">father, mother, brother, sister, wife, husband, son, daughter, siblings…</param>
/// <param name="Of">The other cluster's id.</param>
/// <param name="Evidence">The kinship words in the original text ("شقيقه الأكبر").</param>
public sealed record EntityRelation(string Kind, int Of, TextSpan Evidence);
