using System.Collections.Immutable;
using Tarikh.Core.Entities;
using Tarikh.Core.Events;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Claims;

/// <summary>Claims from events: the act, its subject and its own date.</summary>
public sealed partial class ClaimExtractor
{
    // ---------- events ----------

    private void FromEvents(DocumentIndex index, List<Claim> list, Dictionary<int, string> lifespanTimexes)
    {
        var doc = index.Document;
        var triggersBySentence = new Dictionary<int, List<int>>();
        var nounTriggers = new HashSet<int>();
        foreach (var e in doc.Events)
        {
            // A trigger word inside a person's name ("طلعت حرب": حرب is war) is no act and no boundary between acts.
            if (InPersonName(index, e.Trigger))
            {
                continue;
            }

            if (!triggersBySentence.TryGetValue(e.Sentence, out var l))
            {
                triggersBySentence[e.Sentence] = l = [];
            }

            // "ترأس وفد المحامين إلى مؤتمر باريس عام 1952": a noun of a meeting or an event (not a birth or a death) after a verb
            // in its clause is where the act goes, not another act: its date is the verb's too.
            if (e.Pos == "noun" && e.Type is not ("birth" or "death"))
            {
                nounTriggers.Add(index.FirstTokenOf(e.Trigger));
            }

            l.Add(index.FirstTokenOf(e.Trigger));
        }

        for (var ei = 0; ei < doc.Events.Length; ei++)
        {
            var e = doc.Events[ei];
            if (!index.IsContent(e.Sentence) || InPersonName(index, e.Trigger))
            {
                continue;
            }

            var trigger = index.FirstTokenOf(e.Trigger);
            if (trigger >= index.Tokens.Length)
            {
                continue;
            }

            // "نعيم الأسمر (1899–1958) صحفي سوري، أسّس عام 1963 مجلة": an encyclopedia's lead sentence; the act with no
            // participant of its own is the person the sentence opens with.
            // "قتل الحاكمُ برجوان سنة 390": the only person the death names is its agent (the killer); whoever died is not
            // named, or not tagged, and is nobody the text's other persons can stand for.
            if (e.Type == "death" && !e.Participants.IsDefaultOrEmpty && e.Participants[0].Role == "agent")
            {
                continue;
            }

            var leadOnly = false;
            var anonymousActor = false;
            if (e.MainParticipant is not { } main)
            {
                if ((e.Type is "birth" or "death" ? ImplicitMain(index, e, trigger) : LeadPerson(index, e.Sentence, trigger) ?? AnonymousActor(index, e, trigger, list)) is not { } lead)
                {
                    continue;
                }

                main = lead;
                leadOnly = true;
                anonymousActor = DocumentIndex.IsAnonymous(lead) && e.Type is not ("birth" or "death");
            }
            else if (!IsPerson(index, main) && e.Participants[0].Role != "agent" && AnonymousActor(index, e, trigger, list) is { } anonymous)
            {
                // "وولي مشيخة دار الحديث الأشرفية سنة …": the body the office is in is no doer; the tarjama's unnamed subject is.
                main = anonymous;
                leadOnly = true;
                anonymousActor = true;
            }

            var attributionConfidence = DocumentIndex.TiedImplicitConfidence;
            var subject = anonymousActor ? main : Attribute(index, e, trigger, main, out attributionConfidence);
            if (subject < 0 && !DocumentIndex.IsAnonymous(subject))
            {
                continue;
            }

            // "أنجبت ابنتها سعاد": the subject of a birth-giving verb is the parent; the child named after it does not act.
            if (e.Type == "family" && e.Subtype == "child" && ChildAfter(index, trigger) is { } child && index.PersonKey(doc.Entities[child].Cluster) == index.PersonKey(subject))
            {
                continue;
            }

            // "أحيت الأوركسترا الوطنية حفلاً في ذكرى رحيل الملحن فريد شمعون": a performance is its performer's, named right after the
            // verb; a person named further on is the one remembered.
            if (e.Subtype == "performance" && !PerformerAfter(index, e, trigger, subject))
            {
                continue;
            }

            var modality = ModalityOf(index, trigger);
            var (time, timeConfidence) = EventTime(index, e, trigger, subject, lifespanTimexes, Segment(index, triggersBySentence, e, trigger, nounTriggers));
            // "ومات النجار عام 1978"، "وكان مولد العطار عام 1934": a birth or death word with its person named right at it is read
            // surely, whatever the events stage took off for a noun or a subject found by topic (the date and the attribution are weighed here).
            var eventConfidence = e.Type is "birth" or "death" && e.Subtype is null && (NamedAtTrigger(index, e, trigger, subject) || PronounOfOnlyPerson(index, trigger, subject))
                ? Math.Max(e.Confidence, Options.ExplicitTriggerConfidence) : e.Confidence;

            // "ودرّس بالمدرسة الصالحية سنة سبعين وسبعمائة": a verb of the person's own act with its date in its clause is a dated act;
            // the events stage's cut for a subject found by topic is weighed here once, by the attribution.
            // Only when the person is the verb's subject in so many words, or the verb opens its sentence (a tarjama's run of acts):
            // a verb after another verb and its own subject ("أغار السلطان على … ووصل إلى …") is that subject's.
            // "وُلد فيودور … عام 1821، وفي عام 1829 أصدر روايته الأولى": a later verb of a sentence whose first act has the person as its
            // named subject, with nobody else named between, is his too.
            // The events stage's cut for a dropped subject is weighed here: with the subject named at the sentence's first act, a verb
            // read at half confidence is enough.
            if (e.Type is not ("birth" or "death") && e.Pos == "verb" && (AgentOf(e, subject) || leadOnly)
                && time is not null && timeConfidence >= Options.ClauseDateConfidence
                && ((e.Confidence >= Options.DatedVerbFloorFrom && (NamedAtTrigger(index, e, trigger, subject) || OpensSentence(index, trigger) || leadOnly))
                    || (e.Confidence >= Options.DatedVerbFloorFrom - 0.15 && SubjectOfEarlierAct(index, ei, trigger, subject))))
            {
                eventConfidence = Math.Max(eventConfidence, Options.DatedVerbActConfidence);
            }

            var confidence = Math.Round(Math.Min(Math.Min(eventConfidence, attributionConfidence), time is null ? 1 : timeConfidence), 3);
            var agentive = e.Type is not ("birth" or "death") && e.Pos == "verb" && AgentOf(e, subject)
                && (NamedAtTrigger(index, e, trigger, subject) || Himself(index, trigger));
            var spans = new List<TextSpan?> { e.Trigger, time is { Timex: { } tx } ? doc.Timexes[tx].Span : null };
            TextSpan? placeSpan = e.Place is { } pl ? MentionIn(index, pl, e.Sentence, e.Trigger) : null;

            Claim Make(int who, string property, ClaimValue value, params TextSpan?[] extra)
                => new(0, who, property, value, Spans([.. spans, .. extra]), modality, confidence)
                {
                    Source = ClaimSources.Event,
                    Event = ei,
                    Act = e.Subtype is null ? e.Type : e.Type + "/" + e.Subtype,
                    Time = property is ClaimProperties.BirthDate or ClaimProperties.DeathDate or ClaimProperties.Founded ? null : time,
                    Place = e.Place,
                    Sentence = e.Sentence,
                    Agentive = agentive,
                    Attribution = anonymousActor ? ImplicitSubjectEvidence.Continued : null,
                };

            switch (e.Type)
            {
                case "birth" or "death" when IsPerson(index, subject):
                    // "نُشر عام 1950 بعد وفاته": the death named in a posthumous phrase is not dated by the clause. A date or a place
                    // written right after the death word is its own, though ("ووُري الثرى بعد وفاته في 17 أيار 2019"، "دُفن في موسكو
                    // بعد وفاتها في كييف"): the death is stated there as a fact, whatever follows it.
                    // "وبقي مفتياً حتى وفاته"، "إلى حين وفاته": a death noun after "until" bounds another act, and the clause's date is
                    // that act's; as after a posthumous phrase, only a date or place written right after the noun is the death's own.
                    var until = e.Pos == "noun" && AfterUntil(index, trigger);
                    if ((trigger > 0 && Lexicon.Match(index, trigger - 1, "posthumous") > 1) || until)
                    {
                        if (e.Type == "death" && IsPerson(index, subject))
                        {
                            var (ownTime, ownPlace) = RightAfterDeath(index, trigger, e.Trigger, until || NominalLifeClaims.DeathPhraseOwnsYear(index, Lexicon, trigger));
                            var stated = modality == ClaimModality.Posthumous ? ClaimModality.Asserted : modality;
                            if (ownTime is { } ot)
                            {
                                list.Add(Make(subject, ClaimProperties.DeathDate, TimeOf(index, ot)!, index.Document.Timexes[ot].Span) with { Modality = stated });
                            }

                            if (ownPlace is { } om)
                            {
                                var pm = index.Document.Entities[om];
                                list.Add(Make(subject, ClaimProperties.DeathPlace, ClaimValue.OfEntity(pm.Cluster, index.Document.Source[pm.Span]), pm.Span) with { Modality = stated, Place = pm.Cluster });
                            }
                        }

                        break;
                    }

                    // "وفي سنة 1390 وقبل وفاة الإمبراطور بعام واحد": a birth or death noun after "قبل" is the reference point of another
                    // act, not dated by its clause.
                    // "بعد ثلاثين سنة من وفاته سنة 1962": the noun measures an interval to another act, whose date the clause gives.
                    if ((e.Pos == "noun" && trigger > 0 && index.Tokens[trigger - 1].Base == "قبل") || (e.Pos == "noun" && IntervalFromDeath(index, trigger)))
                    {
                        break;
                    }

                    // "محاولة اغتياله"، "حضر عام 2003 لقتل بيريزوفسكي": an attempt or a plan on a life is no death.
                    if (e.Type == "death" && IsAttempt(index, trigger))
                    {
                        break;
                    }

                    var isBirth = e.Type == "birth";
                    if (time is not null)
                    {
                        list.Add(Make(subject, isBirth ? ClaimProperties.BirthDate : ClaimProperties.DeathDate, time));
                    }

                    // "(ولدت في صيدا 1915 – توفيت في القاهرة 1985)": inside a lifespan, a place across the range dash is the other end's.
                    // "ولد في قرية صغيرة قرب حلب": a place named as a landmark is not where the act happened.
                    if (e.Place is { } place && placeSpan is not null && !IsLandmarkPlace(index, placeSpan.Value)
                        && !(InParentheses(index, index.SentenceTokens(e.Sentence).Start, trigger) && index.DashBetween(e.Trigger, placeSpan.Value)))
                    {
                        list.Add(Make(subject, isBirth ? ClaimProperties.BirthPlace : ClaimProperties.DeathPlace, ClaimValue.OfEntity(place, index.Document.Source[placeSpan.Value]), placeSpan));
                    }

                    break;
                case "execution" or "assassination" when IsPerson(index, subject) && PutToDeath(index, e, trigger, subject):
                    // Round 15 (issue-13k): "أُعدم فلان في المدينة يوم …"، "واغتيل فلان سنة …": the one put to death died then and there.
                    if (time is not null)
                    {
                        list.Add(Make(subject, ClaimProperties.DeathDate, time));
                    }

                    if (e.Place is { } killedAt && placeSpan is not null)
                    {
                        list.Add(Make(subject, ClaimProperties.DeathPlace, ClaimValue.OfEntity(killedAt, index.Document.Source[placeSpan.Value]), placeSpan));
                    }

                    break;
                case "founding":
                    // The founded organization or state gets its inception; the founder gets a dated act.
                    foreach (var p in e.Participants)
                    {
                        if (index.LabelOf(p.Cluster) is EntityLabels.Organization or EntityLabels.Location && time is not null
                            && MentionIn(index, p.Cluster, e.Sentence, e.Trigger) is var at && !PartOfAnUntaggedBody(index, at))
                        {
                            list.Add(Make(p.Cluster, ClaimProperties.Founded, time, at));
                        }
                    }

                    if (IsPerson(index, subject) && time is not null && AgentOf(e, subject))
                    {
                        list.Add(Make(subject, ClaimProperties.Act, new ClaimValue(ClaimValueKind.Text, Text: e.TriggerText)));
                    }

                    break;
                default:
                    if (!IsPerson(index, subject))
                    {
                        break;
                    }

                    var other = e.Participants.Skip(1).Select(p => (int?)p.Cluster).FirstOrDefault(c => c != subject);
                    var property = e.Type switch
                    {
                        "marriage" when other is { } sp && IsPerson(index, sp) => ClaimProperties.Spouse,
                        // "جلس للتدريس بالمدرسة الظاهرية": the school he teaches at employs him; he is not educated there.
                        "education" when e.Subtype == "teaching" && other is { } o && index.LabelOf(o) == EntityLabels.Organization => ClaimProperties.Employer,
                        "education" when other is { } o && index.LabelOf(o) == EntityLabels.Organization => ClaimProperties.EducatedAt,
                        "employment" when other is { } o && index.LabelOf(o) == EntityLabels.Organization => ClaimProperties.Employer,
                        "membership" when other is { } o && index.LabelOf(o) == EntityLabels.Organization => ClaimProperties.MemberOf,
                        "office" => ClaimProperties.PositionHeld,
                        _ => ClaimProperties.Act,
                    };
                    var value = property switch
                    {
                        ClaimProperties.Act or ClaimProperties.PositionHeld when other is null || property == ClaimProperties.Act =>
                            new ClaimValue(ClaimValueKind.Text, Text: e.TriggerText),
                        _ => ClaimValue.OfEntity(other!.Value, index.Document.Source[MentionIn(index, other.Value, e.Sentence, e.Trigger) ?? e.Trigger]),
                    };
                    if (property == ClaimProperties.Act && (time is null || !AgentOf(e, subject)))
                    {
                        break; // an undated act says nothing to compare; an act done to someone may be an attempt
                    }

                    list.Add(Make(subject, property, value, other is { } oc ? MentionIn(index, oc, e.Sentence, e.Trigger) : null));
                    break;
            }
        }
    }

