using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>The anachronism rule's clauses, cues and dates: the clause around a token, the body a founding or ending cue names, guards on the cue (commemoration, succession, retrospection), the date of a clause.</summary>
public sealed partial class AnachronismRule
{
    /// <summary>
    /// The clause around a token, joined across a quoted title: "صدرت صحيفة «الأيام» في الخرطوم عام 1953" is one clause, though
    /// the quotation marks end clauses in the document index (a title is a name inside the clause, not a clause of its own).
    /// </summary>
    private static (int Start, int End) Clause(CheckContext ctx, int k)
    {
        var (cs, ce) = ctx.ClauseOf(k);
        var tokens = ctx.Tokens;
        for (var step = 0; step < 4 && cs >= 2 && IsQuote(tokens[cs - 1]) && tokens[cs - 2].Sentence == tokens[k].Sentence
            && !(ctx.Index.IsClauseBreak(cs - 2) && !IsQuote(tokens[cs - 2])); step++)
        {
            cs = IsQuote(tokens[cs - 2]) ? cs - 2 : ctx.ClauseOf(cs - 2).Start;
        }

        for (var step = 0; step < 4 && ce + 1 < tokens.Length && IsQuote(tokens[ce]) && tokens[ce + 1].Sentence == tokens[k].Sentence
            && !(ctx.Index.IsClauseBreak(ce + 1) && !IsQuote(tokens[ce + 1])); step++)
        {
            ce = IsQuote(tokens[ce + 1]) ? ce + 1 : ctx.ClauseOf(ce + 1).End;
        }

        return (cs, ce);
    }

    private static bool IsQuote(Segmentation.Token t) => t.Kind == Segmentation.TokenKind.Punctuation && t.Norm is "«" or "»" or "\"";

    /// <summary>
    /// The key a state's or body's full name is looked up by: normalized, without articles, so the mentions the tagger typed
    /// apart ("الدولة العثمانية" ORG, "للدولة العثمانية" read as "دولة العثمانية" LOC) name the same body.
    /// </summary>
    private static string NameKey(string name) => WithoutArticles(Norm(name));

    private static bool BareNumberAfterForeignWord(CheckContext ctx, Time.Timex t)
    {
        if (!t.Text.All(c => char.IsDigit(c) || char.IsWhiteSpace(c)))
        {
            return false;
        }

        var before = ctx.FirstToken(t.Span) - 1;
        return before >= 0 && ctx.Tokens[before].Kind is Segmentation.TokenKind.Latin or Segmentation.TokenKind.Number or Segmentation.TokenKind.Symbol;
    }

    /// <summary>A retrospective word in the clause ("قبل"، "سابقاً"، "لاحقاً"), but not "من قبل" ("by": the agent of a passive).</summary>
    private static bool Retro(CheckContext ctx, int cs, int ce)
    {
        for (var k = ctx.FindCue(cs, ce, "retro"); k >= 0; k = ctx.FindCue(k + 1, ce, "retro"))
        {
            if (!(k > cs && ctx.Tokens[k - 1].Norm == "من" && ctx.Tokens[k].Norm == "قبل"))
            {
                return true;
            }
        }

        return false;
    }

    private static int? NearestOrg(CheckContext ctx, int cue, int cs, int ce, out TextSpan span)
    {
        // After the cue first ("تأسس الحزب"), then before it ("الحزب الذي أسسه"): the cue's own subject or object, close by.
        var seatSkipped = false;
        for (var j = cue + 1; j < ce && j <= cue + 3 && !CausePhrase(ctx, j); j++)
        {
            var c = ctx.ClusterNamedAt(j, out span);
            if (c >= 0)
            {
                if (IsOrg(ctx, c))
                {
                    return c;
                }

                if (!Seat(ctx, j, c))
                {
                    return null;
                }

                // "أسست في لندن عام 1946": the seat is no subject; the body is named before the verb.
                seatSkipped = true;
                j = Math.Max(j, ctx.EndToken(span) - 1);
            }
        }

        for (var j = cue - 1; j >= cs && j >= cue - 4; j--)
        {
            var c = ctx.ClusterNamedAt(j, out span);
            if (c >= 0)
            {
                if (!IsOrg(ctx, c) && seatSkipped && ctx.ClusterById(c)?.Label == EntityLabels.Group && j > cs && ctx.ClusterNamedAt(j - 1, out _) is var before and >= 0 && IsOrg(ctx, before))
                {
                    continue; // "اتحاد الكتاب الأفارقة": a people's name the tagger cut from the body's name
                }

                return IsOrg(ctx, c) ? c : null;
            }
        }

        span = default;
        return null;
    }

