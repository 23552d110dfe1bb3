using System.Collections.Frozen;
using System.Globalization;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Time;

/// <summary>
/// Finds temporal expressions in the tokens of one sentence: a single pass of the lexicon trie over the
/// tokens (every phrase at every position), then a small hand-written grammar over those matches
/// (dates, paired month names, years with eras, centuries, decades, seasons, holidays, durations, sets,
/// relative expressions, ranges, calendar equivalences). Pure and thread-safe; the per-run scratch lives in
/// a <see cref="Scanner"/>.
/// </summary>
public sealed partial class TimexRecognizer
{
    /// <summary>Creates a recognizer over a lexicon.</summary>
    public TimexRecognizer(TimeLexicon lexicon) => Lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));

    /// <summary>The lexicon.</summary>
    public TimeLexicon Lexicon { get; }

    /// <summary>Recognizes every sentence of a document (noise sentences skipped).</summary>
    internal List<RawTimex> Recognize(AnalyzedDocument doc, CancellationToken cancellationToken = default)
    {
        var normalized = doc.Normalized ?? throw new InvalidOperationException("The normalization stage must run first.");
        var scanner = new Scanner(this, doc, normalized);
        var output = new List<RawTimex>();
        for (var s = 0; s < doc.Sentences.Length; s++)
        {
            if ((s & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var sentence = doc.Sentences[s];
            if (sentence.IsNoise || sentence.TokenCount == 0)
            {
                continue;
            }

            scanner.Scan(s, sentence.FirstToken, sentence.EndToken, output);
        }

        return output;
    }

    internal bool IsTemporalPreposition(ReadOnlySpan<char> norm) => Lexicon.IsTemporalPreposition(norm);
}
