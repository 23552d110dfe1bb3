using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>The one index of a document, built once and handed on from stage to stage (claims, then checks).</summary>
public sealed partial class DocumentIndex
{
    private AnalyzedDocument _document;

    /// <summary>
    /// The index of <paramref name="document"/>: the one it carries when that index was built from the very layers it
    /// has now, otherwise a new one, kept on the document for the next stage. A stage that adds a layer the index does not
    /// read (claims, flags, timeline, KB links) returns a copy that shares the index (re-pointed at the copy, no rebuild);
    /// a copy with a different layer the index reads (tokens, sentences, timexes, entities, clusters, events, subject,
    /// source) gets a new index, never the stale one: the layers are compared by reference every time.
    /// Safe for documents analysed concurrently (the index lives on its document; no shared state). Two threads asking for
    /// the index of the same document at once may both build it; one of the two is kept, and both are the same index.
    /// </summary>
    public static DocumentIndex For(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ref var slot = ref document.IndexField;
        var carried = Volatile.Read(ref slot);
        if (carried is not null && ReferenceEquals(carried._document, document))
        {
            return carried;
        }

        var index = carried is not null && SameIndexedLayers(carried._document, document) ? carried.Rebind(document) : new DocumentIndex(document);
        var seen = Interlocked.CompareExchange(ref slot, index, carried);
        return ReferenceEquals(seen, carried) || seen is null || !ReferenceEquals(seen._document, document) ? index : seen;
    }

    /// <summary>
    /// True when two documents have the same layers the index is built from (the same arrays, not equal ones): the only
    /// inputs of <see cref="DocumentIndex(AnalyzedDocument)"/> and of its lazy parts.
    /// </summary>
    internal static bool SameIndexedLayers(AnalyzedDocument a, AnalyzedDocument b) =>
        ReferenceEquals(a.Source, b.Source)
        && a.Sentences == b.Sentences
        && a.Tokens == b.Tokens
        && a.Timexes == b.Timexes
        && a.Entities == b.Entities
        && a.Clusters == b.Clusters
        && a.Events == b.Events
        && a.Subject == b.Subject;

    /// <summary>True when this index and <paramref name="other"/> share their built tables (one build, handed on).</summary>
    internal bool SharesBuildWith(DocumentIndex other) => ReferenceEquals(_mentionAtToken, other._mentionAtToken);

    /// <summary>The same tables, pointed at <paramref name="document"/> (whose indexed layers are this index's).</summary>
    private DocumentIndex Rebind(AnalyzedDocument document)
    {
        var copy = (DocumentIndex)MemberwiseClone();
        copy._document = document;
        return copy;
    }
}
