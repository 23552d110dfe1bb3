using System.Collections.Frozen;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using ArabicNormalizer = Tarikh.Core.Normalization.ArabicNormalizer;
using Tarikh.Core.Segmentation;
using Token = Tarikh.Core.Segmentation.Token;

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

    /// <summary>
    /// The index terms of a text from the pipeline's own tokens, with their positions: the same terms and positions
    /// <see cref="CreateTokenStream"/> gives on <paramref name="text"/>, without a second tokenization, normalization and
    /// proclitic analysis. A token standing alone between spaces (with at most punctuation around it) takes its
    /// normalized form and proclitic analysis from the token; a run of tokens written together (a word glued to a
    /// number, "U.S.", "3.5") or with characters the pipeline did not tokenize between them is analyzed by the
    /// Lucene chain as before, since Unicode word breaking may join what the pipeline split. Each distinct word is
    /// stemmed once per call. <paramref name="emit"/> receives every term with its position (1-based, stop words
    /// counted as gaps, as Lucene's position increments).
    /// </summary>
    /// <param name="text">The original text the tokens point into.</param>
    /// <param name="tokens">The pipeline's tokens of that text (segmentation layer), ordered.</param>
    /// <param name="extraNames">The document's own name words, kept whole (as <see cref="CreateTokenStream"/>).</param>
    /// <param name="emit">Receives (term, position).</param>
    public void TokenTerms(string text, ReadOnlySpan<Token> tokens, IReadOnlySet<string> extraNames, Action<string, int> emit)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(emit);
        var stemmer = new ArabicStemmer();
        var terms = new Dictionary<string, string?>(StringComparer.Ordinal);
        var buffer = new char[64];
        var position = 0;
        var pending = 0;
        var i = 0;
        while (i < tokens.Length)
        {
            // The run: tokens written together (no space between them).
            var end = i + 1;
            while (end < tokens.Length && Joined(text, tokens[end - 1].Span.End, tokens[end].Span.Start))
            {
                end++;
            }

            var word = -1;
            var simple = true;
            for (var k = i; k < end && simple; k++)
            {
                var t = tokens[k];
                if (t.Kind == TokenKind.Symbol)
                {
                    simple = false; // other scripts, emoji, symbols: Unicode word breaking decides
                }
                else if (t.Kind != TokenKind.Punctuation)
                {
                    simple = word < 0 && t.Span.Length <= StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH;
                    word = k;
                }
                else if (text.AsSpan(t.Span.Start, t.Span.Length).IndexOfAny(JoiningPunctuation) >= 0)
                {
                    simple = false;
                }
            }

            if (!simple)
            {
                // Unicode word breaking decides here: the Lucene chain on the run's text.
                var start = tokens[i].Span.Start;
                using var ts = CreateTokenStream(text.Substring(start, tokens[end - 1].Span.End - start), extraNames);
                var termAttr = ts.AddAttribute<ICharTermAttribute>();
                var increment = ts.AddAttribute<IPositionIncrementAttribute>();
                ts.Reset();
                while (ts.IncrementToken())
                {
                    position += pending + Math.Max(1, increment.PositionIncrement);
                    pending = 0;
                    emit(termAttr.ToString(), position);
                }

                ts.End();
                pending += increment.PositionIncrement;
            }
            else if (word >= 0)
            {
                var t = tokens[word];
                if (!terms.TryGetValue(t.Norm, out var term))
                {
                    term = Term(t, stemmer, ref buffer, extraNames);
                    terms[t.Norm] = term;
                }

                if (term is null)
                {
                    pending++; // a stop word: a gap, as Lucene's StopFilter leaves
                }
                else if (term.Length > 0)
                {
                    position += pending + 1;
                    pending = 0;
                    emit(term, position);
                }
            }

            i = end;
        }
    }

    /// <summary>The term of a lone token: null for a stop word, empty when normalization leaves nothing.</summary>
    private string? Term(Token token, ArabicStemmer stemmer, ref char[] buffer, IReadOnlySet<string> extraNames)
    {
        var norm = token.Norm;
        if (norm.Length == 0)
        {
            return string.Empty;
        }

        if (_stopWords.Contains(norm))
        {
            return null;
        }

        if (!IsArabicLetter(norm[0]))
        {
            return norm;
        }

        if (buffer.Length < norm.Length)
        {
            buffer = new char[norm.Length * 2];
        }

        norm.CopyTo(0, buffer, 0, norm.Length);
        if (StemFilter.Protected(buffer, norm.Length, _names, extraNames) is { } name)
        {
            return name;
        }

        // The pipeline analyzed the proclitics of Arabic tokens with the same analyzer; others are analyzed here.
        var prefix = token.Kind == TokenKind.Arabic && ReferenceEquals(_clitics, CliticAnalyzer.Default) ? token.PrefixLength : _clitics.Analyze(norm).PrefixLength;
        var length = norm.Length - prefix;
        Array.Copy(buffer, prefix, buffer, 0, length);
        length = stemmer.StemSuffix(buffer, length);
        return new string(buffer, 0, length);
    }

    /// <summary>
    /// Characters that join a word to what stands next to it even at its edge (Unicode ExtendNumLet: "_word" is one
    /// word). The joiners between two words (MidLetter, MidNum: "U.S", "3.5", "3,000") matter only in runs of two
    /// words or more, which go to the Lucene chain anyway.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> JoiningPunctuation = System.Buffers.SearchValues.Create("_\u203F\u2040\u2054\uFE33\uFE34\uFE4D\uFE4E\uFE4F\uFF3F");

    /// <summary>True when the gap between two tokens has no white space (the tokens are written together, or joined by characters the pipeline skipped).</summary>
    private static bool Joined(string text, int end, int start)
    {
        for (var p = end; p < start; p++)
        {
            if (char.IsWhiteSpace(text[p]))
            {
                return false;
            }
        }

        return true;
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

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A' or >= '\u0671' and <= '\u06D3';

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
            // The forms are looked up as spans of the buffer (ordinal sets: no string per form tried); a string is made
            // only for the form found.
            var start = 0;
            while (true)
            {
                var rest = length - start;
                if (rest < 2)
                {
                    return null;
                }

                var form = buffer.AsSpan(start, rest);
                if (Contains(names, form) || (extra is not null && Contains(extra, form)))
                {
                    return form.ToString();
                }

                if (rest > 4 && buffer[start] == '\u0627' && buffer[start + 1] == '\u0644')
                {
                    var bare = buffer.AsSpan(start + 2, rest - 2);
                    if (Contains(names, bare) || (extra is not null && Contains(extra, bare)))
                    {
                        return bare.ToString();
                    }
                }

                if (start >= 2 || buffer[start] is not ('\u0648' or '\u0641' or '\u0628' or '\u0644' or '\u0643'))
                {
                    return null;
                }

                start++;
            }
        }

        /// <summary>Whether <paramref name="set"/> holds the word: by span when the set is an ordinal frozen or hash set, else through a string.</summary>
        private static bool Contains(IReadOnlySet<string> set, ReadOnlySpan<char> word)
        {
            if (set is FrozenSet<string> frozen && ReferenceEquals(frozen.Comparer, StringComparer.Ordinal))
            {
                return frozen.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            }

            if (set is HashSet<string> hash && ReferenceEquals(hash.Comparer, StringComparer.Ordinal))
            {
                return hash.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            }

            return set.Count > 0 && set.Contains(word.ToString());
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

    }
}
