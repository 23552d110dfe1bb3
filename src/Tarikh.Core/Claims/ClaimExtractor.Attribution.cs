using System.Collections.Frozen;
using System.Collections.Immutable;
using Tarikh.Core.Entities;
using Tarikh.Core.Events;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Claims;

/// <summary>Who an event is about: apposition, relative clause, kinship noun, dropped subject.</summary>
public sealed partial class ClaimExtractor
{
    /// <summary>True when the person does the act (agent), or undergoes one that needs them alive (arrest, prison, exile, trial, release, illness).</summary>
    private static bool AgentOf(EventMention e, int subject)
        => e.Participants.Any(p => p.Cluster == subject && p.Role == "agent")
            || (e.Type is "arrest" or "imprisonment" or "exile" or "trial" or "release" or "illness" && e.MainParticipant == subject);

    /// <summary>
    /// Who an event is about: its main participant, unless the trigger sits in another person's
    /// apposition (the fact goes to that person), follows a relative pronoun after another person
    /// ("السلطان قلاوون الذي توفي عام 689": the sultan's death), or is followed by a kinship word
    /// ("توفي والده": a relative's act, not the named person's). -1 when unsafe.
    /// </summary>
    private int Attribute(DocumentIndex index, EventMention e, int trigger, int main, out double confidence)
    {
        confidence = 1.0;
        var doc = index.Document;

        // A person named right before a birth or death verb is its subject ("وكان أخوه الأكبر جورج قد ولد عام 1925"،
        // "أمه مريم ولدت عام 1935"), whoever the events stage chose as the main participant.
        // "لأبيه علي الموسوي ولد عام 1931": a relative's name merged into the subject's cluster; nobody's safely.
        if (e.Type is "birth" or "death" && KinIntroducedSelf(index, MentionRightBefore(index, trigger)))
        {
            return -1;
        }

        // "وكان يقول: أنا من مواليد سنة …"، "قال الحسين: أنا ولدت …": a first-person saying's birth or death is the speaker's (round 20).
        if (e.Type is "birth" or "death" && index.SelfSpeakerAt(trigger) is { } self)
        {
            confidence = self.Confidence;
            return self.Cluster;
        }

        // "بعد وفاة عبد الناصر عام 1970": a birth or death noun with its person named in its own construct is that person's (round 16).
        if (e.Type is "birth" or "death" && NominalLifeClaims.NamedInConstruct(index, trigger, e.Pos) is { } inConstruct && inConstruct == main)
        {
            confidence = 0.9;
            return inConstruct;
        }

        // "وهو أكبر من أخيه خالد؛ ولد سنة …"، "ولدت … لأبيها حسن": a person the sentence names only through a kinship word, not as the
        // verb's subject before it, is the relative, not the one born or dead (round 14); "بل سميّه": a namesake set apart (round 14).
        if (e.Type is "birth" or "death" && (OnlyKinNamedFor(index, main, trigger) || NamesakeApposition(index, trigger)))
        {
            return -1;
        }

        // "أما هو فولد سنة …"، "وكان هو قد ولد سنة …": a detached pronoun set against the person named before it is the text's subject, as
        // the index decides it, never that person (round 15).
        if (e.Type is "birth" or "death" && index.EmphaticPronounAt(trigger) >= 0)
        {
            if (index.ImplicitSubjectAt(trigger, Lexicon) is { Evidence: ImplicitSubjectEvidence.EmphaticPronoun } emphatic && IsPerson(index, emphatic.Cluster))
            {
                confidence = emphatic.Confidence;
                return emphatic.Cluster;
            }

            return -1;
        }

        // "نجيب الأكبر ولد سنة 1881 ونسيب الأصغر ولد سنة 1884": a person named right before a rank word right before the verb is its
        // subject (round 17, issue-x1), whoever else the clause names after it.
        if (e.Type is "birth" or "death" && RankedNameBefore(index, trigger) is { } ranked)
        {
            confidence = 0.85;
            return ranked;
        }

        if (e.Type is "birth" or "death" && NamedRightBefore(index, trigger) is { } before && before != main)
        {
            confidence = 0.85;
            return before;
        }

        // "نقلوا نعيه من القاهرة حيث توفي في …"، "أومسك التي وُلد فيها": a place before the relative is where the act was, not who (round 19).
        if (e.Type is "birth" or "death" && PlaceRelativeSubject(index, e, trigger, main) is { } where)
        {
            confidence = PlaceRelativeConfidence;
            return where;
        }

        var (cs0, _) = index.ClauseOf(trigger);

        // A relative who reports speaks of the topic person ("قال نجله: كان مولد والده"، "ويقول ابنه إن أباه وُلد"، "وتروي ابنتها أن أمها
        // عُيّنت"): the kinship word at the trigger is the reporter's parent, the person named before the reporter, as the index decides
        // it — before any reading of that word as some other relative's act.
        if (index.ImplicitSubjectAt(trigger, Lexicon) is { Evidence: ImplicitSubjectEvidence.ReportingRelative } reported && IsPerson(index, reported.Cluster)
            && index.InSegment(reported.Cluster, e.Sentence))
        {
            confidence = reported.Confidence;
            return reported.Cluster;
        }

        // An answer's possessive is the question's person ("س: متى تولى الخديوي توفيق الحكم؟ ج: … بعد عزل أبيه الخديوي إسماعيل، وبقي فيه
        // حتى وفاته"): not the last name before it, nor the apposition that name seems to open. Loose: compared, flagged at most as info.
        if (e.Type is "birth" or "death" && index.AnsweredPersonAt(trigger, Lexicon) is { } asked && !index.PersonNamedIn(asked, cs0, trigger))
        {
            confidence = DocumentIndex.LooseImplicitConfidence;
            return asked;
        }

        if (index.AppositionAt(trigger) is { } own && KinIntroducedSelf(index, own.Mention))
        {
            return -1;
        }

        if (index.AppositionAt(trigger) is { } a && a.Cluster != main && IsPerson(index, a.Cluster))
        {
            confidence = 0.8;
            return e.Type is "birth" or "death" ? a.Cluster : -1;
        }

        var (cs, _) = index.ClauseOf(trigger);
        var sentenceStart = index.SentenceTokens(index.Tokens[trigger].Sentence).Start;

        // "كرّمت الجمعية فاطمة السيد (مواليد 1941) وابنتها مريم": a birth or a death inside a parenthesis that follows no person's
        // mention belongs to the untagged words before it, never to a name further on.
        if (e.Type is "birth" or "death" && index.AppositionAt(trigger) is null && InParentheses(index, sentenceStart, trigger))
        {
            return -1;
        }

        // "وافتتحت مدرسة تحمل اسم البستاني عام 1960": a person named only as what a school, a street or a prize is named after does
        // nothing in the clause.
        if (OnlyNamedAfter(index, main, cs, index.ClauseOf(trigger).End))
        {
            return -1;
        }
        for (var k = trigger - 1; k >= Math.Max(sentenceStart, trigger - 3); k--)
        {
            if (Lexicon.Match(index, k, "relative") > 0)
            {
                // A person's parenthesis between the name and the pronoun ("ماهر الحمصي (1950–2023)، الذي تخرج"): the remark is his.
                var p = k - 1;
                while (p >= sentenceStart && index.Tokens[p].Kind == TokenKind.Punctuation && index.AppositionAt(p) is null)
                {
                    p--;
                }

                if (p >= sentenceStart && index.AppositionAt(p) is { Parenthesized: true } pa && IsPerson(index, pa.Cluster) && k - pa.EndToken <= 3)
                {
                    confidence = 0.8;
                    return pa.Cluster;
                }

                // The entity right before the relative pronoun is who the remark is about.
                // "ودُفن نيكيتين، الذي توفي عام 1871": an untagged short form of a person named before is that person.
                for (var j = k - 1; j >= Math.Max(sentenceStart, k - 3); j--)
                {
                    var c = index.ClusterAtToken(j);
                    if (c < 0 && index.ShortFormAt(j) is var sf and >= 0)
                    {
                        c = sf;
                    }

                    if (c >= 0)
                    {
                        confidence = 0.8;
                        return KinIntroducedSelf(index, index.MentionAtToken(j)) ? -1 : c == main || IsPerson(index, c) ? c : -1;
                    }
                }

                return e.Participants.Length > 0 && index.ClusterIn(main, k, index.ClauseOf(trigger).End) ? main : -1;
            }
        }

        for (var k = trigger + 1; k < Math.Min(index.Tokens.Length, trigger + 3); k++)
        {
            // "توفي والد رونالدو": a kinship noun in construct state; the name after it is the possessor.
            if (Lexicon.Match(index, k, "kin-of") > 0 && index.Tokens[k].Sentence == index.Tokens[trigger].Sentence && index.MentionAtToken(k) < 0 && index.ShortFormAt(k) < 0)
            {
                return -1;
            }

            if (Lexicon.Match(index, k, "kin") > 0)
            {
                // "توفي والده خليل": the named relative when the events stage chose him, else unsafe.
                var named = index.ClusterAtToken(k + 1);
                return named == main ? main : -1;
            }
        }

        // A subject only inferred (no mention of it in the trigger's clause or sentence) is weaker; and
        // when a word that may be an untagged name stands before the trigger in its clause ("- آنا من
        // مواليد عام 1864"), a birth or death is not given to the inferred subject at all.
        // "ومات النجار عام 1978": a short form of another person (untagged) as the verb's subject makes the act his.
        if (!index.PersonNamedIn(main, cs, index.ClauseOf(trigger).End) && ShortFormAtTrigger(index, trigger, index.EndTokenOf(e.Trigger)) is { } shortForm && index.PersonKey(shortForm) != index.PersonKey(main))
        {
            confidence = 0.85;
            return shortForm;
        }

        // "وتوفي أبوه المولود عام 1915"، "وكان والدها التاجر المولود عام 1941": a birth or death participle in apposition to a kinship
        // word with its pronoun is the unnamed relative's, never the person the pronoun points to (round 13): nobody known.
        if (e.Type is "birth" or "death" && (KinParticipleOf(index, trigger) || DateOfKinParticiple(index, e, trigger)))
        {
            return -1;
        }

        if (!index.PersonNamedIn(main, cs, index.ClauseOf(trigger).End))
        {
            // The clause names nobody: the index decides who it speaks of (an epithet, a possessive, a reporting relative, a title).
            if (ImplicitAttribution(index, e, trigger, main) is { } tied)
            {
                confidence = tied.Confidence;
                return tied.Cluster;
            }

            // "ولدت الطبيبة سعاد … وتوفي في تونس": a verb or a possessive whose gender the person's contradicts is not his act. Of the
            // candidates, the topic person takes it when his gender does not contradict it ("فانتقلت أمه براسكوفيا … وتوفي في موسكو"
            // is the son's death, not the mother's), loosely; otherwise nobody.
            if (!index.GenderAgrees(main, trigger))
            {
                if (index.TopicAt(e.Sentence, Lexicon) is { } topic && index.PersonKey(topic) != index.PersonKey(main) && IsPerson(index, topic)
                    && index.GenderAgrees(topic, trigger) && index.InSegment(topic, e.Sentence)
                    && !(e.Type is "birth" or "death" && OtherAgreeingPersonBefore(index, e.Sentence, trigger, main, topic)))
                {
                    confidence = DocumentIndex.LooseImplicitConfidence;
                    return topic;
                }

                // "تزوج كامي دونسيو سنة 1870، … وتوفيت سنة 1881": a feminine verb after the man's story is the woman's named before it in
                // its sentence, the nearest whose gender the text gives and the verb agrees with — never the man's; loosely.
                if (e.Type is "birth" or "death" && index.TriggerGender(trigger) == true && AgreeingPersonBefore(index, e.Sentence, trigger, main) is { } agreeing)
                {
                    confidence = DocumentIndex.LooseImplicitConfidence;
                    return agreeing;
                }

                return -1;
            }

            // "قال نجل رجل الأعمال الراحل إن والده ولد عام 1950": a birth or a death right after a relative's word is the relative's.
            if (e.Type is "birth" or "death" && index.RelativeSpokenOfAt(trigger))
            {
                return -1;
            }

            var s = doc.Sentences[e.Sentence];
            if (index.PersonNamedIn(main, s.FirstToken, s.EndToken))
            {
                confidence = 0.85;

                // "فجده أبو البركات … قال عنه الذهبي: «… ابن تيمية …» وقد توفي سنة 652": a sentence opened by a kinship word tells the
                // relative's story; a name further on does not make its acts without a subject of their own the named person's.
                if (KinOpens(index, s.FirstToken, trigger, main))
                {
                    if (e.Type is "birth" or "death")
                    {
                        // "وأمه فاطمة بنت إبراهيم، ولدت سنة 712": the relative the opening kinship word introduces is the verb's own subject
                        // (round 13); any other person named further on is not.
                        if (KinIntroducedIn(index, main, s.FirstToken, trigger) && index.GenderAgrees(main, trigger))
                        {
                            confidence = KinRelativeConfidence;
                            return main;
                        }

                        return -1;
                    }

                    confidence = 0.6;
                }
            }
            else
            {
                // Arabic drops a known subject: a sentence that names no person at all, after one that names none but
                // the document's subject, continues that subject's story ("- أسس الكومنترن عام 1919").
                // A birth or a death too ("ولد سنة 692 هـ" under a tarjama's header), unless a relative is spoken of since the
                // previous sentence ("وله أخ. ولد …"): that is the story of another, unnamed person.
                // "وكان الراحل قد وُلد عام 1939": an obituary's word for the dead man ("الراحل"، "الفقيد") before the trigger names the
                // article's subject.
                var firstOfSentence = s.FirstToken;
                var previousStart = e.Sentence > 0 ? doc.Sentences[e.Sentence - 1].FirstToken : firstOfSentence;
                // A birth or a death never inside another name's parenthesis ("هولي (مواليد 1981)").
                // And the subject is dropped within a paragraph: named in one of the last five sentences (a list of his acts; two for a birth or a
                // death: "وفي قضية أخرى … الملياردير الروسي. وقد ولد في موسكو" is another, untagged man's).
                // A document joining several articles: a person not named in the act's own article is not its dropped subject.
                if (!index.InSegment(main, e.Sentence))
                {
                    return -1;
                }

                confidence = index.SubjectAt(e.Sentence) == main
                    && NoOtherPerson(index, e.Sentence, main) && NoOtherPerson(index, e.Sentence - 1, main) && NoNounSubjectAfter(index, Math.Max(trigger, index.EndTokenOf(e.Trigger) - 1))
                    && NamedRecently(index, e.Sentence, main, e.Type is "birth" or "death" ? 2 : 5)
                    && (e.Type is not ("birth" or "death")
                        || (!KinWordIn(index, previousStart, trigger) && index.AppositionAt(trigger) is null && !InParentheses(index, firstOfSentence, trigger)))
                    ? Options.ProDropConfidence : 0.7;

                // "كان أبوه قد هاجر إلى البرازيل عام 1895 … ثم عاد عام 1899": the dropped subject is the relative named before
                // the trigger in its sentence, not the document's subject.
                if (KinWordIn(index, firstOfSentence, trigger))
                {
                    // "وعمه منصور، تاجر الحبوب، مات سنة 1902"، "وكانت أمه قد توفيت سنة 1905": a birth or a death after a kinship word is the
                    // relative's own — the person that word introduces when he is named before the trigger, else nobody's (never the subject's).
                    // Only when the kinship word opens the sentence (its topic is the relative); elsewhere ("وعاش مع أبيه في القاهرة حتى
                    // توفي") the old, weak reading stands.
                    if (e.Type is "birth" or "death" && KinOpens(index, firstOfSentence, trigger, main))
                    {
                        var relative = KinNamedBefore(index, firstOfSentence, trigger, main);
                        confidence = KinRelativeConfidence;
                        return relative ?? -1;
                    }

                    confidence = 0.6;
                }

                // "وفي مذكراته يذكر أنه ولد سنة …"، "وقد ذكر المؤرخ أنه توفي …": a complementizer with its pronoun right before the verb
                // is the verb's subject; the words before it are the reporting clause's, no untagged subject of the act (round 16).
                if (OpenWordBefore(index, e.Type is "birth" or "death" ? ComplementStart(index, cs, trigger) : cs, trigger))
                {
                    if (e.Type is "birth" or "death")
                    {
                        return -1;
                    }

                    confidence = 0.6;
                }
            }
        }

        return main;
    }

