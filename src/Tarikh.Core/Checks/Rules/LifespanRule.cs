using System.Globalization;
using Tarikh.Core.Claims;
using Tarikh.Core.Events;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// lifespan, over claims: a death before the birth, a life longer than <see cref="ChecksOptions.MaxAge"/>
/// years, a dated act of a person before birth or after death (not posthumous acts such as
/// publication, burial or awards, and not acts the text reports or hedges), an age at an act below
/// what the act needs (<see cref="MinAge"/>), and an age the text states that the birth date
/// contradicts. A person's birth and death come from every source (events, lifespans after the name,
/// appositions, "من مواليد"), attributed by the claims stage. Severity: <c>error</c> when both claims
/// are explicit (confidence ≥ <see cref="ChecksOptions.SureConfidence"/>), <c>warning</c> when one rests
/// on an inferred subject or a sentence-level date, and for ages (a child can be married or crowned).
/// </summary>
public sealed partial class LifespanRule : ICheckRule
{
    /// <inheritdoc />
    public string Id => "lifespan";

    /// <summary>
    /// The youngest plausible age for an act type, or 0 when the act has no lower bound we trust. Marriage:
    /// 10 (child marriages at 12–14 are recorded historically; below 10 is a misreading or an error).
    /// Studies at a university (a university word in the sentence; a school may take a child of six): 12
    /// (prodigies enter at 13–14). Teaching ("جلس للتدريس"، "درّس"): <see cref="ChecksOptions.MinOfficeAge"/> (a tarjama's prodigy
    /// teaches at fifteen). Publication: 8. Command of troops: 12. Election to an office: 16
    /// (<see cref="ChecksOptions.MinElectedAge"/>). An office held or an appointment: <see cref="ChecksOptions.MinOfficeAge"/> (a judgeship, a
    /// ministry, a school's direction), except a ruler's or an heir's (child rulers are crowned as infants, heirs named).
    /// </summary>
    public static int MinAge(Claim act, CheckContext ctx)
    {
        ArgumentNullException.ThrowIfNull(act);
        ArgumentNullException.ThrowIfNull(ctx);
        var options = ctx.Options;
        var type = act.Act ?? "";
        var slash = type.IndexOf('/', StringComparison.Ordinal);
        var (main, sub) = slash < 0 ? (type, "") : (type[..slash], type[(slash + 1)..]);
        return main switch
        {
            "marriage" => options.MinMarriageAge,
            "education" when sub is "teaching" => options.MinOfficeAge,
            "education" when sub is not "expulsion" && InUniversity(act, ctx) => options.MinUniversityAge,
            "publication" => options.MinPublicationAge,
            "war" when sub is "command" => options.MinCommandAge,
            "office" when sub is "elected" => options.MinElectedAge,
            "office" when sub is "held" or "appointed" && !RulerOffice(act, ctx) => options.MinOfficeAge,
            "employment" when sub is "sport" => MinSportAge,
            "founding" => MinFoundingAge,
            "award" when sub is "champion" => MinChampionAge,
            "membership" when AdultBody(act, ctx) => MinMembershipAge,
            "membership" when SeniorSide(act, ctx) => MinSportAge,
            "work" when sub is "design" => MinDesignAge,
            "work" when sub is "directing" => MinDirectingAge,
            "speech" when sub is "stage" && LeadRole(act, ctx) => MinLeadAge,
            _ when type == ClaimExtractor.SubjectAct => RoleFloor(act, ctx),
            _ => 0,
        };
    }

