using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// malformed-date, forms of round 18 (issue-12d): a range whose second side was left empty. A lifespan "(1856– )" of a man born
/// too long ago to be alive when any text of ours was written, and "من سنة 1996 إلى سنة ،": a range's closing year word with
/// nothing in its slot.
/// </summary>
public sealed partial class MalformedDateRule
{
    /// <summary>The greatest age a human being is recorded to have reached, in whole years (122, Jeanne Calment).</summary>
    private const int OldestAge = 122;

    /// <summary>
    /// The year a text with no reference date is taken to be written in, at the earliest: the open lifespan "(YYYY– )" is the
    /// convention of encyclopedias of the digital era. A reference date given with the document replaces it.
    /// </summary>
    private const int EarliestWritingYear = 2000;

    /// <summary>
    /// "الشاعر سليم عنحوري (1856– )": a lifespan in parentheses right after a person's name, with its first year and an empty second
    /// slot (a dash and the closing parenthesis), writes the man as living; one born more than <see cref="OldestAge"/> years before
    /// the text was written (its reference date, or <see cref="EarliestWritingYear"/>) cannot be, so his death year was left out.
    /// "(1950– )" of a living man stays silent; so does a birth year the text only approximates or completes from elsewhere.
    /// </summary>
    private IEnumerable<Flag> OpenLifespansOfTheLongDead(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        var now = ctx.Document.ReferenceDate?.Year ?? EarliestWritingYear;
        foreach (var t in ctx.Timexes)
        {
            if (!CheckContext.IsDated(t) || t.Anchor is not null || t.Range is not null || t.Mod is not null || t.Gregorian is not { } g
                || g.Start.Year + OldestAge >= now || !CheckContext.HasWrittenYear(t))
            {
                continue;
            }

            var first = ctx.FirstToken(t.Span);
            var after = ctx.EndToken(t.Span);
            if (first < 2 || after + 1 >= tk.Length || tk[first - 1].Norm != "(" || tk[after].Norm is not ("-" or "–" or "—")
                || tk[after + 1].Norm != ")" || tk[after + 1].Sentence != tk[first].Sentence || tk[first - 2].Sentence != tk[first].Sentence
                || !ctx.IsContent(tk[first].Sentence) || !PersonEndsAt(ctx, first - 2))
            {
                continue;
            }

            var span = new TextSpan(tk[first - 1].Span.Start, tk[after + 1].Span.End);
            if (Incomplete(ctx, flagged, span, $"خانة سنة الوفاة فارغة، ومن وُلد سنة {g.Start.Year} لا يكون حياً حين كُتب النص.",
                $"the death year is left empty, yet a man born in {g.Start.Year} cannot have been alive when the text was written.", "missing-death-year") is { } flag)
            {
                yield return flag;
            }
        }
    }

    /// <summary>True for an era mark written alone after a year ("هـ"، "م"، "ه").</summary>
    private static bool EraMark(CheckContext ctx, int k)
        => ctx.Tokens[k].Clitics == Proclitics.None && ctx.Tokens[k].Norm.Length <= 2 && ctx.MatchCue(k, "era-marker", out _) is not null;

    /// <summary>
    /// "استمرت الحرب (1914 – ) وانتهت بهزيمة …": an open range in parentheses (a year, a dash and the closing parenthesis) after
    /// something the same sentence then says ended ("انتهت"، "انتهى"، "وانتهت"): the end year was left out of its slot. A range still
    /// open ("الصراع (1948– ) مستمر") says nothing of an end and stays silent.
    /// </summary>
    private IEnumerable<Flag> OpenRangesOfTheEnded(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        foreach (var t in ctx.Timexes)
        {
            if (!CheckContext.IsDated(t) || t.Anchor is not null || t.Range is not null || !CheckContext.HasWrittenYear(t))
            {
                continue;
            }

            var first = ctx.FirstToken(t.Span);
            var after = ctx.EndToken(t.Span);
            if (first < 1 || after + 1 >= tk.Length || tk[first - 1].Norm != "(" || tk[after].Norm is not ("-" or "–" or "—")
                || tk[after + 1].Norm != ")" || tk[after + 1].Sentence != tk[first].Sentence || !ctx.IsContent(tk[first].Sentence))
            {
                continue;
            }

            var (_, end) = ctx.SentenceTokens(tk[first].Sentence);
            var ended = false;
            for (var k = after + 2; k < end && k < after + 2 + EndedWindow && !ended; k++)
            {
                ended = tk[k].Kind == TokenKind.Arabic && tk[k].Base is "انتهت" or "انتهي" or "انتهى";
            }

            if (!ended)
            {
                continue;
            }

            var span = new TextSpan(tk[first - 1].Span.Start, tk[after + 1].Span.End);
            if (Incomplete(ctx, flagged, span, "خانة سنة النهاية فارغة، والنص يذكر أنه انتهى.", "the end year is left empty, yet the text says it ended.", "missing-year") is { } flag)
            {
                yield return flag;
            }
        }
    }

