using System.Collections.Immutable;
using System.Globalization;
using Tarikh.Core.Checks;
using Tarikh.Core.Claims;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>Thresholds of verification.</summary>
/// <param name="ConfidentLink">A contradiction is an error only when the subject's link is at least this sure (else a warning).</param>
/// <param name="ApproximateYears">Years an approximate text date ("نحو", "حوالي") is widened by on each side.</param>
/// <param name="LastJulianYear">Up to this year an unmarked day in the text may be an Old-Style (Julian) date.</param>
/// <param name="PolityYears">A founding or end of a place (a state) further than this from every KB date is taken to be another
/// polity of the same name (Lithuania 1918 and 1990, Ukraine 1918 and 1991): not in the KB, never a contradiction.</param>
/// <param name="PhraseCandidates">Items looked up per word of an untagged event's name; a word with this many or more is too common to find anything by.</param>
public sealed record VerifierOptions(double ConfidentLink = 0.8, int ApproximateYears = 2, int LastJulianYear = 1923, int PolityYears = 20, int PhraseCandidates = 50)
{
    /// <summary>The defaults.</summary>
    public static VerifierOptions Default { get; } = new();
}

/// <summary>
/// Verifies the claims of linked subjects against the knowledge base: dates calendar-aware (a Julian KB
/// date and a Gregorian text date compare after conversion by the Time stage's calendars) and
/// precision-aware (a year in the text against a day in the KB compares at year level); any of several
/// non-deprecated statements supports; places agree along "located in" (P131, P17); a relative named
/// wrongly is explained ("in the KB, X is the mother of Y, the spouse of Z"). Pure.
/// </summary>
public sealed partial class ClaimVerifier
{
    private static readonly ImmutableArray<string> EntityProperties =
        ["P19", "P20", "P26", "P22", "P25", "P3373", "P40", "P39", "P69", "P108", "P463", "P106", "P276", "P800", "P166"];

    private static readonly ImmutableArray<string> TimeProperties = ["P569", "P570", "P571", "P576", "P585"];

    private readonly KbTimeConverter _time;
    private readonly KbNames _names;
    private readonly KbNameMemo _memo;
    private readonly EntityLinker _linker;

    /// <summary>Creates a verifier.</summary>
    public ClaimVerifier(VerifierOptions? options = null, KbTimeConverter? time = null, KbNames? names = null)
    {
        Options = options ?? VerifierOptions.Default;
        _time = time ?? KbTimeConverter.Default;
        _names = names ?? KbNames.Default;
        _memo = new KbNameMemo(_names);
        _linker = new EntityLinker(null, _names);
    }

    /// <summary>The thresholds.</summary>
    public VerifierOptions Options { get; }

