using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Entities.Tagging;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Entities;

/// <summary>
/// Finds entity mentions in a document: tags every non-noise sentence with the trained model,
/// adds gazetteer places the model missed, trims titles and proclitics that are not part of the
/// name, and maps every mention back to the original text. Pure and thread-safe.
/// </summary>
public sealed class EntityRecognizer
{
    private readonly EntityResources _resources;
    private readonly EntityOptions _options;

    /// <summary>Creates a recognizer.</summary>
    public EntityRecognizer(EntityResources resources, EntityOptions? options = null)
    {
        _resources = resources;
        _options = options ?? EntityOptions.Default;
    }

    /// <summary>Finds the mentions of a document that carries sentences and tokens, ordered by start.</summary>
    public List<MentionDraft> Recognize(AnalyzedDocument doc, CancellationToken cancellationToken = default)
        => RecognizeWithIndex(doc, cancellationToken).Mentions;

    /// <summary>Finds the mentions and returns the document's word counts (used to build more mentions later).</summary>
    internal (List<MentionDraft> Mentions, Dictionary<string, int> DocNorms) RecognizeWithIndex(AnalyzedDocument doc, CancellationToken cancellationToken = default)
    {
        var normalized = doc.Normalized ?? throw new InvalidOperationException("The normalization stage must run first.");
        var tokens = doc.Tokens.AsSpan();
        var docNorms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in doc.Sentences)
        {
            if (s.IsNoise)
            {
                continue;
            }

            for (var i = s.FirstToken; i < s.EndToken; i++)
            {
                docNorms[tokens[i].Norm] = docNorms.GetValueOrDefault(tokens[i].Norm) + 1;
            }
        }

        var mentions = new List<MentionDraft>();
        var words = new List<NerWord>();
        var margins = new float[64];
        foreach (var sentence in doc.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sentence.IsNoise || sentence.TokenCount == 0)
            {
                continue;
            }