    /// <summary>
    /// True when the office of an act is a ruler's or an heir's (a throne, a caliphate, an emirate, a governorship: "ولي الخلافة"، "عُيّن
    /// وليا للعهد"): children are crowned and named heirs, so no lower age holds; or when the office word cannot be found.
    /// </summary>
    private static bool RulerOffice(Claim act, CheckContext ctx)
    {
        if (act.Spans.IsDefaultOrEmpty)
        {
            return true;
        }

        var trigger = ctx.FirstToken(act.Spans[0]);
        if (trigger >= ctx.Tokens.Length)
        {
            return true;
        }

        var (cs, ce) = ctx.ClauseOf(trigger);
        if (ctx.FindCue(cs, ce, "ruler-title") >= 0)
        {
            return true;
        }

        var office = ctx.FindCue(cs, ce, "ruler-office");
        if (office < 0 || (office > trigger && PostTitleBefore(ctx, trigger, office)))
        {
            return false;
        }

        // An imam of a mosque ("عُيّن إماماً وخطيباً لمسجدها الجامع") is no ruler: the imamate's words with a mosque's in the
        // clause are a post with an age (round 11).
        var word = ctx.Tokens[office].Norm;
        var imamate = word.Contains("امام", StringComparison.Ordinal);
        return !(imamate && ctx.FindCue(cs, ce, "mosque") >= 0 && ctx.FindCue(office + 1, ce, "ruler-office") < 0);
    }

    private static bool InUniversity(Claim act, CheckContext ctx)
    {
        if (act.Sentence < 0 || act.Sentence >= ctx.Document.Sentences.Length)
        {
            return false;
        }

        var (ss, se) = ctx.SentenceTokens(act.Sentence);
        return ctx.FindCue(ss, se, "university") >= 0;
    }

