using System.Globalization;
using Tarikh.Core.Text;
using Tarikh.Core.Time;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// underspecified-date: a month or day written without a year ("وفي شهر آب/ أغسطس") whose year can
/// only come from the narrative, when that anchor is unreliable: the last year stated is far back,
/// lies in another section, or would put the date before the date it follows (the story would run
/// backwards, so the next year is as likely). Anaphora ("في ذلك الشهر"), stated equivalents and
/// range ends sharing a year are not flagged.
/// </summary>
public sealed class UnderspecifiedDateRule : ICheckRule
{
    /// <inheritdoc />
    public string Id => "underspecified-date";

    /// <inheritdoc />
    public IEnumerable<Flag> Check(CheckContext ctx)
    {
        var timexes = ctx.Timexes;
        var linked = new HashSet<int>(ctx.EquivalenceLinked);
        for (var i = 0; i < timexes.Length; i++)
        {
            if (timexes[i].Range is { } r && r >= 0 && r < timexes.Length && CheckContext.HasWrittenYear(timexes[r]))
            {
                linked.Add(i);
            }
        }

        for (var i = 0; i < timexes.Length; i++)
        {
            var t = timexes[i];
            var sentence = ctx.SentenceOf(t);
            if (t.Type != TimexType.Date || CheckContext.HasWrittenYear(t) || linked.Contains(i) || !ctx.IsContent(sentence))
            {
                continue;
            }

            var from = ctx.FirstToken(t.Span);
            var to = ctx.EndToken(t.Span);
            var month = ctx.FindMonth(from, to, out _);
            if (month is null || ctx.FindCue(from, to, "anaphor") >= 0 || FollowsEquivalenceCue(ctx, from) || PairedWithPrevious(ctx, i)
                || ctx.FindCue(to, Math.Min(ctx.Tokens.Length, to + 3), "recurring") >= 0)
            {
                continue;
            }

            // The anchor: the time stage's, else the nearest earlier timex that writes a year.
            var anchorIndex = -1;
            if (t.Anchor?.Timex is { } a && a >= 0 && a < timexes.Length && a != i)
            {
                anchorIndex = a;
            }
            else
            {
                for (var k = i - 1; k >= 0; k--)
                {
                    if (CheckContext.HasWrittenYear(timexes[k]) && ctx.Usable(timexes[k]))
                    {
                        anchorIndex = k;
                        break;
                    }
                }
            }

            if (t.Anchor?.IsReference == true)
            {
                continue;
            }

            if (anchorIndex < 0)
            {
                // No year anywhere before it: a news text dated by its publication; nothing to contradict.
                continue;
            }

            var anchor = timexes[anchorIndex];
            if (!ctx.Usable(anchor))
            {
                continue;
            }

            var ag = anchor.Gregorian!.Value;
            var anchorSentence = ctx.SentenceOf(anchor);
            var distance = sentence - anchorSentence;
            var reasons = new List<(string Code, string Ar, string En)>();
            var anchorCal = DateText.System(anchor.Calendar);
            var anchorEnd = ag.End.WithCalendar(anchorCal);
            var anchorStart = ag.Start.WithCalendar(anchorCal);
            var anchorPrecision = DateText.PrecisionOf(ag, anchor.Calendar);
            var year = anchorEnd.Year;
            var sameCalendar = month.Hijri == (anchor.Calendar == CalendarKind.Hijri);
            if (sameCalendar && anchorPrecision is DatePrecision.Day or DatePrecision.Month && anchorStart.Year == anchorEnd.Year && month.Month < anchorStart.Month)
            {
                reasons.Add(("backward",
                    $"و{DateText.MonthAr(month.Month, month.Hijri)} {year} يسبق «{anchor.Text}» الذي ورد قبله، فقد يكون المقصود {year + 1}",
                    $"and {DateText.MonthEn(month.Month, month.Hijri)} {year} would come before “{anchor.Text}”, which precedes it in the text, so {year + 1} is as likely"));
            }

            if (distance >= ctx.Options.FarAnchorSentences)
            {
                reasons.Add(("far",
                    $"وآخر سنة مذكورة ({year}) وردت قبل {distance} جمل",
                    $"and the last year stated ({year}) is {distance} sentences back"));
            }

            var heading = ctx.Document.Sentences[sentence].Heading;
            if (anchorSentence >= 0 && heading >= 0 && heading != ctx.Document.Sentences[anchorSentence].Heading && heading > anchorSentence)
            {
                reasons.Add(("new-section",
                    $"والسنة {year} وردت في قسم سابق قبل عنوان «{ctx.Text(ctx.Document.Sentences[heading].Span)}»",
                    $"and the year {year} was stated in an earlier section, before the heading “{ctx.Text(ctx.Document.Sentences[heading].Span)}”"));
            }

            if (reasons.Count == 0)
            {
                continue;
            }

            var severity = reasons.Any(r => r.Code == "backward") ? Severity.Warning : Severity.Info;
            yield return CheckContext.MakeFlag(Id, severity, [t.Span, anchor.Span],
                $"«{t.Text}» بلا سنة؛ أقرب سنة قبله {year} من «{anchor.Text}»، {string.Join("، ", reasons.Select(r => r.Ar))}: السنة غير مؤكدة.",
                $"“{t.Text}” has no year; the nearest year before it is {year}, from “{anchor.Text}”, {string.Join(", ", reasons.Select(r => r.En))}: the year is uncertain.",
                ("text", t.Text), ("anchor", anchor.Text), ("anchor_year", year.ToString(CultureInfo.InvariantCulture)),
                ("sentences_back", distance.ToString(CultureInfo.InvariantCulture)), ("reason", string.Join(",", reasons.Select(r => r.Code))),
                ("uncertain", "true"));
        }
    }

    /// <summary>
    /// True when the date is the second side of a pairing unit with the full date right before it: in
    /// parentheses or after a slash or "=" ("7 تشرين الثاني 1917 (25 تشرين الأول)"), optionally with a
    /// calendar name; its year is the first side's, so it is not a date without a year.
    /// </summary>
    private static bool PairedWithPrevious(CheckContext ctx, int i)
    {
        if (i == 0 || !CheckContext.HasWrittenYear(ctx.Timexes[i - 1]) || ctx.SentenceOf(ctx.Timexes[i - 1]) != ctx.SentenceOf(ctx.Timexes[i]))
        {
            return false;
        }

        var from = ctx.EndToken(ctx.Timexes[i - 1].Span);
        var to = ctx.FirstToken(ctx.Timexes[i].Span);
        var opener = false;
        for (var k = from; k < to; k++)
        {
            var t = ctx.Tokens[k];
            if (t.Kind == Segmentation.TokenKind.Punctuation && t.Norm.All(c => c is '(' or '/' or '=' or '['))
            {
                opener = true;
                continue;
            }

            if (ctx.MatchCue(k, "equivalence", out var n) is not null || ctx.MatchCue(k, "julian-marker", out n) is not null || ctx.MatchCue(k, "gregorian-marker", out n) is not null)
            {
                opener = true;
                k += n - 1;
                continue;
            }

            if (t.Norm is "اي" or "او" or "وفق" or "حسب" or "بحسب")
            {
                continue;
            }

            return false;
        }

        return opener && to - from <= 6;
    }

    private static bool FollowsEquivalenceCue(CheckContext ctx, int from)
    {
        for (var k = from - 1; k >= Math.Max(0, from - 3); k--)
        {
            if (ctx.MatchCue(k, "equivalence", out _) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
