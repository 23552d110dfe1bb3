using System.Collections.Immutable;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time;

namespace Tarikh.Core.Checks;

/// <summary>
/// What the rules share while checking one document: the layers, the lexicon, the thresholds, and
/// lookups (timexes per sentence, tokens per span, cue phrases, clauses, person facts) computed once.
/// Built by <see cref="ConsistencyChecker"/>; not thread-safe (one per document).
/// </summary>
public sealed class CheckContext
{
    private ClaimFacts? _facts;
    private HashSet<int>? _equivalenceLinked;
    private List<TextSpan>? _suspect;
    private EntityCluster? _subject;
    private bool _subjectDone;
    private List<string[]>? _subjectNames;
    private string? _titleName;
    private ClusterNames? _names;

    /// <summary>Prepares the lookups of a document: its index, and its claims (read now when the claims stage did not run).</summary>
    public CheckContext(AnalyzedDocument document, CheckLexicon lexicon, ChecksOptions options)
        : this(document, lexicon, options, null)
    {
    }

    /// <summary>Prepares the lookups of a document, with what a knowledge base knows of the clusters it links (or null).</summary>
    public CheckContext(AnalyzedDocument document, CheckLexicon lexicon, ChecksOptions options, CheckKnowledge? knowledge)
    {
        Knowledge = knowledge;
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        Lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        Options = options ?? throw new ArgumentNullException(nameof(options));
        Index = DocumentIndex.For(document);
        Claims = document.Has(Layer.Claims) ? document.Claims : ClaimExtractor.Default.Extract(Index);
    }

    /// <summary>What a knowledge base knows of the document's linked clusters (founding, dissolution and life years), or null without one.</summary>
    public CheckKnowledge? Knowledge { get; }

    /// <summary>The document index (clauses, mentions, timexes per sentence and clause, subject, kinship, appositions).</summary>
    public DocumentIndex Index { get; }

    /// <summary>The claims of the document (<see cref="AnalyzedDocument.Claims"/>).</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>The claims grouped by person and property, built once.</summary>
    public ClaimFacts Facts => _facts ??= new ClaimFacts(this);

    /// <summary>The document being checked.</summary>
    public AnalyzedDocument Document { get; }

    /// <summary>The cue words and tables.</summary>
    public CheckLexicon Lexicon { get; }

    /// <summary>The thresholds.</summary>
    public ChecksOptions Options { get; }

    /// <summary>The tokens.</summary>
    public ImmutableArray<Token> Tokens => Document.Tokens;

    /// <summary>The timexes.</summary>
    public ImmutableArray<Timex> Timexes => Document.Timexes;

    /// <summary>Indexes of the timexes that are one side of an equivalence the text states ("الموافق", "X (Y)").</summary>
    public IReadOnlySet<int> EquivalenceLinked => _equivalenceLinked ??= GatherEquivalenceLinked(Document.Timexes);


    private static HashSet<int> GatherEquivalenceLinked(ImmutableArray<Timex> timexes)
    {
        var linked = new HashSet<int>();
        for (var i = 0; i < timexes.Length; i++)
        {
            if (timexes[i].Equivalent is { } e)
            {
                linked.Add(e);
                linked.Add(i);
            }
        }

        return linked;
    }

    /// <summary>The original text under a span.</summary>
    public string Text(TextSpan span) => Document.Source[span];

    /// <summary>Indexes of the timexes starting in a sentence, in order.</summary>
    public IReadOnlyList<int> TimexesInSentence(int sentence) => Index.TimexesInSentence(sentence);

    /// <summary>The sentence a timex lies in, or -1.</summary>
    public int SentenceOf(Timex t) => Document.SentenceAt(t.Span.Start);

    /// <summary>True when the sentence is running text, not a web-noise line.</summary>
    public bool IsContent(int sentence) => Index.IsContent(sentence);

    /// <summary>Index of the first token of a span (the first token ending after its start).</summary>
    public int FirstToken(TextSpan span) => Index.FirstTokenOf(span);

    /// <summary>Index one past the last token of a span.</summary>
    public int EndToken(TextSpan span) => Index.EndTokenOf(span);

    /// <summary>The token range [start, end) of a sentence.</summary>
    public (int Start, int End) SentenceTokens(int sentence)
    {
        var s = Document.Sentences[sentence];
        return (s.FirstToken, s.EndToken);
    }

