using System.Collections.Frozen;
using System.Collections.Immutable;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;
using Tarikh.Core.Time;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Relatives (round 6): a relative's own birth or death read through the kinship noun after the verb ("توفيت أخته
/// سلطانة عام 1903"، "توفي والده بطرس البستاني … عام 1882") and compared with that relative's item; a death verb in the
/// masculine given to a woman (the article's subject's death read for his daughter); and the guards of relation
/// attribution: the kinship word written before a value names its relation ("ابنه المأمون" is a child, "ابن بطرس" a
/// parent), a relation the KB holds for another person named nearby is that person's, and a one-word value with a
/// pronoun suffix ("بأولادها") is not a name.
/// </summary>
public sealed partial class ClaimVerifier
{
    /// <summary>Wikidata's "female" (P21 value).</summary>
    private const string Female = "Q6581072";

    // Kinship stems (normalized, without the pronoun suffix) and the property of the relative they name.
    private static readonly FrozenDictionary<string, string> KinProperty = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["اخ"] = ClaimProperties.Sibling, ["اخو"] = ClaimProperties.Sibling, ["اخي"] = ClaimProperties.Sibling, ["اخت"] = ClaimProperties.Sibling,
        ["شقيق"] = ClaimProperties.Sibling, ["شقيقت"] = ClaimProperties.Sibling,
        ["ابن"] = ClaimProperties.Child, ["ابنت"] = ClaimProperties.Child, ["بنت"] = ClaimProperties.Child, ["ولد"] = ClaimProperties.Child,
        ["والد"] = ClaimProperties.Father, ["اب"] = ClaimProperties.Father, ["ابو"] = ClaimProperties.Father, ["ابي"] = ClaimProperties.Father,
        ["ام"] = ClaimProperties.Mother, ["والدت"] = ClaimProperties.Mother,
        ["زوج"] = ClaimProperties.Spouse, ["زوجت"] = ClaimProperties.Spouse,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Nouns of death with the masculine pronoun ("كانت وفاته في …"): they agree with a man as the verb does.
    private static readonly FrozenSet<string> MasculineDeathNouns = new[] { "وفاته", "موته", "مقتله", "رحيله", "اغتياله", "استشهاده", "ووفاته" }
        .ToFrozenSet(StringComparer.Ordinal);

    // "He married" (a woman says "تزوجت"): with its conjunction or without.
    private static readonly FrozenSet<string> MasculineMarriageVerbs = new[] { "تزوج", "وتزوج", "فتزوج", "اقترن", "واقترن" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] PronounSuffixes = ["هما", "هم", "هن", "ها", "ه"];

    /// <summary>
    /// The property a kinship word names for the value written after it: with a pronoun ("ابنه"، "أخته"، "والده"، "أمه")
    /// the relative's own relation; "ابن"/"بن"/"بنت"/"ابنة" without one (a name's nasab, "ابن بطرس") make the value a
    /// parent. Null for any other word.
    /// </summary>
    private ImmutableArray<string> KinWordProperties(string word)
    {
        var key = _memo.Key(word);
        if (KinWithPronoun(key) is null && !IsNasab(key) && key.Length > 2 && key[0] is '\u0648' or '\u0641')
        {
            key = key[1..];
        }

        if (IsNasab(key))
        {
            return [ClaimProperties.Father, ClaimProperties.Mother];
        }

        return KinWithPronoun(key) is { } p ? [p] : [];
    }

    private static bool IsNasab(string key) => key is "ابن" or "بن" or "بنت" or "ابنة";