    /// <inheritdoc />
    public IEnumerable<Flag> Check(CheckContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var facts = ctx.Facts;
        var posthumous = new HashSet<string>(ctx.Lexicon.Cues("posthumous").Select(c => c.Tokens[0]), StringComparer.Ordinal);
        foreach (var p in facts.Persons)
        {
            var name = facts.NameOf(p);
            var birth = facts.Consistent(p, ClaimProperties.BirthDate);
            var death = facts.Consistent(p, ClaimProperties.DeathDate);
            if (birth is not null && death is not null && !ShortYearAgainst(ctx, birth, death))
            {
                var b = birth.Value.Date!.Value;
                var d = death.Value.Date!.Value;
                var bc = ClaimFacts.CalendarOf(birth.Value);
                var dc = ClaimFacts.CalendarOf(death.Value);
                var sure = PairSeverity(ctx, birth, death);
                if (d.End < b.Start && !LentCenturyExplains(ctx, birth, death))
                {
                    yield return ClaimFacts.WithClaims(CheckContext.MakeFlag(Id, sure, [facts.ValueSpan(birth), facts.ValueSpan(death)],
                        $"وفاة {name} ({DateText.IntervalAr(d, dc)}) قبل ميلاده ({DateText.IntervalAr(b, bc)}).",
                        $"{name} dies ({DateText.IntervalEn(d, dc)}) before being born ({DateText.IntervalEn(b, bc)}).",
                        ("person", name), ("birth", DateText.Iso(b)), ("death", DateText.Iso(d)), ("reason", "negative-age")), birth, death);
                }
                else if (DateText.YearsBetween(b.End, d.Start) > ctx.Options.MaxAge)
                {
                    var age = DateText.YearsBetween(b.End, d.Start);
                    yield return ClaimFacts.WithClaims(CheckContext.MakeFlag(Id, sure, [facts.ValueSpan(birth), facts.ValueSpan(death)],
                        $"بين ميلاد {name} ({DateText.IntervalAr(b, bc)}) ووفاته ({DateText.IntervalAr(d, dc)}) {age} سنة على الأقل، وهذا عمر غير معقول.",
                        $"{name} would have lived at least {age} years (born {DateText.IntervalEn(b, bc)}, died {DateText.IntervalEn(d, dc)}), which is implausible.",
                        ("person", name), ("birth", DateText.Iso(b)), ("death", DateText.Iso(d)), ("age", age.ToString(CultureInfo.InvariantCulture)), ("reason", "too-old")), birth, death);
                }
            }

            foreach (var act in facts.TimedActs(p).Concat(SolePersonActs(ctx, p)))
            {
                // An act on an inferred subject (not named in its sentence) is not weighed against a life, unless the act needs its
                // doer alive (an office, a lecture, a journey: <see cref="ActLife"/>) and the person is the subject the document index
                // gives the act's sentence: then the flag rests on that inferred attribution and is a warning at most.
                if (act.Modality != ClaimModality.Asserted || !facts.Usable(act.Time) || act == birth || act == death)
                {
                    continue;
                }

                var inferred = act.Confidence < ctx.Options.MinActConfidence;
                if (inferred && !WeighedInferred(ctx, p, act) || FirstPersonPlural(ctx, p, act))
                {
                    continue;
                }

                var date = act.Time!.Date!.Value;
                var trigger = act.Spans.IsDefaultOrEmpty ? default : act.Spans[0];
                var when = facts.TimeSpan(act);
                var what = act.Value.Kind == ClaimValueKind.Text && act.Value.Text is { } t ? t : act.Act ?? act.Property;
                var type = act.Act is { } a ? a.Split('/')[0] : "";
                // A weak act (below the claims' floor, see SolePersonActs) may have taken a date from a birth apposition next to it
                // ("وكان ابن طرطوس، المولود فيها سنة 1908، قد درس …"): weighed against the death only.
                var weak = act.Confidence < ctx.Options.MinClaimConfidence;
                // A subject act (a verb read by its order, not its meaning: ClaimExtractor.SubjectActs) is weighed against the death
                // only, past a margin (SubjectActAfterDeath).
                var subjectAct = act.Act == ClaimExtractor.SubjectAct;
                if ((subjectAct && DepartureDeath(ctx, act)) || RelativeDoes(ctx, act))
                {
                    continue;
                }

                // A subject act is weighed against the birth only for a role its clause names (LifespanRule.Roles.cs, round 21).
                if (birth is not null && !weak && (!subjectAct || RoleFloor(act, ctx) > 0) && !ShortYearAgainst(ctx, act, birth, aIsTime: true))
                {
                    var b = birth.Value.Date!.Value;
                    var bc = ClaimFacts.CalendarOf(birth.Value);
                    // An act weighed on an inferred attribution is compared with the death and an age threshold only: an earlier act
                    // or one a long life later in a long text is as often another man's or an anniversary.
                    if (date.End < b.Start && !inferred && !subjectAct)
                    {
                        yield return ClaimFacts.WithClaims(CheckContext.MakeFlag(Id, ActSeverity(ctx, inferred, act, birth), [trigger, when, facts.ValueSpan(birth)],
                            $"يُنسب إلى {name} «{what}» في {DateText.IntervalAr(date)}، أي قبل ميلاده في {DateText.IntervalAr(b, bc)}.",
                            $"{name} is said to act (“{what}”) in {DateText.IntervalEn(date)}, before being born in {DateText.IntervalEn(b, bc)}.",
                            ("person", name), ("event", type), ("event_date", DateText.Iso(date)), ("birth", DateText.Iso(b)), ("reason", "before-birth")), act, birth);
                        continue;
                    }

                    var maxAge = DateText.YearsBetween(b.Start, date.End);
                    var minAge = DateText.YearsBetween(b.End, date.Start);
                    var limit = MinAge(act, ctx);
                    if (limit > 0 && maxAge < limit && date.End >= b.Start)
                    {
                        yield return ClaimFacts.WithClaims(CheckContext.MakeFlag(Id, ActSeverity(ctx, inferred, act, birth) == Severity.Info ? Severity.Info : Severity.Warning, [trigger, when, facts.ValueSpan(birth)],
                            $"عمر {name} عند «{what}» ({DateText.IntervalAr(date)}) {maxAge} سنوات على الأكثر بحسب ميلاده في {DateText.IntervalAr(b, bc)}، وهذا غير معقول.",
                            $"{name} would be at most {maxAge} years old at “{what}” ({DateText.IntervalEn(date)}), being born in {DateText.IntervalEn(b, bc)}: implausible.",
                            ("person", name), ("event", type), ("event_date", DateText.Iso(date)), ("birth", DateText.Iso(b)), ("age", maxAge.ToString(CultureInfo.InvariantCulture)), ("reason", "too-young")), act, birth);
                    }
                    // A publication or an award long after a life ("ونُشرت سيرته سنة 1935") is posthumous, not an old man's act.
                    else if (minAge > ctx.Options.MaxAge && !inferred && !subjectAct && (!posthumous.Contains(type) || (act.Agentive && type is "publication")))
                    {
                        yield return ClaimFacts.WithClaims(CheckContext.MakeFlag(Id, ActSeverity(ctx, inferred, act, birth), [trigger, when, facts.ValueSpan(birth)],
                            $"عمر {name} في {DateText.IntervalAr(date)} سيكون {minAge} سنة على الأقل، وهذا غير معقول.",
                            $"{name} would be at least {minAge} years old in {DateText.IntervalEn(date)}: implausible.",
                            ("person", name), ("event", type), ("event_date", DateText.Iso(date)), ("birth", DateText.Iso(b)), ("age", minAge.ToString(CultureInfo.InvariantCulture)), ("reason", "too-old")), act, birth);
                    }
                }

                // A publication or an award usually comes after a death too; not when the text makes him its doer ("أصدر سرحان كتابه"),
                // nor when its subtype needs him alive (ActLife: a letter written to someone, "كتب إلى الخليفة يستأذنه", round 22 issue-xd).
                if (death is not null && (!posthumous.Contains(type) || ActLife.Default.Of(act.Act) == LifeNeed.Alive || (act.Agentive && type is "publication"))
                    && date.Start > death.Value.Date!.Value.End
                    && (!subjectAct || SubjectActAfterDeath(act, death)) && !ShownLater(act, ctx)
                    && (ActLife.Default.Of(act.Act) != LifeNeed.Posthumous || act.Agentive)
                    && !ShortYearAgainst(ctx, act, death, aIsTime: true))
                {
                    var d = death.Value.Date!.Value;
                    var dc = ClaimFacts.CalendarOf(death.Value);
                    yield return ClaimFacts.WithClaims(CheckContext.MakeFlag(Id, ActSeverity(ctx, inferred, act, death), [trigger, when, facts.ValueSpan(death)],
                        $"يُنسب إلى {name} «{what}» في {DateText.IntervalAr(date)}، أي بعد وفاته في {DateText.IntervalAr(d, dc)}.",
                        $"{name} is said to act (“{what}”) in {DateText.IntervalEn(date)}, after dying in {DateText.IntervalEn(d, dc)}.",
                        ("person", name), ("event", type), ("event_date", DateText.Iso(date)), ("death", DateText.Iso(d)), ("reason", "after-death")), act, death);
                }
            }

            // An age the text states at an act, below what the act needs ("تزوّج وهو في الخامسة"، "تولّى القضاء وهو في السادسة"):
            // no date is needed, the text gives the age itself.
            foreach (var age in facts.Of(p, ClaimProperties.Age))
            {
                if (age.Modality != ClaimModality.Asserted || age.Value.Quantity is not { } stated || age.Act is null || age.Spans.IsDefaultOrEmpty)
                {
                    continue;
                }

                var limit = MinAge(age, ctx);
                if (limit > 0 && (stated < limit || (age.Relation == ClaimExtractor.AgeBelow && stated <= limit)))
                {
                    var what = age.Act.Split('/')[0];
                    yield return ClaimFacts.WithClaims(CheckContext.MakeFlag(Id, AtMostWarning(ctx, age), [age.Spans[0], age.Spans[^1]],
                        $"يذكر النص أن {name} كان في سنّ {stated} عند «{ctx.Text(age.Spans[0])}»، وهي سنّ أصغر مما يُعقل لهذا الفعل ({limit} على الأقل).",
                        $"The text gives {name}'s age at “{ctx.Text(age.Spans[0])}” as {stated}, younger than is plausible for that act (at least {limit}).",
                        ("person", name), ("event", what), ("stated_age", stated.ToString(CultureInfo.InvariantCulture)), ("min_age", limit.ToString(CultureInfo.InvariantCulture)), ("reason", "stated-age-too-young")), age);
                }
            }

            // An age the text states ("عن عمر ناهز 64 عاماً") that the birth date contradicts by more than a year.
            if (birth is null)
            {
                continue;
            }

            foreach (var age in facts.Of(p, ClaimProperties.Age))
            {
                // An upper bound ("ولم يكد يبلغ العشرين") is no exact age to weigh against the birth date.
                if (age.Modality != ClaimModality.Asserted || age.Value.Quantity is not { } stated || age.Relation == ClaimExtractor.AgeBelow
                    || !facts.Usable(age.Time) || ShortYearAgainst(ctx, age, birth, aIsTime: true) || TimeAfterThen(ctx, age))
                {
                    continue;
                }

                var b = birth.Value.Date!.Value;
                var at = age.Time!.Date!.Value;
                var lo = DateText.YearsBetween(b.End, at.Start);
                var hi = DateText.YearsBetween(b.Start, at.End);
                if (stated >= lo - 1 && stated <= hi + 1)
                {
                    continue;
                }

                var agePhrase = age.Spans[^1];
                yield return ClaimFacts.WithClaims(CheckContext.MakeFlag(Id, AtMostWarning(ctx, age, birth), [agePhrase, facts.TimeSpan(age), facts.ValueSpan(birth)],
                    $"يذكر النص أن عمر {name} كان {stated} سنة في {DateText.IntervalAr(at)}، لكن ميلاده في {DateText.IntervalAr(b, ClaimFacts.CalendarOf(birth.Value))} يجعل عمره بين {lo} و{hi}.",
                    $"The text gives {name}'s age as {stated} in {DateText.IntervalEn(at)}, but being born in {DateText.IntervalEn(b, ClaimFacts.CalendarOf(birth.Value))} makes it {lo} to {hi}.",
                    ("person", name), ("stated_age", stated.ToString(CultureInfo.InvariantCulture)), ("birth", DateText.Iso(b)), ("reason", "age-mismatch")), age, birth);
            }
        }
    }

