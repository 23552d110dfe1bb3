namespace Tarikh.Core.Output;

/// <summary>What the tarikh/1 JSON includes.</summary>
/// <param name="IncludeText">Include the full <c>text</c> (always included for HTML input, whose text is extracted).</param>
/// <param name="IncludeTokens">Include the <c>tokens</c> array.</param>
/// <param name="Indented">Pretty-print.</param>
public sealed record JsonOutputOptions(bool IncludeText = false, bool IncludeTokens = false, bool Indented = false);
