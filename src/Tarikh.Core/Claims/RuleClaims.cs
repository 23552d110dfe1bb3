using System.Collections.Frozen;
using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>
/// Round 16 (issue-13a): a reign dated by its end, or by both ends, with the verb "حكم" (ruled) — "وحكم فلان حتى سنة 2019"،
/// "فحكم من 1915 حتى 1917"، and the elliptic clause after it that names the next ruler without the verb: "… فحكم من 1915 حتى
/// 1917، ثم أخوه فلان من 1917 حتى 1921". The events stage reads no office from the bare verb of ruling, so the claims layer had
/// nothing of such a sentence. Each becomes a <see cref="ClaimProperties.PositionHeld"/> claim whose value is the verb (the
/// verifier finds the ruler's office among the subject's positions by its title: <c>ClaimVerifier.PositionByWords</c>), its end
/// (P582) the date after "حتى"/"إلى" and its start (P580) the date after "من". Left out: a verb of judging ("حكم عليه بـ"،
/// "حكم بـ")، an end given as the ruler's death ("حتى وفاته" with no date right after "حتى"), a negated verb, a date in
/// parentheses. The ruler is the person named right after the verb, else the nearest named before it in its clause, else the
/// person the segment is about when the sentence names nobody else. Pure.
/// </summary>
internal static class RuleClaims
{
    /// <summary>The <see cref="Claim.Source"/> of these claims.</summary>
    public const string Source = "rule-range";

    /// <summary>The confidence of a claim read this way (the office is known by the verb only: a warning at most).</summary>
    public const double Confidence = 0.6;

    // The perfect verb of ruling, with the conjunction or with the pronoun of the land ("حكمها"، "حكمه"), normalized.
    private static readonly FrozenSet<string> Verbs = new[] { "حكم", "وحكم", "فحكم", "حكمها", "وحكمها", "فحكمها", "حكمه", "وحكمه", "فحكمه" }
        .ToFrozenSet(StringComparer.Ordinal);

    // Words after the verb that make it a verb of judging ("حكم عليه بالسجن"، "حكم بالإعدام"، "حكم القاضي").
    private static readonly FrozenSet<string> Judging = new[] { "علي", "عليه", "عليها", "عليهم", "بان", "بين", "له", "لها" }
        .ToFrozenSet(StringComparer.Ordinal);

    private const int Window = 6;