    /// <summary>
    /// True when an execution or assassination verb puts <paramref name="subject"/> to death (round 15, issue-13k): the verb bare, with
    /// no object pronoun ("أُعدم"، "وأعدم"، "اغتيل", never "أعدمه"، "اغتاله", whose named person is the killer), the subject its patient,
    /// no other person named between the verb and him, and no attempt ("محاولة اغتياله"). A noun ("إعدام"، "اغتيال") is left out: it
    /// is as often a sentence or a plot ("حُكم عليه بالإعدام") as a death.
    /// </summary>
    private bool PutToDeath(DocumentIndex index, EventMention e, int trigger, int subject)
    {
        var norm = index.Tokens[trigger].Norm;
        var bare = norm.Length > 4 && norm[0] is '\u0648' or '\u0641' ? norm[1..] : norm;
        if (e.Pos != "verb" || bare is not ("اعدم" or "اغتيل") || IsAttempt(index, trigger)
            || e.Participants.IsDefaultOrEmpty || e.Participants[0].Role != "patient" || e.Participants[0].Cluster != subject)
        {
            return false;
        }

        // The subject named after the verb with nobody else between: "وأعدم السلطانُ وزيرَه فلاناً" names the killer first.
        var doc = index.Document;
        var (_, clauseEnd) = index.ClauseOf(trigger);
        for (var k = trigger + 1; k < clauseEnd; k++)
        {
            var m = index.MentionAtToken(k);
            if (m >= 0 && doc.Entities[m].Label == EntityLabels.Person)
            {
                return index.PersonKey(doc.Entities[m].Cluster) == index.PersonKey(subject);
            }
        }

        return true;
    }

