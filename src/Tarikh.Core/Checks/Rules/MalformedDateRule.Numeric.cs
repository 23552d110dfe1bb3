using System.Globalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>malformed-date, numeric dates: a slot of "d/m/y" left out ("2018/12/")، digits of two scripts in one year.</summary>
public sealed partial class MalformedDateRule
{
    /// <summary>
    /// A numeric date with a part missing: "2018/12/" (the day after the last slash left out) or "/12/2018" (the day before
    /// the first slash). Only when the slash stands alone: a web address ("site.com/2018/12/post") continues the chain.
    /// </summary>
    private IEnumerable<Flag> PartialNumericDates(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        foreach (var t in ctx.Timexes)
        {
            if (t.Type != Tarikh.Core.Time.TimexType.Date || OverlapsAny(flagged, t.Span) || !IsNumericPair(t.Text))
            {
                continue;
            }

            var first = ctx.FirstToken(t.Span);
            var end = ctx.EndToken(t.Span);
            TextSpan? missing = null;
            if (end < tk.Length && tk[end].Norm == "/" && tk[end].Span.Start == t.Span.End && tk[end].Sentence == tk[first].Sentence
                && (end + 1 >= tk.Length || tk[end + 1].Span.Start > tk[end].Span.End || (tk[end + 1].Kind == TokenKind.Punctuation && tk[end + 1].Norm != "/")))
            {
                missing = new TextSpan(t.Span.Start, tk[end].Span.End); // "2018/12/"
            }
            else if (first > 0 && tk[first - 1].Norm == "/" && tk[first - 1].Span.End == t.Span.Start && tk[first - 1].Sentence == tk[first].Sentence
                && (first - 2 < 0 || tk[first - 2].Span.End < tk[first - 1].Span.Start || (tk[first - 2].Kind == TokenKind.Punctuation && tk[first - 2].Norm != "/")))
            {
                missing = new TextSpan(tk[first - 1].Span.Start, t.Span.End); // "/12/2018"
            }

            if (missing is not { } span)
            {
                continue;
            }

            if (Incomplete(ctx, flagged, span, "أحد أجزائه (اليوم غالباً) محذوف بين علامتي الفصل.",
                "one of its parts (usually the day) is missing at the slash.") is { } flag)
            {
                yield return flag;
            }
        }
    }

    /// <summary>True for a date written as two numbers joined by one slash ("2018/12", "12/2018"), one of them a four-digit year.</summary>
    private static bool IsNumericPair(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2 && parts.All(p => p.Length is >= 1 and <= 4 && p.All(char.IsDigit)) && parts.Any(p => p.Length == 4) && parts.Any(p => p.Length <= 2);
    }

    /// <summary>
    /// Years written with two digit sets in one number ("19٤٦"، "51٠"): a typing or conversion slip a reader cannot trust;
    /// the value read is given.
    /// </summary>
    private IEnumerable<Flag> MixedDigits(CheckContext ctx, List<TextSpan> flagged)
    {
        foreach (var t in ctx.Timexes)
        {
            if (!CheckContext.HasWrittenYear(t) || OverlapsAny(flagged, t.Span))
            {
                continue;
            }

            for (var k = ctx.FirstToken(t.Span); k < ctx.EndToken(t.Span); k++)
            {
                var raw = ctx.Text(ctx.Tokens[k].Span);
                if (ctx.Tokens[k].IsNumber && raw.Any(char.IsAsciiDigit) && raw.Any(c => c is >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9'))
                {
                    flagged.Add(ctx.Tokens[k].Span);
                    yield return CheckContext.MakeFlag(Id, Severity.Warning, [ctx.Tokens[k].Span],
                        $"الرقم «{raw}» في «{t.Text}» مكتوب بنوعين من الأرقام (عربية وهندية)؛ قُرئ {ctx.Tokens[k].Norm}، فتحقق منه.",
                        $"The number “{raw}” in “{t.Text}” mixes two digit sets (Western and Eastern Arabic); it was read as {ctx.Tokens[k].Norm}: check it.",
                        ("written", raw), ("read", ctx.Tokens[k].Norm), ("reason", "mixed-digits"));
                    break;
                }
            }
        }
    }
}
