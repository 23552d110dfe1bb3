using System.Collections.Frozen;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Entities.Names;

/// <summary>
/// Places named by a head noun and the name after it, the way Arabic Wikipedia writes and annotates them: a mountain,
/// river, sea, gulf, strait, island, valley, desert, quarter, street, bridge, port, airport, mosque, palace, stadium,
/// sector or republic (جبل طارق، نهر النيل، جزيرة صقلية، شارع الرشيد، مسجد قرطبة، جمهورية الصين) is one place with its
/// name. The head is indefinite (a construct noun; a preposition or conjunction on it is fine: بجبل لبنان), free of any
/// chunk, and right before a chunk the tagger typed a place or a person (a building or street named after someone:
/// مطار الملك خالد، شارع صلاح الدين); شبه before جزيرة belongs to the head (شبه جزيرة سيناء).
/// <para>The heads were chosen on WikiFANE's annotation of the last two fifths of its training part (blocks 4–5, which
/// the cross-validation below does not score): an indefinite place noun seen five times or more before a place, and
/// inside the place's name at least 60% of those times (جبل 18/18, نهر 33/37, جزيرة 45/73, شارع 14/15). Heads that
/// WikiFANE mostly leaves outside stay out (مدينة 326 outside against 52 inside, ولاية 99/52, محافظة 76/9, منطقة,
/// مقاطعة, قرية, مملكة). ANERcorp leaves every head outside (جمهورية 12/1, جزيرة 10/1, نهر 11/1), so the CoNLL
/// commands run this pass only against the Wikipedia corpora, with the organization head pass.</para>
/// Pure.
/// </summary>
public static class PlaceHeadPass
{
    private const int Person = 0;
    private const int Place = 1;

    private static FrozenSet<string> Set(params string[] words)
        => words.Select(w => Normalization.ArabicNormalizer.Default.NormalizeString(w)).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Heads = Set(
        "جزيرة", "جزر", "قطاع", "مسجد", "جامع", "نهر", "بحر", "بحيرة", "جبل", "جبال", "خليج", "وادي", "حي", "جسر", "مطار",
        "شارع", "صحراء", "ميناء", "جمهورية", "مضيق", "قصر", "ملعب");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadLookup = Heads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly string Island = Normalization.ArabicNormalizer.Default.NormalizeString("جزيرة");
    private static readonly string Half = Normalization.ArabicNormalizer.Default.NormalizeString("شبه");

    /// <summary>Whether a token is an indefinite place head (its base after proclitics, without the article).</summary>
    public static bool IsHead(Token t)
        => t.Kind == TokenKind.Arabic && (t.Clitics & Proclitics.Al) == 0 && HeadLookup.Contains(t.NormBase);

    /// <summary>Returns the sentence's chunks after the pass, ordered by start, without overlaps.</summary>
    /// <param name="tokens">The sentence's tokens (normalized words with their proclitics).</param>
    /// <param name="chunks">The chunks found so far (start, end, type: 0 person, 1 place, 2 organization, 3 other), ordered by start, without overlaps.</param>
    public static List<(int Start, int End, int Type)> Apply(ReadOnlySpan<Token> tokens, IReadOnlyList<(int Start, int End, int Type)> chunks)
    {
        var list = chunks.ToList();
        var n = tokens.Length;
        if (list.Count == 0)
        {
            return list;
        }

        var owner = new int[n];
        Array.Fill(owner, -1);
        for (var c = 0; c < list.Count; c++)
        {
            for (var j = list[c].Start; j < list[c].End && j < n; j++)
            {
                owner[j] = c;
            }
        }

        var changed = false;
        for (var c = 0; c < list.Count; c++)
        {
            var (start, end, type) = list[c];
            var h = start - 1;
            if (type is not (Place or Person) || h < 0 || owner[h] >= 0 || !IsHead(tokens[h]))
            {
                continue;
            }

            // A conjunction read on the name's first word (جبل ولبنان) parts it from the head. Other proclitics are not
            // checked: the shape-only analysis reads them on names (سيناء as س + يناء, لبنان as ل + بنان).
            if ((tokens[start].Clitics & (Proclitics.Wa | Proclitics.Fa)) != 0)
            {
                continue;
            }

            if (tokens[h].NormBase.SequenceEqual(Island) && h > 0 && owner[h - 1] < 0 && tokens[h - 1].Kind == TokenKind.Arabic && tokens[h - 1].NormBase.SequenceEqual(Half) && (tokens[h].Clitics & ~Proclitics.Al) == 0)
            {
                h--;
            }

            list[c] = (h, end, Place);
            for (var j = h; j < start; j++)
            {
                owner[j] = c;
            }

            changed = true;
        }

        if (changed)
        {
            list.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return list;
    }
}
