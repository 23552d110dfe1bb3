using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Tarikh.Core.Checks.Evaluation;

/// <summary>A verdict a person gave on one flag raised on real text.</summary>
/// <param name="Document">The corpus document id (<see cref="CorpusDocument.Id"/>).</param>
/// <param name="Start">Start of the flag's first evidence span.</param>
/// <param name="End">End of the flag's first evidence span.</param>
/// <param name="Rule">The rule id.</param>
/// <param name="Correct">True when the flag points at a real contradiction or error of the text, false for a false alarm.</param>
/// <param name="Reason">Why (a short sentence).</param>
/// <param name="Text">The text under the span, to find the flag again when offsets move.</param>
public sealed record FlagVerdict(string Document, int Start, int End, string Rule, bool Correct, string Reason, string Text);

/// <summary>
/// The hand-reviewed flags (data/gold/flags-reviewed.tsv): one line per flag, tab-separated
/// <c>document start end rule verdict reason text</c>, verdict <c>true</c> or <c>false</c>; lines starting
/// with <c>#</c> are comments. A flag is matched by document, rule and span; when the span moved (a
/// rule changed what it cites), by document, rule and the text under the span, nearest first.
/// </summary>
public sealed class ReviewedFlags
{
    private readonly Dictionary<(string Doc, string Rule), List<FlagVerdict>> _byDocRule = [];

    /// <summary>Creates the list from verdicts.</summary>
    public ReviewedFlags(IEnumerable<FlagVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        var all = ImmutableArray.CreateBuilder<FlagVerdict>();
        foreach (var v in verdicts)
        {
            all.Add(v);
            if (!_byDocRule.TryGetValue((v.Document, v.Rule), out var list))
            {
                _byDocRule[(v.Document, v.Rule)] = list = [];
            }

            list.Add(v);
        }

        Verdicts = all.ToImmutable();
    }

    /// <summary>No verdicts.</summary>
    public static ReviewedFlags Empty { get; } = new([]);

    /// <summary>Every verdict, in file order.</summary>
    public ImmutableArray<FlagVerdict> Verdicts { get; }

    /// <summary>The verdict on a flag, or null when nobody reviewed it.</summary>
    public FlagVerdict? Find(string document, string rule, int start, int end, string text)
    {
        if (!_byDocRule.TryGetValue((document, rule), out var list))
        {
            return null;
        }

        FlagVerdict? best = null;
        var bestDistance = int.MaxValue;
        foreach (var v in list)
        {
            if (v.Start == start && v.End == end)
            {
                return v;
            }

            if (string.Equals(v.Text, text, StringComparison.Ordinal) && Math.Abs(v.Start - start) < bestDistance)
            {
                best = v;
                bestDistance = Math.Abs(v.Start - start);
            }
        }

        return best;
    }

    /// <summary>Parses the TSV; returns the list and one message per malformed line (with its number).</summary>
    public static (ReviewedFlags List, ImmutableArray<string> Errors) Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var verdicts = new List<FlagVerdict>();
        var errors = ImmutableArray.CreateBuilder<string>();
        var lineNo = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 7
                || !int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                || end < start
                || (f[4] != "true" && f[4] != "false"))
            {
                errors.Add($"line {lineNo}: expected document, start, end, rule, true|false, reason, text separated by tabs");
                continue;
            }

            verdicts.Add(new FlagVerdict(f[0], start, end, f[3], f[4] == "true", Unescape(f[5]), Unescape(f[6])));
        }

        return (new ReviewedFlags(verdicts), errors.ToImmutable());
    }

    /// <summary>One TSV line for a verdict (the inverse of <see cref="Parse"/>).</summary>
    public static string Format(FlagVerdict v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return string.Join('\t', v.Document, v.Start.ToString(CultureInfo.InvariantCulture), v.End.ToString(CultureInfo.InvariantCulture),
            v.Rule, v.Correct ? "true" : "false", Escape(v.Reason), Escape(v.Text));
    }

    /// <summary>Replaces tabs and line breaks so a value stays in its TSV cell.</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            sb.Append(c switch { '\t' => "\\t", '\n' => "\\n", '\r' => "\\r", '\\' => "\\\\", _ => c.ToString() });
        }

        return sb.ToString();
    }

    private static string Unescape(string value)
    {
        if (!value.Contains('\\', StringComparison.Ordinal))
        {
            return value;
        }

        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                sb.Append(value[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => value[i] });
            }
            else
            {
                sb.Append(value[i]);
            }
        }

        return sb.ToString();
    }
}
