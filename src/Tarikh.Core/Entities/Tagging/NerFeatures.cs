using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Entities.Tagging;

/// <summary>
/// Turns a sentence of <see cref="NerWord"/>s into hashed feature keys per token: word, normalized
/// form, base after proclitics, light stem, affixes, shape, position, neighbours (±2), gazetteer
/// hits, cue words (titles, name-chain links, kinship nouns, organization and place heads).
/// Pure and thread-safe; the per-sentence scratch lives in <see cref="SentenceFeatures"/>.
/// </summary>
public sealed class NerFeatures
{
    /// <summary>Version of the feature templates; stored in the model and checked on load.</summary>
    public const int Version = 7;

    /// <summary>Upper bound of features per token.</summary>
    public const int MaxPerToken = 80;

    private readonly NerLexicon _lexicon;

    /// <summary>Creates the extractor.</summary>
    public NerFeatures(NerLexicon lexicon) => _lexicon = lexicon;

    /// <summary>The lexicon used for cue and gazetteer features.</summary>
    public NerLexicon Lexicon => _lexicon;

    /// <summary>Per-token precomputed hashes.</summary>
    private struct Info
    {
        public ulong Norm, Surface, Base, Stem, Pre1, Pre2, Pre3, Suf1, Suf2, Suf3, RawPre2, Shape, Clitics, Gaz, Cue, CueKind, Stat, Label, Cl0, Cl1, Cl2, NGaz, NType, Quote, QuoteCue, Grp, Role;
    }

    private static readonly Info Boundary = new()
    {
        Norm = 1, Surface = 1, Base = 1, Stem = 1, Pre1 = 1, Pre2 = 1, Pre3 = 1, Suf1 = 1, Suf2 = 1, Suf3 = 1, RawPre2 = 1, Shape = 1, Clitics = 1, Gaz = 1, Cue = 1, CueKind = 1, Stat = 1, Label = 1, Cl0 = 1, Cl1 = 1, Cl2 = 1, NGaz = 1, NType = 1, Quote = 1, QuoteCue = 1, Grp = 1, Role = 1,
    };

    /// <summary>Extracts the features of every token of a sentence; returns them as a flat array with offsets.</summary>
    /// <param name="words">The sentence.</param>
    /// <param name="stats">Word statistics (the model's, or a jackknifed table while training); null for none.</param>
    /// <param name="clusters">Word clusters (the model's); null for none.</param>
    public SentenceFeatures Extract(ReadOnlySpan<NerWord> words, WordStats? stats = null, WordClusters? clusters = null)
    {
        var n = words.Length;
        var keys = new uint[n * MaxPerToken];
        var offsets = new int[n + 1];
        Extract(words, stats, clusters, keys, offsets);
        return new SentenceFeatures(keys, offsets);
    }

    /// <summary>
    /// As <see cref="Extract(ReadOnlySpan{NerWord}, WordStats?, WordClusters?)"/>, into arrays rented from the shared
    /// array pool: the caller gives them back with <see cref="SentenceFeatures.ReturnRented"/> once the sentence is tagged.
    /// </summary>
    internal SentenceFeatures ExtractRented(ReadOnlySpan<NerWord> words, WordStats? stats, WordClusters? clusters)
    {
        var n = words.Length;
        var keys = System.Buffers.ArrayPool<uint>.Shared.Rent(Math.Max(1, n * MaxPerToken));
        var offsets = System.Buffers.ArrayPool<int>.Shared.Rent(n + 1);
        Extract(words, stats, clusters, keys, offsets);
        return new SentenceFeatures(keys, offsets, n);
    }

