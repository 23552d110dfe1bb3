using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Tarikh.Core.Pipeline;

/// <summary>
/// Where the host keeps compiled images of the embedded text lexicons between processes (Tarikh.Core does no
/// I/O itself: the CLI gives a directory-backed store). An image is only a cache: the text files embedded in
/// Tarikh.Core stay the source of truth, and an image that is missing, written by another build, truncated or
/// corrupt is never used (see <see cref="ResourceImage.TryOpen"/>); the lexicon is then built from its text and
/// the image written again.
/// </summary>
public interface IResourceImageStore
{
    /// <summary>The bytes stored under <paramref name="name"/>, or null when there are none (or they cannot be read).</summary>
    byte[]? Read(string name);

    /// <summary>Stores <paramref name="bytes"/> under <paramref name="name"/> (best effort: a failure is not an error).</summary>
    void Write(string name, byte[] bytes);

    /// <summary>Told when stored bytes were refused (stale, truncated, corrupt) and the image is being rebuilt.</summary>
    void Rejected(string name, ResourceImageProblem problem);
}

/// <summary>Why stored image bytes were not used.</summary>
public enum ResourceImageProblem
{
    /// <summary>Not an image of this format (wrong magic or format version).</summary>
    NotAnImage,

    /// <summary>Written by another build of Tarikh.Core (other code or other text sources).</summary>
    Stale,

    /// <summary>Shorter than its header says.</summary>
    Truncated,

    /// <summary>The payload does not match its checksum.</summary>
    Corrupt,
}

/// <summary>
/// The binary image format: an 8-byte magic (<c>TRKIMG</c> + format version), the module version id of the
/// Tarikh.Core build that wrote it (any change to the code or to an embedded text file gives a new one), the
/// payload's length and SHA-256, then the payload (strings as UTF-16 with a length, integers little-endian).
/// </summary>
public static class ResourceImage
{
    private static readonly byte[] Magic = "TRKIMG01"u8.ToArray();
    private const int HeaderLength = 8 + 16 + 8 + 32;

    /// <summary>The build key of this Tarikh.Core: images written by any other build are stale.</summary>
    public static Guid BuildKey { get; } = typeof(ResourceImage).Assembly.ManifestModule.ModuleVersionId;

    /// <summary>Wraps a payload in an image with the header of this build.</summary>
    internal static byte[] Seal(ReadOnlySpan<byte> payload) => Seal(payload, BuildKey);

    /// <summary>Wraps a payload in an image with the header of the given build key (tests: a stale image).</summary>
    internal static byte[] Seal(ReadOnlySpan<byte> payload, Guid key)
    {
        var image = new byte[HeaderLength + payload.Length];
        Magic.CopyTo(image, 0);
        key.TryWriteBytes(image.AsSpan(8, 16));
        BinaryPrimitives.WriteInt64LittleEndian(image.AsSpan(24, 8), payload.Length);
        SHA256.HashData(payload, image.AsSpan(32, 32));
        payload.CopyTo(image.AsSpan(HeaderLength));
        return image;
    }

    /// <summary>
    /// Checks an image written by <see cref="Seal(ReadOnlySpan{byte})"/>: this format, this build, complete, and
    /// its payload matching its checksum. On success <paramref name="payload"/> is the payload.
    /// </summary>
    internal static bool TryOpen(byte[] image, out ReadOnlyMemory<byte> payload, out ResourceImageProblem problem)
    {
        payload = default;
        problem = ResourceImageProblem.NotAnImage;
        if (!BitConverter.IsLittleEndian || image.Length < 8 || !image.AsSpan(0, 8).SequenceEqual(Magic))
        {
            return false;
        }

        problem = ResourceImageProblem.Truncated;
        if (image.Length < HeaderLength)
        {
            return false;
        }

        problem = ResourceImageProblem.Stale;
        if (new Guid(image.AsSpan(8, 16)) != BuildKey)
        {
            return false;
        }

        problem = ResourceImageProblem.Truncated;
        var length = BinaryPrimitives.ReadInt64LittleEndian(image.AsSpan(24, 8));
        if (length < 0 || length != image.Length - HeaderLength)
        {
            return false;
        }

        problem = ResourceImageProblem.Corrupt;
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(image.AsSpan(HeaderLength), hash);
        if (!hash.SequenceEqual(image.AsSpan(32, 32)))
        {
            return false;
        }

        payload = image.AsMemory(HeaderLength);
        return true;
    }

