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
                || ctx.FindCue(to, Math.Min(ctx.Tokens.Length, to + 3), "recurring") >= 0
                || YearFollows(ctx, i) || NamesItsYearAfter(ctx, to) || InsideName(ctx, from, to) || DefiniteBareWord(ctx, from, to))
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

            // Only a narrative that moves its story on to the month ("وفي شهر آب …") makes a backward month
            // doubtful; a month named inside a clause (news, reports, lists) refers back freely.
            // A backward month in the sentence of its anchor is the next item of a list of dates ("في 11 أكتوبر 2006 في
            // أستراليا؛ وفي 11 يناير في إسبانيا"): a list runs forward, so the next year is the reading, not a doubt.
            var listed = anchorSentence == sentence && reasons.All(r => r.Code == "backward");
            var severity = !listed && reasons.Any(r => r.Code == "backward") && OpensNarrativeStep(ctx, from) ? Severity.Warning : Severity.Info;
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

    /// <summary>
    /// True when a date with a written year follows within three tokens in the same sentence, with only
    /// punctuation, a dash or "من" between: the two namings of one month ("نيسان (أبريل) 2002",
    /// "كانون الثاني يناير 2009") or a range ("يوليو - أغسطس 2004") share that year.
    /// </summary>
    private static bool YearFollows(CheckContext ctx, int i)
    {
        if (i + 1 >= ctx.Timexes.Length || ctx.SentenceOf(ctx.Timexes[i + 1]) != ctx.SentenceOf(ctx.Timexes[i]) || !CheckContext.HasWrittenYear(ctx.Timexes[i + 1]))
        {
            return false;
        }

        var from = ctx.EndToken(ctx.Timexes[i].Span);
        var to = ctx.FirstToken(ctx.Timexes[i + 1].Span);
        if (to - from > 3)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (ctx.Tokens[k].Kind != Segmentation.TokenKind.Punctuation && ctx.Tokens[k].Norm is not ("من" or "الى" or "إلى" or "حتى"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the words right after the month say which year it is: relative to the report ("يونيو
    /// الماضي", "الشهر المقبل"), the year just named ("من السنة ذاتها", "من نفس العام"), or a short year ("آب 99").
    /// </summary>
    private static bool NamesItsYearAfter(CheckContext ctx, int to)
    {
        for (var k = to; k < Math.Min(ctx.Tokens.Length, to + 4); k++)
        {
            var t = ctx.Tokens[k];
            if (t.Norm is "الماضي" or "المقبل" or "القادم" or "الجاري" or "الحالي" or "المنصرم" or "المنقضي" or "الفائت" or "ذاتها" or "ذاته" or "نفسها" or "نفسه" or "نفس")
            {
                return true;
            }

            // "اب (اغسطس) 99"، and "اب (اغسطس) ا 99" with a stray letter the source left before the year.
            if ((k == to && t.IsNumber) || (k == to + 1 && t.IsNumber && ctx.Tokens[to].Kind == Segmentation.TokenKind.Arabic && ctx.Tokens[to].Norm.Length == 1))
            {
                return true;
            }

            if (t.Kind == Segmentation.TokenKind.Punctuation && k > to)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when the month word lies inside a person's or organization's name ("مصباح محرم").</summary>
    private static bool InsideName(CheckContext ctx, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (ctx.MentionAtToken(k) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the month opens its sentence or clause after only a connective and a preposition ("وفي شهر آب",
    /// "ثم في أيار"): the narrative moves on to it.
    /// </summary>
    private static bool OpensNarrativeStep(CheckContext ctx, int from)
    {
        var (start, _) = ctx.ClauseOf(from);
        if (from - start > 3)
        {
            return false;
        }

        for (var k = start; k < from; k++)
        {
            if (ctx.Tokens[k].Norm is not ("و" or "ف" or "ثم" or "في" or "وفي" or "ففي" or "خلال" or "وخلال" or "بحلول" or "وبحلول" or "ب"))
            {
                return false;
            }
        }

        return true;
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

    /// <summary>
    /// True when the date is one word with the article and nothing else ("هذا الاب"): a month is written bare or after
    /// "شهر" ("في آب"، "شهر آب"), so a lone definite word that spells a month is the noun it also is (the father).
    /// </summary>
    private static bool DefiniteBareWord(CheckContext ctx, int from, int to)
    {
        // A demonstrative before it ("هذا الاب") makes the word a noun all the more.
        while (from < to - 1 && ctx.Tokens[from].Norm is "هذا" or "هذه" or "ذلك" or "تلك")
        {
            from++;
        }

        return to - from == 1 && (ctx.Tokens[from].Clitics & Segmentation.Proclitics.Al) != 0;
    }
}
