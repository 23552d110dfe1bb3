using Tarikh.Core.Entities.Clustering;
using Tarikh.Core.Normalization;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// The name keys of the knowledge-base index and of lookups: the project's Arabic normalization (alef,
/// ya, ta marbuta, harakat, tatweel; Latin lower-cased), punctuation to spaces; the consonant skeleton of
/// <see cref="NameSkeleton"/> for transliteration variants (بطرسبرغ / بطرسبورغ). Pure and thread-safe.
/// </summary>
public sealed class KbNames
{
    private readonly ArabicNormalizer _normalizer;

    /// <summary>Creates the key builder over a normalizer.</summary>
    public KbNames(ArabicNormalizer? normalizer = null) => _normalizer = normalizer ?? ArabicNormalizer.Default;

    /// <summary>The default key builder.</summary>
    public static KbNames Default { get; } = new();

    /// <summary>The normalized key of a name: words separated by one space, punctuation dropped.</summary>
    public string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        // Round 17 (issue-18): the normalizer's characters without its offset map, and the key, in stack buffers (a
        // known-name look-up of the entity stage with a KB builds a key per run of words): one string, the result.
        var length = _normalizer.NormalizedLength(name);
        char[]? rented = null;
        var buffer = length <= 128 ? stackalloc char[2 * length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(2 * length)).AsSpan(0, 2 * length);
        var text = buffer[..length];
        var key = buffer[length..];
        _normalizer.NormalizeInto(name, text);
        var k = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                key[k++] = char.ToLowerInvariant(c);
            }
            else if (k > 0 && key[k - 1] != ' ')
            {
                key[k++] = ' ';
            }
        }

        if (k > 0 && key[k - 1] == ' ')
        {
            k--;
        }

        var result = new string(key[..k]);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>The words of a key.</summary>
    public static string[] Words(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The skeleton of a key: each Arabic word's <see cref="NameSkeleton"/> without its initial vowel (so
    /// أليكساندروفنا and ألكسندروفنا meet), Latin words as they are.
    /// </summary>
    public static string Skeleton(string key)
    {
        var words = Words(key);
        for (var i = 0; i < words.Length; i++)
        {
            if (IsArabic(words[i]))
            {
                words[i] = WordSkeleton(words[i]);
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>The skeleton of one normalized Arabic word (see <see cref="Skeleton"/>).</summary>
    public static string WordSkeleton(string word)
    {
        var s = NameSkeleton.Of(word);
        return s.Length > 2 && s[0] == '\u0627' ? s[1..] : s;
    }

    /// <summary>True when a word is written in Arabic letters.</summary>
    public static bool IsArabic(string word) => word.Length > 0 && word[0] >= '\u0600' && word[0] <= '\u06FF';

    /// <summary>True when a word is too common to index or match alone (the article, one letter, numbers).</summary>
    public static bool IsWeakToken(string word) => word.Length < 3 || char.IsDigit(word[0]);

    /// <summary>Every index key of an entity: each label and alias as a name, a skeleton and its words.</summary>
    public IEnumerable<(string Key, KbKeyKind Kind)> IndexKeys(KbEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var seen = new HashSet<(string, KbKeyKind)>();
        foreach (var (_, name) in entity.Names())
        {
            var key = Key(name);
            if (key.Length == 0)
            {
                continue;
            }

            if (seen.Add((key, KbKeyKind.Name)))
            {
                yield return (key, KbKeyKind.Name);
            }

            var skeleton = Skeleton(key);
            if (seen.Add((skeleton, KbKeyKind.Skeleton)))
            {
                yield return (skeleton, KbKeyKind.Skeleton);
            }

            foreach (var w in Words(key))
            {
                if (!IsWeakToken(w) && seen.Add((w, KbKeyKind.Token)))
                {
                    yield return (w, KbKeyKind.Token);
                }
            }
        }
    }
}
