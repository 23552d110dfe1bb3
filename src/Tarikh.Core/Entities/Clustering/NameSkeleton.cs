
namespace Tarikh.Core.Entities.Clustering;

/// <summary>
/// Consonant skeletons of normalized Arabic words, for matching transliteration variants of foreign
/// names (بطرسبرغ / بطرسبورغ / بطرسبرج, ألكسندر / الكساندر): long vowels and hamza carriers are dropped
/// and letters that transliterate the same foreign sound are merged (غ ج ق ك → ك-class, ط ت, ص س ث, ض د, ظ ذ ز).
/// A leading article is dropped. Pure.
/// </summary>
public static class NameSkeleton
{
    /// <summary>The skeleton of one normalized word.</summary>
    public static string Of(ReadOnlySpan<char> word)
    {
        if (word.Length >= 5 && word[0] == '\u0627' && word[1] == '\u0644')
        {
            word = word[2..];
        }

        // At most one character per letter: a buffer on the stack for a word, one string at the end.
        Span<char> sb = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        var length = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            char? m = c switch
            {
                '\u0627' or '\u0648' or '\u064A' or '\u0649' or '\u0621' or '\u0623' or '\u0625' or '\u0622' or '\u0624' or '\u0626' => null,
                '\u0647' when i == word.Length - 1 => null, // final ه (from ة)
                '\u063A' or '\u062C' or '\u0642' or '\u0643' => '\u0643',
                '\u0637' => '\u062A',
                '\u0635' or '\u062B' => '\u0633',
                '\u0636' => '\u062F',
                '\u0638' or '\u0630' => '\u0632',
                _ => c,
            };
            // Keep an initial long vowel: "أولغا" and "لغا" must not meet.
            if (m is null && i == 0)
            {
                m = '\u0627';
            }

            if (m is { } ch && (length == 0 || sb[length - 1] != ch))
            {
                sb[length++] = ch;
            }
        }

        return new string(sb[..length]);
    }

    /// <summary>True when two words are the same name: equal, or (both at least four letters) the same skeleton.</summary>
    public static bool SameName(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (a.Length < 4 || b.Length < 4)
        {
            return false;
        }

        var sa = Of(a);
        return sa.Length >= 3 && sa == Of(b);
    }
}
