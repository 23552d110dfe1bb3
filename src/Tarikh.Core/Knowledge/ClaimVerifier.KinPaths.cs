using Tarikh.Core.Claims;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// A relation named wrongly (round 9): the text's relative is, in the KB, the subject's relative of another kind, found
/// along the family statements (P22, P25, P40, P3373, P26) up to three steps away — a grandson called a son (child of a
/// child), a cousin or a nephew called a brother, an uncle or a stepfather called a father, a grandmother called a
/// mother. A contradiction needs the KB to show the true relation: a relation the KB simply lacks, a namesake (the name
/// matches a relative of the stated kind too, or two relatives of different kinds), or a path that may be the stated
/// relation after all (the father's child is a sibling or half-sibling; the mother's husband may be the father when the KB
/// has none) is never one.
/// </summary>
public sealed partial class ClaimVerifier
{
    private static readonly string[] FamilyProperties = [ClaimProperties.Father, ClaimProperties.Mother, ClaimProperties.Child, ClaimProperties.Sibling, ClaimProperties.Spouse];

    /// <summary>A KB relative reached along family statements: the item and the properties of each step from the subject.</summary>
    private sealed record KinPath(string Item, IReadOnlyList<string> Steps, IReadOnlyList<string> Through);

    /// <summary>Every item up to three family steps from a subject, by the shortest path (the subject itself excluded).</summary>
    private static Dictionary<string, KinPath> FamilyPaths(KbEntity subject, IKnowledgeBase kb, int depth = 3)
    {
        var found = new Dictionary<string, KinPath>(StringComparer.Ordinal);
        var frontier = new List<KinPath> { new(subject.Id, [], []) };
        for (var d = 0; d < depth && frontier.Count > 0; d++)
        {
            var next = new List<KinPath>();
            foreach (var path in frontier)
            {
                if (kb.Get(path.Item) is not { } from)
                {
                    continue;
                }

                foreach (var p in FamilyProperties)
                {
                    foreach (var id in from.ItemValues(p))
                    {
                        if (id == subject.Id || found.ContainsKey(id))
                        {
                            continue;
                        }

                        var reached = new KinPath(id, [.. path.Steps, p], [.. path.Through, path.Item]);
                        found[id] = reached;
                        next.Add(reached);
                    }
                }
            }

            frontier = next;
        }

        return found;
    }

    private static bool IsParent(string p) => p is ClaimProperties.Father or ClaimProperties.Mother;