    /// <summary>Verifies every claim; returns the verifications (claim order) and a flag per contradiction.</summary>
    public (ImmutableArray<Verification> Verifications, ImmutableArray<Flag> Flags) Verify(
        AnalyzedDocument document, ImmutableArray<KbLink> links, IKnowledgeBase kb, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(kb);
        var byCluster = links.ToDictionary(l => l.Cluster);
        var verifications = ImmutableArray.CreateBuilder<Verification>();
        var flags = ImmutableArray.CreateBuilder<Flag>();
        foreach (var claim in document.Claims)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (claim.Modality == ClaimModality.Negated)
            {
                continue;
            }

            if (!Verifiable(claim))
            {
                if (claim.Modality == ClaimModality.Asserted && ActNamedInSentence(document, claim, byCluster, kb) is { } act)
                {
                    verifications.Add(act);
                    if (act.Verdict == Verdicts.Contradicted)
                    {
                        // The relation's value was found by name in the sentence, not linked: a warning.
                        flags.Add(ToFlag(document, [.. QualifierSpans(document, claim)], act.Property!, claim.Time!.Text ?? "", claim.Id, act,
                            byCluster[claim.Subject], confident: false, kb));
                    }
                }

                continue;
            }

            var claimLinks = ClaimLinks(document, claim, byCluster, kb);
            var reattributed = false;
            if (MasculineVerbForAWoman(document, claim, claimLinks, kb, out var noMan) is { } his)
            {
                claimLinks = his;
                reattributed = true;
            }
            else if (noMan)
            {
                verifications.Add(new Verification(claim.Id, Verdicts.Unlinked, null, "another-subject") { Property = claim.Property });
                continue;
            }

            if (SelfRelation(claim, claimLinks))
            {
                if (SpouseNamedInSentence(document, claim, claimLinks, kb) is { } married)
                {
                    verifications.Add(married);
                    if (married.Verdict == Verdicts.Contradicted)
                    {
                        // The partner was found by name in the sentence, not linked: a warning.
                        flags.Add(ToFlag(document, [.. QualifierSpans(document, claim)], claim.Property, claim.Time!.Text ?? "", claim.Id, married,
                            claimLinks[claim.Subject], confident: false, kb));
                    }
                }

                continue;
            }

            var joined = WithJoinedDates(document, claim);
            var v = VerifyOne(document, joined, claimLinks, kb, out var ambiguous) with { Property = claim.Property };
            verifications.Add(v);
            if (v.Verdict == Verdicts.Contradicted)
            {
                var confident = !ambiguous && !reattributed && claim.Modality == ClaimModality.Asserted;
                var onQualifier = OnQualifier(v);
                var spans = onQualifier ? [.. QualifierSpans(document, joined)] : FlagSpans(document, claim);
                var textValue = onQualifier ? QualifierTextValue(document, joined) : TextValue(document, claim);
                flags.Add(ToFlag(document, spans, claim.Property, textValue, claim.Id, v, claimLinks[claim.Subject], confident, kb));
            }
            else if (v.Note == "one-day-apart")
            {
                flags.Add(DayApartFlag(document, claim, v, claimLinks[claim.Subject], kb));
            }
        }

        foreach (var (v, spans, textValue) in VerifyEvents(document, links, kb, cancellationToken))
        {
            verifications.Add(v);
            if (v.Verdict == Verdicts.Contradicted)
            {
                // The date or place was read beside the event's name, not stated as a claim: a warning.
                flags.Add(ToFlag(document, spans, v.Property!, textValue, null, v, byCluster[v.Cluster!.Value], confident: false, kb));
            }
        }

        foreach (var (v, spans, textValue, link) in VerifyEventPhrases(document, links, kb, cancellationToken))
        {
            verifications.Add(v);
            if (v.Verdict == Verdicts.Contradicted)
            {
                // The event was found by its description, not by a tagged name: a warning.
                flags.Add(ToFlag(document, spans, v.Property!, textValue, null, v, link, confident: false, kb));
            }
        }

        foreach (var (v, spans, textValue, link) in VerifyRelativeEvents(document, links, kb, cancellationToken)
            .Concat(VerifyMarriageEvents(document, links, kb, cancellationToken))
            .Concat(VerifyFoundingEvents(document, links, kb, cancellationToken)))
        {
            verifications.Add(v);
            if (v.Verdict == Verdicts.Contradicted)
            {
                // The relative was found through the kinship noun after the verb, not by a claim: a warning.
                flags.Add(ToFlag(document, spans, v.Property!, textValue, null, v, link, confident: false, kb));
            }
        }

        foreach (var (v, spans, textValue, cluster) in VerifyUnlinkedPeople(document, links, kb, cancellationToken))
        {
            verifications.Add(v);
            flags.Add(ToFlag(document, spans, v.Property!, textValue, null, v,
                new KbLink(cluster, v.Kb!.Item, kb.Get(v.Kb.Item)?.LabelIn("ar", "en") ?? v.Kb.Item, 0, "name-only"), confident: false, kb));
        }

