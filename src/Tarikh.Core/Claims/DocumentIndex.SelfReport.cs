using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Claims;

/// <summary>
/// A person's own saying about his birth or death (issue 20c, round 20): "وكان يقول: أنا من مواليد سنة سبعين ومائة"، "قالت فاطمة:
/// «إني ولدت في حلب»". A detached first-person pronoun at a birth or death word in direct speech is the speaker, not the narrator of the
/// text: the person named as the speech verb's subject between the verb and the colon or quote, or, when the verb's subject is dropped,
/// the one person the sentence (before the verb) and the one before name, when the verb's gender agrees with his.
/// </summary>
public sealed partial class DocumentIndex
{
    /// <summary>Speech verbs, past and present, with their conjunctions, normalized (gender: <see cref="FeminineSpeechVerbs"/>).</summary>
    private static readonly FrozenWords SpeechVerbs = new(
        "قال", "وقال", "فقال", "يقول", "ويقول", "فيقول", "قالت", "وقالت", "فقالت", "تقول", "وتقول", "فتقول",
        "ذكر", "وذكر", "يذكر", "ويذكر", "ذكرت", "وذكرت", "تذكر", "وتذكر", "روى", "وروى", "يروي", "ويروي", "روت", "وروت", "تروي", "وتروي",
        "زعم", "وزعم", "يزعم", "ويزعم", "زعمت", "وزعمت", "تزعم", "وتزعم", "أكد", "وأكد", "يؤكد", "ويؤكد", "أكدت", "وأكدت", "تؤكد", "وتؤكد");

    /// <summary>The feminine forms among <see cref="SpeechVerbs"/>, normalized.</summary>
    private static readonly FrozenWords FeminineSpeechVerbs = new(
        "قالت", "وقالت", "فقالت", "تقول", "وتقول", "فتقول", "ذكرت", "وذكرت", "تذكر", "وتذكر", "روت", "وروت", "تروي", "وتروي",
        "زعمت", "وزعمت", "تزعم", "وتزعم", "أكدت", "وأكدت", "تؤكد", "وتؤكد");

    /// <summary>Detached first-person singular pronouns and "إنّي/إنّني" as a saying opens them, normalized.</summary>
    private static readonly FrozenWords FirstPersonSpeaker = new("أنا", "وأنا", "فأنا", "إني", "إنني", "فإني", "فإنني", "أني", "أنني");

    /// <summary>Words that may stand between a speech verb and its colon besides the speaker's name ("قال عن نفسه:"، "وكان يقول لنا:"), normalized.</summary>
    private static readonly FrozenWords SpeechVerbAdjuncts = new("عن", "نفسه", "نفسها", "لنا", "لي", "له", "لها", "لهم", "دائما", "دايم", "دوما", "مرة", "مرارا");

    /// <summary>Prepositions that open a phrase between a speech verb and its colon ("في حديث إذاعي"، "أمام الحضور"), normalized.</summary>
    private static readonly FrozenWords SpeechPrepositions = new("في", "عن", "خلال", "أمام", "على", "مع", "بعد", "قبل");

    /// <summary>Copulas and adverbs that may stand before a speech verb ("وكان يقول"، "وكانت دايم تقول"), normalized.</summary>
    private static readonly FrozenWords SpeechVerbLeads = new("كان", "وكان", "فكان", "كانت", "وكانت", "فكانت", "قد", "وقد", "دايم", "دائما", "دوما", "طالما");

    /// <summary>
    /// The speaker written before the speech verb in its clause, over copulas and adverbs ("وكان يوسف يقول"): the person's cluster; -1
    /// when nobody stands there (a dropped subject); null when an untagged word does ("وكان أبوه يقول"، "وكانت أمي تقول": another,
    /// unnamed speaker).
    /// </summary>
    private int? SpeakerBeforeVerb(int verb, int sentenceStart)
    {
        var k = verb - 1;
        while (k >= sentenceStart && Tokens[k].Kind == TokenKind.Arabic && SpeechVerbLeads.Contains(Tokens[k].Norm) && MentionAtToken(k) < 0)
        {
            k--;
        }

        if (k < sentenceStart || Tokens[k].Kind != TokenKind.Arabic)
        {
            return -1;
        }

        if (ClusterAtToken(k) is var c and >= 0)
        {
            return IsPerson(c) ? c : null;
        }

        if (ShortFormAt(k) is var sf and >= 0)
        {
            return sf;
        }

        // "وكان أبوه يقول"، "قالت أمي"، "وكان الشيخ يقول": a kinship word, or an untagged word right after a copula, is the verb's own
        // subject: another speaker. A word of another clause ("ضحك وقال"، "الحديث معه قال") leaves the subject dropped.
        if (PronounKinWords.Contains(Tokens[k].Norm) || PronounKinWords.Contains(Tokens[k].Base) || BareKinWords.Contains(Tokens[k].Base)
            || FirstPersonKinWords.Contains(Tokens[k].Norm) || FirstPersonKinWords.Contains(Tokens[k].Base))
        {
            return null;
        }

        return k - 1 >= sentenceStart && Tokens[k - 1].Norm is "كان" or "وكان" or "فكان" or "كانت" or "وكانت" or "فكانت" ? null : -1;
    }

