using System.Collections.Immutable;
using Tarikh.Core.Entities;
using Tarikh.Core.Events;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Claims;

/// <summary>Claims from age phrases: "عن عمر ناهز 64 عاماً"، "وهو في السابعة والعشرين".</summary>
public sealed partial class ClaimExtractor
{
    // ---------- ages: "عن عمر ناهز 64 عاماً"، "وهو في السابعة والعشرين" ----------

    /// <summary>The <see cref="Claim.Relation"/> of an age claim that is an upper bound: an age not yet reached ("ولم تكد تبلغ الخامسة").</summary>
    internal const string AgeBelow = "below";

    private void FromAges(DocumentIndex index, List<Claim> list)
    {
        var doc = index.Document;
        var eventClaims = list.Where(c => c.Event is not null).GroupBy(c => c.Event!.Value).ToDictionary(g => g.Key, g => g.First());
        var eventsBySentence = new Dictionary<int, List<int>>();
        for (var k = 0; k < doc.Events.Length; k++)
        {
            if (!eventsBySentence.TryGetValue(doc.Events[k].Sentence, out var l))
            {
                eventsBySentence[doc.Events[k].Sentence] = l = [];
            }

            l.Add(k);
        }

        for (var i = 0; i < index.Tokens.Length; i++)
        {
            var n = Lexicon.Match(index, i, "age");
            // "ولم تكد تبلغ الخامسة": an age not yet reached, an upper bound (the claim's relation says so).
            var below = false;
            if (n == 0 && (n = Lexicon.Match(index, i, "age-below")) > 0)
            {
                below = true;
            }

            if (n == 0 || !index.IsContent(index.Tokens[i].Sentence))
            {
                continue;
            }

            var (age, end) = ReadAge(index, i + n);
            if (age is not { } years || years <= 0 || years > 150)
            {
                continue;
            }

            // The act the age is stated at: the nearest event before it in the sentence ("توفي عن عمر ناهز 64 عاماً"), or,
            // when the age opens its clause ("وفي سن الرابعة ذهب إلى الكتّاب"), the first event after it in that clause.
            // Never a birth: nobody is of an age at his own birth.
            var sentence = index.Tokens[i].Sentence;
            EventMention? ev = null;
            var evIndex = -1;
            EventMention? before = null;
            var beforeIndex = -1;
            var (ageClauseStart, ageClauseEnd) = index.ClauseOf(i);
            var opensClause = i - ageClauseStart <= 2;
            foreach (var k in eventsBySentence.TryGetValue(sentence, out var inSentence) ? inSentence : [])
            {
                var e = doc.Events[k];
                if (e.Type == "birth" || e.MainParticipant is not { } p || !IsPerson(index, p))
                {
                    continue;
                }

                var at = index.FirstTokenOf(e.Trigger);
                if (opensClause && at > i && at < ageClauseEnd)
                {
                    ev = e;
                    evIndex = k;
                    break;
                }

                if (e.Trigger.Start < index.Tokens[i].Span.Start)
                {
                    before = e;
                    beforeIndex = k;
                    if (!opensClause)
                    {
                        ev = e;
                        evIndex = k;
                    }
                }
            }

            // "نشر كتابه الأول «أيام دمشق» وهو في الرابعة": an age opening its clause with no act after it in the clause (a title's
            // closing quote or a comma before it) is stated at the act before it, when the age is a circumstantial "وهو في".
            if (ev is null && opensClause && before is not null && index.Tokens[i].Norm is "وهو" or "وهي" or "هو" or "هي")
            {
                ev = before;
                evIndex = beforeIndex;
            }

            if (ev is null)
            {
                continue;
            }

            var fromEvent = eventClaims.GetValueOrDefault(evIndex);
            var subject = fromEvent?.Subject ?? ev.MainParticipant!.Value;
            // "وتوفي أبوه أسعد (680–723 هـ) وهو ابن ثلاث سنين": a circumstantial age after a relative's death (the relative named
            // after a kinship word) is the sentence subject's age at that death, not the relative's (round 13).
            if (ev.Type == "death" && index.Tokens[i].Norm is "وهو" or "وهي" && KinDeathParticipant(index, ev, i))
            {
                if (index.SubjectAt(sentence) is not { } own || own == subject || !IsPerson(index, own))
                {
                    continue;
                }

                subject = own;
            }

            // "تولى الشيخ عبد الله وصاية ابن أخيه القاصر عارف وعمره أحد عشر عاماً": a relative named by a kin word between the act and
            // the age, his name right before it, is the age's owner (the pronoun takes the nearest name): no age of the doer (round 21).
            if (AgeOfRelativeBefore(index, ev, i, subject))
            {
                continue;
            }

            var time = fromEvent is null ? null : fromEvent.Time ?? (fromEvent.Value.Kind == ClaimValueKind.Time ? fromEvent.Value : null);
            var span = TokenSpan(index, i, end);
            list.Add(new Claim(0, subject, ClaimProperties.Age, ClaimValue.OfQuantity(years, doc.Source[TokenSpan(index, i + n, end)]), Spans(ev.Trigger, span),
                fromEvent?.Modality ?? ClaimModality.Asserted, Options.AppositionConfidence)
            {
                Source = ClaimSources.AgePhrase,
                Relation = below ? AgeBelow : null,
                Event = evIndex,
                Act = ev.Subtype is null ? ev.Type : ev.Type + "/" + ev.Subtype,
                Time = time,
                Sentence = sentence,
            });
        }
    }

