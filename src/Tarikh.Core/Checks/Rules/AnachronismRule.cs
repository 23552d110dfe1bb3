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
public sealed partial class AnachronismRule : ICheckRule
{
    /// <inheritdoc />
    public string Id => "anachronism";

    private sealed record Bound(int Cluster, GregorianInterval Date, TextSpan DateSpan, TextSpan Cue, int Clause, string Name, TextSpan NameSpan);

    /// <inheritdoc />
    public IEnumerable<Flag> Check(CheckContext ctx)
    {
        var doc = ctx.Document;
        var founded = new Dictionary<int, Bound>();
        var ended = new Dictionary<int, Bound>();
        var boundClauses = new HashSet<int>();
        (int Sentence, int Cluster, TextSpan Span)? lastBody = null;
        for (var k = 0; k < ctx.Tokens.Length; k++)
        {
            if (!ctx.IsContent(ctx.Tokens[k].Sentence))
            {
                continue;
            }

            var isFounding = ctx.MatchCue(k, "founding", out var cueLength) is not null;
            var isEnding = !isFounding && ctx.MatchCue(k, "ending", out _) is not null;
            var isProclaiming = !isFounding && !isEnding && ctx.MatchCue(k, "proclaiming", out _) is not null;
            if ((!isFounding && !isEnding && !isProclaiming) || (!isEnding && Refounded(ctx, k)))
            {
                continue; // "أُعيد تأسيس الجمعية عام 1917": a refounding, not the founding
            }

            var (clauseStart, clauseEnd) = Clause(ctx, k);
            if (Commemorated(ctx, k, clauseStart) || (isEnding && Replaces(ctx, k, clauseEnd)))
            {
                continue;
            }

            // Two cues in one clause ("قامت الجمهورية … عام 1958 وانتهت بانفصال سوريا عام 1961"): each reads its own part.
            var (cs, ce) = CueRegion(ctx, k, clauseStart, clauseEnd);
            // A cue of several words ("صدر العدد الأول من جريدة المقطم") is read from its last word.
            var cluster = NearestOrg(ctx, isFounding ? k + Math.Max(1, cueLength) - 1 : k, cs, ce, out var orgSpan);
            if (cluster is null && UntaggedBodyBefore(ctx, k, cs) is { } before)
            {
                // "وكانت الجمهورية المصرية قد أُعلنت عام 1953": the untagged body before the cue is its subject.
                cluster = -2 - before.Start;
                orgSpan = before;
            }

            if (cluster is null && RelativeAntecedent(ctx, k) is { } antecedent)
            {
                // "… في منظمة الصحة العالمية، وهي المنظمة التي أنشئت عام 1948"، "مجلة الهلال التي أسسها جرجي زيدان عام 1892":
                // a founding or ending in a relative clause is its antecedent's.
                (cluster, orgSpan) = antecedent;
            }

            if (cluster is null && UntaggedBody(ctx, k + 1, ce) is { } body)
            {
                // A state or body the tagger left untagged ("أُلغيت السلطنة العثمانية"، "تأسست جمعية الشبان الأدبية"،
                // "صدرت صحيفة «الفجر»"): its head word and the words after it name it; it gets a key of its own, below
                // every cluster id.
                cluster = -2 - body.Start;
                orgSpan = body;
            }
            else if (cluster is null && lastBody is { } lb && lb.Sentence == ctx.Tokens[k].Sentence && k - cs <= 2 && NoNameIn(ctx, cs, k)
                && (NoNameIn(ctx, k + 1, ce) || CausePhrase(ctx, k + 1)))
            {
                // A verb coordinated with the sentence's founding or ending, its subject left out: "تأسست الجمعية عام
                // 1930، وحُلّت عام 1948"، "صدرت الصحيفة عام 1920، وتوقفت نهائياً عام 1935".
                cluster = lb.Cluster;
                orgSpan = lb.Span;
            }

            var date = DateInClause(ctx, cs, ce, k);
            if (cluster is null || date is null || (isProclaiming && !Proclaimed(ctx, k, orgSpan)))
            {
                continue; // a proclamation founds a state only ("أُعلنت الجمهورية"), not whatever else is announced
            }

            cs = clauseStart;
            boundClauses.Add(cs);
            lastBody = (ctx.Tokens[k].Sentence, cluster.Value, orgSpan);
            var bound = new Bound(cluster.Value, date.Value.Date, date.Value.Span, ctx.Tokens[k].Span, cs, Norm(ctx.Text(orgSpan)), orgSpan);
            var target = isEnding ? ended : founded;
            if (!target.TryGetValue(cluster.Value, out var existing) || (!isEnding ? bound.Date.Start < existing.Date.Start : bound.Date.End > existing.Date.End))
            {
                target[cluster.Value] = bound;
            }
        }

        // Founding and dissolution claims of the claims layer (P571/P576: a founding event, an independence), for the bodies
        // the cue scan above did not bound.
        foreach (var c in ctx.Claims)
        {
            if (c.Property is not (Claims.ClaimProperties.Founded or Claims.ClaimProperties.Dissolved) || c.Modality != Claims.ClaimModality.Asserted
                || c.Value is not { Kind: Claims.ClaimValueKind.Time, Date: { } cd } || c.Value.Approximate || c.Confidence < ctx.Options.MinClaimConfidence
                || c.Value.Timex is not { } ti || ti < 0 || ti >= ctx.Timexes.Length || !ctx.Usable(ctx.Timexes[ti]) || !YearWritten(ctx.Timexes[ti])
                || !IsOrg(ctx, c.Subject) || c.Spans.IsDefaultOrEmpty)
            {
                continue;
            }

            var target = c.Property == Claims.ClaimProperties.Founded ? founded : ended;
            var (cs, ce) = Clause(ctx, ctx.FirstToken(ctx.Timexes[ti].Span));
            if (Commemorated(ctx, ce, cs, whole: true) || Retro(ctx, cs, ce) || ctx.FindCue(cs, ce, "refounding") >= 0)
            {
                continue; // "في عام 1980 وفي الذكرى الستين لتأسيس بنك مصر": the date is the anniversary's; "أُعيد تأسيسها": a refounding
            }

            var nameSpan = default(TextSpan);
            foreach (var m in ctx.Index.MentionsOf(c.Subject))
            {
                if (m >= 0 && m < ctx.Document.Entities.Length && ctx.Document.SentenceAt(ctx.Document.Entities[m].Span.Start) == ctx.Document.SentenceAt(ctx.Timexes[ti].Span.Start))
                {
                    nameSpan = ctx.Document.Entities[m].Span;
                    break;
                }
            }

            if (target.ContainsKey(c.Subject) || nameSpan == default)
            {
                continue;
            }

            boundClauses.Add(cs);
            target[c.Subject] = new Bound(c.Subject, cd, ctx.Timexes[ti].Span, c.Spans[0], cs, Norm(ctx.Text(nameSpan)), nameSpan);
        }

        var flaggedAt = new HashSet<int>();
        if (founded.Count == 0 && ended.Count == 0)
        {
            foreach (var f in KnownBounds(ctx, founded, ended, flaggedAt))
            {
                yield return f;
            }

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
                datedActClauses.Add(Clause(ctx, ctx.FirstToken(doc.Events[ev].Trigger)).Start);
            }
        }

