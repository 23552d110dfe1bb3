using System.Globalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>malformed-date, what the readers share: the text's years, the words around a number, the dates that narrow a guess.</summary>
public sealed partial class MalformedDateRule
{
    /// <summary>
    /// True when a word follows the number in its sentence that is not a Gregorian era mark, a preposition or a
    /// conjunction: the number counts that noun ("201 حالة"), it is no year.
    /// </summary>
    private static bool CountedNounAfter(CheckContext ctx, int n)
    {
        if (n + 1 >= ctx.Tokens.Length || ctx.Tokens[n + 1].Sentence != ctx.Tokens[n].Sentence)
        {
            return false;
        }

        var next = ctx.Tokens[n + 1];
        return next.Kind == TokenKind.Arabic && !GregorianMark(next) && next.Norm is not ("في" or "الي" or "الى" or "من" or "حين" or "عندما" or "حيث" or "ثم" or "و" or "بعد" or "قبل")
            && (next.Clitics & (Proclitics.Wa | Proclitics.Fa)) == 0;
    }

    /// <summary>True for a Gregorian era mark ("م"، "ميلادية"، "للميلاد").</summary>
    private static bool GregorianMark(Token t) => t.Norm is "م" or "ميلادي" or "ميلاديه" or "ميلادية" or "للميلاد";

    /// <summary>True when the text's years are modern: at least three four-digit years, none of three digits (a classical text has real three-digit years).</summary>
    private static bool ModernText(List<int> years) => years.Count >= 3 && years.All(y => y >= 1000);

    /// <summary>True when token <paramref name="i"/> is a dash right after a four-digit number: the number after it ends a range of years.</summary>
    private static bool RangeAfterYear(CheckContext ctx, int i)
    {
        var t = ctx.Tokens[i];
        return t.Kind == TokenKind.Punctuation && t.Norm is "-" or "–" or "—" && i > 0 && ctx.Tokens[i - 1].IsNumber && ctx.Tokens[i - 1].Norm.Length == 4
            && ctx.Tokens[i - 1].Sentence == t.Sentence && i + 1 < ctx.Tokens.Length && ctx.Tokens[i + 1].IsNumber && ctx.Tokens[i + 1].Norm.Length == 3
            && int.TryParse(ctx.Tokens[i - 1].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            && int.TryParse(ctx.Tokens[i + 1].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var end) && (end * 10) + 9 >= start;
    }

    /// <summary>True when token <paramref name="i"/> is the second slash of "d/m/" (day 1–31, month 1–12) and a number follows.</summary>
    private static bool NumericDateYear(CheckContext ctx, int i)
    {
        var tk = ctx.Tokens;
        return i >= 3 && i + 1 < tk.Length && tk[i].Norm == "/" && tk[i - 2].Norm == "/" && tk[i - 1].IsNumber && tk[i - 3].IsNumber
            && tk[i - 3].Sentence == tk[i].Sentence && tk[i + 1].Span.Start == tk[i].Span.End && tk[i - 1].Span.End == tk[i].Span.Start
            && int.TryParse(tk[i - 1].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && int.TryParse(tk[i - 3].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && ((m is >= 1 and <= 12 && d is >= 1 and <= 31) || (d is >= 1 and <= 12 && m is >= 1 and <= 31));
    }

    /// <summary>
    /// True when the number at token <paramref name="n"/> is followed by a range or list word and another number ("100
    /// إلى 1000"، "100 - 1000"، "100 و1000"): the first bound of quantities, not a year cut short.
    /// </summary>
    private static bool RangeOrListStart(CheckContext ctx, int n)
    {
        var tk = ctx.Tokens;
        if (n < 0 || n + 1 >= tk.Length || tk[n + 1].Sentence != tk[n].Sentence)
        {
            return false;
        }

        var next = tk[n + 1];
        if (next.IsNumber && (next.Clitics & Proclitics.Wa) != 0)
        {
            return true; // "100 و1000"
        }

        return (next.Norm is "الى" or "الي" or "إلى" or "حتى" or "حتي" or "-" or "–" or "—" or "او" or "أو" or "و") && n + 2 < tk.Length && tk[n + 2].IsNumber && tk[n + 2].Sentence == tk[n].Sentence;
    }

    /// <summary>The nearest four-digit number (1000–2100) written before token <paramref name="n"/> in its sentence or the two before.</summary>
    private static int? PrecedingYear(CheckContext ctx, int n)
    {
        for (var k = n - 1; k >= 0 && ctx.Tokens[k].Sentence >= ctx.Tokens[n].Sentence - 2; k--)
        {
            if (ctx.Tokens[k].IsNumber && ctx.Tokens[k].Base.Length == 4 && int.TryParse(ctx.Tokens[k].Base, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1000 and <= 2100)
            {
                return y;
            }
        }

        return null;
    }

    /// <summary>The nearest four-digit number (1000–2100) written after token <paramref name="n"/> in its sentence.</summary>
    private static int? FollowingYear(CheckContext ctx, int n)
    {
        for (var k = n + 1; k < ctx.Tokens.Length && ctx.Tokens[k].Sentence == ctx.Tokens[n].Sentence; k++)
        {
            if (ctx.Tokens[k].IsNumber && ctx.Tokens[k].Base.Length == 4 && int.TryParse(ctx.Tokens[k].Base, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1000 and <= 2100)
            {
                return y;
            }
        }

        return null;
    }

    /// <summary>The four-digit years (500–2100) written in the content sentences.</summary>
    private static List<int> DocumentYears(CheckContext ctx)
    {
        var years = new List<int>();
        foreach (var t in ctx.Tokens)
        {
            if (t.IsNumber && t.Base.Length is 3 or 4 && ctx.IsContent(t.Sentence) && int.TryParse(t.Base, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 500 and <= 2100)
            {
                years.Add(y);
            }
        }

        // Other short years (three digits) count too: they make a classical text, where 190 is a real year.
        return years;
    }

    /// <summary>Narrows the candidate years by the nearest dated expressions before and after.</summary>
    private static (int Lo, int Hi, string? Around) Narrow(CheckContext ctx, TextSpan at, int lo, int hi)
    {
        Text.GregorianInterval? before = null, after = null;
        string? beforeText = null, afterText = null;
        foreach (var t in ctx.Timexes)
        {
            if (!CheckContext.IsDated(t) || !CheckContext.HasWrittenYear(t) || t.Span.Overlaps(at))
            {
                continue;
            }

            var g = t.Gregorian!.Value;
            if (g.End.Year < lo - 5 || g.Start.Year > hi + 5)
            {
                continue;
            }

            if (t.Span.End <= at.Start)
            {
                before = g;
                beforeText = t.Text;
            }
            else if (t.Span.Start >= at.End && after is null)
            {
                after = g;
                afterText = t.Text;
            }
        }

        if (before is { } b && after is { } a && b.Start.Year <= a.End.Year)
        {
            var nlo = Math.Max(lo, b.Start.Year);
            var nhi = Math.Min(hi, a.End.Year);
            if (nlo <= nhi && (nlo > lo || nhi < hi))
            {
                return (nlo, nhi, $"{beforeText} … {afterText}");
            }
        }

        return (lo, hi, null);
    }
}
