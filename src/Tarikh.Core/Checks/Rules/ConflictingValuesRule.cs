using NodaTime;
using Tarikh.Core.Claims;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// conflicting-values, over claims: two different values of a single-valued property (birth or death
/// date, birth or death place) of one person (one key for the full name and the family name alone).
/// Only the same subject and the same property are compared, and only between claims the text
/// asserts: two asserted claims that disagree are an <c>error</c> (a <c>warning</c> when one rests on
/// an inferred subject or date, and for places); when one of them is hedged or reported ("قيل"،
/// "في رواية أخرى"، "حسب رواية") the text itself says sources differ: <c>info</c>. Two days exactly the
/// Old-Style offset apart are <c>info</c> (probably both styles). One pairing unit ("732 هـ / 1332 م")
/// is one value and never conflicts with itself.
/// </summary>
public sealed partial class ConflictingValuesRule : ICheckRule
{
    /// <inheritdoc />
    public string Id => "conflicting-values";

    /// <inheritdoc />
    public IEnumerable<Flag> Check(CheckContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var facts = ctx.Facts;
        foreach (var p in facts.Persons)
        {
            var name = facts.NameOf(p);
            foreach (var (property, kindAr, kindEn) in new[] { (ClaimProperties.BirthDate, "ميلاد", "birth"), (ClaimProperties.DeathDate, "وفاة", "death") })
            {
                if ((DateConflict(ctx, facts.Of(p, property), name, kindAr, kindEn) ?? RestatedDayConflict(ctx, facts.Of(p, property), name, kindAr, kindEn)) is { } f)
                {
                    yield return f;
                }
            }

            foreach (var (property, kindAr, kindEn) in new[] { (ClaimProperties.BirthPlace, "ميلاد", "birth"), (ClaimProperties.DeathPlace, "وفاة", "death"), (ClaimProperties.BurialPlace, "دفن", "burial") })
            {
                // Round 21: a text that tells a reburial ("ثم نُقل رفاته إلى"، "أعيد دفنه") gives two burial places in time, not two values.
                // Fewer than two values compare nothing (no list built per person and property).
                var values = facts.Of(p, property);
                if (values.Count < 2 || (property == ClaimProperties.BurialPlace && ClaimExtractor.TellsReburial(ctx.Index)))
                {
                    continue;
                }

                if (PlaceConflict(ctx, values, name, kindAr, kindEn) is { } f)
                {
                    yield return f;
                }
            }
        }
    }

    private static bool Compared(Claim c) => c.Modality is ClaimModality.Asserted or ClaimModality.Reported or ClaimModality.Hedged;