    /// <summary>True for a birth or death verb written without its subject: nothing but a date, a place or a preposition after it ("وُلد في …"، "ولد سنة …").</summary>
    private bool DroppedSubject(DocumentIndex index, EventMention e, int trigger)
        => e.Type is "birth" or "death" && e.Pos == "verb" && NoNounSubjectAfter(index, Math.Max(trigger, index.EndTokenOf(e.Trigger) - 1));

    /// <summary>
    /// The index's implicit subject of a trigger whose clause does not name the events stage's person (<see
    /// cref="DocumentIndex.ImplicitSubjectAt"/>), as far as it applies to the act: a birth or a death takes every kind of evidence;
    /// another act only a cue that stands at the verb as its subject ("إن الراحل افتتح"، "وولي صاحب الترجمة") or a reporting
    /// relative. Null when the index finds none, or when it points to someone the act's own segment does not name.
    /// </summary>
    private ImplicitSubject? ImplicitAttribution(DocumentIndex index, EventMention e, int trigger, int main)
    {
        if (index.ImplicitSubjectAt(trigger, Lexicon, droppedSubject: DroppedSubject(index, e, trigger)) is not { } tied
            || !IsPerson(index, tied.Cluster) || !index.InSegment(tied.Cluster, e.Sentence))
        {
            return null;
        }

        if (e.Type is "birth" or "death")
        {
            // "محاولة اغتياله": the possessive of an attempt is no death of his; the events stage's own reading decides that later.
            return tied;
        }

        if (tied.Evidence is ImplicitSubjectEvidence.Possessive || index.PersonKey(tied.Cluster) != index.PersonKey(main))
        {
            return null;
        }

        var cue = index.FirstTokenOf(tied.Cue);
        return tied.Evidence == ImplicitSubjectEvidence.ReportingRelative || Math.Abs(cue - trigger) <= 2 ? tied : null;
    }

