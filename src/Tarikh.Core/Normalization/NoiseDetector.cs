using System.Collections.Immutable;
using Tarikh.Core.Text;

namespace Tarikh.Core.Normalization;

/// <summary>A web-noise rule: a normalized phrase a noise line is, starts with, or contains.</summary>
/// <param name="Kind">What the noise is (<c>video</c>, <c>related</c>, <c>share</c>…).</param>
/// <param name="Phrase">The phrase as written (normalized before matching).</param>
/// <param name="Match">How the line must match the phrase.</param>
/// <param name="MaxWords">A line longer than this (in words) is never noise by this rule.</param>
public sealed record NoiseRule(string Kind, string Phrase, NoiseMatch Match, int MaxWords = 12);

/// <summary>How a line must match a noise phrase.</summary>
public enum NoiseMatch
{
    /// <summary>The whole line (punctuation at the ends ignored) is the phrase.</summary>
    Exact,
    /// <summary>The line starts with the phrase.</summary>
    Prefix,
    /// <summary>The line contains the phrase.</summary>
    Contains,
}

/// <summary>
/// Recognizes web-noise lines (video fallbacks, "related" blocks, share and subscribe prompts) by a
/// table of rules. Lines are compared in normalized form. Immutable and thread-safe.
/// </summary>
public sealed class NoiseDetector
{
    private readonly ImmutableArray<(NoiseRule Rule, string Norm)> _rules;
    private readonly ArabicNormalizer _normalizer;
    private readonly int _maxWords;

    /// <summary>Creates a detector with the given rules.</summary>
    public NoiseDetector(IEnumerable<NoiseRule> rules, ArabicNormalizer? normalizer = null)
    {
        _normalizer = normalizer ?? ArabicNormalizer.Default;
        _rules = [.. rules.Select(r => (r, Canonical(_normalizer.NormalizeString(r.Phrase))))];
        _maxWords = _rules.IsEmpty ? 0 : _rules.Max(r => r.Rule.MaxWords);
    }

    /// <summary>The built-in rules, read from the embedded <c>Normalization/Lexicon/noise-rules.tsv</c> (data: add lines there).</summary>
    public static ImmutableArray<NoiseRule> DefaultRules { get; } = LoadEmbeddedRules();

    /// <summary>Parses rules in the TSV format of <c>noise-rules.tsv</c> (kind, match, max words, phrase).</summary>
    public static ImmutableArray<NoiseRule> ParseRules(IEnumerable<string> lines)
    {
        var rules = ImmutableArray.CreateBuilder<NoiseRule>();
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 4)
            {
                throw new FormatException($"Noise rule needs 4 tab-separated fields: '{line}'.");
            }

            var match = parts[1] switch
            {
                "exact" => NoiseMatch.Exact,
                "prefix" => NoiseMatch.Prefix,
                "contains" => NoiseMatch.Contains,
                _ => throw new FormatException($"Unknown noise match '{parts[1]}' in '{line}'."),
            };
            var maxWords = parts[2].Length == 0 ? 12 : int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
            rules.Add(new NoiseRule(parts[0], parts[3], match, maxWords));
        }

        return rules.ToImmutable();
    }

    private static ImmutableArray<NoiseRule> LoadEmbeddedRules()
    {
        var assembly = typeof(NoiseDetector).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Normalization.Lexicon.noise-rules.tsv", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return ParseRules(lines);
    }

    /// <summary>The detector with <see cref="DefaultRules"/>.</summary>
    public static NoiseDetector Default { get; } = new(DefaultRules);

    /// <summary>Finds the noise lines of a text (spans exclude the line break).</summary>
    public ImmutableArray<NoiseSpan> Detect(string text)
    {
        var builder = ImmutableArray.CreateBuilder<NoiseSpan>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var rel = text.AsSpan(lineStart).IndexOfAny('\n', '\r');
            var lineEnd = rel < 0 ? text.Length : lineStart + rel;
            var (s, e) = TrimLine(text, lineStart, lineEnd);
            if (e > s && e - s < 400 && text.AsSpan(s, e - s).Count(' ') < _maxWords)
            {
                var kind = Classify(text.AsSpan(s, e - s));
                if (kind is not null)
                {
                    builder.Add(new NoiseSpan(new TextSpan(s, e), kind));
                }
            }

            if (rel < 0)
            {
                break;
            }

            lineStart = lineEnd + 1;
        }

        return builder.ToImmutable();
    }

    /// <summary>The kind of noise a single line is, or null.</summary>
    public string? Classify(ReadOnlySpan<char> line)
    {
        var norm = Canonical(_normalizer.NormalizeString(line));
        if (norm.Length == 0)
        {
            return null;
        }

        var words = norm.Count(' ') + 1;
        foreach (var (rule, phrase) in _rules)
        {
            if (words > rule.MaxWords)
            {
                continue;
            }

            var hit = rule.Match switch
            {
                NoiseMatch.Exact => norm == phrase,
                NoiseMatch.Prefix => norm.StartsWith(phrase, StringComparison.Ordinal) && (norm.Length == phrase.Length || norm[phrase.Length] == ' '),
                _ => norm.Contains(phrase, StringComparison.Ordinal),
            };
            if (hit)
            {
                return rule.Kind;
            }
        }

        return null;
    }

    /// <summary>Collapses white space, drops punctuation at the ends and inside (so "اقرأ أيضاً:" matches "اقرأ أيضا").</summary>
    private static string Canonical(string norm)
    {
        var sb = new System.Text.StringBuilder(norm.Length);
        var space = false;
        foreach (var c in norm)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }

    private static (int, int) TrimLine(string text, int s, int e)
    {
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return (s, e);
    }
}
