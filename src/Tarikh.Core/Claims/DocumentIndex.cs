using System.Collections.Frozen;
using System.Collections.Immutable;
using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time;

namespace Tarikh.Core.Claims;

/// <summary>How the document's subject was found.</summary>
public static class SubjectEvidence
{
    /// <summary>The entity stage named it (<see cref="AnalyzedDocument.Subject"/>), and it is a person.</summary>
    public const string EntityStage = "entity-stage";

    /// <summary>The person cluster named most often: at least three times and more than twice as often as any other.</summary>
    public const string MostMentioned = "most-mentioned";

    /// <summary>
    /// The entity stage's subject is named only as someone's relative ("كان أخوه الأكبر أحمد …. أما الشاعر غفور فوُلد …"): the
    /// first person named without a kinship word before him is the subject the pronoun points to.
    /// </summary>
    public const string NotARelative = "not-a-relative";
}

/// <summary>The person a document is about, with how it was found.</summary>
/// <param name="Cluster">The cluster id.</param>
/// <param name="Evidence">A <see cref="SubjectEvidence"/> code.</param>
/// <param name="Confidence">0..1.</param>
/// <param name="Mentions">Number of mentions of the cluster.</param>
public sealed record DocumentSubject(int Cluster, string Evidence, double Confidence, int Mentions);

/// <summary>
/// A kinship link the text states: cluster <see cref="Relative"/> is <see cref="Kind"/> of cluster
/// <see cref="Of"/> ("شقيقته الكبرى زينب": زينب is sister of the subject). From the entity layer's
/// relations; <see cref="Older"/> is read from the kinship words (الكبرى، الأكبر / الصغرى، الأصغر).
/// </summary>
/// <param name="Relative">The relative's cluster.</param>
/// <param name="Kind">father, mother, brother, sister, son, daughter, wife, husband…</param>
/// <param name="Of">The cluster the relative is related to.</param>
/// <param name="Evidence">The kinship words.</param>
/// <param name="Older">True for "older", false for "younger", null when not said.</param>
public sealed record KinshipLink(int Relative, string Kind, int Of, TextSpan Evidence, bool? Older);

/// <summary>
/// An apposition after a name: the words that describe the named entity right after its mention,
/// in parentheses ("ابنته فاطمة (1901–1980)") or after a comma up to the next clause break
/// ("زينب، المولودة عام 1861،"). What the apposition says belongs to that mention's cluster.
/// </summary>
/// <param name="Mention">Index of the entity mention.</param>
/// <param name="Cluster">Its cluster.</param>
/// <param name="FirstToken">First token of the apposition's content (after the bracket or comma).</param>
/// <param name="EndToken">One past its last content token.</param>
/// <param name="Parenthesized">True for a parenthesis, false for a comma apposition.</param>
public sealed record Apposition(int Mention, int Cluster, int FirstToken, int EndToken, bool Parenthesized);

/// <summary>
/// A read-only index of a document's layers, built once per document and read by every later stage
/// (claims, checks): token ↔ mention ↔ cluster, timexes per sentence and per clause, the one clause
/// definition, the one subject (with evidence and confidence), kinship and apposition links.
/// Nothing after the entity stage re-scans the text for dates or names: it asks this index.
/// Immutable after construction; all lookups are O(1) or O(log n).
/// </summary>
public sealed partial class DocumentIndex
{
    private readonly int[] _mentionAtToken;
    private readonly int[] _clauseStart;
    private readonly int[] _clauseEnd;
    private readonly int[][] _timexesBySentence;
    private readonly Dictionary<int, int[]> _timexesByClause;
    private readonly int[] _timexFirstToken;
    private readonly int[] _mentionsByCluster;
    private readonly int[] _clusterMentionStart;
    private readonly ImmutableArray<KinshipLink> _kinship;
    private readonly Dictionary<int, int> _appositionByMention;
    private readonly Dictionary<int, int> _personKey;
    private readonly int[] _appositionAtToken;

    private static readonly FrozenWords OlderWords = new("الأكبر", "الكبرى", "الكبير", "الكبيرة", "البكر", "أكبر", "كبرى", "كبير", "كبيرة", "بكر");
    private static readonly FrozenWords YoungerWords = new("الأصغر", "الصغرى", "الصغير", "الصغيرة", "أصغر", "صغرى", "صغير", "صغيرة");

