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
        if (e.Type is "birth" or "death" && NamedRightBefore(index, trigger) is { } before && before != main)
        {
            confidence = 0.85;
            return before;
        }

        if (index.AppositionAt(trigger) is { } a && a.Cluster != main && IsPerson(index, a.Cluster))
        {
            confidence = 0.8;
            return e.Type is "birth" or "death" ? a.Cluster : -1;
        }

        var (cs, _) = index.ClauseOf(trigger);
        var sentenceStart = index.SentenceTokens(index.Tokens[trigger].Sentence).Start;
        for (var k = trigger - 1; k >= Math.Max(sentenceStart, trigger - 3); k--)
        {
            if (Lexicon.Match(index, k, "relative") > 0)
            {
                // The entity right before the relative pronoun is who the remark is about.
                for (var j = k - 1; j >= Math.Max(sentenceStart, k - 3); j--)
                {
                    var c = index.ClusterAtToken(j);
                    if (c >= 0)
                    {
                        confidence = 0.8;
                        return c == main || IsPerson(index, c) ? c : -1;
                    }
                }

                return e.Participants.Length > 0 && index.ClusterIn(main, k, index.ClauseOf(trigger).End) ? main : -1;
            }
        }

        for (var k = trigger + 1; k < Math.Min(index.Tokens.Length, trigger + 3); k++)
        {
            // "توفي والد رونالدو": a kinship noun in construct state; the name after it is the possessor.
            if (Lexicon.Match(index, k, "kin-of") > 0 && index.Tokens[k].Sentence == index.Tokens[trigger].Sentence && index.MentionAtToken(k) < 0)
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
        if (!index.ClusterIn(main, cs, index.ClauseOf(trigger).End))
        {
            var s = doc.Sentences[e.Sentence];
            if (index.ClusterIn(main, s.FirstToken, s.EndToken))
            {
                confidence = 0.85;
            }
            else
            {
                // Arabic drops a known subject: a sentence that names no person at all, after one that names none but
                // the document's subject, continues that subject's story ("- أسس الكومنترن عام 1919").
                // Not for a birth or a death: those are the facts a story about another, unnamed person states.
                confidence = e.Type is not ("birth" or "death") && (index.Subject is { } ds ? ds.Cluster == main : index.SolePerson == main)
                    && NoOtherPerson(index, e.Sentence, main) && NoOtherPerson(index, e.Sentence - 1, main) && NoNounSubjectAfter(index, trigger)
                    ? Options.ProDropConfidence : 0.7;
                if (OpenWordBefore(index, cs, trigger))
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
        var verb = index.Tokens[trigger].Norm;
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
    {
        var (cs, _) = index.ClauseOf(trigger);
        for (var k = trigger - 1; k >= Math.Max(cs, trigger - 3); k--)
        {
            if (index.MentionAtToken(k) is var m and >= 0)
            {
                var c = index.Document.Entities[m].Cluster;
                return IsPerson(index, c) ? c : null;
            }

            if (index.Tokens[k].Norm is not ("قد" or "وقد" or "فقد" or "لقد" or "كان" or "وكان" or "كانت" or "وكانت"))
            {
                return null;
            }
        }

        return null;
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

    /// <summary>True when an Arabic word that is neither a function word nor part of a date or a named entity stands in [start, trigger).</summary>
    private bool OpenWordBefore(DocumentIndex index, int start, int trigger)
    {
        for (var k = start; k < trigger; k++)
        {
            var t = index.Tokens[k];
            if (t.Kind != TokenKind.Arabic || index.MentionAtToken(k) >= 0 || InTimex(index, k) || Lexicon.Match(index, k, "function") > 0 || Lexicon.Match(index, k, "function") > 0)
            {
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
}
