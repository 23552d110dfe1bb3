using System.Collections.Immutable;
using Tarikh.Core.Normalization;
using Tarikh.Core.Text;

namespace Tarikh.Core.Events.Evaluation;

/// <summary>Precision, recall and F1 of one measure.</summary>
/// <param name="Gold">Gold items.</param>
/// <param name="Predicted">Predicted items.</param>
/// <param name="Matched">Matched pairs.</param>
public readonly record struct Score(int Gold, int Predicted, int Matched)
{
    /// <summary>Matched / predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    /// <summary>Matched / gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    /// <summary>Harmonic mean.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Sum of two scores.</summary>
    public static Score operator +(Score a, Score b) => new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Matched + b.Matched);
}

/// <summary>The evaluation of one document.</summary>
/// <param name="Triples">(type, date, participant).</param>
/// <param name="TypeDate">(type, date).</param>
/// <param name="TypeOnly">type alone.</param>
/// <param name="BiographicalDated">Recall of (type, date) over the dated biographical gold events (the target measure).</param>
/// <param name="Missed">Gold events with no (type, date, participant) match.</param>
/// <param name="Spurious">Predicted events with no (type, date, participant) match.</param>
/// <param name="MissedTypeDate">Gold events with no (type, date) match either.</param>
public sealed record EventEvaluation(Score Triples, Score TypeDate, Score TypeOnly, Score BiographicalDated, ImmutableArray<GoldEvent> Missed, ImmutableArray<EventMention> Spurious, ImmutableArray<GoldEvent> MissedTypeDate);

/// <summary>
/// Compares predicted events with gold events. Predicted events are those not marked as repeats
/// (<see cref="EventMention.DuplicateOf"/>). Matching is greedy in gold order, one-to-one.
/// <list type="bullet">
/// <item>Type: equal ids.</item>
/// <item>Date: a gold date matches a predicted interval lying inside it (as precise or more precise);
/// a gold <c>-</c> (no date) matches an undated prediction or one dated only by the narrative anchor.</item>
/// <item>Participant: gold <c>*</c> matches anything; <c>-</c> matches a prediction without participants;
/// a name matches when one of its normalized words (3+ letters) is a word of the predicted main
/// participant's cluster name, alias or any of its mentions.</item>
/// </list>
/// </summary>
public static class EventEvaluator
{
    /// <summary>Evaluates a document against gold events.</summary>
    public static EventEvaluation Evaluate(AnalyzedDocument doc, IReadOnlyList<GoldEvent> gold, ArabicNormalizer? normalizer = null)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(gold);
        normalizer ??= ArabicNormalizer.Default;
        var predicted = doc.Events.Where(e => e.DuplicateOf is null).ToList();
        var names = predicted.Select(e => ClusterWords(doc, e.MainParticipant, normalizer)).ToList();

        Score Run(Func<GoldEvent, int, bool> matches, IReadOnlyList<GoldEvent> golds, List<int>? unmatchedGold, bool[]? usedOut)
        {
            var used = new bool[predicted.Count];
            var matched = 0;
            foreach (var g in golds)
            {
                var found = -1;
                for (var p = 0; p < predicted.Count && found < 0; p++)
                {
                    if (!used[p] && matches(g, p))
                    {
                        found = p;
                    }
                }

                if (found >= 0)
                {
                    used[found] = true;
                    matched++;
                }
                else
                {
                    unmatchedGold?.Add(g.Line);
                }
            }

            if (usedOut is not null)
            {
                Array.Copy(used, usedOut, used.Length);
            }

            return new Score(golds.Count, predicted.Count, matched);
        }

        bool TypeOk(GoldEvent g, int p) => g.Type == predicted[p].Type;
        bool DateOk(GoldEvent g, int p)
        {
            var e = predicted[p];
            if (g.Date is not { } gd)
            {
                return e.Date is null || e.DateSource == EventDateSources.Narrative;
            }

            return e.Date is { } pd && gd.Contains(pd);
        }

        bool ParticipantOk(GoldEvent g, int p)
        {
            if (g.Participant == "*")
            {
                return true;
            }

            if (g.Participant == "-")
            {
                return predicted[p].MainParticipant is null;
            }

            var words = names[p];
            return Words(g.Participant, normalizer).Any(words.Contains);
        }

        var missedLines = new List<int>();
        var usedTriples = new bool[predicted.Count];
        var triples = Run((g, p) => TypeOk(g, p) && DateOk(g, p) && ParticipantOk(g, p), gold, missedLines, usedTriples);
        var missedTd = new List<int>();
        var typeDate = Run((g, p) => TypeOk(g, p) && DateOk(g, p), gold, missedTd, null);
        var typeOnly = Run(TypeOk, gold, null, null);
        var bio = gold.Where(g => g.Biographical && g.Date is not null).ToList();
        var bioScore = Run((g, p) => TypeOk(g, p) && DateOk(g, p), bio, null, null);
        var missed = gold.Where(g => missedLines.Contains(g.Line)).ToImmutableArray();
        var spurious = predicted.Where((e, i) => !usedTriples[i]).ToImmutableArray();
        var missedTypeDate = gold.Where(g => missedTd.Contains(g.Line)).ToImmutableArray();
        return new EventEvaluation(triples, typeDate, typeOnly, bioScore with { Predicted = predicted.Count }, missed, spurious, missedTypeDate);
    }

    private static HashSet<string> ClusterWords(AnalyzedDocument doc, int? cluster, ArabicNormalizer normalizer)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (cluster is not { } c || c < 0 || c >= doc.Clusters.Length)
        {
            return set;
        }

        var cl = doc.Clusters[c];
        foreach (var w in Words(cl.Name, normalizer))
        {
            set.Add(w);
        }

        foreach (var a in cl.Aliases)
        {
            foreach (var w in Words(a, normalizer))
            {
                set.Add(w);
            }
        }

        foreach (var m in cl.Mentions)
        {
            if (m >= 0 && m < doc.Entities.Length)
            {
                foreach (var w in Words(doc.Entities[m].Text, normalizer))
                {
                    set.Add(w);
                }
            }
        }

        return set;
    }

    private static IEnumerable<string> Words(string text, ArabicNormalizer normalizer)
        => normalizer.NormalizeString(text).Split([' ', '-', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.StartsWith("ال", StringComparison.Ordinal) && w.Length > 4 ? w[2..] : w)
            .Where(w => w.Length >= 3);
}
