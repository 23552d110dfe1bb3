using System.Collections.Frozen;

namespace Tarikh.Core.Input;

/// <summary>What <see cref="HtmlNesting.Measure"/> found.</summary>
/// <param name="MaxDepth">The deepest element nesting seen (stops growing once the limit is passed).</param>
/// <param name="Exceeded">True when the nesting went past the limit (the scan stopped there).</param>
/// <param name="Steps">Work done: characters visited plus open elements examined (linear in the input).</param>
internal readonly record struct HtmlNestingResult(int MaxDepth, bool Exceeded, long Steps);

/// <summary>
/// A linear scan of HTML that estimates how deep the parser's tree will nest, before any tree is
/// built. AngleSharp's tree builder (like any that follows the HTML algorithm naively) does work
/// proportional to the depth of open elements for each tag, so a document of deeply nested
/// elements costs time quadratic in its size; this scan lets the extractor refuse such a document
/// in time linear in the input (and stops as soon as the limit is passed).
/// </summary>
/// <remarks>
/// The estimate follows the HTML tree-construction rules that keep real pages shallow: void
/// elements are not pushed, raw-text elements (script, style, textarea, title…) are skipped to
/// their end tag, a new <c>p</c>, <c>li</c>, <c>dd</c>/<c>dt</c>, <c>option</c>, table row or cell
/// closes the open one in its scope, block elements close an open <c>p</c>, and an end tag pops to
/// the nearest element of its name unless a scope boundary (table, cell, caption…) comes first.
/// Self-closing syntax counts only inside SVG and MathML, as in browsers. Every search of the
/// stack is bounded by the limit, so the scan is O(input × 1) with a constant set by the limit.
/// </remarks>
internal static class HtmlNesting
{
    private static readonly FrozenSet<string> Void = new[]
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link",
        "meta", "param", "source", "track", "wbr",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> RawText = new[]
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ScopeBoundary = new[]
    {
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "svg", "math",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Start tags that close an open <p> in button scope.
    private static readonly FrozenSet<string> ClosesP = new[]
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "section", "summary", "ul", "h1", "h2", "h3",
        "h4", "h5", "h6", "pre", "listing", "form", "table", "hr", "li", "dd", "dt",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Scans <paramref name="html"/> and reports its estimated nesting depth, stopping past <paramref name="limit"/>.</summary>
    public static HtmlNestingResult Measure(string html, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        var stack = new string[64];
        var count = 0;
        var max = 0;
        var foreign = 0; // open svg/math elements
        long steps = 0;
        var i = 0;
        var n = html.Length;
        var sinceCheck = 0;
        while (i < n)
        {
            if (++sinceCheck == 4096)
            {
                sinceCheck = 0;
                cancellationToken.ThrowIfCancellationRequested();
            }

            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= n)
            {
                steps += n - i;
                break;
            }

            steps += lt - i + 1;
            i = lt + 1;
            var c = html[i];
            if (c == '!' || c == '?')
            {
                var end = html.AsSpan(i).StartsWith("!--") ? IndexOf(html, "-->", i + 3) : html.IndexOf('>', i);
                var next = end < 0 ? n : end + 1;
                steps += next - i;
                i = next;
                continue;
            }

            var closing = c == '/';
            var nameStart = closing ? i + 1 : i;
            if (nameStart >= n || !char.IsAsciiLetter(html[nameStart]))
            {
                continue; // a literal '<'
            }

            var nameEnd = nameStart;
            while (nameEnd < n && html[nameEnd] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
            {
                nameEnd++;
            }

            var name = html[nameStart..nameEnd].ToLowerInvariant();
            var (tagEnd, selfClosing) = SkipAttributes(html, nameEnd);
            steps += tagEnd - i;
            i = tagEnd;

            if (closing)
            {
                var at = Find(stack, count, name, ref steps);
                if (at >= 0)
                {
                    foreign -= CountForeign(stack, at, count);
                    count = at;
                }

                continue;
            }

            if (Void.Contains(name) || (selfClosing && foreign > 0))
            {
                continue;
            }

            if (RawText.Contains(name))
            {
                max = Math.Max(max, count + 1);
                var close = IndexOf(html, "</" + name, i);
                var next = close < 0 ? n : close;
                steps += next - i;
                i = next;
                continue;
            }

            count = ImpliedEnds(stack, count, name, ref steps, ref foreign);
            if (count + 1 > limit)
            {
                return new HtmlNestingResult(count + 1, true, steps);
            }

            if (count == stack.Length)
            {
                Array.Resize(ref stack, stack.Length * 2);
            }

            stack[count++] = name;
            foreign += name is "svg" or "math" ? 1 : 0;
            max = Math.Max(max, count);
        }

        return new HtmlNestingResult(max, false, steps);
    }

    /// <summary>Pops what a start tag closes implicitly; returns the new stack height.</summary>
    private static int ImpliedEnds(string[] stack, int count, string name, ref long steps, ref int foreign)
    {
        if (ClosesP.Contains(name))
        {
            var p = Find(stack, count, "p", ref steps, button: true);
            if (p >= 0)
            {
                foreign -= CountForeign(stack, p, count);
                count = p;
            }
        }

        string[]? closes = name switch
        {
            "li" => ["li"],
            "dd" or "dt" => ["dd", "dt"],
            "option" => ["option"],
            "tr" => ["tr", "td", "th"],
            "td" or "th" => ["td", "th"],
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => ["h1", "h2", "h3", "h4", "h5", "h6"],
            _ => null,
        };
        if (closes is null)
        {
            return count;
        }

        // Headings close only a heading that is the current node; the others close the nearest open one in scope.
        if (closes.Length == 6)
        {
            return count > 0 && Array.IndexOf(closes, stack[count - 1]) >= 0 ? count - 1 : count;
        }

        for (var k = count - 1; k >= 0; k--)
        {
            steps++;
            var open = stack[k];
            if (Array.IndexOf(closes, open) >= 0)
            {
                foreign -= CountForeign(stack, k, count);
                return k;
            }

            if (ScopeBoundary.Contains(open) || (name == "li" && open is "ul" or "ol")
                || (name is "td" or "th" or "tr" && open is "tr" or "tbody" or "thead" or "tfoot"))
            {
                break;
            }
        }

        return count;
    }

    /// <summary>The index of the nearest open element called <paramref name="name"/> before a scope boundary, or -1.</summary>
    private static int Find(string[] stack, int count, string name, ref long steps, bool button = false)
    {
        for (var k = count - 1; k >= 0; k--)
        {
            steps++;
            var open = stack[k];
            if (open == name)
            {
                return k;
            }

            if (ScopeBoundary.Contains(open) || (button && open == "button"))
            {
                return -1;
            }
        }

        return -1;
    }

    private static int CountForeign(string[] stack, int from, int count)
    {
        var found = 0;
        for (var k = from; k < count; k++)
        {
            found += stack[k] is "svg" or "math" ? 1 : 0;
        }

        return found;
    }

    /// <summary>Skips a tag's attributes (quoted values may hold '&gt;'); returns the index after '&gt;' and whether the tag ended in "/&gt;".</summary>
    private static (int End, bool SelfClosing) SkipAttributes(string html, int i)
    {
        var n = html.Length;
        while (i < n)
        {
            var c = html[i];
            if (c == '>')
            {
                return (i + 1, i > 0 && html[i - 1] == '/');
            }

            if (c is '"' or '\'')
            {
                var close = html.IndexOf(c, i + 1);
                i = close < 0 ? n : close + 1;
                continue;
            }

            i++;
        }

        return (n, false);
    }

    private static int IndexOf(string html, string value, int from) =>
        from >= html.Length ? -1 : html.IndexOf(value, from, StringComparison.OrdinalIgnoreCase);
}
