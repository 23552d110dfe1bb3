using System.Globalization;
using NodaTime;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// family-order: "older/younger than him" statements that contradict the birth years the text lists
/// ("شقيقة وشقيق أكبر منه" followed by a list "- آنا من مواليد عام 1864 …"; "شقيقه الأكبر ألكسندر"),
/// a parent born after the child or too young at its birth (<see cref="ChecksOptions.MinParentAge"/>), a child born more
/// than ten months after a parent's death, a birth told with the parent it was born to ("وُلدت … سنة 1952 لأبيها …") against that
/// parent's own birth.
/// </summary>
public sealed partial class FamilyOrderRule : ICheckRule
{
    /// <inheritdoc />
    public string Id => "family-order";

    private sealed record Listed(string Name, string Norm, int Year, TextSpan NameSpan, TextSpan YearSpan);

    /// <inheritdoc />
    public IEnumerable<Flag> Check(CheckContext ctx)
    {
        var all = new List<Flag>(Earlier(ctx));
        // The chronicle's "ولد للأمير X ابنه Y سنة …" against "وكان مولد الأمير X سنة …" (no person mention: the tagger joins the names).
        all.AddRange(ChronicleBornTo(ctx, all).ToList());
        // Births of relatives named by a kin noun only ("أمي"، "أخوه الأكبر"، "الأب"), not repeating a date another reading flagged.
        all.AddRange(KinNounBirths(ctx, all).ToList());
        // A child given to a man born long after his death, in two sentences with no person cluster.
        all.AddRange(PosthumousKin(ctx, all).ToList());

        return all;
    }

    /// <summary>The readings of the earlier rounds, over person mentions and claims.</summary>
    private IEnumerable<Flag> Earlier(CheckContext ctx)
    {
        var listed = ListedBirths(ctx);
        var doc = ctx.Document;
        for (var s = 0; s < doc.Sentences.Length; s++)
        {
            if (!ctx.IsContent(s))
            {
                continue;
            }

            foreach (var f in CountStatements(ctx, s, listed))
            {
                yield return f;
            }

            foreach (var f in NamedSibling(ctx, s, listed))
            {
                yield return f;
            }
        }

        var parentFlags = new List<Flag>(Parents(ctx, listed));
        foreach (var f in parentFlags)
        {
            yield return f;
        }

        var appositionFlags = ParentBornInApposition(ctx, parentFlags).ToList();
        foreach (var f in appositionFlags)
        {
            yield return f;
        }

        foreach (var f in BornToParent(ctx, [.. parentFlags, .. appositionFlags]))
        {
            yield return f;
        }

        foreach (var f in SiblingClaims(ctx))
        {
            yield return f;
        }

        foreach (var f in BirthOrder(ctx))
        {
            yield return f;
        }

        foreach (var f in OrderClaims(ctx))
        {
            yield return f;
        }

        foreach (var f in StatedAges(ctx))
        {
            yield return f;
        }
    }

    /// <summary>The calibrated severity (<see cref="ClaimFacts.Calibrated"/>), capped at a warning: ages and gaps that may be stated at different times.</summary>
    private static Severity AtMostWarning(CheckContext ctx, params Claim?[] claims)
        => ClaimFacts.Calibrated(ctx, claims) == Severity.Info ? Severity.Info : Severity.Warning;

    private static string ParentAr(bool? father) => father switch { true => "الأب", false => "الأم", null => "الوالد" };

    private static string ParentEn(bool? father) => father switch { true => "father", false => "mother", null => "parent" };

    private static string ParentOfAr(bool? father) => father switch { true => "والده", false => "والدته", null => "أحد والديه" };

    private static string ParentOfEn(bool? father) => father switch { true => "his father", false => "his mother", null => "a parent" };

    /// <summary>
    /// True when a flag already made has a span overlapping <paramref name="span"/>. A plain loop, not a lambda: a lambda over a
    /// variable of a loop's body makes its closure at every pass of that loop, token by token, whether or not the test is reached.
    /// </summary>
    private static bool Covered(List<Flag> already, TextSpan span)
    {
        foreach (var f in already)
        {
            foreach (var s in f.Spans)
            {
                if (s.Overlaps(span))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
