using System.Collections.Frozen;
using Tarikh.Core.Claims;
using Tarikh.Core.Normalization;

namespace Tarikh.Core.Checks.Rules;

/// <summary>Round 18 (issue-12a): the youngest ages of acts in a team, a contest and a body of adults.</summary>
public sealed partial class LifespanRule
{
    /// <summary>
    /// Leading a team, scoring for it ("قاد الفريق الوطني"، "سجل أول أهدافه مع الفريق الأول"): 10. A child kicks a ball at five, but
    /// the youngest players of a senior side on record made their debuts at 13 to 15; 10 leaves room for a junior side the text does not
    /// name as one.
    /// </summary>
    public const int MinSportAge = 10;

    /// <summary>
    /// A title won in a contest ("توج بطلاً للبلاد"): 8. The youngest national champions are chess prodigies of 8 to 10; no national
    /// title in a race, a match or a board game goes to a child of five.
    /// </summary>
    public const int MinChampionAge = 8;

    /// <summary>
    /// Founding a body, a troupe, a school, a newspaper or a company ("أسست فرقتها المسرحية"، "أنشأ مدرسة"): 12 (round 18, issue-x1). A
    /// founder gathers members, money or a licence; a child of seven founds none of these, and 12 leaves room for a prodigy's club.
    /// </summary>
    public const int MinFoundingAge = 12;

    /// <summary>
    /// Joining a committee, a board, a council, a party, a society or a union ("انضمت إلى لجنة السيدات"، "صار عضواً في مجلس إدارة
    /// النادي"): 12. These are bodies of adults that vote and act; a child is enrolled in a scout troop or a junior club (not weighed:
    /// the body must be one of these words), not elected to a board; 12 leaves room for a youth wing.
    /// </summary>
    public const int MinMembershipAge = 12;

    /// <summary>
    /// Designing a bridge, a building, a minaret, a ship or an aircraft ("صمّم الجسر"، "صمم مئذنة الجامع"): 12 (round 19, issue-19a).
    /// A design is an engineer's or a master builder's work, drawn to be built; the youngest architects on record drew their first
    /// buildings in their teens, and 12 leaves room for a prodigy.
    /// </summary>
    public const int MinDesignAge = 12;

    /// <summary>
    /// Head nouns of bodies of adults (normalized, without the article): committee, board or council, party, society, union, parliament;
    /// and (round 20, issue-20a) an army, a battalion or a corps joined ("والتحق بجيش التحرير سنة 1950"): soldiers of armies that took
    /// children on record were drummers and cadets of 10 to 12, none of five; <see cref="MinMembershipAge"/> holds.
    /// </summary>
    private static readonly FrozenSet<string> AdultBodies = new[] { "لجنة", "لجنه", "مجلس", "حزب", "جمعية", "جمعيه", "نقابة", "نقابه", "برلمان", "هيئة", "هيئه", "جيش", "كتيبة", "فيلق" }
        .Select(w => ArabicNormalizer.Default.NormalizeString(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the clause of a membership act names a body of adults (<see cref="AdultBodies"/>) after its verb.</summary>
    private static bool AdultBody(Claim act, CheckContext ctx)
    {
        if (act.Spans.IsDefaultOrEmpty)
        {
            return false;
        }

        var trigger = ctx.FirstToken(act.Spans[0]);
        if (trigger >= ctx.Tokens.Length)
        {
            return false;
        }

        var (_, ce) = ctx.ClauseOf(trigger);
        for (var k = trigger + 1; k < ce; k++)
        {
            var t = ctx.Tokens[k];
            var word = t.Base.StartsWith("ال", StringComparison.Ordinal) ? t.Base[2..] : t.Base;
            if (AdultBodies.Contains(word) || AdultBodies.Contains(t.Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the clause of a membership act names a senior side after its verb (round 22, 22a): "انضم إلى الفريق الأول للأهلي"،
    /// "التحق بالمنتخب الوطني": a first team's or a national side's player is grown, <see cref="MinSportAge"/> holds. A junior side
    /// ("انضم إلى ناشئي الأهلي"، "فريق الأشبال") is not one.
    /// </summary>
    private static bool SeniorSide(Claim act, CheckContext ctx)
    {
        if (act.Spans.IsDefaultOrEmpty)
        {
            return false;
        }

        var trigger = ctx.FirstToken(act.Spans[0]);
        if (trigger >= ctx.Tokens.Length)
        {
            return false;
        }

        var (_, ce) = ctx.ClauseOf(trigger);
        for (var k = trigger + 1; k < ce; k++)
        {
            var t = ctx.Tokens[k];
            var word = t.Base.StartsWith("ال", StringComparison.Ordinal) ? t.Base[2..] : t.Base;
            var next = k + 1 < ce ? ctx.Tokens[k + 1].Norm : "";
            if (word is "منتخب" || (word is "فريق" && next is "الاول" or "الأول"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a stated age's date is written after it behind a "ثم" ("وانضم إلى ناشئي الأهلي وهو في الخامسة عشرة، ثم صعد إلى الفريق
    /// الأول سنة 1972", round 22): the date is the next step's, which the act lent itself for want of its own, not the age's.
    /// </summary>
    private static bool TimeAfterThen(CheckContext ctx, Claim age)
    {
        if (age.Time?.Timex is not { } tx || tx < 0 || tx >= ctx.Timexes.Length || age.Spans.IsDefaultOrEmpty)
        {
            return false;
        }

        var from = ctx.FirstToken(age.Spans[^1]);
        var at = ctx.FirstToken(ctx.Timexes[tx].Span);
        for (var k = from + 1; k < at && k < ctx.Tokens.Length; k++)
        {
            if (ctx.Tokens[k].Norm is "ثم" || ctx.Tokens[k].Base is "ثم")
            {
                return true;
            }
        }

        return false;
    }
}
