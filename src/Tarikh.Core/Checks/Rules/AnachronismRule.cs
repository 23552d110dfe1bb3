using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// anachronism: an office in, membership of, or event of an organization or state dated before its
/// founding or after its end, as the same text states them ("تأسس الحزب عام 1918" … "انضم إلى الحزب
/// عام 1915"). Founding and ending come from founding/dissolution events and from founding or ending
/// cue words next to the entity with a date in the same clause; an activity is an event with the
/// entity as participant, or an office/membership cue in the entity's clause with a date.
/// </summary>
public sealed class AnachronismRule : ICheckRule
{
    /// <inheritdoc />
    public string Id => "anachronism";

    private sealed record Bound(int Cluster, GregorianInterval Date, TextSpan DateSpan, TextSpan Cue, int Clause, string Name);

    /// <inheritdoc />
    public IEnumerable<Flag> Check(CheckContext ctx)
    {
        var doc = ctx.Document;
        var founded = new Dictionary<int, Bound>();
        var ended = new Dictionary<int, Bound>();
        var boundClauses = new HashSet<int>();
        for (var k = 0; k < ctx.Tokens.Length; k++)
        {
            if (!ctx.IsContent(ctx.Tokens[k].Sentence))
            {
                continue;
            }

            var isFounding = ctx.MatchCue(k, "founding", out _) is not null;
            var isEnding = !isFounding && ctx.MatchCue(k, "ending", out _) is not null;
            if (!isFounding && !isEnding)
            {
                continue;
            }

            var (cs, ce) = ctx.ClauseOf(k);
            if (Commemorated(ctx, k, cs) || (isEnding && Replaces(ctx, k, ce)))
            {
                continue;
            }

            var cluster = NearestOrg(ctx, k, cs, ce, out var orgSpan);
            var date = DateInClause(ctx, cs, ce, k);
            if (cluster is null || date is null)
            {
                continue;
            }

            boundClauses.Add(cs);
            var bound = new Bound(cluster.Value, date.Value.Date, date.Value.Span, ctx.Tokens[k].Span, cs, Norm(ctx.Text(orgSpan)));
            var target = isFounding ? founded : ended;
            if (!target.TryGetValue(cluster.Value, out var existing) || (isFounding ? bound.Date.Start < existing.Date.Start : bound.Date.End > existing.Date.End))
            {
                target[cluster.Value] = bound;
            }
        }

        if (founded.Count == 0 && ended.Count == 0)
        {
            yield break;
        }

        var reported = new HashSet<(int, int)>();

        // A state is an organization and a place: the tagger may type one of its mentions LOC and another ORG,
        // which the clusterer keeps apart. The same full name names the same state.
        var foundedByName = ByName(ctx, founded);
        var endedByName = ByName(ctx, ended);

        // Clauses holding a dated office, membership, employment or study of a person (read by the claims
        // stage): an organization or state named in that clause is where it took place.
        var datedActClauses = new HashSet<int>();
        foreach (var c in ctx.Claims)
        {
            if (c.Time is not null && c.Event is { } ev && ev >= 0 && ev < doc.Events.Length && c.Modality == Claims.ClaimModality.Asserted
                && c.Property is Claims.ClaimProperties.PositionHeld or Claims.ClaimProperties.MemberOf or Claims.ClaimProperties.Employer or Claims.ClaimProperties.EducatedAt)
            {
                datedActClauses.Add(ctx.ClauseOf(ctx.FirstToken(doc.Events[ev].Trigger)).Start);
            }
        }

        // (sentence, cluster) of every event participant, once: no scan of all events per mention.
        var participates = new HashSet<(int Sentence, int Cluster)>();
        foreach (var e in doc.Events)
        {
            if (e.Type is "founding" or "dissolution")
            {
                continue;
            }

            foreach (var p in e.Participants)
            {
                participates.Add((e.Sentence, p.Cluster));
            }
        }
        for (var k = 0; k < ctx.Tokens.Length; k++)
        {
            var cluster = ctx.ClusterNamedAt(k, out var mentionSpan);
            if (cluster < 0)
            {
                continue;
            }

            var mention = new Entities.EntityMention(mentionSpan, ctx.Text(mentionSpan), "", cluster, 1);
            var skipTo = ctx.EndToken(mentionSpan) - 1;
            var clusterName = ctx.ClusterById(cluster)?.Name;
            var hasStart = founded.TryGetValue(cluster, out var f) || (clusterName is not null && foundedByName.TryGetValue(clusterName, out f));
            var hasEnd = ended.TryGetValue(cluster, out var en) || (clusterName is not null && endedByName.TryGetValue(clusterName, out en));
            if ((!hasStart && !hasEnd) || !ctx.IsContent(ctx.Tokens[k].Sentence))
            {
                k = Math.Max(k, skipTo);
                continue;
            }

            var (cs, ce) = ctx.ClauseOf(k);
            k = Math.Max(k, skipTo);
            if (boundClauses.Contains(cs) || Retro(ctx, cs, ce) || ctx.FindCue(cs, ce, "founding") >= 0 || ctx.FindCue(cs, ce, "ending") >= 0)
            {
                continue;
            }

            var activity = ctx.FindCue(cs, ce, "activity") >= 0 || participates.Contains((ctx.Tokens[k].Sentence, cluster)) || datedActClauses.Contains(cs);
            if (!activity || DateInClause(ctx, cs, ce, k) is not { } when || !reported.Add((cluster, when.Span.Start)))
            {
                continue;
            }

            // The mention must name the same body as the founding or ending statement ("بنك مصر" is not
            // "استديو مصر", the country تونغا is not the newspaper), and the date must be the mention's own:
            // no other name stands between them ("… في سورية … اتفاقية باريس لعام 1883").
            var mentionName = Norm(mention.Text);
            if ((hasStart && !SameName(mentionName, f!.Name)) || (hasEnd && !SameName(mentionName, en!.Name)) || OtherNameBetween(ctx, mentionSpan, when.Span, cluster))
            {
                continue;
            }

            var name = ctx.ClusterById(mention.Cluster)?.Name ?? mention.Text;
            if (hasStart && when.Date.End < f!.Date.Start)
            {
                yield return CheckContext.MakeFlag(Id, Severity.Error, [mention.Span, when.Span, f.Cue, f.DateSpan],
                    $"يربط النص «{mention.Text}» بتاريخ {DateText.IntervalAr(when.Date)}، لكنه يذكر أن {name} تأسس في {DateText.IntervalAr(f.Date)}.",
                    $"The text ties “{mention.Text}” to {DateText.IntervalEn(when.Date)}, but it says {name} was founded in {DateText.IntervalEn(f.Date)}.",
                    ("entity", name), ("date", DateText.Iso(when.Date)), ("founded", DateText.Iso(f.Date)), ("reason", "before-founding"));
            }
            else if (hasEnd && when.Date.Start > en!.Date.End)
            {
                yield return CheckContext.MakeFlag(Id, Severity.Error, [mention.Span, when.Span, en.Cue, en.DateSpan],
                    $"يربط النص «{mention.Text}» بتاريخ {DateText.IntervalAr(when.Date)}، لكنه يذكر أن {name} انتهى في {DateText.IntervalAr(en.Date)}.",
                    $"The text ties “{mention.Text}” to {DateText.IntervalEn(when.Date)}, but it says {name} ended in {DateText.IntervalEn(en.Date)}.",
                    ("entity", name), ("date", DateText.Iso(when.Date)), ("ended", DateText.Iso(en.Date)), ("reason", "after-end"));
            }
        }
    }

