using System.Collections.Frozen;
using System.Collections.Immutable;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>Thresholds of the linker.</summary>
/// <param name="MinConfidence">A link below this is NIL.</param>
/// <param name="MinMargin">The best candidate must beat the second by this much, else NIL.</param>
/// <param name="Candidates">Candidates looked up per name key.</param>
public sealed record LinkerOptions(double MinConfidence = 0.5, double MinMargin = 0.15, int Candidates = 50)
{
    /// <summary>The defaults.</summary>
    public static LinkerOptions Default { get; } = new();
}

/// <summary>
/// Links the document's clusters to knowledge-base items: by normalized Arabic (and other) labels and
/// aliases and their transliteration skeletons; only items of a compatible type (a person to a human, a
/// city to a place); not items whose lifetime the document's own dates rule out; and, for a name that
/// matches only in part ("ألكسندر", "ماريا"), only items related to an already linked cluster (relatives
/// P22 P25 P26 P3373 P40, places, events the linked item took part in). NIL when unsure: a wrong link
/// makes a false alarm. Pure.
/// </summary>
public sealed partial class EntityLinker
{
    /// <summary>Properties whose values are the relatives of a person.</summary>
    public static readonly ImmutableArray<string> RelativeProperties = ["P22", "P25", "P26", "P3373", "P40"];

    /// <summary>Properties whose values are the context of an item (places, organizations, events).</summary>
    public static readonly ImmutableArray<string> ContextProperties = ["P19", "P20", "P69", "P108", "P463", "P102", "P39", "P1344", "P793", "P17", "P131", "P276", "P710", "P361", "P527", "P155", "P156", "P36", "P150", "P159", "P112"];

