using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// The anachronism rule's later-name check (round 21, issue-21e): a body or state listed from its predecessor's founding (so that a
/// text naming it retrospectively stays silent: "درس في جامعة القاهرة سنة 1915" for the Egyptian University), whose listed name it
/// took only later and whose name states a rank or form the predecessor did not have (<see cref="BoundedBody.Named"/>: a college
/// made a university, a sheikhdom or state made a kingdom). The check fires only where the text states a dated act in the body
/// under that name: a study or work act in the university ("تخرج في جامعة الخرطوم سنة 1930"), an organ or department of the state
/// ("سُجّل … لدى دائرة الأوقاف في مملكة البحرين سنة 1965"، "سفير مملكة البحرين"). A birth, a bare country name and a text that
/// speaks of the naming ("ما يعرف اليوم بـ"، "(حاليا)"، "الحالية"، "التي صارت لاحقا") stay silent. A warning: the writer may give the
/// present name on purpose; the fact-checker is told the year the name was taken.
/// </summary>
public sealed partial class AnachronismRule
{
    /// <summary>
    /// The year the listed name was taken when the act's date falls before it and on or after the body's continuity start, and the
    /// act is one in the body under that name; otherwise null.
    /// </summary>
    private static int? NamedLater(CheckContext ctx, BoundedBody body, GregorianInterval date, GregorianInterval? alternative, int cs, int ce, int first,
        string sentenceNorm, HashSet<int> actClauses, bool organAct)
    {
        if (body.Named is not { } named || date.End.Year >= named || (alternative is { } alt && alt.End.Year >= named)
            || (body.Start is { } start && date.Start.Year < start) || SpeaksOfNaming(sentenceNorm))
        {
            return null;
        }

        var inBody = body.Kind switch
        {
            // A state: one of its organs or offices right before its name ("سفير مملكة البحرين"، "حكومة المملكة المغربية"), or a
            // department named before "في" and the state ("لدى دائرة الأوقاف الجعفرية في مملكة البحرين").
            "state" => organAct || IssuedBy(ctx, first, body),
            // A university or another body: a study or work act in it ("تخرج في"، "درّس في"، "عُيّن أستاذا في").
            _ => (ctx.FindCue(cs, ce, "activity") >= 0 || actClauses.Contains(cs)) && AffiliationBefore(ctx, first, pronoun: false),
        };
        return inBody ? named : null;
    }

    /// <summary>The flag of a name used before the body took it.</summary>
    private static Flag NamedLaterFlag(BoundedBody body, TextSpan span, string written, GregorianInterval date, TextSpan dateSpan, int named)
    {
        var year = named.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return CheckContext.MakeFlag("anachronism", Severity.Warning, [span, dateSpan],
            $"يربط النص «{written}» بتاريخ {DateText.IntervalAr(date)}، لكن {written} لم يحمل هذا الاسم إلا سنة {year}: سُمّي باسم لم يتخذه إلا لاحقا (بحسب قائمة المؤسسات والدول المعروفة).",
            $"The text ties “{written}” to {DateText.IntervalEn(date)}, but it is named by a name it received only in {year}: {body.English} (list of known bodies and states).",
            ("entity", body.English), ("date", DateText.Iso(date)), ("named", year), ("reason", "before-name"), ("reference", "list"), ("source", "bounded-bodies"));
    }

    /// <summary>
    /// An organ or department of a state named before "في" (or a بـ proclitic) and the state's name, a few words back in the clause:
    /// "لدى دائرة الأوقاف الجعفرية في مملكة البحرين"، "في وزارة العدل بالمملكة المغربية".
    /// </summary>
    private static bool OrganBeforePlace(CheckContext ctx, int first, int cs)
    {
        var t = ctx.Tokens[first];
        int from;
        if ((t.Clitics & Segmentation.Proclitics.Bi) != 0)
        {
            from = first - 1;
        }
        else if (first > cs && ctx.Tokens[first - 1].Norm is "في" or "فى")
        {
            from = first - 2;
        }
        else
        {
            return false;
        }

        for (var j = from; j >= cs && j >= from - 4; j--)
        {
            if (ctx.Tokens[j].Sentence != t.Sentence || ctx.Tokens[j].Kind != Segmentation.TokenKind.Arabic)
            {
                return false;
            }

            if (ctx.MatchCue(j, "unit-head", out _) is not null || ctx.MatchCue(j, "state-organ", out _) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentence speaks of the naming or of today's name ("التي صارت لاحقا"، "ما يعرف اليوم بـ"، "(حاليا)"، "سُمّيت").</summary>
    private static bool SpeaksOfNaming(string sentenceNorm)
        => Renaming(sentenceNorm) || sentenceNorm.Split(' ').Any(w => w is "صارت" or "اصبحت" or "أصبحت" or "صار" or "اصبح" or "أصبح" or "يعرف" or "تحولت"
            or "تحول" or "الحاليه" or "الحالي" or "الحالية" or "سابقا" or "انذاك" or "آنذاك" or "وقتها" or "حينها" or "اصبحت" or "غدت"
            or "تصبح" or "يصبح" or "تصير" or "يصير" or "تتحول" or "يتحول" or "تحمل" or "يحمل" or "تسمي" or "يسمي" or "تسمى" or "يسمى");
}