    private static string? KinWithPronoun(string key)
    {
        foreach (var suffix in PronounSuffixes)
        {
            if (key.Length > suffix.Length + 1 && key.EndsWith(suffix, StringComparison.Ordinal)
                && KinProperty.TryGetValue(key[..^suffix.Length], out var p))
            {
                // "ابنه" is both "his son" and (in a name) "daughter of": the pronoun reading, as a name's nasab has no
                // pronoun and is caught by "ابن"/"بنت" alone.
                return p;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the kinship word written right before the claim's value says another relation than the claim's
    /// property: "ابنه المأمون" read as a sibling, "ابن بطرس" read as a mother. The word decides: the claims stage
    /// misread it, and a relation named wrongly by the reader is not the text's error.
    /// </summary>
    private bool RelationWordDisagrees(AnalyzedDocument document, Claim claim)
    {
        if (!IsRelativeProperty(claim.Property) || claim.Value.Cluster is not { } c || c < 0 || c >= document.Clusters.Length)
        {
            return false;
        }

        // Round 21 (21k2): a marriage read from its verb ("تزوج ابنة عمه فلانة"، "زوّج فلان ابنته فلانة من فلان"): the kin noun
        // before the partner tells how she is related to someone, never which relation the claim is (always a marriage).
        if (claim.Source == MarriageClaims.Source && claim.Property == ClaimProperties.Spouse)
        {
            return false;
        }

        var text = document.Source.Text;
        foreach (var m in document.Clusters[c].Mentions)
        {
            var span = document.Entities[m].Span;
            if (document.SentenceAt(span.Start) != claim.Sentence && !claim.Spans.Any(s => s.Overlaps(span)))
            {
                continue;
            }

            // A compound kinship ("ابنة خاله زهرة"، "ابن أخيه ألكسندر") names none of the five relations.
            if (CompoundKinBefore(text, span.Start))
            {
                return true;
            }

            var word = WordBefore(text, span.Start);
            var said = KinWordProperties(word);
            if (!said.IsDefaultOrEmpty && !said.Contains(claim.Property))
            {
                return true;
            }
        }

        return false;
    }

    // The word that ends right before a position (one space between), or "".
    private static string WordBefore(string text, int position)
    {
        var end = position;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        if (end == position || position - end > 2)
        {
            return "";
        }

        var start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('،' or ',' or '.' or '(' or ':'))
        {
            start--;
        }

        return text[start..end];
    }

    /// <summary>
    /// A value of one word that carries a pronoun suffix and is not a KB name ("بأولادها"، "لأبنائهم"): a noun the entity
    /// stage tagged as a person, not a relative's name; compared by name it would contradict every relative.
    /// </summary>
    private bool NotAName(AnalyzedDocument document, Claim claim)
    {
        foreach (var name in TextNames(document, claim))
        {
            var words = _memo.Words(_memo.Key(name));
            if (words.Length == 1 && words[0].Length >= 5 && PronounSuffixes.Any(s => s.Length >= 2 && words[0].EndsWith(s, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A relative's value that is an occupation, a title or an adjective of station, no name ("وُلد لأب موظف"، "ابن عالم"،
    /// "ابنة تاجر"): see <see cref="KbNamesOccupations"/>. The reader took the description for the parent's name.
    /// </summary>
    private static bool DescriptorValue(AnalyzedDocument document, Claim claim)
        => (claim.Value.Cluster is { } c && c >= 0 && c < document.Clusters.Length && KbNamesOccupations.IsNoName(document.Clusters[c].Name))
            || (claim.Value.Text is { } t && KbNamesOccupations.IsNoName(t));

    /// <summary>
    /// A relation the KB holds, with the text's value, for another linked person the text names in the claim's sentence
    /// or the one before (the two before, after a kinship noun with a pronoun) ("وهو ابن بطرس البستاني … أمه راحيل عطا": Rahil is the mother of Salim, not of Butrus): the
    /// pronoun was read for the nearer name; not a contradiction.
    /// </summary>
    private bool RelationOfAnotherNamed(AnalyzedDocument document, Claim claim, string valueItem, string subjectItem,
        Dictionary<int, KbLink> links, IKnowledgeBase kb)
    {
        // The article's subject is always named: "أما أخوه فاسيلي" read for the last name before it, while the KB holds
        // Vasily as the article subject's brother.
        if (MainPerson(document, links, kb) is { } main && main != claim.Subject && links.TryGetValue(main, out var mainLink)
            && mainLink.Item != subjectItem && mainLink.Item != valueItem
            && kb.Get(mainLink.Item) is { } subjectOfArticle && subjectOfArticle.Best(claim.Property).Any(s => s.MainSnak.Value.Item == valueItem)
            && !PronounExcludes(document, claim, subjectOfArticle))
        {
            return true;
        }

        // Round 22 (issue-xc): a kinship noun with a pronoun ("ابنته") may point back further than one sentence, past a
        // sentence that names someone else ("… سهيل …. تسلم التحرير سماح، شقيق المؤسس، …. فتولتها ابنته رنا"): every person
        // named in the two sentences before is a candidate antecedent, tried with the KB's relation.
        var first = Math.Max(0, claim.Sentence - (KinPronounGender(document, claim) is null ? 1 : 2));
        foreach (var m in document.Entities)
        {
            if (m.Cluster < 0 || m.Cluster == claim.Subject || m.Label != EntityLabels.Person || !links.TryGetValue(m.Cluster, out var l)
                || l.Item == subjectItem || l.Item == valueItem)
            {
                continue;
            }

            var at = document.SentenceAt(m.Span.Start);
            if (at < first || at > claim.Sentence)
            {
                continue;
            }

            // Round 18: a person of the other gender than the kinship pronoun ("ابنته أليس …، وأخوه يان") is not its referent.
            if (kb.Get(l.Item) is { } other && other.Best(claim.Property).Any(s => s.MainSnak.Value.Item == valueItem) && !PronounExcludes(document, claim, other))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A death or marriage claim whose verb is in the masculine ("وتوفي في …"، "وتزوج من …") read for a woman (the daughter
    /// named in the sentence before): the verb agrees with a man, so the claim is the article's subject's when he is a linked man, and nobody's
    /// that can be verified otherwise. Returns the links to verify with (the subject's link put on the claim's cluster), or
    /// null when the claim is not such a one; <paramref name="skip"/> is true when it is, but no man can take it.
    /// </summary>
    private Dictionary<int, KbLink>? MasculineVerbForAWoman(AnalyzedDocument document, Claim claim, Dictionary<int, KbLink> links,
        IKnowledgeBase kb, out bool skip)
    {
        skip = false;
        if (claim.Property is not (ClaimProperties.DeathDate or ClaimProperties.DeathPlace or ClaimProperties.Spouse) || !links.TryGetValue(claim.Subject, out var link)
            || kb.Get(link.Item) is not { } item || !item.ItemValues("P21").Contains(Female))
        {
            return null;
        }

        var verb = claim.Spans.FirstOrDefault(s => VerbKey(document.Source.Text[s.Start..s.End]) is var w
            && (claim.Property == ClaimProperties.Spouse ? MasculineMarriageVerbs.Contains(w) : MasculineDeathVerbs.Contains(w) || MasculineDeathNouns.Contains(w)));
        if (verb.End <= verb.Start)
        {
            return null;
        }

        // Round 17 (lead): the woman named in the claim after the verb is the conjunct of a gapped clause ("وكان أبوه فرانك قد توفي
        // سنة 1986، وأمه إيزابيل سنة 2013"): the verb is the first conjunct's and agrees with him; the date is hers, not a man's.
        var mentions = CacheOf(document).Mentions;
        if (claim.Spans.Any(s => s.Start >= verb.End && mentions.AnyOfClusterWithin(claim.Subject, s.Start, s.End)))
        {
            return null;
        }

        skip = true;

        // "قُتل جوليانو": the verb's own subject is a person of the text named by an untagged given name; not the article's subject's.
        if (claim.Spans.Any(s => UntaggedNameRightAfter(document, s.End) is { } named && named != document.Subject))
        {
            return null;
        }

        if (document.Subject is { } main && main != claim.Subject && links.TryGetValue(main, out var mainLink)
            && kb.Get(mainLink.Item) is { } man && man.ItemValues("P21").Contains(Male))
        {
            skip = false;
            return new Dictionary<int, KbLink>(links) { [claim.Subject] = mainLink with { Cluster = claim.Subject } };
        }

        return null;
    }

    /// <summary>
    /// A relative's own birth or death that the claims stage gave to no one: a birth or death event whose trigger is
    /// followed by a kinship noun with a pronoun and a name ("توفيت أخته سلطانة عام 1903"، "توفي والده بطرس البستاني في
    /// بيروت عام 1882"). The relative is the one KB item, among the relatives of that relation of the document's linked
    /// people, whose name the text gives (or the linked cluster of the name, when the KB holds it as such a relative); its
    /// date of birth or death is compared with the event's. A warning: the relative was found through the kinship noun.
    /// Skipped when a claim of the text already reads that date.
    /// </summary>
    private IEnumerable<(Verification V, ImmutableArray<TextSpan> Spans, string Text, KbLink Link)> VerifyRelativeEvents(
        AnalyzedDocument document, ImmutableArray<KbLink> links, IKnowledgeBase kb, CancellationToken cancellationToken)
    {
        var text = document.Source.Text;
        var people = links.Where(l => kb.Get(l.Item) is { } e && KbTypes.Of(e, kb) == KbType.Human).ToList();
        var byCluster = links.ToDictionary(l => l.Cluster);
        for (var ei = 0; ei < document.Events.Length; ei++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ev = document.Events[ei];
            // A "duplicate" birth with another date than the first is another person's ("ووُلد له ابنه … سنة 305 هـ" after the
            // subject's own birth): read when a kinship noun follows its verb.
            if (ev.Type is not ("birth" or "death") || ev.Time is not { } ti
                || (ev.DuplicateOf is { } dup && (dup < 0 || dup >= document.Events.Length || document.Events[dup].Time == ti))
                || TimexValue(document, ti) is not { } value
                || document.Claims.Any(c => c.Property is ClaimProperties.BirthDate or ClaimProperties.DeathDate && c.Value.Timex == ti
                    && !KinshipNamesAnotherSubject(document, c)))
            {
                continue;
            }

            // The kinship noun right after the trigger, then the name (or none: "توفي الأب في موسكو"، "توفي والده عام …"). A dative
            // pronoun may come between ("ووُلد له ابنه الحكم": his son was born to him), and a descriptor after the noun
            // ("ابنه البكر"، "ابنه وولي عهده الحكم").
            var kinFrom = AfterDative(text, ev.Trigger.End);
            if (KinAfterVerb(document, kinFrom) is not { } kin)
            {
                continue;
            }

            var relation = kin.Relation;
            var (kinWord, kinEnd) = NextWord(text, kinFrom);
            var kinStart = kinEnd - kinWord.Length;
            if (!kin.Definite && TaMarbutaFinal(kinWord))
            {
                continue; // "وتوفيت زوجة لورنزو": a noun in construct, the name after it is the possessor, not the relative
            }

            if (!kin.Definite)
            {
                kinEnd = AfterDescriptors(text, kinEnd);
            }

            var (nameWord, nameEnd) = NextWord(text, kinEnd);
            var nameKey = _memo.Key(nameWord);
            var mentionCluster = document.Entities.FirstOrDefault(m => m.Span.Start >= kinEnd && m.Span.Start <= kinEnd + 2 && m.Label == EntityLabels.Person)?.Cluster;
            var nameless = kin.Definite || (mentionCluster is null && (KbNames.IsWeakToken(nameKey) || NotANameAfterKin.Contains(nameKey)));
            if (!nameless && (nameKey.Length < 3 || KbNames.IsWeakToken(nameKey)))
            {
                continue;
            }

            var found = new HashSet<string>(StringComparer.Ordinal);
            KbLink? of = null;
            if (nameless)
            {
                // No name: the relative of the article's subject, when the KB gives it exactly one of that relation — unless
                // the sentence names another person before the noun, whose relative the pronoun is ("وحفيده عباس حلمي …
                // وتولى الخديوية بعد وفاة أبيه"): that person's when linked, else no one's.
                var named = document.Entities.Where(m => m.Label == EntityLabels.Person && m.Cluster >= 0 && ev.Sentence >= 0 && ev.Sentence < document.Sentences.Length
                    && m.Span.Start >= document.Sentences[ev.Sentence].Span.Start && m.Span.End <= kinStart).OrderBy(m => m.Span.Start).FirstOrDefault();
                var mainPerson = MainPerson(document, byCluster, kb);
                if (!kin.Definite && named is not null && named.Cluster != mainPerson
                    && !(mainPerson is { } mp && byCluster.TryGetValue(mp, out var mpl) && byCluster.TryGetValue(named.Cluster, out var nl) && nl.Item == mpl.Item))
                {
                    if (byCluster.TryGetValue(named.Cluster, out var namedLink) && kb.Get(namedLink.Item) is { } namedItem && KbTypes.Of(namedItem, kb) == KbType.Human)
                    {
                        found.UnionWith(namedItem.ItemValues(relation));
                        of = namedLink;
                    }
                }
                else if (mainPerson is { } main && byCluster.TryGetValue(main, out var mainLink) && kb.Get(mainLink.Item) is { } subjectItem
                    && !(ev.Sentence >= 0 && ev.Sentence < document.Sentences.Length
                        && UntaggedHumanBefore(document, document.Sentences[ev.Sentence].Span.Start, kinStart, mainLink.Item, kb)))
                {
                    found.UnionWith(subjectItem.ItemValues(relation));
                    of = mainLink;
                }

                nameEnd = kinEnd;
            }

            foreach (var person in nameless ? [] : people)
            {
                foreach (var relativeId in kb.Get(person.Item)!.ItemValues(relation))
                {
                    if (kb.Get(relativeId) is not { } relative)
                    {
                        continue;
                    }

                    var byLink = mentionCluster is { } mc && byCluster.TryGetValue(mc, out var ml) && ml.Item == relativeId;
                    var byName = relative.Names().Any(n => _memo.Words(_memo.Key(n.Name)) is var w && w.Length > 0 && w[0] == nameKey);
                    if (byLink || byName)
                    {
                        found.Add(relativeId);
                        of ??= person;
                    }
                }
            }

            if (found.Count != 1 || of is null || kb.Get(found.First()) is not { } item)
            {
                continue;
            }

            if (DateOfALaterClause(document, nameEnd, document.Timexes[ti].Span))
            {
                continue;
            }

            var property = ev.Type == "birth" ? ClaimProperties.BirthDate : ClaimProperties.DeathDate;
            var claim = new Claim(-1, of.Cluster, property, value, [ev.Trigger], ClaimModality.Asserted, ev.Confidence) { Sentence = ev.Sentence };
            var v = VerifyTime(claim, item, kb, out _) with { Property = property, Claim = null, Event = ei, Timex = ti };
            if (v.Verdict is Verdicts.NotInKb)
            {
                continue;
            }

            var timexSpan = document.Timexes[ti].Span;
            var nameSpan = new TextSpan(kinStart, nameEnd);
            var relativeLink = new KbLink(of.Cluster, item.Id, item.LabelIn("ar", "en"), of.Confidence, "relative-of-linked");
            yield return (v, [.. new[] { ev.Trigger, nameSpan, timexSpan }.OrderBy(s => s.Start)], value.Text ?? "", relativeLink);
        }
    }

    /// <summary>
    /// Round 20 (xd): the event's date, read after the relative's verb, belongs to another clause or another person: between the
    /// end of the kinship phrase and the date another person is named, a birth or death participle governs the date ("… إلى ابن
    /// عمه فلان المولود سنة …"), or a comma opens a new clause by "ف" or "ثم" ("توفي والده في …، فآلت المشيخة إلى …"). The date
    /// is then not the relative's birth or death. A date before the verb is not judged here.
    /// </summary>
    private bool DateOfALaterClause(AnalyzedDocument document, int from, TextSpan date)
    {
        if (date.Start < from)
        {
            return false;
        }

        var text = document.Source.Text;
        if (document.Entities.Any(m => m.Label == EntityLabels.Person && m.Span.Start >= from && m.Span.End <= date.Start))
        {
            return true;
        }

        var at = from;
        var afterComma = false;
        while (at < date.Start)
        {
            var (word, end) = NextWord(text, at);
            if (word.Length == 0)
            {
                if (end >= date.Start)
                {
                    break;
                }

                afterComma = text[end] is '،' or ',' or '؛' or ';';
                at = end + 1;
                continue;
            }

            if (end > date.Start)
            {
                break;
            }

            var key = _memo.Key(StripMarks(word));
            if (IsParticiple(key) || IsParticiple(_memo.Key(StripMarks(word.StartsWith('و') ? word[1..] : word))))
            {
                return true;
            }

            if (afterComma && (key == "ثم" || (key.Length > 3 && key[0] == 'ف' && !key.StartsWith("في", StringComparison.Ordinal) && !key.StartsWith("فبر", StringComparison.Ordinal))))
            {
                return true;
            }

            afterComma = false;
            at = end;
        }

        return false;
    }

    // After a dative pronoun that follows a verb ("وُلد له"، "وُلد لها"), else the position itself.
    private int AfterDative(string text, int position)
    {
        var (word, end) = NextWord(text, position);
        return _memo.Key(word) is "له" or "لها" or "لهما" ? end : position;
    }

    // Words that describe a relative between the kinship noun and the name: "ابنه البكر محمد"، "ابنه وولي عهده الحكم".
    private static readonly FrozenSet<string> KinDescriptors = new[]
    {
        "البكر", "الاكبر", "الاصغر", "الوحيد", "الاول", "الثاني", "الثالث", "الكبري", "الصغري", "الوحيده", "البكري",
    }.ToFrozenSet(StringComparer.Ordinal);

    private int AfterDescriptors(string text, int position)
    {
        var at = position;
        for (var n = 0; n < 2; n++)
        {
            var (word, end) = NextWord(text, at);
            var key = _memo.Key(word);
            if (KinDescriptors.Contains(key))
            {
                at = end;
                continue;
            }

            // "وولي عهده"، "ووريثه": a title with a pronoun after "و".
            var (second, secondEnd) = NextWord(text, end);
            if (key is "وولي" && _memo.Key(second) is "عهده" or "عهدها")
            {
                at = secondEnd;
                continue;
            }

            if (key is "ووريثه" or "وخليفته")
            {
                at = end;
                continue;
            }

            break;
        }

        return at;
    }

    // Words that follow a kinship noun when no name does: "توفي والده في …"، "توفي الأب عام …".
    private static readonly FrozenSet<string> NotANameAfterKin = new[] { "في", "عام", "سنه", "بعد", "قبل", "يوم", "منذ", "اثر", "متاثرا", "وهو", "وهي", "عن" }
        .ToFrozenSet(StringComparer.Ordinal);

    // The next word after a position (skipping spaces and diacritics), and where it ends.
    private static (string Word, int End) NextWord(string text, int position)
    {
        var start = position;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('،' or ',' or '.' or '؟' or ':' or '(' or ')'))
        {
            end++;
        }

        return (text[start..end], end);
    }

    /// <summary>The time value of a timex as the claims stage builds it (the Time stage's interval, calendar and precision).</summary>
    private static ClaimValue? TimexValue(AnalyzedDocument document, int ti)
    {
        if (ti < 0 || ti >= document.Timexes.Length || !DocumentIndex.IsDated(document.Timexes[ti]))
        {
            return null;
        }

        var t = document.Timexes[ti];
        return new ClaimValue(ClaimValueKind.Time, Date: t.Gregorian, Timex: ti, Text: t.Text)
        {
            Calendar = t.Calendar switch { CalendarKind.Julian => "julian", CalendarKind.Hijri => "hijri", _ => "gregorian" },
            Precision = ClaimExtractor.PrecisionOf(t.Value),
            Approximate = t.Mod is TimexMod.Approx or TimexMod.Before or TimexMod.After || t.Anchor is not null,
        };
    }

    /// <summary>
    /// A dated marriage the claims stage read for no one ("أمه راحيل عطا، وقد تزوجها بطرس البستاني عام 1840"): the person
    /// named right after the verb (else the event's main participant), linked, and the one KB spouse of that person whose
    /// name (two words or more) the sentence or the one before holds; the date against that statement's start (P580).
    /// A warning: the partner was found by name. Skipped when a claim of the text already reads the marriage's date.
    /// </summary>
    private IEnumerable<(Verification V, ImmutableArray<TextSpan> Spans, string Text, KbLink Link)> VerifyMarriageEvents(
        AnalyzedDocument document, ImmutableArray<KbLink> links, IKnowledgeBase kb, CancellationToken cancellationToken)
    {
        var byCluster = links.ToDictionary(l => l.Cluster);
        for (var ei = 0; ei < document.Events.Length; ei++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ev = document.Events[ei];
            if (ev.Type != "marriage" || ev.DuplicateOf is not null || ev.Time is not { } ti || TimexValue(document, ti) is not { } value
                || ev.Sentence < 0 || ev.Sentence >= document.Sentences.Length
                || document.Claims.Any(c => c.Time?.Timex == ti || c.Start?.Timex == ti || c.Value.Timex == ti)
                || !DateInOwnSentence(document, ev.Sentence, ti))
            {
                continue;
            }

            var who = PersonRightAfter(document, ev.Trigger.End) ?? ev.MainParticipant;
            if (who is not { } w || !byCluster.TryGetValue(w, out var link) || kb.Get(link.Item) is not { } person || KbTypes.Of(person, kb) != KbType.Human)
            {
                continue;
            }

            var from = document.Sentences[Math.Max(0, ev.Sentence - 1)].Span.Start;
            var words = Stems(document.Source.Text[from..document.Sentences[ev.Sentence].Span.End]).ToHashSet(StringComparer.Ordinal);
            var found = person.Best(ClaimProperties.Spouse)
                .Where(s => s.MainSnak.Value.Item is { } id && kb.Get(id) is { } spouse
                    && spouse.Names().Any(n => Stems(n.Name) is { Count: >= 2 } sw && sw.All(words.Contains)))
                .ToList();
            if (found.Select(s => s.MainSnak.Value.Item).Distinct().Count() != 1)
            {
                continue;
            }

            var claim = new Claim(-1, w, ClaimProperties.Spouse, ClaimValue.OfEntity(w, null), [ev.Trigger], ClaimModality.Asserted, ev.Confidence)
            {
                Time = value, Act = "marriage", Sentence = ev.Sentence,
            };
            var note = TimesAgree(claim, found[0]);
            var v = new Verification(null, note is null ? Verdicts.Supported : Verdicts.Contradicted, Evidence(person, found[0], kb), note ?? "spouse-named-in-sentence")
            {
                Property = ClaimProperties.Spouse, Event = ei, Timex = ti,
            };
            yield return (v, [.. new[] { ev.Trigger, document.Timexes[ti].Span }.OrderBy(s => s.Start)], value.Text ?? "", link);
        }
    }

    /// <summary>
    /// Round 17 (issue-x2): the marriage's date is written in the marriage's own sentence. A date the events stage carried over
    /// from the sentence before ("… وعاشت أخته حتى سنة 1681. وتزوج فلان فلانة، …") dates another clause's act, not the
    /// marriage: compared with the spouse's start it would accuse a right text.
    /// </summary>
    private static bool DateInOwnSentence(AnalyzedDocument document, int sentence, int timex)
    {
        var own = document.Sentences[sentence].Span;
        var at = document.Timexes[timex].Span;
        return at.Start >= own.Start && at.End <= own.End;
    }

    /// <summary>
    /// A mother whose linked item is a man, or a father who is a woman ("وهو ابن بطرس البستاني" read as the mother): the
    /// reader took the parent's relation wrongly; not the text's error.
    /// </summary>
    private static bool ParentOfTheOtherSex(Claim claim, string? valueItem, IKnowledgeBase kb)
        => valueItem is not null && claim.Property is ClaimProperties.Mother or ClaimProperties.Father && kb.Get(valueItem) is { } value
            && value.ItemValues("P21").FirstOrDefault() is { } sex
            && (claim.Property == ClaimProperties.Mother ? sex == Male : sex == Female);

    /// <summary>
    /// A KB human other than <paramref name="mainItem"/> whose whole name (one word of four letters or more, or two words)
    /// stands untagged between two positions ("وتولى الواثق الخلافة بعد وفاة أبيه"): the pronoun after it may be that
    /// person's.
    /// </summary>
    private bool UntaggedHumanBefore(AnalyzedDocument document, int from, int to, string mainItem, IKnowledgeBase kb)
    {
        if (to <= from)
        {
            return false;
        }

        var words = _memo.Words(_memo.Key(document.Source.Text[from..to]));
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var name in new[] { words[i].Length >= 4 ? words[i] : null, i + 1 < words.Length ? words[i] + " " + words[i + 1] : null })
            {
                if (name is null)
                {
                    continue;
                }

                foreach (var id in kb.Lookup(name, KbKeyKind.Name, 10))
                {
                    if (id != mainItem && kb.Get(id) is { } e && KbTypes.Of(e, kb) == KbType.Human)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