    /// <summary>
    /// Titles and honorifics (normalized): a part of many names ("زبيدة هانم"، "علي رضا أفندي"، "محمد علي باشا"), never what
    /// tells one bearer from another, so never a partial name alone (a cluster "هانم" is nobody's name).
    /// </summary>
    private static readonly FrozenSet<string> Honorifics = new[]
    {
        "هانم", "افندي", "باشا", "بك", "بيك", "خاتون", "اغا", "الشيخ", "شيخ", "السيد", "سيد", "السيده", "سيده", "الامير", "امير", "الاميره",
        "الملك", "الملكه", "السلطان", "سلطان", "الخليفه", "الامام", "الحاج", "الدكتور", "مدام", "مسيو", "سير", "لورد",
        // the second word of a laqab ("سيف الدولة"، "عضد الدولة"، "صلاح الدين"، "نور الدين"): shared by many bearers
        "الدوله", "الدين",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly KbNames _names;
    private readonly KbNameMemo _memo;

    /// <summary>Creates a linker.</summary>
    public EntityLinker(LinkerOptions? options = null, KbNames? names = null)
    {
        Options = options ?? LinkerOptions.Default;
        _names = names ?? KbNames.Default;
        _memo = new KbNameMemo(_names);
    }

    /// <summary>The thresholds.</summary>
    public LinkerOptions Options { get; }

    private sealed class Candidate(string id, KbEntity entity)
    {
        public string Id { get; } = id;
        public KbEntity Entity { get; } = entity;
        public double Name { get; set; }
        public string Reason { get; set; } = "name";
        public bool Partial { get; set; }
    }

    /// <summary>Links every cluster it can; the result is ordered by cluster id.</summary>
    public ImmutableArray<KbLink> Link(AnalyzedDocument document, IKnowledgeBase kb, CancellationToken cancellationToken = default)
        => Link(document, kb, null, cancellationToken);

    /// <summary>
    /// Links every cluster it can; the result is ordered by cluster id. A claim for which <paramref name="anothers"/> is
    /// true for an item (the verifier's attribution guards: "وقد توفي الأب سنة …" is the father's death) does not rule
    /// that item out by its date.
    /// </summary>
    internal ImmutableArray<KbLink> Link(AnalyzedDocument document, IKnowledgeBase kb, Func<Claim, KbEntity, bool>? anothers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(kb);
        var clusters = document.Clusters;
        var candidates = new List<Candidate>[clusters.Length];
        var links = new KbLink?[clusters.Length];
        var latest = LatestYear(document);
        var excluded = new bool[clusters.Length];
        for (var i = 0; i < clusters.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            excluded[i] = CutPlace(document, clusters[i]) || TwoNamesakes(document, clusters[i]) || FamilyName(document, clusters[i]);
            candidates[i] = excluded[i] ? [] : Candidates(document, clusters[i], kb, latest, anothers);
        }

        // Pass 1: whole-name matches, unambiguous.
        for (var i = 0; i < clusters.Length; i++)
        {
            links[i] = candidates[i].Count == 0 ? null : Decide(clusters[i], candidates[i].Where(c => !c.Partial).ToList(), null, links);
        }

        // Passes 2–3: partial names and ties, decided by agreement with linked clusters.
        Dictionary<string, List<(int Cluster, string[] Words)>>? namesByFirstWord = null;
        for (var round = 0; round < 2; round++)
        {
            var context = Context(links, kb);
            for (var i = 0; i < clusters.Length; i++)
            {
                if (links[i] is null && !excluded[i])
                {
                    AddRelated(clusters[i], candidates[i], context, kb);
                    if (NamesInside(clusters, i, links, namesByFirstWord ??= NamesByFirstWord(clusters)) is { Count: > 0 } inside)
                    {
                        // "شارل ديغول وأين": the whole name of a linked cluster and a stray word; a part of it names no relative.
                        candidates[i].RemoveAll(c => c.Partial && !inside.Contains(c.Id));
                    }

                    if (candidates[i].Count > 0)
                    {
                        links[i] = Decide(clusters[i], candidates[i], context, links);
                    }
                }
            }
        }

        return [.. links.Where(l => l is not null)!];
    }

    // The items of linked clusters whose whole name (two words or more) lies among the words of cluster i's name. Its name or
    // one of its aliases (round 13: "بهاء الدين ولد" of "بهاء الدين ولد الملقّب" inside "بهاء الدين ولد سنة"). Round 14
    // (issue-18): the names of every cluster are indexed once per Link by their first word, and only those whose first word
    // is a word of cluster i's name are compared (a walk of all clusters' names per unlinked cluster before).
    private HashSet<string> NamesInside(ImmutableArray<EntityCluster> clusters, int i, KbLink?[] links,
        Dictionary<string, List<(int Cluster, string[] Words)>> namesByFirstWord)
    {
        var inside = new HashSet<string>(StringComparer.Ordinal);
        var words = _memo.Words(_memo.Key(clusters[i].Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var w in words)
        {
            if (!namesByFirstWord.TryGetValue(w, out var names))
            {
                continue;
            }

            foreach (var (j, other) in names)
            {
                if (j != i && links[j] is { } l && other.Length < words.Count && AllIn(other, words))
                {
                    inside.Add(l.Item);
                }
            }
        }

        return inside;
    }

    private static bool AllIn(string[] words, HashSet<string> set)
    {
        foreach (var w in words)
        {
            if (!set.Contains(w))
            {
                return false;
            }
        }

        return true;
    }

    // Every cluster's names of two words or more (name and aliases), under their first word.
    private Dictionary<string, List<(int Cluster, string[] Words)>> NamesByFirstWord(ImmutableArray<EntityCluster> clusters)
    {
        var byFirst = new Dictionary<string, List<(int, string[])>>(StringComparer.Ordinal);
        for (var j = 0; j < clusters.Length; j++)
        {
            foreach (var name in clusters[j].Aliases.Prepend(clusters[j].Name))
            {
                if (_memo.Words(_memo.Key(name)) is { Length: >= 2 } other)
                {
                    if (!byFirst.TryGetValue(other[0], out var list))
                    {
                        byFirst[other[0]] = list = [];
                    }

                    list.Add((j, other));
                }
            }
        }

        return byFirst;
    }

    // The latest year the document's own dates reach (dates anchored on "today" left out), or null.
    private static int? LatestYear(AnalyzedDocument document)
    {
        int? latest = null;
        foreach (var t in document.Timexes)
        {
            if (t.Valid && t.Gregorian is { } g && t.Anchor is not { IsReference: true } && (latest is null || g.End.Year > latest))
            {
                latest = g.End.Year;
            }
        }

        return latest;
    }

    // Round 21 (21k2): a successor's or predecessor's noun with its pronoun that the recognizer took into the name ("خلفه ولد محمد
    // السالك"، "وسلفه فلان"): the name after it (in place of the name read), else null. The noun is a relation to another ruler,
    // never part of a name.
    private static readonly string[] SuccessorNouns = ["خلفه", "سلفه", "خليفته", "خلفها", "سلفها", "وخلفه", "وسلفه"];

    private static string? WithoutSuccessorNoun(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && SuccessorNouns.Contains(name[..space]) && name[(space + 1)..].Contains(' ', StringComparison.Ordinal) ? name[(space + 1)..] : null;
    }

    private List<Candidate> Candidates(AnalyzedDocument document, EntityCluster cluster, IKnowledgeBase kb, int? latestYear, Func<Claim, KbEntity, bool>? anothers = null)
    {
        var byId = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var names = new List<string> { cluster.Name };
        names.AddRange(cluster.Aliases);
        names.AddRange(RestoredNames(document, cluster).Where(n => !names.Contains(n)));
        if (cluster.Label == EntityLabels.Person)
        {
            for (var n = 0; n < names.Count; n++)
            {
                names[n] = WithoutSuccessorNoun(names[n]) ?? names[n];
            }
        }

        var wanted = WantedTypes(cluster);
        if (wanted.Count == 0 || CutPlace(document, cluster))
        {
            return [];
        }

        // Namesakes: a suffix written after the mentions ("ألكسندر دوما الابن") is part of the name; a cluster whose
        // mentions bear two different ones holds a father and his son, and links to neither.
        var suffixClass = default(string);
        if (cluster.Label == EntityLabels.Person)
        {
            var found = SuffixesOf(document, cluster).ToList();
            var classes = found.Select(f => f.Class).Concat(names.SelectMany(n => GenerationalSuffix.ClassesIn(_memo.Key(n)))).Distinct().ToList();
            if (classes.Count > 1)
            {
                return []; // Link leaves such a cluster out of every pass (TwoNamesakes)
            }

            suffixClass = classes.FirstOrDefault();
            foreach (var word in found.Select(f => f.Word).Distinct())
            {
                var whole = $"{cluster.Name} {word}";
                if (!names.Contains(whole))
                {
                    names.Add(whole);
                }
            }
        }

        var tokenSets = new List<string[]>();
        var fullWords = _memo.Words(_memo.Key(WithoutSuccessorNoun(cluster.Name) ?? cluster.Name));
        foreach (var name in names)
        {
            var key = _memo.Key(name);
            if (key.Length < 2)
            {
                continue;
            }

            // A short form of the cluster's own name ("الحسين" of "الحسين بن علي") is a weaker match than the whole name:
            // the item the whole name matches wins over the other bearers of the short form.
            var words = _memo.Words(key);
            var shortForm = name != cluster.Name && words.Length < fullWords.Length && words.All(fullWords.Contains) ? 0.8 : 1.0;
            Add(kb.Lookup(key, KbKeyKind.Name, Options.Candidates), shortForm, "name", partial: false);
            Add(kb.Lookup(_memo.Skeleton(key), KbKeyKind.Skeleton, Options.Candidates), 0.85 * shortForm, "skeleton", partial: false);
            tokenSets.Add([.. _memo.Words(key).Where(w => !KbNames.IsWeakToken(w) && !Honorifics.Contains(w))]);
        }

        // Round 22 (22k2): a person's full name with his nasab ("علال بن عبد الواحد الفاسي") is known by his own name and his
        // family name or nisba without it ("علال الفاسي"): that short name, when the KB holds it exactly, is a near match.
        if (cluster.Label == EntityLabels.Person)
        {
            foreach (var name in names.ToList())
            {
                if (WithoutNasab(_memo.Words(_memo.Key(name))) is { } bare)
                {
                    Add(kb.Lookup(_memo.Key(bare), KbKeyKind.Name, Options.Candidates), 0.85, "name-without-nasab", partial: false);
                }
            }
        }

        // A name the entity stage cut short ("علي مصطفى" of "علي مصطفى مشرفة"، "الجامعة الأمريكية" of "… في بيروت"): the mention
        // with the one to three words after it, when the KB holds that whole name exactly.
        foreach (var longer in ExtendedNames(document, cluster))
        {
            Add(kb.Lookup(_memo.Key(longer), KbKeyKind.Name, Options.Candidates), 1.0, "extended-name", partial: false);
        }

        // Partial names: every item sharing a word, scored by the share of the name's words it has.
        foreach (var words in tokenSets)
        {
            foreach (var w in words)
            {
                var ids = kb.Lookup(w, KbKeyKind.Token, Options.Candidates);
                if (ids.Count >= Options.Candidates)
                {
                    continue; // too common a word to find anything by
                }

                foreach (var id in ids)
                {
                    if (byId.ContainsKey(id) || kb.Get(id) is not { } e)
                    {
                        continue;
                    }

                    var score = TokenScore(words, e);
                    if (score > 0 && PartialWanted(cluster).Contains(KbTypes.Of(e, kb)))
                    {
                        byId[id] = new Candidate(id, e) { Name = 0.6 * score, Reason = "partial-name", Partial = true };
                    }
                }
            }
        }

        // A nasab that the item's own father bears ("هارون بن محمد المهدي" for the son of al-Mahdi): the whole name fits.
        foreach (var c in byId.Values)
        {
            if (c.Partial && NasabConfirms(cluster, c.Entity, kb))
            {
                (c.Partial, c.Name, c.Reason) = (false, Math.Max(c.Name, 0.9), "nasab");
            }
        }

        return [.. byId.Values.Where(c => wanted.Contains(KbTypes.Of(c.Entity, kb)) && DatesAllow(document, cluster, c.Entity, latestYear, anothers)
            && !NamesakeRelativeFits(document, cluster, c.Entity, kb)
            && SuffixAllows(suffixClass, c.Entity) && !PartOfAnother(cluster, c.Entity)
            && !OnlyAncestors(cluster, c.Entity))];

        void Add(IReadOnlyList<string> ids, double score, string reason, bool partial)
        {
            foreach (var id in ids)
            {
                if (byId.TryGetValue(id, out var existing))
                {
                    if (existing.Name < score)
                    {
                        existing.Name = score;
                        existing.Reason = reason;
                        existing.Partial = partial;
                    }
                }
                else if (kb.Get(id) is { } e)
                {
                    byId[id] = new Candidate(id, e) { Name = score, Reason = reason, Partial = partial };
                }
            }
        }
    }


    private static readonly FrozenSet<string> NasabWords = new[] { "بن", "ابن" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> FirstOfTwoWordNames = new[] { "عبد", "ابو", "ابي", "ابا" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The first word and the words after the nasab chain ("علال بن عبد الواحد الفاسي" → "علال الفاسي"), or null when the
    /// name has no nasab right after its first word or nothing after the chain ("علي بن أبي طالب").
    /// </summary>
    internal static string? WithoutNasab(string[] words)
    {
        if (words.Length < 4 || !NasabWords.Contains(words[1]))
        {
            return null;
        }

        var k = 1;
        while (k < words.Length && NasabWords.Contains(words[k]))
        {
            k += k + 1 < words.Length && FirstOfTwoWordNames.Contains(words[k + 1]) ? 3 : 2;
        }

        if (k >= words.Length || NasabWords.Contains(words[^1]))
        {
            return null;
        }

        return string.Join(' ', words.Skip(k).Prepend(words[0]));
    }

    /// <summary>Letters the segmenter strips from the front of a word as a conjunction or preposition.</summary>
    private const string CliticLetters = "\u0648\u0641\u0628\u0644\u0643"; // و ف ب ل ك

    /// <summary>
    /// A foreign name whose first letter looks like a clitic ("فوستوك" read as "ف" + "وستوك"، "فالنتينا" as "ف" +
    /// "النتينا") reaches the linker cut: the mention starts inside a word after one clitic letter. The name with that
    /// letter restored is looked up too; it links only if the KB holds it whole, so a real clitic costs nothing.
    /// </summary>
    private static IEnumerable<string> ExtendedNames(AnalyzedDocument document, EntityCluster cluster)
    {
        var text = document.Source.Text;
        foreach (var mi in cluster.Mentions)
        {
            if (mi < 0 || mi >= document.Entities.Length)
            {
                continue;
            }

            var span = document.Entities[mi].Span;
            var end = span.End;
            for (var n = 0; n < 3; n++)
            {
                var start = end;
                while (start < text.Length && text[start] == ' ')
                {
                    start++;
                }

                if (start == end || start >= text.Length || !IsArabicLetter(text[start]))
                {
                    break;
                }

                end = start;
                while (end < text.Length && IsArabicLetter(text[end]) || (end < text.Length && char.GetUnicodeCategory(text[end]) == System.Globalization.UnicodeCategory.NonSpacingMark))
                {
                    end++;
                }

                yield return text[span.Start..end];
            }
        }
    }

    private static IEnumerable<string> RestoredNames(AnalyzedDocument document, EntityCluster cluster)
    {
        var text = document.Source.Text;
        foreach (var mi in cluster.Mentions)
        {
            if (mi < 0 || mi >= document.Entities.Length)
            {
                continue;
            }

            var span = document.Entities[mi].Span;
            if (span.Start >= 1 && CliticLetters.Contains(text[span.Start - 1], StringComparison.Ordinal)
                && (span.Start == 1 || !IsArabicLetter(text[span.Start - 2])) && IsArabicLetter(text[span.Start]))
            {
                yield return text[(span.Start - 1)..span.End];
            }
        }
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A';

    // Items related to the linked ones are candidates for a part of a name whatever the size of the KB: a
    // first name shared by thousands of items ("أولغا") is too common for the word index, not for the family.
    private void AddRelated(EntityCluster cluster, List<Candidate> candidates, Dictionary<string, double> context, IKnowledgeBase kb)
    {
        var wanted = PartialWanted(cluster);
        var words = new List<string[]>();
        foreach (var name in cluster.Aliases.Prepend(cluster.Name))
        {
            words.Add([.. _memo.Words(_memo.Key(name)).Where(w => !KbNames.IsWeakToken(w) && !Honorifics.Contains(w))]);
        }

        foreach (var id in context.Keys)
        {
            if (HasCandidate(candidates, id) || kb.Get(id) is not { } e || !wanted.Contains(KbTypes.Of(e, kb)))
            {
                continue;
            }

            var score = TokenScore(words[0], e);
            for (var k = 1; k < words.Count; k++)
            {
                score = Math.Max(score, TokenScore(words[k], e));
            }

            if (score > 0 && !PartOfAnother(cluster, e) && !OnlyAncestors(cluster, e))
            {
                candidates.Add(new Candidate(id, e) { Name = 0.6 * score, Reason = "partial-name", Partial = true });
            }
        }
    }

    private static bool HasCandidate(List<Candidate> candidates, string id)
    {
        foreach (var c in candidates)
        {
            if (c.Id == id)
            {
                return true;
            }
        }

        return false;
    }

    // The share of the cluster's name words found among the words of the item's best-matching name. Round 17 (issue-18):
    // loops over the item's labels and aliases (the order of Names()) and over the words, no iterator or closure per
    // name and word (the linker's largest allocation: ≈ 90 of its 160 B/B on a 256 KB document with the article's KB).
    private double TokenScore(string[] words, KbEntity e)
    {
        if (words.Length == 0)
        {
            return 0;
        }

        double best = 0;
        foreach (var (_, label) in e.Labels)
        {
            best = Math.Max(best, NameScore(words, label));
        }

        foreach (var (_, list) in e.Aliases)
        {
            foreach (var a in list)
            {
                best = Math.Max(best, NameScore(words, a));
            }
        }

        return best;
    }

    // TokenScore's score of one name of the item.
    private double NameScore(string[] words, string name)
    {
        var kbWords = _memo.Words(_memo.Key(name));
        var hits = 0;
        foreach (var w in words)
        {
            var sk = _memo.Skeleton(w);
            foreach (var k in kbWords)
            {
                if (k == w || (w.Length >= 4 && _memo.Skeleton(k) == sk))
                {
                    hits++;
                    break;
                }
            }
        }

        // Penalize long KB names matched by one word: "ماريا" is a part of "ماريا ألكسندروفنا أوليانوفا".
        return hits / (double)Math.Max(words.Length, 1) * (0.75 + (0.25 * hits / Math.Max(kbWords.Length, 1)));
    }

    // Items related to the linked ones (relatives, places, events), and the relatives of their relatives. Round 17
    // (issue-18): the item values read in ItemValues' order (preferred, then normal statements) without its iterators.
    private static Dictionary<string, double> Context(KbLink?[] links, IKnowledgeBase kb)
    {
        var context = new Dictionary<string, double>(StringComparer.Ordinal);
        var values = new List<string>();
        var values2 = new List<string>();
        foreach (var link in links)
        {
            if (link is null || kb.Get(link.Item) is not { } e)
            {
                continue;
            }

            foreach (var p in RelativeProperties)
            {
                ItemValuesInto(e, p, values);
                foreach (var id in values)
                {
                    Raise(context, id, 0.4);
                    if (kb.Get(id) is { } relative)
                    {
                        foreach (var p2 in RelativeProperties)
                        {
                            ItemValuesInto(relative, p2, values2);
                            foreach (var id2 in values2)
                            {
                                Raise(context, id2, 0.25);
                            }
                        }
                    }
                }
            }

            foreach (var p in ContextProperties)
            {
                ItemValuesInto(e, p, values);
                foreach (var id in values)
                {
                    Raise(context, id, 0.3);
                }
            }
        }

        return context;

        static void Raise(Dictionary<string, double> context, string id, double weight)
        {
            if (!context.TryGetValue(id, out var w) || w < weight)
            {
                context[id] = weight;
            }
        }
    }

    // KbEntity.ItemValues into a list: the item values of the preferred statements of a property, then of the normal ones.
    private static void ItemValuesInto(KbEntity e, string property, List<string> into)
    {
        into.Clear();
        foreach (var s in e.Statements)
        {
            if (s.Property == property && s.Rank == KbRank.Preferred && s.MainSnak.Value.Item is { } id)
            {
                into.Add(id);
            }
        }

        foreach (var s in e.Statements)
        {
            if (s.Property == property && s.Rank == KbRank.Normal && s.MainSnak.Value.Item is { } id)
            {
                into.Add(id);
            }
        }
    }

    private KbLink? Decide(EntityCluster cluster, List<Candidate> candidates, Dictionary<string, double>? context, KbLink?[] links)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        HashSet<string>? taken = null; // built when a partial candidate asks (pass 1 has none)
        var scored = new List<(Candidate C, double Score)>();
        foreach (var c in candidates)
        {
            var related = context is not null && context.TryGetValue(c.Id, out var w) ? w : 0;
            if (c.Partial && related == 0)
            {
                continue; // a part of a name alone never links
            }

            var score = c.Name + related;
            if (c.Partial && (taken ??= new HashSet<string>(links.Where(l => l is not null && l.Cluster != cluster.Id).Select(l => l!.Item), StringComparer.Ordinal)).Contains(c.Id))
            {
                score -= 0.5; // a part of a name, and another cluster is already this item
            }

            scored.Add((c, Math.Min(score, 1.0)));
        }

        if (scored.Count == 0)
        {
            return null;
        }

        scored.Sort((a, b) => b.Score.CompareTo(a.Score) is var s && s != 0 ? s : string.CompareOrdinal(a.C.Id, b.C.Id));
        var best = scored[0];
        var second = scored.Count > 1 ? scored[1].Score : 0;
        if (best.Score < Options.MinConfidence || best.Score - second < Options.MinMargin)
        {
            return null;
        }

        var reason = best.C.Partial ? "relative" : best.C.Reason;
        return new KbLink(cluster.Id, best.C.Id, best.C.Entity.LabelIn("ar", "en"), Math.Round(best.Score - (second / 4), 3), reason);
    }
}
