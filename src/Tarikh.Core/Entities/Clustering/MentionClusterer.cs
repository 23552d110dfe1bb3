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
public sealed partial class MentionClusterer
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

        // A member's name has a Slavic patronymic middle word ("إيليا يفيموفيتش ريبين").
        public bool HasPatronymic;

        // A place's form of government, from its first word ("مملكة"، "إمارة"، "جمهورية"), or null.
        public string? Polity;

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
        => ClusterInPlace(doc, new List<MentionDraft>(drafts), build, out examined);

    /// <summary>
    /// Clusters the mentions of a list the caller hands over: the declared aliases add to it and it is sorted in place,
    /// so the entity stage's list is not copied first. The caller must not read the list afterwards. The token flags, when
    /// given, are a free array of one flag per token that the alias pass reuses (contents overwritten).
    /// </summary>
    internal ClusteringResult ClusterInPlace(AnalyzedDocument doc, List<MentionDraft> mentions, Func<int, int, int, MentionDraft?>? build, out long examined, bool[]? tokenFlags = null)
    {
        var aliasPairs = _options.DeclaredAliases ? FindAliases(doc, mentions, build, tokenFlags) : [];
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        var partners = new Dictionary<int, List<int>>();
        foreach (var (a, b) in aliasPairs)
        {
            var ia = FirstIndexOf(mentions, a);
            var ib = FirstIndexOf(mentions, b);
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

        var state = new State(mentions.Count);
        var groups = state.Groups;
        var groupOf = new int[mentions.Count];
        var lastPerson = -1;
        var firstPerson = -1; // the document's first person: "أخوه محمد" is his kin too when another was named between
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
            var g = Match(state, m, nameKey, kin, possessor, exactOnly: listed is not null, topic: kin is not null && firstPerson >= 0 ? groupOf[firstPerson] : -1,
                kinNear: m.Type == 0 && PatronymicAt(m.Words) >= 0 && KinNear(doc, m));
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
                if (firstPerson < 0)
                {
                    firstPerson = i;
                }
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

        Relations(doc, mentions, groups, groupOf);
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
        /// <summary>
        /// Sizes the tables for <paramref name="mentions"/> mentions: on the mixed benchmark documents there were about
        /// 0.23–0.32 groups, name keys, word keys and word skeletons per mention, so a third of the mention count is a
        /// first size that a table rarely outgrows (growing from empty copies each table about twice over).
        /// </summary>
        public State(int mentions)
        {
            var size = mentions / 3;
            Groups = new List<Group>(size);
            ByName = new Dictionary<(int Type, string Key), GroupBucket>(size);
            ByWord = new Dictionary<(int Type, string Key), GroupBucket>(size);
            Canon = new Dictionary<string, string>(size, StringComparer.Ordinal);
        }

        public readonly List<Group> Groups;

        /// <summary>Groups by (type, name key), ascending: the most recent group with a name is the last one alive.</summary>
        public readonly Dictionary<(int Type, string Key), GroupBucket> ByName;

        /// <summary>Groups by (type, word key), each group once (in no particular order).</summary>
        public readonly Dictionary<(int Type, string Key), GroupBucket> ByWord;

        /// <summary>Matching keys of words (see <see cref="Canon"/>), for this document.</summary>
        public readonly Dictionary<string, string> Canon;

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
        g.HasPatronymic |= m.Type == 0 && PatronymicAt(m.Words) >= 0;
        if (m.Type == 1)
        {
            g.Polity ??= PolityOf(m.Words);
        }
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
            Bucket(state.ByName, (g.Type, nameKey)).Insert(gi);
        }
    }

    // The bucket's slot in the table (added empty when missing); used at once, before the table changes again.
    private static ref GroupBucket Bucket(Dictionary<(int Type, string Key), GroupBucket> map, (int, string) key)
        => ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(map, key, out _);

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

    /// <summary>
    /// The first index of a mention in the list, as <see cref="List{T}.IndexOf(T)"/> finds it, or -1: the list is ordered by
    /// start and equal mentions start alike, so a binary search to the first mention starting there and a scan of those
    /// (a table of every mention before, asked a few times per document).
    /// </summary>
    private static int FirstIndexOf(List<MentionDraft> mentions, MentionDraft m)
    {
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (mentions[mid].Span.Start < m.Span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < mentions.Count && mentions[i].Span.Start == m.Span.Start; i++)
        {
            if (mentions[i].Equals(m))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The kinship of a possessive kinship noun right before a mention, past its modifiers ("شقيقه الأكبر
    /// ألكسندر" → brother; "والدته" → mother), or null.
    /// </summary>
    // A kinship noun among the four words before the mention in its sentence ("أبوه تاجر الشاي فاسيلي سيلفستروفيتش
    // كاندينسكي"): the full name may be the relative's, who shares the first and the family name.
    private bool KinNear(AnalyzedDocument doc, MentionDraft m)
    {
        var tokens = doc.Tokens;
        for (var k = m.FirstToken - 1; k >= 0 && k >= m.FirstToken - 4 && tokens[k].Sentence == tokens[m.FirstToken].Sentence; k--)
        {
            if (CueForKin(tokens[k]).Class == CueClass.Kin)
            {
                return true;
            }
        }

        return false;
    }

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
    /// with <paramref name="exactOnly"/> it joins only a group that already has exactly its name. Nor does it join the
    /// group of the document's first person (<paramref name="topic"/>): the pronoun of "أخوه" may point back past the last
    /// person named to the one the text is about ("… وأبوه هارون الرشيد … قُتل أخوه محمد الأمين": not "محمد بن هارون
    /// المعتصم", round 11).
    /// </summary>
    private int Match(State state, MentionDraft m, string nameKey, string? kin, int possessor, bool exactOnly = false, int topic = -1, bool kinNear = false)
    {
        var groups = state.Groups;
        bool Excluded(int g) => kin is not null && (g == possessor || g == topic || (groups[g].KinKind is { } other && other != kin));

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
        GroupBucket candidates = default;
        var found = false;

        // "إيليا ريبين" then "إيليا يفيموفيتش ريبين": a Slavic patronymic between the first name and the family name
        // adds a word the short form had not, yet names the same person — unless the group already has a patronymic
        // (another one would be another person: a father and his son share the first and the family name).
        var patronymic = m.Type == 0 && !kinNear ? PatronymicAt(m.Words) : -1;
        switch (m.Type)
        {
            case 0:
                for (var k = 0; k < m.Words.Length; k++)
                {
                    var w = m.Words[k];
                    if (k == patronymic)
                    {
                        continue;
                    }

                    if (!state.ByWord.TryGetValue((0, Canon(state, w)), out var list))
                    {
                        return -1;
                    }

                    if (!found || list.Count < candidates.Count)
                    {
                        candidates = list;
                        found = true;
                    }
                }

                break;
            case 1:
                found = state.ByWord.TryGetValue((1, Canon(state, Longest(m.Words))), out candidates);
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

                    if (!found || list.Count < candidates.Count)
                    {
                        candidates = list;
                        found = true;
                    }
                }

                break;
        }

        if (!found)
        {
            return -1;
        }

        HashSet<string>? ordinals = null;
        var bestGroup = -1;
        var bestSize = 0;
        for (var c = 0; c < candidates.Count; c++)
        {
            var g = candidates[c];
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
                0 => (patronymic < 0 || grp.HasPatronymic ? AllKnown(state, m.Words, grp, contentOnly: false) : AllKnownBut(state, m.Words, grp, patronymic)) && (m.Words.Length == 1 || grp.FirstWordKeys.Contains(Canon(state, m.Words[0])) || !grp.HasMultiWordKey),
                // The candidates are the groups with its longest word; a kingdom is not the emirate or the republic
                // of the same land ("المملكة الأردنية الهاشمية" after "إمارة شرق الأردن").
                1 => PolityOf(m.Words) is not { } polity || grp.Polity is null || grp.Polity == polity,
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

    // The forms of government that tell successive states of one land apart (normalized, without the article). Not
    // "دولة"، "سلطنة" or "إمبراطورية": "الدولة العثمانية" and "السلطنة العثمانية" name one state.
    private static readonly string[] Polities = [.. new[] { "مملكة", "إمارة", "جمهورية" }.Select(w => Tarikh.Core.Normalization.ArabicNormalizer.Default.NormalizeString(w))];

    /// <summary>The form of government a multi-word place name begins with ("المملكة المصرية" → مملكة), or null.</summary>
    internal static string? PolityOf(string[] words)
    {
        if (words.Length < 2)
        {
            return null;
        }

        var w = words[0].StartsWith("\u0627\u0644", StringComparison.Ordinal) ? words[0][2..] : words[0];
        foreach (var p in Polities)
        {
            if (w == p)
            {
                return p;
            }
        }

        return null;
    }

    private bool AllKnownBut(State state, string[] words, Group grp, int skip)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (k != skip && !grp.WordKeys.Contains(Canon(state, words[k])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The index of the Slavic patronymic in a three-word name (first name, patronymic, family name): its middle word
    /// ending in "فيتش" (masculine, "يفيموفيتش") or "فنا" (feminine, "ألكسندروفنا"، "إيفانوفنا"), six letters or more; or -1.
    /// </summary>
    internal static int PatronymicAt(string[] words)
    {
        if (words.Length != 3)
        {
            return -1;
        }

        var w = words[1];
        return w.Length >= 6 && (w.EndsWith("فيتش", StringComparison.Ordinal) || w.EndsWith("فنا", StringComparison.Ordinal)) ? 1 : -1;
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
}
