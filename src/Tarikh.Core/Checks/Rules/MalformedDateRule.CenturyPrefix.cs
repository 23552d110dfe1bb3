using System.Globalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>malformed-date: a year written as its century's digits alone ("سافرنا عام 19"، "نُفي في عام 18 ثم عاد").</summary>
public sealed partial class MalformedDateRule
{
    /// <summary>
    /// "خرجت من البلاد في عام 19 ولم أعد"، "نُفي إلى المنفى في عام 18، ثم عاد": a year word (no article) followed by the two digits that
    /// open the years of the nineteenth or twentieth century (18, 19) and nothing that would make them whole — no era mark, no
    /// number, no noun counted, no "من" (a regnal year, "سنة 19 من حكمه"), no slash or dash (a date or a range). The writer stopped
    /// after the century: the year is cut short, or at best a colloquial short year whose century the text does not give. Not in a text
    /// that dates anything by the Hijra (18 or 19 AH is a real year of the conquests) nor one that writes a year of one to three digits
    /// elsewhere (an ancient or classical age). Round 17 (issue-12d); the month forms are <see cref="AmbiguousTwoDigitYears"/>.
    /// </summary>
    private IEnumerable<Flag> CenturyPrefixYears(CheckContext ctx, List<TextSpan> flagged, bool hijriText)
    {
        if (hijriText || AncientYearWritten(ctx))
        {
            yield break;
        }

        var tk = ctx.Tokens;
        for (var i = 0; i + 1 < tk.Length; i++)
        {
            if (!ctx.IsContent(tk[i].Sentence) || (tk[i].Clitics & Proclitics.Al) != 0 || tk[i].Base.StartsWith("ال", StringComparison.Ordinal)
                || ctx.MatchCue(i, "year-word", out var len) is null || i + len >= tk.Length)
            {
                continue;
            }

            var n = i + len;
            if (!AsciiNumber(tk[n]) || tk[n].Norm is not ("18" or "19") || tk[n].Clitics != Proclitics.None || tk[n].Sentence != tk[i].Sentence
                || (i > 0 && tk[i - 1].Sentence == tk[i].Sentence && (tk[i - 1].IsNumber || ctx.MonthAt(i - 1, out _) is not null || tk[i - 1].Norm is "من" && i > 1 && ctx.MonthAt(i - 2, out _) is not null)))
            {
                continue;
            }

            if (n + 1 < tk.Length && tk[n + 1].Sentence == tk[n].Sentence)
            {
                var next = tk[n + 1];
                if (ctx.MatchCue(n + 1, "era-marker", out _) is not null || next.IsNumber || next.Norm is "من" or "/" or "-" or "–" or "—" or "." or ":"
                    && (next.Norm != "." || (n + 2 < tk.Length && tk[n + 2].Span.Start == next.Span.End && tk[n + 2].IsNumber))
                    || (next.Norm is "قبل" or "بعد" && n + 2 < tk.Length && tk[n + 2].Norm is "الميلاد" or "المسيح" or "الهجره" or "الهجرة"))
                {
                    continue;
                }
            }

            var span = new TextSpan(tk[i].Span.Start, tk[n].Span.End);
            if (OverlapsAny(flagged, span))
            {
                continue;
            }

            flagged.Add(span);
            var written = ctx.Text(span);
            var likely = $"{tk[n].Norm}00–{tk[n].Norm}99";
            yield return CheckContext.MakeFlag(Id, Severity.Warning, [span],
                $"السنة «{tk[n].Norm}» في «{written}» مقطوعة: رقما القرن وحدهما، والأرجح أنها إحدى السنوات {likely}.",
                $"The year “{tk[n].Norm}” in “{written}” is cut short: only its century's digits are written; it is probably one of {likely}.",
                ("written", tk[n].Norm), ("candidates", likely), ("likely", likely), ("reason", "cut-short"));
            i = n;
        }
    }

    /// <summary>True when the text writes a year of one to three digits after a year word ("سنة 636"، "عام 15") other than 18 or 19: an older age.</summary>
    private static bool AncientYearWritten(CheckContext ctx)
    {
        var tk = ctx.Tokens;
        for (var i = 0; i + 1 < tk.Length; i++)
        {
            if (ctx.MatchCue(i, "year-word", out var len) is not null && i + len < tk.Length && AsciiNumber(tk[i + len]) && tk[i + len].Norm.Length <= 3
                && tk[i + len].Norm is not ("18" or "19") && tk[i + len].Sentence == tk[i].Sentence)
            {
                return true;
            }
        }

        return false;
    }
}