    /// <summary>
    /// True when an anniversary word stands just before the cue (or, with <paramref name="whole"/>, anywhere in the clause from
    /// <paramref name="cs"/>) ("في الذكرى الستين لتأسيس بنك مصر"): the clause's
    /// date is the commemoration's, not the founding's.
    /// </summary>
    private static bool Commemorated(CheckContext ctx, int cue, int cs, bool whole = false)
    {
        for (var j = cue - 1; j >= Math.Max(cs, whole ? cs : cue - 4); j--)
        {
            var w = ctx.Tokens[j].Norm;
            if (w.Contains("ذكرى", StringComparison.Ordinal) || w.Contains("ذكري", StringComparison.Ordinal) || w.Contains("يوبيل", StringComparison.Ordinal)
                || w.Contains("مئوية", StringComparison.Ordinal) || w.Contains("مئويه", StringComparison.Ordinal) || w.Contains("احتفال", StringComparison.Ordinal)
                || w.Contains("مناسبة", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when "حلّ" means "took the place of" ("حلت عام 2008 بديلاً عن"، "حلّ محلّه"): a succession, not an end.</summary>
    private static bool Replaces(CheckContext ctx, int cue, int ce)
    {
        for (var j = cue + 1; j < Math.Min(ce, cue + 5); j++)
        {
            var w = ctx.Tokens[j].Norm;
            if (w.Contains("محل", StringComparison.Ordinal) || w.Contains("مكان", StringComparison.Ordinal) || w.Contains("بديل", StringComparison.Ordinal)
                || w.Contains("بدلا", StringComparison.Ordinal) || w.Contains("خلفا", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static (GregorianInterval Date, TextSpan Span)? DateInClause(CheckContext ctx, int cs, int ce, int near)
    {
        var clause = new TextSpan(ctx.Tokens[cs].Span.Start, ctx.Tokens[ce - 1].Span.End);
        (GregorianInterval, TextSpan)? best = null;
        var bestDistance = int.MaxValue;
        var at = ctx.Tokens[near].Span.Start;
        foreach (var ti in ctx.TimexesInSentence(ctx.Tokens[near].Sentence))
        {
            var t = ctx.Timexes[ti];
            // A bare number after a Latin word or a number ("IEEE 1003", "Std 1003") is a standard's number, not a year.
            if (!clause.Contains(t.Span) || !ctx.Usable(t) || !YearWritten(t) || BareNumberAfterForeignWord(ctx, t))
            {
                continue;
            }

            var distance = Math.Abs(t.Span.Start - at);
            if (distance < bestDistance)
            {
                best = (t.Gregorian!.Value, t.Span);
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// The date of a clause that holds nothing but a date, set off before the act's clause in the same sentence ("وفي عام
    /// 1930، عُيّن …"، "وبعد ذلك بست سنوات، في عام 1930، عُيّن …"، round 22: "وفي سنة 1340 هـ (1921 م) عُيّن …", the date's
    /// equivalent in parentheses closing it): up to two such clauses back, none naming anything, holding a retrospective word or
    /// telling a birth or a death ("، المولود فيها سنة 1908، قد درس في …": the year is the birth's, not the act's).
    /// </summary>
    private static (GregorianInterval Date, TextSpan Span)? FrontedDate(CheckContext ctx, int cs)
    {
        var at = cs;
        for (var step = 0; step < 2; step++)
        {
            var prevEnd = at - 1; // the clause break before the act's clause
            if (prevEnd > 0 && ctx.Tokens[prevEnd].Norm is "،" or "," && ctx.Tokens[prevEnd - 1].Norm == ")")
            {
                prevEnd--; // "وفي سنة 1340 هـ (1921 م)، عُيّن"
            }

            if (prevEnd > 0 && ctx.Tokens[prevEnd].Norm == ")" && DateEquivalentInParentheses(ctx, prevEnd) is { } open)
            {
                prevEnd = open; // the parenthesis holds the date's equivalent only: the clause before it is the fronted one
                if (prevEnd > 0 && ctx.Tokens[prevEnd - 1].Norm is "،" or ",")
                {
                    prevEnd--;
                }
            }
            else if (prevEnd <= 0 || ctx.Tokens[prevEnd].Norm is not ("،" or ","))
            {
                return null;
            }

            if (prevEnd <= 0 || ctx.Tokens[prevEnd - 1].Sentence != ctx.Tokens[at].Sentence || !ctx.IsClauseBreak(prevEnd))
            {
                return null;
            }

            var (ps, pe) = Clause(ctx, prevEnd - 1);
            if (pe - ps > 6 || !NoNameIn(ctx, ps, pe) || TellsLife(ctx, ps, pe))
            {
                return null;
            }

            if (DateInClause(ctx, ps, pe, ps) is { } date)
            {
                return Retro(ctx, ps, pe) ? null : date;
            }

            at = ps;
        }

        return null;
    }

    /// <summary>
    /// The opening parenthesis of a parenthesis closed at <paramref name="close"/> that holds a date and nothing else ("(1921 م)"،
    /// "(1340 هـ)"): the equivalent of the date before it; null otherwise.
    /// </summary>
    private static int? DateEquivalentInParentheses(CheckContext ctx, int close)
    {
        var open = close - 1;
        while (open >= 0 && close - open <= 8 && ctx.Tokens[open].Norm != "(" && ctx.Tokens[open].Sentence == ctx.Tokens[close].Sentence)
        {
            open--;
        }

        if (open < 0 || close - open < 2 || close - open > 8 || ctx.Tokens[open].Norm != "(")
        {
            return null;
        }

        var inside = new TextSpan(ctx.Tokens[open + 1].Span.Start, ctx.Tokens[close - 1].Span.End);
        var covered = 0;
        foreach (var ti in ctx.TimexesInSentence(ctx.Tokens[close].Sentence))
        {
            var t = ctx.Timexes[ti];
            if (inside.Contains(t.Span) && ctx.Usable(t))
            {
                covered += t.Span.Length;
            }
        }

        var letters = 0;
        for (var j = open + 1; j < close; j++)
        {
            if (ctx.Tokens[j].Kind is Segmentation.TokenKind.Arabic or Segmentation.TokenKind.Number)
            {
                letters += ctx.Tokens[j].Span.Length;
            }
        }

        // The date covers the words inside (an era mark the timex left out, "م" or "هـ", may stand after it).
        return covered > 0 && letters - covered <= 3 ? open : null;
    }

    /// <summary>A birth, death or burial told in the clause [cs, ce): an event's trigger in it, or the participle "المولود"، "المتوفى".</summary>
    private static bool TellsLife(CheckContext ctx, int cs, int ce)
    {
        for (var j = cs; j < ce; j++)
        {
            if (ctx.Tokens[j].Base is "المولود" or "المولوده" or "مولود" or "مولوده" or "المتوفي" or "المتوفى" or "المتوفاه" or "ولد" or "ولدت" or "توفي" or "توفيت")
            {
                return true;
            }
        }

        foreach (var e in ctx.Document.Events)
        {
            if (e.Type is "birth" or "death" or "burial" && e.Trigger.Length > 0)
            {
                var k = ctx.FirstToken(e.Trigger);
                if (k >= cs && k < ce)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when the timex writes its year: three digits or more, a year in words ("سنة أربعين وأربعمائة"), or an early Hijri year of one or two digits marked as Hijri
    /// in the timex itself ("سنة 41 هـ"، "سنة 30 للهجرة").
    /// </summary>
    private static bool YearWritten(Time.Timex t)
        => CheckContext.HasWrittenYear(t)
            || (!t.Text.Any(char.IsDigit) && t.Value is { Length: >= 4 } v && v[..4].All(char.IsAsciiDigit) && t.Gregorian is not null
                && Norm(t.Text).Split(' ').Any(w => w is "سنه" or "عام" or "وسنه" or "وعام" or "لسنه" or "لعام"))
            || (t.Calendar == Time.CalendarKind.Hijri && t.Text.Any(char.IsDigit)
                && (t.Text.Contains("هـ", StringComparison.Ordinal) || t.Text.Contains("للهجرة", StringComparison.Ordinal) || t.Text.Contains("هجري", StringComparison.Ordinal)));
}
