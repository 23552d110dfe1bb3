using System.Globalization;
using NodaTime;
using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// family-order: "older/younger than him" statements that contradict the birth years the text lists
/// ("شقيقة وشقيق أكبر منه" followed by a list "- آنا من مواليد عام 1864 …"; "شقيقه الأكبر ألكسندر"),
/// a parent born after the child, a child born more than ten months after a parent's death.
/// </summary>
public sealed class FamilyOrderRule : ICheckRule
{
    /// <inheritdoc />
    public string Id => "family-order";

    private sealed record Listed(string Name, string Norm, int Year, TextSpan NameSpan, TextSpan YearSpan);

    /// <inheritdoc />
    public IEnumerable<Flag> Check(CheckContext ctx)
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

        foreach (var f in Parents(ctx, listed))
        {
            yield return f;
        }
    }

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
        if (cluster is not { } c || ctx.Persons.Consistent(c, "birth") is not { Date: { } d, DateSpan: { } span } fact)
        {
            return null;
        }

        if (DateText.PrecisionOf(d, fact.Calendar) == DatePrecision.Other)
        {
            return null;
        }

        return (c, d.Start.WithCalendar(DateText.System(fact.Calendar)).Year, span, ctx.ClusterById(c)?.Name ?? "");
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
        if (cluster is not { } id || ctx.Persons.Consistent(id, "birth") is not { Date: { } d, DateSpan: { } span } fact
            || DateText.PrecisionOf(d, fact.Calendar) == DatePrecision.Other)
        {
            return null;
        }

        return (id, d.Start.WithCalendar(DateText.System(fact.Calendar)).Year, span, ctx.ClusterById(id)?.Name ?? "");
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
        var complete = older is not null && younger is not null && entries.Count == total;
        // Only a complete list (as many siblings listed as the statement counts) is compared: a count
        // we misread or a partial list must not raise an alarm.
        var wrongOlder = complete && o.Count != older;
        var wrongYounger = complete && y.Count != younger;
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

    private IEnumerable<Flag> Parents(CheckContext ctx, List<(int Sentence, Listed Entry)> listed)
    {
        if (ctx.SubjectId is not { } subject || ctx.Persons.Consistent(subject, "birth") is not { Date: { } childBirth } childFact)
        {
            yield break;
        }

        var childName = ctx.Subject?.Name ?? "";
        var seen = new HashSet<int>();
        for (var k = 0; k < ctx.Tokens.Length; k++)
        {
            var isFather = ctx.MatchCue(k, "father", out _) is not null;
            var isMother = !isFather && ctx.MatchCue(k, "mother", out _) is not null;
            if (!isFather && !isMother || !ctx.IsContent(ctx.Tokens[k].Sentence))
            {
                continue;
            }

            var (_, ce) = ctx.ClauseOf(k);
            int? parent = null;
            for (var j = k + 1; j < Math.Min(ce, k + 14); j++)
            {
                var m = ctx.MentionAtToken(j);
                if (m >= 0 && ctx.Document.Entities[m].Label == EntityLabels.Person && ctx.Document.Entities[m].Cluster != subject)
                {
                    parent = ctx.Document.Entities[m].Cluster;
                    break;
                }
            }

            if (parent is not { } p || !seen.Add(p))
            {
                continue;
            }

            var parentName = ctx.ClusterById(p)?.Name ?? "";
            var parentNorm = Normalization.ArabicNormalizer.Default.NormalizeString(parentName);

            // A parent's fact counts only from a sentence naming the parent in full (a list item
            // "ماريا من مواليد 1878" is a daughter of the same given name, not the mother).
            bool Named(LifeFact f) => parentNorm.Contains(' ', StringComparison.Ordinal)
                && Normalization.ArabicNormalizer.Default.NormalizeString(ctx.Text(ctx.Document.Sentences[f.Sentence].Span)).Contains(parentNorm, StringComparison.Ordinal);
            if (ctx.Persons.Consistent(p, "birth") is { Date: { } pb } pbFact && Named(pbFact) && pb.Start > childBirth.End)
            {
                yield return CheckContext.MakeFlag(Id, Severity.Error, [pbFact.DateSpan ?? pbFact.Trigger, childFact.DateSpan ?? childFact.Trigger],
                    $"{(isFather ? "الأب" : "الأم")} {parentName} مولود في {DateText.IntervalAr(pb, pbFact.Calendar)}، أي بعد ابنه {childName} ({DateText.IntervalAr(childBirth, childFact.Calendar)}).",
                    $"The {(isFather ? "father" : "mother")} {parentName} is born {DateText.IntervalEn(pb, pbFact.Calendar)}, after the child {childName} ({DateText.IntervalEn(childBirth, childFact.Calendar)}).",
                    ("parent", parentName), ("parent_birth", DateText.Iso(pb)), ("child", childName), ("child_birth", DateText.Iso(childBirth)));
            }

            if (ctx.Persons.Consistent(p, "death") is { Date: { } pd } pdFact && Named(pdFact))
            {
                var limit = pd.End.PlusMonths(ctx.Options.PosthumousChildMonths);
                var children = new List<(string Name, GregorianInterval Birth, TextSpan Span)> { (childName, childBirth, childFact.DateSpan ?? childFact.Trigger) };
                foreach (var (_, e) in listed)
                {
                    children.Add((e.Name, new GregorianInterval(new LocalDate(e.Year, 1, 1), new LocalDate(e.Year, 12, 31)), e.YearSpan));
                }

                foreach (var (name, birth, span) in children)
                {
                    if (birth.Start > limit)
                    {
                        yield return CheckContext.MakeFlag(Id, Severity.Error, [span, pdFact.DateSpan ?? pdFact.Trigger],
                            $"{name} وُلد في {DateText.IntervalAr(birth)}، بعد أكثر من {ctx.Options.PosthumousChildMonths} أشهر من وفاة {(isFather ? "والده" : "والدته")} {parentName} ({DateText.IntervalAr(pd, pdFact.Calendar)}).",
                            $"{name} is born {DateText.IntervalEn(birth)}, more than {ctx.Options.PosthumousChildMonths} months after the death of {(isFather ? "his father" : "his mother")} {parentName} ({DateText.IntervalEn(pd, pdFact.Calendar)}).",
                            ("child", name), ("child_birth", DateText.Iso(birth)), ("parent", parentName), ("parent_death", DateText.Iso(pd)));
                    }
                }
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
