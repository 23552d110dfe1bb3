using System.Collections.Frozen;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>
/// Accessions to a ruler's office with their dates (<see cref="ClaimProperties.PositionHeld"/>, Wikidata's P39 with its start
/// P580): an oath of allegiance ("بويع بالخلافة سنة 300 هـ"، "بويع له بالإمارة"), a throne sat on or taken ("جلس على العرش
/// سنة 1451"، "تولى العرش"، "اعتلى العرش"). The value is the office's words (the throne, the caliphate, the emirate, the
/// sultanate); the verifier finds the subject's own ruler position whose title the office names. The date is the
/// accession's: the nearest dated timex in the cue's clause, else, after "لما" ("فلما توفي جده سنة 301 هـ بويع له"), the
/// date of the clause before; a timeline line's date ("1908: تولى العرش") when the sentence opens with it. The ruler is
/// the person named in the clause before the cue, else right after the verb ("جلس محمد على العرش"), else, when no other
/// person is named in the sentence, the subject of the article's segment. Pure.
/// </summary>
public static class PositionClaims
{
    /// <summary>The <see cref="Claim.Source"/> of these claims.</summary>
    public const string Source = "position";

    /// <summary>The confidence of a claim read this way.</summary>
    public const double Confidence = 0.7;

    /// <summary>The act of these claims: an accession, whose date is the office's start (P580).</summary>
    public const string Act = "office/power";

    // Verbs of accession (normalized, without a leading و/ف).
    private static readonly FrozenSet<string> Verbs = new[] { "بويع", "جلس", "تولي", "اعتلي", "ارتقي", "يبايع", "بايعوه" }.ToFrozenSet(StringComparer.Ordinal);

    // Verbs that name the office they accede to (normalized, without a leading و/ف): "تسلطن" became sultan.
    private static readonly FrozenSet<string> OfficeVerbs = new[] { "تسلطن" }.ToFrozenSet(StringComparer.Ordinal);

    // Offices a ruler accedes to, by their noun (normalized, without the article or the preposition ب).
    private static readonly FrozenSet<string> Offices = new[] { "عرش", "خلافه", "اماره", "سلطنه" }.ToFrozenSet(StringComparer.Ordinal);

