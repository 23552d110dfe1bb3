using System.Collections.Frozen;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Words that name a part of an organization: its youth, women's or students' league, a wing, a branch, a
/// committee ("منظمة الشبيبة التابعة للحزب"، "رابطة الشباب في حزب …"، "الجناح العسكري للحركة"). A mention
/// of the whole organization right after such words is the part's name, not the whole's: the part's founding
/// is not the party's, and a cluster whose name holds such a word beyond the item's name is not that item.
/// Pure.
/// </summary>
internal static class SubOrganization
{
    // Normalized (ة→ه, أ→ا), without the article or a clitic.
    private static readonly FrozenSet<string> Heads = new[]
    {
        "شبيبه", "شباب", "رابطه", "جناح", "فرع", "لجنه", "مكتب", "قسم", "ذراع", "طلاب", "طلبه", "نساء", "شعبه", "خليه", "فصيل",
        "شبابي", "شبابيه", "طلابي", "طلابيه", "نسائي", "نسائيه", "عسكري", "عسكريه", "طليعه",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when a normalized word (article and one clitic allowed) names a part of an organization.</summary>
    public static bool IsHead(string normalizedWord)
    {
        ArgumentNullException.ThrowIfNull(normalizedWord);
        var w = normalizedWord;
        foreach (var prefix in new[] { "وال", "بال", "فال", "لل", "ال", "و", "ب", "ل", "ف" })
        {
            if (w.StartsWith(prefix, StringComparison.Ordinal) && Heads.Contains(w[prefix.Length..]))
            {
                return true;
            }
        }

        return Heads.Contains(w);
    }

    /// <summary>
    /// True when up to <paramref name="words"/> words before <paramref name="mention"/>, within its sentence (no full stop,
    /// comma or parenthesis between), name a part of an organization: "منظمة الشبيبة التابعة للحزب …".
    /// </summary>
    public static bool Before(string text, TextSpan mention, KbNames names, int words = 4)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(names);
        var end = mention.Start;
        var start = end;
        var count = 0;
        while (start > 0 && count <= words)
        {
            var c = text[start - 1];
            if (c is '.' or '،' or ',' or '(' or ')' or '\n' or '؛' or ':')
            {
                break;
            }

            if (c == ' ')
            {
                count++;
            }

            start--;
        }

        return KbNames.Words(names.Key(text[start..end])).Any(IsHead);
    }
}