    /// <summary>True when the token is clause punctuation (, ; . : ( ) ! ?) — not a slash or dash (the index's one clause definition).</summary>
    public bool IsClauseBreak(int token) => Index.IsClauseBreak(token);

    /// <summary>The clause around a token (the index's one clause definition).</summary>
    public (int Start, int End) ClauseOf(int token) => Index.ClauseOf(token);

    /// <summary>True when the phrase matches at token <paramref name="i"/>; the first token may carry proclitics.</summary>
    public bool MatchPhrase(int i, ImmutableArray<string> phrase, out int length) => Index.MatchPhrase(i, phrase, out length);

    /// <summary>A prefix that carries the article: لل (ل + ال), ولل، فلل, or up to four letters ending in ال (بال، وبال).</summary>
    private static bool KeepsArticle(ReadOnlySpan<char> prefix) => DocumentIndex.KeepsArticle(prefix);

    /// <summary>True when the token (or, with <paramref name="allowClitics"/>, one of its clitic-stripped forms) equals the normalized word.</summary>
    public static bool TokenIs(Token t, string word, bool allowClitics = true) => DocumentIndex.TokenIs(t, word, allowClitics);

    /// <summary>The longest cue phrase of a category matching at token <paramref name="i"/>, or null.</summary>
    public CuePhrase? MatchCue(int i, string category, out int length)
    {
        length = 0;
        if (i < 0 || i >= Tokens.Length)
        {
            return null;
        }

        // Only the phrases whose first word the token can be (see TokenIs): the token itself, its forms without clitics,
        // and "ال" + the rest after a prefix that kept the article (بال، لل، وال…); those forms' ids in the lexicon are
        // found once per token (CueWordIds), and most tokens start no cue of any category.
        var (from, to) = CueWordIds(i);
        CuePhrase? best = null;
        var bestOrder = int.MaxValue;
        for (var w = from; w < to; w++)
        {
            // The longest matching phrase wins; among equally long ones, the first in the lexicon (so the order in which
            // the first words are tried does not matter).
            foreach (var (order, phrase) in Lexicon.CuesStartingWith(category, _cueIds![w]))
            {
                if (MatchPhrase(i, phrase.Tokens, out var n) && (n > length || (n == length && best is not null && order < bestOrder)))
                {
                    best = phrase;
                    bestOrder = order;
                    length = n;
                }
            }
        }

        return best;
    }

    // Per token, the lexicon ids of the distinct cue first words its forms are (round 16, issue-18), found on the first
    // question about the token: token i's ids are _cueIds[_cueIdStart[i] .. _cueIdStart[i] + _cueIdCount[i]), and
    // _cueIdCount[i] is -1 until then.
    private int[]? _cueIdStart;
    private int[]? _cueIdCount;
    private List<int>? _cueIds;

    private (int From, int To) CueWordIds(int i)
    {
        if (_cueIdCount is null)
        {
            _cueIdStart = new int[Tokens.Length];
            _cueIdCount = new int[Tokens.Length];
            Array.Fill(_cueIdCount, -1);
            _cueIds = [];
        }

        if (_cueIdCount[i] < 0)
        {
            var ids = _cueIds!;
            var start = ids.Count;
            var t = Tokens[i];
            AddCueWordId(ids, start, t.Norm);
            for (var c = 1; c <= t.CliticCount; c++)
            {
                AddCueWordId(ids, start, t.BaseCandidate(c));
            }

            Span<char> withArticle = stackalloc char[64];
            for (var p = 2; p <= 4 && p <= t.Norm.Length && t.Norm.Length - p + 2 <= withArticle.Length; p++)
            {
                if (KeepsArticle(t.Norm.AsSpan(0, p)))
                {
                    "ال".CopyTo(withArticle);
                    t.Norm.AsSpan(p).CopyTo(withArticle[2..]);
                    AddCueWordId(ids, start, withArticle[..(t.Norm.Length - p + 2)]);
                }
            }

            _cueIdStart![i] = start;
            _cueIdCount[i] = ids.Count - start;
        }

        return (_cueIdStart![i], _cueIdStart[i] + _cueIdCount[i]);
    }

