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
/// than ten months after a parent's death.
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

        var parentFlags = new List<Flag>(Parents(ctx, listed));
        foreach (var f in parentFlags)
        {
            yield return f;
        }

        foreach (var f in ParentBornInApposition(ctx, parentFlags))
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
                if (birth.Start > limit)
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
                || already.Any(f => f.Spans.Any(s => s.Overlaps(t.Span))))
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

    /// <summary>The calibrated severity (<see cref="ClaimFacts.Calibrated"/>), capped at a warning: ages and gaps that may be stated at different times.</summary>
    private static Severity AtMostWarning(CheckContext ctx, params Claim?[] claims)
        => ClaimFacts.Calibrated(ctx, claims) == Severity.Info ? Severity.Info : Severity.Warning;

    private static string ParentAr(bool? father) => father switch { true => "الأب", false => "الأم", null => "الوالد" };

    private static string ParentEn(bool? father) => father switch { true => "father", false => "mother", null => "parent" };

    private static string ParentOfAr(bool? father) => father switch { true => "والده", false => "والدته", null => "أحد والديه" };

    private static string ParentOfEn(bool? father) => father switch { true => "his father", false => "his mother", null => "a parent" };

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