    /// <summary>
    /// Error when every claim is explicit (confidence at least <see cref="ChecksOptions.SureConfidence"/>); info when
    /// one rests on a subject inferred from outside its own sentence (below <see cref="ChecksOptions.FlagConfidence"/>):
    /// a text that moves between people gives no safe attribution there; else warning.
    /// </summary>
    internal static Severity Sure(CheckContext ctx, params Claim[] claims)
        => claims.Any(c => c.Confidence < ctx.Options.FlagConfidence) ? Severity.Info
            : claims.All(c => c.Confidence >= ctx.Options.SureConfidence) ? Severity.Error : Severity.Warning;

    /// <summary>
    /// True when an act below <see cref="ChecksOptions.MinActConfidence"/> is still weighed against the person's life: it needs its
    /// doer alive (<see cref="ActLife"/>: an office, a lecture, a journey, a marriage), it is at least
    /// <see cref="ChecksOptions.MinClaimConfidence"/>, and the document index makes the person the subject of the act's sentence
    /// (the document's sole person or subject, or its segment's).
    /// </summary>
    internal static bool WeighedInferred(CheckContext ctx, int person, Claim act)
        => ActLife.Default.Of(act.Act) == LifeNeed.Alive
            && act.Time?.Precision is "day" or "month" or "year"
            && (act.Confidence >= ctx.Options.MinClaimConfidence
                ? ctx.Index.SubjectAt(act.Sentence) is { } s && ctx.Index.PersonKey(s) == person
                : act.Confidence >= SolePersonActConfidence && SolePerson(ctx, person))
            && (NamedNear(ctx, person, act.Sentence) || (SolePerson(ctx, person) && ctx.Index.KeyNamedInSentences(person, act.Sentence - 2, act.Sentence)));