    /// <summary>Writes the keys of every token into <paramref name="keys"/> (at least n × <see cref="MaxPerToken"/>) and the n + 1 offsets; returns the key count.</summary>
    private int Extract(ReadOnlySpan<NerWord> words, WordStats? stats, WordClusters? clusters, uint[] keys, int[] offsets)
    {
        stats ??= WordStats.Empty;
        clusters ??= WordClusters.Empty;
        var n = words.Length;

        // Per-sentence scratch from the shared array pool (a document's sentences would otherwise allocate
        // several hundred bytes per token here).
        var infoArray = System.Buffers.ArrayPool<Info>.Shared.Rent(n);
        var tokenArray = System.Buffers.ArrayPool<Token>.Shared.Rent(n);
        var gazArray = System.Buffers.ArrayPool<int>.Shared.Rent(n);
        var quoteArray = System.Buffers.ArrayPool<int>.Shared.Rent(n);
        try
        {
            var infos = infoArray.AsSpan(0, n);
            infos.Clear();
            var tokens = tokenArray.AsSpan(0, n);
            var gaz = gazArray.AsSpan(0, n);
            gaz.Clear();
            var quotes = quoteArray.AsSpan(0, n);
            return Extract(words, stats, clusters, infos, tokens, gaz, quotes, keys, offsets);
        }
        finally
        {
            System.Buffers.ArrayPool<Info>.Shared.Return(infoArray);
            System.Buffers.ArrayPool<Token>.Shared.Return(tokenArray, clearArray: true);
            System.Buffers.ArrayPool<int>.Shared.Return(gazArray);
            System.Buffers.ArrayPool<int>.Shared.Return(quoteArray);
        }
    }

    private int Extract(ReadOnlySpan<NerWord> words, WordStats stats, WordClusters clusters, Span<Info> infos, Span<Token> tokens, Span<int> gaz, Span<int> quotes, uint[] keys, int[] offsets)
    {
        var n = words.Length;
        for (var i = 0; i < n; i++)
        {
            tokens[i] = words[i].ForFeatures().Token;
        }

        foreach (var hit in _lexicon.Places.Hits(tokens))
        {
            var kindCode = (int)(FeatureHash.Of(hit.Kind) & 0xFFFF) + 1;
            for (var j = 0; j < hit.Length; j++)
            {
                gaz[hit.Start + j] = (kindCode << 1) | (j == 0 ? 0 : 1);
            }
        }

        // Name-gazetteer hits go straight into the token infos (fine kind and coarse type, B/I in the low bit);
        // the template offsets are added below.
        foreach (var hit in _lexicon.Names.Hits(tokens))
        {
            var kind = FeatureHash.Of(hit.Kind);
            var colon = hit.Kind.IndexOf(':');
            var type = FeatureHash.Of(colon > 0 ? hit.Kind.AsSpan(0, colon) : hit.Kind);
            for (var j = 0; j < hit.Length; j++)
            {
                infos[hit.Start + j].NGaz = (kind << 1) | (j == 0 ? 0UL : 1UL);
                infos[hit.Start + j].NType = (type << 1) | (j == 0 ? 0UL : 1UL);
            }
        }

        // Group names (peoples, dynasties, communities, tribes): kind with B/I in the low bit.
        foreach (var hit in _lexicon.Groups.Match(tokens))
        {
            var kind = FeatureHash.Of(hit.Kind);
            for (var j = 0; j < hit.Length; j++)
            {
                infos[hit.Start + j].Grp = (kind << 1) | (j == 0 ? 0UL : 1UL);
            }
        }

        QuotePositions(words, quotes);
        for (var i = 0; i < n; i++)
        {
            ref var info = ref infos[i];
            var t = tokens[i];
            var norm = t.Norm.AsSpan();
            var b = t.NormBase;
            info.Norm = FeatureHash.Of(norm);
            info.Surface = FeatureHash.Of(words[i].Surface.Span);
            info.Base = FeatureHash.Of(b);
            info.Stem = FeatureHash.Of(LightStemmer.Stem(b.Length >= 2 ? b : norm));
            info.Pre1 = FeatureHash.Of(b[..Math.Min(1, b.Length)]);
            info.Pre2 = FeatureHash.Of(b[..Math.Min(2, b.Length)]);
            info.Pre3 = FeatureHash.Of(b[..Math.Min(3, b.Length)]);
            info.Suf1 = FeatureHash.Of(norm[Math.Max(0, norm.Length - 1)..]);
            info.Suf2 = FeatureHash.Of(norm[Math.Max(0, norm.Length - 2)..]);
            info.Suf3 = FeatureHash.Of(norm[Math.Max(0, norm.Length - 3)..]);
            info.RawPre2 = FeatureHash.Of(norm[..Math.Min(2, norm.Length)]);
            info.Shape = (ulong)Shape(t, words[i].Surface.Span) + 7;
            info.Clitics = (ulong)t.Clitics + 11;
            info.Gaz = (ulong)gaz[i] + 13;
            var cue = CueOf(t);
            info.Cue = (ulong)cue.Class + 17;
            info.CueKind = cue.Kind is null ? 19 : FeatureHash.Of(cue.Kind);
            var stat = t.Kind is TokenKind.Arabic or TokenKind.Latin ? stats.Of(b) : new WordStat(255, 255, 255);
            info.Stat = 23 + (ulong)stat.FrequencyBucket * 16 + stat.ArticleBucket;
            info.Label = 29 + (ulong)stat.LabelCode;
            var code = clusters.Count == 0 ? 0u : clusters.Of(b);
            info.Cl0 = 31 + (ulong)WordClusters.Level(code, 0);
            info.Cl1 = 37 + (ulong)WordClusters.Level(code, 1);
            info.Cl2 = 41 + (ulong)WordClusters.Level(code, 2);
            info.NGaz += 43;
            info.NType += 47;
            var q = quotes[i];
            info.Quote = 53 + (ulong)(q & 7);
            info.QuoteCue = q == 0 ? 59 : (q >> 3) == 0 ? 61 : infos[(q >> 3) - 1].Base ^ 0x5157;
            info.Grp += 67;
            var role = Names.ClassicalNames.RoleOf(norm);
            if (role == Names.NameRole.None && t.PrefixLength > 0)
            {
                role = Names.ClassicalNames.RoleOf(b);
            }

            info.Role = 71 + (ulong)role;
        }

        var count = 0;
        for (var i = 0; i < n; i++)
        {
            offsets[i] = count;
            count += Token(infos, i, keys.AsSpan(count, MaxPerToken));
        }

        offsets[n] = count;
        return count;
    }

