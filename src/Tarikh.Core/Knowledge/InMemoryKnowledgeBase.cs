using System.Collections.Frozen;

namespace Tarikh.Core.Knowledge;

/// <summary>A knowledge base held in memory (tests, small KBs read from a file). Immutable once built.</summary>
public sealed class InMemoryKnowledgeBase : IKnowledgeBase
{
    private readonly FrozenDictionary<string, KbEntity> _entities;
    private readonly FrozenDictionary<(string, KbKeyKind), string[]> _index;

    /// <summary>Builds the knowledge base and its name index.</summary>
    public InMemoryKnowledgeBase(IEnumerable<KbEntity> entities, KbNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(entities);
        names ??= KbNames.Default;
        var byId = new Dictionary<string, KbEntity>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            byId[e.Id] = e;
        }

        var index = new Dictionary<(string, KbKeyKind), List<string>>();
        foreach (var e in byId.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            foreach (var key in names.IndexKeys(e))
            {
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                list.Add(e.Id);
            }
        }

        _entities = byId.ToFrozenDictionary(StringComparer.Ordinal);
        _index = index.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>Number of entities.</summary>
    public int Count => _entities.Count;

    /// <inheritdoc />
    public KbEntity? Get(string id) => _entities.GetValueOrDefault(id);

    /// <inheritdoc />
    public IReadOnlyList<string> Lookup(string key, KbKeyKind kind, int limit)
        => _index.TryGetValue((key, kind), out var ids) ? (ids.Length <= limit ? ids : ids[..limit]) : [];
}
