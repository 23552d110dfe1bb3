using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Segmentation;

/// <summary>Options of the sentence splitter.</summary>
/// <param name="MaxHeadingTokens">A line without final punctuation and with at most this many word tokens is a heading.</param>
public sealed record SentenceSplitterOptions(int MaxHeadingTokens = 12);

/// <summary>A sentence found by the splitter, in normalized coordinates, before tokenization.</summary>
/// <param name="NormSpan">Span in the normalized text (trimmed).</param>
/// <param name="Kind">Body, heading or list item.</param>
public readonly record struct SentenceCandidate(TextSpan NormSpan, SentenceKind Kind);

/// <summary>
/// Splits normalized text into sentences: every line break ends one; inside a line, . ! ? and the
/// Arabic ؟ (normalized to ?) end one (not ; or ؛, which join clauses; not inside quotes or parentheses) unless the period is part of a number (3.5) or an
/// abbreviation of single letters (ق.م، د.). A line starting with "- ", "• ", "* ", "1." "1-" "1)"
/// is a list item; a short line without final punctuation is a heading.
/// Immutable and thread-safe.
/// </summary>
public sealed class SentenceSplitter
{
    /// <summary>Creates a splitter.</summary>
    public SentenceSplitter(SentenceSplitterOptions? options = null) => Options = options ?? new SentenceSplitterOptions();

    /// <summary>The default splitter.</summary>
    public static SentenceSplitter Default { get; } = new();

    /// <summary>The options in force.</summary>
    public SentenceSplitterOptions Options { get; }

    // Quotes, brackets and sentence-final punctuation: the only characters the line scan acts on.
    private static readonly System.Buffers.SearchValues<char> Significant = System.Buffers.SearchValues.Create("\"()[].!?");

    /// <summary>Splits the normalized text into sentence candidates, in order.</summary>
    public List<SentenceCandidate> Split(string normalized)
    {
        var result = new List<SentenceCandidate>();
        var text = normalized.AsSpan();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var rel = text[lineStart..].IndexOfAny('\n', '\r');
            var lineEnd = rel < 0 ? text.Length : lineStart + rel;
            SplitLine(text, lineStart, lineEnd, result);
            if (rel < 0)
            {
                break;
            }

            lineStart = lineEnd + 1;
        }