    /// <summary>Tokens searched after an open range for the verb that ends it.</summary>
    private const int EndedWindow = 6;

    /// <summary>
    /// "فترة الإنشاء: 1312 – هـ،": a year, a dash and then the era mark alone: the second year of the range was dropped from before
    /// its era mark. "1312 – 1320 هـ" is whole.
    /// </summary>
    private IEnumerable<Flag> RangesWithEmptyEndBeforeEra(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var k = 1; k + 1 < tk.Length; k++)
        {
            if (!ctx.IsContent(tk[k].Sentence) || tk[k].Norm is not ("-" or "–" or "—") || tk[k - 1].Kind != TokenKind.Number || tk[k - 1].Clitics != Proclitics.None
                || tk[k - 1].Norm.Length is < 3 or > 4 || tk[k - 1].Sentence != tk[k].Sentence || tk[k + 1].Sentence != tk[k].Sentence || !EraMark(ctx, k + 1))
            {
                continue;
            }

            var span = new TextSpan(tk[k - 1].Span.Start, tk[k + 1].Span.End);
            if (Incomplete(ctx, flagged, span, "الطرف الثاني من المدة فارغ قبل علامة التقويم.", "the range's second year is empty before its era mark.", "missing-year") is { } flag)
            {
                yield return flag;
            }
        }
    }

    /// <summary>True when token <paramref name="k"/> ends the mention of a person.</summary>
    private static bool PersonEndsAt(CheckContext ctx, int k)
        => ctx.MentionAtToken(k) is var m and >= 0 && ctx.Document.Entities[m].Label == EntityLabels.Person
            && ctx.Document.Entities[m].Span.End == ctx.Tokens[k].Span.End;

    /// <summary>
    /// "من سنة 1996 إلى سنة ، ثم"، "من عام 1920 حتى عام ." : a year word right after the closing preposition of a range ("إلى"،
    /// "حتى") whose opening date ends just before it, then a space and a comma or a full stop: the range's second year was dropped
    /// from its slot. "من سنة 1996 إلى سنة 2001" is whole. After a dated opening year a comma tight to the word is a gap too
    /// ("من سنة 1920م إلى سنة، ثم": round 20; before, only a spaced one was); an era mark must stand apart. The opening year may be
    /// written in words ("من سنة سبع وثلاثين وستمائة إلى سنة ،", round 19).
    /// </summary>
    private IEnumerable<Flag> RangeEndsWithoutYear(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        var text = ctx.Document.Source.Text;
        for (var k = 2; k + 1 < tk.Length; k++)
        {
            if (!ctx.IsContent(tk[k].Sentence) || tk[k].Kind != TokenKind.Arabic || tk[k].Clitics != Proclitics.None || tk[k].Norm is not ("سنة" or "سنه" or "عام")
                || tk[k + 1].Sentence != tk[k].Sentence || !(tk[k + 1].Kind == TokenKind.Punctuation ? tk[k + 1].Norm is "،" or "," or "." : EraMark(ctx, k + 1))
                || ((tk[k + 1].Span.Start == tk[k].Span.End || !char.IsWhiteSpace(text[tk[k].Span.End])) && tk[k + 1].Kind != TokenKind.Punctuation)
                || tk[k - 1].Sentence != tk[k].Sentence || tk[k - 1].Norm is not ("الي" or "إلى" or "حتي" or "حتى"))
            {
                continue;
            }

            var opened = false;
            foreach (var ti in ctx.TimexesInSentence(tk[k].Sentence))
            {
                var t = ctx.Timexes[ti];
                opened |= ctx.EndToken(t.Span) == k - 1 && CheckContext.IsDated(t) && (CheckContext.HasWrittenYear(t) || t.YearInWords) && ctx.Text(t.Span).StartsWith("من", StringComparison.Ordinal);
            }

            if (!opened)
            {
                continue;
            }

            var span = new TextSpan(tk[k - 1].Span.Start, tk[k].Span.End);
            if (Incomplete(ctx, flagged, span, "الطرف الثاني من المدة فارغ: كلمة «سنة» أو «عام» لا تتبعها السنة.",
                "the range's second year is empty: the word for “year” is not followed by the year.", "missing-year") is { } flag)
            {
                yield return flag;
            }
        }
    }
}
