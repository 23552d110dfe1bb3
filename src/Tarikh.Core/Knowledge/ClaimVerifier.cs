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
/// <param name="AttributionGate">The least direct attribution (<see cref="AttributionGrade"/>) a contradiction may rest on and still be a
/// <c>kb-contradiction</c> flag; a contradiction of a claim graded past it is an <c>info</c> note (<see cref="ClaimVerifier.IndirectRule"/>)
/// with the reason. The default, <see cref="AttributionGrade.Inherited"/>, was chosen on every KB development set (round 14): relative and
/// ambiguous claims gave most false flags of the burned held-out sets. <see cref="AttributionGrade.Ambiguous"/> flags every contradiction
/// (the behaviour before round 14).</param>
public sealed record VerifierOptions(double ConfidentLink = 0.8, int ApproximateYears = 2, int LastJulianYear = 1923, int PolityYears = 20, int PhraseCandidates = 50,
    AttributionGrade AttributionGate = AttributionGrade.Inherited)
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
        foreach (var (cluster, relative) in RelativesByKinship(document, byCluster, kb))
        {
            byCluster.TryAdd(cluster, relative);
        }

        var verifications = ImmutableArray.CreateBuilder<Verification>();
        var flags = ImmutableArray.CreateBuilder<Flag>();
        Dictionary<string, int>? wordCounts = null; // the text's words, counted once per document when a check needs them
        foreach (var read in document.Claims)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Round 13 (13b): a teaching verb's education is employment (ClaimVerifier.Ranges.cs); round 16 (13b): a date that is
            // another act's or an aside's is not the claim's (ClaimVerifier.OwnTime.cs).
            if (WithOwnTime(document, AsCompared(document, read), byCluster, kb) is not { } claim || claim.Modality == ClaimModality.Negated)
            {
                continue;
            }

            if (!Verifiable(claim))
            {
                var deadActor = false;
                var actLinks = EponymSubject(document, claim, byCluster, kb) ?? ActAfterDeath(document, claim, byCluster, kb, out deadActor) ?? byCluster;
                if (deadActor)
                {
                    continue; // dated after the linked person's death, and no living article subject takes it
                }

                if (claim.Modality == ClaimModality.Asserted && (ActNamedInSentence(document, claim, actLinks, kb) ?? ReturnToOffice(document, claim, actLinks, kb) ?? JoinedEmployer(document, claim, actLinks, kb)) is { } act)
                {
                    verifications.Add(act);
                    if (act.Verdict == Verdicts.Contradicted)
                    {
                        // The relation's value was found by name in the sentence, not linked: a warning.
                        flags.Add(Graded(ToFlag(document, [.. QualifierSpans(document, claim)], act.Property!, claim.Time!.Text ?? "", claim.Id, act,
                            actLinks[claim.Subject], confident: false, kb), GradeOf(claim, actLinks != byCluster), "act-named"));
                    }
                }

                continue;
            }

            var claimLinks = PolityLinks(document, claim, ClaimLinks(document, claim, byCluster, kb), kb);
            var reattributed = false;
            var bearingVerb = default(TextSpan?);
            if (ChildBorne(document, claim, claimLinks, kb, out var borne, out var bore) is { } child)
            {
                claimLinks = child; // round 13 (13p): "فولدت له … رضا بهلوي في 31 …": the child's birth
                reattributed = true;
                bearingVerb = bore; // the mother's verb: the child's claim is compared without it (its gender is hers)
            }
            else if (borne)
            {
                verifications.Add(new Verification(claim.Id, Verdicts.Unlinked, null, "child-borne") { Property = claim.Property });
                continue;
            }
            else if (UntaggedSubjectOfTheVerb(document, claim, ref wordCounts, out var verbSubject))
            {
                // Round 13 (13p): "وتوفيت هندريكيه سنة 1663": the verb's own subject is a name that is not the claim's subject;
                // the claim is that person's ("ومات بركة خان", a word of another linked person's name), else nobody's the KB knows.
                if (verbSubject is { } vs && claimLinks.TryGetValue(vs, out var verbLink))
                {
                    claimLinks = new Dictionary<int, KbLink>(claimLinks) { [claim.Subject] = verbLink with { Cluster = claim.Subject } };
                    reattributed = true;
                }
                else
                {
                    verifications.Add(new Verification(claim.Id, Verdicts.Unlinked, null, "untagged-subject") { Property = claim.Property });
                    continue;
                }
            }
            else if (NamesakeLinks(document, claim, claimLinks, kb, out var namesakeUnsure) is { } namesake)
            {
                claimLinks = namesake; // round 13 (13p): the mention names the linked item's namesake kin
                reattributed = true;
            }
            else if (namesakeUnsure)
            {
                verifications.Add(new Verification(claim.Id, Verdicts.Unlinked, null, "namesake") { Property = claim.Property });
                continue;
            }
            else if (BareTitleSubject(document, claim, claimLinks, kb) is { } titled)
            {
                claimLinks = titled; // round 21 (21k1): "وتوفي الشيخ …" (ClaimVerifier.BareTitle.cs)
                claim = claim with { Grading = new AttributionGrading(AttributionGrade.Inherited, BareTitleReason) }; // read by grammar: a warning
                reattributed = true;
            }
            else if (AmmaTopicOfALifeNoun(document, claim, claimLinks, kb) is { } ammaTopic)
            {
                claimLinks = ammaTopic; // round 21 (21k1): "وأما فلان … فكان وفاته …" (ClaimVerifier.AmmaTopic.cs)
                claim = claim with { Grading = new AttributionGrading(AttributionGrade.Inherited, AmmaTopicReason) }; // read by grammar: a warning
                reattributed = true;
            }

            if ((AnswerAboutTheSubject(document, claim, claimLinks, kb) ?? RelativeOfTheArticleSubject(document, claim, claimLinks, kb)) is { } subjects)
            {
                claimLinks = subjects;
                reattributed = true;
            }
            else if (MasculineVerbForAWoman(document, claim, claimLinks, kb, out var noMan) is { } his)
            {
                claimLinks = his;
                reattributed = true;
            }
            else if (noMan)
            {
                verifications.Add(new Verification(claim.Id, Verdicts.Unlinked, null, "another-subject") { Property = claim.Property });
                continue;
            }
            else if (ActAfterDeath(document, claim, claimLinks, kb, out var noOne) is { } living)
            {
                claimLinks = living;
                reattributed = true;
            }
            else if (noOne)
            {
                verifications.Add(new Verification(claim.Id, Verdicts.Unlinked, null, "after-death") { Property = claim.Property });
                continue;
            }

            if (MarriageSeenFromPartner(document, claim, claimLinks, kb) is { } partnerSide)
            {
                claimLinks = partnerSide; // the marriage as the KB holds it, on the partner's side: a warning at most
                reattributed = true;
            }
            else if (PartnerNotHeld(claim, claimLinks, kb))
            {
                verifications.Add(new Verification(claim.Id, Verdicts.NotInKb, null, "marriage-partner") { Property = claim.Property });
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
                        flags.Add(Graded(ToFlag(document, [.. QualifierSpans(document, claim)], claim.Property, claim.Time!.Text ?? "", claim.Id, married,
                            claimLinks[claim.Subject], confident: false, kb), GradeOf(claim, reattributed), "spouse-named"));
                    }
                }

                continue;
            }

            var joined = WithRange(document, WithMarriageClause(document, WithJoinedDates(document, claim))); // round 13 (13b): a term dated by a range (ClaimVerifier.Ranges.cs)
            if (bearingVerb is { } bv && joined.Spans.Length > 1)
            {
                joined = joined with { Spans = [.. joined.Spans.Where(s => s != bv)] };
            }

            var v = VerifyOne(document, joined, claimLinks, kb, out var ambiguous) with { Property = claim.Property };
            var subjectLink = claimLinks.GetValueOrDefault(claim.Subject);
            if (v.Verdict == Verdicts.Unlinked && v.Note == "another-subject" && KinTopic(document, claim, claimLinks) is { } topic)
            {
                // The relative the sentence is about (see KinTopic): his date, compared with his item, a warning at most.
                var own = joined with { Subject = topic };
                var again = VerifyOne(document, own, claimLinks, kb, out ambiguous) with { Property = claim.Property };
                if (again.Verdict is Verdicts.Supported or Verdicts.Contradicted)
                {
                    (v, joined, subjectLink, reattributed) = (again, own, claimLinks[topic], true);
                }
            }
            if (v.Verdict == Verdicts.Unlinked && v.Note is "another-subject" or null && WomanOfAFeminineVerb(document, claim, claimLinks, kb) is { } woman)
            {
                // A feminine death verb: the one linked woman named before it (ClaimVerifier.OtherPaths), a warning at most.
                var hers = joined with { Subject = woman };
                var again = VerifyOne(document, hers, claimLinks, kb, out ambiguous) with { Property = claim.Property };
                if (again.Verdict is Verdicts.Supported or Verdicts.Contradicted)
                {
                    (v, joined, subjectLink, reattributed) = (again, hers, claimLinks[woman], true);
                }
            }

            if (v.Verdict == Verdicts.Unlinked && v.Note == "another-subject" && AskedParent(document, claim, claimLinks, kb) is { } asked)
            {
                // Round 23 (23k1): an answer about the subject's father or mother (ClaimVerifier.AskedRelative.cs), a warning at most.
                var again = (TimeProperties.Contains(claim.Property) ? VerifyTime(joined, asked.Entity, kb, out ambiguous)
                    : VerifyEntity(document, joined, asked.Entity, claimLinks, kb, out ambiguous)) with { Property = claim.Property };
                if (again.Verdict is Verdicts.Supported or Verdicts.Contradicted)
                {
                    (v, subjectLink, reattributed) = (again, asked.Link, true);
                }
            }

            if (v.Verdict == Verdicts.Contradicted && AnotherNamedPersonAgrees(document, joined, claimLinks, kb))
            {
                v = new Verification(claim.Id, Verdicts.Unlinked, null, "another-person-agrees") { Property = claim.Property };
            }
            else if (KinOfTheNamedRelative(document, joined, v, claimLinks, byCluster, kb))
            {
                v = new Verification(claim.Id, Verdicts.Unlinked, null, "kin-of-the-named-relative") { Property = claim.Property };
            }
            else if (v.Verdict == Verdicts.Contradicted && KinValueIsASpanOfTime(claim))
            {
                v = new Verification(claim.Id, Verdicts.Unlinked, null, "not-a-name") { Property = claim.Property }; // "قبل وفاة أبيه بأيام"
            }
            else if (InLawOfAMarriage(document, joined, v, claimLinks, kb))
            {
                v = new Verification(claim.Id, Verdicts.Unlinked, null, "in-law-of-a-marriage") { Property = claim.Property };
            }

            verifications.Add(v);
            if (v.Verdict == Verdicts.Contradicted)
            {
                // A claim the document index attributed by inference (a possessive, an epithet, a dropped subject: `Attribution`)
                // rests on that inference, so its flag is a warning, as the checks calibrate it.
                var confident = !ambiguous && !reattributed && claim.Attribution is null && claim.Modality == ClaimModality.Asserted
                    && !DateSharedWithAnotherPerson(document, claim) && !SentenceNamesAnotherPerson(document, claim);
                var onQualifier = OnQualifier(v);
                var shown = onQualifier ? OneEndShown(document, joined, v) : joined; // round 12 (13b): a range wrong at one end shows that end
                var spans = onQualifier ? [.. QualifierSpans(document, shown)] : FlagSpans(document, claim);
                var textValue = onQualifier ? QualifierTextValue(document, shown) : TextValue(document, claim);
                flags.Add(Graded(ToFlag(document, spans, claim.Property, textValue, claim.Id, v, subjectLink!, confident, kb),
                    FoundedInTheClauseGrade(document, claim, NamedRelativeGrade(document, claim, GradeOf(claim, reattributed), reattributed)),
                    reattributed ? "claim-reattributed" : "claim"));
            }
            else if (v.Note == "one-day-apart")
            {
                flags.Add(DayApartFlag(document, claim, v, subjectLink!, kb));
            }
        }

        // Round 18 (13a): life claims of the person their clause names (ClaimVerifier.People.cs), and untagged places at
        // birth and death verbs (ClaimVerifier.PlacesAtVerbs.cs).
        ReadLifeClaimsOfTheClauseSubject(document, byCluster, kb, verifications, flags, cancellationToken);
        foreach (var (v, spans, textValue, link) in PlacesAtLifeVerbs(document, verifications, byCluster, kb, cancellationToken))
        {
            verifications.Add(v);
            if (v.Verdict == Verdicts.Contradicted)
            {
                flags.Add(Graded(ToFlag(document, spans, v.Property!, textValue, null, v, link, confident: false, kb), PathGrade("place-at-verb"), "place-at-verb"));
            }
        }

        // Round 19 (19k1): a birth and a death told together after a linked person's name (ClaimVerifier.LifePairs.cs).
        var lifeFlagged = flags.SelectMany(f => f.Spans).ToList();
        foreach (var (v, spans, textValue, link) in LifePairsAfterNames(document, verifications, byCluster, kb, cancellationToken))
        {
            if (spans.Skip(1).Any(s => lifeFlagged.Any(f => f.Overlaps(s))))
            {
                continue; // a reading above already flagged this value
            }

            verifications.Add(v);
            if (v.Verdict == Verdicts.Contradicted)
            {
                flags.Add(Graded(ToFlag(document, spans, v.Property!, textValue, null, v, link, confident: false, kb), PathGrade(LifeApposition), LifeApposition));
            }
        }

        foreach (var (v, spans, textValue) in VerifyEvents(document, links, kb, cancellationToken))
        {
            verifications.Add(v);
            if (v.Verdict == Verdicts.Contradicted)
            {
                // The date or place was read beside the event's name, not stated as a claim: a warning.
                flags.Add(Graded(ToFlag(document, spans, v.Property!, textValue, null, v, byCluster[v.Cluster!.Value], confident: false, kb), EventName, "event"));
            }
        }

        foreach (var (v, spans, textValue, link) in VerifyEventPhrases(document, links, kb, cancellationToken))
        {
            verifications.Add(v);
            if (v.Verdict == Verdicts.Contradicted)
            {
                // The event was found by its description, not by a tagged name: a warning.
                flags.Add(Graded(ToFlag(document, spans, v.Property!, textValue, null, v, link, confident: false, kb), EventDescribed, "event-phrase"));
            }
        }

        foreach (var (v, spans, textValue, link, path) in Tagged(VerifyRelativeEvents(document, links, kb, cancellationToken), "relative-event")
            .Concat(Tagged(VerifyMarriageEvents(document, links, kb, cancellationToken), "marriage-event"))
            .Concat(Tagged(VerifyFoundingEvents(document, links, kb, cancellationToken), "founding-event"))
            .Concat(Tagged(VerifyLivedUntil(document, links, kb, cancellationToken), "lived-until"))
            .Concat(Tagged(VerifyNamedLivedUntil(document, links, kb, cancellationToken), "named-lived-until"))
            .Concat(Tagged(VerifyEmployedSince(document, links, kb, cancellationToken), "employed-since")))
        {
            verifications.Add(v);
            if (v.Verdict == Verdicts.Contradicted)
            {
                // The relative was found through the kinship noun after the verb, not by a claim: a warning.
                flags.Add(Graded(ToFlag(document, spans, v.Property!, textValue, null, v, link, confident: false, kb), PathGrade(path), path));
            }
        }

        // Round 17 (13b): a body's founding in a relative clause after its name ("في الجمعية التي تأسست سنة 1911"), when no
        // reading above compared that date with an inception.
        var foundingRead = verifications.Where(v => v.Property == ClaimProperties.Founded && v.Timex is not null).Select(v => v.Timex!.Value).ToHashSet();
        foreach (var v in verifications)
        {
            if (v.Claim is { } ci && ci >= 0 && ci < document.Claims.Length && document.Claims[ci] is { Property: ClaimProperties.Founded } fc
                && v.Verdict != Verdicts.Unlinked && (fc.Value.Timex ?? fc.Time?.Timex) is { } read)
            {
                foundingRead.Add(read);
            }
        }

        foreach (var (v, spans, textValue, link) in FoundedInRelativeClause(document, kb, foundingRead, cancellationToken))
        {
            verifications.Add(v);
            if (v.Verdict == Verdicts.Contradicted)
            {
                flags.Add(Graded(ToFlag(document, spans, v.Property!, textValue, null, v, link, confident: false, kb), PathGrade("founding-relative"), "founding-relative"));
            }
        }

        // Kinship phrases the verifier reads itself: only where no flag of a claim already stands.
        var flagged = flags.SelectMany(f => f.Spans).ToList();
        foreach (var (v, spans, textValue, link) in VerifyKinPhrases(document, links, kb, cancellationToken))
        {
            if (spans.Any(s => flagged.Any(f => f.Overlaps(s))) || ReadByAClaim(document, spans))
            {
                continue;
            }

            verifications.Add(v);
            flags.Add(Graded(ToFlag(document, spans, v.Property!, textValue, null, v, link, confident: false, kb), KinPhrase, "kin-phrase"));
        }

        foreach (var (v, spans, textValue, cluster) in VerifyUnlinkedPeople(document, links, kb, cancellationToken))
        {
            verifications.Add(v);
            flags.Add(Graded(ToFlag(document, spans, v.Property!, textValue, null, v,
                new KbLink(cluster, v.Kb!.Item, kb.Get(v.Kb.Item)?.LabelIn("ar", "en") ?? v.Kb.Item, 0, "name-only"), confident: false, kb), NamedPerson, "unlinked-person"));
        }

        return ([.. verifications.Select(v => v.Note is not null && v.NoteAr is null ? v with { NoteAr = ArabicNote(v.Note) } : v)], Gate(flags));
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
        kept = kept.IsEmpty ? claim.Spans : kept;
        return RestatedDate(document, claim) is { } restated && !kept.Any(s => s.Overlaps(restated)) ? kept.Add(restated) : kept;
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

        if (AnotherSubject(document, claim, subject, links, kb))
        {
            return new Verification(claim.Id, Verdicts.Unlinked, null, "another-subject");
        }

        if (NotGoverned(document, claim, subject))
        {
            return new Verification(claim.Id, Verdicts.Unlinked, null, "not-governed");
        }

        if (OfSubOrganization(document, claim) || OfAnotherKindOfBody(document, claim, subject))
        {
            return new Verification(claim.Id, Verdicts.NotInKb, null, "sub-organization");
        }

        // Round 12 (13b): a presidency dated from one year to another, its office found by the body's name (ClaimVerifier.Bodies.cs).
        if (VerifyTenureRange(document, claim, subject, kb, out ambiguous) is { } tenure)
        {
            return tenure;
        }

        return TimeProperties.Contains(claim.Property)
            ? VerifyTime(claim, subject, kb, out ambiguous)
            : VerifyEntity(document, claim, subject, links, kb, out ambiguous);
    }
}
