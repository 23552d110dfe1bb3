using NodaTime;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// weekday-mismatch: a date written with its weekday ("الجمعة 15 آب 2024") that does not fall on that weekday. The time
/// stage picks, for a date without a year, a year in which the weekday agrees; when the year is written, or no candidate
/// year agrees, it keeps the stated and the real weekday on the timex (<see cref="Time.Timex.StatedWeekday"/>,
/// <see cref="Time.Timex.ActualWeekday"/>), and this rule reports them. A warning: a weekday is often wrong by a slip, and
/// the date itself may be the wrong part.
/// </summary>
public sealed class WeekdayMismatchRule : ICheckRule
{
    private static readonly string[] Arabic = ["", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"];

    /// <inheritdoc />
    public string Id => "weekday-mismatch";

    /// <inheritdoc />
    public IEnumerable<Flag> Check(CheckContext ctx)
    {
        for (var i = 0; i < ctx.Timexes.Length; i++)
        {
            var t = ctx.Timexes[i];
            var span = t.Span;
            IsoDayOfWeek stated, actual;
            if (t.StatedWeekday is { } st && t.ActualWeekday is { } ac)
            {
                (stated, actual) = (st, ac);
            }
            else if (EquatedWeekday(ctx, i) is { } eq)
            {
                // "يوم الأحد الموافق 6 أكتوبر 1973": a weekday the text equates with the date after it.
                (stated, actual) = (eq.Stated, eq.Actual);
                t = ctx.Timexes[i + 1];
                span = new TextSpan(ctx.Timexes[i].Span.Start, t.Span.End);
            }
            else if (WeekdayAfter(ctx, i) is { } af)
            {
                // "في 5 يونيو 1967، يوم الجمعة"، "23 يوليو 1952 (الجمعة)": the weekday set off right after the day it names.
                (stated, actual) = (af.Stated, af.Actual);
                span = new TextSpan(t.Span.Start, af.End);
            }
            else
            {
                continue;
            }

            if (stated == actual)
            {
                continue;
            }

            var date = t.Gregorian is { } g ? GregorianInterval.Format(g.Start) : t.Value ?? "";
            var written = ctx.Text(span);
            var ar = $"«{written}»: هذا التاريخ يقع يوم {Arabic[(int)actual]} لا يوم {Arabic[(int)stated]}.";
            var en = $"“{written}”: this date falls on a {actual}, not a {stated}.";

            // One day off is no finding when the day itself is uncertain by one: a Hijri month began at the sighting of the
            // moon, which the tabular calendar only approximates (outside the official Umm al-Qura table), and "ليلة الجمعة"
            // is the night before Friday, so a date of that evening may be written with either day.
            var offByOne = Math.Abs((int)stated - (int)actual) is 1 or 6;
            var severity = Severity.Warning;
            if (offByOne && ((t.Calendar == Time.CalendarKind.Hijri && t.Conversion != "hijri-umalqura-official") || NightOf(t.Text)))
            {
                severity = Severity.Info;
                ar += " والفرق يوم واحد، وهو في حدود ما يختلف فيه بدء الشهر الهجري بالرؤية أو ما تعنيه «ليلة» اليوم.";
                en += " The difference is one day, within what the sighting of the Hijri month or a \"night of\" reading allows.";
            }

            // "أمس الثلاثاء" counted from a dateline or the reference date: a report is often written the day before the
            // date it carries, so one day off is no finding; two or more are.
            if (offByOne && t.Anchor is not null && severity > Severity.Info)
            {
                severity = Severity.Info;
                ar += " والفرق يوم واحد، وقد يُكتب الخبر قبل يوم من التاريخ الذي يحمله.";
                en += " The difference is one day: a report may be written the day before the date it carries.";
            }

            // "ليلة الاثنين وقيل ليلة الخميس": a weekday the text gives as one of two reports is no statement of its own.
            if (Hedged(ctx, t))
            {
                severity = Severity.Info;
                ar += " والنص يذكر هذا اليوم رواية («قيل»).";
                en += " The text gives this weekday as a report (\"قيل\").";
            }

            yield return CheckContext.MakeFlag(Id, severity, [span], ar, en,
                ("text", written), ("value", t.Value ?? ""), ("stated", stated.ToString()), ("actual", actual.ToString()), ("gregorian", date));
        }
    }

    /// <summary>True when a hedge ("قيل"، "وقيل"، "يقال"، "أو") stands within three words before the date.</summary>
    /// <summary>
    /// A weekday alone ("يوم الأحد") followed, in its sentence, by an equivalence word ("الموافق"، "الموافق لـ") or a comma and
    /// a dated day: the weekday the text gives that day, and the weekday the day really falls on (from Time's date).
    /// </summary>
    private static (IsoDayOfWeek Stated, IsoDayOfWeek Actual)? EquatedWeekday(CheckContext ctx, int i)
    {
        if (i + 1 >= ctx.Timexes.Length)
        {
            return null;
        }

        var w = ctx.Timexes[i];
        var d = ctx.Timexes[i + 1];
        if (w.Value is not { Length: 10 } v || !v.StartsWith("XXXX-WXX-", StringComparison.Ordinal) || v[9] is < '1' or > '7'
            || d.StatedWeekday is not null || d.Gregorian is not { } g || g.Start != g.End || !ctx.Usable(d) || ctx.SentenceOf(w) != ctx.SentenceOf(d))
        {
            return null;
        }

        var from = ctx.EndToken(w.Span);
        var to = ctx.FirstToken(d.Span);
        var cue = false;
        for (var k = from; k < to; k++)
        {
            if (ctx.MatchCue(k, "equivalence", out var n) is not null)
            {
                cue = true;
                k += n - 1;
                continue;
            }

            if (ctx.Tokens[k].Norm is "ل" or "لـ" or "ـ" || (ctx.Tokens[k].Kind == Segmentation.TokenKind.Punctuation && ctx.Tokens[k].Norm is "،" or ","))
            {
                continue;
            }

            return null;
        }

        if (!cue && to - from > 1)
        {
            return null;
        }

        return ((IsoDayOfWeek)(v[9] - '0'), g.Start.DayOfWeek);
    }

    /// <summary>
    /// A dated day followed by a weekday alone, set off by a comma, a dash or a parenthesis ("5 يونيو 1967، يوم الجمعة،"،
    /// "23 يوليو 1952 (الجمعة)"), that closes its clause: the weekday the text gives that day. A weekday with "و" or with
    /// words after it ("يوم الجمعة التالي"، "ويوم الجمعة خرج") is another day.
    /// </summary>
    private static (IsoDayOfWeek Stated, IsoDayOfWeek Actual, int End)? WeekdayAfter(CheckContext ctx, int i)
    {
        var d = ctx.Timexes[i];
        if (BareWeekdayInParentheses(ctx, d) is { } bare)
        {
            return bare;
        }

        if (i + 1 >= ctx.Timexes.Length)
        {
            return null;
        }

        var w = ctx.Timexes[i + 1];
        if (w.Value is not { Length: 10 } v || !v.StartsWith("XXXX-WXX-", StringComparison.Ordinal) || v[9] is < '1' or > '7' || w.Anchor is not null
            || d.StatedWeekday is not null || d.Gregorian is not { } g || g.Start != g.End || !ctx.Usable(d) || ctx.SentenceOf(w) != ctx.SentenceOf(d))
        {
            return null;
        }

        var tk = ctx.Tokens;
        var from = ctx.EndToken(d.Span);
        var to = ctx.FirstToken(w.Span);
        if (to - from is < 1 or > 2 || (tk[to].Clitics & Segmentation.Proclitics.Wa) != 0)
        {
            return null;
        }

        var paren = false;
        for (var k = from; k < to; k++)
        {
            if (tk[k].Kind != Segmentation.TokenKind.Punctuation || tk[k].Norm is not ("،" or "," or "(" or "-" or "–" or "—"))
            {
                return null;
            }

            paren |= tk[k].Norm == "(";
        }

        var after = ctx.EndToken(w.Span);
        if (after < tk.Length && tk[after].Sentence == tk[to].Sentence
            && (tk[after].Kind != Segmentation.TokenKind.Punctuation || (paren && tk[after].Norm != ")") || (!paren && tk[after].Norm is "(" or ")")))
        {
            return null;
        }

        return ((IsoDayOfWeek)(v[9] - '0'), g.Start.DayOfWeek, w.Span.End);
    }

    /// <summary>
    /// "23 يوليو 1952 (الجمعة)": a weekday name alone in parentheses right after a dated day (Time reads a bare weekday word
    /// as no expression of its own, since "الجمعة" is also the Friday prayer); the name is Time's.
    /// </summary>
    private static (IsoDayOfWeek Stated, IsoDayOfWeek Actual, int End)? BareWeekdayInParentheses(CheckContext ctx, Time.Timex d)
    {
        var tk = ctx.Tokens;
        var k = ctx.EndToken(d.Span);
        if (d.StatedWeekday is not null || d.Gregorian is not { } g || g.Start != g.End || !ctx.Usable(d) || k + 2 >= tk.Length || tk[k].Norm != "("
            || tk[k + 1].Sentence != tk[k].Sentence)
        {
            return null;
        }

        var matches = new List<Time.Lexicon.LexMatch>();
        CheckContext.TimeLexicon.Trie.MatchAt(tk, k + 1, ctx.SentenceTokens(tk[k].Sentence).End, matches);
        foreach (var m in matches)
        {
            if (m.Entry.Kind == Time.Lexicon.LexKind.Weekday && m.End < tk.Length && tk[m.End].Norm == ")" && m.Entry.A is >= 1 and <= 7)
            {
                return ((IsoDayOfWeek)m.Entry.A, g.Start.DayOfWeek, tk[m.End].Span.End);
            }
        }

        return null;
    }

    private static bool Hedged(CheckContext ctx, Time.Timex t)
    {
        var first = ctx.FirstToken(t.Span);
        for (var k = first - 1; k >= 0 && k >= first - 3 && ctx.Tokens[k].Sentence == ctx.Tokens[first].Sentence; k--)
        {
            if (ctx.Tokens[k].Base is "قيل" or "يقال" or "او" || ctx.Tokens[k].Norm is "وقيل" or "ويقال")
            {
                return true;
            }
        }

        return false;
    }

    private static bool NightOf(string text)
        => text.Contains("ليلة", StringComparison.Ordinal) || text.Contains("ليله", StringComparison.Ordinal) || text.Contains("مساء", StringComparison.Ordinal);
}
