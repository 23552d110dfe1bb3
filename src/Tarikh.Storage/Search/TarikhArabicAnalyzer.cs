using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using ArabicNormalizer = Tarikh.Core.Normalization.ArabicNormalizer;
using Tarikh.Core.Segmentation;

namespace Tarikh.Storage.Search;

/// <summary>
/// The search analyzer: Unicode word tokens → Tarikh's <see cref="ArabicNormalizer"/> (harakat, tatweel,
/// alef/ya/ta-marbuta folding, digits, Latin lower case) → Arabic stop words → Tarikh's proclitic
/// stripping (و ف ب ل ك ال، لل) → Lucene's light suffix stemming. So الرئيس، لرئيس، والرئيس and رئيس
/// index to one term. Token offsets stay those of the original text, for highlighting.
/// Thread-safe (Lucene reuses components per thread).
/// </summary>
public sealed class TarikhArabicAnalyzer : Analyzer
{
    private readonly ArabicNormalizer _normalizer;
    private readonly CliticAnalyzer _clitics;
    private readonly CharArraySet _stopWords;

    /// <summary>Creates the analyzer.</summary>
    public TarikhArabicAnalyzer(ArabicNormalizer? normalizer = null, CliticAnalyzer? clitics = null)
    {
        _normalizer = normalizer ?? ArabicNormalizer.Default;
        _clitics = clitics ?? CliticAnalyzer.Default;
        var stops = new CharArraySet(LuceneVersion.LUCENE_48, 200, false);
        foreach (var w in ArabicAnalyzer.DefaultStopSet)
        {
            stops.Add(_normalizer.NormalizeString(w.ToString() ?? string.Empty));
        }

        _stopWords = stops.AsReadOnly();
    }

    /// <summary>Analyzes a string into its index terms (for tests and query building).</summary>
    public IReadOnlyList<string> Terms(string text, string field = "text")
    {
        var terms = new List<string>();
        using var ts = GetTokenStream(field, new StringReader(text));
        var term = ts.AddAttribute<ICharTermAttribute>();
        ts.Reset();
        while (ts.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        ts.End();
        return terms;
    }

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream sink = new NormalizeFilter(source, _normalizer);
        sink = new StopFilter(LuceneVersion.LUCENE_48, sink, _stopWords);
        sink = new StemFilter(sink, _clitics);
        return new TokenStreamComponents(source, sink);
    }

    private sealed class NormalizeFilter : TokenFilter
    {
        private readonly ArabicNormalizer _normalizer;
        private readonly ICharTermAttribute _term;

        public NormalizeFilter(TokenStream input, ArabicNormalizer normalizer)
            : base(input)
        {
            _normalizer = normalizer;
            _term = AddAttribute<ICharTermAttribute>();
        }

        public override bool IncrementToken()
        {
            while (m_input.IncrementToken())
            {
                var norm = _normalizer.NormalizeString(_term.Buffer.AsSpan(0, _term.Length));
                if (norm.Length == 0)
                {
                    continue;
                }

                _term.SetEmpty().Append(norm);
                return true;
            }

            return false;
        }
    }

    private sealed class StemFilter : TokenFilter
    {
        private readonly CliticAnalyzer _clitics;
        private readonly ArabicStemmer _stemmer = new();
        private readonly ICharTermAttribute _term;

        public StemFilter(TokenStream input, CliticAnalyzer clitics)
            : base(input)
        {
            _clitics = clitics;
            _term = AddAttribute<ICharTermAttribute>();
        }

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }

            var buffer = _term.Buffer;
            var length = _term.Length;
            if (length == 0 || !IsArabicLetter(buffer[0]))
            {
                return true;
            }

            var (_, prefix) = _clitics.Analyze(buffer.AsSpan(0, length));
            if (prefix > 0)
            {
                Array.Copy(buffer, prefix, buffer, 0, length - prefix);
                length -= prefix;
            }

            length = _stemmer.StemSuffix(buffer, length);
            _term.Length = length;
            return true;
        }

        private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A' or >= '\u0671' and <= '\u06D3';
    }
}
