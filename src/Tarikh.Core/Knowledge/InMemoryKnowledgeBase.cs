using System.Collections.Frozen;

namespace Tarikh.Core.Knowledge;

/// <summary>A knowledge base held in memory (tests, small KBs read from a file). Immutable once built.</summary>
public sealed class InMemoryKnowledgeBase : IKnowledgeBase
{
    private readonly FrozenDictionary<string, KbEntity> _entities;
    private readonly FrozenDictionary<(string, KbKeyKind), string[]> _index;

    /// <summary>
    /// Reads a dump held in memory (Wikidata's JSON dump shape: one entity per line, the array's brackets and
    /// line-ending commas allowed) into an in-memory knowledge base. For small knowledge bases: evaluation sets
    /// and tests. A line that does not parse throws <see cref="InvalidDataException"/> with the reader's reason.
    /// </summary>
    public static InMemoryKnowledgeBase FromDump(ReadOnlySpan<byte> dump)
    {
        var entities = new List<KbEntity>();
        var start = 0;
        for (var i = 0; i <= dump.Length; i++)
        {
            if (i == dump.Length || dump[i] == (byte)'\n')
            {
                var line = WikidataJsonReader.TrimLine(dump[start..i]);
                if (line.Length > 1)
                {
                    var r = WikidataJsonReader.Read(line);
                    entities.Add(r.Entity ?? throw new InvalidDataException(r.Error));
                }

                start = i + 1;
            }
        }

        return new InMemoryKnowledgeBase(entities);
    }

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
