using System.CommandLine;
using Tarikh.Storage;

namespace Tarikh.Cli.Commands;

/// <summary>The <c>--db</c> and <c>--index</c> options shared by <c>ingest</c>, <c>search</c> and <c>serve</c>.</summary>
internal sealed class LibraryOptionsBinding
{
    public Option<string> Database { get; } = new("--db")
    {
        Description = "SQLite file, or PostgreSQL connection string (Host=…;Database=…) or URL (postgres://…) (default: tarikh.db; env TARIKH_DB) / قاعدة البيانات",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("TARIKH_DB") is { Length: > 0 } db ? db : DocumentStore.DefaultPath,
    };

    public Option<string?> Index { get; } = new("--index")
    {
        Description = "Search index folder (default: <db>.index beside a SQLite file, tarikh-index for PostgreSQL) / مجلد فهرس البحث",
    };

    public void AddTo(Command command)
    {
        command.Add(Database);
        command.Add(Index);
    }

    public LibraryOptions Get(ParseResult parse) => new(parse.GetValue(Database) ?? DocumentStore.DefaultPath, parse.GetValue(Index));

    /// <summary>Opens the library, reporting a failure as a bilingual message (null then).</summary>
    /// <param name="options">Where the library is.</param>
    /// <param name="console">Where messages go.</param>
    /// <param name="ct">Cancellation.</param>
    /// <param name="access">What may be created: everything (ingest), nothing (search), or only the database file in an existing folder (serve).</param>
    public static async Task<TarikhLibrary?> OpenAsync(LibraryOptions options, CliConsole console, CancellationToken ct, LibraryAccess access = LibraryAccess.Create)
    {
        if (!Allowed(options, console, access))
        {
            return null;
        }

        try
        {
            return await TarikhLibrary.OpenAsync(options, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException or ArgumentException or Lucene.Net.Store.LockObtainFailedException or System.Net.Sockets.SocketException)
        {
            var where = DocumentStore.IsPostgres(options.Database) ? "PostgreSQL" : options.Database;
            console.Error.WriteLine($"tarikh: error [database] cannot open {where} (index {options.ResolvedIndexPath}): {e.Message}");
            console.Error.WriteLine($"tarikh: خطأ [database] تعذّر فتح قاعدة البيانات {where} (الفهرس {options.ResolvedIndexPath}): {e.Message}");
            return null;
        }
    }

    /// <summary>Checks that a read command's SQLite library exists, and that nothing but the file itself would be created.</summary>
    private static bool Allowed(LibraryOptions options, CliConsole console, LibraryAccess access)
    {
        if (access == LibraryAccess.Create || DocumentStore.IsPostgres(options.Database))
        {
            return true;
        }

        var db = options.Database;
        if (access == LibraryAccess.FileOnly && options.IndexPath is { } indexPath && !Directory.Exists(indexPath)
            && Path.GetDirectoryName(Path.GetFullPath(indexPath)) is { } indexParent && !Directory.Exists(indexParent))
        {
            console.Error.WriteLine($"tarikh: error [database] the folder {indexParent} does not exist; serve creates no folders (create it, or check --index).");
            console.Error.WriteLine($"tarikh: خطأ [database] المجلد {indexParent} غير موجود؛ لا ينشئ serve مجلدات (أنشئه، أو تحقق من --index).");
            return false;
        }

        if (File.Exists(db))
        {
            return true;
        }

        if (Directory.Exists(db))
        {
            console.Error.WriteLine($"tarikh: error [database] {db} is a folder, not a library file.");
            console.Error.WriteLine($"tarikh: خطأ [database] {db} مجلد وليس ملف مكتبة.");
            return false;
        }

        if (access == LibraryAccess.Existing)
        {
            console.Error.WriteLine($"tarikh: error [database] there is no library at {db} (check --db, or create one: tarikh ingest FOLDER --db {db}).");
            console.Error.WriteLine($"tarikh: خطأ [database] لا توجد مكتبة في {db} (تحقق من --db، أو أنشئ مكتبة: tarikh ingest FOLDER --db {db}).");
            return false;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(db));
        var indexFolder = options.IndexPath is { } index ? Path.GetDirectoryName(Path.GetFullPath(index)) : folder;
        foreach (var f in new[] { folder, indexFolder })
        {
            if (f is not null && !Directory.Exists(f))
            {
                console.Error.WriteLine($"tarikh: error [database] the folder {f} does not exist; serve creates no folders (create it, or check --db / --index).");
                console.Error.WriteLine($"tarikh: خطأ [database] المجلد {f} غير موجود؛ لا ينشئ serve مجلدات (أنشئه، أو تحقق من --db / --index).");
                return false;
            }
        }

        console.Error.WriteLine($"tarikh: no library at {db} yet: starting a new, empty one there.");
        console.Error.WriteLine($"tarikh: لا توجد مكتبة في {db} بعد: ستُنشأ مكتبة جديدة فارغة هناك.");
        return true;
    }
}

/// <summary>What opening a library may create.</summary>
internal enum LibraryAccess
{
    /// <summary>The database, its folder and the index (ingest).</summary>
    Create,

    /// <summary>Nothing: the library must exist (search).</summary>
    Existing,

    /// <summary>Only the database file and its index, in folders that exist (serve).</summary>
    FileOnly,
}
