using System.Collections.Frozen;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Words written after a name that tell namesakes apart: "الأب" / "الابن" (Sr. / Jr.), "الأكبر" / "الأصغر",
/// and ordinals ("الأول"، "الثاني"، "الثالث": a regnal number or a generation). The entity stage often tags
/// the name without them ("ألكسندر دوما" of "ألكسندر دوما الابن"), so one cluster may hold a father and his son;
/// the linker reads the word after each mention, links a mention by its whole name, and leaves a cluster
/// whose mentions bear two different suffixes NIL. Pure.
/// </summary>
internal static class GenerationalSuffix
{
    // Normalized suffix word → its class: the elder, the younger, or an ordinal (each its own class).
    private static readonly FrozenDictionary<string, string> Classes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["الاب"] = "elder", ["الاكبر"] = "elder", ["sr"] = "elder", ["senior"] = "elder", ["الجد"] = "elder",
        ["الابن"] = "younger", ["الاصغر"] = "younger", ["jr"] = "younger", ["junior"] = "younger", ["الحفيد"] = "younger",
        ["الاول"] = "1", ["الثاني"] = "2", ["الثالث"] = "3", ["الرابع"] = "4", ["الخامس"] = "5", ["السادس"] = "6",
        ["السابع"] = "7", ["الثامن"] = "8", ["التاسع"] = "9", ["العاشر"] = "10",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The class of a normalized word if it is a generational suffix (<c>elder</c>, <c>younger</c>, an ordinal), else null.</summary>
    public static string? ClassOf(string normalizedWord) => Classes.GetValueOrDefault(normalizedWord);

    /// <summary>The suffix classes a name's own words hold (a KB label "ألكسندر دوما الأب" holds <c>elder</c>).</summary>
    public static IEnumerable<string> ClassesIn(string normalizedKey)
    {
        foreach (var w in KbNames.Words(normalizedKey))
        {
            if (ClassOf(w) is { } c)
            {
                yield return c;
            }
        }
    }

    /// <summary>
    /// The suffix written right after a mention (one space, the word alone: "ألكسندر دوما الابن"، "كلاي الأب،"), as the
    /// original text writes it and its class; null when the next word is none, or when the mention already ends with one.
    /// </summary>
    public static (string Word, string Class)? After(string text, TextSpan mention, KbNames names)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(names);
        var at = mention.End;
        if (at >= text.Length || text[at] != ' ')
        {
            return null;
        }

        var start = at + 1;
        var end = start;
        while (end < text.Length && (char.IsLetter(text[end]) || char.GetUnicodeCategory(text[end]) == System.Globalization.UnicodeCategory.NonSpacingMark || text[end] == '.'))
        {
            end++;
        }

        if (end == start)
        {
            return null;
        }

        var word = text[start..end].TrimEnd('.');
        var key = names.Key(word);
        return ClassOf(key) is { } c ? (word, c) : null;
    }
}
