namespace Tarikh.Core.Output;

/// <summary>What the tarikh/1 JSON includes.</summary>
/// <param name="IncludeText">Include the full <c>text</c> (always included for HTML input, whose text is extracted).</param>
/// <param name="IncludeTokens">Include the <c>tokens</c> array.</param>
/// <param name="Indented">Pretty-print.</param>
/// <param name="SentenceText">
/// Write each sentence's <c>text</c>. The stores leave it out (the sentences cover the whole text, which they keep in a
/// column of its own: about a third of the JSON) and put it back from the offsets when they serve a document.
/// </param>
public sealed record JsonOutputOptions(bool IncludeText = false, bool IncludeTokens = false, bool Indented = false, bool SentenceText = true);