    /// <summary>A frozen set of words, normalized as tokens are.</summary>
    private sealed class FrozenWords(params string[] words)
    {
        private readonly System.Collections.Frozen.FrozenSet<string> _set =
            words.Select(w => Normalization.ArabicNormalizer.Default.NormalizeString(w)).ToFrozenSet(StringComparer.Ordinal);

        public bool Contains(string word) => _set.Contains(word);
    }

    private DocumentIndex(AnalyzedDocument document)
    {
        _document = document;
        var tokens = document.Tokens;
        var n = tokens.Length;

        // Clauses: runs of tokens between clause punctuation inside a sentence.
        _clauseStart = new int[n];
        _clauseEnd = new int[n];
        var start = 0;
        for (var i = 0; i <= n; i++)
        {
            var boundary = i == n || (i > 0 && tokens[i].Sentence != tokens[i - 1].Sentence) || IsClauseBreakToken(tokens[i]);
            if (!boundary)
            {
                continue;
            }

            for (var k = start; k < i; k++)
            {
                _clauseStart[k] = start;
                _clauseEnd[k] = i;
            }

            if (i < n && IsClauseBreakToken(tokens[i]))
            {
                // A break token is its own clause of one token.
                _clauseStart[i] = i;
                _clauseEnd[i] = i + 1;
                start = i + 1;
            }
            else
            {
                start = i;
            }
        }

        // Token → mention.
        _mentionAtToken = new int[n];
        Array.Fill(_mentionAtToken, -1);
        for (var m = 0; m < document.Entities.Length; m++)
        {
            var span = document.Entities[m].Span;
            for (var t = FirstTokenOf(span); t < n && tokens[t].Span.Start < span.End; t++)
            {
                if (tokens[t].Span.End > span.Start)
                {
                    _mentionAtToken[t] = m;
                }
            }
        }

        // Cluster → mentions (counting sort by cluster id).
        var clusterCount = document.Clusters.IsDefaultOrEmpty ? 0 : document.Clusters.Max(c => c.Id) + 1;
        clusterCount = Math.Max(clusterCount, document.Entities.IsDefaultOrEmpty ? 0 : document.Entities.Max(e => e.Cluster) + 1);
        _clusterMentionStart = new int[clusterCount + 1];
        foreach (var e in document.Entities)
        {
            if (e.Cluster >= 0)
            {
                _clusterMentionStart[e.Cluster + 1]++;
            }
        }

        for (var c = 0; c < clusterCount; c++)
        {
            _clusterMentionStart[c + 1] += _clusterMentionStart[c];
        }

        _mentionsByCluster = new int[_clusterMentionStart[clusterCount]];
        var fill = new int[clusterCount];
        for (var m = 0; m < document.Entities.Length; m++)
        {
            var c = document.Entities[m].Cluster;
            if (c >= 0)
            {
                _mentionsByCluster[_clusterMentionStart[c] + fill[c]++] = m;
            }
        }

        // Timexes per sentence and per clause.
        var bySentence = new List<int>[document.Sentences.Length];
        _timexesByClause = [];
        var byClause = new Dictionary<int, List<int>>();
        _timexFirstToken = new int[document.Timexes.Length];
        for (var i = 0; i < document.Timexes.Length; i++)
        {
            var t = document.Timexes[i];
            var s = document.SentenceAt(t.Span.Start);
            if (s >= 0)
            {
                (bySentence[s] ??= []).Add(i);
            }

            var tok = FirstTokenOf(t.Span);
            _timexFirstToken[i] = tok;
            if (tok < n)
            {
                var cs = _clauseStart[tok];
                if (!byClause.TryGetValue(cs, out var list))
                {
                    byClause[cs] = list = [];
                }

                list.Add(i);
            }
        }

        _timexesBySentence = [.. bySentence.Select(l => l?.ToArray() ?? [])];
        foreach (var (k, v) in byClause)
        {
            _timexesByClause[k] = [.. v];
        }

        _personKey = SamePersons(document);
        _shortFormAtToken = FindShortForms();
        Subject = NotRelativeSubject(document, FindSubject(document));
        SolePerson = FindSolePerson(document);
        _kinship = [.. GatherKinship(document)];
        (Segments, _segmentOfSentence) = FindSegments();
        Appositions = [.. GatherAppositions()];
        _appositionByMention = [];
        _appositionAtToken = new int[n];
        Array.Fill(_appositionAtToken, -1);
        for (var a = 0; a < Appositions.Length; a++)
        {
            _appositionByMention[Appositions[a].Mention] = a;
            for (var k = Appositions[a].FirstToken; k < Appositions[a].EndToken && k < n; k++)
            {
                if (_appositionAtToken[k] < 0)
                {
                    _appositionAtToken[k] = a;
                }
            }
        }
    }

