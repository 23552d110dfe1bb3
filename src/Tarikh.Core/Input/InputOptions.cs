namespace Tarikh.Core.Input;

/// <summary>What kind of document the bytes hold.</summary>
public enum InputFormat
{
    /// <summary>Decide from the content (an HTML document starts with <c>&lt;!DOCTYPE html</c> or <c>&lt;html</c>).</summary>
    Auto,
    /// <summary>Plain text (also Markdown): offsets refer to the decoded text as is.</summary>
    Text,
    /// <summary>HTML: reduced to its readable text, which offsets then refer to.</summary>
    Html,
}

/// <summary>Options of <see cref="InputDecoder"/>.</summary>
/// <param name="MaxBytes">Inputs larger than this are refused with <see cref="InputError.TooLarge"/>.</param>
/// <param name="MaxControlRatio">A decoded text with more control characters (other than tab, line breaks, form feed) than this share is binary.</param>
public sealed record InputOptions(long MaxBytes = InputOptions.DefaultMaxBytes, double MaxControlRatio = 0.01)
{
    /// <summary>The default size limit: 64 MB.</summary>
    public const long DefaultMaxBytes = 64L << 20;

    /// <summary>The defaults.</summary>
    public static InputOptions Default { get; } = new();

    /// <summary>The input format implied by a file name (<c>.html</c>/<c>.htm</c> → HTML, <c>.txt</c>/<c>.md</c> → text, else auto).</summary>
    public static InputFormat FormatOfPath(string? path)
    {
        var ext = Path.GetExtension(path ?? string.Empty);
        if (ext.Equals(".html", StringComparison.OrdinalIgnoreCase) || ext.Equals(".htm", StringComparison.OrdinalIgnoreCase) || ext.Equals(".xhtml", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Html;
        }

        if (ext.Equals(".txt", StringComparison.OrdinalIgnoreCase) || ext.Equals(".md", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Text;
        }

        return InputFormat.Auto;
    }
}