    /// <summary>Longest run of words between a pair of quotation marks that still counts as a quoted title.</summary>
    private const int MaxQuoted = 8;

    /// <summary>
    /// For each word inside a pair of quotation marks (« », “ ”, or two straight quotes) at most
    /// <see cref="MaxQuoted"/> words apart: its place in the quote (1 first, 2 inside, 3 last, 4 only
    /// word) in the low 3 bits, and above them the index of the word before the opening mark plus one
    /// (0 when the quote opens the sentence). Zero for words outside quotes.
    /// </summary>
    internal static int[] QuotePositions(ReadOnlySpan<NerWord> words)
    {
        var result = new int[words.Length];
        QuotePositions(words, result);
        return result;
    }

    /// <summary>As <see cref="QuotePositions(ReadOnlySpan{NerWord})"/>, into <paramref name="result"/> (one per word, overwritten).</summary>
    private static void QuotePositions(ReadOnlySpan<NerWord> words, Span<int> result)
    {
        var n = words.Length;
        result.Clear();
        var i = 0;
        while (i < n)
        {
            var close = Closing(words[i].Surface.Span);
            if (close == '\0')
            {
                i++;
                continue;
            }

            var end = -1;
            for (var j = i + 1; j < n && j <= i + MaxQuoted + 1; j++)
            {
                var s = words[j].Surface.Span;
                if (s.Length == 1 && (s[0] == close || (close == '\u201D' && s[0] == '\u201C')))
                {
                    end = j;
                    break;
                }
            }

            if (end <= i + 1)
            {
                i++;
                continue;
            }

            // The cue is the word before the opening mark (its base becomes a feature); -1 at the start.
            var cue = i - 1;
            for (var j = i + 1; j < end; j++)
            {
                var place = end - i == 2 ? 4 : j == i + 1 ? 1 : j == end - 1 ? 3 : 2;
                result[j] = ((cue + 1) << 3) | place;
            }

            i = end + 1;
        }
    }

    private static char Closing(ReadOnlySpan<char> surface)
        => surface.Length != 1 ? '\0' : surface[0] switch
        {
            '\u00AB' => '\u00BB',
            '\u201C' => '\u201D',
            '\u201E' => '\u201D',
            '"' => '"',
            _ => '\0',
        };

