using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>malformed-date: a day slot left as a bare article ("في الـ من أبريل").</summary>
public sealed partial class MalformedDateRule
{
    /// <summary>
    /// "اعتقل في الـ من أبريل الماضي"، "وفي الـ من رجب سنة 1223 هـ": the article of an ordinal day ("الخامس من أبريل") written
    /// alone before "من" and a month name: the day itself was left out. A bare article is never a word of its own.
    /// </summary>
    private IEnumerable<Flag> EmptyArticleDays(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var k = 0; k + 2 < tk.Length; k++)
        {
            if (tk[k].Kind != TokenKind.Arabic || tk[k].Norm != "ال" || !ctx.IsContent(tk[k].Sentence) || tk[k + 1].Norm != "من"
                || tk[k + 1].Sentence != tk[k].Sentence || ctx.MonthAt(k + 2, out var ml) is null)
            {
                continue;
            }

            var span = new TextSpan(tk[k].Span.Start, tk[k + 1 + ml].Span.End);
            if (Incomplete(ctx, flagged, span, "اليوم محذوف: أداة التعريف وحدها قبل «من» واسم الشهر.",
                "the day is missing: only the article stands before “من” and the month name.", "empty-day") is { } flag)
            {
                yield return flag;
            }
        }
    }
}
