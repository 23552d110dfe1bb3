using System.Collections.Frozen;

namespace Tarikh.Core.Claims;

/// <summary>
/// Looks a part of a word up in a word list without making a string of it (issue #18, round 11): the claim and check
/// readers ask "is the word without its leading و/ف in the list?" of every token, and <c>norm[1..]</c> made a new string
/// for each question. Same answers as the string lookup: the lists use the ordinal comparer.
/// </summary>
internal static class SpanLookups
{
    /// <summary>Whether <paramref name="set"/> (ordinal) holds <paramref name="key"/>.</summary>
    public static bool ContainsSpan(this FrozenSet<string> set, ReadOnlySpan<char> key) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);
}
