using System.Collections.Immutable;
using Tarikh.Core.Claims;
using Tarikh.Core.Text;
using Tarikh.Core.Time;

namespace Tarikh.Core.Checks;

/// <summary>
/// The claims of a document grouped for the rules, built once per document in O(n log n): by person
/// (one key per person: a family name alone joins the full name, see <see cref="DocumentIndex.PersonKey"/>)
/// and property. A rule looks a person's birth or death up here; none re-reads the text.
/// </summary>
public sealed class ClaimFacts
{
    private readonly Dictionary<(int Person, string Property), List<Claim>> _byPersonProperty = [];
    private readonly Dictionary<int, List<Claim>> _timedActs = [];
    private readonly CheckContext _ctx;

    /// <summary>Groups the claims of a context.</summary>
    public ClaimFacts(CheckContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        _ctx = ctx;
        var named = NamedReadings(ctx.Claims);
        foreach (var c in ctx.Claims)
        {
            // A claim on an inferred subject (not named in its sentence) is too weak to contradict anything; a date read
            // for one person by an event's clause and for another by a reading that names him beside it is the other's.
            if (c.Confidence < ctx.Options.MinClaimConfidence || ReadForAnother(c, named))
            {
                continue;
            }

            var key = (ctx.Index.PersonKey(c.Subject), c.Property);
            if (!_byPersonProperty.TryGetValue(key, out var list))
            {
                _byPersonProperty[key] = list = [];
            }

            list.Add(c);
            if (c.Time is { Kind: ClaimValueKind.Time } && c.Property is not (ClaimProperties.BirthPlace or ClaimProperties.DeathPlace or ClaimProperties.Age))
            {
                var p = ctx.Index.PersonKey(c.Subject);
                if (!_timedActs.TryGetValue(p, out var acts))
                {
                    _timedActs[p] = acts = [];
                }

                acts.Add(c);
            }
        }
    }

    /// <summary>
    /// One reading per form: the (value, property) pairs of birth and death dates that a reading naming its person beside the
    /// value gives — "وأمه سعاد من مواليد 1909"، "ابنه البكر كريم (ولد 1921)"، "شقيقته الكبرى زينب، المولودة عام 1861"، a lifespan after
    /// a name — with the person it names.
    /// </summary>
    private Dictionary<(int Value, string Property), int> NamedReadings(ImmutableArray<Claim> claims)
    {
        var named = new Dictionary<(int, string), int>();
        foreach (var c in claims)
        {
            if (c.Source is ClaimSources.BornIn or ClaimSources.Apposition or ClaimSources.Lifespan or ClaimSources.KinshipList
                && c.Property is ClaimProperties.BirthDate or ClaimProperties.DeathDate
                && ValueKey(c) is { } v && c.Modality != ClaimModality.Negated && c.Confidence >= _ctx.Options.MinClaimConfidence)
            {
                named.TryAdd((v, c.Property), _ctx.Index.PersonKey(c.Subject));
            }
        }

        return named;
    }

    /// <summary>The timex of a claim's date value (one written date, one value).</summary>
    private static int? ValueKey(Claim c) => c.Value.Timex;

    /// <summary>
    /// True when an event's claim gives a value to one person that a naming reading gives to another: the clause-level reading of
    /// the event ("وُلد … سنة 1931، وأمه سعاد من مواليد 1909": the subject's) yields to the reading that names the relative beside the
    /// value (the mother's birth).
    /// </summary>
    private bool ReadForAnother(Claim c, Dictionary<(int Value, string Property), int> named)
        => (c.Source == ClaimSources.Event && ValueKey(c) is { } v && named.TryGetValue((v, c.Property), out var owner)
            && owner != _ctx.Index.PersonKey(c.Subject)) || RelativesAct(c) || AnotherParticiplesDate(c);