        // Clauses holding the trigger of a dated event of any type but a founding or an ending: an act there is an act in a
        // body named in the clause with a preposition of place or affiliation ("تخرج فيها"، "نشر في جريدة المقطم"، "مثّل العراق
        // في عصبة الأمم"), never a body the act is about ("كتب عن الدولة العثمانية").
        var eventClauses = new HashSet<int>();
        foreach (var e in doc.Events)
        {
            if (e.Type is not ("founding" or "dissolution") && e.Trigger.Length > 0 && ctx.IsContent(e.Sentence))
            {
                eventClauses.Add(Clause(ctx, ctx.FirstToken(e.Trigger)).Start);
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
        // A body named again by its head noun alone ("تأسست جمعية المقاصد …" … "رئيساً للجمعية"، "في الجامعة"،
        // "للسلطنة"): the head word of each bound's name, when one body only has it.
        var byHead = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var b in founded.Values.Concat(ended.Values))
        {
            var head = Head(b.Name);
            if (head.Length >= 3)
            {
                byHead[head] = byHead.TryGetValue(head, out var other) && other != b.Cluster ? int.MinValue : b.Cluster;
            }
        }

        for (var k = 0; k < ctx.Tokens.Length; k++)
        {
            var cluster = ctx.ClusterNamedAt(k, out var mentionSpan);
            var anaphor = false;
            var pronoun = false;
            var unit = false;
            if (cluster < 0 || (!founded.ContainsKey(cluster) && !ended.ContainsKey(cluster)))
            {
                var named = cluster >= 0;
                // A name of one word (the tagger's "فاطميين" inside "للفاطميين", a group) may be read as the state's people.
                if (HeadAnaphor(ctx, k, byHead, founded, ended) is { } ref_ && (!named || ctx.Tokens[k].Span.Contains(mentionSpan)))
                {
                    (cluster, mentionSpan) = ref_;
                    anaphor = true;
                }
                else if (!named && PronounReference(ctx, k, byHead, founded, ended, boundClauses) is { } pronounRef)
                {
                    // "عُيّن مندوبا لمصر لديها"، "انتُخب عضوا في أمانتها العامة": a pronoun for the body named before.
                    (cluster, mentionSpan) = pronounRef;
                    anaphor = true;
                    pronoun = true;
                }
                else if (named && UnitOf(ctx, mentionSpan, founded, ended) is { } unitOf)
                {
                    // "جيش الجمهورية المصرية" tagged as one name: a unit of the state, dated, is an act of the state.
                    cluster = unitOf;
                    anaphor = true;
                    unit = true;
                }
            }

            if (cluster == -1)
            {
                continue;
            }

            var mention = new Entities.EntityMention(mentionSpan, ctx.Text(mentionSpan), "", cluster, 1);
            var skipTo = ctx.EndToken(mentionSpan) - 1;
            var clusterName = ctx.ClusterById(cluster)?.Name;
            var hasStart = founded.TryGetValue(cluster, out var f) || (clusterName is not null && foundedByName.TryGetValue(NameKey(clusterName), out f));
            var hasEnd = ended.TryGetValue(cluster, out var en) || (clusterName is not null && endedByName.TryGetValue(NameKey(clusterName), out en));
            if ((!hasStart && !hasEnd) || !ctx.IsContent(ctx.Tokens[k].Sentence))
            {
                k = Math.Max(k, skipTo);
                continue;
            }

            var (cs, ce) = Clause(ctx, IsQuote(ctx.Tokens[k]) && k + 1 < ctx.Tokens.Length ? k + 1 : k);
            k = Math.Max(k, skipTo);
            if (boundClauses.Contains(cs) || Retro(ctx, cs, ce) || ctx.FindCue(cs, ce, "founding") >= 0 || ctx.FindCue(cs, ce, "ending") >= 0)
            {
                continue;
            }

            var activity = unit || UnitBefore(ctx, ctx.FirstToken(mentionSpan))
                || (anaphor && !pronoun && ctx.MatchCue(ctx.FirstToken(mentionSpan), "ruler-title", out _) is not null) || ctx.FindCue(cs, ce, "activity") >= 0
                || participates.Contains((ctx.Tokens[k].Sentence, cluster)) || datedActClauses.Contains(cs)
                || (eventClauses.Contains(cs) && AffiliationBefore(ctx, ctx.FirstToken(mentionSpan), pronoun));
            if (!activity || (DateInClause(ctx, cs, ce, k) ?? FrontedDate(ctx, cs)) is not { } when || !reported.Add((cluster, when.Span.Start)))
            {
                continue;
            }

            // The mention must name the same body as the founding or ending statement ("بنك مصر" is not
            // "استديو مصر", the country تونغا is not the newspaper), and the date must be the mention's own:
            // no other name stands between them ("… في سورية … اتفاقية باريس لعام 1883").
            var mentionName = Norm(mention.Text);
            if ((!anaphor && ((hasStart && !SameName(ctx, mentionName, f!.Name)) || (hasEnd && !SameName(ctx, mentionName, en!.Name)))) || OtherNameBetween(ctx, mentionSpan, when.Span, cluster))
            {
                continue;
            }

            var name = ctx.ClusterById(mention.Cluster)?.Name ?? (hasStart ? ctx.Text(f!.NameSpan) : ctx.Text(en!.NameSpan));

            // A pronoun's body is inferred (the nearest body named before that agrees with it): a warning, not an error.
            var severity = pronoun ? Severity.Warning : Severity.Error;
            flaggedAt.Add(mention.Span.Start);
            var reference = pronoun ? "pronoun" : unit ? "unit" : anaphor ? "anaphor" : "name";
            if (hasStart && when.Date.End < f!.Date.Start && !PreFounding(ctx, ctx.Tokens[k].Sentence))
            {
                yield return CheckContext.MakeFlag(Id, severity, [mention.Span, when.Span, f.Cue, f.DateSpan],
                    $"يربط النص «{mention.Text}» بتاريخ {DateText.IntervalAr(when.Date)}، لكنه يذكر أن {name} تأسس في {DateText.IntervalAr(f.Date)}.",
                    $"The text ties “{mention.Text}” to {DateText.IntervalEn(when.Date)}, but it says {name} was founded in {DateText.IntervalEn(f.Date)}.",
                    ("entity", name), ("date", DateText.Iso(when.Date)), ("founded", DateText.Iso(f.Date)), ("reason", "before-founding"), ("reference", reference));
            }
            else if (hasEnd && when.Date.Start > en!.Date.End)
            {
                yield return CheckContext.MakeFlag(Id, severity, [mention.Span, when.Span, en.Cue, en.DateSpan],
                    $"يربط النص «{mention.Text}» بتاريخ {DateText.IntervalAr(when.Date)}، لكنه يذكر أن {name} انتهى في {DateText.IntervalAr(en.Date)}.",
                    $"The text ties “{mention.Text}” to {DateText.IntervalEn(when.Date)}, but it says {name} ended in {DateText.IntervalEn(en.Date)}.",
                    ("entity", name), ("date", DateText.Iso(when.Date)), ("ended", DateText.Iso(en.Date)), ("reason", "after-end"), ("reference", reference));
            }
        }

        foreach (var f in KnownBounds(ctx, founded, ended, flaggedAt))
        {
            yield return f;
        }
    }

    private static Dictionary<string, Bound> ByName(CheckContext ctx, Dictionary<int, Bound> bounds)
    {
        var byName = new Dictionary<string, Bound>(StringComparer.Ordinal);
        foreach (var (cluster, bound) in bounds)
        {
            if (ctx.ClusterById(cluster)?.Name is { } name && name.Contains(' ', StringComparison.Ordinal))
            {
                byName.TryAdd(NameKey(name), bound);
            }
        }

        return byName;
    }
}
