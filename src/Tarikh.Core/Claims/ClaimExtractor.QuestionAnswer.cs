using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Claims;

/// <summary>
/// Round 21 (issue-xd): questions and answers, a common style of Arabic biographies and interviews ("س: متى توفي؟" then "ج: في
/// القاهرة سنة 1965"). The answer states the value; the question states the act. An answer sentence (opened by "ج:"، "جواب:"،
/// "الجواب:") right after a question (opened by "س:"/"سؤال:" or ending in "؟") that asks when or where a person was born or died
/// ("متى ولد"، "أين توفي") gives the birth or death date (its first date; a later "وقيل سنة …" is hedged) and place (a place after
/// "في"/"ب" before the first comma) of the person the question names, else of the text's topic person. The question's verb is part
/// of the claim's evidence.
/// </summary>
public sealed partial class ClaimExtractor
{
    /// <summary>The source of a claim read from an answer to a question.</summary>
    internal const string AnswerSource = "answer";

    private void FromAnswers(DocumentIndex index, List<Claim> list)
    {
        var doc = index.Document;
        var text = doc.Source.Text;
        for (var s = 1; s < doc.Sentences.Length; s++)
        {
            var (ss, se) = index.SentenceTokens(s);
            var (qs, qe) = index.SentenceTokens(s - 1);
            if (se <= ss || qe <= qs || !Opens(index, text, ss, "ج", "جواب", "الجواب") || !IsQuestion(index, text, qs, qe))
            {
                continue;
            }

            // The question: "متى"/"أين" and a verb of birth or death.
            var asksWhen = false;
            var asksWhere = false;
            var verb = -1;
            string? act = null;
            for (var j = qs; j < qe; j++)
            {
                var raw = index.SourceNorm(j);
                var w = raw is "ولد" or "ولدت" ? raw : Bare(raw);
                asksWhen |= w == "متي" || w == "متى";
                asksWhere |= w == "اين" || w == "أين" || w == "إين";
                if (act is null && (w is "ولد" or "ولدت" ? "birth" : w is "توفي" or "توفى" or "توفيت" or "مات" or "ماتت" ? "death" : null) is { } a)
                {
                    act = a;
                    verb = j;
                }
            }

            if (act is null || !(asksWhen || asksWhere))
            {
                continue;
            }

            // Whose: the one person the question names, else the topic person when the answer names no other person before its values.
            int who = -1;
            for (var j = qs; j < qe; j++)
            {
                if (index.MentionAtToken(j) is var m and >= 0 && doc.Entities[m].Label == EntityLabels.Person)
                {
                    if (who >= 0 && who != doc.Entities[m].Cluster)
                    {
                        who = -2;
                        break;
                    }

                    who = doc.Entities[m].Cluster;
                }
            }

            if (who == -2)
            {
                continue;
            }

            if (who < 0 && index.TopicAt(s, Lexicon) is { } topic && IsPerson(index, topic))
            {
                who = topic;
            }

            if (who < 0 && !DocumentIndex.IsAnonymous(who))
            {
                continue;
            }

            // The answer's first clause: up to the first comma or semicolon (a hedged "وقيل" after it is still read).
            var firstEnd = se;
            for (var j = ss + 1; j < se; j++)
            {
                if (index.Tokens[j].Kind != TokenKind.Arabic && index.Tokens[j].Kind != TokenKind.Number && text.AsSpan(index.Tokens[j].Span.Start, index.Tokens[j].Span.Length).IndexOfAny("،,؛;") >= 0)
                {
                    firstEnd = j;
                    break;
                }
            }

            if (firstEnd == se)
            {
                for (var j = ss + 1; j < se; j++)
                {
                    var before = index.Tokens[j].Span.Start;
                    var k2 = before - 1;
                    while (k2 > index.Tokens[ss].Span.Start && char.IsWhiteSpace(text[k2]))
                    {
                        k2--;
                    }

                    if (text[k2] is '،' or ',' or '؛' or ';')
                    {
                        firstEnd = j;
                        break;
                    }
                }
            }

            if (OtherPersonIn(index, ss, firstEnd, who))
            {
                continue;
            }

            var vspan = index.Tokens[verb].Span;
            var confidence = Math.Round(Math.Min(DocumentIndex.TiedImplicitConfidence, Options.ClauseDateConfidence), 3);
            var dateProperty = act == "birth" ? ClaimProperties.BirthDate : ClaimProperties.DeathDate;
            var placeProperty = act == "birth" ? ClaimProperties.BirthPlace : ClaimProperties.DeathPlace;
            if (asksWhen || asksWhere)
            {
                foreach (var ti in index.TimexesInSentence(s))
                {
                    var tt = index.TimexToken(ti);
                    if (TimeOf(index, ti) is not { } value || value.Approximate)
                    {
                        continue;
                    }

                    ClaimModality? modality = tt < firstEnd ? ClaimModality.Asserted : HedgedRight(index, tt, firstEnd) ? ClaimModality.Hedged : null;
                    if (modality is not { } md)
                    {
                        continue;
                    }

                    list.Add(new Claim(0, who, dateProperty, FitBareYear(index, ti, value), Spans(vspan, doc.Timexes[ti].Span), md, confidence)
                    {
                        Source = AnswerSource,
                        Act = act,
                        Sentence = s,
                    });
                }

                // The place: a place named after "في" or "ب" in the first clause.
                for (var j = ss + 1; j < firstEnd; j++)
                {
                    if (index.MentionAtToken(j) is not (var pm and >= 0) || doc.Entities[pm].Label != EntityLabels.Location
                        || (j > 0 && index.MentionAtToken(j - 1) == pm))
                    {
                        continue;
                    }

                    var w = index.SourceNorm(j);
                    var prev = j - 1 >= ss ? index.SourceNorm(j - 1) : "";
                    if (prev is "في" or "فى" || w.StartsWith('ب'))
                    {
                        var mention = doc.Entities[pm];
                        list.Add(new Claim(0, who, placeProperty, ClaimValue.OfEntity(mention.Cluster, doc.Source[mention.Span]), Spans(vspan, mention.Span),
                            ClaimModality.Asserted, confidence)
                        {
                            Source = AnswerSource,
                            Act = act,
                            Place = mention.Cluster,
                            Sentence = s,
                        });
                        break;
                    }
                }
            }
        }
    }

