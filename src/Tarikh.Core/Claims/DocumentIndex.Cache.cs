namespace Tarikh.Core.Claims;

/// <summary>Per-document caches of values the claim readers ask for token after token.</summary>
public sealed partial class DocumentIndex
{
    private string?[]? _sourceNorm;

    /// <summary>
    /// The original text of token <paramref name="k"/> normalized on its own (<see cref="Normalization.ArabicNormalizer.NormalizeString"/>
    /// of the token's source characters), made once per token and kept: several readers test every token's word.
    /// </summary>
    public string SourceNorm(int k)
    {
        _sourceNorm ??= new string?[Tokens.Length];
        return _sourceNorm[k] ??= Normalization.ArabicNormalizer.Default.NormalizeString(Document.Source.Slice(Tokens[k].Span));
    }
}