    /// <summary>
    /// True when the word after the trigger cannot be the verb's own subject: a preposition, a name, a date, or a word
    /// with a preposition attached ("التحق بجامع الزيتونة", "أسس الكومنترن"). A plain definite noun right after the verb
    /// ("عادت المدينة إلى اليونان") is its subject, so the subject was not dropped.
    /// </summary>
    private bool NoNounSubjectAfter(DocumentIndex index, int trigger)
    {
        var k = trigger + 1;
        if (k >= index.Tokens.Length || index.Tokens[k].Sentence != index.Tokens[trigger].Sentence)
        {
            return true;
        }

        var t = index.Tokens[k];

        // A feminine or reflexive verb before a place or an organization has it as its subject ("تأسست جامعة القاهرة",
        // "ألغيت الخلافة العثمانية"): the act is the institution's, not a person's.
        // "توفي بدمشق": a name with a preposition attached is never the verb's subject.
        if ((t.Clitics & (Proclitics.Bi | Proclitics.Li | Proclitics.Ka)) != 0)
        {
            return true;
        }

        var verb = index.Tokens[trigger].Base;
        if (index.MentionAtToken(k) is var m and >= 0 && index.Document.Entities[m].Label != EntityLabels.Person
            && (verb.EndsWith('ت') || verb.StartsWith('ت')))
        {
            return false;
        }

        if (t.Kind != TokenKind.Arabic || index.MentionAtToken(k) >= 0 || InTimex(index, k) || Lexicon.Match(index, k, "function") > 0
            || (t.Clitics & (Proclitics.Bi | Proclitics.Li | Proclitics.Ka)) != 0
            || t.Norm is "من" or "الى" or "إلى" or "في" or "على" or "عن" or "مع" or "ب" or "ل" or "حتى" or "منذ" or "عام" or "سنة")
        {
            return true;
        }

        return !t.Norm.StartsWith("ال", StringComparison.Ordinal);
    }

