using System.Globalization;
using System.Text;

namespace Tarikh.Core.Entities.Tagging;

/// <summary>Precision, recall and F1 of one class (or micro-averaged), CoNLL entity-level exact match.</summary>
/// <param name="Label">PER, LOC, ORG, MISC or "micro".</param>
/// <param name="Gold">Gold entities.</param>
/// <param name="Predicted">Predicted entities.</param>
/// <param name="Correct">Exact matches (same start, end and type).</param>
public readonly record struct PrfScore(string Label, int Gold, int Predicted, int Correct)
{
    /// <summary>Precision.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Recall.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>F1.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Accumulates CoNLL entity-level scores over sentences. Not thread-safe (one per evaluation).</summary>
public sealed class NerEvaluation
{
    private readonly int[] _gold = new int[4];
    private readonly int[] _pred = new int[4];
    private readonly int[] _correct = new int[4];

    /// <summary>Number of tokens seen.</summary>
    public int Tokens { get; private set; }

    /// <summary>Adds a sentence's gold and predicted labels.</summary>
    public void Add(ReadOnlySpan<byte> gold, ReadOnlySpan<byte> predicted)
    {
        Tokens += gold.Length;
        var g = NerLabels.Chunks(gold);
        var p = NerLabels.Chunks(predicted);
        foreach (var c in g)
        {
            _gold[c.Type]++;
        }

        var gs = new HashSet<(int, int, int)>(g);
        foreach (var c in p)
        {
            _pred[c.Type]++;
            if (gs.Contains(c))
            {
                _correct[c.Type]++;
            }
        }
    }

    /// <summary>Adds another evaluation's counts (pooling cross-validation folds).</summary>
    public void Merge(NerEvaluation other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Tokens += other.Tokens;
        for (var t = 0; t < 4; t++)
        {
            _gold[t] += other._gold[t];
            _pred[t] += other._pred[t];
            _correct[t] += other._correct[t];
        }
    }

    /// <summary>Per-class scores in PER, LOC, ORG, MISC order.</summary>
    public IReadOnlyList<PrfScore> PerClass => Enumerable.Range(0, 4).Select(t => new PrfScore(NerLabels.Types[t], _gold[t], _pred[t], _correct[t])).ToList();

    /// <summary>Micro-averaged score.</summary>
    public PrfScore Micro => new("micro", _gold.Sum(), _pred.Sum(), _correct.Sum());

    /// <summary>A plain-text table.</summary>
    public string Format()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{"class",-6} {"gold",6} {"pred",6} {"ok",6} {"P",7} {"R",7} {"F1",7}\n");
        foreach (var s in PerClass.Append(Micro))
        {
            sb.Append(CultureInfo.InvariantCulture, $"{s.Label,-6} {s.Gold,6} {s.Predicted,6} {s.Correct,6} {s.Precision,7:F4} {s.Recall,7:F4} {s.F1,7:F4}\n");
        }

        return sb.ToString();
    }
}
