using System.Collections.Frozen;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>
/// Awards granted, with their dates (<see cref="ClaimProperties.Act"/> with act <c>award</c>; the verifier compares the award
/// the sentence names with the KB's P166 and its point in time P585): the verb of granting in every form — passive or bare
/// "مُنح جون باردين جائزة …", with the recipient as an object pronoun "منحته الأكاديمية جائزة …"، "منحه الاتحاد ميداليته", with
/// "قلّده" (decorated him). The events stage reads "نال"، "حصل على"، "فاز بـ"; this reads the verbs it does not. The
/// recipient is the person named right after a bare verb; else, for a pronoun verb or a bare verb right before the award's
/// head noun ("ومُنح جائزة الدولة"), with no other person named before the verb in its sentence, the subject of the article's
/// segment. A bare verb before anything else ("منحت الجامعة زوجته …") names the granter and gives nothing. The date is the nearest dated timex in the verb's clause, else one
/// opening the sentence before the verb ("وفي سنة 1958 منحته …"، a timeline's "- 1986: منحه …"). Pure.
/// </summary>
public static class AwardClaims
{
    /// <summary>The <see cref="Claim.Source"/> of these claims.</summary>
    public const string Source = "award";

    /// <summary>The confidence of a claim read this way.</summary>
    public const double Confidence = 0.65;