    // Words that may stand between the verb and the office: "بويع له بالإمارة"، "جلس على العرش".
    private static readonly FrozenSet<string> Between = new[] { "له", "لها", "علي", "عليه" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Negations = new[] { "لم", "لا", "لن", "ليس", "دون", "بدون", "رفض" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The office noun of a normalized word, without its article and the clitics ب/و/ف, or null.</summary>
    public static string? OfficeOf(string norm)
    {
        foreach (var prefix in new[] { "وبال", "بال", "وال", "فال", "ال", "" })
        {
            if (norm.StartsWith(prefix, StringComparison.Ordinal) && Offices.Contains(norm[prefix.Length..]))
            {
                return norm[prefix.Length..];
            }
        }

        return null;
    }

    /// <summary>Adds the accession claims of the document to <paramref name="list"/>.</summary>
    public static void Add(DocumentIndex index, List<Claim> list)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(list);
        var tokens = index.Tokens;
        var doc = index.Document;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            var verb = t.Norm.Length >= 4 && t.Norm[0] is 'و' or 'ف' && (Verbs.ContainsSpan(t.Norm.AsSpan(1)) || OfficeVerbs.ContainsSpan(t.Norm.AsSpan(1))) ? t.Norm[1..] : t.Norm;
            var selfOffice = OfficeVerbs.Contains(verb);
            if (!(Verbs.Contains(verb) || selfOffice) || !index.IsContent(t.Sentence))
            {
                continue;
            }

            var (clauseStart, _) = index.ClauseOf(i);
            var (sentenceStart, sentenceEnd) = index.SentenceTokens(t.Sentence);
            if (Negated(index, clauseStart, i))
            {
                continue;
            }

            // The office: within three words after the verb, over "له"/"على" and the ruler's own name.
            var office = -1;
            var named = -1;
            if (selfOffice)
            {
                // Round 13 (13b): "وتسلطن بيبرس في ذي القعدة سنة 658": the verb names the office itself; the ruler named right after it.
                office = i;
                if (index.MentionAtToken(i + 1) is var sm and >= 0 && i + 1 < sentenceEnd && doc.Entities[sm].Label == EntityLabels.Person
                    && index.FirstTokenOf(doc.Entities[sm].Span) == i + 1)
                {
                    named = doc.Entities[sm].Cluster;
                }
            }

            for (var k = i + 1; office < 0 && k < Math.Min(sentenceEnd, i + 6); k++)
            {
                if (OfficeOf(tokens[k].Norm) is not null)
                {
                    office = k;
                    break;
                }

                var m = index.MentionAtToken(k);
                if (m >= 0 && doc.Entities[m].Label == EntityLabels.Person && named < 0 && k == i + 1)
                {
                    named = doc.Entities[m].Cluster;
                    k = index.EndTokenOf(doc.Entities[m].Span) - 1;
                    continue;
                }

                if (!Between.Contains(tokens[k].Norm))
                {
                    break;
                }
            }

            // "جلس" and "تولى" need the throne or an office noun; "بويع" alone (an oath to a man) is no office.
            if (office < 0 || DateOf(index, i, clauseStart, sentenceStart) is not { } dated)
            {
                continue;
            }

            var ruler = Ruler(index, i, clauseStart, sentenceStart, sentenceEnd, named);
            if (ruler is not { } subject || index.LabelOf(subject) != EntityLabels.Person)
            {
                continue;
            }

            // The event reading of the same verb ("تولى" as an office held in a year) gives way to the accession's.
            RemoveEventReading(list, subject, t.Span);
            var officeSpan = tokens[office].Span;
            var spans = new[] { t.Span, officeSpan, doc.Timexes[dated.Timex].Span }.Distinct().OrderBy(s => s.Start).ThenBy(s => s.End);
            list.Add(new Claim(0, subject, ClaimProperties.PositionHeld, new ClaimValue(ClaimValueKind.Text, Text: doc.Source[officeSpan]), [.. spans],
                ClaimModality.Asserted, Confidence)
            {
                Source = Source,
                Act = Act,
                Time = dated.Value,
                Sentence = t.Sentence,
            });
        }

        AddTenureEnds(index, list);
        TenureRangeClaims.Add(index, list); // "ترأسها فلان من 1998 إلى 2006": a presidency with both ends
        BecameRulerClaims.Add(index, list); // "الذي صار البابا ليو العاشر سنة 1513": an accession to a title
    }

    // In a method of its own so that its closure is made only when it runs (in the loop body it was made for every token).
    private static void RemoveEventReading(List<Claim> list, int subject, TextSpan verbSpan) =>
        list.RemoveAll(c => c.Property == ClaimProperties.PositionHeld && c.Source != Source && c.Subject == subject
            && !c.Spans.IsDefaultOrEmpty && c.Spans.Contains(verbSpan) && c.Value.Kind == ClaimValueKind.Text);

    // In a method of its own so that its closure is made only when it runs (in the loop body it was made for every token).
    private static int DatedTimexAfter(DocumentIndex index, int sentence, int from, int clauseEnd) =>
        index.TimexesInSentence(sentence).FirstOrDefault(ti => index.TimexToken(ti) is var at && at > from && at <= from + 3
            && at < clauseEnd && DocumentIndex.IsDated(index.Document.Timexes[ti]), -1);

    // A place named in the sentence before the token (round 16, 13a).
    private static bool PlaceBefore(DocumentIndex index, int sentenceStart, int token)
    {
        for (var k = sentenceStart; k < token; k++)
        {
            if (index.MentionAtToken(k) is var m and >= 0 && index.Document.Entities[m].Label == EntityLabels.Location)
            {
                return true;
            }
        }

        return false;
    }