    /// <summary>"وقيل"/"قيل"/"ويقال" within the three words before the token, after the first clause: another version of the value.</summary>
    private static bool HedgedRight(DocumentIndex index, int tt, int firstEnd)
    {
        for (var j = Math.Max(firstEnd, tt - 3); j < tt; j++)
        {
            if (index.SourceNorm(j) is "وقيل" or "قيل" or "ويقال" or "يقال")
            {
                return true;
            }
        }

        return false;
    }

    private static bool OtherPersonIn(DocumentIndex index, int from, int to, int who)
    {
        for (var j = from; j < to; j++)
        {
            if (index.MentionAtToken(j) is var m and >= 0 && index.Document.Entities[m].Label == EntityLabels.Person && index.Document.Entities[m].Cluster != who)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word without a leading "و"/"ف" (a question's "ومتى"، "وأين").</summary>
    private static string Bare(string w) => w.Length > 2 && w[0] is 'و' or 'ف' ? w[1..] : w;

    /// <summary>True when the sentence opens with one of the words followed by a colon ("ج:"، "الجواب:").</summary>
    private static bool Opens(DocumentIndex index, string text, int ss, params string[] words)
    {
        var first = index.Tokens[ss];
        var word = text.Substring(first.Span.Start, first.Span.Length);
        if (Array.IndexOf(words, word) < 0)
        {
            return false;
        }

        var i = first.Span.End;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i < text.Length && text[i] == ':';
    }

    /// <summary>True when the sentence opens "س:"/"سؤال:"/"السؤال:" or ends in "؟".</summary>
    private static bool IsQuestion(DocumentIndex index, string text, int qs, int qe)
    {
        if (Opens(index, text, qs, "س", "سؤال", "السؤال"))
        {
            return true;
        }

        var i = index.Tokens[qe - 1].Span.End;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return (i < text.Length && text[i] == '؟') || text.AsSpan(index.Tokens[qe - 1].Span.Start, index.Tokens[qe - 1].Span.Length).Contains('؟');
    }
}