    // Verbs of granting with the recipient as an object pronoun (normalized, without a leading و/ف).
    private static readonly FrozenSet<string> GrantedHim = new[]
    {
        "منحه", "منحها", "منحته", "منحتها", "منحوه", "منحوها", "يمنحه", "تمنحه", "قلده", "قلدته", "قلدها", "قلدتها", "قلدوه",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Bare or passive verbs of granting: the recipient follows ("مُنح جون باردين"), or is the dropped subject ("ومُنح جائزة").
    private static readonly FrozenSet<string> Granted = new[] { "منح", "منحت", "يمنح", "قلد" }.ToFrozenSet(StringComparer.Ordinal);

    // Head nouns of what is granted: after a bare verb they make it the passive of the dropped subject ("ومُنح جائزة الدولة").
    private static readonly FrozenSet<string> AwardHeads = new[]
    {
        "جائزه", "وسام", "ميداليه", "قلاده", "لقب", "شهاده", "وشاح", "نيشان", "درجه", "جوائز", "اوسمه",
    }.ToFrozenSet(StringComparer.Ordinal);

    // A noun without its article.
    private static string Bare(string norm) => norm.StartsWith("ال", StringComparison.Ordinal) && norm.Length > 4 ? norm[2..] : norm;

    private static readonly FrozenSet<string> Negations = new[] { "لم", "لا", "لن", "ليس", "رفض", "دون" }.ToFrozenSet(StringComparer.Ordinal);

    // In a method of its own so that its closure is made only when it runs (in the loop body it was made for every token). An
    // award read already in the verb's own clause ("نال"، "حصل على"): another award in another clause of the sentence ("نال وسام
    // كوبلي سنة 2006، ومنحه الرئيس … وسام الحرية سنة 2012") is still read here.
    private static bool AwardRead(List<Claim> list, int sentence, TextSpan clause) =>
        list.Any(c => c.Property == ClaimProperties.Act && c.Act == "award" && c.Sentence == sentence
            && (c.Spans.IsDefaultOrEmpty || (c.Spans[0].Start >= clause.Start && c.Spans[0].Start < clause.End)));

    /// <summary>Adds the award claims of the document to <paramref name="list"/>.</summary>
    public static void Add(DocumentIndex index, List<Claim> list)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(list);
        var tokens = index.Tokens;
        var doc = index.Document;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            var n = t.Norm;
            var verb = n.Length >= 4 && n[0] is '\u0648' or '\u0641' && (GrantedHim.ContainsSpan(n.AsSpan(1)) || Granted.ContainsSpan(n.AsSpan(1))) ? n[1..] : n;
            var pronoun = GrantedHim.Contains(verb);
            if ((!pronoun && !Granted.Contains(verb)) || !index.IsContent(t.Sentence) || (i > 0 && Negations.Contains(tokens[i - 1].Norm)))
            {
                continue;
            }

            var (sentenceStart, _) = index.SentenceTokens(t.Sentence);
            var (clauseStart, clauseEnd) = index.ClauseOf(i);
            if (AwardRead(list, t.Sentence, new TextSpan(tokens[clauseStart].Span.Start, tokens[Math.Max(clauseStart, clauseEnd - 1)].Span.End)))
            {
                continue; // read already in this clause ("نال"، "حصل على")
            }

            // The recipient.
            int? recipient = null;
            if (!pronoun && i + 1 < clauseEnd && index.MentionAtToken(i + 1) is var m and >= 0
                && doc.Entities[m].Label == EntityLabels.Person && doc.Entities[m].Cluster >= 0)
            {
                recipient = doc.Entities[m].Cluster;
            }
            else if (!pronoun && (i + 1 >= clauseEnd || !AwardHeads.Contains(Bare(tokens[i + 1].Norm))))
            {
                continue; // "منحت الجامعة زوجته …": the granter is named, the recipient elsewhere; only "ومُنح جائزة …" drops him
            }
            else
            {
                var others = false;
                for (var j = sentenceStart; j < i; j++)
                {
                    var mm = index.MentionAtToken(j);
                    others |= mm >= 0 && doc.Entities[mm].Label == EntityLabels.Person && !InAwardName(index, mm);
                }

                recipient = others ? null : index.SubjectAt(t.Sentence);
            }

            if (recipient is not { } who || index.LabelOf(who) != EntityLabels.Person || DateOf(index, i, clauseStart, clauseEnd, sentenceStart) is not { } timex
                || ClaimExtractor.TimeOf(index, timex) is not { } time)
            {
                continue;
            }

            var spans = new[] { t.Span, doc.Timexes[timex].Span }.Distinct().OrderBy(s => s.Start).ThenBy(s => s.End);
            list.Add(new Claim(0, who, ClaimProperties.Act, new ClaimValue(ClaimValueKind.Text, Text: doc.Source[t.Span]), [.. spans],
                ClaimModality.Asserted, Confidence)
            {
                Source = Source,
                Act = "award",
                Time = time,
                Sentence = t.Sentence,
            });
        }
    }

    // A person's name inside an award's ("نال وسام كوبلي"، "جائزة نوبل"): the mention opens with the award's head noun (its و read
    // as a clitic: "وسام" → "سام كوبلي") or follows it. It names no one who could be the pronoun's referent.
    private static bool InAwardName(DocumentIndex index, int mention)
    {
        var first = index.FirstTokenOf(index.Document.Entities[mention].Span);
        return AwardHeads.Contains(Bare(index.Tokens[first].Norm)) || (first > 0 && AwardHeads.Contains(Bare(index.Tokens[first - 1].Norm)));
    }

    // The nearest dated timex in the verb's clause; else a dated timex that opens the sentence before the verb.
    private static int? DateOf(DocumentIndex index, int verb, int clauseStart, int clauseEnd, int sentenceStart)
    {
        var doc = index.Document;
        int? best = null;
        var bestDistance = int.MaxValue;
        foreach (var ti in index.TimexesInSentence(index.Tokens[verb].Sentence))
        {
            var at = index.TimexToken(ti);
            if (!DocumentIndex.IsDated(doc.Timexes[ti]))
            {
                continue;
            }

            if (at >= clauseStart && at < clauseEnd && Math.Abs(at - verb) < bestDistance)
            {
                (best, bestDistance) = (ti, Math.Abs(at - verb));
            }
        }

        if (best is not null)
        {
            return best;
        }

        foreach (var ti in index.TimexesInSentence(index.Tokens[verb].Sentence))
        {
            var at = index.TimexToken(ti);
            if (DocumentIndex.IsDated(doc.Timexes[ti]) && at <= sentenceStart + 2 && index.EndTokenOf(doc.Timexes[ti].Span) <= verb)
            {
                return ti;
            }

            break;
        }

        return null;
    }
}
