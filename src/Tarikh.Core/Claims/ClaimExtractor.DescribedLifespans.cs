using System.Collections.Frozen;
using Tarikh.Core.Entities;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Claims;

/// <summary>
/// Round 19 (issue-19a): a lifespan in parentheses after a short description or a title of a name, not right after the name
/// ("سليم الخوري، طبيب لبناني (1842–1973)، درس …"، "علي إبراهيم باشا (1880–1947): جرّاح …"). Encyclopedias and tables put the
/// years after the occupation as often as after the name; they are the named person's all the same.
/// </summary>
public sealed partial class ClaimExtractor
{
    /// <summary>Longest description (in words) between a name's comma or colon and the parenthesis.</summary>
    private const int MaxDescriptionWords = 4;

    /// <summary>Honorifics written after a name (Ottoman and Egyptian titles): the parenthesis after them is still the name's.</summary>
    private static readonly FrozenSet<string> TitlesAfterName = Normalized("باشا", "بك", "بيك", "بيه", "أفندي", "افندي", "آغا", "أغا", "هانم", "خانم");

    /// <summary>
    /// Offices whose years in parentheses are a term, not a life ("فلان، رئيس الوزراء (1952–1954)"): a description holding one is
    /// not read. Ruler titles are the claims lexicon's "ruler" words.
    /// </summary>
    private static readonly FrozenSet<string> TermOffices = Normalized(
        "رئيس", "رئيسة", "وزير", "وزيرة", "ملك", "ملكة", "سلطان", "أمير", "أميرة", "خليفة", "حاكم", "والي", "سفير", "سفيرة", "نائب",
        "نائبة", "محافظ", "قائد", "مدير", "مديرة", "عميد", "بابا", "بطريرك", "مفتي", "عضو", "عضوة", "أمين", "نقيب", "قنصل", "شاه",
        "إمام", "مطران", "شيخ", "باي", "داي", "خديوي", "ولي", "رئاسة", "حكم", "عهد", "ولاية", "وزارة", "إمارة", "خلافة");

    /// <summary>Parenthesized spans after a person's name and a short description or a title, as appositions of that name.</summary>
    private IEnumerable<Apposition> DescribedLifespans(DocumentIndex index)
    {
        var doc = index.Document;
        var tokens = index.Tokens;
        for (var m = 0; m < doc.Entities.Length; m++)
        {
            if (doc.Entities[m].Label != EntityLabels.Person || index.AppositionOf(m) is { Parenthesized: true })
            {
                continue;
            }

            var after = index.EndTokenOf(doc.Entities[m].Span);
            if (after >= tokens.Length)
            {
                continue;
            }

            var sentence = tokens[after - 1].Sentence;
            var open = -1;
            if (tokens[after].Kind == TokenKind.Arabic && TitlesAfterName.Contains(tokens[after].Norm) && index.MentionAtToken(after) < 0)
            {
                // "علي إبراهيم باشا (1880–1947)"
                open = after + 1;
            }
            else if (tokens[after].Kind == TokenKind.Punctuation && tokens[after].Norm is "," or "،" or ":")
            {
                // "سليم الخوري، طبيب لبناني (1842–1973)": one to four words of description, then the parenthesis.
                var k = after + 1;
                while (k < tokens.Length && k - after - 1 < MaxDescriptionWords && tokens[k].Sentence == sentence && DescriptionWord(index, k))
                {
                    k++;
                }

                open = k > after + 1 ? k : -1;
            }

            if (open < 0 || open >= tokens.Length || tokens[open].Sentence != sentence || tokens[open].Kind != TokenKind.Punctuation
                || !tokens[open].Norm.Contains('(', StringComparison.Ordinal))
            {
                continue;
            }

            var end = open + 1;
            while (end < tokens.Length && tokens[end].Sentence == sentence && !tokens[end].Norm.Contains(')', StringComparison.Ordinal) && end - open < 40)
            {
                end++;
            }

            if (end < tokens.Length && tokens[end].Norm.Contains(')', StringComparison.Ordinal) && end > open + 1 && index.AppositionAt(open + 1) is null)
            {
                yield return new Apposition(m, doc.Entities[m].Cluster, open + 1, end, true);
            }
        }
    }

    /// <summary>
    /// A word of a description of a name: an Arabic word that is no function word, no ruler's title, no office of a term and no
    /// person's or body's name (a nationality or a place may be tagged: "طبيب لبناني"، "جرّاح من زحلة" stops at من).
    /// </summary>
    private bool DescriptionWord(DocumentIndex index, int k)
    {
        var t = index.Tokens[k];
        if (t.Kind != TokenKind.Arabic || Lexicon.Match(index, k, "function") > 0 || Lexicon.Match(index, k, "ruler") > 0)
        {
            return false;
        }

        var word = t.Base.StartsWith("ال", StringComparison.Ordinal) ? t.Base[2..] : t.Base;
        if (TermOffices.Contains(word) || TermOffices.Contains(t.Norm))
        {
            return false;
        }

        var mention = index.MentionAtToken(k);
        return mention < 0 || index.Document.Entities[mention].Label is not (EntityLabels.Person or EntityLabels.Organization);
    }

    private static FrozenSet<string> Normalized(params string[] words)
        => words.Select(w => ArabicNormalizer.Default.NormalizeString(w)).ToFrozenSet(StringComparer.Ordinal);
}
