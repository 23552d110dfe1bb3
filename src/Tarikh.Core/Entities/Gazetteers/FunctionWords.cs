using System.Collections.Frozen;

namespace Tarikh.Core.Entities.Gazetteers;

/// <summary>
/// Function words that normalization folds onto a name. Normalization maps alef maksura to ya and
/// hamzated alefs to bare alef, so the preposition على becomes علي (the name ʿAlī), إلى becomes الي, حتى
/// حتي, لدى لدي… A word is protected when the writer spelled it with a final alef maksura and its folded
/// base (after proclitics) is one of these function words: the tagger's features, the gazetteers and the
/// mention builder then see it in its own spelling (<see cref="ProtectedForm"/>), never as the name.
/// The same letters written with a final ya (علي) stay a possible name. Pure; no mutable state.
/// </summary>
public static class FunctionWords
{
    /// <summary>Alef maksura (ى).</summary>
    public const char AlefMaksura = '\u0649';

    // Folded forms (normalizer output) of prepositions, particles and adverbs written with a final ى.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Folded = new[]
    {
        "\u0639\u0644\u064A", // على
        "\u0627\u0644\u064A", // إلى
        "\u062D\u062A\u064A", // حتى
        "\u0645\u062A\u064A", // متى
        "\u0644\u062F\u064A", // لدى
        "\u0633\u0648\u064A", // سوى
        "\u0639\u0633\u064A", // عسى
        "\u0628\u0644\u064A", // بلى
        "\u0627\u0646\u064A", // أنى
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Normalized prepositions, conjunctions, pronouns and adverbs of time written without ى that the tagger sometimes
    // takes for a one-word name (في، مع، منذ and its common misspelling مند، قبل، هو…). None is a name standing alone;
    // أن/إن (folded ان, also آن, Anne) and أمام (folded امام, also إمام) are left out.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Closed = new[]
    {
        "\u0641\u064A", // في
        "\u0645\u0646", // من
        "\u0639\u0646", // عن
        "\u0645\u0639", // مع
        "\u0645\u0646\u0630", // منذ
        "\u0645\u0646\u062F", // مند (منذ misspelled)
        "\u0642\u0628\u0644", // قبل
        "\u0628\u0639\u062F", // بعد
        "\u0636\u062F", // ضد
        "\u062B\u0645", // ثم
        "\u0627\u0648", // أو
        "\u0647\u0648", // هو
        "\u0647\u064A", // هي
        "\u0647\u0645", // هم
        "\u0647\u0630\u0627", // هذا
        "\u0647\u0630\u0647", // هذه
        "\u0630\u0644\u0643", // ذلك
        "\u0627\u0644\u0630\u064A", // الذي
        "\u0627\u0644\u062A\u064A", // التي
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True for a normalized word (without proclitics) that is a closed-class word never standing alone as a name: a
    /// preposition, conjunction, pronoun or demonstrative written without alef maksura (في، مع، منذ، هو، الذي).
    /// </summary>
    internal static bool IsClosedClass(ReadOnlySpan<char> normalizedBase) => Closed.Contains(normalizedBase);

    /// <summary>True for a folded word (without proclitics) that is one of the protected function words.</summary>
    public static bool IsFoldedFunctionWord(ReadOnlySpan<char> foldedBase) => Folded.Contains(foldedBase);

    /// <summary>
    /// True when a word is a protected function word: its surface ends (vowel marks and tatweel aside) in
    /// alef maksura and its normalized form without its first <paramref name="prefixLength"/> proclitic letters
    /// is a folded function word. "على"، "وعلى"، "إلى" are; "علي" (the name, or a misspelling) and "مصطفى" are not.
    /// </summary>
    public static bool IsProtected(ReadOnlySpan<char> surface, ReadOnlySpan<char> norm, int prefixLength)
    {
        if (norm.Length < 3 || norm[^1] != '\u064A' || !EndsInAlefMaksura(surface))
        {
            return false;
        }

        if (Folded.Contains(norm) || (prefixLength > 0 && prefixLength < norm.Length && Folded.Contains(norm[prefixLength..])))
        {
            return true;
        }

        // Proclitics the analyzer may not have split: و ف then ب ل ك ("وعلى"، "فإلى"، "كمتى").
        var k = 0;
        if (k < norm.Length - 3 && norm[k] is '\u0648' or '\u0641')
        {
            k++;
            if (Folded.Contains(norm[k..]))
            {
                return true;
            }
        }

        return k < norm.Length - 3 && norm[k] is '\u0628' or '\u0644' or '\u0643' && Folded.Contains(norm[(k + 1)..]);
    }

    /// <summary>
    /// The normalized form a protected word is seen as: its final ya put back to alef maksura (على stays على,
    /// never the name علي). Returns <paramref name="norm"/> itself for any other word.
    /// </summary>
    public static string ProtectedForm(ReadOnlySpan<char> surface, string norm, int prefixLength)
        => IsProtected(surface, norm, prefixLength) ? string.Concat(norm.AsSpan(0, norm.Length - 1), "\u0649") : norm;

    private static bool EndsInAlefMaksura(ReadOnlySpan<char> surface)
    {
        for (var i = surface.Length - 1; i >= 0; i--)
        {
            var c = surface[i];
            if (c is (>= '\u064B' and <= '\u0652') or '\u0640' or '\u0670')
            {
                continue;
            }

            return c is AlefMaksura or '\u06CC';
        }

        return false;
    }
}