    /// <summary>Kinship words with the first-person possessive, normalized.</summary>
    private static readonly FrozenWords FirstPersonKinWords = new("أخي", "أخوي", "أختي", "أبي", "أبوي", "والدي", "أمي", "والدتي", "جدي", "جدتي", "عمي", "خالي", "ابني", "ابنتي", "زوجي", "زوجتي");

    /// <summary>Confidence of a speaker who is the speech verb's dropped subject: the tied implicit confidence (at most a warning).</summary>
    private const double DroppedSpeakerConfidence = TiedImplicitConfidence;

    /// <summary>Confidence of a speaker named right after the speech verb ("قال الحسين: أنا من مواليد …").</summary>
    private const double NamedSpeakerConfidence = 0.85;

    /// <summary>
    /// The speaker whose first-person saying the birth or death word at <paramref name="trigger"/> stands in: a detached first-person
    /// pronoun at most two words before the trigger with no punctuation between, right after a colon or an opening quote (or right after
    /// the speech verb for "إني/إنني"), which a speech verb opens (over the speaker's name or a few adjuncts). Null otherwise, and when the
    /// speaker cannot be told (an untagged word as the verb's subject: "قال أبي: أنا …" is the father's saying; two persons near; a verb of
    /// the other gender).
    /// </summary>
    public ImplicitSubject? SelfSpeakerAt(int trigger)
    {
        if (trigger <= 0 || trigger >= Tokens.Length)
        {
            return null;
        }

        var sentence = Tokens[trigger].Sentence;
        var (ss, _) = SentenceTokens(sentence);
        var pronoun = -1;
        for (var k = trigger - 1; k >= Math.Max(ss, trigger - 3); k--)
        {
            if (Tokens[k].Kind == TokenKind.Punctuation)
            {
                break;
            }

            if (FirstPersonSpeaker.Contains(Tokens[k].Norm))
            {
                pronoun = k;
                break;
            }
        }

        if (pronoun < 0 || MentionAtToken(pronoun) >= 0)
        {
            return null;
        }

        // The colon or the opening quote right before the pronoun (or nothing, for "إني/إنني" right after the verb).
        var v = pronoun - 1;
        var marked = false;
        while (v >= ss && Tokens[v].Kind == TokenKind.Punctuation && Tokens[v].Norm is ":" or "«" or "\"" or "“")
        {
            marked = true;
            v--;
        }

        if (!marked && Tokens[pronoun].Norm is "انا" or "وانا" or "فانا")
        {
            return null;
        }

        // Back to the speech verb (at most seven words before the colon).
        var verb = -1;
        for (var k = v; k >= Math.Max(ss, v - 7); k--)
        {
            if (SpeechVerbs.Contains(Tokens[k].Norm))
            {
                verb = k;
                break;
            }
        }

        if (verb < 0 || SpeakerBeforeVerb(verb, ss) is not { } before)
        {
            return null;
        }

        // Forward from the verb to the colon: the speaker's name, adjuncts ("عن نفسه"، "لنا"), then at most one phrase a preposition opens
        // ("في حديث إذاعي"، "بفخر"). Any other word is the verb's own untagged subject ("قال أبي:"): nobody's saying we can tell.
        int? named = before >= 0 ? before : null;
        var phrase = false;
        for (var k = verb + 1; k <= v; k++)
        {
            if (!phrase && ClusterAtToken(k) is var c and >= 0 && IsPerson(c))
            {
                if (named is { } n && PersonKey(n) != PersonKey(c))
                {
                    return null;
                }

                named = c;
                continue;
            }

            if (!phrase && ShortFormAt(k) is var sf and >= 0)
            {
                named ??= sf;
                continue;
            }

            if (Tokens[k].Kind != TokenKind.Arabic)
            {
                return null;
            }

            if (phrase || SpeechVerbAdjuncts.Contains(Tokens[k].Norm))
            {
                continue;
            }

            if (SpeechPrepositions.Contains(Tokens[k].Norm) || (Tokens[k].Clitics & (Proclitics.Bi | Proclitics.Li)) != 0)
            {
                phrase = true;
                continue;
            }

            return null;
        }

        var feminine = FeminineSpeechVerbs.Contains(Tokens[verb].Norm);
        var cue = TokenRange(verb, pronoun + 1);
        if (named is { } speaker)
        {
            return PersonGender(speaker) is { } g && g != feminine ? null : new ImplicitSubject(speaker, ImplicitSubjectEvidence.SelfReport, NamedSpeakerConfidence, cue);
        }

        // The dropped subject: the one person named before the verb in its sentence and in the one before.
        int? only = null;
        for (var s = Math.Max(0, sentence - 1); s <= sentence; s++)
        {
            foreach (var m in MentionsInSentence(s))
            {
                var e = Document.Entities[m];
                if (!IsPerson(e.Cluster) || FirstTokenOf(e.Span) >= verb || IsEpithetCluster(e.Cluster))
                {
                    continue;
                }

                if (only is { } o && PersonKey(o) != PersonKey(e.Cluster))
                {
                    return null;
                }

                only ??= e.Cluster;
            }
        }

        return only is { } one && !(PersonGender(one) is { } pg && pg != feminine) && InSegment(one, sentence)
            ? new ImplicitSubject(one, ImplicitSubjectEvidence.SelfReport, DroppedSpeakerConfidence, cue) : null;
    }
}
