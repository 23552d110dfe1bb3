using Tarikh.Core.Events;
using Tarikh.Core.Segmentation;

namespace Tarikh.Core.Claims;

/// <summary>
/// Round 21 (issue-21a): the noun of departure as a death ("نعاه الاتحاد يوم رحيله عام 2019"، "وكان رحيله في 26 فبراير 1961"، "حتى
/// رحيله عام 1974"), and the causative "رحّل" (he deported) that is no departure of its subject.
/// </summary>
public sealed partial class ClaimExtractor
{
    /// <summary>
    /// The death of the sentence's subject dated by the noun "رحيله/رحيلها" when a date follows it within three words (past "في"), the
    /// subject is the only person of the sentence and no kin word stands before the noun ("وفاة ابنه … قبل رحيله").
    /// </summary>
    private void FromDepartureNoun(DocumentIndex index, List<Claim> list, Dictionary<int, string> used, int k, int ss, int se)
    {
        var doc = index.Document;
        var tok = index.Tokens[k];
        if (index.SubjectAt(tok.Sentence) is not { } subject || !IsPerson(index, subject) || !NoOtherPerson(index, tok.Sentence, subject) || KinWordIn(index, ss, k))
        {
            return;
        }

        foreach (var ti in index.TimexesInSentence(tok.Sentence))
        {
            var tt = index.TimexToken(ti);
            if (tt <= k || tt > Math.Min(se - 1, k + 3) || used.ContainsKey(ti) || TimeOf(index, ti) is not { } value || value.Approximate)
            {
                continue;
            }

            // Only "في" or nothing between the noun and its date ("يوم رحيله عام 2019"، "وكان رحيله في 26 فبراير 1961").
            var between = true;
            for (var j = k + 1; j < tt; j++)
            {
                between &= index.SourceNorm(j) is "في" or "عام" or "سنه" or "يوم";
            }

            if (!between)
            {
                continue;
            }

            list.Add(new Claim(0, subject, ClaimProperties.DeathDate, value, Spans(tok.Span, null, doc.Timexes[ti].Span), ModalityOf(index, k),
                Math.Round(Math.Min(Options.ProDropConfidence, Options.ClauseDateConfidence), 3))
            {
                Source = DepartureSource,
                Act = "death",
                Sentence = tok.Sentence,
            });
            return;
        }
    }

    /// <summary>True when a word up to three before the noun moves a date after it off the death ("بعد رحيله بعامين"، "في ذكرى رحيله").</summary>
    private static bool DateMovedOff(DocumentIndex index, DepartureWords words, int sentenceStart, int k)
    {
        for (var j = Math.Max(sentenceStart, k - 3); j < k; j++)
        {
            if (words.MovesDateOff(index.SourceNorm(j)) || words.MovesDateOff(index.Tokens[j].Base))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the verb is written as the causative or the passive ("رحّلت السلطات الأسرة"، "رُحّلوا"): a shadda on its middle letter or a
    /// damma on its first, which make its subject the one who deported or its object the deported, never a traveller who died.
    /// </summary>
    private static bool Causative(ReadOnlySpan<char> word)
        => word.Contains('\u0651') || (word.Length > 1 && word.TrimStart("وف").Length > 1 && word.TrimStart("وف")[1] == '\u064F');
}
