using System.Collections.Immutable;
using System.Text;
using Tarikh.Core.Entities.Tagging;

namespace Tarikh.Core.Checks.Evaluation;

/// <summary>One document of a flag survey: an id that names its file (and part), and its text.</summary>
/// <param name="Id">The file name relative to the corpus root, with <c>#N</c> for the N-th part of a long file.</param>
/// <param name="Text">The text analyzed; flag offsets point into it.</param>
/// <param name="Words">Number of words (white-space separated) in <paramref name="Text"/>.</param>
public sealed record CorpusDocument(string Id, string Text, int Words);

/// <summary>
/// Turns the files of a corpus into documents for <see cref="FlagSurvey"/> and
/// <see cref="MutationEvaluation"/>: plain text as it is, and token-per-line NER corpora (ANERcorp,
/// AQMAR, WikiFANE) rebuilt into running text. The rebuilding is deterministic, so offsets into a rebuilt
/// document stay valid from one run to the next and the reviewed-flag list can name them.
/// </summary>
public static class FlagCorpus
{
    /// <summary>Default size of a part of a long token-per-line file, in words.</summary>
    public const int DefaultPartWords = 6000;

    private const string NoSpaceBefore = ".,،؛;:)]}»?!؟%";
    private const string NoSpaceAfter = "([{«";

    /// <summary>
    /// True when the text is a token-per-line corpus: most non-blank lines of its first part are one word
    /// and one label (<c>word O</c>, <c>word\tB-PER</c>).
    /// </summary>
    public static bool LooksLikeConll(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        int lines = 0, tagged = 0;
        foreach (var raw in content.AsSpan(0, Math.Min(content.Length, 20_000)).EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            lines++;
            var cut = line.LastIndexOfAny(' ', '\t');
            if (cut > 0 && line[..cut].Trim().IndexOfAny(' ', '\t') < 0)
            {
                var label = line[(cut + 1)..];
                if (label.SequenceEqual("O") || (label.Length > 2 && label[1] == '-' && (label[0] == 'B' || label[0] == 'I')))
                {
                    tagged++;
                }
            }
        }

        return lines >= 5 && tagged * 10 >= lines * 9;
    }

    /// <summary>
    /// The documents of one file: a plain text is one document; a token-per-line corpus is rebuilt into
    /// running text and cut at sentence ends into parts of about <paramref name="partWords"/> words.
    /// </summary>
    /// <param name="name">The file's name relative to the corpus root.</param>
    /// <param name="content">The decoded content.</param>
    /// <param name="partWords">Words per part of a long token-per-line file.</param>
    public static ImmutableArray<CorpusDocument> Split(string name, string content, int partWords = DefaultPartWords)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(content);
        if (!LooksLikeConll(content))
        {
            return [new CorpusDocument(name, content, CountWords(content))];
        }

        var sentences = ConllCorpus.ParseWords(content).SelectMany(CutAtSentenceEnds);
        var parts = ImmutableArray.CreateBuilder<CorpusDocument>();
        var sb = new StringBuilder();
        int words = 0, inParagraph = 0, part = 0;
        foreach (var sentence in sentences)
        {
            if (sentence.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                // A paragraph break every few sentences keeps paragraphs the size of an article's.
                sb.Append(inParagraph >= 6 ? '\n' : ' ');
                inParagraph = inParagraph >= 6 ? 0 : inParagraph;
            }

            AppendSentence(sb, sentence);
            inParagraph++;
            words += sentence.Length;
            if (words >= partWords)
            {
                var done = sb.ToString();
                parts.Add(new CorpusDocument($"{name}#{++part}", done, CountWords(done)));
                sb.Clear();
                words = 0;
                inParagraph = 0;
            }
        }

        if (sb.Length > 0)
        {
            var rest = sb.ToString();
            parts.Add(new CorpusDocument(part == 0 ? name : $"{name}#{++part}", rest, CountWords(rest)));
        }

        return parts.ToImmutable();
    }

    /// <summary>Cuts a token list after each sentence-final mark (some corpora have no blank lines between sentences).</summary>
    private static IEnumerable<string[]> CutAtSentenceEnds(string[] words)
    {
        var start = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] is "." or "؟" or "?" or "!")
            {
                yield return words[start..(i + 1)];
                start = i + 1;
            }
        }

        if (start < words.Length)
        {
            yield return words[start..];
        }
    }

    /// <summary>Joins the words of one sentence as running text: no space before closing punctuation, none after opening.</summary>
    public static void AppendSentence(StringBuilder sb, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(words);
        var glue = true;
        foreach (var raw in words)
        {
            var word = raw.Trim('\u200E', '\u200F', '\uFEFF');
            if (word.Length == 0)
            {
                continue;
            }

            var closes = word.Length == 1 && NoSpaceBefore.Contains(word[0], StringComparison.Ordinal);
            if (!glue && !closes)
            {
                sb.Append(' ');
            }

            sb.Append(word);
            glue = word.Length == 1 && NoSpaceAfter.Contains(word[0], StringComparison.Ordinal);
        }
    }

    /// <summary>Number of white-space separated words.</summary>
    public static int CountWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int n = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                n++;
            }

            inWord = !space;
        }

        return n;
    }
}
