using System.Collections.Immutable;
using Tarikh.Core.Claims;
using Tarikh.Core.Checks;
using Tarikh.Core.Entities;
using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>Verification of people the linker left NIL because the KB's only bearer of their name lived later.</summary>
public sealed partial class ClaimVerifier
{
    /// <summary>
    /// A person the text names in full, whom the linker left NIL, whose whole name belongs to exactly one human
    /// of the KB, and whom the text places (in the same clause, with no other person between) at a date before
    /// that human's birth: "وفي أيار/ مايو عام 1890 قدّم فلاديمير بوتين امتحانات الحقوق" against Putin born
    /// 1952. A wrong name (or a wrong date) is almost certain; which of the two the KB cannot say, so the flag
    /// is a warning naming the KB's person and birth date.
    /// </summary>
    private IEnumerable<(Verification V, ImmutableArray<TextSpan> Spans, string Text, int Cluster)> VerifyUnlinkedPeople(
        AnalyzedDocument document, ImmutableArray<KbLink> links, IKnowledgeBase kb, CancellationToken cancellationToken)
    {
        var linked = new HashSet<int>(links.Select(l => l.Cluster));
        foreach (var cluster in document.Clusters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (cluster.Label != EntityLabels.Person || linked.Contains(cluster.Id))
            {
                continue;
            }

            var key = _memo.Key(cluster.Name);
            if (_memo.Words(key).Count(w => !KbNames.IsWeakToken(w)) < 2)
            {
                continue; // a single word names too many people
            }

            var humans = kb.Lookup(key, KbKeyKind.Name, 3).Select(kb.Get).Where(e => e is not null && KbTypes.Of(e, kb) == KbType.Human).ToList();
            if (humans.Count != 1 || humans[0] is not { } person)
            {
                continue;
            }

            var birth = person.Best(ClaimProperties.BirthDate).FirstOrDefault(s => s.MainSnak.Value.Time is not null);
            if (birth is null || _time.ToInterval(birth.MainSnak.Value.Time!) is not { } born)
            {
                continue;
            }

            foreach (var (mention, timex) in DatedMentions(document, cluster.Id))
            {
                if (SplitName(document, mention))
                {
                    continue; // the family name of another person's name ("أنخيل كاسترو" with "كاسترو" in this cluster)
                }

                var x = document.Timexes[timex];
                if (x.Gregorian!.Value.End >= born.Start)
                {
                    continue;
                }

                var v = new Verification(null, Verdicts.Contradicted, Evidence(person, birth, kb), "born-after-the-text's-date")
                {
                    Cluster = cluster.Id,
                    Timex = timex,
                    Property = ClaimProperties.BirthDate,
                };
                yield return (v, [document.Entities[mention].Span, x.Span], $"{document.Entities[mention].Text} … {x.Text}", cluster.Id);
                break;
            }
        }
    }

    // A mention right after another person's mention, nothing but spaces between: one name the tagger split in two.
    private static bool SplitName(AnalyzedDocument document, int mention)
    {
        var m = document.Entities[mention];
        var text = document.Source.Text;
        return document.Entities.Any(e => e.Label == EntityLabels.Person && e.Cluster != m.Cluster && e.Span.End <= m.Span.Start
            && e.Span.End >= m.Span.Start - 2 && string.IsNullOrWhiteSpace(text[e.Span.End..m.Span.Start]));
    }