    private Flag? DateConflict(CheckContext ctx, IReadOnlyList<Claim> claims, string name, string kindAr, string kindEn)
    {
        var facts = ctx.Facts;
        // Round 23 (23c): two short Hijri years (the first century's "سنة ستين" / "سنة تسع وخمسين") are compared with each other only.
        var dated = claims.Where(c => Compared(c) && facts.Usable(c.Value) && (facts.WritesYear(c.Value) || facts.WritesShortHijriYear(c.Value))
            && !NarratorsOwn(ctx, c)).ToList();
        for (var a = 0; a < dated.Count; a++)
        {
            for (var b = a + 1; b < dated.Count; b++)
            {
                var ca = dated[a];
                var cb = dated[b];
                var da = ca.Value.Date!.Value;
                var db = cb.Value.Date!.Value;
                if (facts.WritesShortHijriYear(ca.Value) != facts.WritesShortHijriYear(cb.Value) || da.Overlaps(db) || SameUnit(ctx, ca.Value, cb.Value) || LifespanRule.ShortYearAgainst(ctx, ca, cb) || Namesakes(ctx, ca, cb)
                    || KinApart(ctx, ca, cb) || TwoInOneName(ctx, ca, cb) || SiblingItems(ctx, ca, cb) || OtherOfTheName(ctx, ca, cb)
                    || GendersDiffer(ctx, ca, cb) || KinTriggered(ctx, ca) || KinTriggered(ctx, cb) || OtherSubjectBeforeVerb(ctx, ca) || OtherSubjectBeforeVerb(ctx, cb)
                    || OtherNameAfterVerb(ctx, ca) || OtherNameAfterVerb(ctx, cb))
                {
                    continue;
                }

                // Two asserted values: an error when both are attributed in their own sentences, a warning when one rests on an inferred
                // attribution; a hedged or reported one is the text's own "sources differ": info.
                // A value the text hedges ("وقيل"، "ويقال") is its own "sources differ": info. A value it reports from a named source
                // without doubting it ("وتذكر المصادر أن"، "ذكر المؤرخ أن") still stands against the other: at most a warning (round 16).
                var hedged = ca.Modality == ClaimModality.Hedged || cb.Modality == ClaimModality.Hedged || AccountsWeighed(ctx, ca, cb);
                var reported = !hedged && (ca.Modality == ClaimModality.Reported || cb.Modality == ClaimModality.Reported || SelfReported(ctx, ca) || SelfReported(ctx, cb));
                var severity = hedged || DatedFromSentence(ctx, ca) || DatedFromSentence(ctx, cb) ? Severity.Info : ClaimFacts.Calibrated(ctx, ca, cb);
                if (reported && severity == Severity.Error)
                {
                    severity = Severity.Warning;
                }

                var own = reported && (SelfReported(ctx, ca) || SelfReported(ctx, cb));
                var noteAr = hedged ? "؛ والنص نفسه يقدّم أحدهما قولاً مشكوكاً فيه" : own ? "؛ وأحدهما من قول صاحبه عن نفسه" : reported ? "؛ وأحدهما منقول عن مصدر" : "";
                var noteEn = hedged ? "; the text itself gives one of them as a hedged version" : own ? "; one of them is the person's own saying" : reported ? "; one of them is reported from a source" : "";
                if (da.Days == 1 && db.Days == 1)
                {
                    var diff = Math.Abs(Period.Between(da.Start, db.Start, PeriodUnits.Days).Days);
                    if (diff == CalendarEquivalenceRule.JulianOffsetDays(da.Start < db.Start ? db.Start : da.Start))
                    {
                        severity = Severity.Info;
                        noteAr = "؛ الفرق يساوي فرق التقويمين اليولياني والغريغوري، فالأرجح أنهما التاريخ نفسه بالتقويمين";
                        noteEn = "; the difference is exactly the Julian–Gregorian offset, so they are probably the same day in the two calendars";
                    }
                }

                var ka = ClaimFacts.CalendarOf(ca.Value);
                var kb = ClaimFacts.CalendarOf(cb.Value);
                return ClaimFacts.WithClaims(CheckContext.MakeFlag(Id, severity, [facts.ValueSpan(ca), facts.ValueSpan(cb)],
                    $"يذكر النص تاريخين مختلفين لـ{kindAr} {name}: {DateText.IntervalAr(da, ka)} و{DateText.IntervalAr(db, kb)}{noteAr}.",
                    $"The text gives two different {kindEn} dates for {name}: {DateText.IntervalEn(da, ka)} and {DateText.IntervalEn(db, kb)}{noteEn}.",
                    ("person", name), ("fact", kindEn + "_date"), ("first", DateText.Iso(da)), ("second", DateText.Iso(db))), ca, cb);
            }
        }

        return null;
    }

    /// <summary>
    /// True when two claims are lifespans written after two different mentions of one name in one sentence ("لا يُخلط بين
    /// الإمام محمد عبده (1849–1905) والمطرب محمد عبده (مواليد 1949)"): a writer gives one person's lifespan once, so a second
    /// one beside the same name in the same sentence sets a namesake apart; the two are not one person's values.
    /// </summary>
    internal static bool Namesakes(Claim a, Claim b) => Namesakes(null, a, b);

    /// <summary>
    /// True when two lifespans are written after two different mentions of one person key, in one sentence, or in two sentences
    /// after two differently written names ("طه حسين (1889–1973) … ولا يُخلط بسميّه طه حسين الخولي (1935–2010)"): the longer name
    /// with its own lifespan is a namesake the index joined to the short one, not a second value of his.
    /// </summary>
    internal static bool Namesakes(CheckContext? ctx, Claim a, Claim b)
    {
        if (a.Source != ClaimSources.Lifespan || b.Source != ClaimSources.Lifespan || a.Spans.IsDefaultOrEmpty || b.Spans.IsDefaultOrEmpty
            || a.Spans[0] == b.Spans[0])
        {
            return false;
        }

        return a.Sentence == b.Sentence || (ctx is not null && Norm(ctx.Text(a.Spans[0])) != Norm(ctx.Text(b.Spans[0])));
    }

    /// <summary>Kinship words with a possessive pronoun that introduce a relative's name ("ابنه الأكبر …"، "وأبوه …"), normalized.</summary>
    private static readonly HashSet<string> KinWords = new(
        ["ابنه", "ابنها", "ابوه", "ابيه", "ابوها", "ابيها", "والده", "والدها", "امه", "امها", "والدته", "والدتها", "ابنته", "ابنتها", "بنته",
         "بنتها", "ولده", "ولدها", "جده", "جدها", "حفيده", "حفيدها", "اخوه", "اخيه", "اخوها", "اخته", "اختها", "شقيقه", "شقيقها", "زوجته",
         "زوجها", "عمه", "عمها", "خاله", "خالها"], StringComparer.Ordinal);

