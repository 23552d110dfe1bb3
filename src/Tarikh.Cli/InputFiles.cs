using System.Runtime.InteropServices;
using Tarikh.Core.Input;

namespace Tarikh.Cli;

/// <summary>
/// Reads input files safely: only regular files (a device such as <c>/dev/zero</c>, a FIFO or a socket is
/// refused before it is opened, since reading one may never end or block forever), and never more than
/// the size limit, whatever the file system says the size is.
/// </summary>
internal static class InputFiles
{
    private const int S_IFMT = 0xF000;
    private const int S_IFREG = 0x8000;
    private const int S_IFDIR = 0x4000;

    /// <summary>Why <paramref name="path"/> is not a regular file that can be read, or null when it is one.</summary>
    public static InputError? CheckRegular(string path)
    {
        if (Directory.Exists(path))
        {
            return InputError.NotAFileInput(path);
        }

        if (!File.Exists(path))
        {
            return InputError.NotFoundInput(path);
        }

        return FileType(path) is { } type && type != S_IFREG ? InputError.NotAFileInput(path) : null;
    }

    /// <summary>The bytes of a regular file, at most <paramref name="maxBytes"/> of them (more is <see cref="InputError.TooLarge"/>).</summary>
    public static (byte[]? Bytes, InputError? Error) Read(string path, long maxBytes)
    {
        if (CheckRegular(path) is { } refused)
        {
            return (null, refused);
        }

        try
        {
            // A regular file says its size: refuse a large one without reading it (the bounded read below
            // still stops a file that grows, or one of the /proc kind that says 0).
            var length = new FileInfo(path).Length;
            if (length > maxBytes)
            {
                return (null, InputError.TooLargeInput(length, maxBytes));
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var bytes = ReadBounded(stream, maxBytes, out var total);
            return bytes is null ? (null, InputError.TooLargeInput(total, maxBytes)) : (bytes, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, InputError.UnreadableInput(path, e.Message));
        }
    }

    /// <summary>Reads a stream to its end, or stops past <paramref name="maxBytes"/> (null then; <paramref name="read"/> says how far it got).</summary>
    public static byte[]? ReadBounded(Stream stream, long maxBytes, out long read)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int n;
        while ((n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > maxBytes)
            {
                read = buffer.Length;
                return null;
            }
        }

        read = buffer.Length;
        return buffer.ToArray();
    }

    /// <summary>The S_IFMT bits of the file's mode (following links), or null where they cannot be had (Windows, other architectures).</summary>
    private static int? FileType(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        // struct stat: st_mode is at offset 24 on x86-64 and 16 on arm64 (generic layout).
        var offset = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 24,
            Architecture.Arm64 => 16,
            _ => -1,
        };
        if (offset < 0)
        {
            return null;
        }

        var buf = new byte[512];
        try
        {
            if (Stat(path, buf) != 0)
            {
                return null;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        var mode = BitConverter.ToInt32(buf, offset) & S_IFMT;
        return mode == S_IFDIR ? S_IFDIR : mode;
    }

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code for the generated marshalling.
    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);
#pragma warning restore SYSLIB1054
}
