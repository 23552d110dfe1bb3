using System.Collections.Immutable;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;

namespace Tarikh.Core.Segmentation;

/// <summary>Adds sentences (marked as noise where they lie on a noise line) and tokens with clitics.</summary>
public sealed class SegmentationStage : IStage
{
    private readonly SentenceSplitter _splitter;
    private readonly Tokenizer _tokenizer;

    /// <summary>Creates the stage.</summary>
    public SegmentationStage(SentenceSplitter? splitter = null, Tokenizer? tokenizer = null)
    {
        _splitter = splitter ?? SentenceSplitter.Default;
        _tokenizer = tokenizer ?? Tokenizer.Default;
    }

    /// <inheritdoc />
    public string Name => "segmentation";

    /// <inheritdoc />
    public IReadOnlyList<Layer> Requires => [Layer.Normalized, Layer.Noise];

    /// <inheritdoc />
    public IReadOnlyList<Layer> Produces => [Layer.Sentences, Layer.Tokens];

    /// <inheritdoc />
    public AnalyzedDocument Run(AnalyzedDocument document, CancellationToken cancellationToken = default)
    {
        var normalized = document.Normalized ?? throw new InvalidOperationException("The normalization stage must run first.");
        var candidates = _splitter.Split(normalized.Text);

        // Count first, then fill one exactly sized array: no growing buffer and no copy of the tokens.
        var total = 0;
        foreach (var candidate in candidates)
        {
            total += _tokenizer.Count(normalized, candidate.NormSpan);
        }

        var tokens = new Token[total];
        var written = 0;
        var sentences = ImmutableArray.CreateBuilder<Sentence>(candidates.Count);
        // Distinct words: about one per 12 characters in an article, far fewer per character in a long corpus.
        using var pool = _tokenizer.CreatePool(Math.Min(normalized.Length / 10, 4096 + (normalized.Length / 48)));
        var noise = document.Noise;
        var noiseIndex = 0;
        var heading = -1;
        foreach (var candidate in candidates)
        {
            if (sentences.Count % 256 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var span = normalized.ToSource(candidate.NormSpan);
            while (noiseIndex < noise.Length && noise[noiseIndex].Span.End <= span.Start)
            {
                noiseIndex++;
            }

            var isNoise = noiseIndex < noise.Length && noise[noiseIndex].Span.Contains(span);
            var first = written;
            written += _tokenizer.Tokenize(normalized, candidate.NormSpan, sentences.Count, tokens.AsSpan(written), pool);
            if (candidate.Kind == SentenceKind.Heading && !isNoise)
            {
                heading = sentences.Count;
            }

            sentences.Add(new Sentence(span, first, written - first, candidate.Kind, isNoise, candidate.Kind == SentenceKind.Heading ? -1 : heading));
        }

        if (written != total)
        {
            throw new InvalidOperationException($"Tokenizer count mismatch: counted {total}, wrote {written}.");
        }

        return document with
        {
            Sentences = sentences.MoveToImmutable(),
            Tokens = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(tokens),
            Layers = document.Layers.Add(Layer.Sentences).Add(Layer.Tokens),
        };
    }
}
