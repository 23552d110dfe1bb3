using Tarikh.Core.Claims;

namespace Tarikh.Core.Checks.Rules;

/// <summary>Round 20 (issue-20a): a subject act (a verb read by its order: <see cref="ClaimExtractor.SubjectAct"/>) after a death.</summary>
public sealed partial class LifespanRule
{
    /// <summary>
    /// True when a subject act falls clearly after the death: its date starts more than a year after the death's end, two years when
    /// the two dates are written in different calendars (a Hijri year spans two Gregorian ones, and a converted year may be off by
    /// one). A death word written inside the name of the act's subject is not weighed. A year's margin keeps out the acts of the death's own season told loosely ("وفي السنة التالية أدخل …" of a death late in
    /// a year), which a verb read by its order, not its meaning, cannot tell from a posthumous act.
    /// </summary>
    internal static bool SubjectActAfterDeath(Claim act, Claim death)
    {
        if (act.Time?.Date is not { } date || death.Value.Date is not { } d)
        {
            return false;
        }

        // "وقف عبد الغني بن إسماعيل حفيد الشيخ عبد الغني النابلسي المتوفى سنة 1143 داره": a death word inside the name the act is
        // told of (a tagger's mention run over an ancestor's description) is the ancestor's.
        foreach (var s in death.Spans)
        {
            if (act.Spans.Any(t => t != s && t.Start <= s.Start && s.End <= t.End))
            {
                return false;
            }
        }

        var margin = act.Time is { } t && ClaimFacts.CalendarOf(t) != ClaimFacts.CalendarOf(death.Value) ? 2 : 1;
        return date.Start > d.End.PlusYears(margin);
    }

    /// <summary>
    /// True when a subject act is the verb of departure the claims stage read as a death ("رحل الشاعر … سنة 1982 بعد أن أغنى …", round
    /// 21, issue-21a): the death itself is no act after a death told elsewhere (two deaths are conflicting values, not a lifespan's
    /// finding); "رحل إلى القاهرة سنة 1950" stays an act.
    /// </summary>
    private static bool DepartureDeath(CheckContext ctx, Claim act)
        => VerbOf(ctx, act) is var verb and >= 0 && verb < ctx.Tokens.Length
            && ctx.Claims.Any(c => c.Source == ClaimExtractor.DepartureSource && c.Spans.Contains(ctx.Tokens[verb].Span));
}
