using System.Globalization;
using NodaTime;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>family-order: parents against their children (born after the child, too young, a child born long after a parent's death).</summary>
public sealed partial class FamilyOrderRule
{
    /// <summary>
    /// Parent–child pairs from every source: the claims (father/mother of a person, a child of a person:
    /// kinship appositions and links) and a father/mother word followed by a person in the subject's text.
    /// </summary>
    private static List<(int Parent, int Child, bool? Father, Claim? Link)> ParentLinks(CheckContext ctx)
    {
        var pairs = new List<(int, int, bool?, Claim?)>();
        foreach (var c in ctx.Claims)
        {
            if (c.Value.Cluster is not { } other || c.Modality != ClaimModality.Asserted)
            {
                continue;
            }

            switch (c.Property)
            {
                case ClaimProperties.Father or ClaimProperties.Mother:
                    pairs.Add((ctx.Index.PersonKey(other), ctx.Index.PersonKey(c.Subject), c.Property == ClaimProperties.Father, c));
                    break;
                case ClaimProperties.Child:
                    // "أنجبت ابنتها": the parent's sex is not the claim's; the messages say "parent".
                    pairs.Add((ctx.Index.PersonKey(c.Subject), ctx.Index.PersonKey(other), null, c));
                    break;
            }
        }

        if (ctx.SubjectId is { } subject)
        {
            for (var k = 0; k < ctx.Tokens.Length; k++)
            {
                var isFather = ctx.MatchCue(k, "father", out _) is not null;
                var isMother = !isFather && ctx.MatchCue(k, "mother", out _) is not null;
                if (!isFather && !isMother || !ctx.IsContent(ctx.Tokens[k].Sentence) || !WrittenWithPronoun(ctx, k))
                {
                    continue;
                }

                var (_, ce) = ctx.ClauseOf(k);
                for (var j = k + 1; j < Math.Min(ce, k + 14); j++)
                {
                    var m = ctx.MentionAtToken(j);
                    if (m >= 0 && ctx.Document.Entities[m].Label == EntityLabels.Person && ctx.Document.Entities[m].Cluster != subject)
                    {
                        pairs.Add((ctx.Index.PersonKey(ctx.Document.Entities[m].Cluster), ctx.Index.PersonKey(subject), isFather, null));
                        break;
                    }
                }
            }
        }

        return [.. pairs.Where(p => p.Item1 != p.Item2).GroupBy(p => (p.Item1, p.Item2)).Select(g => g.OrderBy(p => p.Item4 is null).First())];
    }

    /// <summary>
    /// True when the parent word is written with a possessive pronoun ("والده"، "أمها"): "والدة الشاعر كريم" in construct (a written
    /// tā' marbūṭa, which normalization folds into "ه") names the poet as the child, and the claims layer reads it so.
    /// </summary>
    private static bool WrittenWithPronoun(CheckContext ctx, int k)
    {
        var written = ctx.Document.Source.Text.AsSpan(ctx.Tokens[k].Span.Start, ctx.Tokens[k].Span.Length).TrimEnd("\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652");
        return written.EndsWith("ه", StringComparison.Ordinal) || written.EndsWith("ها", StringComparison.Ordinal) || written.EndsWith("هما", StringComparison.Ordinal)
            || written.EndsWith("يه", StringComparison.Ordinal);
    }

    private IEnumerable<Flag> Parents(CheckContext ctx, List<(int Sentence, Listed Entry)> listed)
    {
        var facts = ctx.Facts;
        var reportedDeaths = new HashSet<int>();
        foreach (var (parent, child, father, link) in ParentLinks(ctx))
        {
            var parentName = facts.NameOf(parent);
            var childName = facts.NameOf(child);
            var pb = facts.Consistent(parent, ClaimProperties.BirthDate);
            var cb = facts.Consistent(child, ClaimProperties.BirthDate);
            if (pb is not null && cb is not null && LifespanRule.ShortYearAgainst(ctx, pb, cb))
            {
                // A cut or colloquial year is malformed-date's; the two births are not compared.
                continue;
            }

            if (pb is not null && cb is not null && pb.Value.Date!.Value.Start > cb.Value.Date!.Value.End)
            {
                var pbd = pb.Value.Date!.Value;
                var cbd = cb.Value.Date!.Value;
                yield return ClaimFacts.WithClaims(CheckContext.MakeFlag(Id, link is null ? Severity.Warning : ClaimFacts.Calibrated(ctx, pb, cb), [facts.ValueSpan(pb), facts.ValueSpan(cb)],
                    $"{ParentAr(father)} {parentName} مولود في {DateText.IntervalAr(pbd, ClaimFacts.CalendarOf(pb.Value))}، أي بعد ابنه {childName} ({DateText.IntervalAr(cbd, ClaimFacts.CalendarOf(cb.Value))}).",
                    $"The {ParentEn(father)} {parentName} is born {DateText.IntervalEn(pbd, ClaimFacts.CalendarOf(pb.Value))}, after the child {childName} ({DateText.IntervalEn(cbd, ClaimFacts.CalendarOf(cb.Value))}).",
                    ("parent", parentName), ("parent_birth", DateText.Iso(pbd)), ("child", childName), ("child_birth", DateText.Iso(cbd))), pb, cb, link);
            }

            else if (pb is not null && cb is not null
                && DateText.YearsBetween(pb.Value.Date!.Value.Start, cb.Value.Date!.Value.End) is var gap && gap < ctx.Options.MinParentAge)
            {
                // Even on the most generous reading of both dates the parent would have been a child.
                var pbd = pb.Value.Date!.Value;
                var cbd = cb.Value.Date!.Value;
                yield return ClaimFacts.WithClaims(CheckContext.MakeFlag(Id, link is null ? Severity.Warning : AtMostWarning(ctx, pb, cb), [facts.ValueSpan(pb), facts.ValueSpan(cb)],
                    $"{ParentAr(father)} {parentName} مولود في {DateText.IntervalAr(pbd, ClaimFacts.CalendarOf(pb.Value))}، فعمره عند ميلاد ابنه {childName} ({DateText.IntervalAr(cbd, ClaimFacts.CalendarOf(cb.Value))}) {gap} سنوات على الأكثر، وهذا غير معقول.",
                    $"The {ParentEn(father)} {parentName}, born {DateText.IntervalEn(pbd, ClaimFacts.CalendarOf(pb.Value))}, would be at most {gap} at the birth of the child {childName} ({DateText.IntervalEn(cbd, ClaimFacts.CalendarOf(cb.Value))}): implausible.",
                    ("parent", parentName), ("parent_birth", DateText.Iso(pbd)), ("child", childName), ("child_birth", DateText.Iso(cbd)), ("age", gap.ToString(CultureInfo.InvariantCulture)), ("reason", "parent-too-young")), pb, cb, link);
            }

            if (facts.Consistent(parent, ClaimProperties.DeathDate) is not { } pd)
            {
                continue;
            }

            var pdd = pd.Value.Date!.Value;
            var limit = pdd.End.PlusMonths(ctx.Options.PosthumousChildMonths);
            var children = new List<(string Name, GregorianInterval Birth, TextSpan Span, Claim? Claim)>();
            if (cb is not null)
            {
                children.Add((childName, cb.Value.Date!.Value, facts.ValueSpan(cb), cb));
            }

            if (reportedDeaths.Add(parent))
            {
                foreach (var (_, e) in listed)
                {
                    children.Add((e.Name, new GregorianInterval(new LocalDate(e.Year, 1, 1), new LocalDate(e.Year, 12, 31)), e.YearSpan, null));
                }
            }

            foreach (var (name, birth, span, claim) in children)
            {
                // A birth more than a lifetime after the parent's death is no posthumous child: the parent was read as the wrong
                // person (round 17: "قاسم بن محمد … ولد حوالي عام 1825" with the nasab's "محمد" joined to a namesake who died in
                // 748 AH, on real Wikipedia text).
                if (birth.Start > limit && DateText.YearsBetween(pdd.End, birth.Start) <= ctx.Options.MaxAge)
                {
                    yield return ClaimFacts.WithClaims(CheckContext.MakeFlag(Id, Severity.Error, [span, facts.ValueSpan(pd)],
                        $"{name} وُلد في {DateText.IntervalAr(birth)}، بعد أكثر من {ctx.Options.PosthumousChildMonths} أشهر من وفاة {ParentOfAr(father)} {parentName} ({DateText.IntervalAr(pdd, ClaimFacts.CalendarOf(pd.Value))}).",
                        $"{name} is born {DateText.IntervalEn(birth)}, more than {ctx.Options.PosthumousChildMonths} months after the death of {ParentOfEn(father)} {parentName} ({DateText.IntervalEn(pdd, ClaimFacts.CalendarOf(pd.Value))}).",
                        ("child", name), ("child_birth", DateText.Iso(birth)), ("parent", parentName), ("parent_death", DateText.Iso(pdd))), claim, pd, link);
                }
            }
        }
    }

    /// <summary>
    /// A parent reached by a kinship word with a pronoun whose birth is told in apposition, named or not ("ووالدته أنّا المولودة سنة
    /// …"، "وكان والدها التاجر المولود عام …"، "وأمه فاطمة بنت إبراهيم، ولدت سنة …"): the birth participle (or a feminine/masculine
    /// birth verb after a comma) follows the kinship word within its phrase, with its date right after it. The date is the parent's
    /// own, compared with the birth of the person the pronoun points to (the sentence's subject, else the document's). A parent born
    /// after the child, or fewer than <see cref="ChecksOptions.MinParentAge"/> years before, is a <c>warning</c> (the parent is reached by an
    /// inferred attribution). Pairs the named-parent reading already flagged are not repeated.
    /// </summary>
    private IEnumerable<Flag> ParentBornInApposition(CheckContext ctx, List<Flag> already)
    {
        var facts = ctx.Facts;
        var tokens = ctx.Tokens;
        for (var k = 0; k < tokens.Length; k++)
        {
            var isFather = ctx.MatchCue(k, "father", out _) is not null;
            var isMother = !isFather && ctx.MatchCue(k, "mother", out _) is not null;
            if (!isFather && !isMother || !ctx.IsContent(tokens[k].Sentence) || !WrittenWithPronoun(ctx, k))
            {
                continue;
            }

            var sentence = tokens[k].Sentence;
            var (_, se) = ctx.SentenceTokens(sentence);
            if (ParentBirthTimex(ctx, k, se) is not { } ti)
            {
                continue;
            }

            var t = ctx.Timexes[ti];
            var child = ctx.Index.SubjectAt(sentence) ?? ctx.SubjectId;
            if (child is not { } c || facts.Consistent(ctx.Index.PersonKey(c), ClaimProperties.BirthDate) is not { } cb || cb.Value.Timex == ti
                || Covered(already, t.Span))
            {
                continue;
            }

            var pbd = t.Gregorian!.Value;
            var cbd = cb.Value.Date!.Value;
            var childName = facts.NameOf(ctx.Index.PersonKey(c));
            var parentCalendar = t.Calendar;
            if (pbd.Start > cbd.End)
            {
                yield return ClaimFacts.WithClaims(CheckContext.MakeFlag(Id, Severity.Warning, [t.Span, facts.ValueSpan(cb)],
                    $"{ParentAr(isFather)} مولود في {DateText.IntervalAr(pbd, parentCalendar)}، أي بعد ابنه {childName} ({DateText.IntervalAr(cbd, ClaimFacts.CalendarOf(cb.Value))}).",
                    $"The {ParentEn(isFather)} is born {DateText.IntervalEn(pbd, parentCalendar)}, after the child {childName} ({DateText.IntervalEn(cbd, ClaimFacts.CalendarOf(cb.Value))}).",
                    ("parent_birth", DateText.Iso(pbd)), ("child", childName), ("child_birth", DateText.Iso(cbd))), cb);
            }
            else if (DateText.YearsBetween(pbd.Start, cbd.End) is var gap && gap < ctx.Options.MinParentAge)
            {
                yield return ClaimFacts.WithClaims(CheckContext.MakeFlag(Id, Severity.Warning, [t.Span, facts.ValueSpan(cb)],
                    $"{ParentAr(isFather)} مولود في {DateText.IntervalAr(pbd, parentCalendar)}، فعمره عند ميلاد ابنه {childName} ({DateText.IntervalAr(cbd, ClaimFacts.CalendarOf(cb.Value))}) {gap} سنوات على الأكثر، وهذا غير معقول.",
                    $"The {ParentEn(isFather)}, born {DateText.IntervalEn(pbd, parentCalendar)}, would be at most {gap} at the birth of the child {childName} ({DateText.IntervalEn(cbd, ClaimFacts.CalendarOf(cb.Value))}): implausible.",
                    ("parent_birth", DateText.Iso(pbd)), ("child", childName), ("child_birth", DateText.Iso(cbd)), ("age", gap.ToString(CultureInfo.InvariantCulture)),
                    ("reason", "parent-too-young")), cb);
            }
        }
    }

    /// <summary>
    /// The timex of a parent's birth told right after the kinship word at <paramref name="k"/>: within eight tokens, with no other
    /// kinship word, clause verb or sentence end before it, a birth participle ("المولود"، "المولودة") — or a birth verb opening a phrase after
    /// a comma ("، ولدت سنة …") — followed within two tokens by a usable date that writes its year (digits or words). Null otherwise.
    /// </summary>
    private static int? ParentBirthTimex(CheckContext ctx, int k, int se)
    {
        var tokens = ctx.Tokens;
        for (var j = k + 1; j < Math.Min(se, k + 9); j++)
        {
            // Another relative spoken of ("ووالده … وأخوه") ends the parent's phrase; "بنت"/"ابن" of a lineage ("فاطمة بنت إبراهيم") does not.
            if (ctx.MatchCue(j, "father", out _) is not null || ctx.MatchCue(j, "mother", out _) is not null
                || (ctx.MatchCue(j, "kin", out _) is not null && WrittenWithPronoun(ctx, j)))
            {
                return null;
            }

            // "وأبوه أرتيم زويف، وهو من مواليد 1850" (round 13): "من مواليد" in the parent's phrase is a birth participle too.
            var participle = tokens[j].Norm is "المولود" or "المولوده" || tokens[j].Base is "المولود" or "المولوده"
                || (tokens[j].Base == "مواليد" && tokens[j - 1].Norm == "من");
            var verbAfterComma = (tokens[j].Norm is "ولد" or "ولدت" || tokens[j].Base is "ولد" or "ولدت") && j > k + 1 && tokens[j - 1].Norm is "،" or ",";
            if (!participle && !verbAfterComma)
            {
                if (tokens[j].Kind == TokenKind.Punctuation && tokens[j].Norm is not ("،" or ","))
                {
                    return null;
                }

                continue;
            }

            foreach (var ti in ctx.TimexesInSentence(tokens[j].Sentence))
            {
                var t = ctx.Timexes[ti];
                var first = ctx.FirstToken(t.Span);
                if (first > j && first <= j + 3 && ctx.Usable(t) && (CheckContext.HasWrittenYear(t) || t.YearInWords) && t.Gregorian is not null)
                {
                    return ti;
                }
            }

            return null;
        }

        return null;
    }
}