    // In a method of its own so that its closure is made only when it runs (in the loop body it was made for every token).
    private static List<Claim> OfficeClaimsBefore(List<Claim> list, int sentence, int verbStart, int sentenceStartChar) =>
        list.Where(c => c.Property == ClaimProperties.PositionHeld && c.Sentence == sentence && !c.Spans.IsDefaultOrEmpty
            && c.Spans[0].Start < verbStart && c.Spans[0].Start >= sentenceStartChar).ToList();

    // Verbs of staying on ("بقي في منصبه حتى"، "ظل في منصبه إلى"، "استمر في منصبه حتى"), normalized, without a leading و/ف.
    private static readonly FrozenSet<string> StayVerbs = new[] { "بقي", "ظل", "استمر", "بقيت", "ظلت", "استمرت", "يبقي", "يظل", "يستمر" }
        .ToFrozenSet(StringComparer.Ordinal);

    // Verbs of taking up an office named before ("وتولى المنصب في 1 كانون الثاني 1992"، "تسلّم منصبه سنة"، "باشر مهام منصبه"):
    // the date is the term's start, or its end after "حتى"/"إلى" ("شغل المنصب حتى 1956").
    private static readonly FrozenSet<string> TakeUpVerbs = new[]
    {
        "تولي", "تولت", "تسلم", "تسلمت", "باشر", "باشرت", "تقلد", "تقلدت", "شغل", "شغلت", "يتولي", "يتسلم", "يباشر",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The office held, by a pronoun: "منصبه"، "منصبها"، "منصبه هذا".
    private static readonly FrozenSet<string> OfficePronouns = new[] { "منصبه", "منصبها", "مناصبه", "وظيفته", "وظيفتها", "رئاسته", "رئاستها", "المنصب", "مهامه", "مهامها" }
        .ToFrozenSet(StringComparer.Ordinal);

    // Generic nouns of an office held, after a verb of staying and "في"/"على" (normalized): the presidency, the throne, rule, power,
    // the ministry, the emirate, the caliphate, the sultanate.
    private static readonly FrozenSet<string> HeldNouns = new[]
    {
        "الرئاسه", "العرش", "الحكم", "السلطه", "الوزاره", "الاماره", "الخلافه", "السلطنه", "الولايه",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The start or end of a term the sentence opened: "عُيّن … قائداً له سنة 1939، وبقي في منصبه حتى سنة 1958" gives the holder of
    /// the office claim before it in the sentence a <see cref="ClaimProperties.PositionHeld"/> claim whose end (P582) is the date after
    /// "حتى"/"إلى"; "انتُخب أميناً عاماً …، وتولى المنصب في 1 كانون الثاني 1992" one whose start (P580) is the date after the office
    /// word. The office is the one the sentence names (the verifier finds it by the words of its title). Only when office claims
    /// of one person stand before the verb in the sentence.
    /// </summary>
    private static void AddTenureEnds(DocumentIndex index, List<Claim> list)
    {
        var tokens = index.Tokens;
        var doc = index.Document;
        for (var i = 0; i + 3 < tokens.Length; i++)
        {
            var t = tokens[i];
            var verb = Verb(t.Norm);
            var stay = StayVerbs.Contains(verb);
            if ((!stay && !TakeUpVerbs.Contains(verb)) || !index.IsContent(t.Sentence))
            {
                continue;
            }

            var (sentenceStart, sentenceEnd) = index.SentenceTokens(t.Sentence);
            var k = i + 1;
            if (k < sentenceEnd && (tokens[k].Norm == "في" || (stay && tokens[k].Norm == "علي")))
            {
                k++;
            }

            if (k < sentenceEnd && tokens[k].Norm is "مهام" && k + 1 < sentenceEnd && OfficePronouns.Contains(tokens[k + 1].Norm))
            {
                k++; // "باشر مهام منصبه"
            }

            // Round 16 (13a): "عُيّن رئيساً لجوقة البلاط سنة 1837 وبقي فيها حتى 1841": after a verb of staying, "فيه"/"فيها" is the office
            // (or its body) the sentence named — unless the sentence names a place before it, which the pronoun may be.
            var inIt = stay && k == i + 1 && k < sentenceEnd && tokens[k].Norm is "فيه" or "فيها" && !PlaceBefore(index, sentenceStart, i);

            // Round 17 (13b): after a verb of staying and "في"/"على", the office by its generic noun ("وبقي في الرئاسة حتى سنة 1987"،
            // "وبقي على العرش حتى 1969"، "وظل في الحكم إلى …"): the office the sentence named before.
            var heldNoun = stay && k == i + 2 && k < sentenceEnd && HeldNouns.Contains(tokens[k].Norm);
            if (k >= sentenceEnd || !(OfficePronouns.Contains(tokens[k].Norm) || inIt || heldNoun) || Negated(index, sentenceStart, i))
            {
                continue;
            }

            // "حتى" or "إلى" (one word may stand before it) before the date makes it the end; a verb of staying needs it.
            k++;
            var until = -1;
            for (var j = k; j < Math.Min(sentenceEnd, k + 2); j++)
            {
                if (tokens[j].Norm is "حتي" or "الي")
                {
                    until = j;
                    break;
                }
            }

            if (until < 0 && stay)
            {
                continue;
            }

            // The date: right after "حتى", else (taking up) within three words after the office word, in its clause.
            var (_, clauseEnd) = index.ClauseOf(i);
            var from = until >= 0 ? until : k - 1;
            var timex = DatedTimexAfter(index, t.Sentence, from, clauseEnd);
            if (timex < 0 || ClaimExtractor.TimeOf(index, timex) is not { } date)
            {
                continue;
            }

            // A date before the office word in the clause is the clause's own: "تولى المنصب" must come first.
            var isEnd = until >= 0;

            var before = OfficeClaimsBefore(list, t.Sentence, t.Span.Start, tokens[sentenceStart].Span.Start);
            if (before.Select(c => c.Subject).Distinct().Count() != 1)
            {
                continue;
            }

            var holder = before[0].Subject;
            var spans = new[] { t.Span, tokens[k - 1].Span, doc.Timexes[timex].Span }.Distinct().OrderBy(s => s.Start).ThenBy(s => s.End);
            list.Add(new Claim(0, holder, ClaimProperties.PositionHeld, new ClaimValue(ClaimValueKind.Text, Text: doc.Source[tokens[k - 1].Span]), [.. spans],
                ClaimModality.Asserted, Confidence)
            {
                Source = TenureSource,
                Act = isEnd ? "office/held" : "office/appointed",
                Start = isEnd ? null : date,
                End = isEnd ? date : null,
                Sentence = t.Sentence,
            });
        }
    }

    /// <summary>The <see cref="Claim.Source"/> of a term's end read from "بقي في منصبه حتى …".</summary>
    public const string TenureSource = "position-tenure";

    private static string Verb(string norm) => norm.Length >= 4 && norm[0] is '\u0648' or '\u0641' && (StayVerbs.ContainsSpan(norm.AsSpan(1)) || TakeUpVerbs.ContainsSpan(norm.AsSpan(1))) ? norm[1..] : norm;

    // A negation up to three tokens before the cue in its clause ("لم يتول"); shared with TenureRangeClaims.
    internal static bool Negated(DocumentIndex index, int clauseStart, int cue)
    {
        for (var k = Math.Max(clauseStart, cue - 3); k < cue; k++)
        {
            if (Negations.Contains(index.Tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    // The accession's date: the nearest dated timex in the cue's clause; else, after a "لما"/"فلما"/"ولما" before the cue in its clause or
    // the last dated timex before the cue; else a timeline line's opening date before a colon.
    private static (ClaimValue Value, int Timex)? DateOf(DocumentIndex index, int cue, int clauseStart, int sentenceStart)
    {
        var doc = index.Document;
        var best = -1;
        var bestDistance = int.MaxValue;
        foreach (var ti in index.TimexesInClause(cue))
        {
            if (DocumentIndex.IsDated(doc.Timexes[ti]) && Math.Abs(index.TimexToken(ti) - cue) is var distance && distance < bestDistance)
            {
                (best, bestDistance) = (ti, distance);
            }
        }

        var sentence = index.Tokens[cue].Sentence;
        if (best < 0 && WhenAt(index, sentenceStart, clauseStart, cue) is var when and >= 0)
        {
            foreach (var ti in index.TimexesInSentence(sentence))
            {
                if (DocumentIndex.IsDated(doc.Timexes[ti]) && index.TimexToken(ti) > when && index.TimexToken(ti) < clauseStart)
                {
                    best = ti;
                }
            }
        }

        // A date right before the verb ("وفي سنة 1950 تولى العرش"، "1950: تولى العرش"), whatever clause it was put in.
        if (best < 0)
        {
            foreach (var ti in index.TimexesInSentence(sentence))
            {
                var endToken = index.EndTokenOf(doc.Timexes[ti].Span);
                if (DocumentIndex.IsDated(doc.Timexes[ti]) && (endToken == cue || (endToken == cue - 1 && index.Tokens[endToken].Norm == ":")))
                {
                    best = ti;
                }
            }
        }

        if (best < 0)
        {
            foreach (var ti in index.TimexesInSentence(sentence))
            {
                var endToken = index.EndTokenOf(doc.Timexes[ti].Span);
                if (DocumentIndex.IsDated(doc.Timexes[ti]) && index.TimexToken(ti) <= sentenceStart + 1 && endToken <= clauseStart
                    && index.Tokens[endToken].Norm == ":")
                {
                    best = ti;
                }

                break;
            }
        }

        return best >= 0 && ClaimExtractor.TimeOf(index, best) is { } value ? (value, best) : null;
    }

    // "فلما توفي جده …، بويع له": the token "لما" before the cue, in its clause or the clause before (whose date is the accession's), or -1.
    private static int WhenAt(DocumentIndex index, int sentenceStart, int clauseStart, int cue)
    {
        var (previousStart, _) = clauseStart > sentenceStart ? index.ClauseOf(clauseStart - 1) : (clauseStart, clauseStart);
        for (var k = cue - 1; k >= Math.Max(sentenceStart, previousStart); k--)
        {
            if (index.Tokens[k].Norm is "لما" or "فلما" or "ولما")
            {
                return k;
            }
        }

        return -1;
    }

    // The ruler: the nearest person named in the clause before the cue; else the person named right after the verb; else, with
    // no person named elsewhere in the sentence, the subject of the sentence's segment.
    private static int? Ruler(DocumentIndex index, int cue, int clauseStart, int sentenceStart, int sentenceEnd, int named)
    {
        var doc = index.Document;
        for (var k = cue - 1; k >= clauseStart; k--)
        {
            var m = index.MentionAtToken(k);
            if (m >= 0 && doc.Entities[m].Label == EntityLabels.Person && doc.Entities[m].Cluster >= 0)
            {
                return doc.Entities[m].Cluster;
            }
        }

        if (named >= 0)
        {
            return named;
        }

        // Other persons are looked for in the cue's clause and the "لما" clause before it (whose date it takes).
        var subject = index.SubjectAt(index.Tokens[cue].Sentence);
        var when = WhenAt(index, sentenceStart, clauseStart, cue);
        var (_, clauseEnd) = index.ClauseOf(cue);
        for (var k = when >= 0 ? when : sentenceStart; k < (when >= 0 ? clauseEnd : sentenceEnd); k++)
        {
            var m = index.MentionAtToken(k);
            if (m >= 0 && doc.Entities[m].Label == EntityLabels.Person && doc.Entities[m].Cluster != subject)
            {
                return null;
            }
        }

        return subject;
    }
}
