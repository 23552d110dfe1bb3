using System.Collections.Immutable;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>
/// Declarations of independence, read as the founding (<see cref="ClaimProperties.Founded"/>, Wikidata's
/// inception) of the places that declare it: "أعلنت مصر استقلالها عام 1922"، "استقلت الجزائر عن فرنسا عام
/// 1962"، and the list after one cue, each group of places with its own date: "أعلنت العديد من الدول
/// استقلالها: فنلندا وليتوانيا في شهر كانون الأول/ ديسمبر عام 1917، لاتفيا في …". The state a place
/// separates from ("عن فرنسا"، "من روسيا") is not a founder. Pure.
/// </summary>
public static class IndependenceClaims
{
    /// <summary>The <see cref="Claim.Source"/> of these claims.</summary>
    public const string Source = "independence";

    /// <summary>The <see cref="Claim.Act"/> of these claims.</summary>
    public const string Act = "independence";

    /// <summary>The confidence of a claim read this way.</summary>
    public const double Confidence = 0.7;

    private static readonly ImmutableArray<string> VerbForms = ["استقلت", "استقل", "استقلا", "استقلوا"];
    private static readonly ImmutableArray<string> Negations = ["لم", "لا", "لن", "ليس", "ليست"];
    private static readonly ImmutableArray<string> SeparatedFrom = ["عن", "من"];

    /// <summary>Adds the claims of every declaration of independence in the document to <paramref name="list"/>.</summary>
    public static void Add(DocumentIndex index, List<Claim> list)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(list);
        var tokens = index.Tokens;
        var done = new HashSet<int>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!IsCue(tokens[i]) || !index.IsContent(tokens[i].Sentence) || done.Contains(tokens[i].Sentence) || Negated(index, i))
            {
                continue;
            }

            done.Add(tokens[i].Sentence);
            ReadFrom(index, i, list);
        }
    }

    // A negation before the cue in its clause: "لم تعلن الجزائر استقلالها".
    private static bool Negated(DocumentIndex index, int cue)
    {
        var (start, _) = index.ClauseOf(cue);
        for (var k = Math.Max(start, cue - 4); k < cue; k++)
        {
            if (Negations.Contains(index.Tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCue(in Segmentation.Token t)
    {
        // "استقلالها"، "باستقلالها": the noun with the declaring state's possessive ("حرب الاستقلال" is not a
        // declaration); "استقلت": the verb.
        var b = t.Base;
        return (b.StartsWith("استقلاله", StringComparison.Ordinal) && b.Length <= "استقلالهما".Length)
            || VerbForms.Contains(t.Norm) || VerbForms.Contains(b);
    }

    // From the cue's clause on: each clause that names places and a date gives those places that date; the
    // list ends at the first clause after the cue that names no place.
    private static void ReadFrom(DocumentIndex index, int cue, List<Claim> list)
    {
        var doc = index.Document;
        var (_, sentenceEnd) = index.SentenceTokens(index.Tokens[cue].Sentence);
        var (clauseStart, clauseEnd) = index.ClauseOf(cue);
        var first = true;
        while (clauseStart < sentenceEnd)
        {
            var places = new List<int>();
            for (var k = clauseStart; k < clauseEnd; k++)
            {
                var m = index.MentionAtToken(k);
                if (m < 0 || doc.Entities[m].Label != EntityLabels.Location || places.Contains(m)
                    || (k > clauseStart && SeparatedFrom.Contains(index.Tokens[k - 1].Norm) && index.MentionAtToken(k - 1) != m))
                {
                    continue;
                }

                places.Add(m);
            }

            if (places.Count == 0 && !first)
            {
                return;
            }

            var timex = index.TimexesInClause(clauseStart).FirstOrDefault(t => DocumentIndex.IsDated(doc.Timexes[t]), -1);
            if (places.Count > 0 && timex >= 0 && ClaimExtractor.TimeOf(index, timex) is { } value)
            {
                var cueSpan = index.Tokens[cue].Span;
                foreach (var m in places)
                {
                    var spans = new[] { cueSpan, doc.Timexes[timex].Span, doc.Entities[m].Span }.Distinct().OrderBy(s => s.Start).ThenBy(s => s.End);
                    list.Add(new Claim(0, doc.Entities[m].Cluster, ClaimProperties.Founded, value, [.. spans], ClaimModality.Asserted, Confidence)
                    {
                        Source = Source,
                        Act = Act,
                        Sentence = index.Tokens[cue].Sentence,
                    });
                }
            }

            first = false;
            var next = Math.Max(clauseEnd, clauseStart) + 1;
            if (next >= sentenceEnd)
            {
                return;
            }

            (clauseStart, clauseEnd) = index.ClauseOf(next);
        }
    }
}
