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
/// Proper names are never stemmed: a word listed in the person or place gazetteers (or, per document,
/// a word of the names the entity layer found, see <see cref="CreateTokenStream"/>) keeps its whole form
/// after the proclitics و ف ب ل ك ال are removed, so ستالين is not cut to the stem of التالي (the future
/// marker س and the suffix ين both look like affixes). Thread-safe (Lucene reuses components per thread).
/// </summary>
public sealed class TarikhArabicAnalyzer : Analyzer
{
    private readonly ArabicNormalizer _normalizer;
    private readonly CliticAnalyzer _clitics;
    private readonly CharArraySet _stopWords;
    private readonly IReadOnlySet<string> _names;

    /// <summary>Creates the analyzer.</summary>
    /// <param name="normalizer">The normalizer (default: Tarikh's).</param>
    /// <param name="clitics">The proclitic analyzer (default: Tarikh's).</param>
    /// <param name="protectedNames">Normalized words never stemmed; default: <see cref="NameWords.Default"/>. Pass an empty set to stem everything.</param>
    public TarikhArabicAnalyzer(ArabicNormalizer? normalizer = null, CliticAnalyzer? clitics = null, IReadOnlySet<string>? protectedNames = null)
    {
        _normalizer = normalizer ?? ArabicNormalizer.Default;
        _clitics = clitics ?? CliticAnalyzer.Default;
        _names = protectedNames ?? NameWords.Default;
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

    /// <summary>The protected form of a word: the normalized word without its proclitics when that is a name, else null.</summary>
    public string? NameForm(string word, IReadOnlySet<string>? extraNames = null)
    {
        ArgumentNullException.ThrowIfNull(word);
        var norm = _normalizer.NormalizeString(word);
        return StemFilter.Protected(norm.ToCharArray(), norm.Length, _names, extraNames) is { } form ? form : null;
    }

    /// <summary>
    /// The words of a query, each as its index term (stemmed unless a gazetteer name) and the whole forms
    /// it may stand for (normalized, not stemmed, with none, one or two of the proclitics و ف ب ل ك and
    /// the article removed, longest first): a document holds a whole form when the entity layer found the
    /// word in one of its names.
    /// </summary>
    public IReadOnlyList<(string Term, IReadOnlyList<string> Wholes)> QueryWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<(string, IReadOnlyList<string>)>();
        foreach (var word in text.Split((char[])[' ', '\t', '\n', '\r', '،', ',', '.', '؛', ';', '"', '«', '»', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            var terms = Terms(word);
            if (terms.Count == 1)
            {
                result.Add((terms[0], WholeForms(_normalizer.NormalizeString(word))));
            }
            else
            {
                result.AddRange(terms.Select(t => (t, (IReadOnlyList<string>)[])));
            }
        }

        return result;
    }

    /// <summary>A token stream of <paramref name="text"/> that also keeps <paramref name="extraNames"/> (normalized words) whole: a document's own names.</summary>
    public TokenStream CreateTokenStream(string text, IReadOnlySet<string> extraNames)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, new StringReader(text));
        TokenStream sink = new NormalizeFilter(source, _normalizer);
        sink = new StopFilter(LuceneVersion.LUCENE_48, sink, _stopWords);
        return new StemFilter(sink, _clitics, _names, extraNames);
    }

    /// <summary>The word, then without one and two leading و ف ب ل ك, each also without an article.</summary>
    internal static List<string> WholeForms(string norm)
    {
        var forms = new List<string>();
        for (var start = 0; start <= 2 && norm.Length - start >= 2; start++)
        {
            if (start > 0 && norm[start - 1] is not ('\u0648' or '\u0641' or '\u0628' or '\u0644' or '\u0643'))
            {
                break;
            }

            var rest = norm[start..];
            forms.Add(rest);
            if (rest.Length > 4 && rest[0] == '\u0627' && rest[1] == '\u0644')
            {
                forms.Add(rest[2..]);
            }
        }

        return forms;
    }

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream sink = new NormalizeFilter(source, _normalizer);
        sink = new StopFilter(LuceneVersion.LUCENE_48, sink, _stopWords);
        sink = new StemFilter(sink, _clitics, _names, null);
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
        private readonly IReadOnlySet<string> _names;
        private readonly IReadOnlySet<string>? _extra;

        public StemFilter(TokenStream input, CliticAnalyzer clitics, IReadOnlySet<string> names, IReadOnlySet<string>? extra)
            : base(input)
        {
            _clitics = clitics;
            _names = names;
            _extra = extra;
            _term = AddAttribute<ICharTermAttribute>();
        }

        /// <summary>The word, or the word without leading و ف ب ل ك (at most two) and an article, when that is a protected name.</summary>
        public static string? Protected(char[] buffer, int length, IReadOnlySet<string> names, IReadOnlySet<string>? extra)
        {
            var start = 0;
            while (true)
            {
                var rest = length - start;
                if (rest < 2)
                {
                    return null;
                }

                var form = new string(buffer, start, rest);
                if (names.Contains(form) || (extra is not null && extra.Contains(form)))
                {
                    return form;
                }

                if (rest > 4 && buffer[start] == '\u0627' && buffer[start + 1] == '\u0644')
                {
                    var bare = new string(buffer, start + 2, rest - 2);
                    if (names.Contains(bare) || (extra is not null && extra.Contains(bare)))
                    {
                        return bare;
                    }
                }

                if (start >= 2 || buffer[start] is not ('\u0648' or '\u0641' or '\u0628' or '\u0644' or '\u0643'))
                {
                    return null;
                }

                start++;
            }
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

            if (Protected(buffer, length, _names, _extra) is { } name)
            {
                _term.SetEmpty().Append(name);
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