    // The mentions of a cluster that share their clause with a dated timex, no other person's mention between them.
    private static IEnumerable<(int Mention, int Timex)> DatedMentions(AnalyzedDocument document, int cluster)
    {
        var entities = document.Entities;
        for (var m = 0; m < entities.Length; m++)
        {
            if (entities[m].Cluster != cluster)
            {
                continue;
            }

            var span = entities[m].Span;
            for (var t = 0; t < document.Timexes.Length; t++)
            {
                var x = document.Timexes[t];
                if (!x.Valid || x.Gregorian is null || x.Type != Time.TimexType.Date || x.Anchor is not null)
                {
                    continue;
                }

                var (from, to) = x.Span.Start < span.Start ? (x.Span.End, span.Start) : (span.End, x.Span.Start);
                if (from > to || document.SentenceAt(from) != document.SentenceAt(span.Start) || ClauseBreakBetween(document, from, to))
                {
                    continue;
                }

                var otherPerson = entities.Any(e => e.Cluster != cluster && e.Label == EntityLabels.Person && e.Span.Start >= from && e.Span.End <= to);
                if (!otherPerson)
                {
                    yield return (m, t);
                }
            }
        }
    }

    private static bool ClauseBreakBetween(AnalyzedDocument document, int from, int to)
    {
        var tokens = document.Tokens;
        for (var i = document.FirstTokenAtOrAfter(from); i >= 0 && i < tokens.Length && tokens[i].Span.End <= to; i++)
        {
            if (DocumentIndex.IsClauseBreakToken(tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The reason of the grade a named relative's own birth or death gets (see <see cref="NamedRelativeGrade"/>).</summary>
    public const string NamedRelativeReason = "named-relative-topic";

    /// <summary>
    /// Round 17 (13a): the grade of a birth or death the claims stage gave to a relative the sentence introduces by a kinship noun
    /// and names ("أبوه الشيخ محيي الدين شيخ الطريقة، وقد توفي سنة 1836"، "أما أخوه ألكسندر فكان صحفياً، ووُلد سنة 1860"). The claims
    /// stage grades such a claim relative (reporting-relative), which the gate turns into a note; but when the sentence names that
    /// relative right after a kinship noun with a pronoun (two titles between at most), before the verb, and nothing between the name
    /// and the verb names another person or says another birth or death, the verb's dropped subject is the named relative, as the
    /// topic of a sentence opened by him: inherited (a warning at most). Dates only: a place ("ثم توفي بفاس") is left to the gate.
    /// Anything else keeps <paramref name="grading"/>.
    /// </summary>
    private AttributionGrading NamedRelativeGrade(AnalyzedDocument document, Claim claim, AttributionGrading grading, bool reattributed)
    {
        if (!reattributed && grading.Grade == AttributionGrade.Relative && grading.Reason == AttributionReasons.KinWord && KinNamedAtVerb(document, claim))
        {
            return new AttributionGrading(AttributionGrade.Inherited, "relative-named-at-verb"); // round 20 (20k1), see KinNamedAtVerb
        }

        if (reattributed || grading.Grade != AttributionGrade.Relative || grading.Reason != AttributionReasons.ReportingRelative
            || claim.Attribution != ImplicitSubjectEvidence.KinRelative
            || claim.Property is not (ClaimProperties.BirthDate or ClaimProperties.DeathDate)
            || claim.Spans.IsDefaultOrEmpty || claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length)
        {
            return grading;
        }

        var text = document.Source.Text;
        var sentence = document.Sentences[claim.Sentence].Span;
        var trigger = claim.Spans.Min(s => s.Start);
        // The relative cannot be the person the document is about: a kinship noun's possessor is that person, so a relative
        // grouped with him is the entity stage's mistake ("وكان أبوه المهدي قد مات" with المهدي joined to the son's cluster).
        if (document.Subject is { } main && main == claim.Subject)
        {
            return grading;
        }

        // The last mention of the relative in the sentence before the verb, and nobody else named between it and the verb
        // ("… وجده مجد الدين … توفي في حران"): both looked up in the sorted mention windows, not by a walk of the layer.
        var mentions = CacheOf(document).Mentions;
        EntityMention? named = null;
        foreach (var i in mentions.PersonsStartingIn(sentence.Start, trigger))
        {
            var m = document.Entities[i];
            if (m.Cluster == claim.Subject && m.Span.End <= trigger && (named is null || m.Span.Start >= named.Span.Start))
            {
                named = m;
            }
        }

        if (named is null || !KinIntroduced(text, named.Span.Start, sentence.Start) || NamedInAnotherNasab(document, claim.Subject, named))
        {
            return grading;
        }

        foreach (var i in mentions.PersonsStartingIn(named.Span.End, trigger))
        {
            var m = document.Entities[i];
            if (m.Cluster != claim.Subject && m.Span.End <= trigger)
            {
                return grading;
            }
        }

        // No other birth or death said between: a second one is another person's ("… وتوفي سنة 686، وجده … توفي سنة 652").
        var at = named.Span.End;
        while (at < trigger)
        {
            var (word, end) = NextWord(text, at);
            if (end > trigger)
            {
                break;
            }

            if (word.Length == 0 || end <= at)
            {
                at = Math.Max(at, end) + 1; // a comma or a stop between words
                continue;
            }

            // … nor a new relative opened by a conjunction ("، وجده …"، "وأخوه …"): the sentence turns to him.
            var key = VerbKey(StripMarks(word));
            var kin = KinKey(StripMarks(word));
            if (MasculineDeathVerbs.Contains(key) || FeminineDeathVerbs.Contains(key) || IsBirthVerb(key)
                || (kin != _memo.Key(StripMarks(word)) && (KinWithPronoun(kin) is not null || OtherKinWithPronoun(kin))))
            {
                return grading;
            }

            at = end;
        }

        return new AttributionGrading(AttributionGrade.Inherited, NamedRelativeReason);
    }

    /// <summary>
    /// Round 20 (20k1): a birth or death verb followed at once by a kinship noun with a pronoun and the relative's name ("توفي
    /// زوجها علي فلان سنة 1927"، "توفيت زوجته نينا سنة 1978"، "توفي أبوه الشيخ محمد فلان"): the name is the verb's own subject in
    /// apposition to the kinship noun, so the date or place is the named relative's as plainly as after any named subject. The
    /// claims stage grades it relative (kin-word), which the gate turns into a note; here it is inherited (a warning at most). The
    /// claim's subject must be the mention that starts within two words (titles) after the kinship noun, in the same clause.
    /// </summary>
    private bool KinNamedAtVerb(AnalyzedDocument document, Claim claim)
    {
        if (claim.Property is not (ClaimProperties.BirthDate or ClaimProperties.DeathDate or ClaimProperties.BirthPlace or ClaimProperties.DeathPlace)
            || claim.Spans.IsDefaultOrEmpty || claim.Sentence < 0 || claim.Sentence >= document.Sentences.Length
            || (document.Subject is { } main && main == claim.Subject) || claim.Subject < 0 || claim.Subject >= document.Clusters.Length)
        {
            return false;
        }

        var text = document.Source.Text;
        var sentence = document.Sentences[claim.Sentence].Span;
        // The subject's names: a short form in the sentence ("نينا") may stand in a cluster of its own.
        var subjectWords = document.Clusters[claim.Subject].Mentions
            .SelectMany(i => _memo.Words(_memo.Key(StripMarks(document.Entities[i].Text)))).ToHashSet(StringComparer.Ordinal);
        foreach (var mi in CacheOf(document).Mentions.PersonsStartingIn(sentence.Start, sentence.End))
        {
            var m = document.Entities[mi];
            if (m.Span.End > sentence.End
                || (m.Cluster != claim.Subject && !_memo.Words(_memo.Key(StripMarks(m.Text))).All(subjectWords.Contains)))
            {
                continue;
            }

            // Back from the name: up to two titles, then the kinship noun with a pronoun, then the verb the claim rests on.
            var (word, start) = WordBeforeAt(text, m.Span.Start);
            for (var step = 0; step < 3 && start >= sentence.Start && word.Length > 0; step++)
            {
                var kin = KinKey(StripMarks(word));
                if (KinWithPronoun(kin) is not null || OtherKinWithPronoun(kin))
                {
                    var (verb, verbStart) = WordBeforeAt(text, start);
                    if (verbStart < sentence.Start || verb.Length == 0)
                    {
                        break;
                    }

                    var key = VerbKey(StripMarks(verb));
                    if ((MasculineDeathVerbs.Contains(key) || FeminineDeathVerbs.Contains(key) || IsBirthVerb(key))
                        && claim.Spans.Any(s => s.Start <= verbStart && s.End > verbStart))
                    {
                        return true;
                    }

                    break;
                }

                if (!StripMarks(word).StartsWith("ال", StringComparison.Ordinal))
                {
                    break; // not a title: the name is not right after the kinship noun
                }

                (word, start) = WordBeforeAt(text, start);
            }
        }

        return false;
    }

    // The relative's name joined his cluster through the nasab of a longer name in it ("أبوه المهدي" in the cluster of "هارون بن
    // محمد المهدي بن عبد الله"): the name after "بن" is the father's, so the cluster is the son's and the date is not the
    // relative's by this reading.
    private static bool NamedInAnotherNasab(AnalyzedDocument document, int cluster, EntityMention named)
    {
        var text = document.Source.Text;
        var name = text.AsSpan(named.Span.Start, named.Span.End - named.Span.Start);
        foreach (var i in document.Clusters[cluster].Mentions)
        {
            var span = document.Entities[i].Span;
            var mention = text.AsSpan(span.Start, span.End - span.Start);
            var nasab = mention.IndexOf(" بن ", StringComparison.Ordinal);
            if (nasab < 0)
            {
                nasab = mention.IndexOf(" ابن ", StringComparison.Ordinal);
            }

            if (nasab >= 0 && mention[nasab..].IndexOf(name, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // A kinship noun with a pronoun in the nominative ("أبوه"، "أخوه"، "أمه"، "أختها") right before a position, or up to two words
    // with the article between ("أبوه الشيخ …"، "أختها الكبرى الكاتبة …"), within the sentence.
    private bool KinIntroduced(string text, int position, int sentenceStart)
    {
        var (word, start) = WordBeforeAt(text, position);
        for (var step = 0; step < 3 && start >= sentenceStart && word.Length > 0; step++)
        {
            var kin = KinKey(StripMarks(word));
            if (KinWithPronoun(kin) is not null)
            {
                return !kin.StartsWith("ابي", StringComparison.Ordinal) && !kin.StartsWith("اخي", StringComparison.Ordinal);
            }

            if (!_memo.Key(word).StartsWith("ال", StringComparison.Ordinal))
            {
                return false;
            }

            (word, start) = WordBeforeAt(text, start);
        }

        return false;
    }
    /// <summary>
    /// Round 18 (13a): a birth or death claim the claims stage gave to one person while the words of its own clause name
    /// another, which the guards left uncompared (note <c>another-subject</c> or <c>untagged-subject</c>), is compared with
    /// the person its clause names: the topic of "أما فريد فعاش بعدها ثلاثين سنة، وتوفي في القاهرة في …"، the subject of the
    /// sentence's first verb whose coordinated verb has none of its own ("صار لياقت علي خان أول رئيس وزراء …، واغتيل في لاهور"),
    /// or a name right after the verb that is the whole name of one KB human kin to a person the text links ("وتوفيت دينا
    /// واديا في لندن سنة 2017"). Only a value written after the verb is the verb's own (a date before it is the first verb's);
    /// the flag is a warning.
    /// </summary>
    private void ReadLifeClaimsOfTheClauseSubject(AnalyzedDocument document, Dictionary<int, KbLink> byCluster, IKnowledgeBase kb,
        ImmutableArray<Verification>.Builder verifications, ImmutableArray<Flag>.Builder flags, CancellationToken cancellationToken)
    {
        var count = verifications.Count;
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var v = verifications[i];
            if (v.Verdict != Verdicts.Unlinked || v.Note is not ("another-subject" or "untagged-subject") || v.Claim is not { } ci
                || ci < 0 || ci >= document.Claims.Length || document.Claims[ci] is not { } read
                || read.Property is not (ClaimProperties.BirthDate or ClaimProperties.DeathDate or ClaimProperties.BirthPlace or ClaimProperties.DeathPlace)
                || read.Modality != ClaimModality.Asserted || read.Sentence < 0 || read.Sentence >= document.Sentences.Length
                || WithOwnTime(document, AsCompared(document, read), byCluster, kb) is not { } claim
                || LifeVerbSpan(document, claim) is not { } verb || ValueSpan(document, claim) is not { } value
                || value.Start < verb.End || document.SentenceAt(value.Start) != claim.Sentence
                || ClauseSubject(document, claim, verb, byCluster, kb) is not (var cluster, { } link))
            {
                continue;
            }

            // A tagged person takes the claim as its subject; an untagged name's KB person stands on the claim's cluster.
            var links = cluster >= 0 ? byCluster : new Dictionary<int, KbLink>(byCluster) { [claim.Subject] = link with { Cluster = claim.Subject } };
            claim = cluster >= 0 ? claim with { Subject = cluster } : claim;
            var again = VerifyOne(document, claim, links, kb, out _) with { Property = claim.Property };
            if (again.Verdict == Verdicts.Supported)
            {
                verifications[i] = again;
            }
            else if (again.Verdict == Verdicts.Contradicted && !AnotherNamedPersonAgrees(document, claim, links, kb))
            {
                verifications[i] = again;
                flags.Add(Graded(ToFlag(document, FlagSpans(document, claim), claim.Property, TextValue(document, claim), claim.Id, again, link, confident: false, kb),
                    new AttributionGrading(AttributionGrade.Inherited, "clause-subject"), "claim-reattributed"));
            }
        }
    }

    // The claim's span that is a birth or death verb.
    private TextSpan? LifeVerbSpan(AnalyzedDocument document, Claim claim)
    {
        var text = document.Source.Text;
        foreach (var span in claim.Spans)
        {
            var verb = VerbKey(text[span.Start..span.End]);
            if (claim.Property is ClaimProperties.DeathDate or ClaimProperties.DeathPlace
                ? MasculineDeathVerbs.Contains(verb) || FeminineDeathVerbs.Contains(verb)
                : IsBirthVerb(verb))
            {
                return span;
            }
        }

        return null;
    }

    // Where the claim's value is written: its date's timex, or its place's mention among the claim's spans.
    private static TextSpan? ValueSpan(AnalyzedDocument document, Claim claim)
    {
        if (claim.Value.Kind == ClaimValueKind.Time)
        {
            return claim.Value.Timex is { } t && t >= 0 && t < document.Timexes.Length ? document.Timexes[t].Span : null;
        }

        if (claim.Value.Cluster is not { } place || place < 0 || place >= document.Clusters.Length)
        {
            return null;
        }

        var mentions = document.Clusters[place].Mentions.Select(m => document.Entities[m].Span).ToList();
        return claim.Spans.Where(s => mentions.Any(m => m.Overlaps(s))).Select(s => (TextSpan?)s).FirstOrDefault();
    }

    // The KB person the clause of a life verb names as its subject (see ReadLifeClaimsOfTheClauseSubject), or null.
    private (int Cluster, KbLink? Link) ClauseSubject(AnalyzedDocument document, Claim claim, TextSpan verb, Dictionary<int, KbLink> byCluster, IKnowledgeBase kb)
    {
        var text = document.Source.Text;
        if (PersonRightAfter(document, verb.End) is { } named)
        {
            return named != claim.Subject && byCluster.TryGetValue(named, out var namedLink) && IsHuman(namedLink, kb) ? (named, namedLink) : (-1, null);
        }

        if (NamedAfterVerb(document, verb.End, byCluster, kb) is { } untagged)
        {
            return (-1, untagged);
        }

        // "أما رسول زاده فعاش …، وتوفي …": the words between "أما" and the word with ف are the topic's name, untagged; the one
        // linked person of the text whose name holds them all.
        if (UntaggedTopic(document, claim, verb, byCluster, kb) is { } topicOfAma)
        {
            return topicOfAma;
        }

        // The topic or the first verb's subject: the sentence's first person, with "أما" or one word (its verb) before it, no
        // other person between it and the life verb, which is coordinated ("وتوفي"، "فتوفي").
        var sentence = document.Sentences[claim.Sentence].Span;
        var persons = document.Entities.Where(m => m.Label == EntityLabels.Person && m.Cluster >= 0 && m.Span.Start >= sentence.Start && m.Span.End <= verb.Start)
            .OrderBy(m => m.Span.Start).ToList();
        if (persons.Count == 0 || persons.Any(m => m.Cluster != persons[0].Cluster) || persons[0].Cluster == claim.Subject)
        {
            return (-1, null);
        }

        if (NameOpensTheSentence(text, sentence.Start, persons[0].Span.Start) && NamePredicate(document, persons[0].Span.End, verb, sentence.End))
        {
            return byCluster.TryGetValue(persons[0].Cluster, out var opener0) && IsHuman(opener0, kb) ? (persons[0].Cluster, opener0) : (-1, null);
        }

        var before = text[sentence.Start..persons[0].Span.Start].Split([' ', '\t', '\n', '-', '–', '•', '*'], StringSplitOptions.RemoveEmptyEntries);
        var opener = before.Length == 1 ? _memo.Key(StripMarks(before[0])) : null;
        var verbWord = text[verb.Start..verb.End];
        if (opener is null || !(TopicOpeners.Contains(opener) || (opener.Length >= 3 && !FunctionWords.IsClosedClass(opener) && !FunctionWords.IsFoldedFunctionWord(opener)))
            || verbWord.Length < 4 || verbWord[0] is not ('و' or 'ف'))
        {
            return (-1, null);
        }

        return byCluster.TryGetValue(persons[0].Cluster, out var topic) && IsHuman(topic, kb) ? (persons[0].Cluster, topic) : (-1, null);
    }

    // Round 23 (23k1): the sentence opens with the name, nothing before it but a conjunction glued to it ("وجبران") and a
    // dialogue turn's mark ("ج:"، "—"): a nominal sentence whose topic the name is.
    private static bool NameOpensTheSentence(string text, int sentenceStart, int nameStart)
    {
        var before = text[sentenceStart..nameStart].Trim();
        if (before.Length > 0 && before[0] is '—' or '–' or '-' or '•' or '*')
        {
            before = before[1..].TrimStart();
        }
        else if (before.Length > 1 && before[0] is 'س' or 'ج' && before[1..].TrimStart().StartsWith(':'))
        {
            before = before[(before.IndexOf(':') + 1)..].TrimStart();
        }

        return before.Length == 0 || (before.Length == 1 && before[0] is 'و' or 'ف');
    }

    // Round 23 (23k1): the name's predicate is a verb of the sentence (subject–verb order: "وجبران هذا وُلد في بيروت …، ومات في
    // بوسطن"، "ج: وكلوب مدرب ألماني وُلد في شتوتغارت"): the first event's trigger after the name stands at most three words after
    // it, with no comma, clause break or mention between, and the life verb is that trigger or a verb coordinated after it.
    private static bool NamePredicate(AnalyzedDocument document, int nameEnd, TextSpan verb, int sentenceEnd)
    {
        var text = document.Source.Text;
        TextSpan? first = null;
        foreach (var e in document.Events)
        {
            var t = e.Trigger;
            if (t.Start >= nameEnd && t.Start < sentenceEnd && (first is null || t.Start < first.Value.Start))
            {
                first = t;
            }
        }

        if (first is not { } f || f.Start > verb.Start || (f.Start != verb.Start && text[verb.Start] is not ('و' or 'ف')))
        {
            return false;
        }

        var gap = text[nameEnd..f.Start];
        if (gap.IndexOfAny(['،', ',', '؛', ';', ':', '(', ')', '.', '—', '–']) >= 0 || gap.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).Length > 3
            || document.Entities.Any(m => m.Span.Start >= nameEnd && m.Span.End <= f.Start))
        {
            return false;
        }

        return true;
    }

    private (int Cluster, KbLink? Link)? UntaggedTopic(AnalyzedDocument document, Claim claim, TextSpan verb, Dictionary<int, KbLink> byCluster, IKnowledgeBase kb)
    {
        var text = document.Source.Text;
        var sentence = document.Sentences[claim.Sentence].Span;
        var (first, at) = NextWord(text, sentence.Start);
        if (_memo.Key(first) is not ("اما" or "واما"))
        {
            return null;
        }

        var words = new List<string>();
        while (words.Count < 4 && at < verb.Start)
        {
            var (w, end) = NextWord(text, at);
            if (w.Length == 0 || CacheOf(document).OverlapsMention(end - w.Length, end))
            {
                return null;
            }

            var key = _memo.Key(StripMarks(w));
            if (key.Length > 1 && key[0] == 'ف')
            {
                break; // the answer of "أما"
            }

            words.Add(key);
            at = end;
        }

        if (words.Count == 0 || words.Count == 4 || words.Any(w => w.Length < 3))
        {
            return null;
        }

        var holders = document.Clusters.Where(c => c.Label == EntityLabels.Person && c.Id != claim.Subject && byCluster.ContainsKey(c.Id)
            && words.All(w => c.Aliases.Prepend(c.Name).SelectMany(n => _memo.Words(_memo.Key(n))).Contains(w))).ToList();
        return holders.Count == 1 && IsHuman(byCluster[holders[0].Id], kb) ? (holders[0].Id, byCluster[holders[0].Id]) : null;
    }

    // The words before a sentence's first person that make it the sentence's topic or subject: "أما" and the copulas.
    private static readonly HashSet<string> TopicOpeners = new(StringComparer.Ordinal)
    {
        "اما", "واما", "كان", "وكان", "فكان", "صار", "وصار", "اصبح", "واصبح", "ظل", "وظل", "بات", "عاش", "وعاش",
    };

    // Two or three untagged words right after a verb that are together the whole name of exactly one KB human who is kin
    // (parent, child, spouse, sibling, either way) to a person the text links.
    private KbLink? NamedAfterVerb(AnalyzedDocument document, int position, Dictionary<int, KbLink> byCluster, IKnowledgeBase kb)
    {
        var text = document.Source.Text;
        var words = UntaggedWordsAfter(document, position, stopAtClosedClass: true);

        var linked = byCluster.Values.Select(l => l.Item).ToHashSet(StringComparer.Ordinal);
        for (var n = words.Count; n >= 2; n--)
        {
            var key = _memo.Key(StripMarks(text[words[0].Start..words[n - 1].End]));
            var humans = kb.Lookup(key, KbKeyKind.Name, 3).Select(kb.Get).Where(e => e is not null && KbTypes.Of(e, kb) == KbType.Human).Select(e => e!)
                .DistinctBy(e => e.Id).ToList();
            if (humans.Count != 1)
            {
                continue;
            }

            var person = humans[0];
            if (linked.Contains(person.Id) || !KinOfLinked(person, linked, kb))
            {
                return null;
            }

            return new KbLink(-1, person.Id, person.LabelIn("ar", "en"), 1.0, "name-after-verb");
        }

        return null;
    }

    private static readonly string[] KinProperties = ["P22", "P25", "P26", "P40", "P3373"];

    // True when the person and a linked item are kin in the KB, in either direction.
    private static bool KinOfLinked(KbEntity person, HashSet<string> linked, IKnowledgeBase kb)
        => KinProperties.Any(p => person.ItemValues(p).Any(linked.Contains))
            || linked.Any(id => kb.Get(id) is { } e && KinProperties.Any(p => e.ItemValues(p).Contains(person.Id)));

    private static bool IsHuman(KbLink link, IKnowledgeBase kb) => kb.Get(link.Item) is { } e && KbTypes.Of(e, kb) == KbType.Human;
}
