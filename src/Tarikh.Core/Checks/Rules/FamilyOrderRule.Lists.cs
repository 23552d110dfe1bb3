using System.Globalization;
using NodaTime;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>family-order: counted and named siblings against listed birth years ("NAME من مواليد YEAR").</summary>
public sealed partial class FamilyOrderRule
{
    /// <summary>Person of reference for "منه" in a sentence: its first person mention, else the subject; with a birth year.</summary>
    private static (int Cluster, int Year, TextSpan Span, string Name)? Reference(CheckContext ctx, int sentence)
    {
        int? cluster = null;
        foreach (var m in ctx.MentionsInSentence(sentence))
        {
            if (ctx.Document.Entities[m].Label == EntityLabels.Person)
            {
                cluster = ctx.Document.Entities[m].Cluster;
                break;
            }
        }

        cluster ??= ctx.SubjectId;
        return cluster is { } c ? BirthYear(ctx, c) : null;
    }

    /// <summary>Whose sibling: a person named between the kinship word and "الأكبر", else the nearest person before it, else the subject.</summary>
    private static (int Cluster, int Year, TextSpan Span, string Name)? SiblingReference(CheckContext ctx, int kin, int cue)
    {
        int? cluster = null;
        for (var j = kin + 1; j < cue && cluster is null; j++)
        {
            var c = ctx.ClusterNamedAt(j, out _, EntityLabels.Person);
            cluster = c >= 0 ? c : null;
        }

        var (ss, _) = ctx.SentenceTokens(ctx.Tokens[kin].Sentence);
        for (var j = kin - 1; j >= ss && cluster is null; j--)
        {
            var c = ctx.ClusterNamedAt(j, out _, EntityLabels.Person);
            cluster = c >= 0 ? c : null;
        }

        cluster ??= ctx.SubjectId;
        return cluster is { } id ? BirthYear(ctx, id) : null;
    }

    /// <summary>A person's stated birth year (from the claims, any source), with its span; null when unknown, imprecise or contradictory.</summary>
    private static (int Cluster, int Year, TextSpan Span, string Name)? BirthYear(CheckContext ctx, int cluster)
    {
        var key = ctx.Index.PersonKey(cluster);
        if (ctx.Facts.Consistent(key, ClaimProperties.BirthDate) is not { } claim || claim.Value.Precision is not ("day" or "month" or "year"))
        {
            return null;
        }

        return (key, ClaimFacts.YearOf(claim.Value), ctx.Facts.ValueSpan(claim), ctx.ClusterById(key)?.Name ?? "");
    }

    private IEnumerable<Flag> CountStatements(CheckContext ctx, int sentence, List<(int Sentence, Listed Entry)> listed)
    {
        var (ss, se) = ctx.SentenceTokens(sentence);
        int? older = null, younger = null;
        var cueSpans = new List<TextSpan>();
        for (var k = ss; k + 1 < se; k++)
        {
            var isOlder = ctx.MatchCue(k, "older", out _) is not null;
            var isYounger = !isOlder && ctx.MatchCue(k, "younger", out _) is not null;
            if (!(isOlder || isYounger) || ctx.Tokens[k + 1].Norm is not ("منه" or "منها"))
            {
                continue;
            }

            var (cs, _) = ctx.ClauseOf(k);
            var count = 0;
            for (var j = cs; j < k; j++)
            {
                if (ctx.MatchCue(j, "sibling", out var n) is { } cue)
                {
                    count += int.Parse(cue.Value.AsSpan(1), CultureInfo.InvariantCulture);
                    j += n - 1;
                }
            }

            if (count == 0)
            {
                continue;
            }

            cueSpans.Add(new TextSpan(ctx.Tokens[cs].Span.Start, ctx.Tokens[k + 1].Span.End));
            if (isOlder)
            {
                older = (older ?? 0) + count;
            }
            else
            {
                younger = (younger ?? 0) + count;
            }
        }

        if (older is null && younger is null)
        {
            yield break;
        }

        var entries = listed.Where(l => l.Sentence > sentence && l.Sentence <= sentence + 12).Select(l => l.Entry).ToList();
        if (entries.Count == 0 || Reference(ctx, sentence) is not { } r)
        {
            yield break;
        }

        var o = entries.Where(e => e.Year < r.Year).ToList();
        var y = entries.Where(e => e.Year > r.Year).ToList();
        if (entries.Any(e => e.Year == r.Year))
        {
            yield break;
        }

        var total = (older ?? 0) + (younger ?? 0);
        // A statement of one side only ("أخت وأخ أصغر منها") counts none on the other side.
        var complete = entries.Count == total;
        // Only a complete list (as many siblings listed as the statement counts) is compared: a count
        // we misread or a partial list must not raise an alarm.
        var wrongOlder = complete && o.Count != (older ?? 0);
        var wrongYounger = complete && y.Count != (younger ?? 0);
        if (!wrongOlder && !wrongYounger)
        {
            yield break;
        }

        string List(List<Listed> xs) => string.Join(", ", xs.Select(x => $"{x.Name} {x.Year}"));
        string ListAr(List<Listed> xs) => string.Join("، ", xs.Select(x => $"{x.Name} {x.Year}"));
        var spans = cueSpans.Concat([r.Span]).Concat(entries.Select(e => e.YearSpan));
        yield return CheckContext.MakeFlag(Id, Severity.Error, spans,
            $"يذكر النص أن لـ{r.Name} (المولود {r.Year}) {older ?? 0} أكبر منه و{younger ?? 0} أصغر منه، لكن سنوات الميلاد المذكورة تجعل {o.Count} أكبر منه ({ListAr(o)}) و{y.Count} أصغر منه ({ListAr(y)}).",
            $"The text says {r.Name} (born {r.Year}) had {older ?? 0} older and {younger ?? 0} younger siblings, but by the listed birth years {o.Count} are older ({List(o)}) and {y.Count} younger ({List(y)}).",
            ("reference_birth_year", r.Year.ToString(CultureInfo.InvariantCulture)),
            ("stated_older", (older ?? 0).ToString(CultureInfo.InvariantCulture)), ("stated_younger", (younger ?? 0).ToString(CultureInfo.InvariantCulture)),
            ("listed_older", o.Count.ToString(CultureInfo.InvariantCulture)), ("listed_younger", y.Count.ToString(CultureInfo.InvariantCulture)));
    }

