using System.Collections.Frozen;
using System.Collections.Immutable;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>The linker's filters of candidates: the nasab, places cut out of words, parts of organizations, namesakes with generational suffixes, the types a cluster may link to, and the document's own dates.</summary>
public sealed partial class EntityLinker
{
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

    // Round 15 (issue-13v): nouns of a family or dynasty ("أسرة بهلوي"، "آل سعود"، "عائلة الحداد"، "بني أمية"): the name after one
    // is the family's, borne by every member, and names none of them.
    private static readonly string[] FamilyNouns = ["أسرة", "الأسرة", "آل", "عائلة", "العائلة", "سلالة", "السلالة", "بني", "بنو", "أسر"];

    /// <summary>
    /// Round 15 (issue-13v): a person cluster every mention of which follows a noun of a family ("أسرة بهلوي: من … إلى المنفى"):
    /// the family's name, not a member's. Linked as a part of a name it chose whichever bearer the family left unlinked (the
    /// crown prince for "بهلوي"), and every carried claim went to him; such a cluster is NIL.
    /// </summary>
    private bool FamilyName(AnalyzedDocument document, EntityCluster cluster)
    {
        if (cluster.Label != EntityLabels.Person || cluster.Mentions.IsDefaultOrEmpty)
        {
            return false;
        }

        var text = document.Source.Text;
        foreach (var mi in cluster.Mentions)
        {
            if (mi < 0 || mi >= document.Entities.Length)
            {
                return false;
            }

            var start = document.Entities[mi].Span.Start;
            var end = start;
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }

            var from = end;
            while (from > 0 && IsArabicLetter(text[from - 1]))
            {
                from--;
            }

            if (from == end || end == start)
            {
                return false;
            }

            var word = _memo.Key(text[from..end]);
            var bare = word.Length >= 3 && word[0] is '\u0648' or '\u0641' ? word[1..] : word; // "وأسرة"، "فآل"
            if (!FamilyNouns.Any(f => _memo.Key(f) is var k && (k == word || k == bare)))
            {
                return false;
            }
        }

        return true;
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

    // The types a part of a cluster's name may link to: an organization's name shares an adjective with a state ("أكاديمية
    // العلوم الروسية" and "الإمبراطورية الروسية"), so only a whole name links an organization to a place.
    private static IReadOnlySet<KbType> PartialWanted(EntityCluster cluster)
        => cluster.Label == EntityLabels.Organization ? WantedTypes(cluster).Where(t => t != KbType.Place).ToHashSet() : WantedTypes(cluster);

    // A person's claimed birth or death rules out an item whose own is more than 30 years off.
    // A person born more than 20 years after the document's latest date is not one of its actors.
    private static bool DatesAllow(AnalyzedDocument document, EntityCluster cluster, KbEntity e, int? latestYear, Func<Claim, KbEntity, bool>? anothers)
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
            if (claim.Subject != cluster.Id || claim.Modality == ClaimModality.Negated || (claim.Value.Date ?? claim.Time?.Date ?? claim.Start?.Date) is not { } date
                || (claim.Property is ClaimProperties.BirthDate or ClaimProperties.DeathDate && anothers is not null && anothers(claim, e)))
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
}
