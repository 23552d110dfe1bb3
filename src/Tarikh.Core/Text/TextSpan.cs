namespace Tarikh.Core.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in the original (decoded) text of a document.
/// Every span in every layer of Tarikh points into the original text, never into a normalized copy.
/// </summary>
public readonly record struct TextSpan(int Start, int End) : IComparable<TextSpan>
{
    /// <summary>Number of UTF-16 units covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers nothing.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>Creates a span from a start and a length.</summary>
    public static TextSpan FromLength(int start, int length) => new(start, start + length);

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the position lies inside this span.</summary>
    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>True when the two spans share at least one unit.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>The smallest span covering both.</summary>
    public TextSpan Union(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <summary>Orders by start, then by end.</summary>
    public int CompareTo(TextSpan other) => Start != other.Start ? Start.CompareTo(other.Start) : End.CompareTo(other.End);

    /// <inheritdoc />
    public override string ToString() => $"[{Start},{End})";
}

/// <summary>Anything that occupies a span of the original text.</summary>
public interface ISpanned
{
    /// <summary>The span in the original text.</summary>
    TextSpan Span { get; }
}

/// <summary>A spanned element that also carries the text it covers, which must equal <c>source[Span]</c>.</summary>
public interface ISpannedText : ISpanned
{
    /// <summary>Exactly <c>source[Span.Start..Span.End]</c>.</summary>
    string Text { get; }
}
