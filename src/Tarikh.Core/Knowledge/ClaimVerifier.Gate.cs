using System.Collections.Immutable;
using Tarikh.Core.Checks;
using Tarikh.Core.Claims;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// The attribution gate (round 14, issue 13): a contradiction is a <c>kb-contradiction</c> flag only when the claim's attribution
/// grade (<see cref="Claim.Grading"/>, graded by the claims stage) is one <see cref="VerifierOptions.AttributionGate"/> admits;
/// otherwise it is an <c>info</c> note (rule <see cref="IndirectRule"/>) that says the knowledge base disagrees and why the text's
/// value was not held against it. Contradictions the verifier reads itself, not from a claim (an event's date beside its name, a
/// relative's date after a kinship noun), carry the grade of the way they were read.
/// </summary>
public sealed partial class ClaimVerifier
{
    /// <summary>The rule of the info note a contradiction becomes when the gate does not admit its attribution.</summary>
    public const string IndirectRule = "kb-indirect-attribution";

    /// <summary>Evidence key of the attribution grade on a knowledge-base flag.</summary>
    public const string AttributionKey = "attribution";

    /// <summary>Evidence key of the reason of the attribution grade.</summary>
    public const string AttributionReasonKey = "attribution_reason";

    /// <summary>Evidence key of the way the verifier read the contradiction (claim, event, kin-phrase…).</summary>
    public const string AttributionPathKey = "attribution_path";

    /// <summary>The grade of a claim: its own, or, when the verifier gave it to another person than the claims stage did, at best inherited.</summary>
    private static AttributionGrading GradeOf(Claim claim, bool reattributed)
    {
        var g = claim.Grading ?? AttributionGrading.Ungraded;
        return reattributed && g.Grade < AttributionGrade.Inherited ? new AttributionGrading(AttributionGrade.Inherited, "reattributed") : g;
    }

    /// <summary>A flag with its attribution grade, reason and path in its evidence.</summary>
    private static Flag Graded(Flag flag, AttributionGrading grading, string path)
        => flag with
        {
            Evidence = flag.Evidence
                .SetItem(AttributionKey, GradeName(grading.Grade))
                .SetItem(AttributionReasonKey, grading.Reason)
                .SetItem(AttributionPathKey, path),
        };

    private static string GradeName(AttributionGrade grade) => grade switch
    {
        AttributionGrade.Direct => "direct",
        AttributionGrade.Inherited => "inherited",
        AttributionGrade.Relative => "relative",
        _ => "ambiguous",
    };

    private static AttributionGrade GradeOfName(string? name) => name switch
    {
        "inherited" => AttributionGrade.Inherited,
        "relative" => AttributionGrade.Relative,
        "ambiguous" => AttributionGrade.Ambiguous,
        _ => AttributionGrade.Direct,
    };

    /// <summary>
    /// Applies the gate: the contradictions whose grade the options admit stay <c>kb-contradiction</c> flags; the others become
    /// <c>info</c> notes of <see cref="IndirectRule"/>, their messages saying why. Both lists are merged (same error twice) apart.
    /// </summary>
    private ImmutableArray<Flag> Gate(ImmutableArray<Flag>.Builder flags)
    {
        var admitted = ImmutableArray.CreateBuilder<Flag>();
        var notes = ImmutableArray.CreateBuilder<Flag>();
        foreach (var f in flags)
        {
            if (f.Rule != "kb-contradiction" || GradeOfName(f.Evidence.GetValueOrDefault(AttributionKey)) <= Options.AttributionGate)
            {
                // Round 21 (xe): the text's alternative ("وقيل"، "وذكر غيره") is a warning at most; one it rejects, info.
                admitted.Add(f.Rule == "kb-contradiction" ? AsAlternative(f) : f);
                continue;
            }

            var reason = f.Evidence.GetValueOrDefault(AttributionReasonKey, "");
            var grade = f.Evidence.GetValueOrDefault(AttributionKey, "");
            notes.Add(f with
            {
                Rule = IndirectRule,
                Severity = Severity.Info,
                MessageAr = $"{f.MessageAr} لم يُعَدّ تناقضاً: نسبة القيمة إلى صاحبها في النص غير مباشرة ({ArabicGrade(grade)}، {reason}).",
                MessageEn = $"{f.MessageEn} Not held as a contradiction: the text ties the value to the person indirectly ({grade}, {reason}).",
            });
        }

        return [.. MergeSameError(admitted), .. MergeSameError(notes)];
    }

    // The grades of the contradictions the verifier reads itself, by the way it read them.
    private static readonly AttributionGrading EventName = new(AttributionGrade.Direct, "event-name");
    private static readonly AttributionGrading EventDescribed = new(AttributionGrade.Inherited, "event-described");
    // A kinship phrase read by the verifier ("فهو ابن …"): the relation is the statement itself, read in its own clause, not the claims
    // stage's: inherited.
    private static readonly AttributionGrading KinPhrase = new(AttributionGrade.Inherited, "kin-phrase");
    private static readonly AttributionGrading NamedPerson = new(AttributionGrade.Direct, AttributionReasons.NamedSubject);

    private static AttributionGrading PathGrade(string path) => path switch
    {
        // "توفيت أخته سلطانة عام 1903": the relative named right after the verb is its subject, compared with the relative's own item.
        "relative-event" => new(AttributionGrade.Inherited, "relative-named-at-verb"),
        "named-lived-until" => new(AttributionGrade.Direct, AttributionReasons.NamedSubject),
        _ => new(AttributionGrade.Inherited, path),
    };

    private static IEnumerable<(Verification V, ImmutableArray<Text.TextSpan> Spans, string Text, KbLink Link, string Path)> Tagged(
        IEnumerable<(Verification V, ImmutableArray<Text.TextSpan> Spans, string Text, KbLink Link)> read, string path)
        => read.Select(r => (r.V, r.Spans, r.Text, r.Link, path));

    private static string ArabicGrade(string grade) => grade switch
    {
        "inherited" => "فاعل محمول من جملة سابقة",
        "relative" => "عبر كلمة قرابة أو قريب",
        "ambiguous" => "شخص أو مكان آخر أو جملة أخرى بين الفاعل والقيمة",
        _ => "مباشرة",
    };
}
