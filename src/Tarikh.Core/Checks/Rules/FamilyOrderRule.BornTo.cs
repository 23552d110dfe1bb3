using System.Globalization;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>family-order: a birth told with the parent it was born to ("وُلدت … سنة 1952 في الخور لأبيها جاسم الكواري (1947–2001)").</summary>
public sealed partial class FamilyOrderRule
{
    /// <summary>How far after a birth verb the "born to" phrase may stand (tokens).</summary>
    private const int BornToWindow = 14;

    /// <summary>
    /// A birth verb dated in its own clause and followed in its sentence by a father or mother word under the preposition "ل" ("لأبيه"،
    /// "لأبيها"، "لأمها"، "لوالده") and the parent's name: Arabic's "born to" — the parent of whoever was born, named or not (the child's
    /// name may be untagged). The parent's own birth (a lifespan, a participle, a birth claim) after, or fewer than
    /// <see cref="ChecksOptions.MinParentAge"/> years before, the birth the verb dates is a <c>warning</c>. The verb's date must stand
    /// before the kinship word (a date after it may be the parent's), and no other birth or death verb between. Spans another parent
    /// reading already flagged are not repeated.
    /// </summary>
    private IEnumerable<Flag> BornToParent(CheckContext ctx, List<Flag> already)
    {
        var facts = ctx.Facts;
        var doc = ctx.Document;
        var lifeTriggers = new HashSet<int>(doc.Events.Where(e => e.Type is "birth" or "death").Select(e => ctx.FirstToken(e.Trigger)));
        foreach (var e in doc.Events)
        {
            if (e.Type != "birth" || e.Pos != "verb" || e.Time is not { } ti || e.DateSource != Events.EventDateSources.Clause || !ctx.IsContent(e.Sentence)
                || ti < 0 || ti >= ctx.Timexes.Length)
            {
                continue;
            }

            var t = ctx.Timexes[ti];
            if (!ctx.Usable(t) || !(CheckContext.HasWrittenYear(t) || t.YearInWords) || t.Gregorian is not { } cbd)
            {
                continue;
            }

            var trigger = ctx.FirstToken(e.Trigger);
            var (_, se) = ctx.SentenceTokens(e.Sentence);
            if (BornToParentAt(ctx, trigger, se, lifeTriggers) is not { } found || ctx.FirstToken(t.Span) >= found.KinToken)
            {
                continue;
            }

            var parentKey = ctx.Index.PersonKey(found.Parent);
            if (e.MainParticipant is { } main && ctx.Index.PersonKey(main) == parentKey && !OnlyKinIntroduced(ctx, found.Parent)
                || Covered(already, t.Span))
            {
                continue;
            }

            // The parent's birth: his birth claim, else the lifespan written in parentheses right after his name (the claims layer may keep
            // no claim of a relative whose cluster is the sentence's only person: "لأمها يلينا (1858–1921)" with the daughter untagged).
            var pb = facts.Consistent(parentKey, ClaimProperties.BirthDate);
            if (pb is not null && pb.Value.Timex == ti)
            {
                continue;
            }

            var (pbd, pbSpan, pbCalendar) = pb is not null
                ? (pb.Value.Date!.Value, facts.ValueSpan(pb), ClaimFacts.CalendarOf(pb.Value))
                : LifespanAfter(ctx, found.ParentEnd) is { } lt ? (ctx.Timexes[lt].Gregorian!.Value, ctx.Timexes[lt].Span, ctx.Timexes[lt].Calendar) : default;
            if (pbSpan == default)
            {
                continue;
            }

            var parentName = facts.NameOf(parentKey);
            var father = found.Father;
            if (pbd.Start > cbd.End)
            {
                yield return ClaimFacts.WithClaims(CheckContext.MakeFlag(Id, Severity.Warning, [pbSpan, t.Span],
                    $"{ParentAr(father)} {parentName} {BornAr(father)} في {DateText.IntervalAr(pbd, pbCalendar)}، أي بعد مولد ابنه ({DateText.IntervalAr(cbd, t.Calendar)}).",
                    $"The {ParentEn(father)} {parentName} is born {DateText.IntervalEn(pbd, pbCalendar)}, after the child born to them ({DateText.IntervalEn(cbd, t.Calendar)}).",
                    ("parent", parentName), ("parent_birth", DateText.Iso(pbd)), ("child_birth", DateText.Iso(cbd)), ("reason", "born-to-parent")), pb);
            }
            else if (DateText.YearsBetween(pbd.Start, cbd.End) is var gap && gap < ctx.Options.MinParentAge)
            {
                yield return ClaimFacts.WithClaims(CheckContext.MakeFlag(Id, Severity.Warning, [pbSpan, t.Span],
                    $"{ParentAr(father)} {parentName} {BornAr(father)} في {DateText.IntervalAr(pbd, pbCalendar)}، {(father ? "فعمره" : "فعمرها")} عند ميلاد ابنه ({DateText.IntervalAr(cbd, t.Calendar)}) {gap} سنوات على الأكثر، وهذا غير معقول.",
                    $"The {ParentEn(father)} {parentName}, born {DateText.IntervalEn(pbd, pbCalendar)}, would be at most {gap} at the birth of the child born to them ({DateText.IntervalEn(cbd, t.Calendar)}): implausible.",
                    ("parent", parentName), ("parent_birth", DateText.Iso(pbd)), ("child_birth", DateText.Iso(cbd)), ("age", gap.ToString(CultureInfo.InvariantCulture)),
                    ("reason", "parent-too-young")), pb);
            }
        }
    }

