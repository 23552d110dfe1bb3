namespace Tarikh.Core.Entities;

/// <summary>Options of the entity stage.</summary>
/// <param name="StripClitics">Drop proclitics (و ف ب ل ك) from a mention's first word when the evidence says they are not part of the name.</param>
/// <param name="DeclaredAliases">Link names the text declares as aliases (المعروف باسم، الملقب بـ، اسمه المستعار).</param>
/// <param name="Transliteration">Treat transliteration variants of foreign names (same consonant skeleton) as one entity.</param>
/// <param name="MinConfidence">Mentions below this confidence are dropped.</param>
/// <param name="DocumentConsistency">One type per name in a document, and names found once are marked at their other occurrences.</param>
public sealed record EntityOptions(bool StripClitics = true, bool DeclaredAliases = true, bool Transliteration = true, double MinConfidence = 0.0, bool DocumentConsistency = true)
{
    /// <summary>The defaults.</summary>
    public static EntityOptions Default { get; } = new();
}
