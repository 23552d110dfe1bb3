using System.Collections.Frozen;
using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>
/// Round 15 (issue-13k): an office held over a range of years in an elliptic clause, the verb left in the clause before or
/// implied (<see cref="ClaimProperties.PositionHeld"/> with its start P580 and end P582) — "كان نائباً في البرلمان من 1951 إلى
/// 1956، ثم رئيساً للوزراء من 1958 إلى 1962"، "وكان قبل ذلك سفيراً من 1990 إلى 1994 ثم وزير الخارجية من 1995 إلى 1999"، "وأبوه
/// فلان، الذي صار الصدر الأعظم من 1861 إلى 1863". No event carries such a clause, so the claims layer made nothing of it. The
/// value is the office's words (a holder's noun, "رئيساً"، "وزير"، "الصدر الأعظم", or an office's verbal noun, "رئاسة"، "إدارة",
/// up to six words before "من" with no comma, date or person between); the verifier finds the position by those words
/// (<c>PositionByWords</c>). The holder is the nearest person named before the office in the sentence when a clause break
/// (a comma, "ثم"، "الذي"…) stands between them — so that the appointer of "عيّنه الملك فلان وزيراً من …" is never taken —
/// else, when the sentence names no person before the office, the person the segment is about. A range no other claim read,
/// out of parentheses, dated at both ends. Pure.
/// </summary>
internal static class ElidedOfficeClaims
{
    /// <summary>The <see cref="Claim.Source"/> of these claims.</summary>
    public const string Source = "office-range";

    /// <summary>The confidence of a claim read this way (the office is named in words only: a warning at most).</summary>
    public const double Confidence = 0.6;

