namespace Tarikh.Storage;

/// <summary>Opens a store from a <c>--db</c> value: a PostgreSQL connection string or URL, else a SQLite file path.</summary>
public static class DocumentStore
{
    /// <summary>The default SQLite file name.</summary>
    public const string DefaultPath = "tarikh.db";

    /// <summary>True when the value names a PostgreSQL database (<c>Host=…</c> or <c>postgres://…</c>).</summary>
    public static bool IsPostgres(string database) =>
        database.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || database.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || database.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens and migrates the store.</summary>
    public static async Task<IDocumentStore> OpenAsync(string database, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        if (IsPostgres(database))
        {
            return await PostgresDocumentStore.OpenAsync(ToNpgsql(database), cancellationToken).ConfigureAwait(false);
        }

        return await SqliteDocumentStore.OpenAsync(database, cancellationToken).ConfigureAwait(false);
    }

    internal static string ToNpgsql(string database)
    {
        if (!database.Contains("://", StringComparison.Ordinal))
        {
            return database;
        }

        var uri = new Uri(database);
        var b = new Npgsql.NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1)
            {
                b.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        return b.ConnectionString;
    }
}
