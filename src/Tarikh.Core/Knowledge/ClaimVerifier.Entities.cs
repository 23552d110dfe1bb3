using System.Collections.Immutable;
using System.Globalization;
using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>Entity values of a claim against the KB's item statements: places along "located in", relatives by name, relations named wrongly explained.</summary>
public sealed partial class ClaimVerifier
{
    // ---- entities ----------------------------------------------------------------------------------

    private Verification VerifyEntity(AnalyzedDocument document, Claim claim, KbEntity subject, Dictionary<int, KbLink> links, IKnowledgeBase kb, out bool ambiguous)
    {
        ambiguous = false;
        if (claim.Property == ClaimProperties.EducatedAt && TeachingVerb(document, claim))
        {
            return new Verification(claim.Id, Verdicts.NotInKb, null, "teaching");
        }

        if (KinWordAsPlace(document, claim))
        {
            return new Verification(claim.Id, Verdicts.NotInKb, null, "relation-word");
        }

        if (DescriptorBetweenKinAndValue(document, claim))
        {
            return new Verification(claim.Id, Verdicts.NotInKb, null, "not-a-name");
        }

        if (RelationWordDisagrees(document, claim))
        {
            return new Verification(claim.Id, Verdicts.Unlinked, null, "relation-word");
        }

        string? linkedValue = claim.Value.Cluster is { } lvc && links.TryGetValue(lvc, out var lvl) ? lvl.Item : null;
        if (IsRelativeProperty(claim.Property) && linkedValue is null && DescriptorValue(document, claim))
        {
            return new Verification(claim.Id, Verdicts.NotInKb, null, "not-a-name");
        }

        if (ParentOfTheOtherSex(claim, linkedValue, kb))
        {
            return new Verification(claim.Id, Verdicts.Unlinked, null, "relation-word");
        }

        if (OtherAffiliation(claim, subject, linkedValue) is { } affiliation)
        {
            return TimesAgree(claim, affiliation) is { } affiliationNote
                ? new Verification(claim.Id, Verdicts.Contradicted, Evidence(subject, affiliation, kb), affiliationNote)
                : Supported(claim, subject, affiliation, null, kb);
        }

        // Round 20 (20k2): an office at a body the KB holds as the subject's employer (ClaimVerifier.Employment.cs), a warning.
        // Round 23 (23k2): a taking-up verb's lone date is the start, "وبقي فيها حتى" of the same sentence the end (PostDates).
        if (OfficeAtEmployer(claim, subject, linkedValue) is { } employment && PostDates(document, claim, links, employment.MainSnak.Value.Item) is var (employed, term)
            && SameTenure(term, employment))
        {
            ambiguous = true;
            return TimesAgree(employed, employment) is { } employmentNote
                ? new Verification(claim.Id, Verdicts.Contradicted, Evidence(subject, employment, kb), employmentNote)
                : Supported(claim, subject, employment, "office-at-employer", kb);
        }

        // Round 23 (23k2): an editorship or a directorship told as an office by its verb, at a body the KB holds as the
        // subject's employer (ClaimVerifier.Editorships.cs), a warning; each claim on its own date.
        if (linkedValue is null && PostAtEmployer(document, claim, subject, links, kb) is { } post
            && PostDates(document, claim, links, post.MainSnak.Value.Item) is var (own, tenure) && SameTenure(tenure, post))
        {
            ambiguous = true;
            return TimesAgree(own, post) is { } postNote
                ? new Verification(claim.Id, Verdicts.Contradicted, Evidence(subject, post, kb), postNote)
                : Supported(claim, subject, post, "post-at-employer", kb);
        }

        if (DegreeStatements(document, claim, subject) is { } degree)
        {
            foreach (var s in degree)
            {
                if (s.MainSnak.Value.Item == linkedValue || (linkedValue is null && NamesMatch(document, claim, kb.Get(s.MainSnak.Value.Item!))))
                {
                    return TimesAgree(claim, s) is { } degreeNote
                        ? new Verification(claim.Id, Verdicts.Contradicted, Evidence(subject, s, kb), degreeNote)
                        : Supported(claim, subject, s, null, kb);
                }
            }

            // The degree's institution is another: a linked institution is an error, one known by name only a warning.
            ambiguous = linkedValue is null || degree.Select(s => s.MainSnak.Value.Item).Distinct().Count() > 1;
            return new Verification(claim.Id, Verdicts.Contradicted, Evidence(subject, degree[0], kb), "degree-statement");
        }

        var statements = RelationStatements(subject, claim.Property);
        if (statements.Count == 0)
        {
            // No relative of the stated kind in the KB: an error only when the KB shows the value as another relative.
            return RelationNamedWrongly(document, claim, subject, linkedValue, links, kb, out ambiguous)
                ?? new Verification(claim.Id, Verdicts.NotInKb, null, null);
        }

        if (claim.Property == ClaimProperties.PositionHeld && claim.Source == PositionClaims.Source)
        {
            return VerifyAccession(claim, subject, statements, kb, out ambiguous);
        }

        // An office the text names in words (its value a trigger word or the organization the office belongs to):
        // the subject's own position whose label the clause holds, and its dates.
        if (claim.Property == ClaimProperties.PositionHeld
            && (claim.Value.Cluster is not { } pc || !links.TryGetValue(pc, out var pl) || !statements.Any(s => s.MainSnak.Value.Item == pl.Item))
            && PositionByWords(document, claim, subject, kb) is { } position)
        {
            ambiguous = true; // the office is known by the words of its name, not by a linked value: a warning
            return VerifyTerms(BecameDatesStart(document, claim), subject, statements.Where(s => s.MainSnak.Value.Item == position.MainSnak.Value.Item).DefaultIfEmpty(position).ToList(), kb);
        }

        ambiguous = statements.Select(s => s.MainSnak.Value.Item).Distinct().Count() > 1 && claim.Property is "P19" or "P20";
        string? valueItem = claim.Value.Cluster is { } vc && links.TryGetValue(vc, out var vl) ? vl.Item : null;
        var place = claim.Property is "P19" or "P20" or "P276";
        // The same value held by several statements (a membership of two grades, two terms of one office): the claim's dates
        // agree with any of them.
        (KbStatement Statement, string Note)? disagreeing = null;
        var timed = claim.Property == ClaimProperties.PositionHeld ? BecameDatesStart(document, claim) : claim;
        foreach (var s in statements)
        {
            var kbItem = s.MainSnak.Value.Item!;
            if (valueItem == kbItem
                || (valueItem is not null && place && (LocatedIn(kb, kbItem, valueItem) || LocatedIn(kb, valueItem, kbItem)))
                || (valueItem is null && NamesMatch(document, claim, kb.Get(kbItem)))
                || (valueItem is not null && IsRelativeProperty(claim.Property)
                    && (RelativeNamedInFull(document, claim, kb.Get(kbItem)) || RelativeNamesakeOfValue(document, claim, subject, kb.Get(kbItem), valueItem, kb))))
            {
                if (TimesAgree(timed, s) is not { } timeNote)
                {
                    return Supported(claim, subject, s, null, kb);
                }

                disagreeing ??= (s, timeNote);
            }
        }

        if (disagreeing is { } d)
        {
            return new Verification(claim.Id, Verdicts.Contradicted, Evidence(subject, d.Statement, kb), d.Note);
        }

        // Several values of a property that holds many (positions, memberships, children): the text's value
        // may be one the KB does not list; that is not a contradiction.
        if (claim.Property is "P39" or "P69" or "P108" or "P463" or "P106" or "P40" or "P3373" or "P800")
        {
            // A child or sibling the KB does not list is a contradiction only when the KB shows the value as another
            // relative (a grandson called a son, a cousin called a brother); else the KB may simply lack it.
            if (claim.Property is "P40" or "P3373" && !NotAName(document, claim))
            {
                return RelationNamedWrongly(document, claim, subject, valueItem, links, kb, out ambiguous)
                    ?? (valueItem is not null && ExplainRelation(kb, subject, claim.Property, valueItem) is { } oneStep
                        && !RelationOfAnotherNamed(document, claim, valueItem, subject.Id, links, kb)
                        ? new Verification(claim.Id, Verdicts.Contradicted, Evidence(subject, statements[0], kb), oneStep.En) { NoteAr = oneStep.Ar }
                        : new Verification(claim.Id, Verdicts.NotInKb, null, null));
            }

            if (valueItem is null || !IsRelativeProperty(claim.Property))
            {
                return new Verification(claim.Id, Verdicts.NotInKb, null, null);
            }
        }

        // A place the KB does not hold (a quarter, a village) may lie inside the KB's place: without the
        // place's item there is no "located in" to follow, so a name that differs proves nothing.
        if (valueItem is null && place)
        {
            if (AnotherCity(document, claim, statements, kb) is { } city)
            {
                ambiguous = true; // round 21 (21k1): two cities (ClaimVerifier.PlacesCities.cs); the text's known by name only
                return new Verification(claim.Id, Verdicts.Contradicted, Evidence(subject, city, kb), AnotherCityNote);
            }

            return new Verification(claim.Id, Verdicts.NotInKb, Evidence(subject, statements[0], kb), "unlinked-place");
        }

        // A relative's name that is no name ("بأولادها"), or a relation the KB holds for another person named nearby.
        if (IsRelativeProperty(claim.Property) && valueItem is null && (NotAName(document, claim) || CountValue(document, claim)))
        {
            return new Verification(claim.Id, Verdicts.NotInKb, null, "not-a-name");
        }

        if (IsRelativeProperty(claim.Property) && valueItem is not null && RelationOfAnotherNamed(document, claim, valueItem, subject.Id, links, kb))
        {
            return new Verification(claim.Id, Verdicts.Unlinked, null, "another-subject");
        }

        var note = valueItem is null
            ? (IsRelativeProperty(claim.Property) ? ExplainName(document, claim, subject, kb) : null)
            : ExplainRelation(kb, subject, claim.Property, valueItem);
        if (note is null && IsRelativeProperty(claim.Property)
            && WrongRelation(subject, claim.Property, valueItem is null ? FamilyNamed(document, claim, FamilyPaths(subject, kb), kb) : [valueItem], kb) is { } wrong)
        {
            note = ExplainPath(subject, wrong.Path, wrong.En, wrong.Ar, kb);
        }
        if (valueItem is null)
        {
            ambiguous = true; // the text's value is not linked: compared by name only
        }

        return new Verification(claim.Id, Verdicts.Contradicted, Evidence(subject, statements[0], kb), note?.En) { NoteAr = note?.Ar };
    }

