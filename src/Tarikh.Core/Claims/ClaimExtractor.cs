using System.Collections.Immutable;
using Tarikh.Core.Entities;
using Tarikh.Core.Events;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Claims;

/// <summary>
/// Reads the claims a document makes from its layers, through one <see cref="DocumentIndex"/>:
/// events (births, deaths, marriages, offices, studies, publications, foundings and any dated act),
/// lifespans after a name ("(1889–1973)"، "(ت 456 هـ)"، "(ولد 732 هـ / 1332 م – توفي 808 هـ / 1406 م)"),
/// comma appositions ("زينب، المولودة عام 1861"), kinship links, "من مواليد" and age phrases.
/// Attribution is the core: what an apposition or a lifespan says belongs to the name it follows
/// (the relative, never the article's subject); a date in a relative clause or in another person's
/// parenthesis is not the act's date. Pure, immutable and thread-safe.
/// </summary>
public sealed partial class ClaimExtractor
{
    /// <summary>Creates an extractor.</summary>
    public ClaimExtractor(ClaimLexicon? lexicon = null, ClaimsOptions? options = null, TimeLexicon? time = null)
    {
        Lexicon = lexicon ?? ClaimLexicon.Default;
        Options = options ?? ClaimsOptions.Default;
        Time = time ?? TimeLexicon.Default;
    }

    /// <summary>The extractor with the embedded lexicons and default settings.</summary>
    public static ClaimExtractor Default { get; } = new();

    /// <summary>The cue words.</summary>
    public ClaimLexicon Lexicon { get; }

    /// <summary>The settings.</summary>
    public ClaimsOptions Options { get; }

    /// <summary>The time lexicon (number words of age phrases).</summary>
    public TimeLexicon Time { get; }

    /// <summary>Reads the claims of a document (through the index it carries, built on first use: <see cref="DocumentIndex.For"/>).</summary>
    public ImmutableArray<Claim> Extract(AnalyzedDocument document) => Extract(DocumentIndex.For(document));

    /// <summary>Reads the claims of an indexed document, ordered by their first evidence span; ids are indexes.</summary>
    public ImmutableArray<Claim> Extract(DocumentIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var list = new List<Claim>();
        var lifespanTimexes = new Dictionary<int, string>();
        FromLifespans(index, list, lifespanTimexes);
        FromCommaAppositions(index, list, lifespanTimexes);
        FromCircumstantialParticiples(index, list, lifespanTimexes);
        FromLivedBetween(index, list, lifespanTimexes);
        FromBirthGiving(index, list, lifespanTimexes);
        FromEvents(index, list, lifespanTimexes);
        FromDepartureDeaths(index, list, lifespanTimexes);
        FromKinship(index, list);
        FromKinWords(index, list);
        FromBornIn(index, list, lifespanTimexes);
        FromSelfReportedBirths(index, list, lifespanTimexes);
        FromSiblingPhrases(index, list);
        FromBirthOrder(index, list);
        FromBirthplacePhrases(index, list);
        FromBirthplaceNouns(index, list);
        FromLifeNouns(index, list, lifespanTimexes);
        FromBurials(index, list);
        FromAges(index, list);
        IndependenceClaims.Add(index, list);
        SpouseNameClaims.Add(index, list);
        MarriageClaims.Add(index, list);
        AwardClaims.Add(index, list);
        NamedParentClaims.Add(index, list);
        MembershipClaims.Add(index, list);
        PositionClaims.Add(index, list);
        PolityClaims.Add(index, list);
        FromSubjectActs(index, list, lifespanTimexes);

        // One claim per (subject, property, value-timex or value-cluster, first span): the same statement read twice.
        var seen = new HashSet<(int, string, int, int)>();
        var result = new List<Claim>();
        foreach (var c in list.Select(c => SpouseNotHerParent(index, c)).OfType<Claim>().Select(c => KinAttributed(index, c)).Select(c => WithImplicitSubject(index, c)).Where(c => InOwnSegment(index, c)).OrderBy(c => c.Spans.IsDefaultOrEmpty ? int.MaxValue : c.Spans[0].Start).ThenBy(c => c.Property, StringComparer.Ordinal))
        {
            var key = (c.Subject, c.Property, c.Value.Timex ?? c.Value.Cluster ?? (int)(c.Value.Quantity ?? -1), c.Value.Timex is null && c.Value.Cluster is null ? c.Spans[0].Start : -1);
            if (seen.Add(key))
            {
                result.Add(c);
            }
        }

        return [.. result.Select((c, i) => c with { Id = i, Grading = ClaimAttribution.Grade(index, c, Lexicon) })];
    }

