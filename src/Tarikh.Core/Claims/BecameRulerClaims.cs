using System.Collections.Immutable;
using System.Collections.Frozen;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>
/// Accessions written as becoming the holder of a title (<see cref="ClaimProperties.PositionHeld"/> with its start P580, read as
/// <see cref="PositionClaims"/>' accessions): "الذي صار البابا ليو العاشر سنة 1513"، "جوليو دي ميديشي الذي أصبح البابا كليمنت
/// السابع سنة 1523"، "ثم صار فيصل ملكاً على العراق سنة 1921" — "صار"/"أصبح" right before a ruler's title (a pope, caliph, sultan,
/// king, emir, emperor, shah). The value is the title: the verifier finds the subject's own position whose label opens with it.
/// The holder is the antecedent of "الذي" (the nearest person named before the relative pronoun, in its sentence), else the person
/// named right after the verb or before it in its clause; never the article's subject by default (a title names too many people).
/// The date is the first dated timex after the title in the verb's clause, not after "حتى"/"إلى". Pure.
/// </summary>
public static class BecameRulerClaims
{
    private static readonly FrozenSet<string> Verbs = new[] { "صار", "اصبح" }.ToFrozenSet(StringComparer.Ordinal);

    // Titles (normalized, without the article or the accusative alif).
    private static readonly FrozenSet<string> Titles = new[] { "بابا", "خليفه", "سلطان", "ملك", "امير", "امبراطور", "شاه", "قيصر" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Relatives = new[] { "الذي", "التي" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Negations = new[] { "لم", "لا", "لن", "ليس", "كاد", "يكاد" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The title a normalized word names ("البابا"، "ملكاً"، "سلطانا"), or null.</summary>
    public static string? TitleOf(string norm)
    {
        var w = norm.StartsWith("ال", StringComparison.Ordinal) && norm.Length > 4 ? norm[2..] : norm;
        if (Titles.Contains(w))
        {
            return w;
        }

        return w.Length > 3 && w.EndsWith('ا') && Titles.Contains(w[..^1]) ? w[..^1] : null;
    }

    /// <summary>Adds the accessions read from "صار/أصبح + title" to <paramref name="list"/>.</summary>
    public static void Add(DocumentIndex index, List<Claim> list)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(list);
        var tokens = index.Tokens;
        var doc = index.Document;
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            var t = tokens[i];
            var verb = t.Norm.Length >= 4 && t.Norm[0] is '\u0648' or '\u0641' && Verbs.Contains(t.Norm[1..]) ? t.Norm[1..] : t.Norm;
            if (!Verbs.Contains(verb) || !index.IsContent(t.Sentence) || (i > 0 && Negations.Contains(tokens[i - 1].Norm)))
            {
                continue;
            }

            var (clauseStart, clauseEnd) = index.ClauseOf(i);
            var (sentenceStart, _) = index.SentenceTokens(t.Sentence);

            // The holder: the antecedent of "الذي"; else the person named right after the verb ("صار فيصل ملكاً") or before it in its clause.
            int? holder = null;
            var title = i + 1;
            var after = index.MentionAtToken(i + 1);
            if (i > 0 && Relatives.Contains(tokens[i - 1].Norm))
            {
                holder = PersonBefore(index, i - 1, sentenceStart);
            }
            else if (after >= 0 && doc.Entities[after].Label == EntityLabels.Person && doc.Entities[after].Cluster >= 0
                && index.FirstTokenOf(doc.Entities[after].Span) == i + 1)
            {
                holder = doc.Entities[after].Cluster;
                title = index.EndTokenOf(doc.Entities[after].Span);
            }
            else
            {
                // Round 13 (13b): "وكان الأمير أحمد فؤاد … قد وُلد سنة 1868، ثم صار سلطاناً": with no person in the verb's clause, the
                // person the sentence opens with (its topic), not one named in an apposition between.
                holder = PersonBefore(index, i, clauseStart) ?? FirstPerson(index, sentenceStart, clauseStart);
            }

            if (holder is not { } who || title >= clauseEnd || TitleOf(tokens[title].Norm) is null
                || (index.MentionAtToken(title) is var tm and >= 0 && doc.Entities[tm].Label != EntityLabels.Person))
            {
                continue;
            }

            if (DateAfter(index, title, clauseEnd) is not { } timex || ClaimExtractor.TimeOf(index, timex) is not { } time)
            {
                continue;
            }

            // The event reading of the same verb ("صار" read as an office held) gives way to the accession's (round 13, 13b).
            RemoveEventReading(list, who, t.Span);
            var spans = new[] { t.Span, tokens[title].Span, doc.Timexes[timex].Span }.Distinct().OrderBy(s => s.Start).ThenBy(s => s.End);
            list.Add(Accession(doc, who, tokens[title].Span, [.. spans], time, t.Sentence));

            // Round 13 (13b): "صار سلطاناً على مصر سنة 1917 وملكاً سنة 1923": a second title coordinated right after the first
            // one's date, with a date of its own in its clause, is another accession of the same holder.
            var next = index.EndTokenOf(doc.Timexes[timex].Span);
            var (_, sentenceEnd) = index.SentenceTokens(t.Sentence);
            if (next < sentenceEnd && tokens[next].Norm is { Length: > 3 } coordinated && coordinated[0] == '\u0648'
                && TitleOf(coordinated[1..]) is not null && index.MentionAtToken(next) < 0
                && DateAfter(index, next, Math.Min(sentenceEnd, next + 5)) is { } second && ClaimExtractor.TimeOf(index, second) is { } secondTime)
            {
                var secondSpans = new[] { tokens[next].Span, doc.Timexes[second].Span }.OrderBy(s => s.Start);
                list.Add(Accession(doc, who, tokens[next].Span, [.. secondSpans], secondTime, t.Sentence));
            }
        }
    }

    // An accession to the title written at a span: a position held, asserted, at the position readers' confidence.
    private static Claim Accession(AnalyzedDocument doc, int who, TextSpan title, ImmutableArray<TextSpan> spans, ClaimValue time, int sentence) =>
        new(0, who, ClaimProperties.PositionHeld, new ClaimValue(ClaimValueKind.Text, Text: doc.Source[title]), spans, ClaimModality.Asserted, PositionClaims.Confidence)
        {
            Source = PositionClaims.Source,
            Act = PositionClaims.Act,
            Time = time,
            Sentence = sentence,
        };

    // In a method of its own so that its closure is made only when it runs (in the loop body it would be made for every token).
    private static void RemoveEventReading(List<Claim> list, int who, TextSpan verb) =>
        list.RemoveAll(c => c.Property == ClaimProperties.PositionHeld && c.Source == ClaimSources.Event && c.Subject == who && c.Spans.Contains(verb));

    // The nearest linked person named before a token, from a first token on: a mention's cluster, or null when none.
    private static int? PersonBefore(DocumentIndex index, int before, int from)
    {
        var doc = index.Document;
        for (var k = before - 1; k >= from; k--)
        {
            var m = index.MentionAtToken(k);
            if (m >= 0 && doc.Entities[m].Label == EntityLabels.Person && doc.Entities[m].Cluster >= 0)
            {
                return doc.Entities[m].Cluster;
            }
        }

        return null;
    }

    // The first linked person named in a sentence's first tokens (from a first token to another): a mention's cluster, or null.
    private static int? FirstPerson(DocumentIndex index, int from, int before)
    {
        var doc = index.Document;
        for (var k = from; k < before && k < from + 4; k++)
        {
            var m = index.MentionAtToken(k);
            if (m >= 0 && doc.Entities[m].Label == EntityLabels.Person && doc.Entities[m].Cluster >= 0)
            {
                return doc.Entities[m].Cluster;
            }
        }

        return null;
    }

    // The first dated timex after a token in its clause, not after "حتى"/"إلى" (an end).
    private static int? DateAfter(DocumentIndex index, int from, int clauseEnd)
    {
        var doc = index.Document;
        foreach (var ti in index.TimexesInSentence(index.Tokens[from].Sentence))
        {
            var at = index.TimexToken(ti);
            if (at <= from || at >= clauseEnd || !DocumentIndex.IsDated(doc.Timexes[ti]))
            {
                continue;
            }

            return at > 0 && index.Tokens[at - 1].Norm is "حتي" or "الي" ? null : ti;
        }

        return null;
    }
}