    private static bool IsRelativeProperty(string property) => EntityLinker.RelativeProperties.Contains(property);

    private static bool LocatedIn(IKnowledgeBase kb, string place, string container)
    {
        var frontier = new List<string> { place };
        var seen = new HashSet<string>(StringComparer.Ordinal) { place };
        for (var depth = 0; depth < 6 && frontier.Count > 0; depth++)
        {
            var next = new List<string>();
            foreach (var id in frontier)
            {
                if (kb.Get(id) is not { } e)
                {
                    continue;
                }

                foreach (var parent in e.ItemValues("P131").Concat(e.ItemValues("P17")))
                {
                    if (parent == container)
                    {
                        return true;
                    }

                    if (seen.Add(parent))
                    {
                        next.Add(parent);
                    }
                }
            }

            frontier = next;
        }

        return false;
    }

    // The text's value, unlinked, against a KB item's names: the same normalized name or skeleton, or
    // every word of the text's name among the item's words.
    private bool NamesMatch(AnalyzedDocument document, Claim claim, KbEntity? item)
    {
        if (item is null)
        {
            return false;
        }

        foreach (var text in TextNames(document, claim))
        {
            var key = _memo.Key(text);
            if (key.Length == 0)
            {
                continue;
            }

            var words = _memo.Words(key).Where(w => !KbNames.IsWeakToken(w)).ToArray();
            foreach (var (_, name) in item.Names())
            {
                var kbKey = _memo.Key(name);
                if (kbKey == key || _memo.Skeleton(kbKey) == _memo.Skeleton(key))
                {
                    return true;
                }

                var kbWords = _memo.Words(kbKey);
                if (words.Length > 0 && words.All(w => kbWords.Any(k => k == w || _memo.Skeleton(k) == _memo.Skeleton(w))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "The text's spouse is, in the KB, the spouse's mother": the text's item found one relation away from a KB value.
    private static (string En, string Ar)? ExplainRelation(IKnowledgeBase kb, KbEntity subject, string property, string valueItem)
    {
        var value = kb.Get(valueItem);
        foreach (var other in EntityLinker.RelativeProperties)
        {
            if (other != property && subject.ItemValues(other).Contains(valueItem) && value is not null)
            {
                return Relation(value, other, subject, null, null);
            }
        }

        foreach (var kbValue in subject.ItemValues(property))
        {
            if (kb.Get(kbValue) is not { } relative)
            {
                continue;
            }

            foreach (var p in EntityLinker.RelativeProperties)
            {
                if (relative.ItemValues(p).Contains(valueItem) && value is not null)
                {
                    return Relation(value, p, relative, property, subject);
                }
            }
        }

        return null;
    }

    // A relative's name the text gives unlinked, found (most of its words) on a relative one step away: "the text's
    // spouse is, in the KB, the spouse's mother".
    private (string En, string Ar)? ExplainName(AnalyzedDocument document, Claim claim, KbEntity subject, IKnowledgeBase kb)
    {
        var words = TextNames(document, claim).Select(t => _memo.Words(_memo.Key(t)).Where(w => !KbNames.IsWeakToken(w)).ToArray())
            .Where(w => w.Length >= 2).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        foreach (var p in EntityLinker.RelativeProperties)
        {
            foreach (var relativeId in subject.ItemValues(p))
            {
                if (kb.Get(relativeId) is not { } relative)
                {
                    continue;
                }

                if (p != claim.Property && MostWordsOf(words, relative))
                {
                    return Relation(relative, p, subject, null, null);
                }

                if (p != claim.Property)
                {
                    continue;
                }

                foreach (var p2 in EntityLinker.RelativeProperties)
                {
                    foreach (var id2 in relative.ItemValues(p2))
                    {
                        if (id2 != subject.Id && kb.Get(id2) is { } second && MostWordsOf(words, second))
                        {
                            return Relation(second, p2, relative, p, subject);
                        }
                    }
                }
            }
        }

        return null;
    }

    private static List<string> TextNames(AnalyzedDocument document, Claim claim)
    {
        var texts = new List<string>();
        if (claim.Value.Cluster is { } c && c >= 0 && c < document.Clusters.Length)
        {
            texts.Add(document.Clusters[c].Name);
            texts.AddRange(document.Clusters[c].Aliases);
        }

        if (claim.Value.Text is { } t)
        {
            texts.Add(t);
        }

        return texts;
    }

    // At least two words of a name, and all but one, among the words of one of the item's names.
    private bool MostWordsOf(List<string[]> names, KbEntity item)
    {
        foreach (var (_, name) in item.Names())
        {
            var kbWords = _memo.Words(_memo.Key(name));
            foreach (var words in names)
            {
                var hits = words.Count(w => kbWords.Any(k => k == w || (w.Length >= 4 && _memo.Skeleton(k) == _memo.Skeleton(w))));
                if (hits >= 2 && hits >= words.Length - 1)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "in the KB, X (Q…) is the mother (P25) of Y (Q…)[, the spouse of Z]", in English and Arabic.
    private static (string En, string Ar) Relation(KbEntity who, string property, KbEntity of, string? ofProperty, KbEntity? subject)
    {
        var en = $"in the KB, {who.LabelIn("en", "ar")} ({who.Id}) is the {KbProperties.English(property)} ({property}) of {of.LabelIn("en", "ar")} ({of.Id})";
        var ar = $"في قاعدة المعرفة، {who.LabelIn("ar", "en")} ({who.Id}) هي/هو {KbProperties.Arabic(property)} ({property}) {Li(of.LabelIn("ar", "en"))} ({of.Id})";
        if (ofProperty is not null && subject is not null)
        {
            en += $", the {KbProperties.English(ofProperty)} of {subject.LabelIn("en", "ar")}";
            ar += $"، {KbProperties.Arabic(ofProperty)} {subject.LabelIn("ar", "en")}";
        }

        return (en, ar);
    }

    /// <summary>
    /// A relative the KB does not hold under the stated relation but shows as another relative of the subject (three
    /// family steps at most): contradicted, with the true relation explained. Null when the KB lacks the relation, when
    /// the value is a namesake, or when the relation the KB gives is another linked person's named nearby.
    /// </summary>
    private Verification? RelationNamedWrongly(AnalyzedDocument document, Claim claim, KbEntity subject, string? valueItem,
        Dictionary<int, KbLink> links, IKnowledgeBase kb, out bool ambiguous)
    {
        ambiguous = false;
        if (!IsRelativeProperty(claim.Property) || claim.Property == ClaimProperties.Spouse || KbTypes.Of(subject, kb) != KbType.Human)
        {
            return null;
        }

        // Whose relative: the subject named in the claim's sentence before the value, or the article's subject (a kinship
        // pronoun across sentences is the article subject's; read for anyone else it may be a misreading).
        if (!SubjectNamedBeforeValue(document, claim) && MainPerson(document, links, kb) != claim.Subject
            && !PossessorInSentenceBefore(document, claim, subject))
        {
            return null;
        }

        var paths = FamilyPaths(subject, kb);
        var candidates = valueItem is not null ? [valueItem] : FamilyNamed(document, claim, paths, kb);
        if (WrongRelation(subject, claim.Property, candidates, kb, paths) is not { } wrong
            || RelationOfAnotherNamed(document, claim, wrong.Path.Item, subject.Id, links, kb)
            || (subject.Best(claim.Property).FirstOrDefault() ?? FirstStep(subject, wrong.Path)) is not { } statement)
        {
            return null;
        }

        // Found by name only, or through a relative: a warning unless the value is linked and one step away.
        ambiguous = valueItem is null || wrong.Path.Steps.Count > 1;
        var note = ExplainPath(subject, wrong.Path, wrong.En, wrong.Ar, kb);
        // The evidence is the subject's own statement: of the stated relation, else the path's first step ("child of S is T").
        return new Verification(claim.Id, Verdicts.Contradicted, Evidence(subject, statement, kb), note.En) { NoteAr = note.Ar };
    }

    // A mention of the claim's subject in its sentence, before the first mention of the value there.
    private static bool SubjectNamedBeforeValue(AnalyzedDocument document, Claim claim)
    {
        if (claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length)
        {
            return false;
        }

        var sentence = document.Sentences[claim.Sentence].Span;
        var valueAt = claim.Value.Cluster is { } vc
            ? document.Entities.Where(m => m.Cluster == vc && m.Span.Start >= sentence.Start && m.Span.End <= sentence.End).Select(m => m.Span.Start).DefaultIfEmpty(sentence.End).Min()
            : claim.Spans.Select(s => s.Start).DefaultIfEmpty(sentence.End).Max();
        return document.Entities.Any(m => m.Cluster == claim.Subject && m.Span.Start >= sentence.Start && m.Span.End <= valueAt);
    }

    /// <summary>
    /// A place value that is a kinship noun with a pronoun followed by a person's name ("وتوفي جده محمد علي … بالإسكندرية":
    /// "جده" is his grandfather, not Jeddah): the tagger's place is the relative; not compared.
    /// </summary>
    private bool KinWordAsPlace(AnalyzedDocument document, Claim claim)
    {
        if (claim.Property is not (ClaimProperties.BirthPlace or ClaimProperties.DeathPlace or ClaimProperties.Location) || claim.Value.Cluster is not { } c)
        {
            return false;
        }

        var text = document.Source.Text;
        foreach (var m in document.Entities)
        {
            if (m.Cluster != c || !claim.Spans.Any(s => s.Overlaps(m.Span)))
            {
                continue;
            }

            var key = KinKey(text[m.Span.Start..m.Span.End]);
            if ((OtherKinWithPronoun(key) || KinWithPronoun(key) is not null) && PersonRightAfter(document, m.Span.End) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
