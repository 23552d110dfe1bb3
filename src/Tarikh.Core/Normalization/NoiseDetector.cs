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

    /// <summary>Creates a detector with the given rules.</summary>
    public NoiseDetector(IEnumerable<NoiseRule> rules, ArabicNormalizer? normalizer = null)
    {
        _normalizer = normalizer ?? ArabicNormalizer.Default;
        _rules = [.. rules.Select(r => (r, Canonical(_normalizer.NormalizeString(r.Phrase))))];
    }

    /// <summary>The built-in rules.</summary>
    public static ImmutableArray<NoiseRule> DefaultRules { get; } =
    [
        new("video", "This browser does not support the video element", NoiseMatch.Prefix),
        new("video", "Your browser does not support the video tag", NoiseMatch.Prefix),
        new("video", "Your browser does not support HTML5 video", NoiseMatch.Prefix),
        new("video", "متصفحك لا يدعم تشغيل الفيديو", NoiseMatch.Prefix),
        new("video", "فيديو ذات صلة", NoiseMatch.Exact),
        new("video", "فيديو ذو صلة", NoiseMatch.Exact),
        new("video", "شاهد الفيديو", NoiseMatch.Prefix, 6),
        new("video", "شاهد أيضا", NoiseMatch.Prefix, 8),
        new("related", "اقرأ أيضا", NoiseMatch.Prefix, 16),
        new("related", "إقرأ أيضا", NoiseMatch.Prefix, 16),
        new("related", "اقرأ المزيد", NoiseMatch.Prefix, 8),
        new("related", "مقالات ذات صلة", NoiseMatch.Exact),
        new("related", "مواضيع ذات صلة", NoiseMatch.Exact),
        new("related", "أخبار ذات صلة", NoiseMatch.Exact),
        new("related", "قد يهمك أيضا", NoiseMatch.Prefix, 12),
        new("related", "قد يعجبك أيضا", NoiseMatch.Prefix, 12),
        new("related", "المزيد من المقالات", NoiseMatch.Exact),
        new("related", "Read more", NoiseMatch.Exact),
        new("related", "Related", NoiseMatch.Exact),
        new("share", "شارك المقال", NoiseMatch.Prefix, 8),
        new("share", "شارك على", NoiseMatch.Prefix, 8),
        new("share", "مشاركة عبر", NoiseMatch.Prefix, 8),
        new("share", "انشر على", NoiseMatch.Prefix, 6),
        new("share", "Share on", NoiseMatch.Prefix, 6),
        new("share", "Share this", NoiseMatch.Prefix, 6),
        new("share", "Tweet", NoiseMatch.Exact),
        new("subscribe", "اشترك في النشرة", NoiseMatch.Prefix, 14),
        new("subscribe", "اشترك الآن", NoiseMatch.Prefix, 10),
        new("subscribe", "اشترك في قناتنا", NoiseMatch.Prefix, 12),
        new("subscribe", "تابعونا على", NoiseMatch.Prefix, 10),
        new("subscribe", "تابعنا على", NoiseMatch.Prefix, 10),
        new("subscribe", "Subscribe", NoiseMatch.Prefix, 8),
        new("navigation", "الصفحة الرئيسية", NoiseMatch.Exact),
        new("navigation", "جميع الحقوق محفوظة", NoiseMatch.Contains, 14),
        new("navigation", "All rights reserved", NoiseMatch.Contains, 14),
        new("navigation", "إعلان", NoiseMatch.Exact),
        new("navigation", "Advertisement", NoiseMatch.Exact),
        new("navigation", "تعليقات", NoiseMatch.Exact),
        new("navigation", "أضف تعليق", NoiseMatch.Prefix, 6),
        new("cookies", "نستخدم ملفات تعريف الارتباط", NoiseMatch.Prefix, 40),
        new("cookies", "We use cookies", NoiseMatch.Prefix, 40),
    ];

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
            if (e > s && e - s < 400)
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
