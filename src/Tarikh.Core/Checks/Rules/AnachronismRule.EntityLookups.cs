using System.Collections.Immutable;
using Tarikh.Core.Entities;

namespace Tarikh.Core.Checks.Rules;

/// <summary>Lookups of the entity layer (issue #18): the mentions of a stretch of text by a binary search, not a walk of all.</summary>
public sealed partial class AnachronismRule
{
    /// <summary>
    /// The index of the first mention that starts at or after <paramref name="offset"/>, or the length when none does. Relies
    /// on the layer's contract (<see cref="Text.AnalyzedDocument.Entities"/>: ordered by start, as the clusterer writes it).
    /// </summary>
    private static int FirstEntityFrom(ImmutableArray<EntityMention> entities, int offset)
    {
        int lo = 0, hi = entities.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (entities[mid].Span.Start < offset)
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
