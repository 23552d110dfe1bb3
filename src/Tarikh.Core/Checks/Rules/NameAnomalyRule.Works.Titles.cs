using Tarikh.Core.Entities;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// name-anomaly, work slips (split from NameAnomalyRule.Works.cs in round 20): where a known title stands — in quotation marks, after a
/// work noun, bare after a maker noun, or as the rhymed head of a longer classical title.
/// </summary>
public sealed partial class NameAnomalyRule
{
    /// <summary>Prepositions that open the second, rhymed half of a classical title ("… في …"، "… بذكر …"، "… على …"), normalized.</summary>
    private static readonly HashSet<string> TitleHinges = new(["في", "فى", "على", "علي", "عن", "من", "الى"], StringComparer.Ordinal);

    /// <summary>
    /// The authors of a quoted title written in full when the list holds its short form, the head before the rhymed second half: a
    /// classical title is two rhymed halves joined by a preposition ("«المواعظ والاعتبار بذكر الخطط والآثار»"), and the works are
    /// known by the first ("المواعظ والاعتبار"). The head must be two words or more and the next word a preposition, alone or as the
    /// clitic ب or ل on a noun, so that a listed title does not match a longer title that merely begins with it (round 14).
    /// </summary>
    private static IReadOnlyList<WorkAuthor> RhymedTitleHead(FamousWorks works, List<string> words, List<int> wordTokens, System.Collections.Immutable.ImmutableArray<Token> tokens)
    {
        for (var len = words.Count - 1; len >= 2; len--)
        {
            var next = tokens[wordTokens[len]];
            var hinge = TitleHinges.Contains(next.Norm) || ((next.Clitics & (Proclitics.Bi | Proclitics.Li)) != 0 && next.PrefixLength == 1);
            if (hinge && works.AuthorsOf(string.Join(' ', words.Take(len))) is { Count: > 0 } authors)
            {
                return authors;
            }
        }

        return [];
    }

    /// <summary>
    /// A known title at token <paramref name="k"/>: inside quotation marks, right after a work noun ("رواية الجريمة والعقاب"), or a
    /// bare title word ("مقاماته"): its authors, its span and the token after it.
    /// </summary>
    private static (IReadOnlyList<WorkAuthor> Authors, TextSpan Span, int End)? Title(CheckContext ctx, FamousWorks works, int k)
    {
        var tokens = ctx.Tokens;
        var t = tokens[k];
        var sentence = t.Sentence;
        if (t.Kind == TokenKind.Punctuation && ctx.Document.Source.Slice(t.Span) is "«" or "\"" or "“")
        {
            var words = new List<string>();
            var wordTokens = new List<int>();
            for (var q = k + 1; q < tokens.Length && q <= k + 14 && tokens[q].Sentence == sentence; q++)
            {
                if (ctx.Document.Source.Slice(tokens[q].Span) is "»" or "\"" or "”")
                {
                    var authors = words.Count > 0 ? works.AuthorsOf(string.Join(' ', words)) : [];
                    if (authors.Count == 0 && words.Count > 0 && !words[0].StartsWith("ال", StringComparison.Ordinal))
                    {
                        authors = works.AuthorsOf("ال" + string.Join(' ', words)); // a quoted title without its article ("«مقدمة»") (round 11)
                    }

                    if (authors.Count == 0)
                    {
                        authors = RhymedTitleHead(works, words, wordTokens, tokens);
                    }

                    return authors.Count > 0 && q > k + 1 ? (authors, new TextSpan(tokens[k + 1].Span.Start, tokens[q - 1].Span.End), q + 1) : null;
                }

                if (tokens[q].Kind is TokenKind.Arabic or TokenKind.Number)
                {
                    words.Add(tokens[q].Norm);
                    wordTokens.Add(q);
                }
            }

            return null;
        }

        if (t.Kind != TokenKind.Arabic)
        {
            return null;
        }

        if (works.IsBare(t.Norm) && works.AuthorsOf(t.Norm) is { Count: > 0 } bare)
        {
            return (bare, t.Span, k + 1);
        }

        if (MakerTitle(ctx, works, k) is { } made)
        {
            return made;
        }

        if (!WorkNouns.Contains(t.Norm) && !WorkNouns.Contains(t.Base))
        {
            return null;
        }

        for (var len = Math.Min(8, tokens.Length - k - 1); len >= 1; len--)
        {
            if (tokens[k + len].Sentence != sentence)
            {
                continue;
            }

            if (!WordsOnly(tokens, k + 1, len))
            {
                continue;
            }

            var authors = works.AuthorsOf(JoinedNorms(tokens, k + 1, len));
            if (authors.Count > 0)
            {
                return (authors, new TextSpan(tokens[k + 1].Span.Start, tokens[k + len].Span.End), k + len + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// A known title written bare right after a maker noun ("… صاحب المقدمة"، "… صاحب الشوقيات"، "مؤلف تحفة النظار"): the classical way
    /// to name an author by his work, without quotation marks or a work noun (round 15). A title of one word must have at least
    /// five letters after its article, so that "صاحب الدار" or "صاحب الأرض" (an owner) is not read as a work.
    /// </summary>
    private static (IReadOnlyList<WorkAuthor> Authors, TextSpan Span, int End)? MakerTitle(CheckContext ctx, FamousWorks works, int k)
    {
        var tokens = ctx.Tokens;
        var sentence = tokens[k].Sentence;
        if (k == 0 || tokens[k - 1].Sentence != sentence || !(MakerNouns.Contains(tokens[k - 1].Norm) || MakerNouns.Contains(tokens[k - 1].Base)))
        {
            return null;
        }

        for (var len = Math.Min(8, tokens.Length - k); len >= 1; len--)
        {
            if (tokens[k + len - 1].Sentence != sentence || !WordsOnly(tokens, k, len))
            {
                continue;
            }

            var joined = JoinedNorms(tokens, k, len);
            var letters = joined.StartsWith("ال", StringComparison.Ordinal) ? joined.Length - 2 : joined.Length;
            if (len == 1 && letters < 5)
            {
                continue;
            }

            var authors = works.AuthorsOf(joined);
            if (authors.Count > 0)
            {
                return (authors, new TextSpan(tokens[k].Span.Start, tokens[k + len - 1].Span.End), k + len);
            }
        }

        return null;
    }

    /// <summary>True when the <paramref name="count"/> tokens from <paramref name="start"/> are all words or numbers.</summary>
    private static bool WordsOnly(System.Collections.Immutable.ImmutableArray<Token> tokens, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (tokens[i].Kind is not (TokenKind.Arabic or TokenKind.Number))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The normalized forms of <paramref name="count"/> tokens from <paramref name="start"/>, joined by single spaces.</summary>
    private static string JoinedNorms(System.Collections.Immutable.ImmutableArray<Token> tokens, int start, int count)
    {
        if (count == 1)
        {
            return tokens[start].Norm;
        }

        var parts = new string[count];
        for (var i = 0; i < count; i++)
        {
            parts[i] = tokens[start + i].Norm;
        }

        return string.Join(' ', parts);
    }
}
