using Tarikh.Core.Claims;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// conflicting-values, a list of siblings: Arabic lists brothers or sons item by item, each with its rank word and its own date
/// ("كان له ابنان: سالم وهو الأكبر ولد سنة …، وخالد وهو الأصغر ولد سنة …"، "إخوتي: الكبير مواليد …، وأنا الأوسط مواليد …، والصغير
/// مواليد …"). The claims layer may give a later item's date to the first item's name; two dates in two items of such a list are two
/// people's, never one person's two values (round 19, issue x1). Family-order reads these lists on its own.
/// </summary>
public sealed partial class ConflictingValuesRule
{
    /// <summary>Birth-rank words of a sibling list, normalized, without a conjunction.</summary>
    private static readonly HashSet<string> RankWords = new(
        ["الكبير", "الصغير", "الاوسط", "الاكبر", "الاصغر", "البكر", "الكبرى", "الصغرى", "الوسطى",
         // "طالبان باسم …: أحدهما من مواليد …، والآخر من مواليد …": one … the other sets two people of one name apart (round 20).
         "احدهما", "احداهما", "اولهما", "اولاهما", "ثانيهما", "ثانيتهما", "الاخر", "الاخرى"], StringComparer.Ordinal);

    /// <summary>
    /// True when two dated claims sit in one sentence, in two items of a list set apart by a comma, and each item (from the previous
    /// comma, a colon or the sentence start up to its date) holds a rank word or a first-person pronoun: the dates are two siblings'.
    /// </summary>
    internal static bool SiblingItems(CheckContext ctx, Claim a, Claim b)
    {
        if (a.Spans.IsDefaultOrEmpty || b.Spans.IsDefaultOrEmpty)
        {
            return false;
        }

        return ItemsApart(ctx, ctx.FirstToken(ctx.Facts.ValueSpan(a)), ctx.FirstToken(ctx.Facts.ValueSpan(b)));
    }

    /// <summary>
    /// <see cref="SiblingItems"/> for two place claims: the places' own words stand in two ranked items ("أحدهما من مواليد تونس …، والآخر من
    /// مواليد المنستير").
    /// </summary>
    private static bool SiblingPlaceItems(CheckContext ctx, Claim a, Claim b)
        => !a.Spans.IsDefaultOrEmpty && !b.Spans.IsDefaultOrEmpty && ItemsApart(ctx, ctx.FirstToken(PlaceSpan(ctx, a)), ctx.FirstToken(PlaceSpan(ctx, b)));

    private static bool ItemsApart(CheckContext ctx, int ta, int tb)
    {
        var tokens = ctx.Tokens;
        if (ta < 0 || tb < 0 || ta >= tokens.Length || tb >= tokens.Length || ta == tb || tokens[ta].Sentence != tokens[tb].Sentence)
        {
            return false;
        }

        var (early, late) = ta < tb ? (ta, tb) : (tb, ta);
        var lateItem = ItemStart(tokens, late);
        if (lateItem <= early || !RankedItem(tokens, lateItem, late))
        {
            return false;
        }

        return RankedItem(tokens, ItemStart(tokens, early), early);
    }

    /// <summary>The first token after the nearest comma, semicolon or colon before a date token, or the sentence's first token.</summary>
    private static int ItemStart(System.Collections.Immutable.ImmutableArray<Token> tokens, int at)
    {
        var sentence = tokens[at].Sentence;
        var k = at - 1;
        while (k >= 0 && tokens[k].Sentence == sentence && !(tokens[k].Kind == TokenKind.Punctuation && tokens[k].Norm is "،" or "," or "؛" or ";" or ":"))
        {
            k--;
        }

        return k + 1;
    }

    /// <summary>True when the item's words before its date hold a rank word or a first-person pronoun.</summary>
    private static bool RankedItem(System.Collections.Immutable.ImmutableArray<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var t = tokens[k];
            var bare = t.Norm.Length > 1 && t.Norm[0] is 'و' or 'ف' ? t.Norm[1..] : t.Norm;
            if (RankWords.Contains(t.Norm) || RankWords.Contains(bare) || FirstPerson.Contains(t.Norm))
            {
                return true;
            }
        }

        return false;
    }
}