    private Cue CueOf(Token t)
    {
        var c = _lexicon.CueOf(t.Norm);
        if (c.Class != CueClass.None)
        {
            return c;
        }

        for (var k = 1; k <= t.CliticCount; k++)
        {
            c = _lexicon.CueOf(t.BaseCandidate(k));
            if (c.Class != CueClass.None)
            {
                return c;
            }
        }

        return default;
    }

    private static int Shape(Token t, ReadOnlySpan<char> surface)
    {
        var len = Math.Min(t.Norm.Length - t.PrefixLength, 8);
        var shape = (int)t.Kind * 16 + len;
        if (t.Kind == TokenKind.Latin && surface.Length > 0)
        {
            shape += char.IsUpper(surface[0]) ? 200 : 100;
            if (surface.Length > 1 && char.IsUpper(surface[^1]))
            {
                shape += 300;
            }
        }

        if (t.Kind == TokenKind.Punctuation && surface.Length > 0)
        {
            shape = 1000 + surface[0];
        }

        return shape;
    }

    private static int Token(ReadOnlySpan<Info> infos, int i, Span<uint> k)
    {
        var n = infos.Length;
        ref readonly var c = ref infos[i];
        ref readonly var p1 = ref i > 0 ? ref infos[i - 1] : ref Boundary;
        ref readonly var p2 = ref i > 1 ? ref infos[i - 2] : ref Boundary;
        ref readonly var n1 = ref i + 1 < n ? ref infos[i + 1] : ref Boundary;
        ref readonly var n2 = ref i + 2 < n ? ref infos[i + 2] : ref Boundary;
        var x = 0;
        k[x++] = FeatureHash.Key(1, 0);
        k[x++] = FeatureHash.Key(2, c.Norm);
        k[x++] = FeatureHash.Key(3, c.Surface);
        k[x++] = FeatureHash.Key(4, c.Base);
        k[x++] = FeatureHash.Key(5, c.Stem);
        k[x++] = FeatureHash.Key(6, c.Pre1);
        k[x++] = FeatureHash.Key(7, c.Pre2);
        k[x++] = FeatureHash.Key(8, c.Pre3);
        k[x++] = FeatureHash.Key(9, c.Suf1);
        k[x++] = FeatureHash.Key(10, c.Suf2);
        k[x++] = FeatureHash.Key(11, c.Suf3);
        k[x++] = FeatureHash.Key(12, c.Shape);
        k[x++] = FeatureHash.Key(13, c.Clitics);
        k[x++] = FeatureHash.Key(14, p1.Norm);
        k[x++] = FeatureHash.Key(15, n1.Norm);
        k[x++] = FeatureHash.Key(16, p2.Norm);
        k[x++] = FeatureHash.Key(17, n2.Norm);
        k[x++] = FeatureHash.Key(18, p1.Base);
        k[x++] = FeatureHash.Key(19, n1.Base);
        k[x++] = FeatureHash.Key(20, p1.Stem);
        k[x++] = FeatureHash.Key(21, n1.Stem);
        k[x++] = FeatureHash.Key(22, p1.Norm, c.Norm);
        k[x++] = FeatureHash.Key(23, c.Norm, n1.Norm);
        k[x++] = FeatureHash.Key(24, p1.Shape, c.Shape, n1.Shape);
        k[x++] = FeatureHash.Key(25, (ulong)(i == 0 ? 0 : i == 1 ? 1 : i == n - 1 ? 2 : 3));
        k[x++] = FeatureHash.Key(26, c.Gaz);
        k[x++] = FeatureHash.Key(27, p1.Gaz);
        k[x++] = FeatureHash.Key(28, n1.Gaz);
        k[x++] = FeatureHash.Key(29, c.Cue);
        k[x++] = FeatureHash.Key(30, p1.Cue);
        k[x++] = FeatureHash.Key(31, n1.Cue);
        k[x++] = FeatureHash.Key(32, p2.Cue);
        k[x++] = FeatureHash.Key(33, p1.Suf2);
        k[x++] = FeatureHash.Key(34, c.Base, p1.Cue);
        k[x++] = FeatureHash.Key(35, n1.Suf3);
        k[x++] = FeatureHash.Key(36, p1.Base, c.Base);
        k[x++] = FeatureHash.Key(37, p1.CueKind);
        k[x++] = FeatureHash.Key(38, c.RawPre2);
        k[x++] = FeatureHash.Key(39, n1.Suf2);
        k[x++] = FeatureHash.Key(40, c.Gaz, p1.Cue);
        k[x++] = FeatureHash.Key(41, c.Shape, p1.Shape);
        k[x++] = FeatureHash.Key(42, c.Base, n1.Base);
        k[x++] = FeatureHash.Key(43, p2.CueKind);
        k[x++] = FeatureHash.Key(44, c.Stat);
        k[x++] = FeatureHash.Key(45, c.Label);
        k[x++] = FeatureHash.Key(46, p1.Label);
        k[x++] = FeatureHash.Key(47, n1.Label);
        k[x++] = FeatureHash.Key(48, c.Label, p1.Cue);
        k[x++] = FeatureHash.Key(49, c.Label, p1.Label);
        k[x++] = FeatureHash.Key(50, c.Stat, c.Label);
        k[x++] = FeatureHash.Key(51, c.Cl0);
        k[x++] = FeatureHash.Key(52, c.Cl1);
        k[x++] = FeatureHash.Key(53, c.Cl2);
        k[x++] = FeatureHash.Key(54, p1.Cl1);
        k[x++] = FeatureHash.Key(55, n1.Cl1);
        k[x++] = FeatureHash.Key(56, p1.Cl2);
        k[x++] = FeatureHash.Key(57, n1.Cl2);
        k[x++] = FeatureHash.Key(58, p1.Cl1, c.Cl1);
        k[x++] = FeatureHash.Key(59, c.Cl2, p1.Cue);
        k[x++] = FeatureHash.Key(60, c.Cl1, c.Label);
        k[x++] = FeatureHash.Key(61, c.NGaz);
        k[x++] = FeatureHash.Key(62, p1.NGaz);
        k[x++] = FeatureHash.Key(63, n1.NGaz);
        k[x++] = FeatureHash.Key(64, c.NType);
        k[x++] = FeatureHash.Key(65, c.NType, p1.Cue);
        k[x++] = FeatureHash.Key(66, c.NType, c.Label);
        k[x++] = FeatureHash.Key(67, c.Quote);
        k[x++] = FeatureHash.Key(68, c.Quote, c.QuoteCue);
        k[x++] = FeatureHash.Key(69, c.Quote, c.Label);
        k[x++] = FeatureHash.Key(70, c.Grp);
        k[x++] = FeatureHash.Key(71, c.Grp, c.Label);
        k[x++] = FeatureHash.Key(72, c.Role);
        k[x++] = FeatureHash.Key(73, p1.Role);
        k[x++] = FeatureHash.Key(74, n1.Role);
        k[x++] = FeatureHash.Key(75, p1.Role, c.Role);
        k[x++] = FeatureHash.Key(76, c.Role, n1.Role);
        return x;
    }
}