    // Round 17 (13b): nouns of a reign with the ruler's pronoun (normalized, without a leading و/ف): "دامت إمارته من سنة 1832 إلى
    // سنة 1847"، "وكان ملكه من سنة 1082 إلى سنة 1139"، "وامتدت خلافته من … إلى …". Read only with both ends right after the noun
    // ("ملكه" is also "its king": a name after it makes it that).
    private static readonly FrozenSet<string> ReignNouns = new[] { "امارته", "ملكه", "سلطنته", "خلافته", "امامته" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static bool ReignNoun(string norm)
        => ReignNouns.Contains(norm) || (norm.Length > 4 && norm[0] is '\u0648' or '\u0641' && ReignNouns.Contains(norm[1..]) && !Verbs.Contains(norm));

    // Kin nouns with a pronoun that may stand before the next ruler's name ("ثم أخوه فلان"), normalized.
    private static readonly FrozenSet<string> KinWords = new[]
    {
        "اخوه", "اخوها", "ابنه", "ابنها", "ابن", "حفيده", "حفيدها", "عمه", "صهره", "ابن عمه", "اخيه", "ابنته", "اخته", "زوجته", "زوجها",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Adds the reigns dated by "حتى" to <paramref name="list"/>.</summary>
    public static void Add(DocumentIndex index, List<Claim> list)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(list);
        var tokens = index.Tokens;
        var doc = index.Document;
        var read = new HashSet<int>();
        foreach (var c in list)
        {
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
            if (!(Verbs.Contains(t.Norm) || ReignNoun(t.Norm)) || !index.IsContent(t.Sentence) || index.MentionAtToken(i) >= 0)
            {
                continue;
            }

            var (clauseStart, _) = index.ClauseOf(i);
            var (sentenceStart, sentenceEnd) = index.SentenceTokens(t.Sentence);
            if ((PositionClaims.Negated(index, clauseStart, i) && !Exceptive(index, i, sentenceEnd)) || (i + 1 < sentenceEnd && Judging.Contains(tokens[i + 1].Norm))
                || (i + 1 < sentenceEnd && tokens[i + 1].Norm.StartsWith('ب')))
            {
                continue;
            }

            var who = -1;
            var after = i + 1;
            if (ReignNoun(t.Norm))
            {
                // A reign by its noun: both ends right after it, the ruler the one the pronoun points to.
                if (Dates(index, i + 1, sentenceEnd, read) is { From: not null, FirstToken: var first } nounDates && first == i + 1
                    && (Before(index, i, clauseStart) ?? Segment(index, t.Sentence, sentenceStart, sentenceEnd)) is { } holder)
                {
                    AddClaim(index, list, holder, t.Span, nounDates, t.Sentence, read);
                }

                continue;
            }

            if (Dates(index, i + 1, sentenceEnd, read) is { } dates
                && (Named(index, i + 1, dates.FirstToken) ?? Before(index, i, clauseStart) ?? Segment(index, t.Sentence, sentenceStart, sentenceEnd)) is { } ruler)
            {
                who = ruler;
                after = dates.EndToken;
                AddClaim(index, list, who, t.Span, dates, t.Sentence, read);
            }

            // "… فحكم من 1915 حتى وفاته سنة 1917، ثم أخوه فلان من 1917 حتى 1921": the next ruler in an elliptic clause of the same sentence.
            for (var k = after; k < sentenceEnd; k++)
            {
                if (tokens[k].Norm != "ثم")
                {
                    continue;
                }

                if (Dates(index, k + 1, sentenceEnd, read) is not { } next || next.FirstToken - k > Window
                    || Named(index, k + 1, next.FirstToken) is not { } heir || heir == who || AnyVerbBetween(index, k + 1, next.FirstToken))
                {
                    continue;
                }

                AddClaim(index, list, heir, tokens[k].Span, next, t.Sentence, read);
            }
        }

        RuleEndClaims.Add(index, list); // round 21 (21k2): "نهاية حكم فلان"، "تنازل عن الحكم"، "ترك الحكومة سنة 1956"
    }

    // Round 21 (21k2): the exceptive after a negation, "لم يدم حكمه إلا حتى سنة 1980" (it lasted only until 1980): an affirmed end,
    // not a negated reign — "إلا" right before "حتى"/"إلى" within the window after the cue.
    private static bool Exceptive(DocumentIndex index, int cue, int sentenceEnd)
    {
        var tokens = index.Tokens;
        for (var k = cue + 1; k + 1 < Math.Min(sentenceEnd, cue + Window + 1); k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (tokens[k].Norm == "الا" && tokens[k + 1].Norm is "حتي" or "الي")
            {
                return true;
            }
        }

        return false;
    }

    private static void AddClaim(DocumentIndex index, List<Claim> list, int who, TextSpan cue, (int? From, int To, int FirstToken, int EndToken) dates,
        int sentence, HashSet<int> read)
    {
        var doc = index.Document;
        if (ClaimExtractor.TimeOf(index, dates.To) is not { } end || end.Approximate)
        {
            return;
        }

        ClaimValue? start = null;
        if (dates.From is { } f && (ClaimExtractor.TimeOf(index, f) is not { Approximate: false } s || s.Date is not { } a || end.Date is not { } b || a.Start > b.End
            || (start = s) is null))
        {
            return;
        }

        var spans = new List<TextSpan> { cue, doc.Timexes[dates.To].Span };
        if (dates.From is { } from)
        {
            spans.Add(doc.Timexes[from].Span);
            read.Add(from);
        }

        read.Add(dates.To);
        list.Add(new Claim(0, who, ClaimProperties.PositionHeld, new ClaimValue(ClaimValueKind.Text, Text: doc.Source[cue]),
            [.. spans.Distinct().OrderBy(s => s.Start).ThenBy(s => s.End)], ClaimModality.Asserted, Confidence)
        {
            Source = Source,
            Act = "office/held",
            Start = start,
            End = end,
            Sentence = sentence,
        });
    }

    // Within six words: "حتى [سنة] Y" (the end), or "من [سنة] Y حتى|إلى [سنة] Z" (both ends). The dates must be dated, unread by
    // another claim and out of parentheses; "حتى وفاته" with no date right after "حتى" gives nothing.
    private static (int? From, int To, int FirstToken, int EndToken)? Dates(DocumentIndex index, int from, int sentenceEnd, HashSet<int> read)
    {
        var tokens = index.Tokens;
        var doc = index.Document;
        var timexes = index.TimexesInSentence(tokens[Math.Min(from, tokens.Length - 1)].Sentence);
        for (var k = from; k < Math.Min(sentenceEnd, from + Window); k++)
        {
            var n = tokens[k].Norm;
            if (tokens[k].Kind == TokenKind.Punctuation)
            {
                return null;
            }

            if (n is "حتي" or "الي" && DateAt(index, timexes, k + 1) is { } until)
            {
                return read.Contains(until) ? null : (null, until, k, index.EndTokenOf(doc.Timexes[until].Span));
            }

            if (n == "من" && DateAt(index, timexes, k + 1) is { } start)
            {
                var startEnd = index.EndTokenOf(doc.Timexes[start].Span);
                if (startEnd < sentenceEnd && tokens[startEnd].Norm is "حتي" or "الي"
                    && (DateAt(index, timexes, startEnd + 1) ?? DateAfterEndNoun(index, timexes, startEnd + 1, sentenceEnd)) is { } stop
                    && !read.Contains(start) && !read.Contains(stop))
                {
                    return (start, stop, k, index.EndTokenOf(doc.Timexes[stop].Span));
                }

                return null;
            }
        }

        return null;
    }

    // Round 17 (13b): nouns of a reign's end with the ruler's pronoun, after "حتى" ("حتى خلعه مجلس الشورى سنة 1923"، "حتى وفاته
    // سنة 1727"، "حتى اغتياله في 1 أيار 1896"), normalized.
    private static readonly FrozenSet<string> EndNouns = new[]
    {
        "وفاته", "خلعه", "عزله", "اغتياله", "مقتله", "قتله", "تنازله", "استقالته", "اعتزاله", "نفيه", "موته",
    }.ToFrozenSet(StringComparer.Ordinal);

    // "من Y حتى خلعه [مجلس الشورى] سنة Z": after an end noun right at the token, the first dated timex within four words, before
    // any punctuation; else null.
    private static int? DateAfterEndNoun(DocumentIndex index, IReadOnlyList<int> timexes, int token, int sentenceEnd)
    {
        if (token >= sentenceEnd || !EndNouns.Contains(index.Tokens[token].Norm))
        {
            return null;
        }

        for (var k = token + 1; k < Math.Min(sentenceEnd, token + 5); k++)
        {
            if (index.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return null;
            }

            if (DateAt(index, timexes, k) is { } at)
            {
                return at;
            }
        }

        return null;
    }

    // A dated timex that opens at the token (or one "سنة"/"عام" later), else null.
    private static int? DateAt(DocumentIndex index, IReadOnlyList<int> timexes, int token)
    {
        foreach (var x in timexes)
        {
            var at = index.TimexToken(x);
            if (DocumentIndex.IsDated(index.Document.Timexes[x])
                && (at == token || (at == token + 1 && token < index.Tokens.Length && index.Tokens[token].Norm is "سنه" or "عام")))
            {
                return x;
            }
        }

        return null;
    }

    // A person named between the cue and the dates (a kin word may stand before the name: "ثم أخوه فلان").
    private static int? Named(DocumentIndex index, int from, int to)
    {
        var doc = index.Document;
        for (var k = from; k < to; k++)
        {
            var m = index.MentionAtToken(k);
            if (m >= 0)
            {
                return doc.Entities[m].Label == EntityLabels.Person && doc.Entities[m].Cluster >= 0 ? doc.Entities[m].Cluster : null;
            }
        }

        return null;
    }

    // The nearest person named before the verb in its clause.
    private static int? Before(DocumentIndex index, int cue, int clauseStart)
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
            var m = index.MentionAtToken(k);
            if (m >= 0 && index.Document.Entities[m].Label == EntityLabels.Person && index.Document.Entities[m].Cluster != subject)
            {
                return null;
            }
        }

        return subject;
    }

    // A word other than a kin noun, a name or a title that could be a verb of its own between "ثم" and the dates: any token
    // that is no mention and no kin word, beyond one ("ثم أخوه سالم" passes; "ثم تولى ابنه" has its own verb, read elsewhere).
    private static bool AnyVerbBetween(DocumentIndex index, int from, int to)
    {
        var loose = 0;
        for (var k = from; k < to; k++)
        {
            if (index.MentionAtToken(k) < 0 && !KinWords.Contains(index.Tokens[k].Norm))
            {
                loose++;
            }
        }

        return loose > 0;
    }
}
