using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Entities;

public sealed partial class EntityRecognizer
{
    // How many words before and after a mention a known name may reach (a body's name often runs three words ahead of the
    // place it ends with: "أكاديمية الموسيقى في بودابست"), and the longest known name tried.
    private const int KnownNameReachBefore = 3;
    private const int KnownNameReachAfter = 2;
    private const int KnownNameMaxWords = 6;

    /// <summary>
    /// Lets names known from outside the text (<see cref="IKnownNames"/>) correct the mentions. Around each mention, every
    /// run of two to <see cref="KnownNameMaxWords"/> Arabic or Latin words in its sentence that covers it whole and reaches
    /// at most <see cref="KnownNameReachBefore"/> words before it and <see cref="KnownNameReachAfter"/> after it is looked up, as written and without each proclitic the first word
    /// may carry (the article stays). The longest known runs win, and one that does not overlap a longer one replaces the
    /// mentions inside it with one mention of the known type — unless a mention it overlaps reaches outside it, in which
    /// case the tagger's reading stands. A run that only repeats a mention (same words, same type, same start) changes
    /// nothing. Returns the mentions sorted by start; each run is looked up once per document.
    /// </summary>
    internal List<MentionDraft> ApplyKnownNames(AnalyzedDocument doc, Normalization.NormalizedText normalized, List<MentionDraft> mentions, IKnownNames names)
    {
        var tokens = doc.Tokens;
        var text = doc.Source.Text;
        var memo = new Dictionary<string, int>(StringComparer.Ordinal);
        var tried = new HashSet<(int, int)>();
        var found = new List<(int First, int End, int Type, int Start, int Strip)>();
        foreach (var m in mentions)
        {
            var sentence = doc.Sentences[tokens[m.FirstToken].Sentence];
            var lowest = Math.Max(sentence.FirstToken, m.FirstToken - KnownNameReachBefore);
            var highest = Math.Min(sentence.EndToken, m.EndToken + KnownNameReachAfter);
            for (var first = lowest; first <= m.FirstToken; first++)
            {
                for (var end = m.EndToken; end <= highest; end++)
                {
                    if (end - first < 2 || end - first > KnownNameMaxWords || !tried.Add((first, end)) || !AllNameWords(tokens, first, end))
                    {
                        continue;
                    }

                    if (KnownAt(tokens, normalized, text, first, end, names, memo) is { } hit)
                    {
                        found.Add((first, end, hit.Type, hit.Start, hit.Strip));
                    }
                }
            }
        }

        if (found.Count == 0)
        {
            return mentions;
        }

        // Longest first; on a tie, the earlier.
        found.Sort(static (a, b) => a.End - a.First != b.End - b.First ? (b.End - b.First).CompareTo(a.End - a.First) : a.First.CompareTo(b.First));
        var claimed = new bool[tokens.Length];
        var result = mentions;
        foreach (var (first, end, type, start, strip) in found)
        {
            if (Claimed(claimed, first, end) || !CoversWhatItOverlaps(result, first, end, out var same))
            {
                continue;
            }

            for (var i = first; i < end; i++)
            {
                claimed[i] = true;
            }

            if (same is { } s && s.Type == type && s.Span.Start == start)
            {
                continue;
            }

            var words = new string[end - first];
            words[0] = tokens[first].BaseCandidate(strip).ToString();
            for (var i = first + 1; i < end; i++)
            {
                words[i - first] = tokens[i].Norm;
            }

            if (ReferenceEquals(result, mentions))
            {
                result = [.. mentions];
            }

            result.RemoveAll(m => m.FirstToken < end && m.EndToken > first);
            result.Add(new MentionDraft(first, end, type, new TextSpan(start, tokens[end - 1].Span.End), words, 0.95, MentionSource.Gazetteer));
        }

        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }

    private static bool AllNameWords(System.Collections.Immutable.ImmutableArray<Token> tokens, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (tokens[i].Kind is not (TokenKind.Arabic or TokenKind.Latin))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Claimed(bool[] claimed, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (claimed[i])
            {
                return true;
            }
        }

        return false;
    }

    // True when every mention overlapping [first, end) lies inside it; `same` is the one mention with exactly that range, if any.
    private static bool CoversWhatItOverlaps(List<MentionDraft> mentions, int first, int end, out MentionDraft? same)
    {
        same = null;
        foreach (var m in mentions)
        {
            if (m.FirstToken >= end || m.EndToken <= first)
            {
                continue;
            }

            if (m.FirstToken < first || m.EndToken > end)
            {
                return false;
            }

            if (m.FirstToken == first && m.EndToken == end)
            {
                same = m;
            }
        }

        return true;
    }

    // The run looked up as written, then without each proclitic of its first word but the article (و، ف، ب، ل، ك، س).
    private static (int Type, int Start, int Strip)? KnownAt(System.Collections.Immutable.ImmutableArray<Token> tokens, Normalization.NormalizedText normalized, string text, int first, int end,
        IKnownNames names, Dictionary<string, int> memo)
    {
        var head = tokens[first];
        var stop = tokens[end - 1].Span.End;
        var strippable = head.CliticCount - ((head.Clitics & Proclitics.Al) != 0 ? 1 : 0);
        for (var strip = 0; strip <= strippable; strip++)
        {
            var start = head.Span.Start;
            if (strip > 0)
            {
                if (head.CliticSpan(normalized, strip) is not { } clitic || clitic.End >= head.Span.End)
                {
                    break;
                }

                start = clitic.End;
            }

            // Looked up by span first: a run seen before in the document costs no string.
            var run = text.AsSpan(start, stop - start);
            if (!memo.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(run, out var type))
            {
                var surface = run.ToString();
                type = names.TypeOf(surface);
                memo[surface] = type;
            }

            if (type is >= 0 and <= 2)
            {
                return (type, start, strip);
            }
        }

        return null;
    }
}