    /// <summary>
    /// The date (a timex index) and the place (a mention index) written right after a death word, with at most the preposition
    /// في between ("بعد وفاته في 17 أيار 2019"، "بعد وفاتها في كييف"، "بعد وفاته بدمشق"): what the text states of that death
    /// itself. A date must follow في and give the day or the month; a place must be a location mention.
    /// </summary>
    private static (int? Time, int? Place) RightAfterDeath(DocumentIndex index, int trigger, TextSpan triggerSpan, bool until = false)
    {
        var k = index.EndTokenOf(triggerSpan);
        if (k >= index.Tokens.Length || index.Tokens[k].Sentence != index.Tokens[trigger].Sentence)
        {
            return (null, null);
        }

        var at = k;
        if (index.Tokens[k].Norm == "في" && k + 1 < index.Tokens.Length && index.Tokens[k + 1].Sentence == index.Tokens[k].Sentence)
        {
            at = k + 1;
        }

        // A date only after في and to the day or the month: "مُنحت له الجائزة بعد وفاته عام 1996" dates the award, not the death.
        // After "until" the act is already over, so any date right after the noun is the death's: "بقي فيه حتى وفاته سنة 1905".
        int? time = null;
        foreach (var x in index.TimexesInSentence(index.Tokens[trigger].Sentence))
        {
            if ((until ? index.TimexToken(x) == at || index.TimexToken(x) == k : at > k && index.TimexToken(x) == at)
                && DocumentIndex.IsDated(index.Document.Timexes[x])
                && (until || TimeOf(index, x) is { Precision: "day" or "month" }))
            {
                time = x;
                break;
            }
        }

        int? place = null;
        foreach (var j in new[] { at, k })
        {
            if (index.MentionAtToken(j) is var m and >= 0 && index.Document.Entities[m].Label == EntityLabels.Location
                && index.FirstTokenOf(index.Document.Entities[m].Span) == j)
            {
                place = m;
                break;
            }
        }

        return (time, place);
    }