    // Holders' nouns and offices' verbal nouns (normalized, without article, clitic or case ending).
    private static readonly FrozenSet<string> Offices = new[]
    {
        "رئيس", "وزير", "مفتي", "نائب", "سفير", "حاكم", "والي", "قاضي", "امير", "مدير", "عميد", "محافظ", "قنصل", "مستشار",
        "خديوي", "امبراطور", "رئاسه", "وزاره", "اداره", "عماده", "اماره", "سفاره", "محافظه", "ولايه", "قياده", "قائد",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that may open the elliptic clause right before the office.
    private static readonly FrozenSet<string> Openers = new[]
    {
        "ثم", "و", "كان", "وكان", "صار", "وصار", "اصبح", "واصبح", "منصب", "ذلك", "عاد", "وعاد", "فصار",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that break a clause between the holder and the office.
    private static readonly FrozenSet<string> Breaks = new[] { "،", ",", "ثم", "الذي", "التي", "وكان", "كان", "وصار", "فصار", "واصبح" }
        .ToFrozenSet(StringComparer.Ordinal);

    private const int Window = 6;

    /// <summary>The office noun of a normalized word (article, و/ف/ب/ل and the accusative or feminine ending taken off), or null.</summary>
    internal static string? OfficeOf(string norm)
    {
        foreach (var prefix in new[] { "وال", "فال", "بال", "لل", "ال", "و", "ف", "" })
        {
            if (!norm.StartsWith(prefix, StringComparison.Ordinal) || norm.Length - prefix.Length < 3)
            {
                continue;
            }

            var w = norm[prefix.Length..];
            if (Offices.Contains(w))
            {
                return w;
            }

            if (w.Length > 3 && w[^1] is 'ا' or 'ه' && Offices.Contains(w[..^1]))
            {
                return w[..^1];
            }
        }

        return null;
    }

    /// <summary>Adds the elliptic offices held from one year to another to <paramref name="list"/>.</summary>
    public static void Add(DocumentIndex index, List<Claim> list)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(list);
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

        for (var s = 0; s < doc.Sentences.Length; s++)
        {
            if (!index.IsContent(s))
            {
                continue;
            }

            var timexes = index.TimexesInSentence(s);
            for (var x = 0; x + 1 < timexes.Count; x++)
            {
                var (from, to) = (timexes[x], timexes[x + 1]);
                if (read.Contains(from) || read.Contains(to) || Range(index, from, to) is not { } fromWord
                    || InParentheses(doc.Source.Text, doc.Sentences[s].Span.Start, index.Tokens[fromWord].Span.Start))
                {
                    continue;
                }

                if (Office(index, timexes, fromWord) is not { } office || Holder(index, s, office) is not { } holder
                    || ClaimExtractor.TimeOf(index, from) is not { } start || ClaimExtractor.TimeOf(index, to) is not { } end
                    || start.Approximate || end.Approximate || start.Date is not { } a || end.Date is not { } b || a.Start > b.End)
                {
                    continue;
                }

                var words = new TextSpan(index.Tokens[office].Span.Start, index.Tokens[fromWord - 1].Span.End);
                list.Add(new Claim(0, holder, ClaimProperties.PositionHeld, new ClaimValue(ClaimValueKind.Text, Text: doc.Source[words]),
                    [index.Tokens[office].Span, doc.Timexes[from].Span, doc.Timexes[to].Span], ClaimModality.Asserted, Confidence)
                {
                    Source = Source,
                    Act = "office/held",
                    Start = start,
                    End = end,
                    Sentence = s,
                });
                read.Add(from);
                read.Add(to);
            }
        }
    }

    // "من Y إلى Z" / "من Y حتى Z": the token of "من" when the first timex follows it and the second comes at most two words after it.
    private static int? Range(DocumentIndex index, int from, int to)
    {
        var doc = index.Document;
        if (!DocumentIndex.IsDated(doc.Timexes[from]) || !DocumentIndex.IsDated(doc.Timexes[to]))
        {
            return null;
        }

        var at = index.TimexToken(from);
        var fromWord = TenureRangeClaims.FromWord(index, at);
        var end = index.EndTokenOf(doc.Timexes[from].Span);
        var nextAt = index.TimexToken(to);
        return fromWord > 0 && nextAt >= end && nextAt - end <= 2 && TenureRangeClaims.Until(index, end, nextAt) ? fromWord : null;
    }

    // The leftmost office word within six words before "من", with no punctuation, date or named person between, and a clause
    // opener (or a break) right before it.
    private static int? Office(DocumentIndex index, IReadOnlyList<int> timexes, int fromWord)
    {
        var tokens = index.Tokens;
        var sentence = tokens[fromWord].Sentence;
        int? office = null;
        for (var k = fromWord - 1; k >= Math.Max(0, fromWord - Window) && tokens[k].Sentence == sentence; k--)
        {
            if (tokens[k].Kind == TokenKind.Punctuation || timexes.Any(t => index.Document.Timexes[t].Span.Start < tokens[k].Span.End && tokens[k].Span.Start < index.Document.Timexes[t].Span.End))
            {
                break;
            }

            var m = index.MentionAtToken(k);
            if (m >= 0 && index.Document.Entities[m].Label == EntityLabels.Person)
            {
                return null; // "ثم الفلكي فلان من 1889 إلى 1906": a list of holders, the office not in this clause
            }

            if (m < 0 && OfficeOf(tokens[k].Norm) is not null)
            {
                office = k;
            }
        }

        if (office is not { } o)
        {
            return null;
        }

        if (o == 0 || tokens[o - 1].Sentence != sentence)
        {
            return o;
        }

        var before = tokens[o - 1];
        return before.Kind == TokenKind.Punctuation || Openers.Contains(before.Norm) ? o : null;
    }

    // The holder: the nearest person named before the office, a clause break between them; else the segment's person when the
    // sentence names nobody before the office.
    private static int? Holder(DocumentIndex index, int sentence, int office)
    {
        var doc = index.Document;
        var (first, _) = index.SentenceTokens(sentence);
        var broken = false;
        for (var k = office - 1; k >= first; k--)
        {
            var m = index.MentionAtToken(k);
            if (m >= 0 && doc.Entities[m].Label == EntityLabels.Person)
            {
                var cluster = doc.Entities[m].Cluster;
                return broken && cluster >= 0 && index.LabelOf(cluster) == EntityLabels.Person ? cluster : null;
            }

            if (Breaks.Contains(index.Tokens[k].Norm))
            {
                broken = true;
            }
        }

        return index.SubjectAt(sentence) is { } subject && (DocumentIndex.IsAnonymous(subject) || index.LabelOf(subject) == EntityLabels.Person)
            && index.InSegment(subject, sentence) ? subject : null;
    }

    // A parenthesis opened in the sentence before the range and not closed: a lifespan or an aside, not a term.
    private static bool InParentheses(string text, int sentenceStart, int at)
    {
        var open = text.LastIndexOf('(', Math.Max(sentenceStart, at - 1), Math.Max(0, at - sentenceStart));
        return open >= sentenceStart && text.IndexOf(')', open, at - open) < 0;
    }
}
