using System.Collections.Immutable;
using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Entities.Clustering;

/// <summary>The clusterer's result.</summary>
/// <param name="Mentions">Final mentions, ordered by start.</param>
/// <param name="Clusters">Clusters (ids are indexes).</param>
/// <param name="Subject">The main subject's cluster id, or null.</param>
public sealed record ClusteringResult(ImmutableArray<EntityMention> Mentions, ImmutableArray<EntityCluster> Clusters, int? Subject);

/// <summary>
/// Groups mentions into entities. Rules, in order:
/// (1) declared aliases link two names (X المعروف باسم Y، الملقب بـ، اسمه الحقيقي/المستعار Y);
/// (2) a person's name joins a cluster when all its words occur among the cluster's name words and
///     its first name agrees (full and short names: فلاديمير إيليتش أوليانوف / فلاديمير لينين / لينين);
///     words match exactly or, from four letters on, by consonant skeleton (transliteration variants);
/// (3) a place joins a cluster sharing its longest word (سانت بطرسبرغ / سان بطرسبورغ / بطرسبرغ);
///     organizations and other names need all their content words in the cluster;
/// (4) kinship descriptions (شقيقه الأكبر ألكسندر، والدته ماريا) become relations to the possessor;
/// (5) the subject is the cluster named in the title/first sentence and mentioned most.
/// Pure and thread-safe.
/// </summary>
public sealed class MentionClusterer
{
    private readonly NerLexicon _lexicon;
    private readonly EntityOptions _options;

    /// <summary>Creates a clusterer.</summary>
    public MentionClusterer(NerLexicon lexicon, EntityOptions? options = null)
    {
        _lexicon = lexicon;
        _options = options ?? EntityOptions.Default;
    }

    private sealed class Group
    {
        public int Type;
        public bool Alive = true;
        public readonly List<int> Members = [];

        // The group's ordinal words ("الثالث"): "المؤتمر الثالث" and "المؤتمر الرابع" are different congresses.
        public HashSet<string>? Ordinals;

        // The same words by their matching key (see Canon): membership tests in O(1) instead of a scan.
        // (Mutable structs, updated in place through the group: most groups hold one or two keys each.)
        public KeySet WordKeys;
        public KeySet FirstWordKeys;
        public KeySet NameKeys;
        public bool HasMultiWordKey;

        // The kinship a member was introduced by ("والدته ماريا…" → mother), the first one wins.
        public string? KinKind;

        // Allocated on first use: most groups have neither.
        public List<string>? DeclaredAliases;
        public List<EntityRelation>? Relations;
    }

    /// <summary>Clusters mentions found in a document.</summary>
    /// <param name="doc">The document (tokens, sentences).</param>
    /// <param name="drafts">Mentions ordered by start, non-overlapping.</param>
    /// <param name="build">Builds an extra mention over a token range (for declared aliases the tagger missed), or returns null.</param>
    public ClusteringResult Cluster(AnalyzedDocument doc, List<MentionDraft> drafts, Func<int, int, int, MentionDraft?>? build = null)
        => Cluster(doc, drafts, build, out _);

    /// <summary>Clusters mentions; <paramref name="examined"/> counts the candidate groups looked at (growth tests).</summary>
    internal ClusteringResult Cluster(AnalyzedDocument doc, List<MentionDraft> drafts, Func<int, int, int, MentionDraft?>? build, out long examined)
    {
        var mentions = new List<MentionDraft>(drafts);
        var aliasPairs = _options.DeclaredAliases ? FindAliases(doc, mentions, build) : [];
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var indexOf = FirstIndexes(mentions);

        var partners = new Dictionary<int, List<int>>();
        foreach (var (a, b) in aliasPairs)
        {
            var ia = indexOf.GetValueOrDefault(a, -1);
            var ib = indexOf.GetValueOrDefault(b, -1);
            if (ia >= 0 && ib >= 0 && ia != ib)
            {
                var later = Math.Max(ia, ib);
                if (!partners.TryGetValue(later, out var list))
                {
                    list = [];
                    partners[later] = list;
                }

                list.Add(Math.Min(ia, ib));
            }
        }

        var state = new State();
        var groups = state.Groups;
        var groupOf = new int[mentions.Count];
        var lastPerson = -1;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];