    /// <summary>
    /// True when two claims of two clusters joined under one name rest, one of them, on a lifespan or "من مواليد" written after a
    /// relative's name introduced by a kinship word ("توفي بوشكين عام 1837. وقاتل ابنه الأكبر ألكسندر ألكسندروفيتش بوشكين
    /// (1833–1914)"): the family name alone does not join father and son, so the values are two people's (round 13).
    /// </summary>
    /// <remarks>
    /// A birth participle after such a name ("ونال نوبل مع أبيه وليم هنري براغ المولود سنة 1862"، "وابنتها إيرين جوليو-كوري، المولودة
    /// سنة 1865") is the relative's too, also when the family name alone joined the mention to the first person's own cluster: of two
    /// values of one cluster, the one written after a kinship-introduced name is another person's (round 16). The walk back from the
    /// name steps over the words of another person's name the tagger cut off ("وليم هنري"، "إيرين جوليو") and a hyphen.
    /// </remarks>
    private static bool KinApart(CheckContext ctx, Claim a, Claim b)
        => a.Subject != b.Subject ? KinNamed(ctx, a) || KinNamed(ctx, b) || ConstructKinNamed(ctx, a) || ConstructKinNamed(ctx, b)
            : KinNamed(ctx, a) != KinNamed(ctx, b) || ConstructKinNamed(ctx, a) != ConstructKinNamed(ctx, b);

    /// <summary>
    /// The first token of a claim's value when the claim is a lifespan, a "born in" or an apposition (the kinds whose value is
    /// written right after a name, so a kinship word before it may make it a relative's), else -1.
    /// </summary>
    private static int NamedValueStart(CheckContext ctx, Claim c)
    {
        if (c.Source is not (ClaimSources.Lifespan or ClaimSources.BornIn or ClaimSources.Apposition) || c.Spans.IsDefaultOrEmpty)
        {
            return -1;
        }

        var first = ctx.FirstToken(c.Spans[0]);
        return first <= 0 || first >= ctx.Tokens.Length ? -1 : first;
    }

