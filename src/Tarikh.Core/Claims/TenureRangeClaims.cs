using System.Collections.Frozen;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>
/// A presidency held over a range of years (<see cref="ClaimProperties.PositionHeld"/> with its start P580 and end P582): a verb
/// or noun of presiding, the president named beside it, then "من Y إلى Z" or "من Y حتى Z" — "ترأسها جون واتربري من 1998 إلى
/// 2006"، "وخلفه في رئاستها الطبيب هانز سلون من سنة 1727 إلى سنة 1745"، "رئاسة تشارلز وليام إليوت من 1869 إلى 1912"، "تولى
/// دانيال بلس رئاستها من 1866 إلى 1902". The events stage reads such a verb with its first year only; this reading carries both
/// ends and takes the place of that one. The value is the presiding word: the verifier finds the presidency by the body the
/// article is about. The president is the first person named after the cue, before the range, else the nearest named before it in
/// its clause. An end after "حتى وفاته" or with no year is left out. Pure.
/// </summary>
public static class TenureRangeClaims
{
    /// <summary>The <see cref="Claim.Source"/> of these claims.</summary>
    public const string Source = "position-range";

    /// <summary>The confidence of a claim read this way.</summary>
    public const double Confidence = 0.7;

    // Verbs and nouns of presiding (normalized, without a leading و/ف), with or without the pronoun of the body.
    private static readonly FrozenSet<string> Cues = new[]
    {
        "تراس", "تراسها", "تراسه", "راس", "راسها", "راسه", "يراسها", "رئاسه", "رئاستها", "رئاسته", "رياسه", "رياستها", "رياسته",
        "برئاستها", "برئاسته",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Predecessor = new[] { "بعد", "قبل", "خلفا", "خلف", "خليفه", "سلفه", "عهد" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CuesBySpan = Cues.GetAlternateLookup<ReadOnlySpan<char>>();

    // A cue, with or without a leading و/ف; the word without its conjunction is looked up as a span (no string per token).
    private static bool IsCue(string norm)
        => norm.Length >= 4 && norm[0] is '\u0648' or '\u0641' && CuesBySpan.Contains(norm.AsSpan(1)) || Cues.Contains(norm);

    // The events stage's reading of the same office (a claim of the events' source) for this person in this sentence gives way; the
    // lambda lives here so that its closure is made only when a claim is removed, not for every token of the loop that calls it.
    private static void RemoveEventOffice(List<Claim> list, int who, int sentence)
        => list.RemoveAll(c => c.Property == ClaimProperties.PositionHeld && c.Subject == who && c.Sentence == sentence && c.Source == ClaimSources.Event);

    /// <summary>Adds the presidencies held from one year to another to <paramref name="list"/>, in place of the events' one-year reading.</summary>
    public static void Add(DocumentIndex index, List<Claim> list)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(list);
        var tokens = index.Tokens;
        var doc = index.Document;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (!IsCue(t.Norm) || !index.IsContent(t.Sentence))
            {
                continue;
            }

            var (clauseStart, _) = index.ClauseOf(i);
            var (_, sentenceEnd) = index.SentenceTokens(t.Sentence);
            if (PositionClaims.Negated(index, clauseStart, i))
            {
                continue;
            }

            // "من Y إلى Z" within ten words after the cue, the two years one or two words apart.
            if (Range(index, i, sentenceEnd) is not { } range)
            {
                continue;
            }

            if (President(index, i, clauseStart, range.FromToken, out var predecessor) is not { } president)
            {
                // "ترأسها بعد هانز سلون من 1778 إلى 1820": the years are not the predecessor's; the events' reading of him gives way too.
                if (predecessor >= 0)
                {
                    RemoveEventOffice(list, doc.Entities[predecessor].Cluster, t.Sentence);
                }

                continue;
            }

            if (ClaimExtractor.TimeOf(index, range.From) is not { } start || ClaimExtractor.TimeOf(index, range.To) is not { } end)
            {
                continue;
            }

            var who = doc.Entities[president].Cluster;
            var spans = new[] { t.Span, doc.Timexes[range.From].Span, doc.Timexes[range.To].Span }
                .Distinct().OrderBy(s => s.Start).ThenBy(s => s.End);

            // The events stage's reading of the same verb (its first year only, or the wrong year as a point) gives way.
            var sentence = t.Sentence;
            RemoveEventOffice(list, who, sentence);
            list.Add(new Claim(0, who, ClaimProperties.PositionHeld, new ClaimValue(ClaimValueKind.Text, Text: doc.Source[t.Span]), [.. spans],
                ClaimModality.Asserted, Confidence)
            {
                Source = Source,
                Act = "office/held",
                Start = start,
                End = end,
                Sentence = sentence,
            });
        }

        ElidedOfficeClaims.Add(index, list); // "ثم رئيساً للوزراء من 1958 إلى 1962": the verb left in the clause before
        RuleClaims.Add(index, list); // round 16 (13a): "وحكم فلان حتى سنة 2019"، "فحكم من 1915 حتى 1917، ثم أخوه فلان من 1917 حتى 1921"
    }