    /// <summary>
    /// The object stored under <paramref name="name"/> when a valid image of this build is there, else one built by
    /// <paramref name="build"/> (from the text sources) and stored for the next process. A stored image that cannot
    /// be read back whole is reported to the store and rebuilt, never used.
    /// </summary>
    internal static T LoadOrBuild<T>(IResourceImageStore? store, string name, Func<T> build, Action<T, ImageWriter> write, Func<ImageReader, T> read)
    {
        if (store is null)
        {
            return build();
        }

        if (store.Read(name) is { } bytes)
        {
            if (TryOpen(bytes, out var payload, out var problem))
            {
                var reader = new ImageReader(payload);
                T? value = default;
                var ok = true;
                try
                {
                    value = read(reader);
                }
                catch (FormatException)
                {
                    ok = false;
                }

                if (ok && reader.AtEnd)
                {
                    return value!;
                }

                problem = ResourceImageProblem.Corrupt;
            }

            store.Rejected(name, problem);
        }

        var built = build();
        var writer = new ImageWriter();
        write(built, writer);
        store.Write(name, Seal(writer.ToArray()));
        return built;
    }
}

/// <summary>Writes an image payload: 32-bit integers and strings (UTF-16 with a length), little-endian.</summary>
internal sealed class ImageWriter
{
    private readonly MemoryStream _buffer = new();

    /// <summary>Writes a 32-bit integer.</summary>
    public void Write(int value)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(b, value);
        _buffer.Write(b);
    }

    /// <summary>Writes a string (null allowed).</summary>
    public void Write(string? value)
    {
        Write(value is null ? -1 : value.Length);
        if (value is not null)
        {
            _buffer.Write(MemoryMarshal.AsBytes(value.AsSpan()));
        }
    }

    /// <summary>Writes a count and then each string.</summary>
    public void Write(IReadOnlyCollection<string> values)
    {
        Write(values.Count);
        foreach (var v in values)
        {
            Write(v);
        }
    }

    /// <summary>Writes an array of <paramref name="count"/> fixed-size elements given as their bytes.</summary>
    public void Write(ReadOnlySpan<byte> elements, int count)
    {
        Write(count);
        _buffer.Write(elements);
    }

    /// <summary>The payload written so far.</summary>
    public byte[] ToArray() => _buffer.ToArray();
}

/// <summary>Reads what <see cref="ImageWriter"/> wrote; a read past the end or a bad length throws <see cref="FormatException"/>.</summary>
internal sealed class ImageReader(ReadOnlyMemory<byte> payload)
{
    private int _position;

    /// <summary>True once every byte has been read.</summary>
    public bool AtEnd => _position == payload.Length;

    /// <summary>Reads a 32-bit integer.</summary>
    public int ReadInt32()
    {
        if (payload.Length - _position < 4)
        {
            throw new FormatException("image: unexpected end");
        }

        var v = BinaryPrimitives.ReadInt32LittleEndian(payload.Span.Slice(_position, 4));
        _position += 4;
        return v;
    }

    /// <summary>Reads a count (non-negative and not beyond what the payload could hold).</summary>
    public int ReadCount()
    {
        var n = ReadInt32();
        if (n < 0 || n > payload.Length - _position)
        {
            throw new FormatException("image: bad count");
        }

        return n;
    }

    /// <summary>Reads an array written by <see cref="ImageWriter.Write(ReadOnlySpan{byte}, int)"/> (one copy of its bytes).</summary>
    public T[] ReadArray<T>()
        where T : unmanaged
    {
        var n = ReadInt32();
        var size = System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        if (n < 0 || (long)n * size > payload.Length - _position)
        {
            throw new FormatException("image: bad array length");
        }

        var values = new T[n];
        payload.Span.Slice(_position, n * size).CopyTo(MemoryMarshal.AsBytes(values.AsSpan()));
        _position += n * size;
        return values;
    }

    /// <summary>Reads a string written by <see cref="ImageWriter.Write(string)"/>.</summary>
    public string? ReadString()
    {
        var n = ReadInt32();
        if (n == -1)
        {
            return null;
        }

        if (n < 0 || (long)n * 2 > payload.Length - _position)
        {
            throw new FormatException("image: bad string length");
        }

        var s = n == 0 ? string.Empty : new string(MemoryMarshal.Cast<byte, char>(payload.Span.Slice(_position, n * 2)));
        _position += n * 2;
        return s;
    }

    /// <summary>Reads a string that may not be null.</summary>
    public string ReadRequiredString() => ReadString() ?? throw new FormatException("image: null string");

    /// <summary>Reads a count and that many strings.</summary>
    public string[] ReadStrings()
    {
        var n = ReadCount();
        var values = new string[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = ReadRequiredString();
        }

        return values;
    }
}
