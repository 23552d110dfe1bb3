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
    // The source start of normalized character i is i + shift(i). The shift changes only where normalization
    // deletes marks (it grows) or expands a ligature (it shrinks), so it is stored as breakpoints: from
    // normalized position _breakNorm[b] on, the shift is _breakShift[b]. _blocks[i >> BlockShift] is the last
    // breakpoint at or before the block's first character, so a lookup scans at most one block's breakpoints.
    // Text with marks on most letters (fully vocalized) has too many breakpoints for that to pay: it keeps
    // one start per character in _starts instead. The source end of character i is the start of the next
    // character from another source position (deleted marks in between belong to i), the end of its own
    // source character when the next one comes from the same (an expanded ligature), or the source length
    // for the last character.
    private const int BlockShift = 4;
    private readonly int[]? _starts;
    private readonly int[] _breakNorm = [];
    private readonly int[] _breakShift = [];
    private readonly int[] _blocks = [];

    /// <summary>Creates the view from the breakpoints of its source shift (see the field comment).</summary>
    internal NormalizedText(string text, ReadOnlySpan<int> breakNorm, ReadOnlySpan<int> breakShift, int sourceLength)
    {
        Text = text;
        SourceLength = sourceLength;
        var n = text.Length;
        if (breakNorm.Length > n / 8 + 16)
        {
            _starts = new int[n];
            for (var b = 0; b < breakNorm.Length; b++)
            {
                var end = b + 1 < breakNorm.Length ? breakNorm[b + 1] : n;
                for (var i = breakNorm[b]; i < end; i++)
                {
                    _starts[i] = i + breakShift[b];
                }
            }

            return;
        }

        _breakNorm = breakNorm.ToArray();
        _breakShift = breakShift.ToArray();
        _blocks = new int[(n >> BlockShift) + 1];
        var k = 0;
        for (var block = 0; block < _blocks.Length; block++)
        {
            var first = block << BlockShift;
            while (k + 1 < _breakNorm.Length && _breakNorm[k + 1] <= first)
            {
                k++;
            }

            _blocks[block] = k;
        }
    }

    /// <summary>Source start of normalized character <paramref name="i"/> (0 ≤ i &lt; Length).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int StartOf(int i)
    {
        if (_starts is { } starts)
        {
            return starts[i];
        }

        var breaks = _breakNorm;
        var b = _blocks[i >> BlockShift];
        while (b + 1 < breaks.Length && breaks[b + 1] <= i)
        {
            b++;
        }

        return i + _breakShift[b];
    }

    /// <summary>The normalized text.</summary>
    public string Text { get; }

    /// <summary>Length of the original text.</summary>
    public int SourceLength { get; }

    /// <summary>Length of the normalized text.</summary>
    public int Length => Text.Length;

    /// <summary>Start in the original text of normalized character <paramref name="index"/> (or the source length at the end).</summary>
    public int SourceStart(int index) => index >= Text.Length ? SourceLength : StartOf(index);

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

        var next = StartOf(index + 1);
        return next == StartOf(index) ? next + 1 : next;
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

        return new TextSpan(StartOf(normalized.Start), SourceEnd(normalized.End - 1));
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
            if (StartOf(mid) < source.End)
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
