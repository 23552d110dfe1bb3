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
public sealed class ClaimExtractor
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

    /// <summary>Reads the claims of a document (building its index).</summary>
    public ImmutableArray<Claim> Extract(AnalyzedDocument document) => Extract(DocumentIndex.Build(document));

    /// <summary>Reads the claims of an indexed document, ordered by their first evidence span; ids are indexes.</summary>
    public ImmutableArray<Claim> Extract(DocumentIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var list = new List<Claim>();
        var lifespanTimexes = new HashSet<int>();
        FromLifespans(index, list, lifespanTimexes);
        FromCommaAppositions(index, list, lifespanTimexes);
        FromEvents(index, list, lifespanTimexes);
        FromKinship(index, list);
        FromBornIn(index, list, lifespanTimexes);
        FromAges(index, list);
        IndependenceClaims.Add(index, list);
        SpouseNameClaims.Add(index, list);

        // One claim per (subject, property, value-timex or value-cluster, first span): the same statement read twice.
        var seen = new HashSet<(int, string, int, int)>();
        var result = new List<Claim>();
        foreach (var c in list.OrderBy(c => c.Spans.IsDefaultOrEmpty ? int.MaxValue : c.Spans[0].Start).ThenBy(c => c.Property, StringComparer.Ordinal))
        {
            var key = (c.Subject, c.Property, c.Value.Timex ?? c.Value.Cluster ?? (int)(c.Value.Quantity ?? -1), c.Value.Timex is null && c.Value.Cluster is null ? c.Spans[0].Start : -1);
            if (seen.Add(key))
            {
                result.Add(c);
            }
        }

        return [.. result.Select((c, i) => c with { Id = i })];
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

        return new ClaimValue(ClaimValueKind.Time, Date: date, Timex: ti, Text: t.Text)
        {
            Calendar = t.Calendar switch { CalendarKind.Julian => "julian", CalendarKind.Hijri => "hijri", _ => "gregorian" },
            Precision = PrecisionOf(t.Value),
            Approximate = t.Mod is TimexMod.Approx or TimexMod.Before or TimexMod.After || t.Anchor is not null,
        };
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

    private static bool IsPerson(DocumentIndex index, int cluster) => index.LabelOf(cluster) == EntityLabels.Person;

    private static TextSpan TokenSpan(DocumentIndex index, int first, int end)
        => new(index.Tokens[first].Span.Start, index.Tokens[Math.Max(first, end - 1)].Span.End);

    private static ImmutableArray<TextSpan> Spans(params TextSpan?[] spans)
        => [.. spans.Where(s => s is { IsEmpty: false }).Select(s => s!.Value).Distinct().OrderBy(s => s.Start).ThenBy(s => s.End)];

    // ---------- lifespans after a name ----------

    private void FromLifespans(DocumentIndex index, List<Claim> list, HashSet<int> used)
    {
        var doc = index.Document;
        foreach (var a in index.Appositions)
        {
            if (!a.Parenthesized || a.EndToken - a.FirstToken > Options.MaxLifespanTokens || !IsPerson(index, a.Cluster)
                || !index.IsContent(index.Tokens[a.FirstToken].Sentence))
            {
                continue;
            }

            // Sides split at a range dash outside any pairing unit: "(A هـ / B م – C هـ / D م)".
            var sides = new List<(int Start, int End)>();
            var s = a.FirstToken;
            for (var k = a.FirstToken; k < a.EndToken; k++)
            {
                if (IsDash(index.Tokens[k]) && !InsideTimex(index, k))
                {
                    sides.Add((s, k));
                    s = k + 1;
                }
            }

            sides.Add((s, a.EndToken));
            if (sides.Count > 2)
            {
                continue;
            }

            var mention = doc.Entities[a.Mention].Span;

            // "أسرة تانغ (618–907)": the years of a dynasty, state or house named by a head word are a reign, not a life.
            var head = index.FirstTokenOf(mention) - 1;
            if (head >= 0 && Lexicon.Match(index, head, "polity") > 0)
            {
                continue;
            }

            var read = new List<(string Property, int Timex, TextSpan? Cue)>();
            var ok = true;
            for (var i = 0; i < sides.Count && ok; i++)
            {
                var (ss, se) = sides[i];
                var (ti, cue, kind, clean) = ReadSide(index, ss, se);
                if (!clean)
                {
                    ok = false;
                    break;
                }

                if (ti < 0)
                {
                    continue;
                }

                var property = kind ?? (sides.Count == 2 ? (i == 0 ? ClaimProperties.BirthDate : ClaimProperties.DeathDate) : null);
                // The other end of a range written as one side ("1868–1932" read as a range by Time).
                if (property is null && sides.Count == 1 && doc.Timexes[ti].Range is { } r && r > ti)
                {
                    read.Add((ClaimProperties.BirthDate, ti, null));
                    read.Add((ClaimProperties.DeathDate, r, null));
                    continue;
                }

                if (property is null)
                {
                    ok = false;
                    break;
                }

                read.Add((property, ti, cue));
            }

            if (!ok || read.Count == 0)
            {
                continue;
            }

            foreach (var (property, ti, cue) in read)
            {
                if (TimeOf(index, ti) is not { } value)
                {
                    continue;
                }

                used.Add(ti);
                if (doc.Timexes[ti].Equivalent is { } eq)
                {
                    used.Add(eq);
                }

                list.Add(new Claim(0, a.Cluster, property, value, Spans(mention, cue, doc.Timexes[ti].Span), ClaimModality.Asserted, Options.LifespanConfidence)
                {
                    Source = ClaimSources.Lifespan,
                    Sentence = index.Tokens[a.FirstToken].Sentence,
                });
            }
        }
    }

    private static bool IsDash(Token t) => t.Kind == TokenKind.Punctuation && t.Norm is "-" or "–" or "—" or "−" or "ـ";

    private static bool InsideTimex(DocumentIndex index, int token)
    {
        var pos = index.Tokens[token].Span.Start;
        foreach (var ti in index.TimexesInSentence(index.Tokens[token].Sentence))
        {
            var span = index.Document.Timexes[ti].Span;
            if (span.Start < pos && pos < span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One side of a lifespan: its first dated timex (a pairing unit counts once), a birth or death
    /// marker, and whether the side holds nothing else (a parenthesis with other words is not a lifespan).
    /// </summary>
    private (int Timex, TextSpan? Cue, string? Kind, bool Clean) ReadSide(DocumentIndex index, int start, int end)
    {
        var doc = index.Document;
        var timex = -1;
        TextSpan? cue = null;
        string? kind = null;
        var covered = new bool[end - start];
        foreach (var ti in index.TimexesInSentence(index.Tokens[start].Sentence))
        {
            var tt = index.TimexToken(ti);
            if (tt < start || tt >= end)
            {
                continue;
            }

            var span = doc.Timexes[ti].Span;
            for (var k = tt; k < end && index.Tokens[k].Span.Start < span.End; k++)
            {
                covered[k - start] = true;
            }

            if (timex < 0 && DocumentIndex.IsDated(doc.Timexes[ti]))
            {
                timex = ti;
            }
        }

        var other = 0;
        for (var k = start; k < end; k++)
        {
            if (covered[k - start])
            {
                continue;
            }

            int n;
            if ((n = Lexicon.Match(index, k, "birth")) > 0 || (n = Lexicon.Match(index, k, "death")) > 0)
            {
                kind = Lexicon.Match(index, k, "birth") > 0 ? ClaimProperties.BirthDate : ClaimProperties.DeathDate;
                cue = TokenSpan(index, k, k + n);
                for (var j = k; j < k + n && j < end; j++)
                {
                    covered[j - start] = true;
                }

                continue;
            }

            var t = index.Tokens[k];
            if (t.Kind == TokenKind.Punctuation || t.Norm is "م" or "ه" or "هـ" or "سنه" or "عام" or "نحو" or "حوالي" or "في")
            {
                continue;
            }

            other++;
        }

        return (timex, cue, kind, other == 0);
    }

    // ---------- comma appositions: "زينب، المولودة عام 1861" ----------

    private void FromCommaAppositions(DocumentIndex index, List<Claim> list, HashSet<int> used)
    {
        var doc = index.Document;
        foreach (var a in index.Appositions)
        {
            if (a.Parenthesized || !IsPerson(index, a.Cluster) || !index.IsContent(index.Tokens[a.FirstToken].Sentence))
            {
                continue;
            }

            string? property = null;
            var n = Lexicon.Match(index, a.FirstToken, "birth");
            if (n > 0)
            {
                property = ClaimProperties.BirthDate;
            }
            else if ((n = Lexicon.Match(index, a.FirstToken, "death")) > 0 && index.Tokens[a.FirstToken].Norm != "ت")
            {
                property = ClaimProperties.DeathDate;
            }

            if (property is null)
            {
                continue;
            }

            var cue = TokenSpan(index, a.FirstToken, a.FirstToken + n);
            foreach (var ti in index.TimexesInClause(a.FirstToken))
            {
                var tt = index.TimexToken(ti);
                if (tt < a.FirstToken + n || tt >= a.EndToken || TimeOf(index, ti) is not { } value)
                {
                    continue;
                }

                used.Add(ti);
                if (doc.Timexes[ti].Equivalent is { } eq)
                {
                    used.Add(eq);
                }

                list.Add(new Claim(0, a.Cluster, property, value, Spans(doc.Entities[a.Mention].Span, cue, doc.Timexes[ti].Span), ClaimModality.Asserted, Options.AppositionConfidence)
                {
                    Source = ClaimSources.Apposition,
                    Sentence = index.Tokens[a.FirstToken].Sentence,
                });
                break;
            }

            // A place after the participle: "المولود في حلب".
            for (var k = a.FirstToken + n; k < a.EndToken; k++)
            {
                var m = index.MentionAtToken(k);
                if (m >= 0 && doc.Entities[m].Label == EntityLabels.Location)
                {
                    list.Add(new Claim(0, a.Cluster, property == ClaimProperties.BirthDate ? ClaimProperties.BirthPlace : ClaimProperties.DeathPlace,
                        ClaimValue.OfEntity(doc.Entities[m].Cluster, doc.Entities[m].Text), Spans(doc.Entities[a.Mention].Span, cue, doc.Entities[m].Span),
                        ClaimModality.Asserted, Options.AppositionConfidence)
                    {
                        Source = ClaimSources.Apposition,
                        Place = doc.Entities[m].Cluster,
                        Sentence = index.Tokens[a.FirstToken].Sentence,
                    });
                    break;
                }
            }
        }
    }

    // ---------- events ----------

    private void FromEvents(DocumentIndex index, List<Claim> list, HashSet<int> lifespanTimexes)
    {
        var doc = index.Document;
        var triggersBySentence = new Dictionary<int, List<int>>();
        foreach (var e in doc.Events)
        {
            if (!triggersBySentence.TryGetValue(e.Sentence, out var l))
            {
                triggersBySentence[e.Sentence] = l = [];
            }

            l.Add(index.FirstTokenOf(e.Trigger));
        }

        for (var ei = 0; ei < doc.Events.Length; ei++)
        {
            var e = doc.Events[ei];
            if (!index.IsContent(e.Sentence) || e.MainParticipant is not { } main)
            {
                continue;
            }

            var trigger = index.FirstTokenOf(e.Trigger);
            if (trigger >= index.Tokens.Length)
            {
                continue;
            }

            var subject = Attribute(index, e, trigger, main, out var attributionConfidence);
            if (subject < 0)
            {
                continue;
            }

            var modality = ModalityOf(index, trigger);
            var (time, timeConfidence) = EventTime(index, e, trigger, subject, lifespanTimexes, Segment(index, triggersBySentence, e, trigger));
            var confidence = Math.Round(Math.Min(Math.Min(e.Confidence, attributionConfidence), time is null ? 1 : timeConfidence), 3);
            var spans = new List<TextSpan?> { e.Trigger, time is { Timex: { } tx } ? doc.Timexes[tx].Span : null };
            TextSpan? placeSpan = e.Place is { } pl ? MentionIn(index, pl, e.Sentence) : null;

            Claim Make(int who, string property, ClaimValue value, params TextSpan?[] extra)
                => new(0, who, property, value, Spans([.. spans, .. extra]), modality, confidence)
                {
                    Source = ClaimSources.Event,
                    Event = ei,
                    Act = e.Subtype is null ? e.Type : e.Type + "/" + e.Subtype,
                    Time = property is ClaimProperties.BirthDate or ClaimProperties.DeathDate or ClaimProperties.Founded ? null : time,
                    Place = e.Place,
                    Sentence = e.Sentence,
                };

            switch (e.Type)
            {
                case "birth" or "death" when IsPerson(index, subject):
                    // "نُشر عام 1950 بعد وفاته": the death named in a posthumous phrase is not dated by the clause.
                    if (trigger > 0 && Lexicon.Match(index, trigger - 1, "posthumous") > 1)
                    {
                        break;
                    }

                    var isBirth = e.Type == "birth";
                    if (time is not null)
                    {
                        list.Add(Make(subject, isBirth ? ClaimProperties.BirthDate : ClaimProperties.DeathDate, time));
                    }

                    if (e.Place is { } place && placeSpan is not null)
                    {
                        list.Add(Make(subject, isBirth ? ClaimProperties.BirthPlace : ClaimProperties.DeathPlace, ClaimValue.OfEntity(place, index.Document.Source[placeSpan.Value]), placeSpan));
                    }

                    break;
                case "founding":
                    // The founded organization or state gets its inception; the founder gets a dated act.
                    foreach (var p in e.Participants)
                    {
                        if (index.LabelOf(p.Cluster) is EntityLabels.Organization or EntityLabels.Location && time is not null)
                        {
                            list.Add(Make(p.Cluster, ClaimProperties.Founded, time, MentionIn(index, p.Cluster, e.Sentence)));
                        }
                    }

                    if (IsPerson(index, subject) && time is not null && AgentOf(e, subject))
                    {
                        list.Add(Make(subject, ClaimProperties.Act, new ClaimValue(ClaimValueKind.Text, Text: e.TriggerText)));
                    }

                    break;
                default:
                    if (!IsPerson(index, subject))
                    {
                        break;
                    }

                    var other = e.Participants.Skip(1).Select(p => (int?)p.Cluster).FirstOrDefault(c => c != subject);
                    var property = e.Type switch
                    {
                        "marriage" when other is { } sp && IsPerson(index, sp) => ClaimProperties.Spouse,
                        "education" when other is { } o && index.LabelOf(o) == EntityLabels.Organization => ClaimProperties.EducatedAt,
                        "employment" when other is { } o && index.LabelOf(o) == EntityLabels.Organization => ClaimProperties.Employer,
                        "membership" when other is { } o && index.LabelOf(o) == EntityLabels.Organization => ClaimProperties.MemberOf,
                        "office" => ClaimProperties.PositionHeld,
                        _ => ClaimProperties.Act,
                    };
                    var value = property switch
                    {
                        ClaimProperties.Act or ClaimProperties.PositionHeld when other is null || property == ClaimProperties.Act =>
                            new ClaimValue(ClaimValueKind.Text, Text: e.TriggerText),
                        _ => ClaimValue.OfEntity(other!.Value, index.Document.Source[MentionIn(index, other.Value, e.Sentence) ?? e.Trigger]),
                    };
                    if (property == ClaimProperties.Act && (time is null || !AgentOf(e, subject)))
                    {
                        break; // an undated act says nothing to compare; an act done to someone may be an attempt
                    }

                    list.Add(Make(subject, property, value, other is { } oc ? MentionIn(index, oc, e.Sentence) : null));
                    break;
            }
        }
    }

    /// <summary>True when the person does the act (agent), or undergoes one that needs them alive (arrest, prison, exile, trial, release, illness).</summary>
    private static bool AgentOf(EventMention e, int subject)
        => e.Participants.Any(p => p.Cluster == subject && p.Role == "agent")
            || (e.Type is "arrest" or "imprisonment" or "exile" or "trial" or "release" or "illness" && e.MainParticipant == subject);

    /// <summary>
    /// Who an event is about: its main participant, unless the trigger sits in another person's
    /// apposition (the fact goes to that person), follows a relative pronoun after another person
    /// ("السلطان قلاوون الذي توفي عام 689": the sultan's death), or is followed by a kinship word
    /// ("توفي والده": a relative's act, not the named person's). -1 when unsafe.
    /// </summary>
    private int Attribute(DocumentIndex index, EventMention e, int trigger, int main, out double confidence)
    {
        confidence = 1.0;
        var doc = index.Document;

        // A person named right before a birth or death verb is its subject ("وكان أخوه الأكبر جورج قد ولد عام 1925"،
        // "أمه مريم ولدت عام 1935"), whoever the events stage chose as the main participant.
        if (e.Type is "birth" or "death" && NamedRightBefore(index, trigger) is { } before && before != main)
        {
            confidence = 0.85;
            return before;
        }

        if (index.AppositionAt(trigger) is { } a && a.Cluster != main && IsPerson(index, a.Cluster))
        {
            confidence = 0.8;
            return e.Type is "birth" or "death" ? a.Cluster : -1;
        }

        var (cs, _) = index.ClauseOf(trigger);
        var sentenceStart = index.SentenceTokens(index.Tokens[trigger].Sentence).Start;
        for (var k = trigger - 1; k >= Math.Max(sentenceStart, trigger - 3); k--)
        {
            if (Lexicon.Match(index, k, "relative") > 0)
            {
                // The entity right before the relative pronoun is who the remark is about.
                for (var j = k - 1; j >= Math.Max(sentenceStart, k - 3); j--)
                {
                    var c = index.ClusterAtToken(j);
                    if (c >= 0)
                    {
                        confidence = 0.8;
                        return c == main || IsPerson(index, c) ? c : -1;
                    }
                }

                return e.Participants.Length > 0 && index.ClusterIn(main, k, index.ClauseOf(trigger).End) ? main : -1;
            }
        }

        for (var k = trigger + 1; k < Math.Min(index.Tokens.Length, trigger + 3); k++)
        {
            // "توفي والد رونالدو": a kinship noun in construct state; the name after it is the possessor.
            if (Lexicon.Match(index, k, "kin-of") > 0 && index.Tokens[k].Sentence == index.Tokens[trigger].Sentence && index.MentionAtToken(k) < 0)
            {
                return -1;
            }

            if (Lexicon.Match(index, k, "kin") > 0)
            {
                // "توفي والده خليل": the named relative when the events stage chose him, else unsafe.
                var named = index.ClusterAtToken(k + 1);
                return named == main ? main : -1;
            }
        }

        // A subject only inferred (no mention of it in the trigger's clause or sentence) is weaker; and
        // when a word that may be an untagged name stands before the trigger in its clause ("- آنا من
        // مواليد عام 1864"), a birth or death is not given to the inferred subject at all.
        if (!index.ClusterIn(main, cs, index.ClauseOf(trigger).End))
        {
            var s = doc.Sentences[e.Sentence];
            if (index.ClusterIn(main, s.FirstToken, s.EndToken))
            {
                confidence = 0.85;
            }
            else
            {
                // Arabic drops a known subject: a sentence that names no person at all, after one that names none but
                // the document's subject, continues that subject's story ("- أسس الكومنترن عام 1919").
                // Not for a birth or a death: those are the facts a story about another, unnamed person states.
                confidence = e.Type is not ("birth" or "death") && (index.Subject is { } ds ? ds.Cluster == main : index.SolePerson == main)
                    && NoOtherPerson(index, e.Sentence, main) && NoOtherPerson(index, e.Sentence - 1, main) && NoNounSubjectAfter(index, trigger)
                    ? Options.ProDropConfidence : 0.7;
                if (OpenWordBefore(index, cs, trigger))
                {
                    if (e.Type is "birth" or "death")
                    {
                        return -1;
                    }

                    confidence = 0.6;
                }
            }
        }

        return main;
    }

    /// <summary>
    /// True when the word after the trigger cannot be the verb's own subject: a preposition, a name, a date, or a word
    /// with a preposition attached ("التحق بجامع الزيتونة", "أسس الكومنترن"). A plain definite noun right after the verb
    /// ("عادت المدينة إلى اليونان") is its subject, so the subject was not dropped.
    /// </summary>
    private bool NoNounSubjectAfter(DocumentIndex index, int trigger)
    {
        var k = trigger + 1;
        if (k >= index.Tokens.Length || index.Tokens[k].Sentence != index.Tokens[trigger].Sentence)
        {
            return true;
        }

        var t = index.Tokens[k];

        // A feminine or reflexive verb before a place or an organization has it as its subject ("تأسست جامعة القاهرة",
        // "ألغيت الخلافة العثمانية"): the act is the institution's, not a person's.
        var verb = index.Tokens[trigger].Norm;
        if (index.MentionAtToken(k) is var m and >= 0 && index.Document.Entities[m].Label != EntityLabels.Person
            && (verb.EndsWith('ت') || verb.StartsWith('ت')))
        {
            return false;
        }

        if (t.Kind != TokenKind.Arabic || index.MentionAtToken(k) >= 0 || InTimex(index, k) || Lexicon.Match(index, k, "function") > 0
            || (t.Clitics & (Proclitics.Bi | Proclitics.Li | Proclitics.Ka)) != 0
            || t.Norm is "من" or "الى" or "إلى" or "في" or "على" or "عن" or "مع" or "ب" or "ل" or "حتى" or "منذ" or "عام" or "سنة")
        {
            return true;
        }

        return !t.Norm.StartsWith("ال", StringComparison.Ordinal);
    }

    /// <summary>
    /// The person cluster whose mention ends right before the trigger in its clause, with at most a particle or an
    /// auxiliary between ("قد"، "كان"، "فقد"), or null.
    /// </summary>
    private static int? NamedRightBefore(DocumentIndex index, int trigger)
    {
        var (cs, _) = index.ClauseOf(trigger);
        for (var k = trigger - 1; k >= Math.Max(cs, trigger - 3); k--)
        {
            if (index.MentionAtToken(k) is var m and >= 0)
            {
                var c = index.Document.Entities[m].Cluster;
                return IsPerson(index, c) ? c : null;
            }

            if (index.Tokens[k].Norm is not ("قد" or "وقد" or "فقد" or "لقد" or "كان" or "وكان" or "كانت" or "وكانت"))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>True when the sentence (if any) names no person other than <paramref name="main"/>.</summary>
    private static bool NoOtherPerson(DocumentIndex index, int sentence, int main)
    {
        if (sentence < 0)
        {
            return true;
        }

        foreach (var m in index.MentionsInSentence(sentence))
        {
            var c = index.Document.Entities[m].Cluster;
            if (c != main && IsPerson(index, c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when an Arabic word that is neither a function word nor part of a date or a named entity stands in [start, trigger).</summary>
    private bool OpenWordBefore(DocumentIndex index, int start, int trigger)
    {
        for (var k = start; k < trigger; k++)
        {
            var t = index.Tokens[k];
            if (t.Kind != TokenKind.Arabic || index.MentionAtToken(k) >= 0 || InTimex(index, k) || Lexicon.Match(index, k, "function") > 0 || Lexicon.Match(index, k, "function") > 0)
            {
                continue;
            }

            return true;
        }

        return false;
    }

    private static bool InTimex(DocumentIndex index, int token)
    {
        var pos = index.Tokens[token].Span.Start;
        foreach (var ti in index.TimexesInClause(token))
        {
            var span = index.Document.Timexes[ti].Span;
            if (span.Start <= pos && pos < span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The event's own date: the event's timex when it sits in the trigger's clause (or, less sure,
    /// elsewhere in its sentence), with no relative clause, other person's apposition or another
    /// person between them; never a narrative anchor. A timex read as another person's lifespan is not the act's.
    /// </summary>
    private (ClaimValue? Time, double Confidence) EventTime(DocumentIndex index, EventMention e, int trigger, int subject, HashSet<int> lifespanTimexes, (int Start, int End) segment)
    {
        if (e.Time is not { } ti || e.DateSource == EventDateSources.Narrative || ti < 0 || ti >= index.Document.Timexes.Length)
        {
            return (null, 1);
        }

        // A date on the far side of another act's trigger is that act's ("ولد عام 1800 وتوفي عام 1935":
        // 1800 is the birth's): take the dated timex of the trigger's own segment, after it first.
        var own = index.TimexToken(ti);
        if (own < segment.Start || own >= segment.End || (own < trigger && FirstDateAfterPrevious(index, segment.Start, own)))
        {
            var (cs, ce) = index.ClauseOf(trigger);
            var candidates = index.TimexesInClause(trigger)
                .Where(x => index.TimexToken(x) >= Math.Max(cs, segment.Start) && index.TimexToken(x) < Math.Min(ce, segment.End) && DocumentIndex.IsDated(index.Document.Timexes[x]))
                .OrderBy(x => index.TimexToken(x) > trigger ? 0 : 1).ThenBy(x => Math.Abs(index.TimexToken(x) - trigger))
                .ToList();
            if (candidates.Count == 0)
            {
                return (null, 1);
            }

            ti = candidates[0];
        }

        var t = index.Document.Timexes[ti];
        var tt = index.TimexToken(ti);
        if (tt >= index.Tokens.Length || index.Tokens[tt].Sentence != index.Tokens[trigger].Sentence)
        {
            return (null, 1);
        }

        if (lifespanTimexes.Contains(ti) && e.Type is not ("birth" or "death"))
        {
            return (null, 1);
        }

        if (index.AppositionAt(tt) is { } a && a.Cluster != subject && !(trigger >= a.FirstToken && trigger < a.EndToken))
        {
            return (null, 1);
        }

        var (lo, hi) = trigger < tt ? (trigger + 1, tt) : (index.EndTokenOf(t.Span), trigger);
        var clauseBreak = false;
        for (var k = lo; k < hi; k++)
        {
            if (Lexicon.Match(index, k, "relative") > 0)
            {
                return (null, 1);
            }

            // A parenthetical aside ("أسس الكومنترن (الأممية الثالثة) عام 1919") does not end the clause.
            clauseBreak |= index.IsClauseBreak(k) && index.Tokens[k].Norm is not ("(" or ")");
            var c = index.ClusterAtToken(k);
            if (c >= 0 && c != subject && IsPerson(index, c) && !e.Participants.Any(p => p.Cluster == c))
            {
                return (null, 1);
            }
        }

        var value = TimeOf(index, ti);
        if (value is null)
        {
            return (null, 1);
        }

        return clauseBreak ? (value, Options.SentenceDateConfidence) : (value, Options.ClauseDateConfidence);
    }

    /// <summary>
    /// True when a date before the trigger is the first date after the previous act's trigger (segment
    /// start > sentence start): it is that act's ("ولد الشيخ عام 1800 وتوفي …"), not a fronted date of this one.
    /// </summary>
    private static bool FirstDateAfterPrevious(DocumentIndex index, int segmentStart, int timexToken)
    {
        if (segmentStart == 0 || timexToken < segmentStart || index.Tokens[segmentStart - 1].Sentence != index.Tokens[timexToken].Sentence)
        {
            return false;
        }

        foreach (var x in index.TimexesInSentence(index.Tokens[timexToken].Sentence))
        {
            var t = index.TimexToken(x);
            if (t >= segmentStart && t < timexToken && DocumentIndex.IsDated(index.Document.Timexes[x]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The tokens between the previous and the next event trigger of the sentence: the stretch whose dates belong to this act.</summary>
    private static (int Start, int End) Segment(DocumentIndex index, Dictionary<int, List<int>> triggersBySentence, EventMention e, int trigger)
    {
        var (ss, se) = index.SentenceTokens(e.Sentence);
        var start = ss;
        var end = se;
        if (triggersBySentence.TryGetValue(e.Sentence, out var triggers))
        {
            foreach (var t in triggers)
            {
                if (t < trigger && t + 1 > start)
                {
                    start = t + 1;
                }
                else if (t > trigger && t < end)
                {
                    end = t;
                }
            }
        }

        return (start, end);
    }

    /// <summary>The modality of the statement around a trigger, from cues in its clause before it and in the sentence's opening.</summary>
    private ClaimModality ModalityOf(DocumentIndex index, int trigger)
    {
        var sentence = index.Tokens[trigger].Sentence;
        var (ss, se) = index.SentenceTokens(sentence);
        var (cs, ce) = index.ClauseOf(trigger);
        if (trigger > ss && Lexicon.Match(index, trigger - 1, "negated") > 0)
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

    // ---------- kinship ----------

    private void FromKinship(DocumentIndex index, List<Claim> list)
    {
        var doc = index.Document;
        foreach (var k in index.Kinship)
        {
            if (!IsPerson(index, k.Relative) || !IsPerson(index, k.Of) || k.Relative == k.Of)
            {
                continue;
            }

            var (property, relation) = k.Kind switch
            {
                "father" => (ClaimProperties.Father, null),
                "mother" => (ClaimProperties.Mother, null),
                "brother" or "sister" or "sibling" or "siblings" => (ClaimProperties.Sibling, k.Older switch { true => "older", false => "younger", _ => k.Kind }),
                "son" or "daughter" or "child" => (ClaimProperties.Child, (string?)k.Kind),
                "wife" or "husband" or "spouse" => (ClaimProperties.Spouse, k.Kind),
                _ => ((string?)null, (string?)null),
            };
            if (property is null)
            {
                continue;
            }

            var sentence = doc.SentenceAt(k.Evidence.Start);
            TextSpan? relSpan = null;
            foreach (var m in index.MentionsOf(k.Relative))
            {
                if (doc.Entities[m].Span.Start >= k.Evidence.Start)
                {
                    relSpan = doc.Entities[m].Span;
                    break;
                }
            }

            list.Add(new Claim(0, k.Of, property, ClaimValue.OfEntity(k.Relative, relSpan is { } rs ? doc.Source[rs] : index.Cluster(k.Relative)?.Name), Spans(k.Evidence, relSpan),
                ClaimModality.Asserted, Options.AppositionConfidence)
            {
                Source = ClaimSources.Apposition,
                Relation = relation,
                Sentence = sentence,
            });
        }
    }

    // ---------- "من مواليد" ----------

    private void FromBornIn(DocumentIndex index, List<Claim> list, HashSet<int> used)
    {
        var doc = index.Document;
        for (var i = 0; i < index.Tokens.Length; i++)
        {
            if (index.Tokens[i].Base != "مواليد" || !index.IsContent(index.Tokens[i].Sentence))
            {
                continue;
            }

            var (cs, ce) = index.ClauseOf(i);
            var (ss, _) = index.SentenceTokens(index.Tokens[i].Sentence);
            // Whose: the nearest person named before it in the clause, else in the sentence.
            var who = -1;
            TextSpan? whoSpan = null;
            for (var k = i - 1; k >= ss && who < 0; k--)
            {
                var c = index.ClusterAtToken(k);
                if (c >= 0 && IsPerson(index, c))
                {
                    who = c;
                    whoSpan = doc.Entities[index.MentionAtToken(k)].Span;
                }
            }

            if (who < 0)
            {
                continue;
            }

            var cue = TokenSpan(index, i > cs && index.Tokens[i - 1].Norm == "من" ? i - 1 : i, i + 1);
            foreach (var ti in index.TimexesInClause(i))
            {
                var tt = index.TimexToken(ti);
                if (tt <= i || tt > i + 4 || used.Contains(ti) || TimeOf(index, ti) is not { } value)
                {
                    continue;
                }

                list.Add(new Claim(0, who, ClaimProperties.BirthDate, value, Spans(whoSpan, cue, doc.Timexes[ti].Span), ModalityOf(index, i), Options.AppositionConfidence)
                {
                    Source = ClaimSources.BornIn,
                    Sentence = index.Tokens[i].Sentence,
                });
                break;
            }

            for (var k = i + 1; k < Math.Min(ce, i + 4); k++)
            {
                var m = index.MentionAtToken(k);
                if (m >= 0 && doc.Entities[m].Label == EntityLabels.Location)
                {
                    list.Add(new Claim(0, who, ClaimProperties.BirthPlace, ClaimValue.OfEntity(doc.Entities[m].Cluster, doc.Entities[m].Text), Spans(whoSpan, cue, doc.Entities[m].Span),
                        ModalityOf(index, i), Options.AppositionConfidence)
                    {
                        Source = ClaimSources.BornIn,
                        Place = doc.Entities[m].Cluster,
                        Sentence = index.Tokens[i].Sentence,
                    });
                    break;
                }
            }
        }
    }

    // ---------- ages: "عن عمر ناهز 64 عاماً"، "وهو في السابعة والعشرين" ----------

    private void FromAges(DocumentIndex index, List<Claim> list)
    {
        var doc = index.Document;
        var eventClaims = list.Where(c => c.Event is not null).GroupBy(c => c.Event!.Value).ToDictionary(g => g.Key, g => g.First());
        var eventsBySentence = new Dictionary<int, List<int>>();
        for (var k = 0; k < doc.Events.Length; k++)
        {
            if (!eventsBySentence.TryGetValue(doc.Events[k].Sentence, out var l))
            {
                eventsBySentence[doc.Events[k].Sentence] = l = [];
            }

            l.Add(k);
        }

        for (var i = 0; i < index.Tokens.Length; i++)
        {
            var n = Lexicon.Match(index, i, "age");
            if (n == 0 || !index.IsContent(index.Tokens[i].Sentence))
            {
                continue;
            }

            var (age, end) = ReadAge(index, i + n);
            if (age is not { } years || years <= 0 || years > 150)
            {
                continue;
            }

            // The act the age is stated at: the nearest event before it in the sentence ("توفي عن عمر ناهز 64 عاماً"), or,
            // when the age opens its clause ("وفي سن الرابعة ذهب إلى الكتّاب"), the first event after it in that clause.
            // Never a birth: nobody is of an age at his own birth.
            var sentence = index.Tokens[i].Sentence;
            EventMention? ev = null;
            var evIndex = -1;
            var (ageClauseStart, ageClauseEnd) = index.ClauseOf(i);
            var opensClause = i - ageClauseStart <= 2;
            foreach (var k in eventsBySentence.TryGetValue(sentence, out var inSentence) ? inSentence : [])
            {
                var e = doc.Events[k];
                if (e.Type == "birth" || e.MainParticipant is not { } p || !IsPerson(index, p))
                {
                    continue;
                }

                var at = index.FirstTokenOf(e.Trigger);
                if (opensClause && at > i && at < ageClauseEnd)
                {
                    ev = e;
                    evIndex = k;
                    break;
                }

                if (!opensClause && e.Trigger.Start < index.Tokens[i].Span.Start)
                {
                    ev = e;
                    evIndex = k;
                }
            }

            if (ev is null)
            {
                continue;
            }

            var fromEvent = eventClaims.GetValueOrDefault(evIndex);
            var subject = fromEvent?.Subject ?? ev.MainParticipant!.Value;
            var time = fromEvent is null ? null : fromEvent.Time ?? (fromEvent.Value.Kind == ClaimValueKind.Time ? fromEvent.Value : null);
            var span = TokenSpan(index, i, end);
            list.Add(new Claim(0, subject, ClaimProperties.Age, ClaimValue.OfQuantity(years, doc.Source[TokenSpan(index, i + n, end)]), Spans(ev.Trigger, span),
                fromEvent?.Modality ?? ClaimModality.Asserted, Options.AppositionConfidence)
            {
                Source = ClaimSources.AgePhrase,
                Event = evIndex,
                Act = ev.Type,
                Time = time,
                Sentence = sentence,
            });
        }
    }

    /// <summary>An age after an age cue: a duration timex in years ("64 عاماً"), digits, or number words (Time's lexicon: "السابعة والعشرين").</summary>
    private (int? Years, int End) ReadAge(DocumentIndex index, int start)
    {
        var doc = index.Document;
        if (start >= index.Tokens.Length)
        {
            return (null, start);
        }

        foreach (var ti in index.TimexesInClause(start))
        {
            var t = doc.Timexes[ti];
            var tt = index.TimexToken(ti);
            if (tt >= start && tt <= start + 1 && t.Type == TimexType.Duration && t.Value is { } v && v.StartsWith('P') && v.EndsWith('Y')
                && int.TryParse(v.AsSpan(1, v.Length - 2), System.Globalization.CultureInfo.InvariantCulture, out var y))
            {
                return (y, index.EndTokenOf(t.Span));
            }
        }

        var k = start;
        if (index.Tokens[k].IsNumber && int.TryParse(index.Tokens[k].Base, System.Globalization.CultureInfo.InvariantCulture, out var digits))
        {
            return (digits, k + 1);
        }

        // Number words, units and tens joined by و: السابعة والعشرين = 7 + 20.
        var sum = 0;
        var matches = new List<LexMatch>();
        var sentenceEnd = index.SentenceTokens(index.Tokens[start].Sentence).End;
        while (k < sentenceEnd)
        {
            matches.Clear();
            Time.Trie.MatchAt(index.Tokens, k, sentenceEnd, matches);
            var number = matches.Where(m => m.Entry.Kind == LexKind.Number).OrderByDescending(m => m.End).FirstOrDefault();
            if (number.End <= k)
            {
                break;
            }

            sum += number.Entry.A;
            k = number.End;
        }

        return sum > 0 ? (sum, k) : (null, start);
    }
}
