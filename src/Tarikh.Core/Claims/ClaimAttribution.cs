using System.Collections.Frozen;
using Tarikh.Core.Entities;
using Tarikh.Core.Normalization;

namespace Tarikh.Core.Claims;

/// <summary>
/// How directly the text ties a claim's value to its subject (round 14, issue 13). Ordered from the surest to the least sure: a
/// consumer that trusts a grade trusts every grade before it.
/// </summary>
public enum AttributionGrade
{
    /// <summary>
    /// The subject is the head the value hangs on: the named (or pronominal, in the same sentence) subject of the verb with nobody
    /// else between, the head of a lifespan parenthesis, the head of an apposition.
    /// </summary>
    Direct = 0,

    /// <summary>The subject is carried from an earlier sentence (a dropped subject, an epithet, a possessive "وفاته").</summary>
    Inherited = 1,

    /// <summary>The value is reached through a kinship word or a relative who reports it ("توفي والده"، "قال نجله إن والده وُلد").</summary>
    Relative = 2,

    /// <summary>
    /// Another person or place stands between the subject and the value, the value lies in a second clause with its own verb, or in a
    /// body subordinate to another ("التابعة لـ"): the reading chose one of several.
    /// </summary>
    Ambiguous = 3,
}

/// <summary>Why a claim has its <see cref="AttributionGrade"/>: the grade and a reason code (<see cref="AttributionReasons"/>).</summary>
/// <param name="Grade">The grade.</param>
/// <param name="Reason">An <see cref="AttributionReasons"/> code.</param>
public sealed record AttributionGrading(AttributionGrade Grade, string Reason)
{
    /// <summary>The grade of a claim no grader saw (built by hand): direct, as every claim was read before grades existed.</summary>
    public static AttributionGrading Ungraded { get; } = new(AttributionGrade.Direct, AttributionReasons.Ungraded);
}

/// <summary>The reason codes of <see cref="AttributionGrading"/>.</summary>
public static class AttributionReasons
{
    /// <summary>No grader saw the claim.</summary>
    public const string Ungraded = "ungraded";
    /// <summary>The head of a lifespan parenthesis.</summary>
    public const string LifespanHead = "lifespan-head";
    /// <summary>The head of an apposition.</summary>
    public const string AppositionHead = "apposition-head";
    /// <summary>The subject is named in the trigger's clause, nobody else between.</summary>
    public const string NamedSubject = "named-subject";
    /// <summary>The subject is named earlier in the same sentence, nobody else between: the verb's pronoun is his.</summary>
    public const string PronounSubject = "pronoun-subject";
    /// <summary>The sentence does not name the subject: carried from an earlier sentence.</summary>
    public const string Carried = "carried";
    /// <summary>The index found the subject by a cue (epithet, possessive, title, a continued story).</summary>
    public const string Implicit = "implicit";
    /// <summary>A kinship word between the subject and the value, or right after the verb.</summary>
    public const string KinWord = "kin-word";
    /// <summary>A relative who reports the value, or a kinship word that introduced the person.</summary>
    public const string ReportingRelative = "reporting-relative";
    /// <summary>Another person named between the subject and the value.</summary>
    public const string AnotherPerson = "another-person";
    /// <summary>A relative pronoun ("الذي"، "التي") between the subject and the verb: a side remark about someone else.</summary>
    public const string RelativeClause = "relative-clause";
    /// <summary>The value lies in a second clause with its own verb.</summary>
    public const string SecondClause = "second-clause";
    /// <summary>A body subordinate to another ("التابعة لـ").</summary>
    public const string SubordinateBody = "subordinate-body";
    /// <summary>The verb has a subject of its own, a definite noun right after it that is no name ("وقُتل الأمير العالم في …").</summary>
    public const string OwnSubjectNoun = "own-subject-noun";
    /// <summary>The subject is carried from an earlier sentence to a person who is not the topic of the passage.</summary>
    public const string CarriedNotTopic = "carried-not-topic";
    /// <summary>A place value after another place in the clause ("في ضيعته X في محافظة Y").</summary>
    public const string PlaceInPlace = "place-in-place";
    /// <summary>Another name of the value's kind between the value and its date ("درس في كلية X ثم في كلية Y بين 1890 و1894").</summary>
    public const string AnotherValue = "another-value";
    /// <summary>
    /// Round 15 (issue-13v): the subject is named only as the genitive of a kinship noun ("الأخ الأصغر لمحمد"، "أخو محمد"): the verb's
    /// subject is the relative the noun stands for.
    /// </summary>
    public const string KinGenitive = "kin-genitive";
}