    /// <summary>
    /// True when an event's birth or death date is written right after a participle that is not the event's trigger ("وتوفي أبوه المولود
    /// عام 1915 بعد ولادته بخمس سنوات"، "ورثاه صديقه المتوفى سنة 1950 بعد وفاته"): one date, one reading — the participle's, which
    /// describes the noun before it, not the act the event reads.
    /// </summary>
    private bool AnotherParticiplesDate(Claim c)
    {
        if (c.Source != ClaimSources.Event || c.Property is not (ClaimProperties.BirthDate or ClaimProperties.DeathDate) || c.Value.Timex is not { } ti
            || ti < 0 || ti >= _ctx.Timexes.Length || c.Event is not { } e || e < 0 || e >= _ctx.Document.Events.Length)
        {
            return false;
        }

        var first = _ctx.FirstToken(_ctx.Timexes[ti].Span);
        var trigger = _ctx.FirstToken(_ctx.Document.Events[e].Trigger);
        var p = first - 1;
        if (p >= 0 && _ctx.Tokens[p].Norm is "عام" or "سنه" or "في")
        {
            p--;
        }

        if (p < 0 || p == trigger || _ctx.Tokens[p].Sentence != _ctx.Tokens[first].Sentence)
        {
            return false;
        }

        // The article may be split off as a clitic (Base "مولود") or kept (Norm "المولود"), and a "و" may come before it.
        var b = _ctx.Tokens[p].Base;
        b = b.StartsWith("ال", StringComparison.Ordinal) ? b[2..] : b;
        return ((_ctx.Tokens[p].Clitics & Segmentation.Proclitics.Al) != 0 || _ctx.Tokens[p].Base.StartsWith("ال", StringComparison.Ordinal))
            && b is "مولود" or "مولوده" or "متوفي" or "متوفى" or "متوفاه" or "متوفاة";
    }

