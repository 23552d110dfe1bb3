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

            var isFounding = ctx.MatchCue(k, "founding", out _) is not null;
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
            var cluster = NearestOrg(ctx, k, cs, ce, out var orgSpan);
            if (cluster is null && UntaggedBodyBefore(ctx, k, cs) is { } before)
            {
                // "وكانت الجمهورية المصرية قد أُعلنت عام 1953": the untagged body before the cue is its subject.
                cluster = -2 - before.Start;
                orgSpan = before;
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
                || c.Value.Timex is not { } ti || ti < 0 || ti >= ctx.Timexes.Length || !ctx.Usable(ctx.Timexes[ti]) || !CheckContext.HasWrittenYear(ctx.Timexes[ti])
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
                datedActClauses.Add(Clause(ctx, ctx.FirstToken(doc.Events[ev].Trigger)).Start);
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
                || participates.Contains((ctx.Tokens[k].Sentence, cluster)) || datedActClauses.Contains(cs);
            if (!activity || DateInClause(ctx, cs, ce, k) is not { } when || !reported.Add((cluster, when.Span.Start)))
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

    /// <summary>
    /// The clause around a token, joined across a quoted title: "صدرت صحيفة «الأيام» في الخرطوم عام 1953" is one clause, though
    /// the quotation marks end clauses in the document index (a title is a name inside the clause, not a clause of its own).
    /// </summary>
    private static (int Start, int End) Clause(CheckContext ctx, int k)
    {
        var (cs, ce) = ctx.ClauseOf(k);
        var tokens = ctx.Tokens;
        for (var step = 0; step < 4 && cs >= 2 && IsQuote(tokens[cs - 1]) && tokens[cs - 2].Sentence == tokens[k].Sentence
            && !(ctx.Index.IsClauseBreak(cs - 2) && !IsQuote(tokens[cs - 2])); step++)
        {
            cs = IsQuote(tokens[cs - 2]) ? cs - 2 : ctx.ClauseOf(cs - 2).Start;
        }

        for (var step = 0; step < 4 && ce + 1 < tokens.Length && IsQuote(tokens[ce]) && tokens[ce + 1].Sentence == tokens[k].Sentence
            && !(ctx.Index.IsClauseBreak(ce + 1) && !IsQuote(tokens[ce + 1])); step++)
        {
            ce = IsQuote(tokens[ce + 1]) ? ce + 1 : ctx.ClauseOf(ce + 1).End;
        }

        return (cs, ce);
    }

    private static bool IsQuote(Segmentation.Token t) => t.Kind == Segmentation.TokenKind.Punctuation && t.Norm is "«" or "»" or "\"";

    /// <summary>
    /// The key a state's or body's full name is looked up by: normalized, without articles, so the mentions the tagger typed
    /// apart ("الدولة العثمانية" ORG, "للدولة العثمانية" read as "دولة العثمانية" LOC) name the same body.
    /// </summary>
    private static string NameKey(string name) => WithoutArticles(Norm(name));

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
        var seatSkipped = false;
        for (var j = cue + 1; j < ce && j <= cue + 3 && !CausePhrase(ctx, j); j++)
        {
            var c = ctx.ClusterNamedAt(j, out span);
            if (c >= 0)
            {
                if (IsOrg(ctx, c))
                {
                    return c;
                }

                if (!Seat(ctx, j, c))
                {
                    return null;
                }

                // "أسست في لندن عام 1946": the seat is no subject; the body is named before the verb.
                seatSkipped = true;
                j = Math.Max(j, ctx.EndToken(span) - 1);
            }
        }

        for (var j = cue - 1; j >= cs && j >= cue - 4; j--)
        {
            var c = ctx.ClusterNamedAt(j, out span);
            if (c >= 0)
            {
                if (!IsOrg(ctx, c) && seatSkipped && ctx.ClusterById(c)?.Label == EntityLabels.Group && j > cs && ctx.ClusterNamedAt(j - 1, out _) is var before and >= 0 && IsOrg(ctx, before))
                {
                    continue; // "اتحاد الكتاب الأفارقة": a people's name the tagger cut from the body's name
                }

                return IsOrg(ctx, c) ? c : null;
            }
        }

        span = default;
        return null;
    }

    /// <summary>
    /// True when an anniversary word stands just before the cue (or, with <paramref name="whole"/>, anywhere in the clause from
    /// <paramref name="cs"/>) ("في الذكرى الستين لتأسيس بنك مصر"): the clause's
    /// date is the commemoration's, not the founding's.
    /// </summary>
    private static bool Commemorated(CheckContext ctx, int cue, int cs, bool whole = false)
    {
        for (var j = cue - 1; j >= Math.Max(cs, whole ? cs : cue - 4); j--)
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

    /// <summary>The first word of a name without its article ("جمعية المقاصد" → "جمعيه").</summary>
    private static string Head(string normalizedName)
    {
        var first = normalizedName.Split(' ', 2)[0];
        return first.StartsWith("ال", StringComparison.Ordinal) && first.Length > 4 ? first[2..] : first;
    }

    private static string BareBase(Segmentation.Token t)
    {
        var b = t.Base;
        if ((t.Clitics & Segmentation.Proclitics.Al) != 0)
        {
            return b; // the article is already a clitic: "الألعاب" → "ألعاب", not "عاب"
        }

        return b.StartsWith("ال", StringComparison.Ordinal) && b.Length > 4 ? b[2..] : b;
    }

    private static bool Definite(Segmentation.Token t) => (t.Clitics & Segmentation.Proclitics.Al) != 0 || t.Base.StartsWith("ال", StringComparison.Ordinal);

    /// <summary>
    /// A definite head noun at <paramref name="k"/> that names a founded or ended body again ("للجمعية"، "في
    /// الجامعة"): the body's key and the span (with the body's own adjectives when the text repeats them). Not when
    /// another definite word follows that is not part of the body's name ("الجامعة الأمريكية" is another university).
    /// </summary>
    private static (int Cluster, TextSpan Span)? HeadAnaphor(CheckContext ctx, int k, Dictionary<string, int> byHead, Dictionary<int, Bound> founded, Dictionary<int, Bound> ended)
    {
        var t = ctx.Tokens[k];
        if (ctx.Text(t.Span) == "«")
        {
            return QuotedTitle(ctx, k, founded, ended);
        }

        if (t.Kind == Segmentation.TokenKind.Arabic && Definite(t) && Nisba(ctx, k, founded, ended) is { } nisba)
        {
            return nisba;
        }

        // The head noun with the article ("للجمعية"), or without it when the whole name follows ("صحيفة الأيام", in construct).
        if (t.Kind != Segmentation.TokenKind.Arabic || !byHead.TryGetValue(BareBase(t), out var cluster) || cluster == int.MinValue)
        {
            return null;
        }

        var bound = founded.TryGetValue(cluster, out var b) ? b : ended[cluster];
        if (bound.NameSpan.Contains(t.Span) || bound.NameSpan.Start > t.Span.Start
            || t.Sentence - ctx.Document.SentenceAt(bound.NameSpan.Start) > MaxAnaphorSentences)
        {
            return null; // the founding or ending statement's own name, or a name too far back (or after) to be meant
        }

        // The nearest earlier name with the same head word is the one meant ("درس في جامعة كوبنهاغن … أستاذاً في
        // الجامعة نفسها"): the bound's body only when no other such name stands between.
        var head = BareBase(t);
        foreach (var e in ctx.Document.Entities)
        {
            if (e.Span.Start >= bound.NameSpan.End && e.Span.End <= t.Span.Start && e.Cluster != cluster && Head(Norm(e.Text)) == head)
            {
                return null;
            }
        }

        var words = bound.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = k;
        for (var w = 1; w < words.Length && end + 1 < ctx.Tokens.Length && ctx.Tokens[end + 1].Sentence == t.Sentence; w++)
        {
            var next = ctx.Tokens[end + 1];
            var want = words[w].StartsWith("ال", StringComparison.Ordinal) && words[w].Length > 4 ? words[w][2..] : words[w];
            if (BareBase(next) != want)
            {
                break;
            }

            end++;
        }

        if (!Definite(t) && (words.Length < 2 || end - k + 1 < words.Length))
        {
            return null; // an indefinite head noun alone ("جمعية"، "صحيفة أخرى") names no particular body
        }

        if (end == k && k + 1 < ctx.Tokens.Length && ctx.Tokens[k + 1].Sentence == t.Sentence && ctx.Tokens[k + 1].Kind == Segmentation.TokenKind.Arabic
            && Definite(ctx.Tokens[k + 1]) && ctx.Tokens[k + 1].Clitics == Segmentation.Proclitics.Al)
        {
            return null; // "الجامعة الأمريكية": a definite adjective that is not the body's makes another body
        }

        return (cluster, new TextSpan(t.Span.Start, ctx.Tokens[end].Span.End));
    }

    /// <summary>How many sentences back a head noun may refer to a founded or ended body named in full.</summary>
    private const int MaxAnaphorSentences = 6;

    /// <summary>A title in quotation marks that is the quoted name of a founded or ended body («الفجر الجديد»).</summary>
    private static (int Cluster, TextSpan Span)? QuotedTitle(CheckContext ctx, int k, Dictionary<int, Bound> founded, Dictionary<int, Bound> ended)
    {
        for (var q = k + 1; q < ctx.Tokens.Length && q <= k + 7 && ctx.Tokens[q].Sentence == ctx.Tokens[k].Sentence; q++)
        {
            if (ctx.Text(ctx.Tokens[q].Span) != "»")
            {
                continue;
            }

            var span = new TextSpan(ctx.Tokens[k].Span.Start, ctx.Tokens[q].Span.End);
            var inner = Norm(ctx.Text(span));
            foreach (var b in founded.Values.Concat(ended.Values))
            {
                if (!b.NameSpan.Overlaps(span) && b.Name.EndsWith(inner, StringComparison.Ordinal))
                {
                    return (b.Cluster, span);
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// A relative adjective of a founded or ended state used for its people or its ruler: "للفاطميين" (the Fatimids)
    /// for "الدولة الفاطمية", "الخليفة الأموي" for "الدولة الأموية" (a ruler's title before the adjective).
    /// </summary>
    private static (int Cluster, TextSpan Span)? Nisba(CheckContext ctx, int k, Dictionary<int, Bound> founded, Dictionary<int, Bound> ended)
    {
        var bare = BareBase(ctx.Tokens[k]);
        var plural = bare.Length > 5 && (bare.EndsWith("ين", StringComparison.Ordinal) || bare.EndsWith("ون", StringComparison.Ordinal));
        var titled = k > 0 && ctx.Tokens[k - 1].Sentence == ctx.Tokens[k].Sentence && ctx.MatchCue(k - 1, "ruler-title", out _) is not null;
        if (!plural && !titled)
        {
            return null;
        }

        var stem = plural ? bare[..^2] : bare;
        if (!stem.EndsWith('ي'))
        {
            return null;
        }

        foreach (var b in founded.Values.Concat(ended.Values))
        {
            var words = b.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || b.NameSpan.Contains(ctx.Tokens[k].Span) || !IsBodyHead(ctx, Head(b.Name)))
            {
                continue;
            }

            foreach (var w in words.Skip(1))
            {
                var wb = w.StartsWith("ال", StringComparison.Ordinal) && w.Length > 4 ? w[2..] : w;
                // "الفاطمية" for "الفاطميين"; a broken plural by its letters: "المماليك" for "المملوكي" (مملك).
                if (wb == stem + "ه" || wb == stem + "ة" || (wb.Length >= 5 && Skeleton(wb) is { Length: >= 4 } sk && sk == Skeleton(stem)))
                {
                    var start = titled ? ctx.Tokens[k - 1].Span.Start : ctx.Tokens[k].Span.Start;
                    return (b.Cluster, new TextSpan(start, ctx.Tokens[k].Span.End));
                }
            }
        }

        return null;
    }

    /// <summary>The consonants of a word: without long vowels, the final ta marbuta and the relative ending's ya.</summary>
    private static string Skeleton(string word) => new([.. word.Where(c => c is not ('ا' or 'و' or 'ي' or 'ى' or 'ة' or 'ه' or 'أ' or 'إ' or 'آ'))]);

    /// <summary>
    /// An untagged state or body right after a founding or ending cue: a state or body head word ("السلطنة"،
    /// "مملكة"، "جمعية"، "صحيفة"), with or without the article, and the name after it: up to three words with the
    /// article only ("العثمانية"، "الوادي الأخضر") or a title in quotation marks («الفجر الجديد»).
    /// </summary>
    private static TextSpan? UntaggedBody(CheckContext ctx, int from, int ce)
    {
        if (from >= ce || ctx.Tokens[from].Kind != Segmentation.TokenKind.Arabic || ctx.MentionAtToken(from) >= 0
            || (ctx.Tokens[from].Clitics & ~Segmentation.Proclitics.Al) != 0)
        {
            return null;
        }

        var head = BareBase(ctx.Tokens[from]);
        if (!IsBodyHead(ctx, head))
        {
            return null;
        }

        var end = from;
        if (from + 1 < ce && ctx.Text(ctx.Tokens[from + 1].Span) == "«")
        {
            for (var q = from + 2; q < ce && q <= from + 8; q++)
            {
                if (ctx.Text(ctx.Tokens[q].Span) == "»")
                {
                    return q > from + 2 ? new TextSpan(ctx.Tokens[from].Span.Start, ctx.Tokens[q].Span.End) : null;
                }
            }

            return null;
        }

        while (end + 1 < ce && end - from < 3 && ctx.Tokens[end + 1].Kind == Segmentation.TokenKind.Arabic && ctx.Tokens[end + 1].Clitics == Segmentation.Proclitics.Al)
        {
            end++;
        }

        return end == from ? null : new TextSpan(ctx.Tokens[from].Span.Start, ctx.Tokens[end].Span.End);
    }

    private static bool IsBodyHead(CheckContext ctx, string bare)
    {
        foreach (var category in (ReadOnlySpan<string>)["state-head", "body-head"])
        {
            foreach (var c in ctx.Lexicon.Cues(category))
            {
                if (c.Tokens.Length == 1 && (c.Tokens[0] == bare || (c.Tokens[0].StartsWith("ال", StringComparison.Ordinal) && c.Tokens[0][2..] == bare)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when no entity is named in the clause.</summary>
    private static bool NoNameIn(CheckContext ctx, int cs, int ce)
    {
        for (var k = cs; k < ce; k++)
        {
            if (ctx.MentionAtToken(k) >= 0)
            {
                return false;
            }
        }

        return true;
    }


    /// <summary>
    /// True when two normalized names are the same (the article aside: "للاتحاد السوفيتي"), or the shorter (two words or
    /// more) begins the longer, or the longer is the shorter (two words or more) after a body's head word ("جمعية العروة
    /// الوثقى" and "العروة الوثقى").
    /// </summary>
    private static bool SameName(CheckContext ctx, string a, string b)
        => SameNameOnce(ctx, a, b) || SameNameOnce(ctx, WithoutProclitic(a), b) || SameNameOnce(ctx, a, WithoutProclitic(b));

    /// <summary>A name without the one-letter preposition or conjunction the tagger left on its first word ("لجمعية العروة الوثقى").</summary>
    private static string WithoutProclitic(string name)
        => name.Length > 4 && name[0] is 'ل' or 'ب' or 'و' or 'ف' or 'ك' && name.IndexOf(' ', StringComparison.Ordinal) is var sp && (sp < 0 ? name.Length : sp) >= 4 ? name[1..] : name;

    private static bool SameNameOnce(CheckContext ctx, string a, string b)
    {
        a = WithoutArticles(a);
        b = WithoutArticles(b);
        if (a == b)
        {
            return true;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (!shorter.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        return longer.StartsWith(shorter + " ", StringComparison.Ordinal)
            || (longer.EndsWith(" " + shorter, StringComparison.Ordinal) && longer.IndexOf(' ', StringComparison.Ordinal) == longer.Length - shorter.Length - 1
                && IsBodyHead(ctx, longer[..(longer.Length - shorter.Length - 1)]));
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
