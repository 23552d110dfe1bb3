using System.Globalization;
using NodaTime;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>family-order: stated order among siblings (rank words, ranked lists, comparisons, stated ages) against each other and against birth dates.</summary>
public sealed partial class FamilyOrderRule
{
    /// <summary>
    /// Order pairs (older, younger) from every sibling claim with an order: a rank word ("شقيقه الأكبر")، a ranked list ("البكر …
    /// والثاني …")، a comparison ("ولد قبله"). Keyed by person.
    /// </summary>
    private static List<(int Older, int Younger, Claim Claim)> OrderPairs(CheckContext ctx)
    {
        var pairs = new List<(int, int, Claim)>();
        foreach (var c in ctx.Claims)
        {
            if (c.Property != ClaimProperties.Sibling || c.Relation is not ("older" or "younger") || c.Value.Cluster is not { } sib
                || c.Modality != ClaimModality.Asserted || c.Confidence < ctx.Options.MinClaimConfidence)
            {
                continue;
            }

            var person = ctx.Index.PersonKey(c.Subject);
            var sibling = ctx.Index.PersonKey(sib);
            if (person != sibling)
            {
                pairs.Add(c.Relation == "older" ? (sibling, person, c) : (person, sibling, c));
            }
        }

        return pairs;
    }

    /// <summary>
    /// Two statements of order that contradict each other with no date needed: a sibling called the younger and said to be born
    /// before ("وأخوه الأصغر شهاب الدين ولد قبله")، the firstborn with a brother born before him ("بكر أبيه … وولد أخوه محمد قبله").
    /// </summary>
    private IEnumerable<Flag> OrderClaims(CheckContext ctx)
    {
        var facts = ctx.Facts;
        var pairs = OrderPairs(ctx);
        var reported = new HashSet<(int, int)>();
        foreach (var a in pairs)
        {
            foreach (var b in pairs)
            {
                if (a.Older != b.Younger || a.Younger != b.Older || a.Claim.Source == b.Claim.Source && a.Claim.Spans[0] == b.Claim.Spans[0]
                    || !reported.Add((Math.Min(a.Older, a.Younger), Math.Max(a.Older, a.Younger))))
                {
                    continue;
                }

                var older = facts.NameOf(a.Older);
                var younger = facts.NameOf(a.Younger);
                yield return ClaimFacts.WithClaims(CheckContext.MakeFlag(Id, ClaimFacts.Calibrated(ctx, a.Claim, b.Claim), [a.Claim.Spans[0], b.Claim.Spans[0]],
                    $"يجعل النص {older} أكبر من {younger} («{ctx.Text(a.Claim.Spans[0])}») ثم أصغر منه («{ctx.Text(b.Claim.Spans[0])}»).",
                    $"The text makes {older} older than {younger} (“{ctx.Text(a.Claim.Spans[0])}”) and then younger (“{ctx.Text(b.Claim.Spans[0])}”).",
                    ("person", older), ("sibling", younger), ("reason", "order-contradiction")), a.Claim, b.Claim);
            }
        }

        foreach (var c in ctx.Claims)
        {
            if (c.Property != ClaimProperties.BirthOrder || c.Modality != ClaimModality.Asserted || c.Relation is not ("eldest" or "youngest")
                || c.Confidence < ctx.Options.MinClaimConfidence)
            {
                continue;
            }

            var person = ctx.Index.PersonKey(c.Subject);
            var eldest = c.Relation == "eldest";
            foreach (var p in pairs)
            {
                if (eldest ? p.Younger != person : p.Older != person)
                {
                    continue;
                }

                var name = facts.NameOf(person);
                var other = facts.NameOf(eldest ? p.Older : p.Younger);
                yield return ClaimFacts.WithClaims(CheckContext.MakeFlag(Id, ClaimFacts.Calibrated(ctx, c, p.Claim), [c.Spans[0], p.Claim.Spans[0]],
                    $"يصف النص {name} بأنه {(eldest ? "أكبر" : "أصغر")} إخوته، لكنه يجعل {other} {(eldest ? "أكبر" : "أصغر")} منه («{ctx.Text(p.Claim.Spans[0])}»).",
                    $"The text calls {name} the {c.Relation} of the siblings, but makes {other} {(eldest ? "older" : "younger")} than {name} (“{ctx.Text(p.Claim.Spans[0])}”).",
                    ("person", name), ("sibling", other), ("claim", c.Relation!), ("reason", "order-contradiction")), c, p.Claim);
                break;
            }
        }
    }