    /// <summary>
    /// True when a birth or death word carries a possessive or object pronoun ("وكانت وفاته عام 1973"، "ووافتها المنية في بيروت"،
    /// "مولده") and the document names one person only (a full name and its short forms are one): the pronoun can only be his.
    /// </summary>
    private static bool PronounOfOnlyPerson(DocumentIndex index, int trigger, int subject)
    {
        var text = index.Document.Source.Text;
        var end = index.Tokens[trigger].Span.End;
        while (end > index.Tokens[trigger].Span.Start && text[end - 1] is >= '\u064B' and <= '\u0652')
        {
            end--;
        }

        if (end < 2 || !(text[end - 1] == 'ه' || (text[end - 2] == 'ه' && text[end - 1] == 'ا')))
        {
            return false;
        }

        // Every person mention's key is the subject's: no key other than his among the document's (one lookup, not a scan per trigger).
        var keys = index.PersonKeysUpToTwo();
        return keys.Length == 0 || (keys.Length == 1 && keys[0] == index.PersonKey(subject));
    }

    /// <summary>
    /// True when a death word is an attempt or a plan: written with the purpose preposition ("لقتل"، "لاغتيال": to kill) or after an
    /// attempt word in its clause, at most four words before ("محاولة اغتيال"، "نجا من الموت").
    /// </summary>
    private bool IsAttempt(DocumentIndex index, int trigger)
    {
        var t = index.Tokens[trigger];
        // The purpose ل on a word of killing ("لقتل"، "لاغتيال"، "لتصفية"، "لإعدام"); not a cause ("حزن لوفاة أبيه") nor "لقي حتفه".
        if ((t.Clitics & Proclitics.Li) != 0 && t.Norm.Length >= 4 && t.Norm[0] == 'ل'
            && t.Norm.AsSpan(1) is var rest && (rest.StartsWith("قتل") || rest.StartsWith("اغتيال") || rest.StartsWith("تصفي") || rest.StartsWith("اعدام") || rest.StartsWith("إعدام")))
        {
            return true;
        }

        var (cs, _) = index.ClauseOf(trigger);
        return Lexicon.Find(index, Math.Max(cs, trigger - 4), trigger, "attempt") >= 0;
    }