    /// <summary>
    /// True when the age cue follows the act, a person other than the act's doer is named right before the cue, and a kinship word
    /// stands between the act and that name ("وصاية ابن أخيه القاصر عارف وعمره …"، "زوّج ابنته فاطمة وعمرها تسع"): the age is the
    /// relative's. A teacher named before the age ("سمع من الشيخ أحمد وهو ابن سبع") has no kin word and keeps the age the pupil's.
    /// </summary>
    private bool AgeOfRelativeBefore(DocumentIndex index, EventMention ev, int ageToken, int doer)
    {
        var at = index.FirstTokenOf(ev.Trigger);
        if (at >= ageToken || ageToken == 0 || index.MentionAtToken(ageToken - 1) is not (var m and >= 0))
        {
            return false;
        }

        var named = index.Document.Entities[m].Cluster;
        return named != doer && IsPerson(index, named) && index.PersonKey(named) != index.PersonKey(doer) && KinWordIn(index, at + 1, ageToken);
    }

    /// <summary>True when the death's participant is named after the trigger by a kinship word ("وتوفي أبوه أسعد"), before the age cue.</summary>
    private bool KinDeathParticipant(DocumentIndex index, EventMention ev, int ageToken)
    {
        if (ev.MainParticipant is not { } p)
        {
            return false;
        }

        for (var k = index.EndTokenOf(ev.Trigger); k < ageToken; k++)
        {
            var m = index.MentionAtToken(k);
            if (m >= 0 && index.Document.Entities[m].Cluster == p)
            {
                return KinIntroduced(index, m);
            }
        }

        return false;
    }

    /// <summary>An age after an age cue: a duration timex in years ("64 عاماً"), digits, or number words (Time's lexicon: "السابعة والعشرين").</summary>
    private (int? Years, int End) ReadAge(DocumentIndex index, int start)
    {
        var doc = index.Document;
        if (start >= index.Tokens.Length)
        {
            return (null, start);
        }

        foreach (var ti in index.TimexesInClause(start))
        {
            var t = doc.Timexes[ti];
            var tt = index.TimexToken(ti);
            if (tt >= start && tt <= start + 1 && t.Type == TimexType.Duration && t.Value is { } v && v.StartsWith('P') && v.EndsWith('Y')
                && int.TryParse(v.AsSpan(1, v.Length - 2), System.Globalization.CultureInfo.InvariantCulture, out var y))
            {
                return (y, index.EndTokenOf(t.Span));
            }
        }

        var k = start;
        if (index.Tokens[k].IsNumber && int.TryParse(index.Tokens[k].Base, System.Globalization.CultureInfo.InvariantCulture, out var digits))
        {
            return (digits, k + 1);
        }

        // Number words, units and tens joined by و: السابعة والعشرين = 7 + 20.
        var sum = 0;
        var matches = new List<LexMatch>();
        var sentenceEnd = index.SentenceTokens(index.Tokens[start].Sentence).End;
        while (k < sentenceEnd)
        {
            matches.Clear();
            Time.Trie.MatchAt(index.Tokens, k, sentenceEnd, matches);
            var number = matches.Where(m => m.Entry.Kind == LexKind.Number).OrderByDescending(m => m.End).FirstOrDefault();
            if (number.End <= k)
            {
                break;
            }

            sum += number.Entry.A;
            k = number.End;
        }

        return sum > 0 ? (sum, k) : (null, start);
    }
}