    private static Dictionary<string, Bound> ByName(CheckContext ctx, Dictionary<int, Bound> bounds)
    {
        var byName = new Dictionary<string, Bound>(StringComparer.Ordinal);
        foreach (var (cluster, bound) in bounds)
        {
            if (ctx.ClusterById(cluster)?.Name is { } name && name.Contains(' ', StringComparison.Ordinal))
            {
                byName.TryAdd(name, bound);
            }
        }

        return byName;
    }

    private static bool BareNumberAfterForeignWord(CheckContext ctx, Time.Timex t)
    {
        if (!t.Text.All(c => char.IsDigit(c) || char.IsWhiteSpace(c)))
        {
            return false;
        }

        var before = ctx.FirstToken(t.Span) - 1;
        return before >= 0 && ctx.Tokens[before].Kind is Segmentation.TokenKind.Latin or Segmentation.TokenKind.Number or Segmentation.TokenKind.Symbol;
    }

    /// <summary>A retrospective word in the clause ("قبل"، "سابقاً"، "لاحقاً"), but not "من قبل" ("by": the agent of a passive).</summary>
    private static bool Retro(CheckContext ctx, int cs, int ce)
    {
        for (var k = ctx.FindCue(cs, ce, "retro"); k >= 0; k = ctx.FindCue(k + 1, ce, "retro"))
        {
            if (!(k > cs && ctx.Tokens[k - 1].Norm == "من" && ctx.Tokens[k].Norm == "قبل"))
            {
                return true;
            }
        }

        return false;
    }

    private static int? NearestOrg(CheckContext ctx, int cue, int cs, int ce, out TextSpan span)
    {
        // After the cue first ("تأسس الحزب"), then before it ("الحزب الذي أسسه"): the cue's own subject or object, close by.
        for (var j = cue + 1; j < ce && j <= cue + 3; j++)
        {
            var c = ctx.ClusterNamedAt(j, out span);
            if (c >= 0)
            {
                return IsOrg(ctx, c) ? c : null;
            }
        }

        for (var j = cue - 1; j >= cs && j >= cue - 4; j--)
        {
            var c = ctx.ClusterNamedAt(j, out span);
            if (c >= 0)
            {
                return IsOrg(ctx, c) ? c : null;
            }
        }

        span = default;
        return null;
    }

