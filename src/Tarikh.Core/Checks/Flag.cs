using System.Collections.Immutable;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks;

/// <summary>How serious a flag is.</summary>
public enum Severity
{
    /// <summary>For information (e.g. both readings of an Old-Style date).</summary>
    Info,
    /// <summary>Probably wrong.</summary>
    Warning,
    /// <summary>Certainly wrong by the text's own statements.</summary>
    Error,
}

/// <summary>Something in the text that does not add up.</summary>
/// <param name="Rule">Rule id: <c>calendar-equivalence</c>, <c>impossible-date</c>, <c>lifespan</c>…</param>
/// <param name="Severity">error, warning or info.</param>
/// <param name="Spans">Evidence spans in the original text.</param>
/// <param name="MessageAr">Message in Arabic, naming the values involved.</param>
/// <param name="MessageEn">Message in English, naming the values involved.</param>
/// <param name="Evidence">Machine-readable evidence: named values (strings).</param>
public sealed record Flag(
    string Rule,
    Severity Severity,
    ImmutableArray<TextSpan> Spans,
    string MessageAr,
    string MessageEn,
    ImmutableSortedDictionary<string, string> Evidence)
{
    /// <summary>Ids of the claims (<see cref="AnalyzedDocument.Claims"/>) the flag rests on; empty for flags on dates alone.</summary>
    public ImmutableArray<int> Claims { get; init; } = ImmutableArray<int>.Empty;
}
