using System.Collections.Immutable;
using NodaTime;
using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Events;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Time;
using Tarikh.Core.Timeline;

namespace Tarikh.Core.Text;

/// <summary>
/// A document and the layers the pipeline has added to it so far. Immutable: each stage returns a
/// copy with one more layer (<c>document with { Timexes = …, Layers = … }</c>).
/// Every span of every layer points into <see cref="Source"/>.<see cref="SourceText.Text"/>.
/// </summary>
public sealed partial record AnalyzedDocument
{
    /// <summary>Starts a document with no layers.</summary>
    public AnalyzedDocument(SourceText source, string? id = null, LocalDate? referenceDate = null)
    {
        Source = source;
        Id = id;
        ReferenceDate = referenceDate;
    }

    /// <summary>The original text.</summary>
    public SourceText Source { get; init; }

    /// <summary>Caller's id (batch line id, database id), or null.</summary>
    public string? Id { get; init; }

    /// <summary>The date "today" refers to (news: أمس، الأسبوع القادم), or null when unknown.</summary>
    public LocalDate? ReferenceDate { get; init; }

    /// <summary>The layers present.</summary>
    public ImmutableHashSet<Layer> Layers { get; init; } = ImmutableHashSet<Layer>.Empty;

    /// <summary>Web-noise spans (whole lines), ordered.</summary>
    public ImmutableArray<NoiseSpan> Noise { get; init; } = ImmutableArray<NoiseSpan>.Empty;

    /// <summary>The normalized view with its offset map, once the normalization stage ran.</summary>
    public NormalizedText? Normalized { get; init; }

    /// <summary>Sentences (including headings and list items), ordered, non-overlapping.</summary>
    public ImmutableArray<Sentence> Sentences { get; init; } = ImmutableArray<Sentence>.Empty;

    /// <summary>Tokens, ordered, non-overlapping.</summary>
    public ImmutableArray<Token> Tokens { get; init; } = ImmutableArray<Token>.Empty;

    /// <summary>Temporal expressions, ordered by start.</summary>
    public ImmutableArray<Timex> Timexes { get; init; } = ImmutableArray<Timex>.Empty;

    /// <summary>Entity mentions, ordered by start.</summary>
    public ImmutableArray<EntityMention> Entities { get; init; } = ImmutableArray<EntityMention>.Empty;

    /// <summary>Entity clusters (one per real-world entity).</summary>
    public ImmutableArray<EntityCluster> Clusters { get; init; } = ImmutableArray<EntityCluster>.Empty;

    /// <summary>Id of the cluster the document is about, or null.</summary>
    public int? Subject { get; init; }

    /// <summary>Events, ordered by trigger start.</summary>
    public ImmutableArray<EventMention> Events { get; init; } = ImmutableArray<EventMention>.Empty;

    /// <summary>The timeline: events in time order.</summary>
    public ImmutableArray<TimelineEntry> Timeline { get; init; } = ImmutableArray<TimelineEntry>.Empty;

    /// <summary>Claims the text makes (who, what, when, where), in the order of their first evidence span; <see cref="Claim.Id"/> is the index.</summary>
    public ImmutableArray<Claim> Claims { get; init; } = ImmutableArray<Claim>.Empty;

    /// <summary>Consistency flags.</summary>
    public ImmutableArray<Flag> Flags { get; init; } = ImmutableArray<Flag>.Empty;

    /// <summary>Clusters linked to knowledge-base items (at most one per cluster; unlinked clusters are absent), ordered by cluster.</summary>
    public ImmutableArray<Knowledge.KbLink> KbLinks { get; init; } = ImmutableArray<Knowledge.KbLink>.Empty;

    /// <summary>Claims verified against the knowledge base, in claim order.</summary>
    public ImmutableArray<Knowledge.Verification> Verifications { get; init; } = ImmutableArray<Knowledge.Verification>.Empty;

    /// <summary>Parts of the analysis that failed on this document and were skipped (empty when everything ran).</summary>
    public ImmutableArray<StageDiagnostic> Diagnostics { get; init; } = ImmutableArray<StageDiagnostic>.Empty;

    /// <summary>True when the layer is present.</summary>
    public bool Has(Layer layer) => Layers.Contains(layer);

    /// <summary>The original text under a span.</summary>
    public string TextOf(TextSpan span) => Source[span];

    /// <summary>Index of the sentence containing the position, or -1.</summary>
    public int SentenceAt(int position)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = Sentences[mid].Span;
            if (position < s.Start)
            {
                hi = mid - 1;
            }
            else if (position >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>Index of the first token whose start is at or after <paramref name="position"/>.</summary>
    public int FirstTokenAtOrAfter(int position)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Span.Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