        return ([.. verifications.Select(v => v.Note is not null && v.NoteAr is null ? v with { NoteAr = ArabicNote(v.Note) } : v)], MergeSameError(flags));
    }

    // The spans a flag points at: the claim's, without the parts that state something else (the date of a
    // birth place, the place of a birth date), so a flag never marks a right statement beside the wrong one.
    private static ImmutableArray<TextSpan> FlagSpans(AnalyzedDocument document, Claim claim)
    {
        var other = new List<TextSpan>();
        if (TimeProperties.Contains(claim.Property))
        {
            if (claim.Place is { } place && place >= 0 && place < document.Clusters.Length)
            {
                other.AddRange(document.Clusters[place].Mentions.Select(m => document.Entities[m].Span));
            }
        }
        else
        {
            foreach (var t in new[] { claim.Time, claim.Start, claim.End })
            {
                if (t?.Timex is { } x && x >= 0 && x < document.Timexes.Length)
                {
                    other.Add(document.Timexes[x].Span);
                }
            }
        }

        var kept = claim.Spans.Where(s => !other.Any(o => o.Overlaps(s))).ToImmutableArray();
        return kept.IsEmpty ? claim.Spans : kept;
    }

    // "X's spouse is X": a reading error upstream (subject and value confused), nothing to verify.
    private static bool SelfRelation(Claim c, Dictionary<int, KbLink> links)
        => c.Value.Cluster is { } v && (v == c.Subject
            || (links.TryGetValue(v, out var a) && links.TryGetValue(c.Subject, out var b) && a.Item == b.Item));

    private static bool Verifiable(Claim c)
        => TimeProperties.Contains(c.Property) ? c.Value.Date is not null
            : EntityProperties.Contains(c.Property) && c.Value.Kind is ClaimValueKind.Entity or ClaimValueKind.Text;

    private Verification VerifyOne(AnalyzedDocument document, Claim claim, Dictionary<int, KbLink> links, IKnowledgeBase kb, out bool ambiguous)
    {
        ambiguous = false;
        if (!links.TryGetValue(claim.Subject, out var link) || kb.Get(link.Item) is not { } subject)
        {
            return new Verification(claim.Id, Verdicts.Unlinked, null, null);
        }

        if (AnotherSubject(document, claim, subject, links))
        {
            return new Verification(claim.Id, Verdicts.Unlinked, null, "another-subject");
        }

        if (OfSubOrganization(document, claim))
        {
            return new Verification(claim.Id, Verdicts.NotInKb, null, "sub-organization");
        }

        return TimeProperties.Contains(claim.Property)
            ? VerifyTime(claim, subject, kb, out ambiguous)
            : VerifyEntity(document, claim, subject, links, kb, out ambiguous);
    }

    // ---- dates -------------------------------------------------------------------------------------

    private IEnumerable<KbStatement> TimeStatements(KbEntity subject, string property)
    {
        var found = false;
        foreach (var s in subject.Best(property))
        {
            if (s.MainSnak.Value.Time is not null)
            {
                found = true;
                yield return s;
            }
        }

        // An event's date may be given as its start (P580) when it has no point in time.
        if (!found && property == ClaimProperties.PointInTime)
        {
            foreach (var s in subject.Best("P580"))
            {
                if (s.MainSnak.Value.Time is not null)
                {
                    yield return s;
                }
            }
        }
    }

    private Verification VerifyTime(Claim claim, KbEntity subject, IKnowledgeBase kb, out bool ambiguous)
    {
        ambiguous = false;
        var statements = TimeStatements(subject, claim.Property).ToList();
        if (statements.Count == 0)
        {
            return new Verification(claim.Id, Verdicts.NotInKb, null, null);
        }

        var text = claim.Value.Date!.Value;
        var precision = claim.Value.Precision is { } p ? KbPrecision.Parse(p) : KbTimeConverter.PrecisionOf(text);
        if (claim.Value.Approximate)
        {
            text = new GregorianInterval(text.Start.PlusYears(-Options.ApproximateYears), text.End.PlusYears(Options.ApproximateYears));
            precision = Math.Min(precision, KbPrecision.Year);
        }

        // An event known only by a span (P580–P582): the text's date agrees when it falls inside.
        KbStatement? first = null;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in statements)
        {
            var t = s.MainSnak.Value.Time!;
            first ??= s;
            if (_time.ToInterval(t) is not { } kbDays)
            {
                continue;
            }

            distinct.Add(KbTimeConverter.Widen(kbDays, Math.Min(t.Precision, KbPrecision.Year)).ToString());
            if (s.Property == "P580" && s.Qualifier("P582") is null && Span(s) is { } span && span.Overlaps(text))
            {
                return Supported(claim, subject, s, null);
            }

            if (KbTimeConverter.AgreeIn(text, precision, claim.Value.Calendar, kbDays, Math.Min(t.Precision, KbPrecision.Day)))
            {
                return Supported(claim, subject, s, null);
            }
        }

        // An Old-Style day written without its calendar: the text's day read as Julian.
        if (precision >= KbPrecision.Day && claim.Value.Calendar is null or "gregorian" && text.Start.Year <= Options.LastJulianYear
            && _time.Calendars.TryDay(Time.CalendarKind.Julian, text.Start.Year, text.Start.Month, text.Start.Day, out var julian, out _))
        {
            foreach (var s in statements)
            {
                if (_time.ToInterval(s.MainSnak.Value.Time!) is { } kbDays && KbTimeConverter.Agree(GregorianInterval.Day(julian), KbPrecision.Day, kbDays, s.MainSnak.Value.Time!.Precision))
                {
                    return Supported(claim, subject, s, "julian-reading");
                }
            }
        }

        // A state founded (or ended) far from every date the KB gives is most likely another polity of the
        // same name, not this item's founding stated wrongly.
        if (claim.Property is ClaimProperties.Founded or ClaimProperties.Dissolved && KbTypes.Of(subject, kb) == KbType.Place
            && statements.All(s => _time.ToInterval(s.MainSnak.Value.Time!) is not { } d
                || Math.Abs(d.Start.Year - text.Start.Year) > Options.PolityYears))
        {
            return new Verification(claim.Id, Verdicts.NotInKb, Evidence(subject, first!, null), "another-polity");
        }

        // Policy: one day from the KB's day is a time-zone difference between sources, not an error (see OneDayApart).
        foreach (var s in statements)
        {
            if (_time.ToInterval(s.MainSnak.Value.Time!) is { } kbDay && OneDayApart(text, precision, kbDay, s.MainSnak.Value.Time!.Precision)
                && !claim.Value.Approximate)
            {
                return Supported(claim, subject, s, "one-day-apart");
            }
        }

        ambiguous = distinct.Count > 1;
        return new Verification(claim.Id, Verdicts.Contradicted, Evidence(subject, first!, null), null);
    }

    private GregorianInterval? Span(KbStatement s)
    {
        var start = s.MainSnak.Value.Time is { } t ? _time.ToInterval(t) : null;
        var end = s.Qualifier("P582")?.Time is { } e ? _time.ToInterval(e) : start;
        return start is { } a && end is { } b && b.End >= a.Start ? new GregorianInterval(a.Start, b.End) : start;
    }

    // ---- entities ----------------------------------------------------------------------------------

    private Verification VerifyEntity(AnalyzedDocument document, Claim claim, KbEntity subject, Dictionary<int, KbLink> links, IKnowledgeBase kb, out bool ambiguous)
    {
        ambiguous = false;
        if (RelationWordDisagrees(document, claim))
        {
            return new Verification(claim.Id, Verdicts.Unlinked, null, "relation-word");
        }

        string? linkedValue = claim.Value.Cluster is { } lvc && links.TryGetValue(lvc, out var lvl) ? lvl.Item : null;
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
            return new Verification(claim.Id, Verdicts.NotInKb, null, null);
        }

        // An office the text names in words (its value a trigger word or the organization the office belongs to):
        // the subject's own position whose label the clause holds, and its dates.
        if (claim.Property == ClaimProperties.PositionHeld
            && (claim.Value.Cluster is not { } pc || !links.TryGetValue(pc, out var pl) || !statements.Any(s => s.MainSnak.Value.Item == pl.Item))
            && PositionByWords(document, claim, subject, kb) is { } position)
        {
            ambiguous = true; // the office is known by the words of its name, not by a linked value: a warning
            return TimesAgree(claim, position) is { } positionNote
                ? new Verification(claim.Id, Verdicts.Contradicted, Evidence(subject, position, kb), positionNote)
                : Supported(claim, subject, position, "position-by-words", kb);
        }

        ambiguous = statements.Select(s => s.MainSnak.Value.Item).Distinct().Count() > 1 && claim.Property is "P19" or "P20";
        string? valueItem = claim.Value.Cluster is { } vc && links.TryGetValue(vc, out var vl) ? vl.Item : null;
        var place = claim.Property is "P19" or "P20" or "P276";
        foreach (var s in statements)
        {
            var kbItem = s.MainSnak.Value.Item!;
            if (valueItem == kbItem
                || (valueItem is not null && place && (LocatedIn(kb, kbItem, valueItem) || LocatedIn(kb, valueItem, kbItem)))
                || (valueItem is null && NamesMatch(document, claim, kb.Get(kbItem))))
            {
                return TimesAgree(claim, s) is { } timeNote
                    ? new Verification(claim.Id, Verdicts.Contradicted, Evidence(subject, s, kb), timeNote)
                    : Supported(claim, subject, s, null, kb);
            }
        }

        // Several values of a property that holds many (positions, memberships, children): the text's value
        // may be one the KB does not list; that is not a contradiction.
        if (claim.Property is "P39" or "P69" or "P108" or "P463" or "P106" or "P40" or "P3373" or "P800")
        {
            if (valueItem is null || !IsRelativeProperty(claim.Property))
            {
                return new Verification(claim.Id, Verdicts.NotInKb, null, null);
            }
        }

        // A place the KB does not hold (a quarter, a village) may lie inside the KB's place: without the
        // place's item there is no "located in" to follow, so a name that differs proves nothing.
        if (valueItem is null && place)
        {
            return new Verification(claim.Id, Verdicts.NotInKb, Evidence(subject, statements[0], kb), "unlinked-place");
        }

        // A relative's name that is no name ("بأولادها"), or a relation the KB holds for another person named nearby.
        if (IsRelativeProperty(claim.Property) && valueItem is null && NotAName(document, claim))
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

    // The same error stated twice (a heading and the sentence under it) is one flag with the spans of both.
    private static ImmutableArray<Flag> MergeSameError(ImmutableArray<Flag>.Builder flags)
    {
        var result = new List<Flag>();
        var byKey = new Dictionary<(string, string, string, string), int>();
        foreach (var f in flags)
        {
            var key = (f.Evidence.GetValueOrDefault("item", ""), f.Evidence.GetValueOrDefault("kb_property", ""),
                f.Evidence.GetValueOrDefault("kb_value", ""), KbNames.Default.Key(f.Evidence.GetValueOrDefault("text_value", "")));
            if (byKey.TryGetValue(key, out var at))
            {
                var first = result[at];
                result[at] = first with { Spans = [.. first.Spans.Concat(f.Spans).Distinct().OrderBy(s => s.Start).ThenBy(s => s.End)] };
                continue;
            }

            byKey[key] = result.Count;
            result.Add(f);
        }

        return [.. result];
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

    /// <summary>The preposition لـ joined to a name: "للمؤتمر" before the article, "لـفلاديمير" otherwise.</summary>
    private static string Li(string name) => name.StartsWith("ال", StringComparison.Ordinal) && name.Length > 2 ? "لل" + name[2..] : "لـ" + name;

    /// <summary>The Arabic of a note the verifier writes as a code.</summary>
    private static string? ArabicNote(string? note) => note switch
    {
        null => null,
        "julian-reading" => "يوم النص هو يوم قاعدة المعرفة بالتقويم اليولياني (النمط القديم)",
        "incomplete-year" => "السنة مكتوبة في النص ناقصة",
        "unlinked-place" => "المكان غير موجود في القاعدة: قد يقع داخل مكانها فلا يُحكم بالتناقض",
        "another-polity" => "تاريخ بعيد عن كل تواريخ القاعدة: دولة أخرى بالاسم نفسه على الأرجح",
        "born-after-the-text's-date" => "وُلد بعد التاريخ الذي يضعه فيه النص: الاسم أو التاريخ خطأ",
        "position-by-words" => "المنصب معروف بكلمات اسمه في النص",
        "another-subject" => "النص يسند الفعل إلى شخص آخر غير المرتبط بالعنصر",
        "sub-organization" => "التاريخ لجزء من المنظمة (شبيبتها أو فرعها) لا للمنظمة نفسها",
        "spouse-named-in-sentence" => "الزوج معروف باسمه في الجملة",
        "named-in-sentence" => "القيمة معروفة باسمها في الجملة",
        "one-day-apart" => "يختلف عن يوم القاعدة بيوم واحد: فرق التوقيت بين المصادر، لا خطأ",
        "relation-word" => "كلمة القرابة في النص تسمي علاقة أخرى غير علاقة الادعاء",
        "not-a-name" => "القيمة كلمة بضمير لا اسم علم",
        "degree-statement" => "الدرجة العلمية نفسها مسجلة في القاعدة لمؤسسة أخرى",
        _ when note.Length > 5 && note[0] == 'P' && note.IndexOf(": ", StringComparison.Ordinal) is var colon && colon > 1
            => $"{KbProperties.Arabic(note[..colon])} ({note[..colon]}) في القاعدة: {note[(colon + 2)..]}",
        _ when note.StartsWith('P') => note,
        _ => null,
    };

    private static string Label(IKnowledgeBase kb, string id) => kb.Get(id)?.LabelIn("en", "ar") ?? id;

    // ---- results -----------------------------------------------------------------------------------

    private static Verification Supported(Claim claim, KbEntity subject, KbStatement s, string? note, IKnowledgeBase? kb = null)
        => new(claim.Id, Verdicts.Supported, Evidence(subject, s, kb), note);

    private static KbEvidence Evidence(KbEntity subject, KbStatement s, IKnowledgeBase? kb)
    {
        var v = s.MainSnak.Value;
        if (v.Time is { } t)
        {
            return new KbEvidence(subject.Id, s.Property, s.Id, t.Display().Replace(" (Julian)", "", StringComparison.Ordinal), null,
                KbTimeConverter.CalendarName(t.Calendar), KbPrecision.Name(t.Precision));
        }

        var label = v.Item is { } id ? kb?.Get(id)?.LabelIn("ar", "en") : null;
        return new KbEvidence(subject.Id, s.Property, s.Id, v.Item ?? v.Text, label, null, null);
    }

    private Flag ToFlag(AnalyzedDocument document, ImmutableArray<TextSpan> claimSpans, string property, string textValue, int? claimId,
        Verification v, KbLink link, bool confident, IKnowledgeBase kb)
    {
        var kbEvidence = v.Kb!;
        confident = confident && link.Confidence >= Options.ConfidentLink;
        var item = kb.Get(link.Item);
        var labelAr = item?.LabelIn("ar", "en") ?? link.Label;
        var labelEn = item?.LabelIn("en", "ar") ?? link.Label;
        var kbValueAr = kbEvidence.ValueLabel is { } vl ? $"{vl} ({kbEvidence.Value})" : kbEvidence.Value + (kbEvidence.Calendar == "julian" ? " (يولياني)" : "");
        var kbValueEn = kbEvidence.ValueLabel is not null && kbEvidence.Value is { } qid ? $"{Label(kb, qid)} ({qid})" : kbEvidence.Value + (kbEvidence.Calendar == "julian" ? " (Julian)" : "");
        var propAr = KbProperties.Arabic(kbEvidence.Property);
        var propEn = KbProperties.English(kbEvidence.Property);
        var noteEn = v.Note is null ? "" : $" ({v.Note})";
        var noteAr = (v.NoteAr ?? ArabicNote(v.Note)) is { } na ? $" ({na})" : "";
        var messageAr = $"يخالف النصُّ قاعدةَ المعرفة: {propAr} {Li(labelAr)} ({link.Item}) فيها {kbValueAr}، والنص يذكر «{textValue}»{noteAr}.";
        var ofEn = propEn.EndsWith(" of", StringComparison.Ordinal) ? $"\"{propEn}\" of" : $"{propEn} of";
        var messageEn = $"The knowledge base contradicts the text: {ofEn} {labelEn} ({link.Item}) is {kbValueEn} there; the text says \"{textValue}\"{noteEn}.";
        var evidence = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (claimId is { } id)
        {
            evidence["claim"] = id.ToString(CultureInfo.InvariantCulture);
        }

        evidence["item"] = link.Item;
        evidence["item_label"] = labelAr;
        evidence["property"] = property;
        evidence["kb_property"] = kbEvidence.Property;
        evidence["kb_value"] = kbEvidence.Value ?? "";
        if (kbEvidence.ValueLabel is not null)
        {
            evidence["kb_value_label"] = kbEvidence.ValueLabel;
        }

        if (kbEvidence.Calendar is not null)
        {
            evidence["kb_calendar"] = kbEvidence.Calendar;
            evidence["kb_precision"] = kbEvidence.Precision ?? "";
        }

        if (kbEvidence.Statement is not null)
        {
            evidence["statement"] = kbEvidence.Statement;
        }

        evidence["text_value"] = textValue;
        evidence["link_confidence"] = link.Confidence.ToString("0.###", CultureInfo.InvariantCulture);
        if (v.Note is not null)
        {
            evidence["note"] = v.Note;
            if ((v.NoteAr ?? ArabicNote(v.Note)) is { } arabicNote)
            {
                evidence["note_ar"] = arabicNote;
            }
        }

        var spans = claimSpans.IsDefaultOrEmpty ? ImmutableArray<TextSpan>.Empty : [.. claimSpans.Distinct().OrderBy(s => s.Start).ThenBy(s => s.End)];
        return new Flag("kb-contradiction", confident ? Severity.Error : Severity.Warning, spans, messageAr, messageEn, evidence.ToImmutable());
    }

    // The value of a dated relation as the text gives it: the value's name (or the act's words) and the date.
    private static string QualifierTextValue(AnalyzedDocument document, Claim claim)
    {
        var date = (claim.Time ?? claim.Start ?? claim.End)?.Text;
        var name = claim.Value.Kind == ClaimValueKind.Entity || claim.Property != ClaimProperties.PositionHeld ? TextValue(document, claim) : "";
        return name.Length == 0 ? date ?? "" : date is null ? name : $"{name} … {date}";
    }

    private static string TextValue(AnalyzedDocument document, Claim claim)
    {
        if (claim.Value.Text is { Length: > 0 } t)
        {
            return t;
        }

        if (claim.Value.Cluster is { } c && c >= 0 && c < document.Clusters.Length)
        {
            return document.Clusters[c].Name;
        }

        return claim.Value.Date?.ToString() ?? "";
    }
}