    /// <summary>
    /// The first timex of a lifespan in parentheses right after a name ending before token <paramref name="end"/> ("يلينا (1858–1921)"،
    /// "(مواليد 1947)"): usable, with a written year, opening the parenthesis (over "مواليد"/"ولد"); null otherwise.
    /// </summary>
    private static int? LifespanAfter(CheckContext ctx, int end)
    {
        var tokens = ctx.Tokens;
        if (end >= tokens.Length || tokens[end].Norm != "(")
        {
            return null;
        }

        foreach (var ti in ctx.TimexesInSentence(tokens[end].Sentence))
        {
            var t = ctx.Timexes[ti];
            var first = ctx.FirstToken(t.Span);
            if (first > end && first <= end + 2 && (first == end + 1 || tokens[end + 1].Norm is "مواليد" or "ولد" or "ولدت" || tokens[end + 1].Base is "مواليد")
                && ctx.Usable(t) && CheckContext.HasWrittenYear(t) && t.Gregorian is not null)
            {
                return ti;
            }
        }

        return null;
    }

    /// <summary>
    /// The parent a birth verb at <paramref name="trigger"/> is said to be born to: the first father or mother word after it, in its
    /// sentence and within <see cref="BornToWindow"/> tokens, under the preposition "ل", with a person named within three tokens after it
    /// (over titles: "لأبيها التاجر جاسم"). Null when a sentence-level break (";"، ":") or another birth or death verb comes first.
    /// </summary>
    private static (int Parent, int KinToken, bool Father, int ParentEnd)? BornToParentAt(CheckContext ctx, int trigger, int se, HashSet<int> lifeTriggers)
    {
        var tokens = ctx.Tokens;
        for (var k = trigger + 1; k < Math.Min(se, trigger + BornToWindow); k++)
        {
            if (lifeTriggers.Contains(k) || (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Norm is ";" or "؛" or ":" or "."))
            {
                return null;
            }

            var isFather = ctx.MatchCue(k, "father", out _) is not null;
            if (!isFather && ctx.MatchCue(k, "mother", out _) is null || !UnderLam(tokens[k]))
            {
                continue;
            }

            for (var j = k + 1; j < Math.Min(se, k + 4); j++)
            {
                var m = ctx.MentionAtToken(j);
                if (m >= 0)
                {
                    return ctx.Document.Entities[m].Label == EntityLabels.Person
                        ? (ctx.Document.Entities[m].Cluster, k, isFather, ctx.EndToken(ctx.Document.Entities[m].Span)) : null;
                }

                if (tokens[j].Kind == TokenKind.Punctuation)
                {
                    return null;
                }
            }

            return null;
        }

        return null;
    }

    private static string BornAr(bool father) => father ? "مولود" : "مولودة";

    /// <summary>True when the token carries the proclitic preposition "ل" ("لأبيها" = "to her father").</summary>
    private static bool UnderLam(Token t)
        => t.Norm.Length > t.Base.Length && t.Norm[..(t.Norm.Length - t.Base.Length)].EndsWith('ل');

    /// <summary>True when every mention of the cluster follows a father or mother word (the relative alone, named only as such).</summary>
    private static bool OnlyKinIntroduced(CheckContext ctx, int cluster)
    {
        foreach (var m in ctx.Index.MentionsOf(cluster))
        {
            var first = ctx.FirstToken(ctx.Document.Entities[m].Span);
            var kin = false;
            for (var k = first - 1; k >= 0 && k >= first - 3; k--)
            {
                if (ctx.MatchCue(k, "father", out _) is not null || ctx.MatchCue(k, "mother", out _) is not null)
                {
                    kin = true;
                    break;
                }
            }

            if (!kin)
            {
                return false;
            }
        }

        return true;
    }
}
