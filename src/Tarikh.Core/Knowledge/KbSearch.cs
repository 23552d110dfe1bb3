namespace Tarikh.Core.Knowledge;

/// <summary>A search hit.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Score">0..1: 1 for the whole name, less for a skeleton (transliteration variant) or some of its words.</param>
/// <param name="Match">How it matched: <c>name</c>, <c>skeleton</c> or <c>words</c>.</param>
public sealed record KbSearchHit(KbEntity Entity, double Score, string Match);

/// <summary>
/// Name search over a knowledge base: Arabic and English (and any kept language) labels and aliases,
/// normalized; transliteration variants through skeletons; partial names by shared words. Ranked by
/// match, then by how much the KB knows of the item (statements), then id. Pure.
/// </summary>
public sealed class KbSearch(IKnowledgeBase kb, KbNames? names = null)
{
    private readonly KbNames _names = names ?? KbNames.Default;

    /// <summary>Searches a name; at most <paramref name="limit"/> hits.</summary>
    public IReadOnlyList<KbSearchHit> Search(string query, int limit = 10)
    {
        ArgumentNullException.ThrowIfNull(query);
        var key = _names.Key(query);
        var hits = new Dictionary<string, (double Score, string Match)>(StringComparer.Ordinal);
        if (key.Length == 0)
        {
            return [];
        }

        foreach (var id in kb.Lookup(key, KbKeyKind.Name, 200))
        {
            Raise(id, 1.0, "name");
        }

        foreach (var id in kb.Lookup(KbNames.Skeleton(key), KbKeyKind.Skeleton, 200))
        {
            Raise(id, 0.9, "skeleton");
        }

        var words = KbNames.Words(key).Where(w => !KbNames.IsWeakToken(w)).ToArray();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            foreach (var id in kb.Lookup(w, KbKeyKind.Token, 500))
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }

        foreach (var (id, n) in counts)
        {
            Raise(id, 0.8 * n / Math.Max(words.Length, 1), "words");
        }

        return [.. hits
            .Select(h => (Entity: kb.Get(h.Key), h.Value.Score, h.Value.Match))
            .Where(h => h.Entity is not null)
            .OrderByDescending(h => h.Score)
            .ThenByDescending(h => h.Entity!.Statements.Length)
            .ThenBy(h => h.Entity!.Id.Length)
            .ThenBy(h => h.Entity!.Id, StringComparer.Ordinal)
            .Take(limit)
            .Select(h => new KbSearchHit(h.Entity!, Math.Round(h.Score, 3), h.Match))];

        void Raise(string id, double score, string match)
        {
            if (!hits.TryGetValue(id, out var h) || h.Score < score)
            {
                hits[id] = (score, match);
            }
        }
    }
}