    /// <summary>
    /// True when an event's (or a "من مواليد" phrase's) birth or death claim sits in a clause that opens with a kinship word with a
    /// pronoun ("وُلد … سنة 1872، وأمه صوفيا من مواليد 1848"، "وكان أبوه قد ولد عام 1840"): the act is the relative's (the document
    /// index's reading of the kinship word, <see cref="DocumentIndex.RelativeSpokenOfAt"/>), unless the claim's own subject is named
    /// between the kinship word and the trigger ("وأخوه محمد ولد سنة …" read for محمد); it does not contradict the subject's own.
    /// </summary>
    private bool RelativesAct(Claim c)
    {
        if (c.Source is not (ClaimSources.Event or ClaimSources.BornIn)
            || c.Property is not (ClaimProperties.BirthDate or ClaimProperties.DeathDate or ClaimProperties.BirthPlace or ClaimProperties.DeathPlace))
        {
            return false;
        }

        var cue = c.Event is { } e && e >= 0 && e < _ctx.Document.Events.Length ? _ctx.Document.Events[e].Trigger
            : c.Spans.IsDefaultOrEmpty ? default : c.Spans.FirstOrDefault(s => _ctx.Document.SentenceAt(s.Start) == c.Sentence && _ctx.MentionAtToken(_ctx.FirstToken(s)) < 0);
        if (cue.Length == 0)
        {
            return false;
        }

        var trigger = _ctx.FirstToken(cue);
        if (trigger <= 0 || trigger >= _ctx.Tokens.Length)
        {
            return false;
        }

        // The kinship word opens the trigger's clause (after its punctuation): "، وأمه … من مواليد"، "وكان أبوه قد ولد".
        var (cs, _) = _ctx.ClauseOf(trigger);
        for (var k = cs; k < Math.Min(trigger, cs + 3); k++)
        {
            if (_ctx.Tokens[k].Kind == Segmentation.TokenKind.Punctuation || _ctx.Tokens[k].Norm is "و" or "كان" or "وكان")
            {
                continue;
            }

            if (!_ctx.Index.RelativeSpokenOfAt(k + 1) || _ctx.Tokens[k].Sentence != _ctx.Tokens[trigger].Sentence)
            {
                return false;
            }

            // "وأخوه محمد ولد سنة …" read for محمد: the relative is the claim's own subject, named after the kinship word.
            var subject = _ctx.Index.PersonKey(c.Subject);
            for (var j = k + 1; j < trigger; j++)
            {
                if (_ctx.MentionAtToken(j) is var m and >= 0 && _ctx.Index.PersonKey(_ctx.Document.Entities[m].Cluster) == subject)
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    /// <summary>The person keys that have any claim.</summary>
    public IEnumerable<int> Persons => _byPersonProperty.Keys.Select(k => k.Person).Distinct().Order();

    /// <summary>The claims of a person (key) and property, in text order.</summary>
    public IReadOnlyList<Claim> Of(int person, string property)
        => _byPersonProperty.TryGetValue((person, property), out var list) ? list : Array.Empty<Claim>(); // `: []` made a new List per miss

    /// <summary>The claims of a person that have a time (dated acts, offices, marriages…), in text order.</summary>
    public IReadOnlyList<Claim> TimedActs(int person) => _timedActs.TryGetValue(person, out var list) ? list : Array.Empty<Claim>();

    /// <summary>True when a time value is safe to compare: a usable date (not cut short or garbled, expressible in its calendar).</summary>
    public bool Usable(ClaimValue? v)
    {
        if (v is not { Kind: ClaimValueKind.Time, Date: not null })
        {
            return false;
        }

        return v.Timex is not { } t || (t >= 0 && t < _ctx.Timexes.Length && _ctx.Usable(_ctx.Timexes[t]));
    }

    /// <summary>
    /// True when the claim's value writes a year, in digits or in words (a full year, or a tarjama's elliptical one read in its century;
    /// relative dates such as "اليوم التالي" or "قبل وفاته بعام واحد" cannot conflict).
    /// </summary>
    public bool WritesYear(ClaimValue v)
        => v.Timex is not { } t || (t >= 0 && t < _ctx.Timexes.Length && (CheckContext.HasWrittenYear(_ctx.Timexes[t])
            || (_ctx.Timexes[t].YearInWords && _ctx.Timexes[t].Anchor is null && v.Date is not null && YearOf(v) >= 100)
            || YearWrittenRightAfter(_ctx.Timexes[t])));

    /// <summary>
    /// Round 23 (23c): a Hijri year below one hundred that the time layer read as such with no anchor and no century lent ("وفي رجب
    /// من سنة ستين"، "سنة تسع وخمسين"، "سنة 23 هـ"): the early chronicles write the first century's years so. It is not a written
    /// year (<see cref="WritesYear"/>: a modern text's "سنة ستين" is an elided 1960), so it is compared only with another such
    /// year (see <c>ConflictingValuesRule</c>).
    /// </summary>
    internal bool WritesShortHijriYear(ClaimValue v)
        => v.Timex is { } t && t >= 0 && t < _ctx.Timexes.Length && v.Date is not null && CalendarOf(v) == CalendarKind.Hijri
            && _ctx.Timexes[t] is { Anchor: null, CenturyLent: false, Valid: true, Calendar: CalendarKind.Hijri } && !WritesYear(v)
            && YearOf(v) is >= 1 and < 100;

    /// <summary>
    /// "في 14 (26) مارس 1869": a day whose month and year are written a few characters after it, in a timex whose value its own value
    /// extends (the two days of an Old-Style pair share them); the year is written.
    /// </summary>
    private bool YearWrittenRightAfter(Timex t)
    {
        if (t.Value is not { Length: >= 7 } value)
        {
            return false;
        }

        var sentence = _ctx.Document.SentenceAt(t.Span.Start);
        foreach (var o in _ctx.Timexes)
        {
            if (o.Span.Start >= t.Span.End && o.Span.Start - t.Span.End <= 12 && o.Value is { Length: >= 4 } ov && value.StartsWith(ov, StringComparison.Ordinal)
                && CheckContext.HasWrittenYear(o) && _ctx.Document.SentenceAt(o.Span.Start) == sentence)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The stated date of a single-valued fact (birth or death) of a person: among its asserted and
    /// reported claims with usable dates, the narrowest when they all agree (overlap); null when there
    /// is none or when they disagree (the conflicting-values rule reports that).
    /// </summary>
    public Claim? Consistent(int person, string property)
    {
        Claim? best = null;
        var stated = Of(person, property).Where(c => c.Modality is ClaimModality.Asserted or ClaimModality.Reported && Usable(c.Value)).ToList();

        // A value read from a relative or approximate phrase ("اليوم التالي", "نحو 1890") gives way to an exact one.
        if (stated.Any(c => !c.Value.Approximate))
        {
            stated.RemoveAll(c => c.Value.Approximate);
        }

        foreach (var c in stated)
        {
            var d = c.Value.Date!.Value;
            if (best is null)
            {
                best = c;
            }
            else if (!best.Value.Date!.Value.Overlaps(d))
            {
                return null;
            }
            else if (d.Days < best.Value.Date.Value.Days)
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>The calendar a claim's time was written in.</summary>
    public static CalendarKind CalendarOf(ClaimValue v) => v.Calendar switch
    {
        "julian" => CalendarKind.Julian,
        "hijri" => CalendarKind.Hijri,
        _ => CalendarKind.Gregorian,
    };

    /// <summary>The span of a claim's value in the text (its timex), else its first span.</summary>
    public TextSpan ValueSpan(Claim c)
        => c.Value.Timex is { } t && t >= 0 && t < _ctx.Timexes.Length ? _ctx.Timexes[t].Span : c.Spans.IsDefaultOrEmpty ? default : c.Spans[0];

    /// <summary>The span of a claim's time in the text, else its first span.</summary>
    public TextSpan TimeSpan(Claim c)
        => c.Time?.Timex is { } t && t >= 0 && t < _ctx.Timexes.Length ? _ctx.Timexes[t].Span : c.Spans.IsDefaultOrEmpty ? default : c.Spans[0];

    /// <summary>A person's display name; the document's anonymous subject (<see cref="DocumentIndex.AnonymousSubject"/>) is "صاحب الترجمة".</summary>
    public string NameOf(int person) => DocumentIndex.IsAnonymous(person) ? "صاحب الترجمة" : _ctx.ClusterById(person)?.Name ?? "";

    /// <summary>A flag resting on claims: the claim ids are recorded as its evidence.</summary>
    public static Flag WithClaims(Flag flag, params Claim?[] claims)
        => flag with { Claims = [.. claims.Where(c => c is not null).Select(c => c!.Id).Distinct().Order()] };

    /// <summary>The Gregorian year of a claim's date start in its own calendar.</summary>
    public static int YearOf(ClaimValue v) => v.Date!.Value.Start.WithCalendar(DateText.System(CalendarOf(v))).Year;

    /// <summary>How far, in sentences, an inferred attribution is trusted from the statement it contradicts.</summary>
    private const int NearSentences = 2;

    /// <summary>
    /// The calibrated severity of a contradiction between claims the rules have already judged comparable (each at or above
    /// <see cref="ChecksOptions.MinClaimConfidence"/>): <c>info</c> when any of them is hedged ("قيل"، "في رواية") — the text itself
    /// says sources differ — or below the comparison threshold; <c>warning</c> when any is reported ("حسب رواية ابنه") or rests on an inferred attribution (a subject
    /// carried from another sentence, a pronoun, an epithet: below <see cref="ChecksOptions.SureConfidence"/>); <c>error</c> only when
    /// every claim is asserted and attributed in its own sentence.
    /// </summary>
    internal static Severity Calibrated(CheckContext ctx, params Claim?[] claims)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var stated = claims.Where(c => c is not null).Select(c => c!).ToList();
        // A hedge, and a claim too weak to compare at all (an attribution the index only guesses), stay info.
        if (stated.Any(c => c.Modality is ClaimModality.Hedged or ClaimModality.Negated || c.Confidence < ctx.Options.MinClaimConfidence))
        {
            return Severity.Info;
        }

        // An attribution inferred from outside the claim's sentence (below FlagConfidence) is trusted as far as Arabic carries a dropped
        // subject: within a paragraph, two sentences of the statement it contradicts. Farther (a long article's later sections, a joined
        // article) it is a guess: info.
        // Only an event's subject is carried so, and a subject a title stands for ("علماً بأن النائب من مواليد سنة …": the title refers
        // back to the person it names, whatever reader made the claim); a value below it for another reason (years after a ruler's
        // title, which may be the reign) stays info too.
        if (stated.Any(c => c.Confidence < ctx.Options.FlagConfidence
            && ((c.Source != ClaimSources.Event && c.Attribution != ImplicitSubjectEvidence.TitleAnaphor)
                || !stated.Any(o => o != c && Math.Abs(SentenceOf(ctx, o) - SentenceOf(ctx, c)) <= NearSentences))))
        {
            return Severity.Info;
        }

        return stated.All(c => c.Modality == ClaimModality.Asserted && c.Confidence >= ctx.Options.SureConfidence) ? Severity.Error : Severity.Warning;
    }

    /// <summary>The sentence of a claim's value (its last evidence span), else the claim's own sentence.</summary>
    private static int SentenceOf(CheckContext ctx, Claim c)
        => c.Spans.IsDefaultOrEmpty ? c.Sentence : ctx.Document.SentenceAt(c.Spans[^1].Start);

    /// <summary>The claims a flag names, for tests and tools.</summary>
    public ImmutableArray<Claim> Resolve(Flag flag) => [.. flag.Claims.Where(i => i >= 0 && i < _ctx.Claims.Length).Select(i => _ctx.Claims[i])];
}
