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
public sealed class EntityLinker
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
            excluded[i] = CutPlace(document, clusters[i]) || TwoNamesakes(document, clusters[i]);
            candidates[i] = excluded[i] ? [] : Candidates(document, clusters[i], kb, latest);
        }

        // Pass 1: whole-name matches, unambiguous.
        for (var i = 0; i < clusters.Length; i++)
        {
            links[i] = Decide(clusters[i], candidates[i].Where(c => !c.Partial).ToList(), null, links);
        }

        // Passes 2–3: partial names and ties, decided by agreement with linked clusters.
        for (var round = 0; round < 2; round++)
        {
            var context = Context(links, kb);
            for (var i = 0; i < clusters.Length; i++)
            {
                if (links[i] is null && !excluded[i])
                {
                    AddRelated(clusters[i], candidates[i], context, kb);
                    if (NamesInside(clusters, i, links) is { Count: > 0 } inside)
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

    // The items of linked clusters whose whole name (two words or more) lies among the words of cluster i's name.
    private HashSet<string> NamesInside(ImmutableArray<EntityCluster> clusters, int i, KbLink?[] links)
    {
        var inside = new HashSet<string>(StringComparer.Ordinal);
        var words = _memo.Words(_memo.Key(clusters[i].Name)).ToHashSet(StringComparer.Ordinal);
        for (var j = 0; j < clusters.Length; j++)
        {
            if (j != i && links[j] is { } l && _memo.Words(_memo.Key(clusters[j].Name)) is { Length: >= 2 } other
                && other.Length < words.Count && other.All(words.Contains))
            {
                inside.Add(l.Item);
            }
        }

        return inside;
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

    private List<Candidate> Candidates(AnalyzedDocument document, EntityCluster cluster, IKnowledgeBase kb, int? latestYear)
    {
        var byId = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var names = new List<string> { cluster.Name };
        names.AddRange(cluster.Aliases);
        names.AddRange(RestoredNames(document, cluster).Where(n => !names.Contains(n)));
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
        foreach (var name in names)
        {
            var key = _memo.Key(name);
            if (key.Length < 2)
            {
                continue;
            }

            Add(kb.Lookup(key, KbKeyKind.Name, Options.Candidates), 1.0, "name", partial: false);
            Add(kb.Lookup(_memo.Skeleton(key), KbKeyKind.Skeleton, Options.Candidates), 0.85, "skeleton", partial: false);
            tokenSets.Add([.. _memo.Words(key).Where(w => !KbNames.IsWeakToken(w) && !Honorifics.Contains(w))]);
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
                    if (score > 0)
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

        return [.. byId.Values.Where(c => wanted.Contains(KbTypes.Of(c.Entity, kb)) && DatesAllow(document, cluster, c.Entity, latestYear)
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

    /// <summary>
    /// A name with a nasab ("أبو جعفر هارون بن محمد المهدي"): the words after the first "بن"/"ابن"/"بنت" name the father and
    /// his forebears, the kunya ("أبو جعفر") a son. An item that matches the name only by those words is the father or the
    /// son, not this person: true for it. False for a name without a nasab, or with no own word before it.
    /// </summary>
    private bool OnlyAncestors(EntityCluster cluster, KbEntity e)
    {
        var words = _memo.Words(_memo.Key(cluster.Name));
        var nasab = Array.FindIndex(words, 1, w => w is "بن" or "ابن" or "بنت");
        if (nasab < 1)
        {
            return false;
        }

        var own = new List<string>();
        for (var i = 0; i < nasab; i++)
        {
            if (words[i] is "ابو" or "ابي" or "ام")
            {
                i++; // the kunya names a son
                continue;
            }

            if (!KbNames.IsWeakToken(words[i]) && !Honorifics.Contains(words[i]))
            {
                own.Add(words[i]);
            }
        }

        if (own.Count == 0)
        {
            return false;
        }

        foreach (var (_, name) in e.Names())
        {
            var kbWords = _memo.Words(_memo.Key(name));
            var kbNasab = Array.FindIndex(kbWords, w => w is "بن" or "ابن" or "بنت");
            var kbOwn = kbNasab > 0 ? kbWords[..kbNasab] : kbWords;
            if (own.Any(w => kbOwn.Any(k => k == w || (w.Length >= 4 && _memo.Skeleton(k) == _memo.Skeleton(w)))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the item has one of the name's own words (before the first "بن") and its father (P22) bears every word of
    /// the father's part of the name (between the first and the second "بن", at least one word).
    /// </summary>
    private bool NasabConfirms(EntityCluster cluster, KbEntity e, IKnowledgeBase kb)
    {
        var words = _memo.Words(_memo.Key(cluster.Name));
        var nasab = Array.FindIndex(words, 1, w => w is "بن" or "ابن" or "بنت");
        if (nasab < 1 || OnlyAncestors(cluster, e))
        {
            return false;
        }

        var next = Array.FindIndex(words, nasab + 1, w => w is "بن" or "ابن" or "بنت");
        var father = words[(nasab + 1)..(next > nasab ? next : words.Length)].Where(w => !KbNames.IsWeakToken(w)).ToArray();
        if (father.Length == 0)
        {
            return false;
        }

        foreach (var id in e.ItemValues("P22"))
        {
            if (kb.Get(id) is { } f && f.Names().Any(n => _memo.Words(_memo.Key(n.Name)) is var fw && father.All(w => fw.Contains(w))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A place the entity stage cut out of a longer word (the mention ends inside a word, or starts inside one after a
    /// letter that is not a clitic), or a name of three letters or fewer that the tagger itself doubted: a wrong place is
    /// worse than none, so such a cluster is NIL.
    /// </summary>
    private bool CutPlace(AnalyzedDocument document, EntityCluster cluster)
    {
        if (cluster.Label != EntityLabels.Location)
        {
            return false;
        }

        var text = document.Source.Text;
        var whole = false;
        var sure = false;
        foreach (var mi in cluster.Mentions)
        {
            if (mi < 0 || mi >= document.Entities.Length)
            {
                continue;
            }

            var m = document.Entities[mi];
            var endsInside = m.Span.End < text.Length && IsArabicLetter(text[m.Span.End]);
            var startsInside = m.Span.Start >= 1 && IsArabicLetter(text[m.Span.Start - 1]) && !CliticPrefix(text, m.Span.Start);
            whole |= !endsInside && !startsInside;
            sure |= m.Confidence >= 0.5;
        }

        return !whole || (!sure && _memo.Key(cluster.Name).Length <= 3);
    }

    // True when the letters before a position (within the word) are clitics and the article: "وب"، "لل"، "وال".
    private static bool CliticPrefix(string text, int start)
    {
        var from = start;
        while (from > 0 && IsArabicLetter(text[from - 1]))
        {
            from--;
        }

        var prefix = text[from..start];
        return prefix.Length <= 3 && prefix.All(c => CliticLetters.Contains(c, StringComparison.Ordinal) || c is 'ا' or 'ل');
    }

    // A cluster whose name holds a word for a part of an organization ("منظمة الشبيبة"، "جناح الشباب") that the item's
    // names do not hold names that part, not the item.
    private bool PartOfAnother(EntityCluster cluster, KbEntity e)
    {
        if (cluster.Label == EntityLabels.Person || cluster.Label == EntityLabels.Location)
        {
            return false;
        }

        var heads = cluster.Aliases.Prepend(cluster.Name).SelectMany(n => _memo.Words(_memo.Key(n))).Where(SubOrganization.IsHead).ToList();
        if (heads.Count == 0)
        {
            return false;
        }

        var itemWords = e.Names().SelectMany(n => _memo.Words(_memo.Key(n.Name))).ToHashSet(StringComparer.Ordinal);
        return heads.Any(h => !itemWords.Contains(h) && !itemWords.Any(w => SubOrganization.IsHead(w) && (h.EndsWith(w, StringComparison.Ordinal) || w.EndsWith(h, StringComparison.Ordinal))));
    }

    // A person cluster whose mentions bear suffixes of two classes ("دوما الأب" and "دوما الابن"): two people in one cluster.
    private bool TwoNamesakes(AnalyzedDocument document, EntityCluster cluster)
        => cluster.Label == EntityLabels.Person
            && SuffixesOf(document, cluster).Select(f => f.Class)
                .Concat(cluster.Aliases.Prepend(cluster.Name).SelectMany(n => GenerationalSuffix.ClassesIn(_memo.Key(n)))).Distinct().Count() > 1;

    // The suffixes written after the cluster's mentions.
    private IEnumerable<(string Word, string Class)> SuffixesOf(AnalyzedDocument document, EntityCluster cluster)
    {
        foreach (var mi in cluster.Mentions)
        {
            if (mi >= 0 && mi < document.Entities.Length && GenerationalSuffix.After(document.Source.Text, document.Entities[mi].Span, _names) is { } s)
            {
                yield return s;
            }
        }
    }

    // An item whose own names bear a suffix of another class than the text's is the namesake, not this person.
    private bool SuffixAllows(string? suffixClass, KbEntity e)
    {
        if (suffixClass is null)
        {
            return true;
        }

        var classes = e.Names().SelectMany(n => GenerationalSuffix.ClassesIn(_memo.Key(n.Name))).ToHashSet(StringComparer.Ordinal);
        return classes.Count == 0 || classes.Contains(suffixClass);
    }

    /// <summary>
    /// The item one mention names with the generational suffix written after it ("توفي ألكسندر دوما الابن"): the one
    /// human whose label or alias is that whole name, else null. Lets a claim read at that mention reach the right
    /// namesake when its cluster (holding father and son) is NIL.
    /// </summary>
    internal KbLink? LinkSuffixedMention(AnalyzedDocument document, int mention, IKnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(kb);
        if (mention < 0 || mention >= document.Entities.Length || document.Entities[mention] is not { Label: EntityLabels.Person } m
            || GenerationalSuffix.After(document.Source.Text, m.Span, _names) is not { } suffix)
        {
            return null;
        }

        var ids = kb.Lookup(_memo.Key($"{m.Text} {suffix.Word}"), KbKeyKind.Name, Options.Candidates)
            .Where(id => kb.Get(id) is { } e && KbTypes.Of(e, kb) == KbType.Human).Distinct().ToList();
        return ids.Count == 1 ? new KbLink(m.Cluster, ids[0], kb.Get(ids[0])!.LabelIn("ar", "en"), 0.9, "suffixed-name") : null;
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
        var wanted = WantedTypes(cluster);
        var words = new List<string[]>();
        foreach (var name in cluster.Aliases.Prepend(cluster.Name))
        {
            words.Add([.. _memo.Words(_memo.Key(name)).Where(w => !KbNames.IsWeakToken(w) && !Honorifics.Contains(w))]);
        }

        foreach (var id in context.Keys)
        {
            if (candidates.Any(c => c.Id == id) || kb.Get(id) is not { } e || !wanted.Contains(KbTypes.Of(e, kb)))
            {
                continue;
            }

            var score = words.Max(w => TokenScore(w, e));
            if (score > 0 && !PartOfAnother(cluster, e) && !OnlyAncestors(cluster, e))
            {
                candidates.Add(new Candidate(id, e) { Name = 0.6 * score, Reason = "partial-name", Partial = true });
            }
        }
    }

    // The share of the cluster's name words found among the words of the item's best-matching name.
    private double TokenScore(string[] words, KbEntity e)
    {
        if (words.Length == 0)
        {
            return 0;
        }

        double best = 0;
        foreach (var (_, name) in e.Names())
        {
            var kbWords = _memo.Words(_memo.Key(name));
            var hits = 0;
            foreach (var w in words)
            {
                var sk = _memo.Skeleton(w);
                if (kbWords.Any(k => k == w || (w.Length >= 4 && _memo.Skeleton(k) == sk)))
                {
                    hits++;
                }
            }

            // Penalize long KB names matched by one word: "ماريا" is a part of "ماريا ألكسندروفنا أوليانوفا".
            var score = hits / (double)Math.Max(words.Length, 1) * (0.75 + (0.25 * hits / Math.Max(kbWords.Length, 1)));
            best = Math.Max(best, score);
        }

        return best;
    }

    /// <summary>The KB types a cluster may link to.</summary>
    public static IReadOnlySet<KbType> WantedTypes(EntityCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return cluster.Label switch
        {
            EntityLabels.Person => new HashSet<KbType> { KbType.Human },
            EntityLabels.Location => new HashSet<KbType> { KbType.Place },
            EntityLabels.Organization when cluster.Kind is "congress" or "conference" or "war" or "revolution" or "treaty" => new HashSet<KbType> { KbType.Event, KbType.Organization },
            EntityLabels.Organization => new HashSet<KbType> { KbType.Organization, KbType.Place },
            _ => new HashSet<KbType> { KbType.Event, KbType.Organization, KbType.Other },
        };
    }

    // A person's claimed birth or death rules out an item whose own is more than 30 years off.
    // A person born more than 20 years after the document's latest date is not one of its actors.
    private static bool DatesAllow(AnalyzedDocument document, EntityCluster cluster, KbEntity e, int? latestYear)
    {
        if (cluster.Label != EntityLabels.Person)
        {
            return true;
        }

        var birth = FirstYear(e, "P569");
        var death = FirstYear(e, "P570");
        if (birth is { } born && latestYear is { } latest && born > latest + 20)
        {
            return false;
        }

        foreach (var claim in document.Claims)
        {
            if (claim.Subject != cluster.Id || claim.Modality == ClaimModality.Negated || (claim.Value.Date ?? claim.Time?.Date ?? claim.Start?.Date) is not { } date)
            {
                continue;
            }

            var year = date.Start.Year;
            if (claim.Property == ClaimProperties.BirthDate && birth is { } b && Math.Abs(year - b) > 30)
            {
                return false;
            }

            if (claim.Property == ClaimProperties.DeathDate && death is { } d && Math.Abs(year - d) > 30)
            {
                return false;
            }

            // Other dated acts are not used: one misattributed act ("الصادر في عام 1848") must not unlink the subject.
        }

        return true;
    }

    /// <summary>
    /// The cluster's own birth or death year is the year of a relative of the item who bears the same name (a father
    /// and the son named after him), not the item's: the text speaks of the namesake, so the item is not a candidate.
    /// </summary>
    private bool NamesakeRelativeFits(AnalyzedDocument document, EntityCluster cluster, KbEntity e, IKnowledgeBase kb)
    {
        if (cluster.Label != EntityLabels.Person)
        {
            return false;
        }

        // A family name alone ("ديغول") is every relative's: only a fuller name (two words or more) tells a namesake.
        var words = _memo.Words(_memo.Key(cluster.Name)).Where(w => !KbNames.IsWeakToken(w)).ToArray();
        if (words.Length < 2)
        {
            return false;
        }

        foreach (var claim in document.Claims)
        {
            if (claim.Subject != cluster.Id || claim.Modality == ClaimModality.Negated
                || claim.Property is not (ClaimProperties.BirthDate or ClaimProperties.DeathDate) || claim.Value.Date is not { } date)
            {
                continue;
            }

            var year = date.Start.Year;
            if (FirstYear(e, claim.Property) is not { } own || Math.Abs(own - year) <= 1)
            {
                continue;
            }

            foreach (var p in RelativeProperties)
            {
                foreach (var id in e.ItemValues(p))
                {
                    if (kb.Get(id) is { } relative && FirstYear(relative, claim.Property) is { } theirs && Math.Abs(theirs - year) <= 1
                        && relative.Names().Any(n => _memo.Words(_memo.Key(n.Name)) is var rw && words.All(w => rw.Contains(w))))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static int? FirstYear(KbEntity e, string property)
    {
        foreach (var s in e.Best(property))
        {
            if (s.MainSnak.Value.Time is { } t && t.Precision >= KbPrecision.Year && t.Year is > -9999 and < 9999)
            {
                return (int)t.Year;
            }
        }

        return null;
    }

    // Items related to the linked ones (relatives, places, events), and the relatives of their relatives.
    private static Dictionary<string, double> Context(KbLink?[] links, IKnowledgeBase kb)
    {
        var context = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var link in links)
        {
            if (link is null || kb.Get(link.Item) is not { } e)
            {
                continue;
            }

            foreach (var p in RelativeProperties)
            {
                foreach (var id in e.ItemValues(p))
                {
                    Raise(id, 0.4);
                    if (kb.Get(id) is { } relative)
                    {
                        foreach (var p2 in RelativeProperties)
                        {
                            foreach (var id2 in relative.ItemValues(p2))
                            {
                                Raise(id2, 0.25);
                            }
                        }
                    }
                }
            }

            foreach (var p in ContextProperties)
            {
                foreach (var id in e.ItemValues(p))
                {
                    Raise(id, 0.3);
                }
            }
        }

        return context;

        void Raise(string id, double weight)
        {
            if (!context.TryGetValue(id, out var w) || w < weight)
            {
                context[id] = weight;
            }
        }
    }

    private KbLink? Decide(EntityCluster cluster, List<Candidate> candidates, Dictionary<string, double>? context, KbLink?[] links)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        var taken = new HashSet<string>(links.Where(l => l is not null && l.Cluster != cluster.Id).Select(l => l!.Item), StringComparer.Ordinal);
        var scored = new List<(Candidate C, double Score)>();
        foreach (var c in candidates)
        {
            var related = context is not null && context.TryGetValue(c.Id, out var w) ? w : 0;
            if (c.Partial && related == 0)
            {
                continue; // a part of a name alone never links
            }

            var score = c.Name + related;
            if (c.Partial && taken.Contains(c.Id))
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
