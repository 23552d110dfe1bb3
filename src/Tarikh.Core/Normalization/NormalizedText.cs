using Tarikh.Core.Text;

namespace Tarikh.Core.Normalization;

/// <summary>
/// The normalized view of a text (for matching) with an offset map back to the original.
/// Character <c>i</c> of <see cref="Text"/> comes from the original range
/// <c>[SourceStart(i), SourceEnd(i))</c>; a deleted mark (haraka, tatweel) is counted with the
/// character before it, so a mapped span covers the marks that follow its last letter.
/// </summary>
public sealed class NormalizedText
{
    // Source start of each normalized character (the array may be longer than the text). The source end of
    // character i is the start of the next character from another source position (deleted marks in between
    // belong to i), the end of its own source character when the next one comes from the same (an expanded
    // ligature), or the source length for the last character.
    private readonly int[] _starts;

    internal NormalizedText(string text, int[] starts, int sourceLength)
    {
        Text = text;
        _starts = starts;
        SourceLength = sourceLength;
    }

    /// <summary>The normalized text.</summary>
    public string Text { get; }

    /// <summary>Length of the original text.</summary>
    public int SourceLength { get; }

    /// <summary>Length of the normalized text.</summary>
    public int Length => Text.Length;

    /// <summary>Start in the original text of normalized character <paramref name="index"/> (or the source length at the end).</summary>
    public int SourceStart(int index) => index >= Text.Length ? SourceLength : _starts[index];

    /// <summary>End in the original text of normalized character <paramref name="index"/>.</summary>
    public int SourceEnd(int index)
    {
        if ((uint)index >= (uint)Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        if (index + 1 == Text.Length)
        {
            return SourceLength;
        }

        var next = _starts[index + 1];
        return next == _starts[index] ? next + 1 : next;
    }

    /// <summary>Maps a span of the normalized text to the span of the original text it comes from.</summary>
    public TextSpan ToSource(TextSpan normalized)
    {
        if ((uint)normalized.Start > (uint)Text.Length || normalized.End > Text.Length || normalized.End < normalized.Start)
        {
            throw new ArgumentOutOfRangeException(nameof(normalized), normalized, $"Span outside the normalized text of length {Text.Length}.");
        }

        if (normalized.IsEmpty)
        {
            var p = SourceStart(normalized.Start);
            return new TextSpan(p, p);
        }

        return new TextSpan(_starts[normalized.Start], SourceEnd(normalized.End - 1));
    }

    /// <summary>
    /// Index of the first normalized character whose source range ends after <paramref name="sourcePosition"/>
    /// (the normalized position of a source position).
    /// </summary>
    public int FromSource(int sourcePosition)
    {
        int lo = 0, hi = Text.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (SourceEnd(mid) <= sourcePosition)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// Maps a span of the original text to the smallest normalized span covering the same characters
    /// (every normalized character whose source range overlaps the span; both letters of an expanded ligature).
    /// </summary>
    public TextSpan FromSource(TextSpan source)
    {
        var start = FromSource(source.Start);
        if (source.IsEmpty)
        {
            return new TextSpan(start, start);
        }

        // First normalized character whose source starts at or after the span's end.
        int lo = start, hi = Text.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_starts[mid] < source.End)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return new TextSpan(start, Math.Max(lo, start));
    }
}