    // The first dated timex after "من" within ten words of the cue (no other cue between), and a dated timex after "إلى"/"حتى"
    // right after it (at most two words between the first's end and the second's start).
    private static (int From, int To, int FromToken)? Range(DocumentIndex index, int cue, int sentenceEnd)
    {
        var doc = index.Document;
        var tokens = index.Tokens;
        var inSentence = index.TimexesInSentence(tokens[cue].Sentence).ToList();
        for (var x = 0; x < inSentence.Count; x++)
        {
            var ti = inSentence[x];
            var at = index.TimexToken(ti);
            if (at <= cue || at > cue + 10 || at >= sentenceEnd)
            {
                continue;
            }

            for (var k = cue + 1; k < at; k++)
            {
                if (IsCue(tokens[k].Norm))
                {
                    return null;
                }
            }

            var fromWord = FromWord(index, at);
            if (fromWord < 0 || !DocumentIndex.IsDated(doc.Timexes[ti]) || x + 1 >= inSentence.Count)
            {
                return null;
            }

            var next = inSentence[x + 1];
            var nextAt = index.TimexToken(next);
            var end = index.EndTokenOf(doc.Timexes[ti].Span);
            if (!DocumentIndex.IsDated(doc.Timexes[next]) || nextAt < end || nextAt - end > 2 || !Until(index, end, nextAt))
            {
                return null;
            }

            return (ti, next, fromWord);
        }

        return null;
    }

    // The token of "من" right before a timex (over "سنة"/"عام" when the timex does not hold it), or -1.
    internal static int FromWord(DocumentIndex index, int at)
    {
        for (var k = at - 1; k >= Math.Max(0, at - 2); k--)
        {
            var n = index.Tokens[k].Norm;
            if (n == "من")
            {
                return k;
            }

            if (n is not ("سنه" or "عام"))
            {
                return -1;
            }
        }

        return -1;
    }

    // "إلى" or "حتى" between the two years (over "سنة"/"عام").
    internal static bool Until(DocumentIndex index, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (index.Tokens[k].Norm is "الي" or "حتي")
            {
                return true;
            }
        }

        return false;
    }

    // The first linked person named after the cue and before "من", else the nearest named before the cue in its clause.
    private static int? President(DocumentIndex index, int cue, int clauseStart, int fromToken, out int predecessor)
    {
        predecessor = -1;
        var doc = index.Document;
        for (var k = cue + 1; k < fromToken; k++)
        {
            var m = index.MentionAtToken(k);
            if (m >= 0 && doc.Entities[m].Label == EntityLabels.Person && doc.Entities[m].Cluster >= 0)
            {
                // "ترأس الجامعة بعد هوارد بلس …": the person after "بعد"/"قبل"/"خلفاً لـ" is the predecessor, not the president.
                var first = index.FirstTokenOf(doc.Entities[m].Span);
                if (first > 0 && Predecessor.Contains(index.Tokens[first - 1].Norm))
                {
                    predecessor = m;
                    return null;
                }

                return m;
            }
        }

        for (var k = cue - 1; k >= clauseStart; k--)
        {
            var m = index.MentionAtToken(k);
            if (m >= 0 && doc.Entities[m].Label == EntityLabels.Person && doc.Entities[m].Cluster >= 0)
            {
                return m;
            }
        }

        return null;
    }
}