    /// <summary>
    /// Ages stated in parentheses after the names ("ماركو (22 عاماً) … شقيقه الأكبر نيكولا (19 عاماً)"), at the text's own time: an
    /// older sibling stated younger, or a parent stated younger than the child or fewer than <see cref="ChecksOptions.MinParentAge"/>
    /// years older. At most a warning: the two ages may be given at different times.
    /// </summary>
    private IEnumerable<Flag> StatedAges(CheckContext ctx)
    {
        var facts = ctx.Facts;
        Claim? AgeOf(int person) => facts.Of(person, ClaimProperties.Age).FirstOrDefault(a => a.Relation == ClaimExtractor.StatedAge && a.Modality == ClaimModality.Asserted && a.Value.Quantity is not null);
        foreach (var p in OrderPairs(ctx))
        {
            if (AgeOf(p.Older) is not { } oa || AgeOf(p.Younger) is not { } ya || oa.Value.Quantity >= ya.Value.Quantity)
            {
                continue;
            }

            var older = facts.NameOf(p.Older);
            var younger = facts.NameOf(p.Younger);
            var o = (int)oa.Value.Quantity!.Value;
            var y = (int)ya.Value.Quantity!.Value;
            yield return ClaimFacts.WithClaims(CheckContext.MakeFlag(Id, AtMostWarning(ctx, p.Claim, oa, ya), [p.Claim.Spans[0], oa.Spans[^1], ya.Spans[^1]],
                $"يجعل النص {older} أكبر من {younger}، لكن عمره {o} عاماً وعمر {younger} {y} عاماً.",
                $"The text makes {older} older than {younger}, but gives {older}'s age as {o} and {younger}'s as {y}.",
                ("person", older), ("sibling", younger), ("older_age", o.ToString(CultureInfo.InvariantCulture)), ("younger_age", y.ToString(CultureInfo.InvariantCulture)), ("reason", "stated-ages")), p.Claim, oa, ya);
        }

        foreach (var (parent, child, father, link) in ParentLinks(ctx))
        {
            if (AgeOf(parent) is not { } pa || AgeOf(child) is not { } ca || link is null || pa.Value.Quantity - ca.Value.Quantity >= ctx.Options.MinParentAge)
            {
                continue;
            }

            var parentName = facts.NameOf(parent);
            var childName = facts.NameOf(child);
            var a = (int)pa.Value.Quantity!.Value;
            var b = (int)ca.Value.Quantity!.Value;
            yield return ClaimFacts.WithClaims(CheckContext.MakeFlag(Id, AtMostWarning(ctx, link, pa, ca), [pa.Spans[^1], ca.Spans[^1]],
                $"عمر {ParentAr(father)} {parentName} في النص {a} عاماً وعمر ابنه {childName} {b} عاماً: فارق لا يُعقل بين والد وولده.",
                $"The text gives the {ParentEn(father)} {parentName}'s age as {a} and the child {childName}'s as {b}: implausible for a parent.",
                ("parent", parentName), ("child", childName), ("reason", "stated-ages")), link, pa, ca);
        }
    }

