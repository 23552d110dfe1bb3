using System.Security.Cryptography;
using System.Text;

namespace Tarikh.Core.Text;

/// <summary>
/// The original text of a document, as decoded (UTF-8, BOM removed, line endings as in the file),
/// or as extracted from HTML. All offsets of all layers refer to <see cref="Text"/>.
/// Immutable.
/// </summary>
public sealed class SourceText
{
    private string? _sha256;

    /// <summary>Creates a source text.</summary>
    /// <param name="text">The decoded text; offsets refer to it.</param>
    /// <param name="path">Where it came from (a path, URL or batch id), or null.</param>
    /// <param name="encoding">The encoding name it was decoded from (<c>utf-8</c>, <c>utf-16le</c>, <c>windows-1256</c>…).</param>
    /// <param name="format">The input format: <c>text</c> or <c>html</c>.</param>
    public SourceText(string text, string? path = null, string encoding = "utf-8", string format = "text")
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Path = path;
        Encoding = encoding;
        Format = format;
    }

    /// <summary>The text every span points into.</summary>
    public string Text { get; }

    /// <summary>Source path, URL or id; null for anonymous text.</summary>
    public string? Path { get; }

    /// <summary>Name of the encoding the bytes were decoded from.</summary>
    public string Encoding { get; }

    /// <summary><c>text</c> or <c>html</c>: when html, <see cref="Text"/> is the readable text extracted from it.</summary>
    public string Format { get; }

    /// <summary>Length in UTF-16 units.</summary>
    public int Length => Text.Length;

    /// <summary>Lower-case hex SHA-256 of the UTF-8 encoding of <see cref="Text"/>.</summary>
    public string Sha256 => _sha256 ??= ComputeSha256(Text);

    /// <summary>The text under a span.</summary>
    public string this[TextSpan span] => Text.Substring(span.Start, span.Length);

    /// <summary>The text under a span, without allocating.</summary>
    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>Hex SHA-256 of the UTF-8 bytes of a string.</summary>
    public static string ComputeSha256(string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
