using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Claims;

/// <summary>How the index found the person a clause speaks of when the clause does not name him (<see cref="ImplicitSubject.Evidence"/>).</summary>
public static class ImplicitSubjectEvidence
{
    /// <summary>An epithet for the document's topic person in the clause: "صاحب الترجمة"، "المترجَم له"، "الراحل"، "الفقيدة"، "المذكور"، "المكرَّم".</summary>
    public const string Epithet = "epithet";

    /// <summary>A title the text put before the topic person's name, used alone: "وكان الجنرال قد ولد" after "الجنرال ألكسي شيشكين".</summary>
    public const string TitleAnaphor = "title-anaphor";

    /// <summary>A possessive pronoun on the life-event noun: "مولده"، "ولادتها"، "وفاته"; the person it points back to.</summary>
    public const string Possessive = "possessive";

    /// <summary>
    /// A relative who reports, introduced as the topic person's child or nephew, speaking of his parent or uncle: "قال نجله إن والده
    /// وُلد …"، "قال ابن أخيه: كان مولد عمي …": the parent is the topic person.
    /// </summary>
    public const string ReportingRelative = "reporting-relative";

    /// <summary>A dropped subject whose sentence and the one before name nobody else: the topic person's story continues.</summary>
    public const string Continued = "continued";

    /// <summary>
    /// A kinship word opening the sentence introduced the person, and the birth or death verb has no subject of its own ("وجده إلياس
    /// الخوري، كاهن الرعية، توفي سنة 1871"): the relative's own date or place, never the article's subject's (round 12).
    /// </summary>
    public const string KinRelative = "kin-relative";

    /// <summary>
    /// A detached subject pronoun set against the person named before it, as the birth or death verb's subject: "أما هو فولد سنة …"،
    /// "وكان هو قد ولد سنة …"، "أما هي فتوفيت …" (round 15): the text's own subject, never the person the sentence named before the pronoun.
    /// </summary>
    public const string EmphaticPronoun = "emphatic-pronoun";

    /// <summary>
    /// The person's own saying in direct speech: a first-person pronoun at a birth or death word after a speech verb and a colon ("وكان
    /// يقول: أنا من مواليد سنة …"، "قال الحسين: أنا ولدت …"): the speaker, named after the verb or its dropped subject (round 20).
    /// </summary>
    public const string SelfReport = "self-report";
}

/// <summary>
/// The person a clause speaks of without naming him, as the <see cref="DocumentIndex"/> decides it: the cluster, the kind of
/// evidence (<see cref="ImplicitSubjectEvidence"/>), a confidence (lower than a named subject's: claims attributed this way
/// make at most a <c>warning</c>), and the cue words.
/// </summary>
/// <param name="Cluster">The person's cluster.</param>
/// <param name="Evidence">An <see cref="ImplicitSubjectEvidence"/> code.</param>
/// <param name="Confidence">0..1.</param>
/// <param name="Cue">The words that tie the clause to the person (the epithet, the possessive noun, the reporter).</param>
public sealed record ImplicitSubject(int Cluster, string Evidence, double Confidence, TextSpan Cue);

/// <summary>The topic person of a document and the implicit subject of a clause: one place decides both.</summary>
public sealed partial class DocumentIndex
{
    /// <summary>Confidence of an implicit subject tied by a cue word (epithet, possessive, reporting relative, title) with nobody else named near.</summary>
    public const double TiedImplicitConfidence = 0.78;

    /// <summary>Confidence of an implicit subject when another person is named in the sentence or the one before: compared, never flagged above <c>info</c>.</summary>
    public const double LooseImplicitConfidence = 0.7;

    /// <summary>
    /// The subject id of the document's <b>anonymous subject</b>: the person a text speaks of without ever naming him (a tarjama's excerpt:
    /// "توفي ببغداد … وكانت وفاته سنة 739 هـ"), when it names no person, or only persons plainly others (each introduced as someone's
    /// relative: "أبوه الفقيه نور الدين علي"). No cluster and no mention stand for him: claims carry this id as their subject (never a
    /// cluster id, which are 0 or more) and an <see cref="Claim.Attribution"/>, and their confidence is at most
    /// <see cref="TiedImplicitConfidence"/>.
    /// </summary>
    public const int AnonymousSubject = -2;

    /// <summary>True for <see cref="AnonymousSubject"/>.</summary>
    public static bool IsAnonymous(int subject) => subject == AnonymousSubject;

    private sealed record AnonymousBox(bool Has);

    private AnonymousBox? _anonymous;