    private static bool KinNamed(CheckContext ctx, Claim c)
    {
        var tokens = ctx.Tokens;
        var first = NamedValueStart(ctx, c);
        if (first < 0)
        {
            return false;
        }

        var sentence = tokens[first].Sentence;
        var ownKey = ctx.Index.PersonKey(c.Subject);
        var limit = first - 3;
        for (var k = first - 1; k >= 0 && k >= limit && tokens[k].Sentence == sentence; k--)
        {
            if (KinWords.Contains(tokens[k].Base) || KinWords.Contains(tokens[k].Norm))
            {
                return true;
            }

            // Another person's name cut off before the family name, or a hyphen inside a compound name: step over it.
            if (c.Source == ClaimSources.Apposition && ((ctx.Index.ClusterAtToken(k) is var other and >= 0 && ctx.Index.PersonKey(other) != ownKey
                && ctx.Index.LabelOf(other) == Entities.EntityLabels.Person) || tokens[k].Norm == "-"))
            {
                limit = Math.Max(0, limit - 1);
                continue;
            }

            if (tokens[k].Norm is not ("الاكبر" or "الاصغر" or "البكر" or "الاوسط" or "الثاني"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when an event's claim took its date from elsewhere in the sentence, not from the trigger's own clause ("توفي في بيروت، ونُقل
    /// رفاته إلى بغداد عام 1960": the year is the reburial's): the date may be another act's, so a disagreement resting on it is info.
    /// </summary>
    /// <remarks>
    /// A date set off right after the trigger's noun phrase ("وفي عام وفاته، 1909، كان يعمل"، "سنة وفاته (1909)") is the trigger's own,
    /// however the events stage found it (issue 12b, round 17).
    /// </remarks>
    private static bool DatedFromSentence(CheckContext ctx, Claim c)
        => c.Source == ClaimSources.Event && c.Event is { } e && e >= 0 && e < ctx.Document.Events.Length
            && ctx.Document.Events[e].DateSource == Events.EventDateSources.Sentence && c.Value.Timex == ctx.Document.Events[e].Time
            && !SetOffAfterTrigger(ctx, ctx.Document.Events[e].Trigger, c.Value.Timex) && !DatedAcrossOwnApposition(ctx, c, c.Value.Timex ?? -1);

    private static bool SetOffAfterTrigger(CheckContext ctx, TextSpan trigger, int? timex)
    {
        if (timex is not { } t || t < 0 || t >= ctx.Timexes.Length)
        {
            return false;
        }

        var end = ctx.EndToken(trigger);
        var first = ctx.FirstToken(ctx.Timexes[t].Span);
        if (first <= end || first > end + 2 || first >= ctx.Tokens.Length || ctx.Tokens[first].Sentence != ctx.Tokens[end - 1].Sentence)
        {
            return false;
        }

        for (var k = end; k < first; k++)
        {
            if (ctx.Tokens[k].Kind != Segmentation.TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the triggers of two event claims give their subjects different genders ("إذ وُلدت عام 1933 ووُلد هو عام 1937": a
    /// feminine verb and a masculine one): one person's acts agree in gender, so the two are two people's, not two values of one.
    /// </summary>
    private static bool GendersDiffer(CheckContext ctx, Claim a, Claim b)
        => TriggerGender(ctx, a) is { } ga && TriggerGender(ctx, b) is { } gb && ga != gb;

    private static bool? TriggerGender(CheckContext ctx, Claim c)
        => c.Source == ClaimSources.Event && c.Event is { } e && e >= 0 && e < ctx.Document.Events.Length
            ? ctx.Index.TriggerGender(ctx.FirstToken(ctx.Document.Events[e].Trigger)) : null;

    /// <summary>True when two time values are one pairing unit (a timex and its stated equivalent).</summary>
    private static bool SameUnit(CheckContext ctx, ClaimValue a, ClaimValue b)
    {
        if (a.Timex is not { } ta || b.Timex is not { } tb)
        {
            return false;
        }

        return ta == tb || ctx.Timexes[ta].Equivalent == tb || ctx.Timexes[tb].Equivalent == ta;
    }

    private Flag? PlaceConflict(CheckContext ctx, IReadOnlyList<Claim> claims, string name, string kindAr, string kindEn)
    {
        var placed = claims.Where(c => Compared(c) && c.Value.Cluster is not null && !NarratorsOwn(ctx, c)).ToList();
        for (var a = 0; a < placed.Count; a++)
        {
            var pa = ctx.ClusterById(placed[a].Value.Cluster!.Value);
            for (var b = a + 1; b < placed.Count && pa is not null; b++)
            {
                var pb = ctx.ClusterById(placed[b].Value.Cluster!.Value);
                if (pb is null || pb.Id == pa.Id || IsRegion(pa.Kind) || IsRegion(pb.Kind) || TwoInOneName(ctx, placed[a], placed[b]) || SiblingPlaceItems(ctx, placed[a], placed[b])
                    || OtherOfTheName(ctx, placed[a], placed[b]))
                {
                    continue;
                }

                var na = Norm(pa.Name);
                var nb = Norm(pb.Name);
                if (na == nb || na.Contains(nb, StringComparison.Ordinal) || nb.Contains(na, StringComparison.Ordinal))
                {
                    continue;
                }

                // A place read from a preposition is less explicit than a date: at most a warning (and info for a hedged or reported one).
                // A place reported from a source ("وتذكر المصادر أنه وُلد في …") stands as one asserted (round 16); a hedged one does not.
                var severity = placed[a].Modality is ClaimModality.Asserted or ClaimModality.Reported && placed[b].Modality is ClaimModality.Asserted or ClaimModality.Reported
                    && ClaimFacts.Calibrated(ctx, placed[a], placed[b]) != Severity.Info ? Severity.Warning : Severity.Info;
                return ClaimFacts.WithClaims(CheckContext.MakeFlag(Id, severity, [PlaceSpan(ctx, placed[a]), PlaceSpan(ctx, placed[b])],
                    $"يذكر النص مكانين مختلفين لـ{kindAr} {name}: {pa.Name} و{pb.Name}.",
                    $"The text gives two different places of {kindEn} for {name}: {pa.Name} and {pb.Name}.",
                    ("person", name), ("fact", kindEn + "_place"), ("first", pa.Name), ("second", pb.Name)), placed[a], placed[b]);
            }
        }

        return null;
    }

    /// <summary>The evidence span of a place claim: the span holding the place's text.</summary>
    private static TextSpan PlaceSpan(CheckContext ctx, Claim c)
    {
        foreach (var s in c.Spans)
        {
            if (ctx.Text(s) == c.Value.Text)
            {
                return s;
            }
        }

        return c.Spans.IsDefaultOrEmpty ? default : c.Spans[^1];
    }

    private static string Norm(string s) => Normalization.ArabicNormalizer.Default.NormalizeString(s);

    private static bool IsRegion(string? kind) => kind is "country" or "region" or "province" or "state";
}
