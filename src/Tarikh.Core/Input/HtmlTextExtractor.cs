using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Tarikh.Core.Input;

/// <summary>Options of <see cref="HtmlTextExtractor"/>.</summary>
/// <param name="DroppedElements">Elements removed with everything inside them (scripts, navigation, video fallbacks…).</param>
/// <param name="BlockElements">Elements that start and end a line (headings, paragraphs, list items, table cells…).</param>
/// <param name="IncludeTitle">Put the document's &lt;title&gt; as the first line when the body has no &lt;h1&gt;.</param>
/// <param name="MaxDepth">Documents whose elements nest deeper than this are refused (<see cref="InputError.TooDeep"/>)
/// before any tree is built: parsing deep nesting costs time quadratic in the size. Browsers limit their trees to 512 levels too.</param>
public sealed record HtmlExtractionOptions(
    FrozenSet<string> DroppedElements,
    FrozenSet<string> BlockElements,
    bool IncludeTitle = true,
    int MaxDepth = HtmlExtractionOptions.DefaultMaxDepth)
{
    /// <summary>The default nesting limit: 512 levels.</summary>
    public const int DefaultMaxDepth = 512;

    /// <summary>The defaults.</summary>
    public static HtmlExtractionOptions Default { get; } = new(
        new[]
        {
            "script", "style", "nav", "header", "footer", "aside", "video", "audio", "noscript", "iframe", "form",
            "template", "svg", "canvas", "object", "embed", "button", "select", "textarea", "input", "head", "picture", "source", "track", "map", "dialog", "menu",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        new[]
        {
            "address", "article", "blockquote", "caption", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
            "tfoot", "tr", "td", "th", "ul", "body", "center",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
}

/// <summary>
/// Reduces an HTML page to its readable text with AngleSharp: drops scripts, styles, navigation,
/// page headers and footers, asides, forms and video/audio elements with their fallback text;
/// keeps headings, paragraphs, list items and table cells as one line each. White space inside a
/// line is collapsed; <c>&lt;br&gt;</c> breaks a line. A &lt;header&gt; inside an &lt;article&gt; or
/// &lt;main&gt; (an article's own title) is kept. Immutable and thread-safe.
/// </summary>
public sealed class HtmlTextExtractor
{
    /// <summary>Creates an extractor.</summary>
    public HtmlTextExtractor(HtmlExtractionOptions? options = null) => Options = options ?? HtmlExtractionOptions.Default;

    /// <summary>The extractor with default options.</summary>
    public static HtmlTextExtractor Default { get; } = new();

    /// <summary>The options in force.</summary>
    public HtmlExtractionOptions Options { get; }

    /// <summary>The readable text of an HTML document or fragment, one block per line.</summary>
    /// <exception cref="InvalidDataException">The elements nest deeper than <see cref="HtmlExtractionOptions.MaxDepth"/>
    /// (use <see cref="TryExtract"/> to get that as a value).</exception>
    public string Extract(string html)
    {
        var (text, error) = TryExtract(html);
        return text ?? throw new InvalidDataException(error!.MessageEn);
    }

    /// <summary>
    /// The readable text of an HTML document or fragment, one block per line; or, for a document whose
    /// elements nest deeper than <see cref="HtmlExtractionOptions.MaxDepth"/>, the error
    /// <see cref="InputError.TooDeep"/>. Time is linear in the input: the depth is measured by a linear
    /// scan before the tree is built. The token is checked while scanning and while parsing.
    /// </summary>
    public (string? Text, InputError? Error) TryExtract(string html, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        var nesting = HtmlNesting.Measure(html, Options.MaxDepth, cancellationToken);
        if (nesting.Exceeded)
        {
            return (null, InputError.TooDeepHtml(Options.MaxDepth));
        }

        var tokens = 0;
        var parser = new HtmlParser(new HtmlParserOptions
        {
            OnToken = (_, _) =>
            {
                if (++tokens % 1024 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            },
        });
        using var document = parser.ParseDocument(html);
        var writer = new LineWriter();
        var body = (INode?)document.Body ?? document.DocumentElement;
        if (Options.IncludeTitle && document.Body?.QuerySelector("h1") is null && !string.IsNullOrWhiteSpace(document.Title))
        {
            writer.Append(document.Title);
            writer.Break();
        }

        if (body is not null)
        {
            Walk(body, writer, insideArticle: false);
        }

        return (writer.ToString(), null);
    }

    private void Walk(INode node, LineWriter writer, bool insideArticle)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    writer.Append(text.Data);
                    break;
                case IElement element:
                    var name = element.LocalName;
                    if (IsDropped(element, name, insideArticle))
                    {
                        break;
                    }

                    if (name is "br")
                    {
                        writer.Break();
                        break;
                    }

                    var block = Options.BlockElements.Contains(name);
                    if (block)
                    {
                        writer.Break();
                    }
                    else
                    {
                        writer.Space();
                    }

                    if (name is "pre")
                    {
                        foreach (var line in element.TextContent.Split('\n'))
                        {
                            writer.Append(line);
                            writer.Break();
                        }
                    }
                    else
                    {
                        Walk(element, writer, insideArticle || name is "article" or "main");
                    }

                    if (block)
                    {
                        writer.Break();
                    }
                    else
                    {
                        writer.Space();
                    }

                    break;
            }
        }
    }

    private bool IsDropped(IElement element, string name, bool insideArticle)
    {
        if (Options.DroppedElements.Contains(name))
        {
            // An article's own header (its title, byline) is content; a page header is not.
            return !(name == "header" && insideArticle);
        }

        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var role = element.GetAttribute("role");
        return role is not null && (role.Equals("navigation", StringComparison.OrdinalIgnoreCase) || role.Equals("banner", StringComparison.OrdinalIgnoreCase)
            || role.Equals("contentinfo", StringComparison.OrdinalIgnoreCase) || role.Equals("complementary", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Collects lines: collapses white space, drops empty lines.</summary>
    private sealed class LineWriter
    {
        private readonly StringBuilder _text = new();
        private readonly StringBuilder _line = new();
        private bool _pendingSpace;

        public void Append(string data)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c) && c != '\u200F' && c != '\u200E')
                {
                    _pendingSpace = true;
                    continue;
                }

                if (_pendingSpace && _line.Length > 0)
                {
                    _line.Append(' ');
                }

                _pendingSpace = false;
                _line.Append(c);
            }
        }

        public void Space() => _pendingSpace = true;

        public void Break()
        {
            if (_line.Length > 0)
            {
                if (_text.Length > 0)
                {
                    _text.Append('\n');
                }

                _text.Append(_line);
                _line.Clear();
            }

            _pendingSpace = false;
        }

        public override string ToString()
        {
            Break();
            return _text.ToString();
        }
    }
}
