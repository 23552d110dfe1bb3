using Tarikh.Core.Knowledge;

namespace Tarikh.Storage.Knowledge;

/// <summary>
/// A knowledge base that can be written: the SQLite file (default) or a PostgreSQL database. The importer
/// writes batches with their checkpoint in one transaction; readers use <see cref="IKnowledgeBase"/>.
/// </summary>
public interface IKnowledgeStore : IKnowledgeBase, IDisposable
{
    /// <summary>Number of entities stored.</summary>
    long Count { get; }

    /// <summary>The checkpoint of a source, or null.</summary>
    KbCheckpoint? Checkpoint(string source);

    /// <summary>Stores a batch (replacing entities with the same ids and their names) and the checkpoint in one transaction.</summary>
    void Write(IReadOnlyList<KbEntity> entities, KbCheckpoint? checkpoint);
}

/// <summary>Opens a knowledge store from what the user gave: a file path (SQLite) or a PostgreSQL connection string or URL.</summary>
public static class KnowledgeStore
{
    /// <summary>Opens (creating the tables if needed) the store.</summary>
    public static IKnowledgeStore Open(string kb)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kb);
        return DocumentStore.IsPostgres(kb) ? new PostgresKnowledgeBase(DocumentStore.ToNpgsql(kb)) : new SqliteKnowledgeBase(kb);
    }

    /// <summary>True when the argument names an existing store (a PostgreSQL database is assumed to exist).</summary>
    public static bool Exists(string kb) => DocumentStore.IsPostgres(kb) || File.Exists(kb);
}