        return result;
    }

    private void SplitLine(ReadOnlySpan<char> text, int start, int end, List<SentenceCandidate> output)
    {
        (start, end) = Trim(text, start, end);
        if (start >= end)
        {
            return;
        }

        var kind = SentenceKind.Body;
        var markerEnd = ListMarkerEnd(text, start, end);
        if (markerEnd > start)
        {
            kind = SentenceKind.ListItem;
        }

        var first = output.Count;
        var sentenceStart = start;
        var inQuote = false;
        var depth = 0;
        for (var i = markerEnd > start ? markerEnd : start; i < end; i++)
        {
            // Jump to the next character that matters (vectorized): most of a line is words and spaces.
            var skip = text[i..end].IndexOfAny(Significant);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = text[i];

            // A question or full stop inside quotes or parentheses that close on the same line
            // does not end the sentence: "ما العمل؟" في عام 1902.
            if (c == '"')
            {
                inQuote = !inQuote && text[(i + 1)..end].Contains('"');
                continue;
            }

            if (c is '(' or '[')
            {
                if (text[(i + 1)..end].IndexOfAny(')', ']') >= 0)
                {
                    depth++;
                }

                continue;
            }

            if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (c is not ('.' or '!' or '?') || inQuote || depth > 0)
            {
                continue;
            }

            if (c == '.' && IsInnerPeriod(text, start, end, i))
            {
                continue;
            }

            // Take a run of closing punctuation and quotes along ("؟!", "...", ".)").
            var j = i + 1;
            while (j < end && text[j] is '.' or '!' or '?' or '"' or '\'' or ')' or ']')
            {
                j++;
            }

            var (s, e) = Trim(text, sentenceStart, j);
            if (e > s)
            {
                output.Add(new SentenceCandidate(new TextSpan(s, e), kind));
            }

            sentenceStart = j;
            i = j - 1;
        }

        var (rs, re) = Trim(text, sentenceStart, end);
        if (re > rs)
        {
            output.Add(new SentenceCandidate(new TextSpan(rs, re), kind));
        }

        // One unit on the line, no final punctuation, short: a heading.
        if (kind == SentenceKind.Body && output.Count == first + 1)
        {
            var span = output[first].NormSpan;
            var last = text[span.End - 1];
            if (last is not ('.' or '!' or '?' or ':' or ';' or ',') && CountWords(text[span.Start..span.End]) <= Options.MaxHeadingTokens)
            {
                output[first] = output[first] with { Kind = SentenceKind.Heading };
            }
        }
    }

    private static bool IsInnerPeriod(ReadOnlySpan<char> text, int lineStart, int lineEnd, int i)
    {
        var prev = i > lineStart ? text[i - 1] : ' ';
        var next = i + 1 < lineEnd ? text[i + 1] : ' ';

        // 3.5, 1.000
        if (CharClass.IsDigit(prev) && CharClass.IsDigit(next))
        {
            return true;
        }

        // Single-letter abbreviations: ق.م، د. أحمد، U.S.
        var prevIsLetter = CharClass.IsArabicLetter(prev) || CharClass.IsLatinLetter(prev);
        var beforePrev = i - 2 >= lineStart ? text[i - 2] : ' ';
        var singleLetter = prevIsLetter && !(CharClass.IsArabicLetter(beforePrev) || CharClass.IsLatinLetter(beforePrev));
        if (singleLetter && (CharClass.IsArabicLetter(next) || CharClass.IsLatinLetter(next) || next == ' '))
        {
            // A period after a word ends the sentence when the single letter is an era marker written after a
            // number ("1870م." "808 هـ.") or closes a chain of abbreviations ("323 ق.م."), and a space follows.
            if (next == ' ' && (IsEraMarkerAfterNumber(text, lineStart, i - 1) || ClosesAbbreviationChain(text, lineStart, i - 1)))
            {
                return false;
            }

            return true;
        }

        return false;
    }

    /// <summary>م or ه (normalized هـ) right after a number, with or without a space: 1870م، 808 هـ.</summary>
    private static bool IsEraMarkerAfterNumber(ReadOnlySpan<char> text, int lineStart, int letter)
    {
        if (text[letter] is not ('\u0645' or '\u0647'))
        {
            return false;
        }

        var j = letter - 1;
        if (j >= lineStart && text[j] == ' ')
        {
            j--;
        }

        return j >= lineStart && CharClass.IsDigit(text[j]);
    }

    /// <summary>The single letter is itself preceded by "X." (a chain like ق.م), so its period is the chain's last.</summary>
    private static bool ClosesAbbreviationChain(ReadOnlySpan<char> text, int lineStart, int letter)
    {
        var dot = letter - 1;
        if (dot - 1 < lineStart || text[dot] != '.' || !CharClass.IsArabicLetter(text[dot - 1]))
        {
            return false;
        }

        return dot - 2 < lineStart || !CharClass.IsArabicLetter(text[dot - 2]);
    }

    private static int ListMarkerEnd(ReadOnlySpan<char> text, int start, int end)
    {
        var c = text[start];
        if (c is '-' or '\u2022' or '*' or '\u25CF' or '\u25AA' or '\u2013' && start + 1 < end && text[start + 1] == ' ')
        {
            return start + 2;
        }

        if (c == '\u2022' || c == '\u25CF')
        {
            return start + 1;
        }

        var i = start;
        while (i < end && i - start < 3 && CharClass.IsDigit(text[i]))
        {
            i++;
        }

        if (i > start && i + 1 < end && text[i] is '.' or '-' or ')' && text[i + 1] == ' ')
        {
            return i + 2;
        }

        return start;
    }

    private static (int Start, int End) Trim(ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static int CountWords(ReadOnlySpan<char> span)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in span)
        {
            var w = !char.IsWhiteSpace(c);
            if (w && !inWord)
            {
                count++;
            }

            inWord = w;
        }

        return count;
    }
}
