using System.Collections.Frozen;
using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Claims;

/// <summary>
/// Round 21 (21k2): a reign or an office dated by its end alone, with no "حتى" range: the noun of the end of a rule with the ruler
/// after it ("نهاية حكم فلان"، "وانتهى حكمه سنة 1835")، a verb of abdication ("تنازل فلان عن الحكم"، "يتنازل عن العرش")، and a
/// verb of leaving an office by its noun ("ترك الحكومة سنة 1956"، "استقال من رئاسة الوزراء سنة 1954"). The date is the one
/// after the cue in its clause ("سنة 1835"), else the opening date of a chronology line ("- 1791: تنازل علي باشا عن الحكم").
/// Each becomes a <see cref="ClaimProperties.PositionHeld"/> claim with that date as its end (P582): an end of rule with
/// <see cref="RuleClaims.Source"/> (the verifier takes the subject's one ruler's office when the clause names none), a left
/// office with <see cref="ElidedOfficeClaims.Source"/> (the office must be named in the sentence). Left out: a negated cue, an
/// approximate date, a date another position claim already reads, a cue in parentheses. Pure.
/// </summary>
internal static class RuleEndClaims
{
    // The nouns and verbs of a rule's end, normalized (with the conjunctions): "نهاية حكم فلان"، "انتهى حكمه".
    private static readonly FrozenSet<string> EndWords = new[]
    {
        "نهايه", "ونهايه", "انتهاء", "وانتهاء", "انتهي", "وانتهي", "فانتهي",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The noun of rule after an end word, bare or with the ruler's pronoun.
    private static readonly FrozenSet<string> RuleNouns = new[] { "حكم", "حكمه", "عهد", "عهده" }.ToFrozenSet(StringComparer.Ordinal);

    // Verbs of abdication, perfect and imperfect (a chronology's present), normalized.
    private static readonly FrozenSet<string> Abdications = new[]
    {
        "تنازل", "وتنازل", "فتنازل", "يتنازل", "ويتنازل",
    }.ToFrozenSet(StringComparer.Ordinal);

    // What one abdicates: the rule, the throne, or a ruler's office by its verbal noun.
    private static readonly FrozenSet<string> Thrones = new[]
    {
        "الحكم", "العرش", "الملك", "السلطنه", "الاماره", "الخلافه", "الباشويه",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Verbs of leaving an office, normalized; the office's noun follows (directly, or after "من" for "استقال").
    private static readonly FrozenSet<string> Leavings = new[]
    {
        "ترك", "وترك", "فترك", "غادر", "وغادر", "فغادر", "استقال", "واستقال", "فاستقال", "اعتزل", "واعتزل",
    }.ToFrozenSet(StringComparer.Ordinal);

    // An office left by its noun: the government, the premiership, the presidency, his post.
    private static readonly FrozenSet<string> LeftOffices = new[]
    {
        "الحكومه", "رئاسه", "الرئاسه", "منصبه", "الوزاره",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const int Window = 8;

    /// <summary>Adds the ends of rule and office dated alone to <paramref name="list"/>.</summary>
    public static void Add(DocumentIndex index, List<Claim> list)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(list);
        var tokens = index.Tokens;
        var read = new HashSet<int>();
        foreach (var c in list)
        {
            if (c.Property != ClaimProperties.PositionHeld)
            {
                continue;
            }

            foreach (var v in new[] { c.Value, c.Time, c.Start, c.End })
            {
                if (v?.Timex is { } x)
                {
                    read.Add(x);
                }
            }
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (!index.IsContent(t.Sentence) || index.MentionAtToken(i) >= 0)
            {
                continue;
            }

            var (clauseStart, clauseEnd) = index.ClauseOf(i);
            var (sentenceStart, sentenceEnd) = index.SentenceTokens(t.Sentence);
            if (PositionClaims.Negated(index, clauseStart, i))
            {
                continue;
            }

            int? who = null;
            var source = RuleClaims.Source;
            var after = i + 1;
            if (EndWords.Contains(t.Norm) && i + 1 < clauseEnd && RuleNouns.Contains(tokens[i + 1].Norm))
            {
                // "نهاية حكم فلان": the ruler right after the noun; "انتهى حكمه": the one the pronoun points to.
                who = tokens[i + 1].Norm.EndsWith('ه')
                    ? RulerBefore(index, i, clauseStart) ?? Segment(index, t.Sentence, sentenceStart, sentenceEnd)
                    : PersonAt(index, i + 2);
                after = i + 2;
            }
            else if (Abdications.Contains(t.Norm) && ObjectAt(index, i + 1, clauseEnd, "عن", Thrones) is { } throne)
            {
                // "تنازل فلان عن الحكم"، "يوسف يتنازل عن الحكم لابنه": the one named between, else before the verb.
                who = PersonBetween(index, i + 1, throne) ?? RulerBefore(index, i, clauseStart) ?? Segment(index, t.Sentence, sentenceStart, sentenceEnd);
                after = throne + 1;
            }
            else if (Leavings.Contains(t.Norm) && ObjectAt(index, i + 1, clauseEnd, "من", LeftOffices) is { } office)
            {
                who = PersonBetween(index, i + 1, office) ?? RulerBefore(index, i, clauseStart) ?? Segment(index, t.Sentence, sentenceStart, sentenceEnd);
                after = office + 1;
                source = ElidedOfficeClaims.Source;
            }

            if (who is not { } ruler || DateOf(index, after, clauseEnd, sentenceStart, i) is not { } date || read.Contains(date)
                || ClaimExtractor.TimeOf(index, date) is not { Approximate: false, Date: not null } end)
            {
                continue;
            }

            read.Add(date);
            var doc = index.Document;
            var spans = new[] { t.Span, doc.Timexes[date].Span }.OrderBy(s => s.Start).ToArray();
            list.Add(new Claim(0, ruler, ClaimProperties.PositionHeld, new ClaimValue(ClaimValueKind.Text, Text: doc.Source[t.Span]),
                [.. spans], ClaimModality.Asserted, RuleClaims.Confidence)
            {
                Source = source,
                Act = "office/held",
                End = end,
                Sentence = t.Sentence,
            });
        }
    }

    // The object of the cue: one of the nouns at the next token, or after the preposition (with or without a name between:
    // "تنازل علي باشا عن الحكم"); the token index of the noun, else null.
    private static int? ObjectAt(DocumentIndex index, int from, int clauseEnd, string preposition, FrozenSet<string> nouns)
    {
        var tokens = index.Tokens;
        for (var k = from; k < Math.Min(clauseEnd, from + 5); k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation)
            {
                return null;
            }

            if (nouns.Contains(tokens[k].Norm) && (k == from || tokens[k - 1].Norm == preposition || index.MentionAtToken(k - 1) >= 0))
            {
                return k;
            }

            if (tokens[k].Norm == preposition && k + 1 < clauseEnd && nouns.Contains(tokens[k + 1].Norm))
            {
                return k + 1;
            }

            if (index.MentionAtToken(k) < 0 && tokens[k].Norm != preposition)
            {
                return null;
            }
        }

        return null;
    }

    // The end's date: a dated timex within the window after the cue's object in its clause ("سنة 1835"، "في 12 نيسان 1954"),
    // else the opening date of a chronology line before a colon ("- 1791: تنازل …"), when only the bullet stands before it.
    private static int? DateOf(DocumentIndex index, int from, int clauseEnd, int sentenceStart, int cue)
    {
        var doc = index.Document;
        var tokens = index.Tokens;
        foreach (var x in index.TimexesInSentence(tokens[cue].Sentence))
        {
            var at = index.TimexToken(x);
            if (at >= from && at < clauseEnd && at - from <= Window && DocumentIndex.IsDated(doc.Timexes[x]))
            {
                return x;
            }
        }

        foreach (var x in index.TimexesInSentence(tokens[cue].Sentence))
        {
            var at = index.TimexToken(x);
            var end = index.EndTokenOf(doc.Timexes[x].Span);
            if (at < cue && DocumentIndex.IsDated(doc.Timexes[x]) && end < cue && tokens[end].Norm == ":"
                && Enumerable.Range(sentenceStart, at - sentenceStart).All(k => tokens[k].Kind == TokenKind.Punctuation || tokens[k].Norm is "-" or "•" or "*")
                && PersonOrCueOnly(index, end + 1, cue))
            {
                return x;
            }
        }

        return null;
    }

    // Between the chronology's colon and the cue: nothing, or only a person's name ("1832: يوسف يتنازل").
    private static bool PersonOrCueOnly(DocumentIndex index, int from, int cue)
    {
        for (var k = from; k < cue; k++)
        {
            var m = index.MentionAtToken(k);
            if (m < 0 || index.Document.Entities[m].Label != EntityLabels.Person)
            {
                return false;
            }
        }

        return true;
    }

    private static int? PersonAt(DocumentIndex index, int token)
    {
        var m = index.MentionAtToken(token);
        return m >= 0 && index.Document.Entities[m].Label == EntityLabels.Person && index.Document.Entities[m].Cluster >= 0
            ? index.Document.Entities[m].Cluster
            : null;
    }

    private static int? PersonBetween(DocumentIndex index, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (PersonAt(index, k) is { } p)
            {
                return p;
            }
        }

        return null;
    }

    // The nearest person named before the cue in its clause.
    private static int? RulerBefore(DocumentIndex index, int cue, int clauseStart)
    {
        for (var k = cue - 1; k >= clauseStart; k--)
        {
            if (PersonAt(index, k) is { } p)
            {
                return p;
            }
        }

        return null;
    }

    // The person the segment is about, when the sentence names no person of another cluster.
    private static int? Segment(DocumentIndex index, int sentence, int sentenceStart, int sentenceEnd)
    {
        if (index.SubjectAt(sentence) is not { } subject || index.LabelOf(subject) != EntityLabels.Person || !index.InSegment(subject, sentence))
        {
            return null;
        }

        for (var k = sentenceStart; k < sentenceEnd; k++)
        {
            if (PersonAt(index, k) is { } p && p != subject)
            {
                return null;
            }
        }

        return subject;
    }
}