    /// <summary>
    /// True when the person is named right at the trigger: a mention or a short form right after it (the verb's subject, a noun's
    /// possessor: "مات سامي النجار"، "مولد العطار"), or right before it with at most a particle between ("الفخراني فارق الحياة").
    /// </summary>
    /// <summary>
    /// True when the person is named within the four words after a performance verb, before any clause break, titles allowed between
    /// ("أحيا الفنان الراحل سليم العمري … أمسية"), or the verb is followed by "بنفسه" (its dropped subject in person): the performer,
    /// the verb's subject (round 12).
    /// </summary>
    private static bool PerformerAfter(DocumentIndex index, EventMention e, int trigger, int subject)
    {
        var key = index.PersonKey(subject);
        var end = index.EndTokenOf(e.Trigger);
        if (end < index.Tokens.Length && index.Tokens[end].Norm is "بنفسه" or "بنفسها")
        {
            return true; // "وقاد بنفسه أوركسترا الكونسرفتوار": the dropped subject in person
        }

        if (ShortFormAtTrigger(index, trigger, end) is { } shortForm)
        {
            return index.PersonKey(shortForm) == key; // "أحيا الرفاعي أمسية": the family name alone
        }

        for (var k = end; k < Math.Min(index.Tokens.Length, end + 4) && index.Tokens[k].Sentence == index.Tokens[trigger].Sentence && !index.IsClauseBreak(k); k++)
        {
            if (index.ClusterAtToken(k) is var c and >= 0)
            {
                return index.PersonKey(c) == key;
            }
        }

        return false;
    }