    private void AddCueWordId(List<int> ids, int tokenStart, ReadOnlySpan<char> word)
    {
        var id = Lexicon.CueFirstWordId(word);
        if (id < 0)
        {
            return;
        }

        for (var j = tokenStart; j < ids.Count; j++)
        {
            if (ids[j] == id)
            {
                return;
            }
        }

        ids.Add(id);
    }

    /// <summary>The first token in [from, to) where a cue of the category starts, or -1.</summary>
    public int FindCue(int from, int to, string category)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, Tokens.Length); i++)
        {
            if (MatchCue(i, category, out _) is not null)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when a timex is a usable calendar date: DATE type with an interval that can be written in
    /// the expression's own calendar (a "Hijri" interval before 1 AH is a misreading, not something to compare).
    /// </summary>
    public static bool IsDated(Timex t) => t.Type == TimexType.Date && t.Gregorian is { } g && t.Valid
        && Rules.CalendarEquivalenceRule.Expressible(g, t.Calendar);

    /// <summary>Spans the malformed-date rule flags (cut-short or garbled years), computed once.</summary>
    public IReadOnlyList<TextSpan> SuspectSpans => _suspect ??= [.. MalformedDateFlags.SelectMany(f => f.Spans)];

    /// <summary>The malformed-date rule's flags, read once per document (the rule returns them, and <see cref="SuspectSpans"/> is made of them).</summary>
    internal IReadOnlyList<Flag> MalformedDateFlags => _malformedDateFlags ??= [.. new Rules.MalformedDateRule().Find(this)];

    private List<Flag>? _malformedDateFlags;

    /// <summary>True when a timex is dated and its year is not cut short or garbled: safe for comparisons.</summary>
    public bool Usable(Timex t) => IsDated(t) && !SuspectSpans.Any(s => s.Overlaps(t.Span));

    /// <summary>True when the timex text itself writes a year (a run of three or more digits).</summary>
    public static bool HasWrittenYear(Timex t)
    {
        var run = 0;
        foreach (var c in t.Text)
        {
            if (char.IsDigit(c))
            {
                if (++run >= 3)
                {
                    return true;
                }
            }
            else
            {
                run = 0;
            }
        }

        return false;
    }

    /// <summary>The month name written in the tokens [from, to) (Time's lexicon), or null.</summary>
    public MonthName? FindMonth(int from, int to, out int at)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, Tokens.Length); i++)
        {
            if (MonthAt(i, out _) is { } m)
            {
                at = i;
                return m;
            }
        }

        at = -1;
        return null;
    }

    // The tokens as the list the time lexicon's trie reads (boxed once per document, not once per question), and one
    // list of trie matches reused question after question (a context serves one document on one thread).
    private IReadOnlyList<Token>? _tokenList;
    private List<Time.Lexicon.LexMatch>? _matches;

    private IReadOnlyList<Token> TokenList => _tokenList ??= Tokens;

    private List<Time.Lexicon.LexMatch> ScratchMatches()
    {
        _matches ??= [];
        _matches.Clear();
        return _matches;
    }

    /// <summary>The month name starting at token <paramref name="i"/>, from Time's lexicon (the one owner of month names), or null.</summary>
    public MonthName? MonthAt(int i, out int length)
    {
        length = 0;
        if (i < 0 || i >= Tokens.Length)
        {
            return null;
        }

        // Asked again and again of the same tokens by several rules: answered once per token (round 16, issue-18).
        _monthLength ??= NewUnknown(Tokens.Length);
        _months ??= new MonthName?[Tokens.Length];
        if (_monthLength[i] >= 0)
        {
            length = _monthLength[i];
            return _months[i];
        }

        var best = FindMonthAt(i, out length);
        _monthLength[i] = length;
        _months[i] = best;
        return best;
    }

    private int[]? _monthLength;
    private MonthName?[]? _months;

    private static int[] NewUnknown(int n)
    {
        var a = new int[n];
        Array.Fill(a, -1);
        return a;
    }

    private MonthName? FindMonthAt(int i, out int length)
    {
        length = 0;
        var end = Document.Sentences.Length > 0 ? SentenceTokens(Tokens[i].Sentence).End : Tokens.Length;
        var matches = ScratchMatches();
        TimeLexicon.Trie.MatchAt(TokenList, i, end, matches);
        MonthName? best = null;
        foreach (var m in matches)
        {
            if (m.Entry.Kind == Time.Lexicon.LexKind.Month && m.End - i > length)
            {
                length = m.End - i;
                best = new MonthName([.. Enumerable.Range(i, m.End - i).Select(k => Tokens[k].Norm)], m.Entry.B == 1, m.Entry.A);
            }
        }

        return best;
    }

    /// <summary>
    /// The ordinal adjective starting at token <paramref name="i"/> and its value, from Time's number
    /// words: "الثالث"، "الحادي عشر" (unit + teen), "الحادي والعشرون" (unit + و + ten), "العشرون"; or null.
    /// </summary>
    public int? OrdinalAt(int i, out int length)
    {
        length = 0;
        if (i < 0 || i >= Tokens.Length)
        {
            return null;
        }

        var end = SentenceTokens(Tokens[i].Sentence).End;
        var matches = ScratchMatches();
        TimeLexicon.Trie.MatchAt(TokenList, i, end, matches);
        int? value = null;
        foreach (var m in matches)
        {
            if (m.Entry.Kind != Time.Lexicon.LexKind.Number)
            {
                continue;
            }

            var isOrdinal = m.Entry.B == 1 && m.Entry.A <= 10;
            var isTens = m.Entry.A is >= 20 and <= 90 && m.Entry.A % 10 == 0 && (Tokens[i].Clitics & Proclitics.Al) != 0;
            // "عددها الألف"، "العدد التسعمائة"، "الذكرى المائة": a round hundred or thousand with the article is an ordinal too.
            var isHundreds = m.Entry.A is 100 or 200 or 300 or 400 or 500 or 600 or 700 or 800 or 900 or 1000 && m.End - i == 1 && (Tokens[i].Clitics & Proclitics.Al) != 0;
            if ((isOrdinal || isTens || isHundreds) && m.End - i > length)
            {
                value = m.Entry.A;
                length = m.End - i;
            }
        }

        if (value is not { } v)
        {
            return null;
        }

        if (v > 10)
        {
            return HundredsAfter(i, v, ref length, end);
        }

        var next = i + length;
        if (next < end && Tokens[next].Norm is "عشر" or "عشره")
        {
            length++;
            return HundredsAfter(i, v + 10, ref length, end);
        }

        if (next < end && (Tokens[next].Clitics & Proclitics.Wa) != 0)
        {
            matches.Clear();
            TimeLexicon.Trie.MatchAt(Tokens, next, end, matches);
            foreach (var m in matches)
            {
                if (m.Entry.Kind == Time.Lexicon.LexKind.Number && m.Entry.A is >= 20 and <= 90 && m.Entry.A % 10 == 0)
                {
                    length = m.End - i;
                    return HundredsAfter(i, v + m.Entry.A, ref length, end);
                }
            }
        }

        return HundredsAfter(i, v, ref length, end);
    }

    /// <summary>
    /// "السادس عشر بعد المائة" (116th)، "الخامس بعد الألف": an ordinal under a hundred followed by "بعد" and a round hundred or
    /// thousand with the article (Time's number words) counts on from it (round 20). Otherwise the value as read.
    /// </summary>
    private int HundredsAfter(int i, int value, ref int length, int end)
    {
        var k = i + length;
        if (k + 1 >= end || Tokens[k].Norm != "بعد" || (Tokens[k + 1].Clitics & Proclitics.Al) == 0)
        {
            return value;
        }

        var matches = ScratchMatches();
        TimeLexicon.Trie.MatchAt(TokenList, k + 1, end, matches);
        foreach (var m in matches)
        {
            if (m.Entry.Kind == Time.Lexicon.LexKind.Number && m.End == k + 2 && m.Entry.A is 100 or 200 or 300 or 400 or 500 or 600 or 700 or 800 or 900 or 1000)
            {
                length = k + 2 - i;
                return value + m.Entry.A;
            }
        }

        return value;
    }

    /// <summary>Time's lexicon (month names, number words): the checks read dates' words from Time, never from tables of their own.</summary>
    public static Time.Lexicon.TimeLexicon TimeLexicon => Time.Lexicon.TimeLexicon.Default;

    /// <summary>
    /// The cluster named at token <paramref name="k"/>: the entity mention covering it, else a written
    /// form of a cluster's mentions starting there (the entity stage may tag only some occurrences of
    /// a name). Returns the cluster id (or -1) and the mention span.
    /// </summary>
    public int ClusterNamedAt(int k, out TextSpan span, string? label = null)
    {
        span = default;
        if (k < 0 || k >= Tokens.Length)
        {
            return -1;
        }

        var m = MentionAtToken(k);
        if (m >= 0)
        {
            var e = Document.Entities[m];
            span = e.Span;
            return label is null || e.Label == label ? e.Cluster : -1;
        }

        if (!Names.TryGet(Tokens[k].Base, out var entry) && !Names.TryGet(Tokens[k].Norm, out entry))
        {
            return -1;
        }

        // The forms that can match here, in the list's order (all of them for a short list): see ClusterNames.
        var candidates = entry.Forms;
        var positions = entry.Candidates(k + 1 < Tokens.Length ? Tokens[k + 1] : null, _candidates ??= []) ? _candidates : null;
        var count = positions?.Count ?? candidates.Count;
        Index.Probes += count;
        for (var p = 0; p < count; p++)
        {
            var (form, cluster, lab) = candidates[positions?[p] ?? p];
            if ((label is null || lab == label) && MatchPhrase(k, form, out var n))
            {
                span = new TextSpan(Tokens[k].Span.Start, Tokens[k + n - 1].Span.End);
                return cluster;
            }
        }

        return -1;
    }

    // The positions ClusterNamedAt tries, one list reused question after question (one document on one thread).
    private List<int>? _candidates;

    /// <summary>The written forms of the clusters <see cref="ClusterNamedAt"/> tries, by first and second word (built once).</summary>
    internal ClusterNames Names => _names ??= new ClusterNames(BuildNames());

    private Dictionary<string, List<(ImmutableArray<string> Form, int Cluster, string Label)>> BuildNames()
    {
        var norm = Normalization.ArabicNormalizer.Default;
        var byText = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var labels = new Dictionary<int, string>();
        foreach (var e in Document.Entities)
        {
            var t = norm.NormalizeString(e.Text).Trim();
            if (t.Length < 3)
            {
                continue;
            }

            if (!byText.TryGetValue(t, out var set))
            {
                byText[t] = set = [];
            }

            set.Add(e.Cluster);
            labels[e.Cluster] = e.Label;
        }

        var result = new Dictionary<string, List<(ImmutableArray<string>, int, string)>>(StringComparer.Ordinal);
        foreach (var (text, clusters) in byText)
        {
            if (clusters.Count != 1)
            {
                continue;
            }

            var form = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToImmutableArray();
            var first = form[0].StartsWith("ال", StringComparison.Ordinal) && form[0].Length > 3 ? form[0] : form[0];
            if (!result.TryGetValue(first, out var list))
            {
                result[first] = list = [];
            }

            var c = clusters.First();
            list.Add((form, c, labels[c]));
        }

        foreach (var list in result.Values)
        {
            list.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        }

        return result;
    }

    /// <summary>True when the cluster is named in the tokens [start, end) (a mention, a written form of one, or a subject name form).</summary>
    public bool ClusterNamedIn(int cluster, int start, int end)
    {
        for (var k = Math.Max(0, start); k < Math.Min(end, Tokens.Length); k++)
        {
            if (ClusterNamedAt(k, out _) == cluster)
            {
                return true;
            }

            if (cluster == SubjectId)
            {
                foreach (var form in SubjectNames)
                {
                    if (MatchPhrase(k, [.. form], out var n) && k + n <= end)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>True when the cluster is named in the sentence (a mention, or a written form of one).</summary>
    public bool ClusterNamedInSentence(int cluster, int sentence)
    {
        if (sentence < 0 || sentence >= Document.Sentences.Length)
        {
            return false;
        }

        var (ss, se) = SentenceTokens(sentence);
        for (var k = ss; k < se; k++)
        {
            if (ClusterNamedAt(k, out _) == cluster)
            {
                return true;
            }
        }

        return cluster == SubjectId && SubjectNamedIn(sentence, default) is not null;
    }

    /// <summary>Index of the entity mention covering a token, or -1.</summary>
    public int MentionAtToken(int token) => Index.MentionAtToken(token);

    /// <summary>
    /// The person the document is about: the entity stage's subject when it is a person, else the
    /// person cluster named most often (at least three times and more than any other), or null.
    /// </summary>
    public EntityCluster? Subject
    {
        get
        {
            if (!_subjectDone)
            {
                _subject = FindSubject();
                _subjectDone = true;
            }

            return _subject;
        }
    }

    /// <summary>
    /// Normalized name forms of the subject (token arrays): the subject cluster's name, aliases and
    /// mentions, and the leading name of the document's title when each of its words recurs in the
    /// text (at least three times). Empty when the subject is unknown.
    /// </summary>
    public IReadOnlyList<string[]> SubjectNames => _subjectNames ??= FindSubjectNames();

    private List<string[]> FindSubjectNames()
    {
        var norm = Normalization.ArabicNormalizer.Default;
        var forms = new List<string[]>();
        if (Subject is { } c)
        {
            foreach (var text in c.Mentions.Where(m => m >= 0 && m < Document.Entities.Length).Select(m => Document.Entities[m].Text).Append(c.Name).Concat(c.Aliases))
            {
                forms.Add(norm.NormalizeString(text).Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        if (Document.Sentences.Length > 0 && Document.Sentences[0].Kind == SentenceKind.Heading)
        {
            var (ss, se) = SentenceTokens(0);
            var name = new List<string>();
            for (var k = ss; k < se && name.Count < 4 && Tokens[k].Kind == TokenKind.Arabic; k++)
            {
                name.Add(Tokens[k].Norm);
            }

            if (name.Count >= 2 && name.All(w => Tokens.Count(t => t.Norm == w || t.Base == w) >= 3))
            {
                forms.Add([.. name]);
                _titleName ??= Text(new TextSpan(Tokens[ss].Span.Start, Tokens[ss + name.Count - 1].Span.End));
            }
        }

        return [.. forms.Where(f => f.Length > 0).Distinct(new FormComparer())];
    }

    private sealed class FormComparer : IEqualityComparer<string[]>
    {
        public bool Equals(string[]? x, string[]? y) => x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(string[] obj) => string.Join(' ', obj).GetHashCode(StringComparison.Ordinal);
    }

    /// <summary>The subject's name for messages: the cluster's fullest name, else the title's name; or null.</summary>
    public string? SubjectDisplayName
    {
        get
        {
            _ = SubjectNames;
            return Subject?.Name ?? _titleName;
        }
    }

    /// <summary>The span of a mention of the subject in a sentence (cluster mention or a written name form), outside <paramref name="except"/>; or null.</summary>
    public TextSpan? SubjectNamedIn(int sentence, TextSpan except)
    {
        if (sentence < 0 || sentence >= Document.Sentences.Length)
        {
            return null;
        }

        if (SubjectId is { } id)
        {
            foreach (var m in MentionsInSentence(sentence))
            {
                var e = Document.Entities[m];
                if (e.Cluster == id && !e.Span.Overlaps(except))
                {
                    return e.Span;
                }
            }
        }

        var (ss, se) = SentenceTokens(sentence);
        foreach (var form in SubjectNames.OrderByDescending(f => f.Length))
        {
            var phrase = form.ToImmutableArray();
            for (var k = ss; k < se; k++)
            {
                if (MatchPhrase(k, phrase, out var n))
                {
                    var span = new TextSpan(Tokens[k].Span.Start, Tokens[k + n - 1].Span.End);
                    if (!span.Overlaps(except))
                    {
                        return span;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Id of <see cref="Subject"/>, or null.</summary>
    public int? SubjectId => Subject?.Id;

    private EntityCluster? FindSubject() => Index.Subject is { } s ? ClusterById(s.Cluster) : null;

    /// <summary>A cluster by id, or null.</summary>
    public EntityCluster? ClusterById(int id) => Index.Cluster(id);

    /// <summary>Entity mentions (indexes) lying in a sentence.</summary>
    public Claims.SentenceMentions MentionsInSentence(int sentence) => Index.MentionsInSentence(sentence);

    /// <summary>True when a mention of the cluster lies in the sentence.</summary>
    public bool ClusterInSentence(int cluster, int sentence)
    {
        foreach (var m in MentionsInSentence(sentence))
        {
            if (Document.Entities[m].Cluster == cluster)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Builds a flag; evidence pairs become a sorted dictionary.</summary>
    public static Flag MakeFlag(string rule, Severity severity, IEnumerable<TextSpan> spans, string ar, string en, params (string Key, string Value)[] evidence)
        => new(rule, severity, [.. spans.Distinct()], ar, en, evidence.ToImmutableSortedDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal));
}