    /// <summary>Construct kinship nouns that make the name after them the possessor ("ابنة التاجر نجيب"), not the person meant.</summary>
    private static readonly ImmutableArray<string> ConstructKin =
        [.. new[] { "ابنة", "بنت", "ابن", "أخت", "شقيقة", "أخ", "شقيق", "أرملة", "حفيدة", "حفيد" }.Select(w => Tarikh.Core.Normalization.ArabicNormalizer.Default.NormalizeString(w))];

    /// <summary>
    /// "وتزوج سنة 1896 ابنة التاجر نجيب الصباغ": the spouse is the daughter, never the man named after the construct kinship noun. A
    /// spouse claim whose value is the possessor of such a noun (over at most two title words) takes the person named right before the
    /// noun ("وداد ابنة نجيب"), inferred; when the daughter is not named the claim has no person value: a dated marriage stays a dated
    /// act of the one who married, the possessor gets no spouse. Null drops the claim.
    /// </summary>
    private static Claim? SpouseNotHerParent(DocumentIndex index, Claim c)
    {
        if (c.Property != ClaimProperties.Spouse || c.Value.Cluster is not { } value || c.Spans.IsDefaultOrEmpty)
        {
            return c;
        }

        var doc = index.Document;
        foreach (var m in index.MentionsOf(value))
        {
            var mention = doc.Entities[m];
            if (!c.Spans.Any(s => s.Start == mention.Span.Start && s.End == mention.Span.End))
            {
                continue;
            }

            var first = index.FirstTokenOf(mention.Span);
            var (cs, _) = index.ClauseOf(Math.Min(first, index.Tokens.Length - 1));
            var k = first - 1;
            for (var skipped = 0; k > cs && skipped < 2 && index.MentionAtToken(k) < 0 && !IsConstructKin(index, k)
                && index.Tokens[k].Norm.StartsWith("ال", StringComparison.Ordinal); skipped++)
            {
                k--;
            }

            if (k < cs || !IsConstructKin(index, k))
            {
                return c;
            }

            // The daughter named right before the noun ("وداد ابنة نجيب").
            if (index.MentionAtToken(k - 1) is var dm and >= 0 && k - 1 >= cs && doc.Entities[dm].Label == EntityLabels.Person
                && doc.Entities[dm].Cluster is var daughter && daughter != c.Subject && daughter != value)
            {
                var spans = c.Spans.Select(s => s.Start == mention.Span.Start && s.End == mention.Span.End ? doc.Entities[dm].Span : s)
                    .Distinct().OrderBy(s => s.Start).ThenBy(s => s.End).ToImmutableArray();
                return c with
                {
                    Value = ClaimValue.OfEntity(daughter, doc.Source[doc.Entities[dm].Span]),
                    Spans = spans,
                    Confidence = Math.Min(c.Confidence, KinRelativeConfidence),
                };
            }

            // The daughter unnamed: no person value; the dated marriage is the one who married's act.
            return c.Time is { } time
                ? c with
                {
                    Property = ClaimProperties.Act,
                    Value = new ClaimValue(ClaimValueKind.Text, Text: c.Event is { } ev && ev >= 0 && ev < doc.Events.Length ? doc.Events[ev].TriggerText
                        : doc.Source[c.Spans.FirstOrDefault(s => !(s.Start == mention.Span.Start && s.End == mention.Span.End) && !(time.Timex is { } tx && doc.Timexes[tx].Span == s), c.Spans[0])]),
                    Spans = [.. c.Spans.Where(s => !(s.Start == mention.Span.Start && s.End == mention.Span.End))],
                    Relation = null,
                }
                : null;
        }

        return c;
    }