    /// <summary>
    /// True when an anniversary word stands just before the cue ("في الذكرى الستين لتأسيس بنك مصر"): the clause's
    /// date is the commemoration's, not the founding's.
    /// </summary>
    private static bool Commemorated(CheckContext ctx, int cue, int cs)
    {
        for (var j = cue - 1; j >= Math.Max(cs, cue - 4); j--)
        {
            var w = ctx.Tokens[j].Norm;
            if (w.Contains("ذكرى", StringComparison.Ordinal) || w.Contains("ذكري", StringComparison.Ordinal) || w.Contains("يوبيل", StringComparison.Ordinal)
                || w.Contains("مئوية", StringComparison.Ordinal) || w.Contains("مئويه", StringComparison.Ordinal) || w.Contains("احتفال", StringComparison.Ordinal)
                || w.Contains("مناسبة", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when "حلّ" means "took the place of" ("حلت عام 2008 بديلاً عن"، "حلّ محلّه"): a succession, not an end.</summary>
    private static bool Replaces(CheckContext ctx, int cue, int ce)
    {
        for (var j = cue + 1; j < Math.Min(ce, cue + 5); j++)
        {
            var w = ctx.Tokens[j].Norm;
            if (w.Contains("محل", StringComparison.Ordinal) || w.Contains("مكان", StringComparison.Ordinal) || w.Contains("بديل", StringComparison.Ordinal)
                || w.Contains("بدلا", StringComparison.Ordinal) || w.Contains("خلفا", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Norm(string s) => Normalization.ArabicNormalizer.Default.NormalizeString(s);

    /// <summary>True when two normalized names are the same (the article aside: "للاتحاد السوفيتي"), or the shorter (two words or more) begins the longer.</summary>
    private static bool SameName(string a, string b)
    {
        a = WithoutArticles(a);
        b = WithoutArticles(b);
        if (a == b)
        {
            return true;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Contains(' ', StringComparison.Ordinal) && longer.StartsWith(shorter + " ", StringComparison.Ordinal);
    }

    private static string WithoutArticles(string name)
        => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.StartsWith("ال", StringComparison.Ordinal) && w.Length > 3 ? w[2..] : w));

    /// <summary>
    /// True when the date belongs to a place, organization or other non-person name of another cluster written between
    /// it and the mention, right before the date ("… في سورية … اتفاقية باريس لعام 1883"); the actor may stand between.
    /// </summary>
    private static bool OtherNameBetween(CheckContext ctx, TextSpan mention, TextSpan date, int cluster)
    {
        if (mention.End > date.Start)
        {
            return false;
        }

        var to = ctx.FirstToken(date);
        var from = Math.Max(ctx.EndToken(mention), to - 3);
        for (var k = from; k < to; k++)
        {
            var c = ctx.ClusterNamedAt(k, out _);
            if (c >= 0 && c != cluster && ctx.ClusterById(c)?.Label != EntityLabels.Person)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOrg(CheckContext ctx, int cluster)
    {
        var c = ctx.ClusterById(cluster);
        return c?.Label == EntityLabels.Organization || (c?.Label == EntityLabels.Location && (c.Kind is "country" or "state" || StateHead(ctx, c.Name)));
    }

    /// <summary>True when a place's name begins with a word that makes it a state ("الدولة الأموية", "المملكة العراقية").</summary>
    private static bool StateHead(CheckContext ctx, string name)
    {
        var first = Norm(name).Split(' ', 2)[0];
        return ctx.Lexicon.Cues("state-head").Any(c => c.Tokens.Length == 1 && c.Tokens[0] == first);
    }

    private static (GregorianInterval Date, TextSpan Span)? DateInClause(CheckContext ctx, int cs, int ce, int near)
    {
        var clause = new TextSpan(ctx.Tokens[cs].Span.Start, ctx.Tokens[ce - 1].Span.End);
        (GregorianInterval, TextSpan)? best = null;
        var bestDistance = int.MaxValue;
        var at = ctx.Tokens[near].Span.Start;
        foreach (var ti in ctx.TimexesInSentence(ctx.Tokens[near].Sentence))
        {
            var t = ctx.Timexes[ti];
            // A bare number after a Latin word or a number ("IEEE 1003", "Std 1003") is a standard's number, not a year.
            if (!clause.Contains(t.Span) || !ctx.Usable(t) || !CheckContext.HasWrittenYear(t) || BareNumberAfterForeignWord(ctx, t))
            {
                continue;
            }

            var distance = Math.Abs(t.Span.Start - at);
            if (distance < bestDistance)
            {
                best = (t.Gregorian!.Value, t.Span);
                bestDistance = distance;
            }
        }

        return best;
    }
}
