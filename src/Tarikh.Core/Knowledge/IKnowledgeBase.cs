namespace Tarikh.Core.Knowledge;

/// <summary>The kinds of name keys a knowledge base is indexed by (see <see cref="KbNames"/>).</summary>
public enum KbKeyKind
{
    /// <summary>A whole label or alias, normalized.</summary>
    Name,
    /// <summary>A whole label or alias as consonant skeletons (transliteration variants meet).</summary>
    Skeleton,
    /// <summary>One word of a label or alias, normalized.</summary>
    Token,
}

/// <summary>
/// A knowledge base in Wikidata's data model: entities by id and an index of their names. Implementations
/// (the in-memory one here; SQLite and PostgreSQL in Tarikh.Storage) are thread-safe for reading.
/// </summary>
public interface IKnowledgeBase
{
    /// <summary>The entity with that id, or null.</summary>
    KbEntity? Get(string id);

    /// <summary>Ids of the entities having a name key, at most <paramref name="limit"/>.</summary>
    IReadOnlyList<string> Lookup(string key, KbKeyKind kind, int limit);
}