    /// <summary>Builds the index of a document (tokens, time and entity layers as far as present).</summary>
    public static DocumentIndex Build(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentIndex(document);
    }

    /// <summary>The document indexed.</summary>
    public AnalyzedDocument Document => _document;

    /// <summary>The tokens.</summary>
    public ImmutableArray<Token> Tokens => Document.Tokens;

    /// <summary>The subject of the document (a person), or null.</summary>
    public DocumentSubject? Subject { get; }

    /// <summary>The one person cluster every person mention belongs to (a short text about one person), or null.</summary>
    public int? SolePerson { get; }

    /// <summary>Kinship links, in text order of their evidence.</summary>
    public ImmutableArray<KinshipLink> Kinship => _kinship;

    /// <summary>Appositions after person mentions, in text order.</summary>
    public ImmutableArray<Apposition> Appositions { get; }

    /// <summary>The apposition right after a mention, or null.</summary>
    public Apposition? AppositionOf(int mention) => _appositionByMention.TryGetValue(mention, out var a) ? Appositions[a] : null;

    /// <summary>The (first) apposition whose content holds the token, or null.</summary>
    public Apposition? AppositionAt(int token)
        => token >= 0 && token < _appositionAtToken.Length && _appositionAtToken[token] is var a and >= 0 ? Appositions[a] : null;

    /// <summary>The kinship links whose relative is the cluster.</summary>
    public IEnumerable<KinshipLink> KinshipOf(int relative) => _kinship.Where(k => k.Relative == relative);

