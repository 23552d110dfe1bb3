using Tarikh.Core.Text;

namespace Tarikh.Core.Entities;

/// <summary>How a mention was found.</summary>
public enum MentionSource : byte
{
    /// <summary>The statistical tagger.</summary>
    Tagger,
    /// <summary>A gazetteer match the tagger missed.</summary>
    Gazetteer,
    /// <summary>A name the text declares as an alias (المعروف باسم …).</summary>
    Alias,
    /// <summary>Another occurrence of a name the tagger found elsewhere in the document.</summary>
    Propagated,
}

/// <summary>A mention before clustering: token range, type, span in the original text, normalized words.</summary>
/// <param name="FirstToken">Index of its first token in the document.</param>
/// <param name="EndToken">One past its last token.</param>
/// <param name="Type">Type index (0 PER, 1 LOC, 2 ORG, 3 MISC, 4 GRP).</param>
/// <param name="Span">Span in the original text (proclitics not part of the name excluded).</param>
/// <param name="Words">Normalized words of the name (the first without the stripped proclitics).</param>
/// <param name="Confidence">0..1.</param>
/// <param name="Source">How it was found.</param>
public sealed record MentionDraft(int FirstToken, int EndToken, int Type, TextSpan Span, string[] Words, double Confidence, MentionSource Source)
{
    /// <summary>The label (PER, LOC, ORG, MISC, GRP).</summary>
    public string Label => EntityLabels.OfType(Type);

    /// <summary>The normalized name (words joined by a space).</summary>
    public string Key => string.Join(' ', Words);
}