/// <summary>
/// Grades the attribution of a claim (<see cref="AttributionGrade"/>) from the layers the claims stage already has: the claim's
/// evidence spans, its source and implicit-subject code, the document index's clauses, mentions and kinship words. It reads no date
/// and no name again: only where the subject, the trigger and the value stand, and what stands between them. Pure.
/// </summary>
public static class ClaimAttribution
{
    private static readonly FrozenSet<string> SubordinateWords = Normalized("التابعة", "التابع", "والتابعة", "والتابع", "الملحقة", "الملحق", "فرع");

    // Kin stems (normalized, without pronoun) the lexicon's "kin" list leaves out: in-laws and grandparents, said with a pronoun.
    private static readonly FrozenSet<string> OtherKinStems = Normalized("حمو", "حما", "حمي", "حماة", "صهر", "جد", "جدة", "حفيد", "حفيدة", "عم", "عمة", "خال", "خالة", "نسيب", "ربيب", "ربيبة", "أرملة");

    private static readonly string[] Pronouns = ["ه", "ها", "هم", "هما", "هن"];

    // Round 15 (issue-13v): kinship nouns with the article, followed by "لـ" and a name ("الأخ الأصغر لمحمد"), and kinship nouns in
    // construct, followed by a name ("أخو محمد"، "زوجة سعيد"); "ابن"/"بن" are left out (a nasab inside a name), and so are "أبو"/"أم" (a kunya; "أم" is also "or") and "جد"/"جدة" (also a word and a city). The adjectives that may
    // stand between ("الأكبر"، "الأصغر") are the lexicon's kin-link words.
    private static readonly FrozenSet<string> DefiniteKinNouns = Normalized(
        "الأخ", "الأخت", "الشقيق", "الشقيقة", "الابن", "الابنة", "البنت", "الزوج", "الزوجة", "الأب", "الأم", "الوالد", "الوالدة", "الجد", "الجدة",
        "العم", "العمة", "الخال", "الخالة", "الحفيد", "الحفيدة", "الأرملة", "الصهر", "النسيب", "الربيب", "الربيبة");

    private static readonly FrozenSet<string> ConstructKinNouns = Normalized(
        "أخو", "أخا", "أخي", "أخت", "شقيق", "شقيقة", "زوج", "زوجة", "والد", "والدة", "عم", "عمة", "خال", "خالة",
        "حفيد", "حفيدة", "أرملة", "صهر", "ربيب", "ربيبة");

