namespace Tarikh.Core.Time;

/// <summary>Options of the temporal stage.</summary>
/// <param name="YearContextSentences">How many sentences back (within the same paragraph) a month or day without a year may take its year from.</param>
/// <param name="MalformedYearWindow">How many neighbouring expressions a short year is compared with (malformed-year).</param>
public sealed record TimeOptions(int YearContextSentences = 1, int MalformedYearWindow = 3)
{
    /// <summary>The defaults.</summary>
    public static TimeOptions Default { get; } = new();
}