    /// <summary>
    /// "أكبر إخوته" with a sibling the text dates earlier (or "أصغر إخوته" with one dated later): the person's stated place among his
    /// siblings against their birth years (each from any source). One flag per statement.
    /// </summary>
    private IEnumerable<Flag> BirthOrder(CheckContext ctx)
    {
        var facts = ctx.Facts;
        foreach (var c in ctx.Claims)
        {
            if (c.Property != ClaimProperties.BirthOrder || c.Modality != ClaimModality.Asserted || c.Relation is not ("eldest" or "youngest")
                || c.Confidence < ctx.Options.MinClaimConfidence)
            {
                continue;
            }

            var person = ctx.Index.PersonKey(c.Subject);
            if (facts.Consistent(person, ClaimProperties.BirthDate) is not { } pb || pb.Value.Precision is not ("day" or "month" or "year"))
            {
                continue;
            }

            var eldest = c.Relation == "eldest";
            // Siblings: the person's sibling claims, and, for a rank among a parent's children ("أكبر أبنائه عمر … وابنه سعيد"), the other
            // children of the person's parents (a rank among one's siblings may leave half-siblings out).
            var parentLinks = ParentLinks(ctx);
            var parents = c.Source == ClaimSources.KinshipList ? parentLinks.Where(l => l.Child == person).Select(l => l.Parent).ToHashSet() : [];
            var siblings = ctx.Claims.Where(s => s.Property == ClaimProperties.Sibling && s.Value.Cluster is not null && ctx.Index.PersonKey(s.Subject) == person)
                .Select(s => (Key: ctx.Index.PersonKey(s.Value.Cluster!.Value), Claim: s))
                .Concat(parentLinks.Where(l => parents.Contains(l.Parent) && l.Link is not null).Select(l => (Key: l.Child, Claim: l.Link!)))
                .Where(s => s.Key != person);
            foreach (var (sibling, link) in siblings)
            {
                if (facts.Consistent(sibling, ClaimProperties.BirthDate) is not { } sb || sb.Value.Precision is not ("day" or "month" or "year") || LifespanRule.ShortYearAgainst(ctx, pb, sb))
                {
                    continue;
                }

                var p = pb.Value.Date!.Value;
                var s = sb.Value.Date!.Value;
                if (eldest ? s.End >= p.Start : s.Start <= p.End)
                {
                    continue;
                }

                var name = facts.NameOf(person);
                var sibName = facts.NameOf(sibling);
                var pc = ClaimFacts.CalendarOf(pb.Value);
                var sc = ClaimFacts.CalendarOf(sb.Value);
                yield return ClaimFacts.WithClaims(CheckContext.MakeFlag(Id, ClaimFacts.Calibrated(ctx, c, pb, sb), [c.Spans[0], facts.ValueSpan(pb), facts.ValueSpan(sb)],
                    $"يصف النص {name} بأنه {(eldest ? "أكبر" : "أصغر")} إخوته، لكنه من مواليد {DateText.IntervalAr(p, pc)} وأخوه {sibName} من مواليد {DateText.IntervalAr(s, sc)}.",
                    $"The text calls {name} the {c.Relation} of the siblings, but {name} was born in {DateText.IntervalEn(p, pc)} and the sibling {sibName} in {DateText.IntervalEn(s, sc)}.",
                    ("person", name), ("sibling", sibName), ("claim", c.Relation!), ("birth_year", ClaimFacts.YearOf(pb.Value).ToString(CultureInfo.InvariantCulture)),
                    ("sibling_birth_year", ClaimFacts.YearOf(sb.Value).ToString(CultureInfo.InvariantCulture))), c, pb, sb, link);
                break;
            }
        }
    }
    /// <summary>
    /// A sibling the text calls older or younger (a kinship apposition, "شقيقته الكبرى زينب") whose
    /// stated birth — hers, from her own apposition or lifespan, never the subject's — contradicts it.
    /// </summary>
    private IEnumerable<Flag> SiblingClaims(CheckContext ctx)
    {
        var facts = ctx.Facts;
        foreach (var c in ctx.Claims)
        {
            if (c.Property != ClaimProperties.Sibling || c.Relation is not ("older" or "younger") || c.Value.Cluster is not { } sib || c.Modality != ClaimModality.Asserted)
            {
                continue;
            }

            var person = ctx.Index.PersonKey(c.Subject);
            var sibling = ctx.Index.PersonKey(sib);
            if (person == sibling || facts.Consistent(person, ClaimProperties.BirthDate) is not { } pb || facts.Consistent(sibling, ClaimProperties.BirthDate) is not { } sb)
            {
                continue;
            }

            if (LifespanRule.ShortYearAgainst(ctx, pb, sb))
            {
                continue;
            }

            var p = pb.Value.Date!.Value;
            var s = sb.Value.Date!.Value;
            var older = c.Relation == "older";
            var contradicts = older ? s.Start > p.End : s.End < p.Start;
            if (!contradicts)
            {
                continue;
            }

            var name = facts.NameOf(person);
            var sibName = facts.NameOf(sibling);
            var relAr = older ? "الأكبر" : "الأصغر";
            yield return ClaimFacts.WithClaims(CheckContext.MakeFlag(Id, ClaimFacts.Calibrated(ctx, c, pb, sb), [c.Spans[0], facts.ValueSpan(sb), facts.ValueSpan(pb)],
                $"يصف النص {sibName} بأنه الشقيق {relAr} لـ{name}، لكن {sibName} من مواليد {DateText.IntervalAr(s, ClaimFacts.CalendarOf(sb.Value))} و{name} من مواليد {DateText.IntervalAr(p, ClaimFacts.CalendarOf(pb.Value))}.",
                $"The text calls {sibName} the {c.Relation} sibling of {name}, but {sibName} was born in {DateText.IntervalEn(s, ClaimFacts.CalendarOf(sb.Value))} and {name} in {DateText.IntervalEn(p, ClaimFacts.CalendarOf(pb.Value))}.",
                ("sibling", sibName), ("sibling_birth_year", ClaimFacts.YearOf(sb.Value).ToString(CultureInfo.InvariantCulture)),
                ("reference_birth_year", ClaimFacts.YearOf(pb.Value).ToString(CultureInfo.InvariantCulture)), ("claim", c.Relation!)), c, pb, sb);
        }
    }
}