    /// <summary>
    /// The dated acts that need their doer alive, read below <see cref="ChecksOptions.MinClaimConfidence"/> (a dropped subject or an
    /// "أنه" after a sentence break) but at least <see cref="SolePersonActConfidence"/>, of a person when the text names nobody else:
    /// the claim facts leave them out, and only <see cref="WeighedInferred"/> weighs them, against the death (round 14).
    /// </summary>
    private static IEnumerable<Claim> SolePersonActs(CheckContext ctx, int person)
    {
        if (!SolePerson(ctx, person))
        {
            yield break;
        }

        foreach (var c in ctx.Claims)
        {
            if (c.Confidence < ctx.Options.MinClaimConfidence && c.Confidence >= SolePersonActConfidence && c.Time is { Kind: ClaimValueKind.Time }
                && c.Property is not (ClaimProperties.BirthPlace or ClaimProperties.DeathPlace or ClaimProperties.Age or ClaimProperties.BirthDate or ClaimProperties.DeathDate)
                && ctx.Index.PersonKey(c.Subject) == person && ActLife.Default.Of(c.Act) == LifeNeed.Alive)
            {
                yield return c;
            }
        }
    }

    /// <summary>
    /// True when an act's verb ends in the first person plural ("وسنة 2005 عملنا مكتبة باسمه") and its sentence does not name the
    /// person: the writer and his family did it, not the person a dropped subject would point to (round 17: colloquial posts that
    /// also speak of "we"). With the person named ("زارنا الشيخ سنة 1960") the suffix may be the object: weighed as before.
    /// </summary>
    private static bool FirstPersonPlural(CheckContext ctx, int person, Claim act)
        => !act.Spans.IsDefaultOrEmpty && act.Spans.Select(ctx.Text).Any(w => w.Length > 4 && w.EndsWith("نا", StringComparison.Ordinal) && !w.Contains(' ', StringComparison.Ordinal))
            && !ctx.Index.KeyNamedInSentences(person, act.Sentence, act.Sentence);

