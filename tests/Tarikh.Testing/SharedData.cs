namespace Tarikh.Testing;

/// <summary>Finds the repository root and the read-only <c>../shared</c> folder beside it.</summary>
public static class SharedData
{
    /// <summary>The repository root (the folder holding Tarikh.slnx).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared folder: <c>$TARIKH_SHARED</c>, or <c>../shared</c> beside the repository.</summary>
    public static string SharedRoot
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("TARIKH_SHARED");
            if (!string.IsNullOrEmpty(env))
            {
                return env;
            }

            return Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
        }
    }

    /// <summary>A path under the shared folder.</summary>
    public static string Shared(params string[] parts) => Path.Combine([SharedRoot, .. parts]);

    /// <summary>A path under the repository.</summary>
    public static string Repo(params string[] parts) => Path.Combine([RepoRoot, .. parts]);

    /// <summary>The shared Lenin web article.</summary>
    public static string LeninArticlePath => Shared("corpus", "lenin-web-article.ar.txt");

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tarikh.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Tarikh.slnx not found above " + AppContext.BaseDirectory);
    }
}
