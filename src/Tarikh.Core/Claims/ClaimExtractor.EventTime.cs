using Tarikh.Core.Events;

namespace Tarikh.Core.Claims;

/// <summary>When an act happened: the date of an event's claim, within the stretch of its sentence that belongs to it.</summary>
public sealed partial class ClaimExtractor
{
    /// <summary>True when a parenthesized lifespan of <paramref name="subject"/> stands within a few words after the trigger.</summary>
    private static bool OwnLifespanAfter(DocumentIndex index, int trigger, int subject, Dictionary<int, string> lifespanTimexes)
    {
        foreach (var a in index.Appositions)
        {
            if (!a.Parenthesized || a.Cluster != subject || a.FirstToken <= trigger || a.FirstToken > trigger + 8
                || index.Tokens[a.FirstToken].Sentence != index.Tokens[trigger].Sentence)
            {
                continue;
            }

            foreach (var x in lifespanTimexes.Keys)
            {
                var xt = index.TimexToken(x);
                if (xt >= a.FirstToken && xt < a.EndToken)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The event's own date: the event's timex when it sits in the trigger's clause (or, less sure,
    /// elsewhere in its sentence), with no relative clause, other person's apposition or another
    /// person between them; never a narrative anchor. A timex read as another person's lifespan is not the act's.
    /// </summary>
    private (ClaimValue? Time, double Confidence) EventTime(DocumentIndex index, EventMention e, int trigger, int subject, Dictionary<int, string> lifespanTimexes, (int Start, int End) segment)
    {
        if (e.Time is not { } ti || ti < 0 || ti >= index.Document.Timexes.Length)
        {
            return (null, 1);
        }

        // A date on the far side of another act's trigger is that act's ("ولد عام 1800 وتوفي عام 1935":
        // 1800 is the birth's): take the dated timex of the trigger's own segment, after it first.
        // A narrative date (carried from an earlier sentence) gives way to one in the trigger's own clause ("ترأس وفد المحامين إلى
        // مؤتمر باريس عام 1952", where the events stage gave the year to the meeting's noun); without one the act is undated.
        var own = index.TimexToken(ti);
        var narrative = e.DateSource == EventDateSources.Narrative;
        if (narrative || own < segment.Start || own >= segment.End || (own < trigger && FirstDateAfterPrevious(index, segment.Start, own)))
        {
            var (cs, ce) = index.ClauseOf(trigger);
            // Round 16 (13b): the previous act's date is no candidate either ("صار أميراً سنة 1880 واغتيل في دمشق": 1880 is the
            // emirate's; the assassination is undated).
            var candidates = index.TimexesInClause(trigger)
                .Where(x => index.TimexToken(x) >= Math.Max(cs, segment.Start) && index.TimexToken(x) < Math.Min(ce, segment.End) && DocumentIndex.IsDated(index.Document.Timexes[x])
                    && !(index.TimexToken(x) < trigger && FirstDateAfterPrevious(index, segment.Start, index.TimexToken(x))))
                .OrderBy(x => index.TimexToken(x) > trigger ? 0 : 1).ThenBy(x => Math.Abs(index.TimexToken(x) - trigger))
                .ToList();
            if (candidates.Count == 0)
            {
                return (null, 1);
            }

            ti = candidates[0];
        }

        // Round 16 (13b): a century or a decade fronted as the frame of the sentence ("وفي القرن التاسع عشر تولّى المشيخة … سنة 1830")
        // gives way to a finer date after the trigger in its clause: that date is the act's.
        if (index.TimexToken(ti) < trigger && Coarse(index.Document.Timexes[ti]) && FinerDateAfter(index, trigger, segment) is { } finer)
        {
            ti = finer;
        }

        var t = index.Document.Timexes[ti];
        var tt = index.TimexToken(ti);
        if (tt >= index.Tokens.Length || index.Tokens[tt].Sentence != index.Tokens[trigger].Sentence)
        {
            return (null, 1);
        }

        // "ولد سنة 720 هـ وتوفي أبوه أسعد (680–723 هـ)": a birth or death whose subject carries its own lifespan in parentheses
        // after the trigger takes it from that lifespan, never a date written before the trigger in another clause (round 13).
        if (e.Type is "birth" or "death" && tt < trigger && OwnLifespanAfter(index, trigger, subject, lifespanTimexes))
        {
            return (null, 1);
        }

        // A lifespan's year belongs to the fact it was read as: in "رحل … فؤاد الحلو (1931–2019)" the death is not dated
        // 1931 (the lifespan itself gives the death, 2019); an act never takes a lifespan's year. The act's own date may follow
        // that apposition in the clause ("عُيّن هشام البنداري، المولود في 1990، قاضياً عام 1996"): it is taken then.
        if ((lifespanTimexes.TryGetValue(ti, out var read)
                && !(e.Type == "birth" && read == ClaimProperties.BirthDate) && !(e.Type == "death" && read == ClaimProperties.DeathDate))
            || (index.AppositionAt(tt) is { } a && a.Cluster != subject && !(trigger >= a.FirstToken && trigger < a.EndToken)))
        {
            if (e.Type is "birth" or "death" || DateAfterAside(index, trigger, tt, segment, lifespanTimexes) is not { } next)
            {
                return (null, 1);
            }

            ti = next;
            t = index.Document.Timexes[ti];
            tt = index.TimexToken(ti);
        }

        var (lo, hi) = trigger < tt ? (trigger + 1, tt) : (index.EndTokenOf(t.Span), trigger);
        var clauseBreak = false;

        // "بيروت - 5 نيسان 2012: ألقى …": a news dateline dates the item's first act as its own clause would.
        if (tt < trigger && Dateline(index, ti))
        {
            lo = hi;
        }

        for (var k = lo; k < hi; k++)
        {
            if (Lexicon.Match(index, k, "relative") > 0)
            {
                return (null, 1);
            }

            // A parenthetical aside ("أسس الكومنترن (الأممية الثالثة) عام 1919") does not end the clause.
            clauseBreak |= index.IsClauseBreak(k) && index.Tokens[k].Norm is not ("(" or ")");
            var c = index.ClusterAtToken(k);
            if (c >= 0 && c != subject && IsPerson(index, c) && !e.Participants.Any(p => p.Cluster == c))
            {
                return (null, 1);
            }
        }

        var value = TimeOf(index, ti);
        if (value is null)
        {
            return (null, 1);
        }

        return clauseBreak ? (value, Options.SentenceDateConfidence) : (value, Options.ClauseDateConfidence);
    }

    // A date that spans five years or more: a decade ("في الأربعينيات"), a century ("في القرن التاسع عشر").
    private static bool Coarse(Tarikh.Core.Time.Timex t) => t.Gregorian is { } g && g.End.Year - g.Start.Year >= 5;

    /// <summary>The first dated timex after the trigger, in its clause and segment, that is no century or decade, or null.</summary>
    private static int? FinerDateAfter(DocumentIndex index, int trigger, (int Start, int End) segment)
    {
        var (_, ce) = index.ClauseOf(trigger);
        foreach (var x in index.TimexesInClause(trigger).OrderBy(index.TimexToken))
        {
            var xt = index.TimexToken(x);
            var t = index.Document.Timexes[x];
            if (xt > trigger && xt < Math.Min(ce, segment.End) && DocumentIndex.IsDated(t) && !Coarse(t))
            {
                return x;
            }
        }

        return null;
    }

    /// <summary>
    /// The first dated timex after <paramref name="aside"/> (a lifespan's or an apposition's date, itself after the trigger) in the
    /// act's segment and sentence that is no lifespan's and stands in no apposition: the act's own date written after the aside
    /// ("عُيّن المستشار هشام البنداري، المولود في 1990، قاضياً بمحكمة طنطا عام 1996"), or null.
    /// </summary>
    private static int? DateAfterAside(DocumentIndex index, int trigger, int aside, (int Start, int End) segment, Dictionary<int, string> lifespanTimexes)
    {
        if (aside < trigger)
        {
            return null;
        }

        foreach (var x in index.TimexesInSentence(index.Tokens[trigger].Sentence).OrderBy(index.TimexToken))
        {
            var xt = index.TimexToken(x);
            if (xt <= aside || xt >= segment.End || lifespanTimexes.ContainsKey(x) || !DocumentIndex.IsDated(index.Document.Timexes[x])
                || index.AppositionAt(xt) is not null)
            {
                continue;
            }

            return x;
        }

        return null;
    }

    /// <summary>
    /// True when a date before the trigger is the first date after the previous act's trigger (segment
    /// start > sentence start): it is that act's ("ولد الشيخ عام 1800 وتوفي …"), not a fronted date of this one.
    /// </summary>
    private static bool FirstDateAfterPrevious(DocumentIndex index, int segmentStart, int timexToken)
    {
        if (segmentStart == 0 || timexToken < segmentStart || index.Tokens[segmentStart - 1].Sentence != index.Tokens[timexToken].Sentence)
        {
            return false;
        }

        foreach (var x in index.TimexesInSentence(index.Tokens[timexToken].Sentence))
        {
            var t = index.TimexToken(x);
            if (t >= segmentStart && t < timexToken && DocumentIndex.IsDated(index.Document.Timexes[x]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The tokens between the previous and the next event trigger of the sentence: the stretch whose dates belong to this act.</summary>
    private static (int Start, int End) Segment(DocumentIndex index, Dictionary<int, List<int>> triggersBySentence, EventMention e, int trigger, HashSet<int> nounTriggers)
    {
        var clauseEnd = ClauseEndPastAsides(index, trigger);
        var (ss, se) = index.SentenceTokens(e.Sentence);
        var start = ss;
        var end = se;
        if (triggersBySentence.TryGetValue(e.Sentence, out var triggers))
        {
            foreach (var t in triggers)
            {
                if (t < trigger && t + 1 > start)
                {
                    start = t + 1;
                }
                else if (t > trigger && t < end && !(e.Pos == "verb" && nounTriggers.Contains(t) && t < clauseEnd))
                {
                    end = t;
                }
            }
        }

        return (start, end);
    }

    /// <summary>
    /// The end of the trigger's clause with parenthesized asides passed over (round 12, issue-12l): in "ترأّس النائب فهد العنزي (المولود
    /// سنة 2016) اجتماع لجنة الميزانيات في 13 أكتوبر 2024" the parenthesis is an apposition inside the clause, and the meeting's noun and
    /// its date after it are still the verb's. The clause after the closing parenthesis is taken as the verb's own.
    /// </summary>
    private static int ClauseEndPastAsides(DocumentIndex index, int trigger)
    {
        var end = index.ClauseOf(trigger).End;
        var sentence = index.Tokens[trigger].Sentence;
        for (var guard = 0; guard < 3 && end < index.Tokens.Length && index.Tokens[end].Sentence == sentence && index.Tokens[end].Norm == "("; guard++)
        {
            var close = end + 1;
            while (close < index.Tokens.Length && index.Tokens[close].Sentence == sentence && index.Tokens[close].Norm != ")")
            {
                close++;
            }

            if (close + 1 >= index.Tokens.Length || index.Tokens[close].Norm != ")" || index.Tokens[close + 1].Sentence != sentence
                || index.IsClauseBreak(close + 1))
            {
                break;
            }

            end = index.ClauseOf(close + 1).End;
        }

        return end;
    }

    /// <summary>"حتى وفاته"، "لحين وفاته"، "إلى حين وفاته": the trigger noun is the end point of another act.</summary>
    private static bool AfterUntil(DocumentIndex index, int trigger)
    {
        if (trigger < 1)
        {
            return false;
        }

        var before = index.Tokens[trigger - 1].Norm;
        return before is "حتى" or "حتي" or "لحين"
            || (before == "حين" && trigger > 1 && index.Tokens[trigger - 2].Norm is "الى" or "إلى" or "الي");
    }
}