            words.Clear();
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var t = tokens[i];
                words.Add(new NerWord(t, doc.Source.Text.AsMemory(t.Span.Start, t.Span.Length)));
            }

            if (margins.Length < words.Count)
            {
                margins = new float[words.Count * 2];
            }

            var labels = _resources.Tagger.Tag(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words), margins);
            var taken = new bool[labels.Length];
            foreach (var (start, end, type) in NerLabels.Chunks(labels))
            {
                var conf = 0.0;
                for (var i = start; i < end; i++)
                {
                    conf += margins[i];
                }

                conf = 1 / (1 + Math.Exp(-conf / (end - start) / 4));
                var m = Build(doc, normalized, docNorms, sentence.FirstToken + start, sentence.FirstToken + end, type, conf, MentionSource.Tagger);
                if (m is not null && m.Confidence >= _options.MinConfidence)
                {
                    mentions.Add(m);
                    for (var i = start; i < end; i++)
                    {
                        taken[i] = true;
                    }
                }
            }

            // Gazetteer places the model missed (countries, continents, regions, or longer names).
            var sentenceTokens = tokens.Slice(sentence.FirstToken, sentence.TokenCount);
            foreach (var hit in _resources.Lexicon.Places.Match(sentenceTokens))
            {
                var free = true;
                for (var i = hit.Start; i < hit.Start + hit.Length; i++)
                {
                    free &= !taken[i];
                }

                var t0 = sentenceTokens[hit.Start];
                var strong = hit.Kind is "country" or "continent" or "region" || hit.Length > 1 || t0.Norm.Length - t0.PrefixLength >= 5;
                if (free && strong && _resources.Lexicon.CueOf(t0.Norm).Class == CueClass.None)
                {
                    var m = Build(doc, normalized, docNorms, sentence.FirstToken + hit.Start, sentence.FirstToken + hit.Start + hit.Length, 1, 0.6, MentionSource.Gazetteer);
                    if (m is not null)
                    {
                        mentions.Add(m);
                    }
                }
            }
        }

        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return (mentions, docNorms);
    }

    /// <summary>Builds a mention over tokens [first, end): drops leading titles, strips proclitics not part of the name.</summary>
    internal MentionDraft? Build(AnalyzedDocument doc, Normalization.NormalizedText normalized, Dictionary<string, int> docNorms, int first, int end, int type, double confidence, MentionSource source)
    {
        var tokens = doc.Tokens;
        while (end - first > 1 && tokens[end - 1].Kind == TokenKind.Punctuation)
        {
            end--;
        }

        while (end - first > 1 && (tokens[first].Kind == TokenKind.Punctuation
            || (type == 0 && _resources.Lexicon.CueOf(tokens[first].Norm).Class is CueClass.Title or CueClass.Kin)))
        {
            first++;
        }

        if (tokens[first].Kind == TokenKind.Punctuation)
        {
            return null;
        }

        var head = tokens[first];
        var strip = _options.StripClitics ? CliticsToStrip(head, docNorms) : 0;
        var start = head.Span.Start;
        var firstWord = head.Norm;
        if (strip > 0)
        {
            var k = 0;
            foreach (var (_, cliticSpan) in head.CliticSpans(normalized))
            {
                if (++k == strip)
                {
                    start = cliticSpan.End;
                    break;
                }
            }

            firstWord = head.BaseCandidate(strip).ToString();
            if (start >= head.Span.End || firstWord.Length == 0)
            {
                start = head.Span.Start;
                firstWord = head.Norm;
            }
        }

        var words = new string[end - first];
        words[0] = firstWord;
        for (var i = first + 1; i < end; i++)
        {
            words[i - first] = tokens[i].Norm;
        }

        var span = new TextSpan(start, tokens[end - 1].Span.End);
        return new MentionDraft(first, end, type, span, words, confidence, source);
    }

    /// <summary>
    /// How many proclitics of a name's first token to strip: the candidate (whole token, without the
    /// conjunction, without conjunction and preposition…) with the most evidence — how often it
    /// occurs as a whole token elsewhere in the document, the gazetteer, the names seen in training.
    /// Without evidence a conjunction (و ف) is stripped and a preposition (ب ل ك) kept, since many
    /// foreign names begin with ب or ل (برلين، لندن). The article is kept unless merged in لل.
    /// </summary>
    internal int CliticsToStrip(Token head, Dictionary<string, int> docNorms)
    {
        if (head.Clitics == Proclitics.None || head.Kind != TokenKind.Arabic)
        {
            return 0;
        }

        var n = head.CliticCount;
        var max = (head.Clitics & Proclitics.Al) != 0 && (head.Clitics & Proclitics.Li) == 0 ? n - 1 : n;
        if (max <= 0)
        {
            return 0;
        }

        var conj = (head.Clitics & (Proclitics.Wa | Proclitics.Fa)) != 0 ? 1 : 0;
        var fallback = conj;
        // "بال…", "وبال…": the preposition before the article is never part of a name.
        if ((head.Clitics & (Proclitics.Bi | Proclitics.Ka)) != 0 && (head.Clitics & Proclitics.Al) != 0)
        {
            fallback = max;
        }

        if ((head.Clitics & Proclitics.Li) != 0 && (head.Clitics & Proclitics.Al) != 0)
        {
            fallback = n; // لل: strip ل and the elided article
        }

        var best = fallback;
        var bestScore = Score(head, fallback, docNorms);
        for (var k = 0; k <= max; k++)
        {
            var candidate = head.BaseCandidate(k);
            if (candidate.Length < 2 || k == fallback)
            {
                continue;
            }

            var s = Score(head, k, docNorms);
            if (s > bestScore)
            {
                best = k;
                bestScore = s;
            }
        }

        return best;
    }

    private double Score(Token head, int k, Dictionary<string, int> docNorms)
    {
        var candidate = head.BaseCandidate(k).ToString();
        var count = docNorms.GetValueOrDefault(candidate) - (k == 0 ? 1 : 0);
        var score = Math.Min(count, 5);
        var gaz = _resources.Lexicon.Places;
        if (gaz.KindOf(candidate) is not null)
        {
            score += 3;
        }

        if (_resources.Tagger.Model.NameWords.Contains(candidate))
        {
            score += 2;
        }

        return score;
    }
}
