using System.Text;
using System.Text.Unicode;
using Tarikh.Core.Text;

namespace Tarikh.Core.Input;

/// <summary>
/// Turns the bytes of a file (or of standard input) into a <see cref="SourceText"/>: detects the
/// encoding (UTF-8 with or without BOM, UTF-16/UTF-32 with BOM, Windows-1256 by its Arabic letters),
/// rejects binary, empty, undecodable and oversized inputs with reason codes, and reduces HTML to
/// its readable text (<see cref="HtmlTextExtractor"/>). Pure: no file I/O. Immutable and thread-safe.
/// </summary>
public sealed class InputDecoder
{
    private const int PooledDecodeLimit = 16 << 20;
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf32Le = new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true);

    // Windows-1256 from the code-pages provider, without registering it globally (no static mutable state).
    private static readonly Encoding Windows1256 = CodePagesEncodingProvider.Instance.GetEncoding(1256)
        ?? throw new InvalidOperationException("The Windows-1256 code page is not available.");

    private readonly HtmlTextExtractor _html;

    /// <summary>Creates a decoder.</summary>
    public InputDecoder(InputOptions? options = null, HtmlTextExtractor? html = null)
    {
        Options = options ?? InputOptions.Default;
        _html = html ?? HtmlTextExtractor.Default;
    }

    /// <summary>The decoder with default options.</summary>
    public static InputDecoder Default { get; } = new();

    /// <summary>The options in force.</summary>
    public InputOptions Options { get; }

    /// <summary>Decodes bytes into a source text, or says why not.</summary>
    /// <param name="bytes">The whole input.</param>
    /// <param name="path">Where it came from (kept in <see cref="SourceText.Path"/>).</param>
    /// <param name="format">Text, HTML, or auto (sniffed from the content).</param>
    /// <param name="cancellationToken">Checked while HTML is reduced to text.</param>
    public DecodedInput Decode(ReadOnlySpan<byte> bytes, string? path = null, InputFormat format = InputFormat.Auto, CancellationToken cancellationToken = default)
    {
        if (bytes.Length > Options.MaxBytes)
        {
            return DecodedInput.Failure(InputError.TooLargeInput(bytes.Length, Options.MaxBytes));
        }

        var decoded = DecodeText(bytes, out var encoding);
        if (decoded.Error is { } error)
        {
            return DecodedInput.Failure(error);
        }

        var text = decoded.Text!;
        if (CountControls(text) is var controls && controls > 0 && controls > text.Length * Options.MaxControlRatio)
        {
            return DecodedInput.Failure(InputError.BinaryInput($"{controls} control characters"));
        }

        return Finish(text, path, encoding, format, cancellationToken);
    }

    /// <summary>Decodes a string that is already text (a batch line, an HTTP body): only the empty and HTML steps apply.</summary>
    public DecodedInput FromString(string text, string? path = null, InputFormat format = InputFormat.Text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > Options.MaxBytes)
        {
            return DecodedInput.Failure(InputError.TooLargeInput(text.Length, Options.MaxBytes));
        }

        return Finish(text, path, "utf-16", format, cancellationToken);
    }

    /// <summary>The steps shared by bytes and strings: HTML detection and extraction, then the empty check.</summary>
    private DecodedInput Finish(string text, string? path, string encoding, InputFormat format, CancellationToken cancellationToken)
    {
        if (format == InputFormat.Auto)
        {
            format = LooksLikeHtml(text) ? InputFormat.Html : InputFormat.Text;
        }

        var kind = "text";
        if (format == InputFormat.Html)
        {
            var (extracted, htmlError) = _html.TryExtract(text, cancellationToken);
            if (htmlError is not null)
            {
                return DecodedInput.Failure(htmlError);
            }

            text = extracted!;
            kind = "html";
        }

        if (text.AsSpan().IsWhiteSpace())
        {
            return DecodedInput.Failure(InputError.EmptyInput());
        }

        return DecodedInput.Success(new SourceText(text, path, encoding, kind));
    }

    /// <summary>True when a text starts like an HTML document or fragment.</summary>
    public static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan().TrimStart();
        if (head.Length == 0 || head[0] != '<')
        {
            return false;
        }

        head = head[..Math.Min(head.Length, 64)];
        ReadOnlySpan<string> starts = ["<!doctype html", "<html", "<head", "<body", "<meta", "<article", "<div", "<p>", "<p ", "<h1", "<h2", "<section", "<main", "<!--"];
        foreach (var s in starts)
        {
            if (head.StartsWith(s, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static (string? Text, InputError? Error) DecodeText(ReadOnlySpan<byte> bytes, out string encoding)
    {
        encoding = "utf-8";
        if (bytes.IsEmpty)
        {
            return (null, InputError.EmptyInput());
        }

        // Byte-order marks.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            var rest = bytes[3..];
            encoding = "utf-8-bom";
            return TryStrictUtf8(rest) is { } withBom ? (withBom, null) : (null, InputError.UndecodableInput(3 + FirstInvalidUtf8(rest)));
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            encoding = "utf-32le";
            return Strict(StrictUtf32Le, bytes[4..], 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            encoding = "utf-16le";
            return Strict(StrictUtf16Le, bytes[2..], 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encoding = "utf-16be";
            return Strict(StrictUtf16Be, bytes[2..], 2);
        }

        // No BOM: NUL bytes never occur in UTF-8 or Windows-1256 text.
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return (null, InputError.BinaryInput($"NUL byte at offset {nul}"));
        }

        // One strict pass decodes valid UTF-8 (the common case); invalid bytes fall through to the diagnosis below.
        if (TryStrictUtf8(bytes) is { } utf8)
        {
            return (utf8, null);
        }

        // Not UTF-8. Mostly-valid UTF-8 with a few broken sequences is corrupt UTF-8, not another code page.
        var (valid, invalid, firstInvalid) = Utf8Stats(bytes);
        if (valid > 0 && valid >= 4 * invalid)
        {
            return (null, InputError.UndecodableInput(firstInvalid));
        }

        if (LooksLikeWindows1256(bytes))
        {
            encoding = "windows-1256";
            return (Windows1256.GetString(bytes), null);
        }

        var controls = 0;
        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C))
            {
                controls++;
            }
        }

        if (controls > bytes.Length / 100)
        {
            return (null, InputError.BinaryInput($"{controls} control bytes"));
        }

        return (null, InputError.UndecodableInput(firstInvalid));
    }

    /// <summary>
    /// Decodes valid UTF-8 in one pass (validation and transcoding together, into a pooled buffer, then one
    /// copy into the string); null at the first invalid sequence.
    /// </summary>
    private static string? TryStrictUtf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > PooledDecodeLimit)
        {
            // A very large input: no pooled buffer of its size is kept alive afterwards.
            try
            {
                return StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
        }

        // UTF-8 never needs more UTF-16 units than bytes.
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes, buffer, out _, out var written, replaceInvalidSequences: false);
            return status == System.Buffers.OperationStatus.Done ? new string(buffer, 0, written) : null;
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static (string?, InputError?) Strict(Encoding encoding, ReadOnlySpan<byte> bytes, int bomLength)
    {
        try
        {
            return (encoding.GetString(bytes), null);
        }
        catch (DecoderFallbackException e)
        {
            return (null, InputError.UndecodableInput(bomLength + Math.Max(0, e.Index)));
        }
    }

    /// <summary>
    /// Windows-1256 has no invalid bytes, so it is recognized by its content: most bytes above 0x7F
    /// must decode to Arabic letters (an Arabic text in it is mostly such bytes; Latin-1 text is not).
    /// </summary>
    private static bool LooksLikeWindows1256(ReadOnlySpan<byte> bytes)
    {
        Span<char> table = stackalloc char[128];
        Span<byte> high = stackalloc byte[128];
        for (var i = 0; i < 128; i++)
        {
            high[i] = (byte)(0x80 + i);
        }

        Windows1256.GetChars(high, table);
        int arabic = 0, other = 0;
        foreach (var b in bytes)
        {
            if (b < 0x80)
            {
                continue;
            }

            var c = table[b - 0x80];
            if (c is >= '\u0600' and <= '\u06FF')
            {
                arabic++;
            }
            else
            {
                other++;
            }
        }

        return arabic > 0 && arabic >= 3 * other;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes) => Utf8Stats(bytes).FirstInvalid;

    private static (int Valid, int Invalid, int FirstInvalid) Utf8Stats(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0, first = -1, i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] < 0x80)
            {
                i++;
                continue;
            }

            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                invalid++;
                if (first < 0)
                {
                    first = i;
                }
            }

            i += Math.Max(1, consumed);
        }

        return (valid, invalid, Math.Max(first, 0));
    }

    private static int CountControls(string text)
    {
        var count = 0;
        var span = text.AsSpan();
        int i;
        while ((i = span.IndexOfAnyInRange('\u0000', '\u001F')) >= 0)
        {
            if (span[i] is not ('\t' or '\n' or '\r' or '\f'))
            {
                count++;
            }

            span = span[(i + 1)..];
        }

        span = text.AsSpan();
        while ((i = span.IndexOf('\uFFFD')) >= 0)
        {
            count++;
            span = span[(i + 1)..];
        }

        return count;
    }
}