    /// <summary>The least confidence of an act weighed on a dropped subject when the text names nobody else (round 14).</summary>
    private const double SolePersonActConfidence = 0.55;

    /// <summary>
    /// True when the text names no person but this one (every person cluster is his): a dropped subject or an "أنه" two clauses
    /// from his name ("… وتوفي سنة 781 هـ. ومن أخباره أنه ألقى آخر دروسه سنة 788 هـ") can be nobody else (round 14).
    /// </summary>
    private static bool SolePerson(CheckContext ctx, int person)
    {
        foreach (var c in ctx.Document.Clusters)
        {
            if (c.Label == Entities.EntityLabels.Person && ctx.Index.PersonKey(c.Id) != person)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the person is named (any mention of his cluster or its short forms' key) in the sentence or the one before it:
    /// Arabic drops a known subject within a paragraph, but a text that has not named him for two sentences may have moved to
    /// another man (a long encyclopedia article's later sections), where a dropped subject is nobody's for sure. When the text names
    /// nobody else (<see cref="SolePerson"/>), a name two sentences back is near enough (round 16: an article's short sections, "في
    /// النشأة: … وفي حياته المهنية ألقى محاضرة …").
    /// </summary>
    private static bool NamedNear(CheckContext ctx, int person, int sentence)
        => ctx.Index.KeyNamedInSentences(person, sentence - 1, sentence);

    /// <summary>
    /// The severity of a flag on a dated act: <see cref="Sure"/>, or for an act weighed on an inferred attribution
    /// (<see cref="WeighedInferred"/>) a warning, info when another claim of the flag is itself below
    /// <see cref="ChecksOptions.FlagConfidence"/>.
    /// </summary>
    internal static Severity ActSeverity(CheckContext ctx, bool inferred, Claim act, Claim other)
        => !inferred ? Sure(ctx, act, other) : Sure(ctx, other) == Severity.Info ? Severity.Info : Severity.Warning;

    /// <summary>
    /// The severity of a birth set against a death (round 13): <see cref="Sure"/>, but a warning rather than info when both are
    /// read the same way from one sentence ("كان مولده سنة ثمانين وخمسمائة، ووفاته سنة 712 هـ": one possessor for both nouns). Who
    /// the possessor is may be uncertain, but the two dates are one life whoever lived it, so the impossible span does not rest
    /// on the attribution.
    /// </summary>
    internal static Severity PairSeverity(CheckContext ctx, Claim birth, Claim death)
    {
        var sure = Sure(ctx, birth, death);
        return sure == Severity.Info && birth.Sentence == death.Sentence && birth.Attribution is { } a && a == death.Attribution
            && birth.Confidence >= ctx.Options.MinClaimConfidence && death.Confidence >= ctx.Options.MinClaimConfidence
            ? Severity.Warning : sure;
    }

    /// <summary>At most a warning: <see cref="Sure"/> capped for findings that rest on a threshold (an age too young).</summary>
    internal static Severity AtMostWarning(CheckContext ctx, params Claim[] claims)
        => Sure(ctx, claims) == Severity.Info ? Severity.Info : Severity.Warning;
}
