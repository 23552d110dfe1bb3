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
        foreach (var t in ctx.Timexes)
        {
            if (t.StatedWeekday is not { } stated || t.ActualWeekday is not { } actual || stated == actual)
            {
                continue;
            }

            var date = t.Gregorian is { } g ? GregorianInterval.Format(g.Start) : t.Value ?? "";
            var ar = $"«{t.Text}»: هذا التاريخ يقع يوم {Arabic[(int)actual]} لا يوم {Arabic[(int)stated]}.";
            var en = $"“{t.Text}”: this date falls on a {actual}, not a {stated}.";

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

            // "ليلة الاثنين وقيل ليلة الخميس": a weekday the text gives as one of two reports is no statement of its own.
            if (Hedged(ctx, t))
            {
                severity = Severity.Info;
                ar += " والنص يذكر هذا اليوم رواية («قيل»).";
                en += " The text gives this weekday as a report (\"قيل\").";
            }

            yield return CheckContext.MakeFlag(Id, severity, [t.Span], ar, en,
                ("text", t.Text), ("value", t.Value ?? ""), ("stated", stated.ToString()), ("actual", actual.ToString()), ("gregorian", date));
        }
    }

    /// <summary>True when a hedge ("قيل"، "وقيل"، "يقال"، "أو") stands within three words before the date.</summary>
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