    /// <summary>
    /// The kind of relative a path names, in English and Arabic; null for a path that may be the stated relation itself
    /// (<paramref name="stated"/>) or that names nothing plain.
    /// </summary>
    private static (string En, string Ar)? KinOfPath(IReadOnlyList<string> steps, string stated, bool statedKnown)
    {
        var s = steps;
        switch (s.Count)
        {
            case 1:
                return s[0] == stated ? null : ($"{KbProperties.English(s[0])} ({s[0]})", KbProperties.Arabic(s[0]));
            case 2:
                // The father's or mother's child, the sibling's sibling: a sibling or half-sibling.
                if ((IsParent(s[0]) && s[1] == ClaimProperties.Child) || (s[0] == ClaimProperties.Sibling && s[1] == ClaimProperties.Sibling))
                {
                    return stated == ClaimProperties.Sibling ? null : ("sibling", "أخ/أخت");
                }

                if (s[0] == ClaimProperties.Child && s[1] == ClaimProperties.Child)
                {
                    return ("grandchild", "حفيد/حفيدة");
                }

                if (IsParent(s[0]) && IsParent(s[1]))
                {
                    return ("grandparent", "جد/جدة");
                }

                if (IsParent(s[0]) && s[1] == ClaimProperties.Sibling)
                {
                    return ("uncle or aunt", "عم/عمة أو خال/خالة");
                }

                if (s[0] == ClaimProperties.Sibling && s[1] == ClaimProperties.Child)
                {
                    return ("nephew or niece", "ابن/ابنة الأخ أو الأخت");
                }

                // The mother's husband, the father's wife: the other parent when the KB has none of the stated kind.
                if (IsParent(s[0]) && s[1] == ClaimProperties.Spouse)
                {
                    return statedKnown || !IsParent(stated) ? ("step-parent (the parent's spouse)", "زوج الأم أو زوجة الأب") : null;
                }

                // The spouse's child: the subject's own child when the KB lacks it.
                if (s[0] == ClaimProperties.Spouse && s[1] == ClaimProperties.Child)
                {
                    return stated == ClaimProperties.Child ? null : ("stepchild (the spouse's child)", "ربيب/ربيبة");
                }

                if (s[0] == ClaimProperties.Child && s[1] == ClaimProperties.Spouse)
                {
                    return ("child's spouse", "زوج الابن/الابنة");
                }

                if (s[0] == ClaimProperties.Spouse && IsParent(s[1]))
                {
                    return ("parent-in-law", "حمو/حماة");
                }

                // A sibling's parent: the subject's own parent unless the KB gives the subject another one.
                if (s[0] == ClaimProperties.Sibling && IsParent(s[1]))
                {
                    return statedKnown && s[1] == stated ? ("parent of a sibling (a half-sibling's parent)", "والد/والدة أخ غير شقيق") : null;
                }

                return (s[0] == ClaimProperties.Sibling && s[1] == ClaimProperties.Spouse) || (s[0] == ClaimProperties.Spouse && s[1] == ClaimProperties.Sibling)
                    ? ("sibling-in-law", "صهر/سلف")
                    : null;
            case 3:
                if (IsParent(s[0]) && s[1] == ClaimProperties.Sibling && s[2] == ClaimProperties.Child)
                {
                    return ("cousin", "ابن/ابنة العم أو الخال");
                }

                if (IsParent(s[0]) && s[1] == ClaimProperties.Child && IsParent(s[2]))
                {
                    return statedKnown && s[2] == stated ? ("parent of a sibling (a half-sibling's parent)", "والد/والدة أخ غير شقيق") : null;
                }

                if (IsParent(s[0]) && IsParent(s[1]) && s[2] == ClaimProperties.Child)
                {
                    // The grandparent's child: an uncle, or the parent (or the subject) again.
                    return null;
                }

                if (s[0] == ClaimProperties.Child && s[1] == ClaimProperties.Child && s[2] == ClaimProperties.Child)
                {
                    return ("great-grandchild", "ابن/ابنة الحفيد");
                }

                if (IsParent(s[0]) && IsParent(s[1]) && IsParent(s[2]))
                {
                    return ("great-grandparent", "جد/جدة الأب أو الأم");
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The true relation of a relative named wrongly: <paramref name="candidates"/> are the KB items the text's value may be
    /// (its linked item, or the items its name matches); null unless exactly one of them is the subject's relative, of a
    /// plain kind other than the stated one, and none is a relative of the stated kind.
    /// </summary>
    private static (KinPath Path, string En, string Ar)? WrongRelation(KbEntity subject, string stated, IReadOnlyCollection<string> candidates, IKnowledgeBase kb,
        Dictionary<string, KinPath>? paths = null)
    {
        if (candidates.Count == 0 || !IsRelativeProperty(stated) || stated == ClaimProperties.Spouse)
        {
            return null;
        }

        paths ??= FamilyPaths(subject, kb);
        var statedKnown = subject.ItemValues(stated).Any();
        (KinPath Path, string En, string Ar)? found = null;
        foreach (var id in candidates.Distinct(StringComparer.Ordinal))
        {
            if (subject.ItemValues(stated).Contains(id))
            {
                return null; // a relative of the stated kind: no error
            }

            if ((paths.GetValueOrDefault(id) ?? ThroughOwnParent(subject, id, paths, kb)) is not { } path)
            {
                continue;
            }

            if (KinOfPath(path.Steps, stated, statedKnown) is not { } kind)
            {
                return null; // a path that may be the stated relation after all
            }

            if (found is not null && found.Value.Path.Item != id)
            {
                return null; // two relatives bear the name: a namesake, whichever is meant
            }

            found = (path, kind.En, kind.Ar);
        }

        return found;
    }

    /// <summary>
    /// Round 18 (13b): a relative the KB links to the family only by its own parent statement (the grandson's P22 is the son,
    /// the son's P40 does not list him; the nephew's P22 is the brother): the path to that parent, then a child step. Null
    /// when neither of the item's parents (P22, P25) is the subject or on a path from it.
    /// </summary>
    private static KinPath? ThroughOwnParent(KbEntity subject, string id, Dictionary<string, KinPath> paths, IKnowledgeBase kb)
    {
        if (kb.Get(id) is not { } item)
        {
            return null;
        }

        KinPath? best = null;
        foreach (var parent in item.ItemValues(ClaimProperties.Father).Concat(item.ItemValues(ClaimProperties.Mother)))
        {
            var to = parent == subject.Id ? new KinPath(subject.Id, [], []) : paths.GetValueOrDefault(parent);
            if (to is null || to.Steps.Count >= 3)
            {
                continue;
            }

            var reached = new KinPath(id, [.. to.Steps, ClaimProperties.Child], [.. to.Through, to.Item]);
            if (best is null || reached.Steps.Count < best.Steps.Count)
            {
                best = reached;
            }
        }

        return best;
    }

    /// <summary>The explanation of a relation named wrongly, with the path's steps: "in the KB, X (Q…) is the grandchild of S (Q…): child of T (Q…), child of S".</summary>
    private static (string En, string Ar) ExplainPath(KbEntity subject, KinPath path, string kindEn, string kindAr, IKnowledgeBase kb)
    {
        var who = kb.Get(path.Item);
        var whoEn = who?.LabelIn("en", "ar") ?? path.Item;
        var whoAr = who?.LabelIn("ar", "en") ?? path.Item;
        var en = $"in the KB, {whoEn} ({path.Item}) is the {kindEn} of {subject.LabelIn("en", "ar")} ({subject.Id})";
        var ar = $"في قاعدة المعرفة، {whoAr} ({path.Item}) هي/هو {kindAr} {Li(subject.LabelIn("ar", "en"))} ({subject.Id})";
        if (path.Steps.Count > 1)
        {
            var stepsEn = new List<string>();
            var stepsAr = new List<string>();
            for (var i = path.Steps.Count - 1; i >= 0; i--)
            {
                var of = kb.Get(path.Through[i]);
                stepsEn.Add($"{KbProperties.English(path.Steps[i])} ({path.Steps[i]}) of {of?.LabelIn("en", "ar") ?? path.Through[i]}");
                stepsAr.Add($"{KbProperties.Arabic(path.Steps[i])} ({path.Steps[i]}) {Li(of?.LabelIn("ar", "en") ?? path.Through[i])}");
            }

            en += ": " + string.Join(", ", stepsEn);
            ar += ": " + string.Join("، ", stepsAr);
        }

        return (en, ar);
    }

    /// <summary>The subject's statement of a path's first step ("child of S is T" for a grandchild through T), for a flag's evidence.</summary>
    private static KbStatement? FirstStep(KbEntity subject, KinPath path)
    {
        var next = path.Steps.Count > 1 ? path.Through[1] : path.Item;
        return subject.Best(path.Steps[0]).FirstOrDefault(s => s.MainSnak.Value.Item == next);
    }

    /// <summary>The KB items among a subject's family (three steps) whose names match the claim's unlinked value.</summary>
    private List<string> FamilyNamed(AnalyzedDocument document, Claim claim, Dictionary<string, KinPath> paths, IKnowledgeBase kb)
        => [.. paths.Keys.Where(id => kb.Get(id) is { } e && KbTypes.Of(e, kb) == KbType.Human && NamesMatch(document, claim, e))];
}