/// <summary>The hashed feature keys of a sentence: token <c>i</c> owns <c>Keys[Offsets[i]..Offsets[i+1]]</c>.</summary>
/// <param name="Keys">Feature keys.</param>
/// <param name="Offsets">Start offset per token, plus the end.</param>
public sealed record SentenceFeatures(uint[] Keys, int[] Offsets)
{
    /// <summary>Features over arrays longer than needed (rented): <paramref name="length"/> tokens.</summary>
    internal SentenceFeatures(uint[] keys, int[] offsets, int length)
        : this(keys, offsets)
    {
        Length = length;
        Rented = true;
    }

    /// <summary>Number of tokens.</summary>
    public int Length { get; } = Offsets.Length - 1;

    private bool Rented { get; }

    /// <summary>Gives arrays rented by <see cref="NerFeatures.ExtractRented"/> back to the shared pool; the features must not be used afterwards.</summary>
    internal void ReturnRented()
    {
        if (Rented)
        {
            System.Buffers.ArrayPool<uint>.Shared.Return(Keys);
            System.Buffers.ArrayPool<int>.Shared.Return(Offsets);
        }
    }

    /// <summary>The keys of token <paramref name="i"/>.</summary>
    public ReadOnlySpan<uint> Of(int i) => Keys.AsSpan(Offsets[i], Offsets[i + 1] - Offsets[i]);
}