    /// <summary>
    /// The document's anonymous subject (<see cref="DocumentIndex.AnonymousSubject"/>) as the doer of an act the events stage gave no
    /// participant (round 12, issue-12l): a tarjama that names nobody drops the subject of every act after the birth ("مولده بحماة سنة
    /// إحدى وستين وستمائة … ووَلِيَ قضاء المدينة سنة خمس وستين وستمائة"). Only a verb whose act needs its doer alive
    /// (<see cref="ActLife"/>: an office, teaching, a journey), opening its clause (function words and dates before it), in a text that
    /// has already given that subject a birth or a death (<see cref="AnonymousLifeTold"/>), with no kinship word in its clause or right
    /// after it ("ووَلِيَ أخوه القضاء" is the brother's act). The index decides that the document has such a
    /// subject (it names no person but epithets and relatives); the claim's confidence is the index's tied implicit confidence.
    /// </summary>
    private int? AnonymousActor(DocumentIndex index, EventMention e, int trigger, List<Claim> claims)
    {
        if (e.Pos != "verb" || e.Type is "birth" or "death" || !index.HasAnonymousSubject(Lexicon) || !AnonymousLifeTold(claims)
            || ActLife.Default.Of(e.Subtype is null ? e.Type : e.Type + "/" + e.Subtype) != LifeNeed.Alive)
        {
            return null;
        }

        var (cs, ce) = index.ClauseOf(trigger);
        for (var k = cs; k < trigger; k++)
        {
            if (index.Tokens[k].Kind == TokenKind.Arabic && !InTimex(index, k) && Lexicon.Match(index, k, "function") == 0)
            {
                return null;
            }
        }

        for (var k = cs; k < Math.Min(ce, trigger + 3); k++)
        {
            if (Lexicon.Match(index, k, "kin") > 0)
            {
                return null;
            }
        }

        return DocumentIndex.AnonymousSubject;
    }