    private IEnumerable<Flag> NamedSibling(CheckContext ctx, int sentence, List<(int Sentence, Listed Entry)> listed)
    {
        // شقيقه الأكبر ألكسندر / شقيق فلاديمير لينين الأكبر ألكسندر / أخته الصغرى ماريا
        var (ss, se) = ctx.SentenceTokens(sentence);
        for (var k = ss; k < se; k++)
        {
            var t = ctx.Tokens[k];
            var b = t.Base;
            if (!(b.StartsWith("شقيق", StringComparison.Ordinal) || b.StartsWith("اخ", StringComparison.Ordinal) && b.Length <= 5))
            {
                continue;
            }

            for (var j = k + 1; j < Math.Min(se - 1, k + 6); j++)
            {
                var isOlder = ctx.MatchCue(j, "older", out _) is not null;
                var isYounger = !isOlder && ctx.MatchCue(j, "younger", out _) is not null;
                if (!isOlder && !isYounger)
                {
                    continue;
                }

                if (!ctx.Tokens[j].Norm.StartsWith("ال", StringComparison.Ordinal))
                {
                    break;
                }

                var nameTok = ctx.Tokens[j + 1];
                if (nameTok.Kind != TokenKind.Arabic)
                {
                    break;
                }

                var entry = listed.Select(l => l.Entry).FirstOrDefault(e => e.Norm == nameTok.Norm || e.Norm.Split(' ')[0] == nameTok.Norm);
                if (entry is null || SiblingReference(ctx, k, j) is not { } r || entry.Year == r.Year)
                {
                    break;
                }

                if (isOlder == entry.Year < r.Year)
                {
                    break;
                }

                var relAr = isOlder ? "الأكبر" : "الأصغر";
                var relEn = isOlder ? "older" : "younger";
                yield return CheckContext.MakeFlag(Id, Severity.Error, [new TextSpan(t.Span.Start, nameTok.Span.End), entry.YearSpan, r.Span],
                    $"يصف النص {entry.Name} بأنه الشقيق {relAr} لـ{r.Name}، لكنه من مواليد {entry.Year} و{r.Name} من مواليد {r.Year}.",
                    $"The text calls {entry.Name} the {relEn} sibling of {r.Name}, but {entry.Name} was born in {entry.Year} and {r.Name} in {r.Year}.",
                    ("sibling", entry.Name), ("sibling_birth_year", entry.Year.ToString(CultureInfo.InvariantCulture)),
                    ("reference_birth_year", r.Year.ToString(CultureInfo.InvariantCulture)), ("claim", relEn));
                break;
            }
        }
    }


    /// <summary>List items and short sentences of the form "NAME من مواليد (عام) YEAR".</summary>
    private static List<(int Sentence, Listed Entry)> ListedBirths(CheckContext ctx)
    {
        var result = new List<(int, Listed)>();
        var doc = ctx.Document;
        for (var s = 0; s < doc.Sentences.Length; s++)
        {
            if (!ctx.IsContent(s))
            {
                continue;
            }

            var (ss, se) = ctx.SentenceTokens(s);
            var first = ss;
            while (first < se && ctx.Tokens[first].Kind == TokenKind.Punctuation)
            {
                first++;
            }

            // NAME (one or two words) then "من مواليد" or "مواليد" or "ولد/ولدت".
            for (var nameLen = 1; nameLen <= 2; nameLen++)
            {
                var k = first + nameLen;
                if (k >= se || !Enumerable.Range(first, nameLen).All(x => ctx.Tokens[x].Kind == TokenKind.Arabic))
                {
                    break;
                }

                if (ctx.Tokens[k].Norm == "من")
                {
                    k++;
                }

                if (k >= se || ctx.MatchCue(k, "birth-cue", out var len) is null)
                {
                    continue;
                }

                k += len;
                if (k < se && ctx.MatchCue(k, "year-word", out var yl) is not null)
                {
                    k += yl;
                }

                if (k < se && ctx.Tokens[k].IsNumber && ctx.Tokens[k].Base.Length == 4 && int.TryParse(ctx.Tokens[k].Base, CultureInfo.InvariantCulture, out var year))
                {
                    var nameSpan = new TextSpan(ctx.Tokens[first].Span.Start, ctx.Tokens[first + nameLen - 1].Span.End);
                    var name = string.Join(' ', Enumerable.Range(first, nameLen).Select(x => ctx.Tokens[x].Norm));
                    result.Add((s, new Listed(ctx.Text(nameSpan), name, year, nameSpan, ctx.Tokens[k].Span)));
                }

                break;
            }
        }

        return result;
    }
}
