using System.Collections.Frozen;
using Tarikh.Core.Claims;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// Round 22 (issue #12, 22a): the performer's and the maker's acts. A lead role on a stage or a screen ("وقفت على خشبة المسرح بطلةً
/// لمسرحية"، "قام ببطولة فيلم"، "مثّل دور البطولة") and the direction of a film or a play ("أخرج الفيلم") have an age floor; a role in a
/// work released, re-broadcast or shown from an archive after a death is no act of the dead.
/// </summary>
public sealed partial class LifespanRule
{
    /// <summary>
    /// A lead role on a stage or a screen: 5. Child actors appear in arms and in walk-on parts; the youngest leads on record (a
    /// child star's first film) are of five to seven, and a play carried by a child of four at a festival is a slip of a year.
    /// </summary>
    public const int MinLeadAge = 5;

    /// <summary>
    /// Directing a film, a play or a series ("أخرج فيلمه الأول"، "أخرجت المسرحية"): 12, as a design (<see cref="MinDesignAge"/>): a
    /// director leads a crew of adults; the youngest directors on record made their first films in their early teens.
    /// </summary>
    public const int MinDirectingAge = 12;

    /// <summary>The words that make a stage act a lead role (normalized, without the article): a hero, a heroine, a starring part.</summary>
    private static readonly FrozenSet<string> LeadWords = Words("بطلة", "بطلا", "بطل", "بطولة", "ببطولة", "بطولته", "بطولتها", "الرئيسي", "الرئيسية");

    /// <summary>True when the clause of a stage act names a lead role (<see cref="LeadWords"/>) after its verb.</summary>
    private static bool LeadRole(Claim act, CheckContext ctx)
    {
        var verb = VerbOf(ctx, act);
        if (verb < 0 || verb >= ctx.Tokens.Length)
        {
            return false;
        }

        var (_, ce) = ctx.ClauseOf(verb);
        for (var k = verb + 1; k < Math.Min(ce, verb + 12); k++)
        {
            var t = ctx.Tokens[k];
            var bare = t.Base.StartsWith("ال", StringComparison.Ordinal) ? t.Base[2..] : t.Base;
            if (LeadWords.Contains(t.Norm) || LeadWords.Contains(t.Base) || LeadWords.Contains(bare))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a performer's act (a role, a stage) stands in a sentence that tells of a release, a broadcast, a re-run or an archive
    /// ("ظهر بدور الزعيم في مسلسل عُرض سنة 2012"، "أُعيد بث المسلسل"، "في لقطات أرشيفية"): the work was made before, and the date is
    /// the showing's, so it is not weighed against a death.
    /// </summary>
    private static bool ShownLater(Claim act, CheckContext ctx)
    {
        if (act.Act is not { } a || !a.StartsWith("speech/stage", StringComparison.Ordinal) && !a.StartsWith("work/directing", StringComparison.Ordinal)
            || act.Sentence < 0 || act.Sentence >= ctx.Document.Sentences.Length)
        {
            return false;
        }

        var (ss, se) = ctx.SentenceTokens(act.Sentence);
        return ctx.FindCue(ss, se, "shown-later") >= 0;
    }
}