    /// <summary>
    /// The person cluster whose mention ends right before the trigger in its clause, with at most a particle or an
    /// auxiliary between ("قد"، "كان"، "فقد"), or null.
    /// </summary>
    private static int? NamedRightBefore(DocumentIndex index, int trigger)
        => MentionRightBefore(index, trigger) is var m and >= 0 && IsPerson(index, index.Document.Entities[m].Cluster) ? index.Document.Entities[m].Cluster : null;

    /// <summary>
    /// The person whose untagged short form (<see cref="DocumentIndex.ShortFormAt"/>) stands right after the trigger (the verb's
    /// subject: "ومات النجار"، "مولد العطار") or right before it with at most a particle between ("وكان الفخراني قد"), or null.
    /// </summary>
    internal static int? ShortFormAtTrigger(DocumentIndex index, int trigger, int end)
    {
        var sentence = index.Tokens[trigger].Sentence;
        for (var k = trigger + 1; k < Math.Min(index.Tokens.Length, end + 1); k++)
        {
            if (index.Tokens[k].Sentence != sentence)
            {
                break;
            }

            if (index.ShortFormAt(k) is var c and >= 0)
            {
                return c;
            }

            // A phrase trigger's own second word ("فارق الحياة") is skipped only when it is the phrase; any other word ends the search.
            if (k >= end)
            {
                break;
            }
        }

        var (cs, _) = index.ClauseOf(trigger);
        for (var k = trigger - 1; k >= Math.Max(cs, trigger - 3); k--)
        {
            if (index.ShortFormAt(k) is var c and >= 0)
            {
                return c;
            }

            if (index.MentionAtToken(k) >= 0 || index.Tokens[k].Norm is not ("قد" or "وقد" or "فقد" or "لقد" or "كان" or "وكان" or "كانت" or "وكانت"))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The person named right before a sibling's rank word that stands right before the trigger ("نجيب الأكبر ولد"), or null.</summary>
    private static int? RankedNameBefore(DocumentIndex index, int trigger)
    {
        var (cs, _) = index.ClauseOf(trigger);
        var r = trigger - 1;
        if (r - 1 < cs || index.MentionAtToken(r) >= 0 || !EventExtractor.IsRankWord(index.Tokens[r]) || index.Tokens[r - 1].Sentence != index.Tokens[trigger].Sentence)
        {
            return null;
        }

        return index.MentionAtToken(r - 1) is var m and >= 0 && IsPerson(index, index.Document.Entities[m].Cluster) ? index.Document.Entities[m].Cluster : null;
    }

    /// <summary>The mention that ends right before the trigger in its clause, with at most a particle or an auxiliary between, or -1.</summary>
    private static int MentionRightBefore(DocumentIndex index, int trigger)
    {
        var (cs, _) = index.ClauseOf(trigger);
        for (var k = trigger - 1; k >= Math.Max(cs, trigger - 3); k--)
        {
            if (index.MentionAtToken(k) is var m and >= 0)
            {
                return m;
            }

            if (index.Tokens[k].Norm is not ("قد" or "وقد" or "فقد" or "لقد" or "كان" or "وكان" or "كانت" or "وكانت"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when the person is named in [start, end) and every time right after "اسم" ("تحمل اسم البستاني"، "باسم ناجي"، "جائزة
    /// غالب هلسا" is the tagger's): the clause speaks of a thing named after him.
    /// </summary>
    private static bool OnlyNamedAfter(DocumentIndex index, int person, int start, int end)
    {
        var key = index.PersonKey(person);
        var any = false;
        for (var k = Math.Max(0, start); k < Math.Min(end, index.Tokens.Length); k++)
        {
            var c = index.ClusterAtToken(k);
            if (c < 0)
            {
                c = index.ShortFormAt(k);
            }

            if (c < 0 || index.PersonKey(c) != key || (k > start && index.ClusterAtToken(k - 1) == c))
            {
                continue;
            }

            if (k == 0 || index.Tokens[k - 1].Base != "اسم")
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>True when an event of the person (by <see cref="DocumentIndex.PersonKey"/>) opens the sentence: a dropped-subject act.</summary>
    private bool OpensWithActOf(DocumentIndex index, int sentence, int person)
    {
        var key = index.PersonKey(person);
        var events = index.Document.Events;

        // Events are in text order: binary search for the sentence's first.
        int lo = 0, hi = events.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (events[mid].Sentence < sentence)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < events.Length && events[i].Sentence == sentence; i++)
        {
            var e = events[i];
            if (e.MainParticipant is { } m && index.PersonKey(m) == key
                && index.FirstTokenOf(e.Trigger) is var t && t < index.Tokens.Length && OpensSentence(index, t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far back a dropped subject is still the person named, when no sentence between names anybody else.</summary>
    private const int ContinuedSubjectSentences = 5;

    /// <summary>True when the person is named in one of the <paramref name="back"/> sentences before this one (by a mention or a short form).</summary>

    private bool NamedRecently(DocumentIndex index, int sentence, int person, int back)
    {
        var segmentStart = index.Segments[index.SegmentOf(sentence)].FirstSentence;

        // A tarjama's or an obituary's run of sentences with the subject dropped ("ولد بتونس سنة 732 هـ. وتولى القضاء. توفي سنة 808 هـ")
        // reaches further when no sentence since the naming names anybody else: up to ContinuedSubjectSentences back.
        var othersBetween = false;
        for (var s = sentence - 1; s >= Math.Max(segmentStart, sentence - Math.Max(back, ContinuedSubjectSentences)); s--)
        {
            var (ss, se) = index.SentenceTokens(s);
            if (index.PersonNamedIn(person, ss, se))
            {
                return sentence - s <= back || !othersBetween;
            }

            // Past the near window every sentence between must itself continue his story: open with an act of his ("وتولى القضاء");
            // "وفي قضية أخرى تحدثت الصحف عن الملياردير الروسي" speaks of someone else, named or not.
            othersBetween |= !NoOtherPerson(index, s, person) || !OpensWithActOf(index, s, person);
            if (sentence - s >= back && othersBetween)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a kinship word with its pronoun, not part of a name, is one of the first two words of the sentence ("فجده"، "ووالده"، "وأبوه"),
    /// before any mention of <paramref name="main"/> and before the trigger.
    /// </summary>
    private bool KinOpens(DocumentIndex index, int sentenceStart, int trigger, int main)
    {
        var words = 0;
        for (var k = sentenceStart; k < trigger && words < 2; k++)
        {
            var t = index.Tokens[k];
            if (t.Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                continue;
            }

            words++;

            // Only a kinship word with its pronoun: a bare "ابن" may open a name ("ابن سينا"). "فجده" is "his grandfather" even when
            // the tagger read Jeddah in it; a person's name is no kinship word.
            var c = index.ClusterAtToken(k);
            if (Lexicon.Match(index, k, "kin") > 0 && (c < 0 || !IsPerson(index, c)))
            {
                return !index.ClusterIn(main, sentenceStart, k);
            }

            if (c >= 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when an opening parenthesis in [start, token) is not closed before the token.</summary>
    private static bool InParentheses(DocumentIndex index, int start, int token)
    {
        var depth = 0;
        for (var k = start; k < token; k++)
        {
            var n = index.Tokens[k].Norm;
            depth += n.Contains('(', StringComparison.Ordinal) ? 1 : n.Contains(')', StringComparison.Ordinal) ? -1 : 0;
        }

        return depth > 0;
    }

    /// <summary>True when a kinship word that is not part of a name ("أبوه"، "شقيقته"، "والد") stands in [start, end).</summary>
    private bool KinWordIn(DocumentIndex index, int start, int end)
    {
        for (var k = Math.Max(0, start); k < end && k < index.Tokens.Length; k++)
        {
            if (index.MentionAtToken(k) < 0 && (Lexicon.Match(index, k, "kin") > 0 || Lexicon.Match(index, k, "kin-of") > 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the sentence (if any) names no person other than <paramref name="main"/>.</summary>
    private static bool NoOtherPerson(DocumentIndex index, int sentence, int main)
    {
        if (sentence < 0)
        {
            return true;
        }

        foreach (var m in index.MentionsInSentence(sentence))
        {
            var c = index.Document.Entities[m].Cluster;
            if (c != main && IsPerson(index, c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Complementizers carrying the subject's pronoun ("أنه"، "إنها"), normalized.</summary>
    private static readonly FrozenSet<string> PronounComplementizers = new[] { "انه", "انها", "وانه", "وانها", "بانه", "بانها" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Where the clause of a verb starts when a complementizer with a pronoun stands right before it (over "قد"، "كان"): the token after
    /// the complementizer, whose pronoun is the verb's subject; otherwise <paramref name="start"/>. Not when a kinship word stands in the
    /// reporting clause ("وقال نجله إنه وُلد …"): the pronoun may then be the relative who speaks.
    /// </summary>
    private int ComplementStart(DocumentIndex index, int start, int trigger)
    {
        for (var k = trigger - 1; k >= start && k >= trigger - 3; k--)
        {
            var t = index.Tokens[k];
            if (PronounComplementizers.Contains(t.Norm) || PronounComplementizers.Contains(t.Base))
            {
                for (var j = start; j < k; j++)
                {
                    if (Lexicon.Match(index, j, "kin") > 0 || Lexicon.Match(index, j, "kin-of") > 0 || Lexicon.Match(index, j, "kin-noun") > 0
                        || Lexicon.Match(index, j, "reported-kin") > 0 || Lexicon.Match(index, j, "reporting-kin") > 0)
                    {
                        return start;
                    }
                }

                return k + 1;
            }

            // "وجاء في الدفتر أنه من مواليد سوسة": the complementizer's pronoun is the subject of "من مواليد" too (round 20).
            if (t.Norm is not ("قد" or "كان" or "كانت") && !(t.Norm == "من" && k == trigger - 1 && index.Tokens[trigger].Norm == "مواليد"))
            {
                return start;
            }
        }

        return start;
    }

    /// <summary>True when an Arabic word that is neither a function word nor part of a date or a named entity stands in [start, trigger).</summary>
    private bool OpenWordBefore(DocumentIndex index, int start, int trigger)
    {
        for (var k = start; k < trigger; k++)
        {
            var t = index.Tokens[k];
            if (t.Kind != TokenKind.Arabic || index.MentionAtToken(k) >= 0 || InTimex(index, k) || Lexicon.Match(index, k, "function") > 0)
            {
                continue;
            }

            // "وكان رحمه الله قد ولد بحلب": a prayer for the dead set in the clause is no subject (round 21).
            if (PrayerAt(index, k) is var prayer and > 0)
            {
                k += prayer - 1;
                continue;
            }

            return true;
        }

        return false;
    }

    private static bool InTimex(DocumentIndex index, int token)
    {
        var pos = index.Tokens[token].Span.Start;
        foreach (var ti in index.TimexesInClause(token))
        {
            var span = index.Document.Timexes[ti].Span;
            if (span.Start <= pos && pos < span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The verbs of the prayers for the dead set into a clause ("رحمه الله"، "رحمها الله تعالى"، "غفر الله له"، "عفا الله عنه"، "طيّب الله ثراه").</summary>
    private static readonly HashSet<string> PrayerVerbs = new(
        [.. new[] { "رحمه", "رحمها", "رحمهما", "رحمهم", "غفر", "عفا", "طيب", "قدس", "نور" }.Select(w => Tarikh.Core.Normalization.ArabicNormalizer.Default.NormalizeString(w))], StringComparer.Ordinal);

    /// <summary>
    /// The length in tokens of a prayer for the dead starting at <paramref name="k"/>: a prayer verb followed by "الله" and, after it, at most
    /// a pronoun phrase ("له"، "عنه"، "ثراه") and "تعالى"; 0 when none. A parenthetical wish, never the clause's subject.
    /// </summary>
    private static int PrayerAt(DocumentIndex index, int k)
    {
        var (_, se) = index.SentenceTokens(index.Tokens[k].Sentence);
        if (k + 1 >= se || !PrayerVerbs.Contains(index.Tokens[k].Norm) || index.SourceNorm(k + 1) != "الله")
        {
            return 0;
        }

        var n = 2;
        if (index.Tokens[k].Norm is not ("رحمه" or "رحمها" or "رحمهما" or "رحمهم") && k + n < se && index.Tokens[k + n].Kind == TokenKind.Arabic && index.MentionAtToken(k + n) < 0)
        {
            n++;
        }

        if (k + n < se && index.SourceNorm(k + n) == "تعالى")
        {
            n++;
        }

        return n;
    }
}
