using System.Collections.Frozen;
using System.Collections.Immutable;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Kinship phrases read by the verifier itself (round 9): a kinship noun with a pronoun, singular or plural, and the names
/// after it — "وكانت ابنته الكبرى وصال"، "وأخوه الآخر أبو فراس"، "أولاده: بايزيد، ومصطفى، وجم، وكوركود"، "ومن إخوته علي
/// …، وفيصل …". The pronoun's person is the first person the sentence names before the noun, else the article's subject;
/// the pronoun's gender must agree with that person's sex in the KB. Each name is compared, along the person's KB family
/// (<see cref="WrongRelation"/>), with the relation the noun states: a contradiction only when the KB shows that one
/// relative of another kind bears the name, and no relative of the stated kind does. A warning (the relative is found by
/// name through the phrase). Only contradictions are reported; a phrase a claim's flag already covers is skipped.
/// </summary>
public sealed partial class ClaimVerifier
{
    // Plural kinship stems (normalized, without the pronoun) and the relation of each name listed after them.
    private static readonly FrozenDictionary<string, string> PluralKin = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["اولاد"] = ClaimProperties.Child, ["ابناء"] = ClaimProperties.Child, ["ابناو"] = ClaimProperties.Child, ["ابنائ"] = ClaimProperties.Child,
        ["بنات"] = ClaimProperties.Child, ["بنين"] = ClaimProperties.Child,
        ["اخوت"] = ClaimProperties.Sibling, ["اخوان"] = ClaimProperties.Sibling, ["اخوات"] = ClaimProperties.Sibling,
        ["اشقاء"] = ClaimProperties.Sibling, ["اشقاو"] = ClaimProperties.Sibling, ["اشقائ"] = ClaimProperties.Sibling, ["شقيقات"] = ClaimProperties.Sibling,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Words between a kinship noun and the name: "ابنته الكبرى وصال"، "أخوه الآخر أبو فراس".
    private static readonly FrozenSet<string> KinPhraseDescriptors = new[]
    {
        "البكر", "الاكبر", "الاصغر", "الوحيد", "الوحيده", "الاول", "الثاني", "الثالث", "الكبري", "الصغري", "الاخر", "الاخري", "البكري",
        "الراحل", "الراحله", "الشقيق", "الشقيقه", "غير", "الشقيقه", "ايضا",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True when the word before a kinship word is itself a kinship noun that governs it (a compound kinship: "ابن أخيه"، "زوجة أبيه"),
    /// also behind a preposition: "لابن أخيه"، "وبابن عمه".
    /// </summary>
    private bool GovernedKin(string before)
    {
        var bk = KinKey(before);
        static bool Kin(string k) => KinProperty.ContainsKey(k) || IsNasab(k) || OtherKinStems.Contains(k) || KinWithPronoun(k) is not null;
        if (Kin(bk))
        {
            return true;
        }

        for (var strip = 1; strip <= 2 && strip < bk.Length - 1 && bk[strip - 1] is '\u0648' or '\u0641' or '\u0644' or '\u0628'; strip++)
        {
            if (Kin(bk[strip..]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithTaMarbuta(string word) => StripMarks(word).EndsWith('\u0629');

    /// <summary>
    /// True when the word right after a kinship noun is itself a kinship word (with a pronoun or without): "ابنة خالته"،
    /// "ابن عمه"، "زوجة أبيه" — the first noun governs the second, and the phrase names an aunt's, uncle's or parent's relative.
    /// </summary>
    private bool GovernsKin(string text, int from, int sentenceEnd)
    {
        var (next, nextEnd) = NextWord(text, from);
        if (next.Length == 0 || nextEnd > sentenceEnd)
        {
            return false;
        }

        var key = KinKey(next);
        return IsKinKey(key) && !PluralKin.ContainsKey(key);
    }

    /// <summary>The relation and pronoun of a kinship word ("ابنته" → P40, "ه"; "إخوته" → P3373, "ه"), or null. A word written
    /// with a final ta marbuta ("ابنة") has no pronoun, whatever its normalized key ("ابنه") reads.</summary>
    private (string Relation, string Pronoun, bool Plural)? KinPhraseWord(string word)
    {
        if (EndsWithTaMarbuta(word))
        {
            return null;
        }

        var key = _memo.Key(word);
        foreach (var candidate in new[] { key, key.Length > 3 && key[0] is '\u0648' or '\u0641' ? key[1..] : "" })
        {
            if (candidate.Length == 0)
            {
                continue;
            }

            foreach (var suffix in new[] { "ها", "ه" })
            {
                if (candidate.Length <= suffix.Length + 1 || !candidate.EndsWith(suffix, StringComparison.Ordinal))
                {
                    continue;
                }

                var stem = candidate[..^suffix.Length];
                if (PluralKin.TryGetValue(stem, out var plural))
                {
                    return (plural, suffix, true);
                }

                if (KinProperty.TryGetValue(stem, out var single) && single != ClaimProperties.Spouse)
                {
                    return (single, suffix, false);
                }
            }
        }

        return null;
    }

    private IEnumerable<(Verification V, ImmutableArray<TextSpan> Spans, string Text, KbLink Link)> VerifyKinPhrases(
        AnalyzedDocument document, ImmutableArray<KbLink> links, IKnowledgeBase kb, CancellationToken cancellationToken)
    {
        var text = document.Source.Text;
        var byCluster = links.ToDictionary(l => l.Cluster);
        var main = MainPerson(document, byCluster, kb);
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var at = sentence.Span.Start;
            while (at < sentence.Span.End)
            {
                var (word, end) = NextWord(text, at);
                if (word.Length == 0 || end <= at)
                {
                    at++;
                    continue;
                }

                var start = end - word.Length;
                at = end;
                // A kinship noun inside a person's tagged name is part of the name ("عباس حلمي الثاني ابن توفيق"), except a nasab
                // after a pronoun, which the tagger may join to the name before it ("فؤاد فهو ابن شفق نور").
                // A nasab written with ta marbuta ("وهي ابنة …") is not read here: its name is often a description ("ابنة امرأة
                // ألمانية"), and before round 14 the word was (mis)read as "ابنه" and never reached this reading either.
                var kinWord = KinPhraseWord(word);
                var nasab = kinWord is null;
                if ((kinWord ?? (EndsWithTaMarbuta(word) ? null : NasabAfterPronoun(text, start, word))) is not { } kin
                    || (!nasab && document.Entities.Any(m => m.Span.Start < end && m.Span.End > start && m.Label == EntityLabels.Person
                        && _memo.Key(text[m.Span.Start..m.Span.End]) != _memo.Key(word))))
                {
                    continue;
                }

                // Not the second half of a compound kinship ("ابن أخيه"، "زوجة أبيه").
                var (before, beforeStart) = WordBeforeAt(text, start);
                if (beforeStart >= 0 && GovernedKin(before))
                {
                    continue;
                }

                // Nor its first half (round 14, issue-x3): a kinship noun followed by another names the second one's relative — a
                // cousin ("ابنة خالته"، "ابن عمه"), a nephew ("ابن أخيه"), a stepmother ("زوجة أبيه") — no relation of the owner's own.
                if (!nasab && GovernsKin(text, end, sentence.Span.End))
                {
                    continue;
                }

                if (Possessor(document, byCluster, kb, nasab ? null : main, sentence.Span.Start, start, kin.Pronoun) is not { } owner || kb.Get(owner.Item) is not { } person)
                {
                    continue;
                }

                var listed = NamesAfterKin(document, end, sentence.Span.End, kin.Plural).ToList();
                var listedClusters = listed.Where(n => n.Cluster is not null).Select(n => n.Cluster!.Value).ToHashSet();
                foreach (var (nameText, nameSpan, cluster) in listed)
                {
                    var paths = FamilyPaths(person, kb);
                    var said = nameText;
                    Claim claim = null!;
                    var candidates = new List<string>();
                    // The longest beginning of the words that names someone of the family: "بايزيد المولود" is Bayezid.
                    var words = nameText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    for (var take = cluster is null ? words.Length : 0; take >= (cluster is null ? 1 : 0) && candidates.Count == 0; take--)
                    {
                        said = cluster is null ? string.Join(' ', words.Take(take)) : nameText;
                        var value = cluster is { } c ? ClaimValue.OfEntity(c, null) : new ClaimValue(ClaimValueKind.Text, Text: said);
                        claim = new Claim(-1, owner.Cluster, kin.Relation, value, [new TextSpan(start, end), nameSpan], ClaimModality.Asserted, 0.5)
                        {
                            Sentence = document.SentenceAt(start),
                        };
                        candidates = FamilyNamed(document, claim, paths, kb);
                        if (cluster is not null)
                        {
                            break;
                        }
                    }

                    if (cluster is { } lc && byCluster.TryGetValue(lc, out var linked) && paths.ContainsKey(linked.Item) && !candidates.Contains(linked.Item))
                    {
                        candidates.Add(linked.Item);
                    }

                    // "فهو ابن شفق نور": a parent, the father or the mother by the named relative's sex.
                    var relation = kin.Relation;
                    if (relation == ParentOfEither)
                    {
                        if (candidates.Count != 1 || kb.Get(candidates[0]) is not { } parent)
                        {
                            continue;
                        }

                        relation = parent.ItemValues("P21").FirstOrDefault() == Female ? ClaimProperties.Mother : ClaimProperties.Father;
                        claim = claim with { Property = relation };
                    }

                    if (WrongRelation(person, relation, candidates, kb, paths) is not { } wrong
                        || AnotherPossessorHolds(document, byCluster, kb, main, owner, start, relation, wrong.Path.Item, listedClusters)
                        || (person.Best(relation).FirstOrDefault() ?? FirstStep(person, wrong.Path)) is not { } statement)
                    {
                        continue;
                    }

                    var saidSpan = cluster is null ? new TextSpan(nameSpan.Start, Math.Min(nameSpan.End, nameSpan.Start + said.Length)) : nameSpan;

                    var note = ExplainPath(person, wrong.Path, wrong.En, wrong.Ar, kb);
                    var v = new Verification(null, Verdicts.Contradicted, Evidence(person, statement, kb), note.En)
                    {
                        NoteAr = note.Ar, Property = relation, Cluster = cluster,
                    };
                    yield return (v, [.. new[] { new TextSpan(start, end), saidSpan }.OrderBy(s => s.Start)], said, owner with { Confidence = Math.Min(owner.Confidence, KinLinkConfidence) });
                }
            }
        }
    }

    /// <summary>
    /// The person a kinship pronoun refers to: the first person the sentence names before the noun (the sentence's subject),
    /// linked to a human; else, when the sentence names no one before it, the article's subject. The pronoun's gender must
    /// agree with the person's sex (ه a man, ها a woman). Null when unsure. A nasab after a pronoun ("فهو ابن …") passes no
    /// article subject: its person is the one the sentence names before it.
    /// </summary>
    private static KbLink? Possessor(AnalyzedDocument document, Dictionary<int, KbLink> links, IKnowledgeBase kb, int? main, int sentenceStart, int kinStart, string pronoun)
    {
        var first = document.Entities.Where(m => m.Label == EntityLabels.Person && m.Cluster >= 0 && m.Span.Start >= sentenceStart && m.Span.Start < kinStart)
            .OrderBy(m => m.Span.Start).FirstOrDefault();
        KbLink? owner = null;
        if (first is not null)
        {
            owner = links.TryGetValue(first.Cluster, out var l) ? l : null;
        }
        else if (main is { } mc && links.TryGetValue(mc, out var ml))
        {
            owner = ml;
        }

        if (owner is null || kb.Get(owner.Item) is not { } item || KbTypes.Of(item, kb) != KbType.Human)
        {
            return null;
        }

        var sex = item.ItemValues("P21").FirstOrDefault();
        return (pronoun == "ها" ? sex == Female : sex != Female) ? owner : null;
    }

    /// <summary>
    /// The names after a kinship noun: after descriptors and a colon, the person mention that starts there (its cluster), or
    /// the words up to the next comma, conjunction or clause word; with a plural noun, then each item of the list that follows
    /// ("، وفيصل"، " وزيد"), a list item beginning with و, up to the end of the sentence.
    /// </summary>
    private IEnumerable<(string Text, TextSpan Span, int? Cluster)> NamesAfterKin(AnalyzedDocument document, int from, int sentenceEnd, bool plural)
    {
        var text = document.Source.Text;
        var at = from;
        for (var n = 0; n < 3; n++)
        {
            var (w, e) = NextWord(text, at);
            if (KinPhraseDescriptors.Contains(_memo.Key(w)) || (w.Length == 0 && e < sentenceEnd && e < text.Length && text[e] == ':'))
            {
                at = w.Length == 0 ? e + 1 : e;
                continue;
            }

            break;
        }

        while (at < sentenceEnd && text[at] is ' ' or ':')
        {
            at++;
        }

        var first = NameAt(document, at, sentenceEnd, conjunction: false);
        if (first is null)
        {
            yield break;
        }

        yield return first.Value;
        if (!plural)
        {
            yield break;
        }

        // The rest of the list: "، وX" or " وX" items up to the sentence's end.
        var p = first.Value.Span.End;
        while (p < sentenceEnd)
        {
            var (w, e) = NextWord(text, p);
            if (w.Length == 0)
            {
                p = e + 1;
                continue;
            }

            var ws = e - w.Length;
            if (OpensAnotherKinList(w, WordBeforeAt(text, ws).Word))
            {
                yield break; // round 17 (issue-x2): "…، ومن زوجاته س وص": the names after it are that noun's, not this list's
            }

            if (w[0] == 'و' && w.Length > 3 && NameAt(document, ws, sentenceEnd, conjunction: true) is { } item)
            {
                yield return item;
                p = item.Span.End;
                continue;
            }

            p = e;
        }
    }

    // Plural nouns of wives with a pronoun ("زوجاته"، "نساؤه"، "نسائه") that KinProperty does not hold.
    private static readonly FrozenSet<string> PluralSpouseStems = new[] { "زوجات", "نساء", "نساو", "نسائ", "ازواج" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Round 17 (issue-x2): a kinship noun with a pronoun that opens a clause inside a list — behind a conjunction ("وزوجاته")
    /// or behind "من"/"ومن" ("ومن أبنائه علي وحسن، ومن زوجاته هند وسلمى") — opens another list, of its own relation; the names
    /// after it are no longer the first noun's relatives. A kinship noun governed by another word ("في سيرة أبيه") opens nothing.
    /// </summary>
    private bool OpensAnotherKinList(string word, string before)
    {
        var key = _memo.Key(word);
        var afterFrom = _memo.Key(before) is "من" or "ومن";
        foreach (var k in new[] { afterFrom ? key : "", key.Length > 3 && key[0] is '\u0648' or '\u0641' ? key[1..] : "" })
        {
            if (k.Length == 0)
            {
                continue;
            }

            if (KinWithPronoun(k) is not null || OtherKinWithPronoun(k))
            {
                return true;
            }

            foreach (var suffix in PronounSuffixes)
            {
                if (k.Length > suffix.Length + 1 && k.EndsWith(suffix, StringComparison.Ordinal)
                    && (PluralKin.ContainsKey(k[..^suffix.Length]) || PluralSpouseStems.Contains(k[..^suffix.Length])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Words that end a name or are no name: clause words, prepositions, verbs of the clause.
    private static readonly FrozenSet<string> NameStops = new[]
    {
        "الذي", "التي", "الذين", "اللذين", "اللتين", "وهو", "وهي", "هو", "هي", "في", "من", "الي", "علي", "عن", "مع", "سنه", "عام", "كان", "كانت",
        "وكان", "وكانت", "ثم", "قد", "وقد", "لم", "ولم", "ان", "او", "ام", "بن", "ابن", "بنت",
    }.ToFrozenSet(StringComparer.Ordinal);

    // A name at a position: a person mention that starts there (or right after its و), else up to three words that are no stop word.
    private (string Text, TextSpan Span, int? Cluster)? NameAt(AnalyzedDocument document, int position, int sentenceEnd, bool conjunction)
    {
        var text = document.Source.Text;
        var start = position;
        var mention = document.Entities.FirstOrDefault(m => m.Label == EntityLabels.Person && m.Cluster >= 0
            && (m.Span.Start == start || (conjunction && m.Span.Start == start + 1)));
        if (mention is not null)
        {
            return (text[mention.Span.Start..mention.Span.End], mention.Span, mention.Cluster);
        }

        var words = new List<string>();
        var end = start;
        var p = start;
        for (var i = 0; i < 3 && p < sentenceEnd; i++)
        {
            var (w, e) = NextWord(text, p);
            if (w.Length == 0 || e > sentenceEnd)
            {
                break;
            }

            var key = _memo.Key(w);
            if (i == 0 && conjunction)
            {
                if (key.Length < 4 || key[0] != 'و')
                {
                    return null;
                }

                key = key[1..];
                w = w[1..];
            }

            // A later word that opens with و and a name begins the list's next item ("المعتصم والواثق").
            if (i > 0 && key.Length > 3 && key[0] == 'و')
            {
                break;
            }

            if (NameStops.Contains(key) || KbNames.IsWeakToken(key) || KbNamesOccupations.IsDescriptor(key) || IsKinKey(key) || KinPhraseWord(w) is not null)
            {
                break;
            }

            words.Add(w);
            end = e;
            if (e < text.Length && text[e] is '،' or ',' or '.' or '؛' or ':' or '(' or ')')
            {
                break;
            }

            p = e;
        }

        if (words.Count == 0)
        {
            return null;
        }

        var nameStart = conjunction ? start + 1 : start;
        while (nameStart < end && text[nameStart] == ' ')
        {
            nameStart++;
        }

        return (string.Join(' ', words), new TextSpan(nameStart, end), null);
    }

    /// <summary>A relation that is the father or the mother, decided by the named parent's sex.</summary>
    private const string ParentOfEither = "P22|P25";

    /// <summary>
    /// "فهو ابن شفق نور"، "وهي ابنة …": a nasab noun right after a pronoun of the person named before it makes the name
    /// after it that person's parent. Null for any other word.
    /// </summary>
    private (string Relation, string Pronoun, bool Plural)? NasabAfterPronoun(string text, int start, string word)
    {
        var key = _memo.Key(word);
        if (key is not ("ابن" or "ابنه" or "بنت") || WordBeforeAt(text, start) is not ({ Length: > 0 } before, >= 0))
        {
            return null;
        }

        return _memo.Key(before) switch
        {
            "هو" or "فهو" or "وهو" => (ParentOfEither, "ه", false),
            "هي" or "فهي" or "وهي" => (ParentOfEither, "ها", false),
            _ => null,
        };
    }

    /// <summary>
    /// Another person the pronoun may refer to holds the name under the stated relation: a linked person named before the
    /// kinship noun (in its sentence or the one before) other than the possessor, or the article's subject. The names
    /// listed after a plural noun are not candidates: they are the relatives.
    /// </summary>
    private static bool AnotherPossessorHolds(AnalyzedDocument document, Dictionary<int, KbLink> links, IKnowledgeBase kb, int? main, KbLink owner,
        int kinStart, string relation, string valueItem, HashSet<int> listed)
    {
        bool Holds(KbLink l) => !listed.Contains(l.Cluster) && l.Item != owner.Item && l.Item != valueItem && kb.Get(l.Item) is { } e && e.ItemValues(relation).Contains(valueItem);
        if (main is { } m && links.TryGetValue(m, out var ml) && Holds(ml))
        {
            return true;
        }

        var sentence = document.SentenceAt(kinStart);
        var from = document.Sentences[Math.Max(0, sentence - 1)].Span.Start;
        return document.Entities.Any(e => e.Label == EntityLabels.Person && e.Cluster >= 0 && e.Span.Start >= from && e.Span.End <= kinStart
            && links.TryGetValue(e.Cluster, out var l) && Holds(l));
    }
}
