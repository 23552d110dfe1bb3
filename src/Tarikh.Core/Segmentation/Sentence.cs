using Tarikh.Core.Text;

namespace Tarikh.Core.Segmentation;

/// <summary>What kind of unit a sentence is.</summary>
public enum SentenceKind
{
    /// <summary>Running text ending with punctuation or a line break.</summary>
    Body,
    /// <summary>A short line without final punctuation: a title or section heading.</summary>
    Heading,
    /// <summary>A list item ("- ", "• ", "1.", "١-").</summary>
    ListItem,
}

/// <summary>A sentence of the original text.</summary>
/// <param name="Span">The sentence, trimmed of surrounding white space (and of a list marker's leading space).</param>
/// <param name="FirstToken">Index of its first token in <see cref="AnalyzedDocument.Tokens"/>.</param>
/// <param name="TokenCount">Number of tokens in it.</param>
/// <param name="Kind">Body, heading or list item.</param>
/// <param name="IsNoise">True when it lies on a web-noise line; later stages skip it.</param>
/// <param name="Heading">Index of the heading sentence this sentence falls under, or -1.</param>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount, SentenceKind Kind, bool IsNoise, int Heading) : ISpanned
{
    /// <summary>Index one past its last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
