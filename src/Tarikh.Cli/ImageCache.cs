using System.Globalization;
using Tarikh.Core.Pipeline;

namespace Tarikh.Cli;

/// <summary>
/// The CLI's store of lexicon images (<see cref="IResourceImageStore"/>): one file per image and build of
/// Tarikh.Core in <c>$TARIKH_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/tarikh</c>, else <c>~/.cache/tarikh</c>
/// (<c>TARIKH_CACHE_DIR=off</c>: no images, every lexicon is built from its text). The first process of a build
/// writes the images; the next ones read them. Files are written whole under a temporary name and then renamed,
/// so processes running at once never read a half-written image; an image that does not check out is rebuilt.
/// </summary>
public sealed class ImageCache : IResourceImageStore
{
    private readonly TextWriter? _warnings;

    /// <summary>Creates a store in <paramref name="directory"/>; refused images are reported on <paramref name="warnings"/>.</summary>
    public ImageCache(string directory, TextWriter? warnings = null)
    {
        Directory = directory;
        _warnings = warnings;
    }

    /// <summary>The directory.</summary>
    public string Directory { get; }

    /// <summary>The default store (see the class summary), or null when images are turned off or no directory is known.</summary>
    public static ImageCache? Default(TextWriter? warnings)
    {
        var dir = Environment.GetEnvironmentVariable("TARIKH_CACHE_DIR");
        if (string.Equals(dir, "off", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (string.IsNullOrEmpty(dir))
        {
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            dir = !string.IsNullOrEmpty(xdg) ? Path.Combine(xdg, "tarikh")
                : !string.IsNullOrEmpty(home) ? Path.Combine(home, ".cache", "tarikh")
                : null;
        }

        return dir is null ? null : new ImageCache(dir, warnings);
    }

    /// <summary>The file of an image for this build of Tarikh.Core.</summary>
    public string PathOf(string name) => Path.Combine(Directory, string.Create(CultureInfo.InvariantCulture, $"{name}.{ResourceImage.BuildKey:N}.img"));

    /// <inheritdoc/>
    public byte[]? Read(string name)
    {
        try
        {
            var path = PathOf(name);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <inheritdoc/>
    public void Write(string name, byte[] bytes)
    {
        var path = PathOf(name);
        var temp = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
            RemoveOldBuilds(name, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only or full disk: the lexicon was built from its text and works; the next process builds it again.
            try
            {
                File.Delete(temp);
            }
            catch (Exception e2) when (e2 is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    /// <inheritdoc/>
    public void Rejected(string name, ResourceImageProblem problem)
    {
        var why = problem switch
        {
            ResourceImageProblem.Stale => ("written by another build", "كُتبت بنسخة أخرى من البرنامج"),
            ResourceImageProblem.Truncated => ("truncated", "مبتورة"),
            ResourceImageProblem.Corrupt => ("corrupt", "تالفة"),
            _ => ("not an image", "ليست صورة معجم"),
        };
        _warnings?.WriteLine($"tarikh: lexicon image {PathOf(name)} was not used ({why.Item1}); rebuilt from the text sources.");
        _warnings?.WriteLine($"tarikh: لم تُستعمل صورة المعجم {PathOf(name)} ({why.Item2})؛ أعيد بناؤها من الملفات النصية.");
    }

    // Images of other builds of the same lexicon untouched for a day (a build that is still in use rewrites its own).
    private void RemoveOldBuilds(string name, string keep)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, name + ".*.img"))
        {
            if (file != keep && File.GetLastWriteTimeUtc(file) < DateTime.UtcNow.AddDays(-1))
            {
                File.Delete(file);
            }
        }
    }
}