    /// <summary>
    /// True when the document has an anonymous subject (<see cref="AnonymousSubject"/>): it has one segment, no topic person, and every
    /// person it names is an epithet the tagger took for a name or a relative introduced through a pronoun ("أبوه الفقيه نور الدين").
    /// </summary>
    public bool HasAnonymousSubject(ClaimLexicon? lexicon = null)
    {
        lexicon ??= ClaimLexicon.Default;
        if (Volatile.Read(ref _anonymous) is not { } box)
        {
            var has = Segments.Length <= 1 && (Subject?.Cluster is not { } s || IsEpithetCluster(s, lexicon) || OnlyAsRelative(s));
            foreach (var c in Document.Clusters)
            {
                if (has && c.Label == EntityLabels.Person && !IsEpithetCluster(c.Id, lexicon) && !OnlyAsRelative(c.Id))
                {
                    has = false;
                }
            }

            box = new AnonymousBox(has);
            Volatile.Write(ref _anonymous, box);
        }

        return box.Has;
    }

    /// <summary>The topic person when the subject is an epithet, computed once (one reference, written atomically).</summary>
    private sealed record TopicBox(int? Cluster);

    private TopicBox? _topicFallback;

    /// <summary>
    /// The topic person of a sentence's article: <see cref="SubjectAt"/>, unless that cluster is an epithet the tagger took for a name
    /// ("وقد ولد المكرَّم": <see cref="IsEpithetCluster"/>); then the one person the document names besides epithets, or null.
    /// </summary>
    public int? TopicAt(int sentence, ClaimLexicon? lexicon = null)
    {
        lexicon ??= ClaimLexicon.Default;
        if (SubjectAt(sentence) is { } s && !IsEpithetCluster(s, lexicon))
        {
            return s;
        }

        if (Volatile.Read(ref _topicFallback) is not { } box)
        {
            int? key = null;
            var several = false;
            foreach (var c in Document.Clusters)
            {
                if (c.Label != EntityLabels.Person || IsEpithetCluster(c.Id, lexicon))
                {
                    continue;
                }

                var k = PersonKey(c.Id);
                several |= key is { } prev && prev != k;
                key ??= k;
            }

            box = new TopicBox(several ? null : key);
            Volatile.Write(ref _topicFallback, box);
        }

        return box.Cluster;
    }

