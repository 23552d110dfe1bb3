using Tarikh.Core.Text;

namespace Tarikh.Core.Entities.Tagging;

/// <summary>
/// Scores the whole entity stage (the pipeline's recognizer and its rules, not only the tagger and the CoNLL name passes)
/// against a CoNLL document: the document's words are written out as one text (a space between words, a line break
/// between sentences), the text is analyzed, and every mention is projected back onto the words it covers. A word a
/// mention only partly covers (ومحمد when the mention starts after و) takes the mention's label, as CoNLL labels whole
/// words. Pure.
/// </summary>
public static class PipelineConll
{
    /// <summary>
    /// The text of <paramref name="sentences"/> and the start offset of every word in it (per sentence).
    /// </summary>
    public static (string Text, int[][] Starts) Write(IReadOnlyList<ConllSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var sb = new System.Text.StringBuilder();
        var starts = new int[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s].Words;
            starts[s] = new int[words.Length];
            for (var w = 0; w < words.Length; w++)
            {
                if (w > 0)
                {
                    sb.Append(' ');
                }

                starts[s][w] = sb.Length;
                sb.Append(words[w]);
            }

            sb.Append('\n');
        }

        return (sb.ToString(), starts);
    }

    /// <summary>
    /// BIO labels per sentence from the entity mentions of the analyzed text written by <see cref="Write"/>: PER, LOC,
    /// ORG and MISC as themselves, the group label (GRP) as <paramref name="groupType"/> (0 = PER, as AQMAR annotates
    /// peoples; -1 = O, as ANERcorp and WikiFANE leave them untagged). A word already labelled by an earlier mention
    /// keeps its label.
    /// </summary>
    public static List<byte[]> Project(IReadOnlyList<ConllSentence> sentences, int[][] starts, IEnumerable<EntityMention> mentions, int groupType)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentNullException.ThrowIfNull(mentions);
        var labels = sentences.Select(s => new byte[s.Words.Length]).ToList();

        // Every word as (sentence, index, start, end), in text order, for a binary search by offset.
        var spans = new List<(int Sentence, int Word, int Start, int End)>();
        for (var s = 0; s < sentences.Count; s++)
        {
            for (var w = 0; w < sentences[s].Words.Length; w++)
            {
                spans.Add((s, w, starts[s][w], starts[s][w] + sentences[s].Words[w].Length));
            }
        }

        foreach (var m in mentions.OrderBy(m => m.Span.Start))
        {
            var type = m.Label switch
            {
                EntityLabels.Person => 0,
                EntityLabels.Location => 1,
                EntityLabels.Organization => 2,
                EntityLabels.Misc => 3,
                _ => groupType,
            };
            if (type < 0)
            {
                continue;
            }

            var lo = 0;
            var hi = spans.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (spans[mid].End <= m.Span.Start)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            var first = true;
            for (var k = lo; k < spans.Count && spans[k].Start < m.Span.End; k++)
            {
                var (s, w, _, _) = spans[k];
                if (!first && (spans[k].Sentence != spans[k - 1].Sentence || labels[s][w] != NerLabels.O))
                {
                    break;
                }

                if (first && labels[s][w] != NerLabels.O)
                {
                    break;
                }

                labels[s][w] = first ? NerLabels.Begin(type) : NerLabels.Inside(type);
                first = false;
            }
        }

        return labels;
    }
}