    /// <summary>
    /// True when the token ends a clause: , ، ; ؛ . : ( ) ! ? ؟ [ ] " « » — not a slash or a dash,
    /// which join the two sides of a date pair or a range inside one clause.
    /// </summary>
    public static bool IsClauseBreakToken(Token t)
    {
        if (t.Kind != TokenKind.Punctuation)
        {
            return false;
        }

        foreach (var c in t.Norm)
        {
            if (c is ',' or '،' or ';' or '؛' or '.' or ':' or '(' or ')' or '!' or '?' or '؟' or '[' or ']' or '"' or '«' or '»')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the token at the index ends a clause (see <see cref="IsClauseBreakToken"/>).</summary>
    public bool IsClauseBreak(int token) => token >= 0 && token < Tokens.Length && IsClauseBreakToken(Tokens[token]);

    /// <summary>The clause around a token: [start, end) token range between clause breaks inside its sentence.</summary>
    public (int Start, int End) ClauseOf(int token)
        => token >= 0 && token < _clauseStart.Length ? (_clauseStart[token], _clauseEnd[token]) : (token, token);

    /// <summary>The token range [start, end) of a sentence.</summary>
    public (int Start, int End) SentenceTokens(int sentence)
    {
        var s = Document.Sentences[sentence];
        return (s.FirstToken, s.EndToken);
    }

    /// <summary>True when the sentence is running text, not a web-noise line.</summary>
    public bool IsContent(int sentence) => sentence >= 0 && sentence < Document.Sentences.Length && !Document.Sentences[sentence].IsNoise;

    /// <summary>Index of the first token of a span (the first token ending after its start).</summary>
    public int FirstTokenOf(TextSpan span)
    {
        Probes++;
        var i = Document.FirstTokenAtOrAfter(span.Start);
        if (i > 0 && Tokens[i - 1].Span.End > span.Start)
        {
            i--;
        }

        return i;
    }

    /// <summary>Index one past the last token of a span.</summary>
    public int EndTokenOf(TextSpan span)
    {
        var i = FirstTokenOf(span);
        while (i < Tokens.Length && Tokens[i].Span.Start < span.End)
        {
            i++;
        }

        return i;
    }

    /// <summary>First token of a timex.</summary>
    public int TimexToken(int timex) => _timexFirstToken[timex];

    /// <summary>Indexes of the timexes starting in a sentence, in order.</summary>
    public IReadOnlyList<int> TimexesInSentence(int sentence)
        => sentence >= 0 && sentence < _timexesBySentence.Length ? _timexesBySentence[sentence] : [];

    /// <summary>Indexes of the timexes starting in the clause of a token, in order.</summary>
    public IReadOnlyList<int> TimexesInClause(int token)
        => token >= 0 && token < _clauseStart.Length && _timexesByClause.TryGetValue(_clauseStart[token], out var list) ? list : [];

    /// <summary>Index of the entity mention covering a token, or -1.</summary>
    public int MentionAtToken(int token) => token >= 0 && token < _mentionAtToken.Length ? _mentionAtToken[token] : -1;

    /// <summary>The cluster of the mention covering a token, or -1.</summary>
    public int ClusterAtToken(int token) => MentionAtToken(token) is var m and >= 0 ? Document.Entities[m].Cluster : -1;

    /// <summary>Mention indexes of a cluster, in text order.</summary>
    public ReadOnlySpan<int> MentionsOf(int cluster)
        => cluster >= 0 && cluster + 1 < _clusterMentionStart.Length
            ? _mentionsByCluster.AsSpan(_clusterMentionStart[cluster], _clusterMentionStart[cluster + 1] - _clusterMentionStart[cluster])
            : [];

    /// <summary>A cluster by id, or null.</summary>
    public EntityCluster? Cluster(int id)
    {
        var clusters = Document.Clusters;
        if (id >= 0 && id < clusters.Length && clusters[id].Id == id)
        {
            return clusters[id];
        }

        foreach (var c in clusters)
        {
            if (c.Id == id)
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>
    /// The person a cluster names, as one key: a one-word person cluster (a family name alone, "شوقي")
    /// maps to the one multi-word person cluster whose name begins or ends with that word ("أحمد
    /// شوقي") when exactly one does; every other cluster is its own key.
    /// </summary>
    public int PersonKey(int cluster) => _personKey.TryGetValue(cluster, out var k) ? k : cluster;

    private static Dictionary<int, int> SamePersons(AnalyzedDocument doc)
    {
        var byEdgeWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var single = new List<(int Cluster, string Word)>();
        foreach (var c in doc.Clusters)
        {
            if (c.Label != EntityLabels.Person)
            {
                continue;
            }

            var words = NameWords(c.Name);
            if (words.Length == 1)
            {
                single.Add((c.Id, words[0]));
            }
            else if (words.Length > 1)
            {
                foreach (var w in new[] { words[0], words[^1] }.Distinct(StringComparer.Ordinal))
                {
                    if (!byEdgeWord.TryGetValue(w, out var list))
                    {
                        byEdgeWord[w] = list = [];
                    }

                    list.Add(c.Id);
                }
            }
        }

        var key = new Dictionary<int, int>();

        // A mention the tagger ran on past the name ("مروان سعيد مرسماً") is the person whose full name it starts with.
        var full = doc.Clusters.Where(c => c.Label == EntityLabels.Person)
            .Select(c => (c.Id, Words: NameWords(c.Name)))
            .Where(x => x.Words.Length >= 2).ToList();
        var byFirst = full.GroupBy(x => x.Words[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var (id, words) in full)
        {
            if (words.Length < 3 || !byFirst.TryGetValue(words[0], out var same))
            {
                continue;
            }

            var prefixes = same.Where(x => x.Id != id && x.Words.Length < words.Length && x.Words.SequenceEqual(words.Take(x.Words.Length))).ToList();
            if (prefixes.Count == 1)
            {
                key[id] = prefixes[0].Id;
            }
        }

        // "ابن خلدون" after "عبد الرحمن بن محمد بن خلدون": the ancestor form of a chain names the one person whose chain ends with it.
        foreach (var (id, words) in full)
        {
            if (words.Length != 2 || words[0] is not ("ابن" or "بن") || key.ContainsKey(id))
            {
                continue;
            }

            var chains = full.Where(x => x.Id != id && x.Words.Length >= 3 && x.Words[^2] is "ابن" or "بن" && x.Words[^1] == words[1]).ToList();
            if (chains.Count == 1)
            {
                key[id] = chains[0].Id;
            }
        }

        foreach (var (cluster, word) in single)
        {
            if (word.Length >= 3 && byEdgeWord.TryGetValue(word, out var list) && list.Count == 1)
            {
                key[cluster] = list[0];
            }
        }

        JoinHyphenSplitNames(doc, key);
        return key;
    }

    /// <summary>
    /// A writer's word marking an invented person ("المتخيَّل"، "المتخيَّلة") that the tagger took into the name ("المتخيَّل جميل سركيس"):
    /// it describes the person and is no part of the name, so it neither begins nor ends it.
    /// </summary>
    private static readonly FrozenWords InventedMarkers = new("المتخيل", "المتخيلة", "المتخيله", "متخيل", "متخيلة", "متخيله");

    /// <summary>The normalized words of a person's name, without a writer's marker of an invented person.</summary>
    internal static string[] NameWords(string name)
        => [.. Normalization.ArabicNormalizer.Default.NormalizeString(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !InventedMarkers.Contains(w))];

    /// <summary>The label of a cluster, or null.</summary>
    public string? LabelOf(int cluster) => Cluster(cluster)?.Label;

    /// <summary>
    /// Mention indexes lying in a sentence, in order (binary search on the ordered mentions). A struct enumerable: a
    /// <c>foreach</c> over it allocates nothing (it is called for every claim and sentence of a document).
    /// </summary>
    public SentenceMentions MentionsInSentence(int sentence)
    {
        var entities = Document.Entities;
        if (sentence < 0 || sentence >= Document.Sentences.Length)
        {
            return new SentenceMentions(entities, default, 0);
        }

        var span = Document.Sentences[sentence].Span;
        int lo = 0, hi = entities.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (entities[mid].Span.Start < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return new SentenceMentions(entities, span, lo);
    }

    /// <summary>True when a mention of the cluster lies in the token range [start, end).</summary>
    public bool ClusterIn(int cluster, int start, int end)
    {
        for (var k = Math.Max(0, start); k < Math.Min(end, Tokens.Length); k++)
        {
            if (ClusterAtToken(k) == cluster)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a range dash (– - —) stands between two spans of one sentence, outside every timex: the two are the ends of a range, never one pairing unit.</summary>
    public bool DashBetween(TextSpan a, TextSpan b)
    {
        var (first, second) = a.Start <= b.Start ? (a, b) : (b, a);
        var from = EndTokenOf(first);
        var to = FirstTokenOf(second);
        for (var k = from; k < to && k < Tokens.Length; k++)
        {
            var t = Tokens[k];
            if (t.Kind == TokenKind.Punctuation && t.Norm is "-" or "–" or "—" or "−")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a timex is a calendar date the text writes fully enough to compare: DATE, valid, with an interval.</summary>
    public static bool IsDated(Timex t) => t.Type == TimexType.Date && t.Gregorian is not null && t.Valid;

    /// <summary>True when the token (or, with <paramref name="allowClitics"/>, one of its clitic-stripped forms) equals the normalized word.</summary>
    public static bool TokenIs(Token t, string word, bool allowClitics = true)
    {
        if (t.Norm == word)
        {
            return true;
        }

        if (!allowClitics)
        {
            return false;
        }

        for (var k = 1; k <= t.CliticCount; k++)
        {
            if (t.BaseCandidate(k).SequenceEqual(word))
            {
                return true;
            }
        }

        // "ال" + word written with a prefix (بال، وال، لل) whose analysis kept the article.
        if (word.StartsWith("ال", StringComparison.Ordinal) && t.Norm.EndsWith(word.AsSpan(2), StringComparison.Ordinal) && t.Norm.Length > word.Length - 2)
        {
            return KeepsArticle(t.Norm.AsSpan(0, t.Norm.Length - (word.Length - 2)));
        }

        return false;
    }

    /// <summary>A prefix that carries the article: لل (ل + ال), ولل، فلل, or up to four letters ending in ال (بال، وبال).</summary>
    public static bool KeepsArticle(ReadOnlySpan<char> prefix)
        => prefix is "لل" or "ولل" or "فلل" || (prefix.EndsWith("ال", StringComparison.Ordinal) && prefix.Length <= 4);

    /// <summary>True when the normalized phrase matches at token <paramref name="i"/> inside one sentence; the first token may carry proclitics.</summary>
    public bool MatchPhrase(int i, ImmutableArray<string> phrase, out int length)
    {
        length = 0;
        if (phrase.IsDefaultOrEmpty || i < 0 || i + phrase.Length > Tokens.Length)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            var t = Tokens[i + k];
            if (k > 0 && t.Sentence != Tokens[i].Sentence)
            {
                return false;
            }

            if (!TokenIs(t, phrase[k], allowClitics: k == 0 || phrase[k].StartsWith("ال", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        length = phrase.Length;
        return true;
    }

    private static int? FindSolePerson(AnalyzedDocument doc)
    {
        int? sole = null;
        foreach (var e in doc.Entities)
        {
            if (e.Label != EntityLabels.Person)
            {
                continue;
            }

            if (sole is { } s && s != e.Cluster)
            {
                return null;
            }

            sole = e.Cluster;
        }

        return sole;
    }

    private static DocumentSubject? FindSubject(AnalyzedDocument doc)
    {
        var counts = new Dictionary<int, int>();
        foreach (var e in doc.Entities)
        {
            if (e.Label == EntityLabels.Person)
            {
                counts[e.Cluster] = counts.GetValueOrDefault(e.Cluster) + 1;
            }
        }

        if (doc.Subject is { } s && s >= 0 && s < doc.Clusters.Length && doc.Clusters[s].Label == EntityLabels.Person)
        {
            var mine = counts.GetValueOrDefault(s);
            var others = counts.Where(kv => kv.Key != s).Select(kv => kv.Value).DefaultIfEmpty(0).Max();
            return new DocumentSubject(s, SubjectEvidence.EntityStage, mine > others ? 0.9 : 0.6, mine);
        }

        var top = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(2).ToList();
        if (top.Count == 0 || top[0].Value < 3 || (top.Count > 1 && top[1].Value * 2 > top[0].Value))
        {
            return null;
        }

        return new DocumentSubject(top[0].Key, SubjectEvidence.MostMentioned, 0.7, top[0].Value);
    }

    private IEnumerable<Apposition> GatherAppositions()
    {
        var entities = Document.Entities;
        for (var m = 0; m < entities.Length; m++)
        {
            if (entities[m].Label != EntityLabels.Person)
            {
                continue;
            }

            var after = EndTokenOf(entities[m].Span);

            // "وداد الريّس المتخيَّلة (1920–1990)": a writer's marker of an invented person between the name and its parenthesis.
            if (after + 1 < Tokens.Length && InventedMarkers.Contains(Tokens[after].Norm) && Tokens[after + 1].Kind == TokenKind.Punctuation)
            {
                after++;
            }

            if (after >= Tokens.Length || Tokens[after].Sentence != Tokens[after - 1].Sentence)
            {
                continue;
            }

            var t = Tokens[after];
            if (t.Kind != TokenKind.Punctuation)
            {
                continue;
            }

            if (t.Norm.Contains('(', StringComparison.Ordinal))
            {
                var end = after + 1;
                while (end < Tokens.Length && Tokens[end].Sentence == t.Sentence && !Tokens[end].Norm.Contains(')', StringComparison.Ordinal) && end - after < 40)
                {
                    end++;
                }

                if (end < Tokens.Length && Tokens[end].Norm.Contains(')', StringComparison.Ordinal) && end > after + 1)
                {
                    yield return new Apposition(m, entities[m].Cluster, after + 1, end, true);
                }
            }
            else if (t.Norm is "," or "،")
            {
                var (_, ce) = ClauseOf(after + 1);
                if (after + 1 < Tokens.Length && ce > after + 1 && Tokens[after + 1].Sentence == t.Sentence)
                {
                    yield return new Apposition(m, entities[m].Cluster, after + 1, ce, false);
                }
            }
        }
    }
}