            // A person introduced by a kinship noun ("أبوه إبراهيم"، "شقيقته ماريا") is not the person it is kin of
            // (the last one named before it), nor a relative introduced as another kin.
            // A relative listed under a line naming the kinship ("- ماريا من مواليد 1878") is someone new unless
            // named exactly as before: a first name alone does not make her the mother "ماريا أليكساندروفنا".
            var kin = m.Type == 0 ? KinBefore(doc, m) : null;
            var listed = m.Type == 0 && kin is null ? ListKin(doc, m) : null;
            kin ??= listed;
            var possessor = kin is not null && lastPerson >= 0 ? groupOf[lastPerson] : -1;
            var nameKey = NameKey(state, m.Words);
            var g = Match(state, m, nameKey, kin, possessor, exactOnly: listed is not null);
            if (g < 0)
            {
                groups.Add(new Group { Type = m.Type });
                g = groups.Count - 1;
            }

            Add(state, g, m, i, nameKey);
            groups[g].KinKind ??= kin;
            groupOf[i] = g;
            if (m.Type == 0)
            {
                lastPerson = i;
            }

            // A declared alias merges its group with its partner's, at once, so later names match the union.
            if (partners.TryGetValue(i, out var earlier))
            {
                foreach (var j in earlier)
                {
                    var a = groupOf[j];
                    var b = groupOf[i];
                    if (a == b)
                    {
                        continue;
                    }

                    var (keep, drop) = (Math.Min(a, b), Math.Max(a, b));
                    foreach (var k in groups[drop].Members)
                    {
                        Add(state, keep, mentions[k], k, NameKey(state, mentions[k].Words));
                        groupOf[k] = keep;
                    }

                    groups[drop].Members.Clear();
                    groups[drop].Alive = false;
                }
            }
        }

        // Compact: drop the groups merged away, renumber.
        var newId = new int[groups.Count];
        var alive = new List<Group>();
        for (var g = 0; g < groups.Count; g++)
        {
            newId[g] = alive.Count;
            if (groups[g].Alive)
            {
                alive.Add(groups[g]);
            }
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            groupOf[i] = newId[groupOf[i]];
        }

        groups = alive;
        foreach (var grp in groups)
        {
            grp.Members.Sort();
        }

        Relations(doc, mentions, groups, groupOf, indexOf);
        var subject = Subject(doc, mentions, groups, groupOf);

        // Build the output, mentions ordered by start.
        var entityMentions = ImmutableArray.CreateBuilder<EntityMention>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            entityMentions.Add(new EntityMention(m.Span, doc.Source[m.Span], m.Label, groupOf[i], Math.Round(m.Confidence, 3)));
        }

        // Each mention's normalized name, built once (the aliases and the kinds read it).
        var keys = new string[mentions.Count];
        string KeyOf(int i) => keys[i] ??= mentions[i].Key;
        Func<int, string> keyOf = KeyOf;

        var clusters = ImmutableArray.CreateBuilder<EntityCluster>(groups.Count);

        // Scratch shared by the groups (cleared for each): the keys seen, the aliases, the kinds' votes.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var aliases = ImmutableArray.CreateBuilder<string>();
        var votes = new List<(string Kind, int Count)>();
        for (var g = 0; g < groups.Count; g++)
        {
            var grp = groups[g];

            // The longest name (in words), the first of them on a tie (members are in order).
            var best = grp.Members[0];
            foreach (var i in grp.Members)
            {
                if (mentions[i].Words.Length > mentions[best].Words.Length)
                {
                    best = i;
                }
            }

            // The mention's text (already cut for the mention list): the same characters, one string fewer.
            var name = entityMentions[best].Text;

            // Other names: the members' texts whose key is new, then the declared aliases (a group of one member
            // and no declared alias has none).
            ImmutableArray<string> aliasList = [];
            if (grp.Members.Count > 1 || grp.DeclaredAliases is not null)
            {
                seen.Clear();
                seen.Add(KeyOf(best));
                aliases.Clear();
                foreach (var i in grp.Members)
                {
                    if (seen.Add(KeyOf(i)))
                    {
                        aliases.Add(entityMentions[i].Text);
                    }
                }

                foreach (var a in grp.DeclaredAliases ?? [])
                {
                    if (seen.Add(a))
                    {
                        aliases.Add(a);
                    }
                }

                aliasList = aliases.ToImmutable();
            }

            clusters.Add(new EntityCluster(g, EntityLabels.OfType(grp.Type), name, [.. grp.Members], aliasList, KindOf(doc, mentions, grp, keyOf, votes))
            {
                Relations = grp.Relations is null ? [] : [.. grp.Relations],
            });
        }

        examined = state.Examined;
        return new ClusteringResult(entityMentions.ToImmutable(), clusters.ToImmutable(), subject);
    }

    /// <summary>
    /// A set of strings (ordinal) that holds its first two members in fields and makes a hash set from the third on:
    /// the same answers as a <see cref="HashSet{T}"/>, without its three objects for the one- and two-key sets most
    /// groups have. Not enumerable (nothing needs the order).
    /// </summary>
    private struct KeySet
    {
        private string? _first;
        private string? _second;
        private HashSet<string>? _more;

        /// <summary>Adds a key; false when it was there.</summary>
        public bool Add(string key)
        {
            if (_more is not null)
            {
                return _more.Add(key);
            }

            if (_first is null)
            {
                _first = key;
                return true;
            }

            if (string.Equals(_first, key, StringComparison.Ordinal))
            {
                return false;
            }

            if (_second is null)
            {
                _second = key;
                return true;
            }

            if (string.Equals(_second, key, StringComparison.Ordinal))
            {
                return false;
            }

            _more = new HashSet<string>(StringComparer.Ordinal) { _first, _second, key };
            return true;
        }

        /// <summary>True when the key was added.</summary>
        public readonly bool Contains(string key)
            => _more is not null ? _more.Contains(key) : string.Equals(_first, key, StringComparison.Ordinal) || string.Equals(_second, key, StringComparison.Ordinal);
    }

    /// <summary>
    /// The state of one clustering run: the groups, and indexes of them by (type, name key) and (type, word key),
    /// so a mention looks only at the groups that share a name or a word with it. Per document: no lock, no
    /// cache shared between threads.
    /// </summary>
    private sealed class State
    {
        public readonly List<Group> Groups = [];

        /// <summary>Groups by (type, name key), ascending: the most recent group with a name is the last one alive.</summary>
        public readonly Dictionary<(int Type, string Key), List<int>> ByName = [];

        /// <summary>Groups by (type, word key), each group once (in no particular order).</summary>
        public readonly Dictionary<(int Type, string Key), List<int>> ByWord = [];

        /// <summary>Matching keys of words (see <see cref="Canon"/>), for this document.</summary>
        public readonly Dictionary<string, string> Canon = new(StringComparer.Ordinal);

        /// <summary>Scratch for <see cref="NameKey"/>: the keys of a name's words.</summary>
        public string[] Keys = new string[8];

        /// <summary>Candidate groups examined by <see cref="Match"/> (for growth tests).</summary>
        public long Examined;
    }

    private void Add(State state, int gi, MentionDraft m, int index, string nameKey)
    {
        var g = state.Groups[gi];
        g.Members.Add(index);
        g.FirstWordKeys.Add(Canon(state, m.Words[0]));
        AddNameKey(state, g, gi, nameKey);

        // A classical chain is named again by its short forms; a father's name after بن does not name the person.
        // A one-word name has no short form and is its own word (no array, no list for it).
        var own = m.Type == 0 && m.Words.Length > 1 ? NameChainKeys.OwnWords(m.Words) : null;
        if (own is not null)
        {
            foreach (var form in NameChainKeys.ShortForms(m.Words))
            {
                AddNameKey(state, g, gi, NameKey(state, form));
            }
        }

        g.HasMultiWordKey |= m.Words.Length > 1 || m.Words[0].Contains(' ', StringComparison.Ordinal);
        for (var k = 0; k < m.Words.Length; k++)
        {
            var w = m.Words[k];
            if (_lexicon.CueOf(w).Class == CueClass.Ordinal)
            {
                (g.Ordinals ??= new HashSet<string>(StringComparer.Ordinal)).Add(w);
            }

            if (own is not null && !own[k])
            {
                continue;
            }

            var key = Canon(state, w);
            if (g.WordKeys.Add(key))
            {
                Bucket(state.ByWord, (g.Type, key)).Add(gi);
            }
        }
    }

    private static void AddNameKey(State state, Group g, int gi, string nameKey)
    {
        if (g.NameKeys.Add(nameKey))
        {
            var list = Bucket(state.ByName, (g.Type, nameKey));
            var at = list.BinarySearch(gi);
            list.Insert(at < 0 ? ~at : at, gi);
        }
    }

    private static List<int> Bucket(Dictionary<(int Type, string Key), List<int>> map, (int, string) key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }

    /// <summary>
    /// The key two words share exactly when they are the same name: the word itself, or,
    /// for a word of four letters or more whose transliteration skeleton has three or more, that skeleton
    /// (marked so it cannot equal a plain word). So "same" is an equivalence, and groups can index by it.
    /// </summary>
    private string Canon(State state, string w)
    {
        if (!_options.Transliteration || w.Length < 4)
        {
            return w;
        }

        if (!state.Canon.TryGetValue(w, out var key))
        {
            key = NameSkeleton.Of(w) is { Length: >= 3 } skeleton ? "\u0002" + skeleton : w;
            state.Canon[w] = key;
        }

        return key;
    }

    /// <summary>The key of a whole name: its words' keys in order.</summary>
    private string NameKey(State state, string[] words)
    {
        if (words.Length == 1)
        {
            return Canon(state, words[0]);
        }

        // The keys joined by U+0001 into one string, with no builder between.
        if (state.Keys.Length < words.Length)
        {
            state.Keys = new string[words.Length * 2];
        }

        for (var i = 0; i < words.Length; i++)
        {
            state.Keys[i] = Canon(state, words[i]);
        }

        return string.Join('\u0001', state.Keys, 0, words.Length);
    }

    /// <summary>The first index of each mention in the list (as <see cref="List{T}.IndexOf(T)"/> would find it).</summary>
    private static Dictionary<MentionDraft, int> FirstIndexes(List<MentionDraft> mentions)
    {
        var map = new Dictionary<MentionDraft, int>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            map.TryAdd(mentions[i], i);
        }

        return map;
    }

    /// <summary>
    /// The kinship of a possessive kinship noun right before a mention, past its modifiers ("شقيقه الأكبر
    /// ألكسندر" → brother; "والدته" → mother), or null.
    /// </summary>
    private string? KinBefore(AnalyzedDocument doc, MentionDraft m)
    {
        var tokens = doc.Tokens;
        var k = m.FirstToken - 1;
        while (k >= 0 && tokens[k].Sentence == tokens[m.FirstToken].Sentence && _lexicon.CueOf(tokens[k].Norm).Class == CueClass.Modifier)
        {
            k--;
        }

        if (k < 0 || tokens[k].Sentence != tokens[m.FirstToken].Sentence)
        {
            return null;
        }

        var cue = CueForKin(tokens[k]);
        var surface = doc.Source.Slice(tokens[k].Span);
        if (cue.Class != CueClass.Kin || cue.Kind is null || !(surface.EndsWith("ه") || surface.EndsWith("ها")))
        {
            return null;
        }

        return cue.Kind;
    }

    /// <summary>
    /// The kinship of a person who opens a list item under a line that ends with a colon and names a
    /// kinship ("كان له أشقاء عدة، شقيقة وشقيق أكبر منه:" then "- ماريا من مواليد 1878"): the first kinship
    /// noun of that line, or null. Such a person is a relative listed, not someone named before.
    /// </summary>
    private string? ListKin(AnalyzedDocument doc, MentionDraft m)
    {
        const int maxItems = 20;
        var tokens = doc.Tokens;
        var si = tokens[m.FirstToken].Sentence;
        var item = doc.Sentences[si];
        if (item.Kind != SentenceKind.ListItem)
        {
            return null;
        }

        for (var k = item.FirstToken; k < m.FirstToken; k++)
        {
            if (tokens[k].Kind is TokenKind.Arabic or TokenKind.Latin)
            {
                return null;
            }
        }

        var j = si - 1;
        while (j >= 0 && si - j <= maxItems && doc.Sentences[j].Kind == SentenceKind.ListItem)
        {
            j--;
        }

        if (j < 0 || si - j > maxItems)
        {
            return null;
        }

        var intro = doc.Sentences[j];
        if (intro.TokenCount == 0 || tokens[intro.EndToken - 1].Norm != ":")
        {
            return null;
        }

        for (var k = intro.FirstToken; k < intro.EndToken; k++)
        {
            var cue = CueForKin(tokens[k]);
            if (cue.Class == CueClass.Kin && cue.Kind is not null)
            {
                return cue.Kind;
            }
        }

        return null;
    }

    /// <summary>
    /// The group a mention joins, or -1. A mention introduced as kin (<paramref name="kin"/>) joins neither the
    /// group of the person it is kin of (<paramref name="possessor"/>) nor a group introduced as another kin;
    /// with <paramref name="exactOnly"/> it joins only a group that already has exactly its name.
    /// </summary>
    private int Match(State state, MentionDraft m, string nameKey, string? kin, int possessor, bool exactOnly = false)
    {
        var groups = state.Groups;
        bool Excluded(int g) => kin is not null && (g == possessor || (groups[g].KinKind is { } other && other != kin));

        // Exact (or transliteration-equal) full name: the most recent such group.
        if (state.ByName.TryGetValue((m.Type, nameKey), out var named))
        {
            for (var x = named.Count - 1; x >= 0; x--)
            {
                state.Examined++;
                var g = named[x];
                if (groups[g].Alive && !Excluded(g))
                {
                    return g;
                }
            }
        }

        if (exactOnly)
        {
            return -1;
        }

        // The candidates: the groups that have the word every match needs (for a person or an organization,
        // the one of its required words that the fewest groups have; for a place, its longest word).
        List<int>? candidates = null;
        switch (m.Type)
        {
            case 0:
                foreach (var w in m.Words)
                {
                    if (!state.ByWord.TryGetValue((0, Canon(state, w)), out var list))
                    {
                        return -1;
                    }

                    if (candidates is null || list.Count < candidates.Count)
                    {
                        candidates = list;
                    }
                }

                break;
            case 1:
                state.ByWord.TryGetValue((1, Canon(state, Longest(m.Words))), out candidates);
                break;
            default:
                foreach (var w in m.Words)
                {
                    if (!IsContentWord(w))
                    {
                        continue;
                    }

                    if (!state.ByWord.TryGetValue((m.Type, Canon(state, w)), out var list))
                    {
                        return -1;
                    }

                    if (candidates is null || list.Count < candidates.Count)
                    {
                        candidates = list;
                    }
                }

                break;
        }

        if (candidates is null)
        {
            return -1;
        }

        HashSet<string>? ordinals = null;
        var bestGroup = -1;
        var bestSize = 0;
        foreach (var g in candidates)
        {
            state.Examined++;
            var grp = groups[g];
            if (!grp.Alive || Excluded(g) || grp.Members.Count < bestSize || (grp.Members.Count == bestSize && g > bestGroup))
            {
                continue;
            }

            var ok = m.Type switch
            {
                // A person: every word known to the group, and the first word one of its first words, unless
                // the group has only one-word names (then "ماركس" may take a first name).
                0 => AllKnown(state, m.Words, grp, contentOnly: false) && (m.Words.Length == 1 || grp.FirstWordKeys.Contains(Canon(state, m.Words[0])) || !grp.HasMultiWordKey),
                1 => true, // the candidates are the groups with its longest word
                _ => AllKnown(state, m.Words, grp, contentOnly: true) && SameOrdinals(ordinals ??= Ordinals(m.Words), grp.Ordinals),
            };
            if (ok)
            {
                bestGroup = g;
                bestSize = grp.Members.Count;
            }
        }

        return bestGroup;
    }

    private bool AllKnown(State state, string[] words, Group grp, bool contentOnly)
    {
        foreach (var w in words)
        {
            if ((!contentOnly || IsContentWord(w)) && !grp.WordKeys.Contains(Canon(state, w)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameOrdinals(HashSet<string> mention, HashSet<string>? group)
        => group is null ? mention.Count == 0 : mention.SetEquals(group);

    // "المؤتمر الثالث" and "المؤتمر الرابع" are different congresses.
    private HashSet<string> Ordinals(string[] words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            if (_lexicon.CueOf(w).Class == CueClass.Ordinal)
            {
                set.Add(w);
            }
        }

        return set;
    }

    private static string Longest(string[] words)
    {
        var best = words[0];
        foreach (var w in words)
        {
            if (w.Length > best.Length)
            {
                best = w;
            }
        }

        return best;
    }

    private bool IsContentWord(string w)
        => w.Length >= 3 && _lexicon.CueOf(w).Class is not (CueClass.OrgHead or CueClass.LocHead or CueClass.Ordinal or CueClass.Stop);

    /// <summary>Finds declared aliases; adds mentions for aliases the tagger missed.</summary>
    private List<(MentionDraft, MentionDraft)> FindAliases(AnalyzedDocument doc, List<MentionDraft> mentions, Func<int, int, int, MentionDraft?>? build)
    {
        var pairs = new List<(MentionDraft, MentionDraft)>();
        var tokens = doc.Tokens;
        var byStart = new Dictionary<int, MentionDraft>(mentions.Count);
        var byEnd = new Dictionary<int, MentionDraft>(mentions.Count);
        foreach (var m in mentions)
        {
            byStart.TryAdd(m.FirstToken, m);
            byEnd.TryAdd(m.EndToken, m);
        }

        var handled = new HashSet<int>();

        // Which tokens a mention covers (kept up to date as mentions are added), and the persons in list
        // order: the drafts, then those added for parentheses, then those added for alias cues.
        var covered = new bool[tokens.Length];
        var drafted = new PersonRun();
        foreach (var m in mentions)
        {
            Cover(covered, m);
            drafted.Add(m);
        }

        var parenthesised = new PersonRun();
        var declared = new PersonRun();

        // A parenthesised short name right after a name: "المنظمة العالمية للشيوعية (الكومنترن)".
        foreach (var x in mentions.ToList())
        {
            var open = x.EndToken;
            if (open + 2 >= tokens.Length || tokens[open].Norm != "(" || tokens[open].Sentence != tokens[x.FirstToken].Sentence)
            {
                continue;
            }

            var close = open + 1;
            while (close < tokens.Length && close - open <= 3 && tokens[close].Kind is TokenKind.Arabic or TokenKind.Latin)
            {
                close++;
            }

            if (close >= tokens.Length || tokens[close].Norm != ")" || close == open + 1 || _lexicon.CueOf(tokens[open + 1].Norm).Class is not (CueClass.None or CueClass.OrgHead or CueClass.LocHead))
            {
                continue;
            }

            if (!byStart.TryGetValue(open + 1, out var y))
            {
                if (build is null || covered[open + 1])
                {
                    continue;
                }

                y = build(open + 1, close, x.Type);
                if (y is null)
                {
                    continue;
                }

                mentions.Add(y);
                byStart[open + 1] = y;
                Cover(covered, y);
                parenthesised.Add(y);
            }

            if (y.Type == x.Type && y.EndToken == close)
            {
                pairs.Add((x, y));
                handled.Add(open + 1);
            }
        }

        foreach (var s in doc.Sentences)
        {
            if (s.IsNoise)
            {
                continue;
            }

            for (var i = s.FirstToken; i < s.EndToken; i++)
            {
                if (_lexicon.CueOf(tokens[i].Norm).Class != CueClass.Alias)
                {
                    continue;
                }

                // Y: after the cue and its link words, quotes and brackets.
                var j = i + 1;
                while (j < s.EndToken && (IsAliasWord(tokens[j]) || IsQuote(tokens[j])))
                {
                    j++;
                }

                if (j >= s.EndToken || handled.Contains(j))
                {
                    continue;
                }

                // X: the mention just before the cue (المعروف، الملقب), or the nearest person before (اسمه، المستعار).
                var k = i;
                while (k > s.FirstToken && (IsAliasWord(tokens[k - 1]) || tokens[k - 1].Kind == TokenKind.Punctuation))
                {
                    k--;
                }

                var declarative = tokens[i].Norm.StartsWith("الم", StringComparison.Ordinal) && !tokens[i].Norm.EndsWith("ستعار", StringComparison.Ordinal) && !tokens[i].Norm.EndsWith("حقيقي", StringComparison.Ordinal);
                MentionDraft? x = null;
                if (declarative)
                {
                    byEnd.TryGetValue(k, out x);
                }
                else
                {
                    // The last person (in list order) ending before the cue, in this sentence if there is one.
                    x = LastPerson(doc, declared, parenthesised, drafted, tokens[i].Sentence, k, s.FirstToken)
                        ?? LastPerson(doc, declared, parenthesised, drafted, tokens[i].Sentence, k, -1);
                }

                if (x is null)
                {
                    continue;
                }

                if (!byStart.TryGetValue(j, out var y))
                {
                    if (build is null || tokens[j].Kind is not (TokenKind.Arabic or TokenKind.Latin) || covered[j])
                    {
                        continue;
                    }

                    // One word, or up to three inside quotes.
                    var end = j + 1;
                    if (j > 0 && IsQuote(tokens[j - 1]))
                    {
                        while (end < s.EndToken && end - j < 3 && !IsQuote(tokens[end]) && tokens[end].Kind == TokenKind.Arabic)
                        {
                            end++;
                        }
                    }

                    y = build(j, end, x.Type);
                    if (y is null)
                    {
                        continue;
                    }

                    mentions.Add(y);
                    byStart[j] = y;
                    Cover(covered, y);
                    declared.Add(y);
                }

                if (!ReferenceEquals(x, y) && (x.Type == y.Type))
                {
                    pairs.Add((x, y));
                    handled.Add(j);
                }
            }
        }

        return pairs;
    }

    private static void Cover(bool[] covered, MentionDraft m)
    {
        for (var t = Math.Max(0, m.FirstToken); t < m.EndToken && t < covered.Length; t++)
        {
            covered[t] = true;
        }
    }

    /// <summary>Persons in the order they were added to the mention list; knows whether they are in text order.</summary>
    private sealed class PersonRun
    {
        public readonly List<MentionDraft> Items = [];

        /// <summary>True while starts and ends never go back (mentions in text order, not overlapping).</summary>
        public bool InOrder = true;

        public void Add(MentionDraft m)
        {
            if (m.Type != 0)
            {
                return;
            }

            if (Items.Count > 0 && (m.FirstToken < Items[^1].FirstToken || m.EndToken < Items[^1].EndToken))
            {
                InOrder = false;
            }

            Items.Add(m);
        }

        /// <summary>The last person (in list order) ending at or before <paramref name="end"/> and starting at or after <paramref name="minFirst"/>.</summary>
        public MentionDraft? Last(int end, int minFirst)
        {
            if (!InOrder)
            {
                for (var x = Items.Count - 1; x >= 0; x--)
                {
                    if (Items[x].EndToken <= end && Items[x].FirstToken >= minFirst)
                    {
                        return Items[x];
                    }
                }

                return null;
            }

            // In text order: the last one ending in time has the latest start of all that do.
            int lo = 0, hi = Items.Count - 1, found = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                if (Items[mid].EndToken <= end)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return found >= 0 && Items[found].FirstToken >= minFirst ? Items[found] : null;
        }
    }

    /// <summary>
    /// The last person in the mention list (drafts, then parenthesised additions, then alias additions) that ends
    /// at or before token <paramref name="end"/> (in sentence <paramref name="sentence"/>) and starts at or after
    /// <paramref name="minFirst"/>. The alias additions come sentence by sentence, so the scan of them stops at the
    /// first one from an earlier sentence.
    /// </summary>
    private static MentionDraft? LastPerson(AnalyzedDocument doc, PersonRun declared, PersonRun parenthesised, PersonRun drafted, int sentence, int end, int minFirst)
    {
        var items = declared.Items;
        for (var x = items.Count - 1; x >= 0; x--)
        {
            var m = items[x];
            if (m.EndToken <= end && m.FirstToken >= minFirst)
            {
                return m;
            }

            if (doc.Tokens[m.FirstToken].Sentence < sentence)
            {
                // Added in an earlier sentence, as are all before it: each ends before `end`, so only the
                // sentence limit can have failed, and it fails for all of them.
                break;
            }
        }

        return parenthesised.Last(end, minFirst) ?? drafted.Last(end, minFirst);
    }

    private bool IsAliasWord(Token t) => _lexicon.CueOf(t.Norm).Class is CueClass.Alias or CueClass.AliasLink;

    private static bool IsQuote(Token t) => t.Kind == TokenKind.Punctuation && t.Norm is "\"" or "'" or "(" or ")" or "«" or "»" or ":";

    /// <summary>Kinship: "شقيقه الأكبر ألكسندر" → ألكسندر is brother of the last person named before; "شقيق لينين الأكبر ألكسندر" → of لينين.</summary>
    private void Relations(AnalyzedDocument doc, List<MentionDraft> mentions, List<Group> groups, int[] groupOf, Dictionary<MentionDraft, int> indexOf)
    {
        var tokens = doc.Tokens;
        var byStart = new Dictionary<int, int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            byStart.TryAdd(mentions[i].FirstToken, i);
        }

        // Persons by end token: the tokens below are visited in order, so "the last person (in list order) that
        // ends before token i" is kept up to date by one sweep.
        var persons = new List<int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Type == 0)
            {
                persons.Add(i);
            }
        }

        persons.Sort((a, b) => mentions[a].EndToken != mentions[b].EndToken ? mentions[a].EndToken.CompareTo(mentions[b].EndToken) : a.CompareTo(b));
        var swept = 0;
        var lastBefore = -1;

        foreach (var s in doc.Sentences)
        {
            if (s.IsNoise)
            {
                continue;
            }

            for (var i = s.FirstToken; i < s.EndToken; i++)
            {
                var cue = CueForKin(tokens[i]);
                if (cue.Class != CueClass.Kin || cue.Kind is null)
                {
                    continue;
                }

                var kind = cue.Kind;
                var surface = doc.Source.Slice(tokens[i].Span);
                if (surface.EndsWith("ة") && kind is "father" or "brother" or "husband")
                {
                    kind = kind switch { "father" => "mother", "brother" => "sister", _ => "wife" };
                }

                int? possessor = null;
                var j = i + 1;
                if (byStart.TryGetValue(j, out var pm) && mentions[pm].Type == 0 && !surface.EndsWith("ه") && !surface.EndsWith("ها"))
                {
                    possessor = groupOf[pm];
                    j = mentions[pm].EndToken;
                }

                while (j < s.EndToken && _lexicon.CueOf(tokens[j].Norm).Class == CueClass.Modifier)
                {
                    j++;
                }

                if (!byStart.TryGetValue(j, out var rm) || mentions[rm].Type != 0)
                {
                    continue;
                }

                if (possessor is null)
                {
                    while (swept < persons.Count && mentions[persons[swept]].EndToken <= i)
                    {
                        lastBefore = Math.Max(lastBefore, persons[swept]);
                        swept++;
                    }

                    if (lastBefore < 0)
                    {
                        continue;
                    }

                    possessor = groupOf[indexOf[mentions[lastBefore]]];
                }

                var relative = groups[groupOf[rm]];
                if (groupOf[rm] == possessor)
                {
                    continue;
                }

                var evidence = new TextSpan(tokens[i].Span.Start, tokens[j - 1].Span.End);
                if (!HasRelation(relative.Relations ??= [], kind, possessor.Value))
                {
                    relative.Relations.Add(new EntityRelation(kind, possessor.Value, evidence));
                }

                if (j == i + 1 || !byStart.ContainsKey(i + 1))
                {
                    (relative.DeclaredAliases ??= []).Add(doc.Source[evidence]);
                }
            }
        }
    }

    // A loop, not Any with a lambda: the lambda's captures made the loop allocate a closure for every token.
    private static bool HasRelation(List<EntityRelation> relations, string kind, int of)
    {
        foreach (var r in relations)
        {
            if (r.Kind == kind && r.Of == of)
            {
                return true;
            }
        }

        return false;
    }

    private Cue CueForKin(Token t)
    {
        var c = _lexicon.CueOf(t.Norm);
        if (c.Class == CueClass.Kin)
        {
            return c;
        }

        // "وشقيقه", "ووالدته": a conjunction before the kinship noun.
        if ((t.Clitics & (Proclitics.Wa | Proclitics.Fa)) != 0 && t.Norm.Length > 3)
        {
            return _lexicon.CueOf(t.Norm.AsSpan(1));
        }

        return default;
    }

    private static int? Subject(AnalyzedDocument doc, List<MentionDraft> mentions, List<Group> groups, int[] groupOf)
    {
        if (groups.Count == 0)
        {
            return null;
        }

        var firstSentences = doc.Sentences.Select((s, i) => (s, i)).Where(p => !p.s.IsNoise && p.s.TokenCount > 0).Take(2).Select(p => p.i).ToList();
        var scores = new double[groups.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            var g = groupOf[i];
            scores[g] += 1;
            var sentence = doc.Tokens[mentions[i].FirstToken].Sentence;
            if (firstSentences.Count > 0 && sentence == firstSentences[0])
            {
                scores[g] += 10;
            }
            else if (firstSentences.Count > 1 && sentence == firstSentences[1])
            {
                scores[g] += 4;
            }
        }

        for (var g = 0; g < groups.Count; g++)
        {
            if (groups[g].Type == 0)
            {
                scores[g] *= 1.5;
            }
        }

        var best = 0;
        for (var g = 1; g < groups.Count; g++)
        {
            if (scores[g] > scores[best])
            {
                best = g;
            }
        }

        return best;
    }

    private string? KindOf(AnalyzedDocument doc, List<MentionDraft> mentions, Group g, Func<int, string> keyOf, List<(string Kind, int Count)> votes)
    {
        if (g.Type == 0)
        {
            return null;
        }

        votes.Clear();
        foreach (var i in g.Members)
        {
            var m = mentions[i];
            string? kind = null;
            if (g.Type == 1)
            {
                kind = _lexicon.Places.KindOf(keyOf(i));
            }
            else if (_lexicon.Names.KindOf(keyOf(i)) is { } listed && listed.StartsWith(g.Type == 2 ? "org:" : "misc:", StringComparison.Ordinal))
            {
                // The name lists give organizations (club, newspaper, party…) and other names (currency, war, prize…) a kind.
                var fine = listed[(listed.IndexOf(':') + 1)..];
                fine = fine.StartsWith("wiki-", StringComparison.Ordinal) ? fine[5..] : fine;
                kind = fine == "other" ? null : fine;
            }

            var head = _lexicon.CueOf(m.Words[0]);
            if (kind is null && g.Type != 3 && head.Kind is not null && head.Class == (g.Type == 1 ? CueClass.LocHead : CueClass.OrgHead))
            {
                kind = head.Kind;
            }

            if (kind is null && g.Type != 3 && m.FirstToken > 0)
            {
                var before = doc.Tokens[m.FirstToken - 1];
                var c = _lexicon.CueOf(before.Norm);
                if (c.Class == CueClass.None && before.CliticCount > 0)
                {
                    c = _lexicon.CueOf(before.NormBase);
                }

                if (c.Kind is not null && c.Class == (g.Type == 1 ? CueClass.LocHead : CueClass.OrgHead))
                {
                    kind = c.Kind;
                }
            }

            if (kind is not null)
            {
                Vote(votes, kind);
            }
        }

        // The kind with the most votes, the ordinally first on a tie.
        string? winner = null;
        var most = 0;
        foreach (var (kind, count) in votes)
        {
            if (count > most || (count == most && string.CompareOrdinal(kind, winner) < 0))
            {
                winner = kind;
                most = count;
            }
        }

        return winner;
    }

    private static void Vote(List<(string Kind, int Count)> votes, string kind)
    {
        for (var v = 0; v < votes.Count; v++)
        {
            if (votes[v].Kind == kind)
            {
                votes[v] = (kind, votes[v].Count + 1);
                return;
            }
        }

        votes.Add((kind, 1));
    }
}
