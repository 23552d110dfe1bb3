using Tarikh.Core.Input;
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

    /// <summary>
    /// Why the argument cannot be read as an existing knowledge base, or null when it can: no file there, or a file that is
    /// not a knowledge base (most often the Wikidata JSON itself, given before it was imported). A PostgreSQL database is
    /// assumed to exist; its errors come when it is opened.
    /// </summary>
    public static InputError? Problem(string kb)
    {
        if (DocumentStore.IsPostgres(kb))
        {
            return null;
        }

        if (!File.Exists(kb))
        {
            return new InputError("kb-not-found",
                "no knowledge base there (create one with `tarikh kb import`).",
                "لا توجد قاعدة معرفة هنا (أنشئها بالأمر `tarikh kb import`).");
        }

        Span<byte> head = stackalloc byte[16];
        int read;
        using (var stream = new FileStream(kb, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        return read == 0 || (read == head.Length && head.SequenceEqual("SQLite format 3\0"u8))
            ? null
            : new InputError("kb-not-a-database",
                "this file is not a knowledge base: import it first (`tarikh kb import FILE --kb kb.db`), then give kb.db.",
                "هذا الملف ليس قاعدة معرفة: استورده أولاً (`tarikh kb import FILE --kb kb.db`) ثم مرّر kb.db.");
    }
}