    /// <summary>
    /// A birth or a death the attribution gave to a relative a kinship word introduced, not to the event's own participant
    /// (<see cref="Attribute"/>'s kinship-opening reading): the claim says so (<see cref="ImplicitSubjectEvidence.KinRelative"/>).
    /// </summary>
    private Claim KinAttributed(DocumentIndex index, Claim c)
    {
        if (c.Source != ClaimSources.Event || c.Attribution is not null || c.Event is not { } ev || ev < 0 || ev >= index.Document.Events.Length
            || c.Property is not (ClaimProperties.BirthDate or ClaimProperties.DeathDate or ClaimProperties.BirthPlace or ClaimProperties.DeathPlace)
            || index.Document.Events[ev].MainParticipant is not { } main || index.PersonKey(main) == index.PersonKey(c.Subject))
        {
            return c;
        }

        var e = index.Document.Events[ev];
        var first = index.SentenceTokens(e.Sentence).Start;
        var trigger = index.FirstTokenOf(e.Trigger);
        return trigger < index.Tokens.Length && KinOpens(index, first, trigger, main) && KinNamedBefore(index, first, trigger, main) == c.Subject
            ? c with { Attribution = ImplicitSubjectEvidence.KinRelative }
            : c;
    }

    private static bool IsConstructKin(DocumentIndex index, int k)
    {
        if (k < 0 || k >= index.Tokens.Length || index.MentionAtToken(k) >= 0)
        {
            return false;
        }

        var t = index.Tokens[k];
        foreach (var w in ConstructKin)
        {
            if (t.Base == w || t.Norm == w)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a claim about a person lies in the article segment that names him: in a document joining several
    /// articles, an act read for a person named only in another article is that other article's (see <see cref="DocumentIndex.Segments"/>).
    /// </summary>
    private static bool InOwnSegment(DocumentIndex index, Claim c)
        => index.Segments.Length <= 1 || c.Spans.IsDefaultOrEmpty || !IsPerson(index, c.Subject)
            || index.InSegment(c.Subject, index.Document.SentenceAt(c.Spans[0].Start));

    /// <summary>
    /// A claim whose subject the clause does not name, as the index decides it (<see cref="DocumentIndex.ImplicitSubjectAt"/>), the one
    /// place the claims layer applies it after every reader: a subject that is an epithet the tagger read as a name ("وقد ولد المكرَّم")
    /// becomes the topic person; a birth or a death whose clause does not name its person ("أما مولده فكان …"، "وكان مولد صاحب
    /// الترجمة …"، "قال نجله إن والده وُلد …") carries the index's evidence and confidence — lower than a named subject's, so that a
    /// flag resting on it is a <c>warning</c> — raised to it when the value stands in the trigger's own sentence (a noun's weaker
    /// reading is then no doubt about the fact), lowered to it otherwise.
    /// </summary>
    private Claim WithImplicitSubject(DocumentIndex index, Claim c)
    {
        var doc = index.Document;
        if (IsPerson(index, c.Subject) && index.IsEpithetCluster(c.Subject, Lexicon))
        {
            return index.TopicAt(c.Sentence, Lexicon) is { } topic && topic != c.Subject
                ? c with { Subject = topic, Confidence = Math.Min(c.Confidence, DocumentIndex.TiedImplicitConfidence), Attribution = ImplicitSubjectEvidence.Epithet }
                : c;
        }

        if (c.Source != ClaimSources.Event || c.Event is not { } ev || ev < 0 || ev >= doc.Events.Length)
        {
            return c;
        }

        var e = doc.Events[ev];
        var trigger = index.FirstTokenOf(e.Trigger);
        if (trigger >= index.Tokens.Length)
        {
            return c;
        }

        var (cs, ce) = index.ClauseOf(trigger);
        var lifeEvent = e.Type is "birth" or "death";
        if (index.PersonNamedIn(c.Subject, cs, ce)
            || index.ImplicitSubjectAt(trigger, Lexicon, droppedSubject: DroppedSubject(index, e, trigger)) is not { } tied || index.PersonKey(tied.Cluster) != index.PersonKey(c.Subject))
        {
            return c;
        }

        if (!lifeEvent)
        {
            // "وقالت النقابة إن الراحل افتتح معرضه …"، "وولي صاحب الترجمة قضاء حماة سنة 725": an epithet or a title right at the verb is its
            // subject as surely as a name there; the act is weighed as a dated verb of a named subject, at most the tied confidence.
            var cue = index.FirstTokenOf(tied.Cue);
            return tied.Evidence is ImplicitSubjectEvidence.Epithet or ImplicitSubjectEvidence.TitleAnaphor && Math.Abs(cue - trigger) <= 2 && e.Pos == "verb"
                && c.Time is not null && c.Property != ClaimProperties.BirthDate
                ? c with { Confidence = Math.Round(Math.Max(c.Confidence, Math.Min(Options.DatedVerbActConfidence, tied.Confidence)), 3), Attribution = tied.Evidence }
                : c with { Attribution = tied.Evidence };
        }

        if (c.Property is not (ClaimProperties.BirthDate or ClaimProperties.DeathDate or ClaimProperties.BirthPlace or ClaimProperties.DeathPlace))
        {
            return c;
        }

        var confidence = ValueInTriggerSentence(index, c, ev) ? tied.Confidence : Math.Min(c.Confidence, tied.Confidence);
        return c with { Confidence = Math.Round(confidence, 3), Attribution = tied.Evidence };
    }

    /// <summary>True when every span of an event claim lies in its trigger's sentence, with no other birth or death word between the trigger and the value.</summary>
    private static bool ValueInTriggerSentence(DocumentIndex index, Claim c, int ev)
    {
        var doc = index.Document;
        var e = doc.Events[ev];
        var sentence = doc.Sentences[e.Sentence].Span;
        if (c.Spans.IsDefaultOrEmpty || c.Spans.Any(s => s.Start < sentence.Start || s.End > sentence.End))
        {
            return false;
        }

        var from = Math.Min(e.Trigger.Start, c.Spans[0].Start);
        var to = Math.Max(e.Trigger.End, c.Spans[^1].End);
        foreach (var i in index.EventsWithTriggerStartIn(from, to))
        {
            index.Probes++;
            var o = doc.Events[i];
            if (i != ev && o.Type is "birth" or "death" && o.Trigger.Start >= from && o.Trigger.End <= to && o.Trigger.Start != e.Trigger.Start)
            {
                return false;
            }
        }

        return true;
    }

    // ---------- values ----------

    /// <summary>
    /// The time value of a timex: one pairing unit ("X (Y)", "X / Y", "الموافق") is one value, the
    /// overlap of its sides (or the first side when they disagree — the calendar-equivalence check
    /// says so). Null for a timex that is not a usable date.
    /// </summary>
    internal static ClaimValue? TimeOf(DocumentIndex index, int ti)
    {
        var timexes = index.Document.Timexes;
        if (ti < 0 || ti >= timexes.Length || !DocumentIndex.IsDated(timexes[ti]))
        {
            return null;
        }

        var t = timexes[ti];
        var date = t.Gregorian!.Value;
        if (t.Equivalent is { } e && e >= 0 && e < timexes.Length && DocumentIndex.IsDated(timexes[e]) && !index.DashBetween(t.Span, timexes[e].Span))
        {
            var g = timexes[e].Gregorian!.Value;
            if (g.Overlaps(date))
            {
                date = new GregorianInterval(date.Start > g.Start ? date.Start : g.Start, date.End < g.End ? date.End : g.End);
            }
        }

        // "ولد سنة خمس عشرة وسبعمائة … وولي سنة تسع عشرة": the tarjama writes a year of the same century without its hundreds.
        if (EllipticalYear(index, ti) is { } lent)
        {
            date = lent;
        }

        // "وُلد سنة 1338 هـ (1919 م) … وفي سنة 1365 عُيّن": a bare year in a text writing both eras takes the one that fits it.
        return FitBareYear(index, ti, new ClaimValue(ClaimValueKind.Time, Date: date, Timex: ti, Text: t.Text)
        {
            Calendar = t.Calendar switch { CalendarKind.Julian => "julian", CalendarKind.Hijri => "hijri", _ => "gregorian" },
            Precision = PrecisionOf(t.Value),
            Approximate = t.Mod is TimexMod.Approx or TimexMod.Before or TimexMod.After || t.Anchor is not null,
        });
    }

    /// <summary>
    /// The Gregorian interval of a year written in words without its hundreds ("سنة تسع عشرة") after a full year of the same calendar in
    /// the last few sentences ("سنة خمس عشرة وسبعمائة"): the tarjama's elliptical year, read in that year's century (the next century
    /// when it would fall before it: 795 then "سنة عشر" is 810); null for any other timex. The conversion is Time's.
    /// </summary>
    internal static GregorianInterval? EllipticalYear(DocumentIndex index, int ti)
    {
        var timexes = index.Document.Timexes;
        var t = timexes[ti];
        // "بعام واحد" is a duration: an elliptical year has two-word tens or teens ("سنة تسع عشرة"، "سنة خمسين") and no ب before it.
        if (!t.YearInWords || t.Value is not { Length: 4 } v || !int.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var year) || year is < 10 or >= 100
            || (t.Span.Start > 0 && index.Document.Source.Text[t.Span.Start - 1] == 'ب'))
        {
            return null;
        }

        var sentence = index.Document.SentenceAt(t.Span.Start);
        // The last earlier timex of at most five sentences before (a timex outside every sentence: all earlier ones may be).
        var best = -1;
        var bestIndex = -1;
        foreach (var j in index.TimexesStartingInSentences(sentence < 0 ? int.MinValue : sentence - 5, sentence < 0 ? int.MaxValue : sentence))
        {
            index.Probes++;
            var o = timexes[j];
            if (j < bestIndex || o.Span.Start >= t.Span.Start || o.Calendar != t.Calendar || o.Value is not { Length: >= 4 } ov || !int.TryParse(ov.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture, out var oy)
                || oy < 100 || sentence - index.Document.SentenceAt(o.Span.Start) > 5 || !DocumentIndex.IsDated(o))
            {
                continue;
            }

            best = oy;
            bestIndex = j;
        }

        if (best < 0)
        {
            return null;
        }

        var lent = best / 100 * 100 + year;
        if (lent < best)
        {
            lent += 100;
        }

        return Tarikh.Core.Time.Calendars.TarikhCalendars.Default.TryYears(t.Calendar, lent, lent, out var interval, out _) ? interval : null;
    }

    /// <summary>Wikidata's precision name of a TIMEX3 value.</summary>
    internal static string? PrecisionOf(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var digits = value.TakeWhile(c => char.IsDigit(c) || c == 'X').Count();
        return value.Length switch
        {
            _ when digits == 4 && value.Length == 4 => "year",
            _ when digits == 4 && value.Length == 7 => "month",
            _ when digits == 4 && value.Length >= 10 => "day",
            _ when digits == 3 => "decade",
            _ when digits == 2 => "century",
            _ => null,
        };
    }

    private static bool IsPerson(DocumentIndex index, int cluster) => DocumentIndex.IsAnonymous(cluster) || index.LabelOf(cluster) == EntityLabels.Person;

    /// <summary>
    /// The person a birth or a death is about when the events stage found no participant ("قال نجله: كان مولد والده في حمص"، "وكانت
    /// وفاته سنة 739 هـ" in a text that names nobody): the index's implicit subject (<see cref="DocumentIndex.ImplicitSubjectAt"/>),
    /// possibly the document's anonymous subject; null when the index ties the trigger to nobody. The attribution weighs it again.
    /// </summary>
    private int? ImplicitMain(DocumentIndex index, EventMention e, int trigger)
        => e.Type is "birth" or "death" && index.ImplicitSubjectAt(trigger, Lexicon, droppedSubject: DroppedSubject(index, e, trigger)) is { } tied
            ? tied.Cluster : null;

    private static TextSpan TokenSpan(DocumentIndex index, int first, int end)
        => new(index.Tokens[first].Span.Start, index.Tokens[Math.Max(first, end - 1)].Span.End);

    private static ImmutableArray<TextSpan> Spans(params TextSpan?[] spans)
        => [.. spans.Where(s => s is { IsEmpty: false }).Select(s => s!.Value).Distinct().OrderBy(s => s.Start).ThenBy(s => s.End)];


    /// <summary>The modality of the statement around a trigger, from cues in its clause before it and in the sentence's opening.</summary>
    private ClaimModality ModalityOf(DocumentIndex index, int trigger)
    {
        var sentence = index.Tokens[trigger].Sentence;
        var (ss, se) = index.SentenceTokens(sentence);
        var (cs, ce) = index.ClauseOf(trigger);
        // Round 23 (23c): "ولما مات هشام بدمشق" — "لمّا" before a perfect verb is "when" (the events stage reads it so), not "ما" negating.
        if (trigger > ss && Lexicon.Match(index, trigger - 1, "negated") > 0
            && !(index.Tokens[trigger - 1].Norm is "لما" or "ولما" or "فلما" && !index.Tokens[trigger].NormBase.StartsWith('\u064A')))
        {
            return ClaimModality.Negated;
        }

        if (Lexicon.Find(index, trigger, Math.Min(se, ce + 4), "posthumous") >= 0 || Lexicon.Find(index, cs, trigger, "posthumous") >= 0)
        {
            return ClaimModality.Posthumous;
        }

        if (Lexicon.Find(index, ss, Math.Min(se, ce + 6), "hedged") is var h and >= 0 && h < ce + 6)
        {
            return ClaimModality.Hedged;
        }

        if (Lexicon.Find(index, ss, se, "reported") >= 0)
        {
            return ClaimModality.Reported;
        }

        return ClaimModality.Asserted;
    }

    /// <summary>
    /// The mention of a cluster in a sentence nearest to an anchor (the event's trigger): "ولد في دمشق ... وتوفي في دمشق"
    /// gives the death place the second "دمشق", the one in the death's own clause, not the first of the sentence.
    /// On a tie the mention after the anchor wins (the verb comes first in an Arabic clause).
    /// </summary>
    private static TextSpan? MentionIn(DocumentIndex index, int cluster, int sentence, TextSpan anchor)
    {
        TextSpan? best = null;
        var bestGap = int.MaxValue;
        foreach (var m in index.MentionsInSentence(sentence))
        {
            if (index.Document.Entities[m].Cluster != cluster)
            {
                continue;
            }

            var span = index.Document.Entities[m].Span;
            var gap = span.End <= anchor.Start ? anchor.Start - span.End + 1 : span.Start >= anchor.End ? span.Start - anchor.End : 0;
            if (gap < bestGap)
            {
                best = span;
                bestGap = gap;
            }
        }

        return best;
    }

    private static TextSpan? MentionIn(DocumentIndex index, int cluster, int sentence)
    {
        foreach (var m in index.MentionsInSentence(sentence))
        {
            if (index.Document.Entities[m].Cluster == cluster)
            {
                return index.Document.Entities[m].Span;
            }
        }

        return null;
    }
}
