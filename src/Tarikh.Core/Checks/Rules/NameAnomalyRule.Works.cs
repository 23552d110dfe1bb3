using Tarikh.Core.Entities;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// name-anomaly, third class (round 7): a known work written beside a name that shares part of its author's name but not the
/// rest — "بدر شاكر البياتي صاحب «أنشودة المطر»" (al-Sayyab's poem; al-Bayati's family name), "كتب فيودور ميخائيلوفيتش
/// تورغينيف رواية «الجريمة والعقاب»". The work points to its author, so the name is a slip: a warning. Read from
/// <see cref="FamousWorks"/> (titles inside quotation marks or after a work noun). Silent when the name is one of the author's
/// own names or a shortening of one, when it shares nothing with the author (a translator, an actor, a critic), or when a kinship
/// word stands before it.
/// </summary>
public sealed partial class NameAnomalyRule
{
    private static readonly HashSet<string> WorkNouns = new(
        ["كتاب", "كتابه", "كتابها", "روايه", "روايته", "روايتها", "قصيده", "قصيدته", "قصيدتها", "ديوان", "ديوانه", "مسرحيه", "مسرحيته", "فيلم",
         "اغنيه", "اغنيته", "لوحه", "لوحته", "سيمفونيه", "اوبرا", "اوبراه", "باليه", "متتاليه", "متتاليته", "مؤلفه", "مجموعه", "رسالته", "صحيح",
         "تفسير", "معجم", "قاموس", "مقدمه", "مقامات", "ملحمه", "قصه", "قصته"], StringComparer.Ordinal);

    private static readonly HashSet<string> NameParticles = new(["ابن", "بن", "ابو", "ابي", "ام", "عبد", "ال", "بنت", "الدين", "الله"], StringComparer.Ordinal);

    private IEnumerable<Flag> WorkSlips(CheckContext ctx)
    {
        var works = ctx.Lexicon.FamousWorks;
        var tokens = ctx.Tokens;
        var flagged = new HashSet<int>();
        for (var k = 0; k < tokens.Length; k++)
        {
            if (!ctx.IsContent(tokens[k].Sentence) || Title(ctx, works, k) is not { } found)
            {
                continue;
            }

            var (authors, titleSpan, end) = found;
            var sentence = tokens[k].Sentence;
            foreach (var e in ctx.Document.Entities)
            {
                if (e.Label != EntityLabels.Person || ctx.Document.SentenceAt(e.Span.Start) != sentence || e.Span.Overlaps(titleSpan) || flagged.Contains(e.Span.Start))
                {
                    continue;
                }

                var words = WrittenWords(ctx, works, e);
                if (words.Length < 2 || Relative(ctx, ctx.FirstToken(e.Span)) || authors.Any(a => Consistent(works, a, words)))
                {
                    continue;
                }

                if (authors.FirstOrDefault(a => Slip(ctx, works, a, words)) is not { } author)
                {
                    continue;
                }

                flagged.Add(e.Span.Start);
                var title = ctx.Text(titleSpan);
                var authorName = string.Join(' ', author.Forms[0]);
                yield return CheckContext.MakeFlag(Id, Severity.Warning, [e.Span, titleSpan],
                    $"«{e.Text}»: ينسب النص إليه «{title}»، وهو من أعمال {authorName}، لكن الاسم المكتوب يخلط اسم {authorName} باسم آخر؛ الأرجح أن في الاسم خطأ، فتحقق منه.",
                    $"“{e.Text}”: the text ties it to “{title}”, a work of {authorName}, but the name written mixes {authorName}'s name with another; the name is probably a slip — check it.",
                    ("written", e.Text), ("work", title), ("author", authorName), ("source", "famous-works"));
            }

            k = Math.Max(k, end - 1);
        }
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
            for (var q = k + 1; q < tokens.Length && q <= k + 14 && tokens[q].Sentence == sentence; q++)
            {
                if (ctx.Document.Source.Slice(tokens[q].Span) is "»" or "\"" or "”")
                {
                    var authors = words.Count > 0 ? works.AuthorsOf(string.Join(' ', words)) : [];
                    return authors.Count > 0 && q > k + 1 ? (authors, new TextSpan(tokens[k + 1].Span.Start, tokens[q - 1].Span.End), q + 1) : null;
                }

                if (tokens[q].Kind is TokenKind.Arabic or TokenKind.Number)
                {
                    words.Add(tokens[q].Norm);
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

    /// <summary>
    /// The normalized words of a person mention; when the tagger left a letter of the first word out as a clitic ("فاتن" read as
    /// ف + اتن), the whole written word if a listed author's name begins with it.
    /// </summary>
    private static string[] WrittenWords(CheckContext ctx, FamousWorks works, Entities.EntityMention e)
    {
        var words = ArabicNormalizer.Default.NormalizeString(e.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var keep = words.Length;
        while (keep > 1 && (WorkNouns.Contains(words[keep - 1]) || works.IsBare(words[keep - 1])))
        {
            keep--; // a work noun the tagger ran into ("… رحمانينوف متتاليته")
        }

        words = words[..keep];
        var first = ctx.FirstToken(e.Span);
        if (words.Length > 0 && first < ctx.Tokens.Length && ctx.Tokens[first].Span.Start < e.Span.Start && works.FirstWordOwners(ctx.Tokens[first].Norm) > 0)
        {
            words[0] = ctx.Tokens[first].Norm;
        }

        return words;
    }

    /// <summary>
    /// True when the written name is the author's: a shortening of one of his names, or one of his names with words added that
    /// begin no other listed author's name ("الإمام أبو حامد الغزالي"، but not "بديع الزمان الحريري" for al-Hariri).
    /// </summary>
    private static bool Consistent(FamousWorks works, WorkAuthor author, string[] written)
    {
        var own = author.Forms.SelectMany(f => f).ToHashSet(StringComparer.Ordinal);
        var joined = string.Concat(written);
        foreach (var form in author.Forms)
        {
            if (joined.EndsWith(string.Concat(form), StringComparison.Ordinal) && form.Length >= 2)
            {
                return true; // a word written apart ("الاصفها ني"): the same letters
            }

            if (written.All(form.Contains))
            {
                return true;
            }

            if (form.All(written.Contains) && written.Where(w => !own.Contains(w)).All(w => works.FirstWordOwners(w) == 0 && works.LastWordOwners(w) == 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the written name is a slip of the author's: it ends with another known person's family name (a listed author's or
    /// a famous name's) and shares a distinctive word of his names (not a particle, not a common first name) or begins as one of
    /// them ("محمود الشابي" for "محمود درويش").
    /// </summary>
    private static bool Slip(CheckContext ctx, FamousWorks works, WorkAuthor author, string[] written)
    {
        var own = author.Forms.SelectMany(f => f).ToHashSet(StringComparer.Ordinal);
        var index = ctx.Lexicon.FamousNames;
        var last = written[^1];
        if (own.Contains(last) || !(works.LastWordOwners(last) > 0 || index.WithFamily(last).Any(p => p.Famous)))
        {
            return false; // the name must end with another known person's family name
        }

        return written.Any(w => own.Contains(w) && w.Length >= 3 && !NameParticles.Contains(w) && index.AnyWordCount(w) <= MaxGivenWordUse)
            || author.Forms.Any(f => f.Length >= 2 && f[0] == written[0]);
    }
}