    private static readonly FrozenSet<string> PlaceProperties = new[] { ClaimProperties.BirthPlace, ClaimProperties.DeathPlace, ClaimProperties.Location }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> RelationProperties = new[]
    {
        ClaimProperties.Spouse, ClaimProperties.Father, ClaimProperties.Mother, ClaimProperties.Sibling, ClaimProperties.Child, ClaimProperties.BirthOrder,
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> LifeEventProperties = new[]
    {
        ClaimProperties.BirthDate, ClaimProperties.DeathDate, ClaimProperties.BirthPlace, ClaimProperties.DeathPlace,
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] KinCategories = ["kin", "kin-of", "kin-noun"];

    private static FrozenSet<string> Normalized(params string[] words)
        => words.Select(w => ArabicNormalizer.Default.NormalizeString(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Grades one claim of an indexed document.</summary>
    public static AttributionGrading Grade(DocumentIndex index, Claim claim, ClaimLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(claim);
        lexicon ??= ClaimLexicon.Default;
        var doc = index.Document;
        if (claim.Attribution is ImplicitSubjectEvidence.KinRelative or ImplicitSubjectEvidence.ReportingRelative)
        {
            return new(AttributionGrade.Relative, AttributionReasons.ReportingRelative);
        }

        if (claim.Source == ClaimSources.Lifespan)
        {
            return new(AttributionGrade.Direct, AttributionReasons.LifespanHead);
        }

        if (claim.Spans.IsDefaultOrEmpty || index.Tokens.IsDefaultOrEmpty)
        {
            return new(AttributionGrade.Inherited, AttributionReasons.Carried);
        }

        // Where the trigger, the value and the subject stand (tokens).
        var trigger = TriggerToken(index, claim);
        if (LifeEventProperties.Contains(claim.Property) && OwnSubjectNoun(index, claim, trigger))
        {
            return new(AttributionGrade.Ambiguous, AttributionReasons.OwnSubjectNoun);
        }

        if (claim.Source == ClaimSources.Apposition)
        {
            return new(AttributionGrade.Direct, AttributionReasons.AppositionHead);
        }

        var sentence = trigger >= 0 && trigger < index.Tokens.Length ? index.Tokens[trigger].Sentence : -1;
        var values = ValueTokens(index, claim, trigger);
        var subject = SubjectToken(index, claim, trigger, sentence);
        var grade = claim.Attribution is not null ? new AttributionGrading(AttributionGrade.Inherited, AttributionReasons.Implicit)
            : subject < 0 ? new AttributionGrading(AttributionGrade.Inherited, AttributionReasons.Carried)
            : index.ClauseOf(subject) == index.ClauseOf(trigger) || claim.Spans.Any(s => SpanHasMentionOf(index, s, claim.Subject))
                ? new AttributionGrading(AttributionGrade.Direct, AttributionReasons.NamedSubject)
                : new AttributionGrading(AttributionGrade.Direct, AttributionReasons.PronounSubject);

        if (trigger < 0)
        {
            return grade;
        }

        var from = Math.Min(trigger, subject >= 0 ? subject : trigger);
        var to = Math.Max(trigger, values.Count > 0 ? values.Max() : trigger);
        foreach (var v in values)
        {
            from = Math.Min(from, v);
        }

        // A side remark about someone else between the subject and the verb ("X … Y التي توفيت"); not one about the subject himself,
        // its pronoun right after his name ("سميرة موسى التي وُلدت").
        if (subject >= 0 && subject < trigger && lexicon.Find(index, subject + 1, trigger, "relative") is var rel && rel >= 0
            && !AfterSubjectName(index, claim.Subject, rel))
        {
            return Worse(grade, AttributionGrade.Ambiguous, AttributionReasons.RelativeClause);
        }

        // The subject named only as a kinship noun's genitive before the verb ("أما علي، الأخ الأصغر لمحمد، فقد وُلد …"): not for
        // relations, whose kinship noun is their statement.
        if (subject >= 0 && subject < trigger && !RelationProperties.Contains(claim.Property) && KinGenitive(index, lexicon, subject))
        {
            return Worse(grade, AttributionGrade.Ambiguous, AttributionReasons.KinGenitive);
        }

        if (subject < 0)
        {
            // A dropped subject is the topic's: carried to anyone else, the reading chose among several.
            if (index.SubjectAt(sentence) is { } topic && topic != claim.Subject && claim.Subject >= 0 && claim.Subject < doc.Clusters.Length
                && doc.Clusters[claim.Subject].Label == EntityLabels.Person)
            {
                return Worse(grade, AttributionGrade.Ambiguous, AttributionReasons.CarriedNotTopic);
            }

            // A kinship word earlier in the verb's clause ("التي أسسها حموه … حتى وفاته"): the act may be the relative's.
            var (cs, _) = index.ClauseOf(trigger);
            for (var k = cs; k < trigger; k++)
            {
                if (index.MentionAtToken(k) < 0 && !RelationProperties.Contains(claim.Property) && IsKinWord(index, lexicon, k)
                    && !KinDescribesTheSubject(index, lexicon, k, claim.Subject))
                {
                    return Worse(grade, AttributionGrade.Relative, AttributionReasons.KinWord);
                }
            }
        }

        // Another person between the subject (or the trigger) and the value.
        for (var k = from; k <= to && k < index.Tokens.Length; k++)
        {
            var m = index.MentionAtToken(k);
            if (m < 0)
            {
                continue;
            }

            var e = doc.Entities[m];
            if (e.Label == EntityLabels.Person && e.Cluster != claim.Subject && e.Cluster != claim.Value.Cluster && e.Cluster >= 0
                && !FounderBeforeBody(claim, trigger, subject, k))
            {
                return Worse(grade, AttributionGrade.Ambiguous, AttributionReasons.AnotherPerson);
            }
        }

        // A kinship word between the trigger and the value, or right after the trigger (a value reached through a relative): not for
        // relations, whose kinship word is their statement.
        if (!RelationProperties.Contains(claim.Property))
        {
            var kinTo = Math.Max(to, Math.Min(trigger + 2, index.Tokens.Length - 1));
            for (var k = Math.Min(trigger, from); k <= kinTo && k < index.Tokens.Length; k++)
            {
                if (k != trigger && index.MentionAtToken(k) < 0 && index.Tokens[k].Sentence == sentence && IsKinWord(index, lexicon, k)
                    && !KinDescribesTheSubject(index, lexicon, k, claim.Subject))
                {
                    return Worse(grade, AttributionGrade.Relative, AttributionReasons.KinWord);
                }
            }
        }

        // A body subordinate to another: "المدرسة … التابعة لجامعة موسكو".
        for (var k = from; k <= to + 1 && k < index.Tokens.Length; k++)
        {
            if (index.Tokens[k].Sentence == sentence && SubordinateWords.Contains(index.Tokens[k].Norm))
            {
                return Worse(grade, AttributionGrade.Ambiguous, AttributionReasons.SubordinateBody);
            }
        }

        // A place value after another place in the same clause: the province of an estate.
        if (PlaceProperties.Contains(claim.Property) && claim.Value.Cluster is { } place)
        {
            foreach (var v in values)
            {
                var (cs, _) = index.ClauseOf(v);
                for (var k = Math.Max(cs, trigger + 1); k < v; k++)
                {
                    var m = index.MentionAtToken(k);
                    if (m >= 0 && doc.Entities[m].Label == EntityLabels.Location && doc.Entities[m].Cluster != place)
                    {
                        return Worse(grade, AttributionGrade.Ambiguous, AttributionReasons.PlaceInPlace);
                    }
                }
            }
        }

        // Another name of the value's kind between the value and its date: the date may be the second one's.
        if (claim.Value.Cluster is { } valueCluster && valueCluster >= 0 && valueCluster < doc.Clusters.Length)
        {
            var label = doc.Clusters[valueCluster].Label;
            var at = ValueMentionToken(index, claim, valueCluster);
            foreach (var t in new[] { claim.Time, claim.Start, claim.End })
            {
                if (at < 0 || t?.Timex is not { } x || x < 0 || x >= doc.Timexes.Length)
                {
                    continue;
                }

                var dt = index.TimexToken(x);
                var (a, b) = at < dt ? (at + 1, dt) : (dt + 1, at);
                for (var k = a; k < b && k < index.Tokens.Length; k++)
                {
                    var m = index.MentionAtToken(k);
                    if (m >= 0 && doc.Entities[m].Label == label && doc.Entities[m].Cluster != valueCluster && doc.Entities[m].Cluster != claim.Subject)
                    {
                        return Worse(grade, AttributionGrade.Ambiguous, AttributionReasons.AnotherValue);
                    }
                }
            }
        }

        // A value after the trigger in a later clause that has a verb of its own (another event's trigger).
        foreach (var v in values)
        {
            if (v <= trigger || index.ClauseOf(v) == index.ClauseOf(trigger))
            {
                continue;
            }

            foreach (var e in index.EventsInSentence(sentence))
            {
                if (claim.Event == e || doc.Events[e].Trigger.Start <= index.Tokens[trigger].Span.End)
                {
                    continue;
                }

                var t = index.FirstTokenOf(doc.Events[e].Trigger);
                if (t > trigger && t < v && index.ClauseOf(t) != index.ClauseOf(trigger))
                {
                    return Worse(grade, AttributionGrade.Ambiguous, AttributionReasons.SecondClause);
                }
            }
        }

        return grade;
    }

    private static AttributionGrading Worse(AttributionGrading grade, AttributionGrade worse, string reason)
        => grade.Grade >= worse ? grade : new(worse, reason);

    // A verb followed by a subject of its own: a definite word right after it that is no mention, no date and no participle of the
    // claim itself, with no name in the two words after it ("وقُتل الأمير العالم في …": a title standing for someone; "وُلد الشاعر
    // أحمد" names the subject after the title, and is not this).
    private static bool OwnSubjectNoun(DocumentIndex index, Claim claim, int trigger)
    {
        var doc = index.Document;
        var next = trigger + 1;
        // Round 23 (23k1): a pronoun of apposition is no verb ("وهو المولود في إبيانة سنة 1859 والمتوفى في القاهرة سنة 1927"): the
        // participle after it is its predicate, not a subject of its own.
        if (trigger >= 0 && trigger < index.Tokens.Length && index.Tokens[trigger].Norm is "هو" or "وهو" or "هي" or "وهي")
        {
            return false;
        }

        if (trigger < 0 || next >= index.Tokens.Length || index.Tokens[next].Sentence != index.Tokens[trigger].Sentence
            || index.Tokens[next].Kind == Segmentation.TokenKind.Punctuation || !index.Tokens[next].Norm.StartsWith("\u0627\u0644", StringComparison.Ordinal)
            || index.MentionAtToken(next) >= 0 || claim.Spans.Any(s => s.Overlaps(index.Tokens[next].Span))
            || InTimex(index, next))
        {
            return false;
        }

        for (var k = next + 1; k <= next + 2 && k < index.Tokens.Length; k++)
        {
            if (index.MentionAtToken(k) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    // True when the mention starting at the token is the genitive of a kinship noun: "لـ" on it after a definite kinship noun (over
    // kin-link adjectives: "الأخ الأصغر لمحمد"), or a kinship noun in construct right before it ("أخو محمد").
    private static bool KinGenitive(DocumentIndex index, ClaimLexicon lexicon, int token)
    {
        var doc = index.Document;
        var m = index.MentionAtToken(token);
        if (m < 0 || token == 0)
        {
            return false;
        }

        var text = doc.Source.Text;
        var start = doc.Entities[m].Span.Start;
        var lam = start >= 1 && text[start - 1] == '\u0644' && index.Tokens[token].Span.Start == start - 1;
        var k = token - 1;
        if (lam)
        {
            while (k >= 0 && k >= token - 3 && index.Tokens[k].Sentence == index.Tokens[token].Sentence && lexicon.Match(index, k, "kin-link") > 0)
            {
                k--;
            }

            return k >= 0 && index.Tokens[k].Sentence == index.Tokens[token].Sentence && index.MentionAtToken(k) < 0
                && DefiniteKinNouns.Contains(index.Tokens[k].Norm);
        }

        return index.Tokens[token].Span.Start == start && index.Tokens[k].Sentence == index.Tokens[token].Sentence && index.MentionAtToken(k) < 0
            && ConstructKinNouns.Contains(index.Tokens[k].Norm);
    }

    // The relative pronoun follows the subject's name (over punctuation): the remark is about him.
    private static bool AfterSubjectName(DocumentIndex index, int subject, int pronoun)
    {
        var k = pronoun - 1;
        while (k >= 0 && index.Tokens[k].Kind == Segmentation.TokenKind.Punctuation)
        {
            k--;
        }

        var m = index.MentionAtToken(k);
        return m >= 0 && index.Document.Entities[m].Cluster == subject;
    }

    // Round 23 (23k1): a definite kinship noun set off by commas right after the subject's own name describes him ("كان سليم، الأخ
    // الأكبر، مولوداً سنة 1849 … حتى وفاته سنة 1898"): no relative stands there ("الأخ الأكبر لمحمد" is a genitive, and no comma
    // closes it).
    private static bool KinDescribesTheSubject(DocumentIndex index, ClaimLexicon lexicon, int k, int subject)
    {
        var p = k - 1;
        if (p < 1 || subject < 0 || !IsComma(index, p) || index.MentionAtToken(p - 1) is var m && m < 0
            || index.Document.Entities[m].Cluster != subject || !DefiniteKinNouns.Contains(index.Tokens[k].Norm))
        {
            return false;
        }

        var n = k + 1;
        while (n < index.Tokens.Length && n <= k + 2 && !IsComma(index, n) && lexicon.Match(index, n, "kin-link") > 0)
        {
            n++;
        }

        return n < index.Tokens.Length && IsComma(index, n);
    }

    private static bool IsComma(DocumentIndex index, int k)
        => index.Tokens[k].Kind == Segmentation.TokenKind.Punctuation && index.Tokens[k].Norm is "،" or ",";

    private static bool IsKinWord(DocumentIndex index, ClaimLexicon lexicon, int k)
    {
        foreach (var category in KinCategories)
        {
            if (lexicon.Match(index, k, category) > 0)
            {
                return true;
            }
        }

        var norm = index.Tokens[k].Norm;
        if (norm.Length > 2 && norm[0] is '\u0648' or '\u0641' or '\u0644' or '\u0628')
        {
            norm = norm[1..];
        }

        foreach (var p in Pronouns)
        {
            if (norm.Length > p.Length + 1 && norm.EndsWith(p, StringComparison.Ordinal) && OtherKinStems.Contains(StemBefore(norm, p)))
            {
                return true;
            }
        }

        return false;
    }

    // The stem before a pronoun suffix, with a taa marbuta written back when the stem ended in ت ("عمته" → "عمه").
    private static string StemBefore(string norm, string pronoun)
    {
        var stem = norm[..^pronoun.Length];
        return stem.EndsWith('\u062A') ? stem[..^1] + "\u0647" : stem;
    }

    // True when a mention of the cluster covers a token of the span (the index's token → mention map: no walk of the mentions).
    private static bool SpanHasMentionOf(DocumentIndex index, Text.TextSpan span, int cluster)
    {
        for (var k = index.FirstTokenOf(span); k < index.Tokens.Length && index.Tokens[k].Span.Start < span.End; k++)
        {
            if (index.MentionAtToken(k) is var m && m >= 0 && index.Document.Entities[m].Cluster == cluster)
            {
                return true;
            }
        }

        return false;
    }

    // The first token of a mention of the cluster inside one of the claim's spans, or -1.
    private static int MentionTokenInSpans(DocumentIndex index, Claim claim, int cluster)
    {
        foreach (var span in claim.Spans)
        {
            for (var k = index.FirstTokenOf(span); k < index.Tokens.Length && index.Tokens[k].Span.Start < span.End; k++)
            {
                if (index.MentionAtToken(k) is var m && m >= 0 && index.Document.Entities[m].Cluster == cluster)
                {
                    var first = index.FirstTokenOf(index.Document.Entities[m].Span);
                    return first;
                }
            }
        }

        return -1;
    }

    // True when a timex of the token's sentence covers the token.
    private static bool InTimex(DocumentIndex index, int token)
    {
        var span = index.Tokens[token].Span;
        foreach (var x in index.TimexesInSentence(index.Tokens[token].Sentence))
        {
            if (index.Document.Timexes[x].Span.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    // The trigger: the event's trigger, else the first evidence span that is neither a mention nor a timex.
    private static int TriggerToken(DocumentIndex index, Claim claim)
    {
        var doc = index.Document;
        if (claim.Event is { } e && e >= 0 && e < doc.Events.Length)
        {
            return index.FirstTokenOf(doc.Events[e].Trigger);
        }

        foreach (var s in claim.Spans)
        {
            var t = index.FirstTokenOf(s);
            if (t < index.Tokens.Length && index.MentionAtToken(t) < 0 && !InTimex(index, t))
            {
                return t;
            }
        }

        return index.FirstTokenOf(claim.Spans[0]);
    }

    private static int ValueMentionToken(DocumentIndex index, Claim claim, int cluster) => MentionTokenInSpans(index, claim, cluster);

    // The value's tokens: its timex and its qualifiers' timexes, or its cluster's mention among the evidence.
    private static List<int> ValueTokens(DocumentIndex index, Claim claim, int trigger)
    {
        var doc = index.Document;
        var list = new List<int>();
        foreach (var t in new[] { claim.Value, claim.Time, claim.Start, claim.End })
        {
            if (t?.Timex is { } x && x >= 0 && x < doc.Timexes.Length)
            {
                list.Add(index.TimexToken(x));
            }
        }

        foreach (var c in new[] { claim.Value.Cluster, claim.Place })
        {
            if (c is not { } cluster || cluster < 0)
            {
                continue;
            }

            if (ValueMentionToken(index, claim, cluster) is var t && t >= 0)
            {
                list.Add(t);
            }
        }

        if (list.Count == 0)
        {
            // A value the layers hold no timex or mention for (a date split from a range): the evidence spans after the first.
            list.AddRange(claim.Spans.Select(index.FirstTokenOf).Where(t => t != trigger && claim.Spans.All(s => !SpanHasMentionOf(index, s, claim.Subject) || index.FirstTokenOf(s) != t)));
        }

        return list;
    }

    // The subject's mention: among the evidence, else the nearest in the trigger's sentence (before it first); -1 when the sentence
    // does not name him.
    private static int SubjectToken(DocumentIndex index, Claim claim, int trigger, int sentence)
    {
        if (claim.Subject < 0 || sentence < 0 || sentence >= index.Document.Sentences.Length)
        {
            return -1;
        }

        if (MentionTokenInSpans(index, claim, claim.Subject) is var own && own >= 0)
        {
            return own;
        }

        var doc = index.Document;
        var (first, end) = index.SentenceTokens(sentence);
        var before = -1;
        var after = -1;
        for (var k = first; k < end && k < index.Tokens.Length; k++)
        {
            if (index.MentionAtToken(k) is var m && m >= 0 && doc.Entities[m].Cluster == claim.Subject && (k == first || index.MentionAtToken(k - 1) != m))
            {
                if (k <= trigger)
                {
                    before = k;
                }
                else if (after < 0)
                {
                    after = k;
                }
            }
        }

        return before >= 0 ? before : after;
    }

    // Round 17 (13b): "أسس الوزير فلان المدرسة الصادقية سنة 1873": the person between a founding verb and the body it founds (the
    // verb's object, the claim's subject) is the founder, the verb's own subject; a body's founding date is no person's.
    private static bool FounderBeforeBody(Claim claim, int trigger, int subject, int token)
        => claim.Property == ClaimProperties.Founded && claim.Act == "founding" && subject > trigger && token > trigger && token < subject;
}