    /// <summary>
    /// True when the claims read so far give the anonymous subject a birth or a death: the text tells an unnamed man's life (a
    /// tarjama), not a news item that names nobody ("وتولى الحديث عن المطر رجل من السوق": the verb's subject comes after it).
    /// </summary>
    private static bool AnonymousLifeTold(List<Claim> claims)
    {
        foreach (var c in claims)
        {
            if (DocumentIndex.IsAnonymous(c.Subject) && c.Property is ClaimProperties.BirthDate or ClaimProperties.DeathDate)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The person an encyclopedia lead sentence opens with ("نعيم الأسمر (1899–1958) صحفي سوري، …"): a person mention at the
    /// sentence's first word followed by a parenthesis, when nobody else is named between that parenthesis and the trigger; or null.
    /// </summary>
    private int? LeadPerson(DocumentIndex index, int sentence, int trigger)
    {
        var doc = index.Document;
        var (ss, _) = index.SentenceTokens(sentence);
        var m = index.MentionAtToken(ss);
        if (m < 0 || doc.Entities[m].Label != EntityLabels.Person || !IsPerson(index, doc.Entities[m].Cluster)
            || index.AppositionOf(m) is not { Parenthesized: true } a || a.EndToken >= trigger || index.AppositionAt(trigger) is not null)
        {
            return null;
        }

        for (var k = a.EndToken; k < trigger; k++)
        {
            if (index.MentionAtToken(k) is var other and >= 0 && doc.Entities[other].Label == EntityLabels.Person && doc.Entities[other].Cluster != doc.Entities[m].Cluster)
            {
                return null;
            }

            if (Lexicon.Match(index, k, "relative") > 0 || Lexicon.Match(index, k, "kin") > 0)
            {
                return null;
            }
        }

        return doc.Entities[m].Cluster;
    }

    /// <summary>
    /// True when an earlier act of the same sentence has the person as its named subject ("وُلد فيودور دوستويفسكي …، وفي عام 1829
    /// أصدر …") and no other person is named between that act and this trigger.
    /// </summary>
    private static bool SubjectOfEarlierAct(DocumentIndex index, int ei, int trigger, int subject)
    {
        var doc = index.Document;
        var e = doc.Events[ei];
        foreach (var j in index.EventsInSentence(e.Sentence))
        {
            index.Probes++;
            var other = doc.Events[j];
            var ot = index.FirstTokenOf(other.Trigger);
            if (j == ei || other.Sentence != e.Sentence || ot >= trigger || !NamedAtTrigger(index, other, ot, subject))
            {
                continue;
            }

            var between = false;
            for (var k = index.EndTokenOf(other.Trigger); k < trigger && !between; k++)
            {
                between = index.MentionAtToken(k) is var m and >= 0 && doc.Entities[m].Label == EntityLabels.Person
                    && index.PersonKey(doc.Entities[m].Cluster) != index.PersonKey(subject);
            }

            if (!between)
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamedAtTrigger(DocumentIndex index, EventMention e, int trigger, int subject)
    {
        var key = index.PersonKey(subject);
        var end = index.EndTokenOf(e.Trigger);
        if (end < index.Tokens.Length && index.Tokens[end].Sentence == index.Tokens[trigger].Sentence
            && index.ClusterAtToken(end) is var after and >= 0 && index.PersonKey(after) == key)
        {
            return true;
        }

        if (NamedRightBefore(index, trigger) is { } before && index.PersonKey(before) == key)
        {
            return true;
        }

        return ShortFormAtTrigger(index, trigger, end) is { } s && index.PersonKey(s) == key;
    }

    /// <summary>
    /// True when a timex is a news dateline's date: right after a place named at the start of its sentence and a dash ("بيروت - 5 نيسان
    /// 2012:"، "القاهرة — 12 مارس 2010 -"), followed by a colon or a dash.
    /// </summary>
    private static bool Dateline(DocumentIndex index, int timex)
    {
        var tt = index.TimexToken(timex);
        var (ss, se) = index.SentenceTokens(index.Tokens[tt].Sentence);
        if (tt - 2 < ss || !IsDash(index.Tokens[tt - 1]) || index.MentionAtToken(tt - 2) is not (var m and >= 0)
            || index.Document.Entities[m].Label != EntityLabels.Location || index.FirstTokenOf(index.Document.Entities[m].Span) != ss)
        {
            return false;
        }

        var after = index.EndTokenOf(index.Document.Timexes[timex].Span);
        return after < se && (index.Tokens[after].Norm is ":" || IsDash(index.Tokens[after]));
    }

    /// <summary>True when only punctuation, dates and function words stand before the trigger in its sentence ("ودرّس …"، "وفي سنة 770 درّس …").</summary>
    private bool OpensSentence(DocumentIndex index, int trigger)
    {
        var (ss, _) = index.SentenceTokens(index.Tokens[trigger].Sentence);
        for (var k = ss; k < trigger; k++)
        {
            var t = index.Tokens[k];
            if (t.Kind == TokenKind.Arabic && !InTimex(index, k) && Lexicon.Match(index, k, "function") == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when "بنفسه"/"بنفسها" (himself, herself; Maghrebi "بنفسو", round 23) stands in the trigger's clause.</summary>
    private static bool Himself(DocumentIndex index, int trigger)
    {
        var (cs, ce) = index.ClauseOf(trigger);
        for (var k = cs; k < ce; k++)
        {
            if (index.Tokens[k].Norm is "بنفسه" or "بنفسها" or "بنفسو")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the span lies inside the mention of a person.</summary>
    private static bool InPersonName(DocumentIndex index, TextSpan trigger)
    {
        var first = index.FirstTokenOf(trigger);
        return first < index.Tokens.Length && index.MentionAtToken(first) is var m and >= 0
            && index.Document.Entities[m].Label == EntityLabels.Person && index.Document.Entities[m].Span.Contains(trigger);
    }

    /// <summary>Head nouns of a body, normalized: the founded body when the tagger left it out ("كلية الطب بجامعة هارفارد").</summary>
    private static readonly HashSet<string> BodyHeads = new(
        ["كليه", "معهد", "قسم", "فرع", "مدرسه", "مستشفي", "مكتبه", "متحف", "مركز", "مرصد", "مختبر", "جامعه", "اكاديميه", "دار", "مجمع"],
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BodyHeadSpans = BodyHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when the organization named is the parent of a body the tagger did not tag, whose head noun stands within the
    /// three words before it outside any mention ("وأُنشئت فيها كلية الطب بجامعة هارفارد سنة 1782"): the founding is the
    /// school's, not the university's (round 11).
    /// </summary>
    private static bool PartOfAnUntaggedBody(DocumentIndex index, TextSpan? mention)
    {
        if (mention is not { } span)
        {
            return false;
        }

        var tokens = index.Document.Tokens;
        var first = index.FirstTokenOf(span);
        var attached = (tokens[first].Clitics & (Segmentation.Proclitics.Bi | Segmentation.Proclitics.Li)) != 0;
        for (var k = first - 1; k >= 0 && k >= first - 3 && tokens[k].Sentence == tokens[first].Sentence; k--)
        {
            // A tagged body just before, this one attached to it by بـ/لـ or "التابع": "معهد البحوث التابع لجامعة دمشق".
            if (index.MentionAtToken(k) is var before and >= 0)
            {
                return attached && index.LabelOf(index.Document.Entities[before].Cluster) == EntityLabels.Organization;
            }

            if (tokens[k].Kind != Segmentation.TokenKind.Arabic)
            {
                return false;
            }

            if (BodyHeadSpans.Contains(tokens[k].NormBase))
            {
                return true;
            }
        }

        return false;
    }
}
