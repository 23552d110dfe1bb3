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
    public static async Task<TarikhLibrary?> OpenAsync(LibraryOptions options, CliConsole console, CancellationToken ct)
    {
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
}