    /// <summary>True when every mention of a person cluster is an epithet ("المكرَّم"، "الراحل"، "صاحب الترجمة") the tagger read as a name.</summary>
    public bool IsEpithetCluster(int cluster, ClaimLexicon? lexicon = null)
    {
        lexicon ??= ClaimLexicon.Default;
        if (LabelOf(cluster) != EntityLabels.Person)
        {
            return false;
        }

        var any = false;
        foreach (var m in MentionsOf(cluster))
        {
            var span = Document.Entities[m].Span;
            var first = FirstTokenOf(span);
            var end = EndTokenOf(span);
            if (EpithetAt(first, lexicon) != end - first)
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>The length in tokens of an epithet for the topic person at a token ("صاحب الترجمة"، "الراحل"، "المكرَّم"), or 0.</summary>
    public int EpithetAt(int token, ClaimLexicon? lexicon = null)
    {
        lexicon ??= ClaimLexicon.Default;
        return Math.Max(lexicon.Match(this, token, "epithet"), lexicon.Match(this, token, "obituary-anaphor"));
    }

    /// <summary>
    /// The person a clause speaks of at <paramref name="trigger"/> when the clause names nobody: decided once, here, for every
    /// reader. In order: a relative who reports ("قال نجله إن والده وُلد"، "قال ابن أخيه: كان مولد عمي"), an epithet ("وولي صاحب
    /// الترجمة"، "إن الراحل"), a title used alone ("وكان الجنرال قد ولد"), a possessive pronoun on the word ("مولده"، "وفاتها"). A
    /// kinship word with a pronoun before the trigger in its clause ("إن والده ولد"، "وأخوه … وكانت وفاته") makes the act a relative's:
    /// null, unless a reporting relative resolves it. Null when nothing ties the clause to a person.
    /// </summary>
    /// <param name="trigger">The trigger's first token.</param>
    /// <param name="lexicon">The cue words (<see cref="ClaimLexicon.Default"/> when null).</param>
    /// <param name="droppedSubject">
    /// True for a verb whose subject is not written ("وُلد في الإسكندرية عام 1918"، "ولد سنة 663"): with no cue, the topic person when
    /// the sentence opens with the verb, no relative is spoken of in it or the sentence before, and nobody else is named near
    /// (<see cref="ImplicitSubjectEvidence.Continued"/>).
    /// </param>
    public ImplicitSubject? ImplicitSubjectAt(int trigger, ClaimLexicon? lexicon = null, bool droppedSubject = false)
    {
        lexicon ??= ClaimLexicon.Default;
        if (trigger < 0 || trigger >= Tokens.Length)
        {
            return null;
        }

        var sentence = Tokens[trigger].Sentence;
        var (ss, _) = SentenceTokens(sentence);
        var (cs, ce) = ClauseOf(trigger);
        var topic = TopicAt(sentence, lexicon);

        // "وكان يقول: أنا من مواليد سنة …": the speaker of a first-person saying (round 20).
        if (SelfSpeakerAt(trigger) is { } self)
        {
            return self;
        }

        if (ReportingRelativeAt(trigger, ss, lexicon) is { } reporter)
        {
            // The reporter's pronoun points back: to the topic person only when he is named before the reporter ("قال نجله إن والده
            // وُلد … وأضاف الابن، عمر الجبوري": the father is unnamed, the man named after is the son).
            // "قال نجله إن والدته وُلدت": the mother is no man named before.
            return topic is { } t && IsPerson(t) && PersonNamedIn(t, 0, FirstTokenOf(reporter))
                && !(PersonGender(t) is { } g && ReportedKinGender(trigger, lexicon) is { } kg && g != kg)
                ? new ImplicitSubject(t, ImplicitSubjectEvidence.ReportingRelative, TiedImplicitConfidence, reporter) : null;
        }

        if (EmphaticPronounAt(trigger) is var emphatic and >= 0)
        {
            return EmphaticSubject(emphatic, trigger, ss, topic, lexicon);
        }

        // A relative spoken of right before the act ("إن والده ولد"، "أن والده الراحل وُلد"): his act, whatever epithet stands near.
        var kin = PronounKinBefore(trigger, Math.Max(ss, cs - 1));
        if (kin >= 0)
        {
            return null;
        }

        // "كان أخوه الأكبر أحمد تاجرًا. وكانت وفاته …": a topic person named only as someone's relative is not who the pronoun means.
        // A text that names nobody else speaks of its anonymous subject ("توفي ببغداد … وكانت وفاته سنة 739 هـ").
        if (topic is not { } person || !IsPerson(person) || OnlyAsRelative(person))
        {
            if (!HasAnonymousSubject(lexicon))
            {
                return null;
            }

            person = AnonymousSubject;
        }

        // "وُلدت في حلب" is no man's birth, "توفي" no woman's death: a topic person whose known gender the trigger's words contradict is
        // not who they mean.
        if (!GenderAgrees(person, trigger))
        {
            return null;
        }

        // An answer's pronoun points to the question's person ("س: متى تولى الخديوي توفيق الحكم؟ ج: … بعد عزل أبيه الخديوي إسماعيل،
        // وبقي فيه حتى وفاته"), not to the last person named in the answer.
        if (HasPossessivePronoun(trigger) && QuestionPerson(sentence, trigger, lexicon) is { } asked)
        {
            return new ImplicitSubject(asked, ImplicitSubjectEvidence.Possessive, LooseImplicitConfidence, Tokens[trigger].Span);
        }

        var confidence = NobodyElseNear(sentence, person) ? TiedImplicitConfidence : LooseImplicitConfidence;
        for (var k = cs; k < Math.Min(ce, trigger + 4); k++)
        {
            if (EpithetAt(k, lexicon) is var n and > 0 && (MentionAtToken(k) < 0 || IsEpithetCluster(ClusterAt(k), lexicon)))
            {
                return new ImplicitSubject(person, ImplicitSubjectEvidence.Epithet, confidence, TokenRange(k, k + n));
            }
        }

        if (TitleOf(person, trigger, cs, ce) is { } title)
        {
            return new ImplicitSubject(person, ImplicitSubjectEvidence.TitleAnaphor, confidence, title);
        }

        if (HasPossessivePronoun(trigger))
        {
            // The pronoun points to the person named before it in its sentence, when one is; else to the topic person. A relative named
            // as a woman is no antecedent of a masculine pronoun, nor a man of a feminine one.
            var feminine = PossessiveIsFeminine(trigger);
            for (var k = trigger - 1; k >= ss; k--)
            {
                var c = ClusterAt(k);
                if (c >= 0 && IsPerson(c) && !IsEpithetCluster(c, lexicon)
                    && KinGenderBefore(FirstTokenOf(Document.Entities[MentionAtToken(k)].Span)) != !feminine
                    && PersonGender(c) != !feminine)
                {
                    return AfterPronounKin(Document.Entities[MentionAtToken(k)].Span) ? null
                        : new ImplicitSubject(c, ImplicitSubjectEvidence.Possessive, PersonKey(c) == PersonKey(person) ? Math.Max(confidence, TiedImplicitConfidence) : LooseImplicitConfidence, Tokens[trigger].Span);
                }
            }

            // "وُلدت ابنته نجلاء … وكانت وفاته": a relative the text names as a woman is no antecedent of a masculine pronoun (and a man of a feminine one).
            return new ImplicitSubject(person, ImplicitSubjectEvidence.Possessive,
                NobodyElseNear(sentence, person, skipKinOfGender: !feminine) ? TiedImplicitConfidence : LooseImplicitConfidence, Tokens[trigger].Span);
        }

        // Named in the sentence before or the one after ("وُلد في طنطا عام 1920. ومن أشهر قصائد الشاعر حسن الدسوقي …"): a sentence between
        // that names nobody ("وفي قضية أخرى تحدثت الصحف عن الملياردير الروسي. وقد ولد في موسكو") may speak of another, untagged man.
        // A text that names nobody (its anonymous subject): the verb may open its clause after a comma ("عُمّد … في فريتاون، وقد ولد في
        // 4 أيار 1927"), the untagged name before being the same unnamed subject's (round 21).
        if (droppedSubject && confidence >= TiedImplicitConfidence
            && (OpensWithVerb(trigger, ss, lexicon) || (IsAnonymous(person) && cs > ss && OpensWithVerb(trigger, cs, lexicon)) || AfterOpeningLifeVerb(trigger, ss, lexicon))
            && !KinSpokenOfSince(sentence, trigger)
            && (IsAnonymous(person) || NamedNear(person, sentence)))
        {
            return new ImplicitSubject(person, ImplicitSubjectEvidence.Continued, confidence, Tokens[trigger].Span);
        }

        return null;
    }

    /// <summary>
    /// The person a question asks about when the trigger, a word with a possessive pronoun, stands in its answer ("س: متى تولى الخديوي
    /// توفيق الحكم؟ ج: … وبقي فيه حتى وفاته"): the answer's pronouns point to the question's person, not to the last person named in
    /// the answer. Null when the sentence answers no question naming one person whose known gender agrees.
    /// </summary>
    public int? AnsweredPersonAt(int trigger, ClaimLexicon? lexicon = null)
        => trigger >= 0 && trigger < Tokens.Length && HasPossessivePronoun(trigger)
            ? QuestionPerson(Tokens[trigger].Sentence, trigger, lexicon ?? ClaimLexicon.Default) : null;

    /// <summary>The gender of the reported relative near a trigger ("إن والدته وُلدت": true; "إن أباه وُلد": false), or null.</summary>
    private bool? ReportedKinGender(int trigger, ClaimLexicon lexicon)
    {
        for (var k = Math.Max(0, trigger - 3); k < Math.Min(Tokens.Length, trigger + 3); k++)
        {
            if (Tokens[k].Sentence == Tokens[trigger].Sentence && lexicon.Match(this, k, "reported-kin") > 0)
            {
                if (FeminineKinWords.Contains(Tokens[k].Norm) || FeminineKinWords.Contains(Tokens[k].Base))
                {
                    return true;
                }

                if (MasculineKinWords.Contains(Tokens[k].Norm) || MasculineKinWords.Contains(Tokens[k].Base))
                {
                    return false;
                }
            }
        }

        // "وتذكر ابنته أنه فارق الحياة": the complementizer's pronoun gives the gender.
        return ComplementizerGenderAt(trigger);
    }

    /// <summary>
    /// The person a question asks about when the trigger's sentence answers it: the sentence before ends with a question mark, or the
    /// trigger's sentence has one before the trigger, and the question names exactly one person (by <see cref="PersonKey"/>) whose known
    /// gender agrees with the trigger's words. Null otherwise.
    /// </summary>
    private int? QuestionPerson(int sentence, int trigger, ClaimLexicon lexicon)
    {
        var (ss, _) = SentenceTokens(sentence);
        int qs, qe;
        var mark = -1;
        for (var k = trigger - 1; k >= ss; k--)
        {
            if (Tokens[k].Span.Length == 1 && Document.Source.Text[Tokens[k].Span.Start] == '؟')
            {
                mark = k;
                break;
            }
        }

        if (mark >= 0)
        {
            (qs, qe) = (ss, mark);
        }
        else if (sentence > 0 && SentenceTokens(sentence - 1) is var (ps, pe) && pe > ps && Document.Source.Text.AsSpan(Tokens[ps].Span.Start, Tokens[pe - 1].Span.End - Tokens[ps].Span.Start).Contains('؟'))
        {
            (qs, qe) = (ps, pe);
        }
        else
        {
            return null;
        }

        int? asked = null;
        for (var k = qs; k < qe; k++)
        {
            var c = ClusterAt(k);
            if (c < 0 || !IsPerson(c) || IsEpithetCluster(c, lexicon))
            {
                continue;
            }

            if (asked is { } a && PersonKey(a) != PersonKey(c))
            {
                return null;
            }

            asked ??= c;
        }

        return asked is { } p && GenderAgrees(p, trigger) ? p : null;
    }

    /// <summary>True when every mention of the person follows a kinship word with a pronoun ("أخوه الأكبر أحمد"): a relative of someone unnamed.</summary>
    private bool OnlyAsRelative(int person)
    {
        var any = false;
        foreach (var m in MentionsOf(person))
        {
            if (!AfterPronounKin(Document.Entities[m].Span))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>True when the person is named in the sentence, the one before or the one after.</summary>
    private bool NamedNear(int person, int sentence)
    {
        for (var s = Math.Max(0, sentence - 1); s <= Math.Min(Document.Sentences.Length - 1, sentence + 1); s++)
        {
            var (a, b) = SentenceTokens(s);
            if (PersonNamedIn(person, a, b))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when only function words (و، ف، ثم، قد، كان…) stand before the trigger in its sentence.</summary>
    private bool OpensWithVerb(int trigger, int sentenceStart, ClaimLexicon lexicon)
    {
        for (var k = sentenceStart; k < trigger; k++)
        {
            // Round 22 (22k2): "وقيل مات في القاهرة"، "ويقال توفي سنة …": the hedge reports another account of the same act, whose
            // subject is as unwritten as after a bare verb.
            if (Tokens[k].Kind == TokenKind.Arabic && lexicon.Match(this, k, "function") == 0 && !(k == trigger - 1 && HedgeVerbs.Contains(Tokens[k].Norm)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the trigger, a verb joined by "و" ("وتوفي"، "ومات"), is the other end of a life whose first verb opens the sentence or
    /// its clause with its subject unwritten, and nobody is named between them: "ولد عام 1810 وتوفي عام 1950"، "انولد سنة 1815 ومات سنة 1946" tell one man's
    /// birth and death (round 23). A person named between ("ولد سنة 1810 وتوفي أبوه") or after the verb is the events stage's
    /// participant, and a kinship word is weighed by the caller.
    /// </summary>
    private bool AfterOpeningLifeVerb(int trigger, int sentenceStart, ClaimLexicon lexicon)
    {
        var word = Tokens[trigger].Norm;
        if (word.Length < 3 || word[0] != 'و')
        {
            return false;
        }

        // Only the trigger's own sentence can hold either verb: its events, not the document's, keep the walk linear in the text.
        var inSentence = EventsInSentence(Tokens[trigger].Sentence);
        Events.EventMention? here = null;
        foreach (var i in inSentence)
        {
            if (Document.Events[i].Pos == "verb" && FirstTokenOf(Document.Events[i].Trigger) == trigger)
            {
                here = Document.Events[i];
                break;
            }
        }

        if (here is null || here.Type is not ("birth" or "death"))
        {
            return false;
        }

        foreach (var i in inSentence)
        {
            var e = Document.Events[i];
            var first = FirstTokenOf(e.Trigger);
            if (e.Pos != "verb" || e.Type is not ("birth" or "death") || e.Type == here.Type || first >= trigger || first < sentenceStart
                || !(OpensWithVerb(first, sentenceStart, lexicon) || OpensWithVerb(first, Math.Max(sentenceStart, ClauseOf(first).Start), lexicon)))
            {
                continue;
            }

            for (var k = first + 1; k < trigger; k++)
            {
                if (MentionAtToken(k) is var m and >= 0 && Document.Entities[m].Label == EntityLabels.Person)
                {
                    return false;
                }
            }

            var after = EndTokenOf(here.Trigger);
            return !(after < Tokens.Length && Tokens[after].Sentence == Tokens[trigger].Sentence && MentionAtToken(after) is var am and >= 0
                && Document.Entities[am].Label == EntityLabels.Person);
        }

        return false;
    }

    /// <summary>The passive verbs of a hedge that may stand right before a verb whose subject is not written ("وقيل مات …").</summary>
    private static readonly FrozenWords HedgeVerbs = new("قيل", "وقيل", "فقيل", "يقال", "ويقال");

    /// <summary>True when a kinship word stands in the sentence before the trigger or in the sentence before ("وله أخ. ولد …").</summary>
    private bool KinSpokenOfSince(int sentence, int trigger)
    {
        var from = SentenceTokens(Math.Max(0, sentence - 1)).Start;
        for (var k = from; k < trigger; k++)
        {
            if (MentionAtToken(k) < 0 && (PronounKinWords.Contains(Tokens[k].Norm) || PronounKinWords.Contains(Tokens[k].Base) || BareKinWords.Contains(Tokens[k].Base)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Kinship nouns without a pronoun that introduce an unnamed relative ("وله أخ"، "وكان له ابن").</summary>
    private static readonly FrozenWords BareKinWords = new("أخ", "أخت", "ابن", "ابنة", "بنت", "شقيق", "شقيقة", "زوجة", "زوج", "والد", "والدة", "أب", "أم", "جد", "جدة");

    /// <summary>
    /// True when a kinship word with a pronoun stands right before the trigger in its sentence ("إن والده ولد"، "أن والده الراحل وُلد"):
    /// the act is that relative's, not the person the pronoun points to.
    /// </summary>
    public bool RelativeSpokenOfAt(int trigger)
        => trigger >= 0 && trigger < Tokens.Length && PronounKinBefore(trigger, Math.Max(SentenceTokens(Tokens[trigger].Sentence).Start, ClauseOf(trigger).Start - 1)) >= 0;

    private int ClusterAt(int token) => ClusterAtToken(token);

    private bool IsPerson(int cluster) => IsAnonymous(cluster) || LabelOf(cluster) == EntityLabels.Person;

    private TextSpan TokenRange(int first, int end) => new(Tokens[first].Span.Start, Tokens[Math.Max(first, end - 1)].Span.End);

    /// <summary>True when the sentence and the one before name no person other than <paramref name="person"/> (by <see cref="PersonKey"/>).</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="person">The topic person.</param>
    /// <param name="skipKinOfGender">
    /// Null to count everybody; true to ignore a relative introduced by a feminine kinship word ("ابنته نجلاء") — no antecedent of a
    /// masculine pronoun —, false to ignore one introduced by a masculine kinship word.
    /// </param>
    private bool NobodyElseNear(int sentence, int person, bool? skipKinOfGender = null)
    {
        var key = PersonKey(person);
        for (var s = Math.Max(0, sentence - 1); s <= sentence; s++)
        {
            foreach (var m in MentionsInSentence(s))
            {
                var c = Document.Entities[m].Cluster;
                if (IsPerson(c) && PersonKey(c) != key && !IsEpithetCluster(c)
                    && !(skipKinOfGender is { } feminine && KinGenderBefore(FirstTokenOf(Document.Entities[m].Span)) == feminine))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Feminine kinship words with a pronoun: the relative named after them is a woman.</summary>
    private static readonly FrozenWords FeminineKinWords = new(
        "ابنته", "ابنتها", "أخته", "أختها", "شقيقته", "شقيقتها", "زوجته", "أمه", "أمها", "والدته", "والدتها", "جدته", "جدتها", "كريمته", "حفيدته");

    /// <summary>Masculine kinship words with a pronoun: the relative named after them is a man.</summary>
    private static readonly FrozenWords MasculineKinWords = new(
        "ابنه", "ابنها", "نجله", "نجلها", "أخوه", "أخيه", "أخاه", "أخوها", "أخيها", "شقيقه", "شقيقها", "زوجها", "والده", "والدها", "أبوه", "أبيه", "أباه",
        "أبوها", "أبيها", "جده", "جدها", "عمه", "عمها", "خاله", "خالها", "حفيده");

    /// <summary>True (feminine) or false (masculine) for the kinship word right before a mention (an adjective or a title between), or null.</summary>
    private bool? KinGenderBefore(int first)
    {
        if (first >= Tokens.Length)
        {
            return null;
        }

        for (var k = first - 1; k >= 0 && k >= first - 3 && Tokens[k].Sentence == Tokens[first].Sentence && Tokens[k].Kind != TokenKind.Punctuation; k--)
        {
            if (FeminineKinWords.Contains(Tokens[k].Norm) || FeminineKinWords.Contains(Tokens[k].Base))
            {
                return true;
            }

            if (MasculineKinWords.Contains(Tokens[k].Norm) || MasculineKinWords.Contains(Tokens[k].Base))
            {
                return false;
            }
        }

        return null;
    }

    /// <summary>True when the possessive pronoun of the word is feminine (ـها).</summary>
    private bool PossessiveIsFeminine(int token)
    {
        var text = Document.Source.Text;
        var span = Tokens[token].Span;
        var end = span.End;
        while (end > span.Start && text[end - 1] is >= '\u064B' and <= '\u0652')
        {
            end--;
        }

        return end - span.Start >= 2 && text[end - 2] == 'ه' && text[end - 1] == 'ا';
    }

    /// <summary>
    /// The first token of a kinship word with a pronoun ("والده"، "أخوه"، "أمها") standing in [from, trigger) outside every mention, at
    /// most three words before the trigger (an epithet or a title between: "والده الراحل"), or -1.
    /// </summary>
    private int PronounKinBefore(int trigger, int from)
    {
        for (var k = trigger - 1; k >= Math.Max(from, trigger - 3); k--)
        {
            if (MentionAtToken(k) < 0 && (PronounKinWords.Contains(Tokens[k].Norm) || PronounKinWords.Contains(Tokens[k].Base)))
            {
                return k;
            }

            if (Tokens[k].Kind == TokenKind.Punctuation)
            {
                break;
            }
        }

        return -1;
    }

    /// <summary>
    /// The reporter's words when the sentence, before the trigger, has a reporting verb followed by a relative introduced as the
    /// topic person's own ("قال نجله"، "وأوضح ابنه"، "قال ابن أخيه") and then a word for that relative's parent or uncle ("إن والده"،
    /// "وفاة أبيه"، "مولد عمي") right before or after the trigger; otherwise null. A reporter named through someone else ("قال نجل
    /// رجل الأعمال الراحل") has no pronoun: his parent is that other, unnamed man.
    /// </summary>
    private TextSpan? ReportingRelativeAt(int trigger, int sentenceStart, ClaimLexicon lexicon)
    {
        for (var k = sentenceStart; k < trigger; k++)
        {
            if (lexicon.Match(this, k, "report-verb") == 0)
            {
                continue;
            }

            for (var j = k + 1; j < Math.Min(trigger, k + 4); j++)
            {
                if (lexicon.Match(this, j, "reporting-kin") is var n and > 0)
                {
                    var parent = false;
                    for (var p = j + n; p < Math.Min(Tokens.Length, trigger + 3); p++)
                    {
                        if (Tokens[p].Sentence != Tokens[trigger].Sentence)
                        {
                            break;
                        }

                        parent |= lexicon.Match(this, p, "reported-kin") > 0 && p >= trigger - 3;
                    }

                    // "وتذكر ابنته أنه فارق الحياة": a pronoun the reporter cannot be is the topic person (round 18, issue 12c).
                    return parent || ReporterIsNotPronoun(j, trigger) ? TokenRange(k, j + n) : null;
                }

                // "وذكرت أسرته أنه من مواليد …"، "وقال أبناؤه إنه توفي …": a family or plural reporter before a pronoun complementizer.
                if (IsFamilyReporter(j) && ReporterIsNotPronoun(j, trigger))
                {
                    return TokenRange(k, j + 1);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The title the text put right before a mention of the person ("الجنرال ألكسي شيشكين"، "الملحن سيرغي فولكوف"), standing alone right
    /// at the trigger in its clause ("وكان الجنرال قد ولد"، "وفاة الملحن"): its span, or null. Only a title used before this person alone.
    /// </summary>
    private TextSpan? TitleOf(int person, int trigger, int cs, int ce)
    {
        var key = PersonKey(person);
        foreach (var k in (ReadOnlySpan<int>)[trigger + 1, trigger - 1, trigger - 2, trigger - 3])
        {
            if (k < cs || k >= ce || MentionAtToken(k) >= 0 || Tokens[k].Kind != TokenKind.Arabic || !Tokens[k].Norm.StartsWith("ال", StringComparison.Ordinal) || Tokens[k].Norm.Length < 4)
            {
                continue;
            }

            var before = false;
            var other = false;
            foreach (var (word, cluster) in PersonsAfterWord(Tokens[k].Norm))
            {
                Probes++;
                if (word == k)
                {
                    continue;
                }

                if (PersonKey(cluster) == key)
                {
                    before = true;
                }
                else
                {
                    other = true;
                }
            }

            if (before && !other)
            {
                return Tokens[k].Span;
            }
        }

        return null;
    }

    /// <summary>True when the word ends with a possessive pronoun of the third person (ـه، ـها) in its original letters ("مولده"، "وفاتها").</summary>
    private bool HasPossessivePronoun(int token)
    {
        var text = Document.Source.Text;
        var span = Tokens[token].Span;
        var end = span.End;
        while (end > span.Start && text[end - 1] is >= '\u064B' and <= '\u0652')
        {
            end--;
        }

        return end - span.Start >= 4 && (text[end - 1] == 'ه' || (text[end - 2] == 'ه' && text[end - 1] == 'ا'));
    }

    /// <summary>Detached third-person subject pronouns, with the conjunctions they take, normalized: masculine.</summary>
    private static readonly HashSet<string> EmphaticHe = [.. new[] { "هو", "وهو", "فهو" }.Select(w => Normalization.ArabicNormalizer.Default.NormalizeString(w))];

    /// <summary>Detached third-person subject pronouns, with the conjunctions they take, normalized: feminine.</summary>
    private static readonly HashSet<string> EmphaticShe = [.. new[] { "هي", "وهي", "فهي" }.Select(w => Normalization.ArabicNormalizer.Default.NormalizeString(w))];

    /// <summary>Words that set a detached pronoun apart as the clause's subject: the contrast particle and the auxiliary, normalized.</summary>
    private static readonly HashSet<string> EmphaticOpeners = [.. new[]
    {
        "أما", "وأما", "فأما", "اما", "واما", "فاما", "كان", "وكان", "فكان", "كانت", "وكانت", "فكانت",
    }.Select(w => Normalization.ArabicNormalizer.Default.NormalizeString(w))];

    /// <summary>
    /// The token of a detached subject pronoun that a birth or death verb at <paramref name="trigger"/> takes as its subject, set apart by
    /// the contrast particle or the auxiliary: "أما هو فولد"، "وكان هو قد ولد"، "أما هي فتوفيت"; "قد"/"لقد" may stand between. −1 otherwise
    /// ("توفي وهو في الستين": a circumstantial clause after the verb is not its subject).
    /// </summary>
    public int EmphaticPronounAt(int trigger)
    {
        if (trigger <= 0 || trigger >= Tokens.Length)
        {
            return -1;
        }

        var ss = SentenceTokens(Tokens[trigger].Sentence).Start;
        var k = trigger - 1;
        if (k >= ss && Tokens[k].Norm is "قد" or "لقد" or "فقد")
        {
            k--;
        }

        if (k <= ss - 1 || !(IsWord(k, EmphaticHe) || IsWord(k, EmphaticShe)) || MentionAtToken(k) >= 0)
        {
            return -1;
        }

        return k - 1 >= ss && IsWord(k - 1, EmphaticOpeners) ? k : -1;
    }

    private bool IsWord(int k, HashSet<string> words) => words.Contains(Tokens[k].Norm) || words.Contains(Tokens[k].Base);

    /// <summary>
    /// Who an emphatic pronoun stands for (<see cref="EmphaticPronounAt"/>): the topic person, unless he is the person the sentence named
    /// last before the pronoun (the pronoun sets its subject against that person: "هو الأخ الأكبر للشاعر X المولود سنة …، أما هو فولد …"); then the
    /// anonymous subject of a text that has one, else nobody. A pronoun of the other gender than the person's is nobody's.
    /// </summary>
    private ImplicitSubject? EmphaticSubject(int pronoun, int trigger, int ss, int? topic, ClaimLexicon lexicon)
    {
        var feminine = IsWord(pronoun, EmphaticShe);
        int person;
        // The person named last before the pronoun in its sentence is the one it is set against.
        var against = -1;
        for (var k = pronoun - 1; k >= ss && against < 0; k--)
        {
            if (ClusterAt(k) is var c and >= 0 && IsPerson(c) && !IsEpithetCluster(c, lexicon))
            {
                against = c;
            }
        }

        if (topic is { } t && IsPerson(t) && !OnlyAsRelative(t) && (against < 0 || PersonKey(against) != PersonKey(t)))
        {
            person = t;
        }
        else if (HasAnonymousSubject(lexicon))
        {
            person = AnonymousSubject;
        }
        else
        {
            return null;
        }

        if (!GenderAgrees(person, trigger) || PersonGender(person) is { } g && g != feminine)
        {
            return null;
        }

        return new ImplicitSubject(person, ImplicitSubjectEvidence.EmphaticPronoun, TiedImplicitConfidence, Tokens[pronoun].Span);
    }
}
