using System.Collections.Immutable;
using Tarikh.Core.Claims;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>Verification of linked events: the date and place written beside an event's name.</summary>
public sealed partial class ClaimVerifier
{
    // ---- linked events: the date and place written beside the event's name ------------------------

    /// <summary>
    /// Dates and places of linked events (congresses, treaties, revolutions) that no claim states: for each
    /// mention of a cluster linked to an event item, the first date of the time layer after the mention in
    /// its sentence, and the first linked place there, up to the next mention of another linked event.
    /// </summary>
    private IEnumerable<(Verification V, ImmutableArray<TextSpan> Spans, string Text)> VerifyEvents(
        AnalyzedDocument document, ImmutableArray<KbLink> links, IKnowledgeBase kb, CancellationToken cancellationToken)
    {
        var byCluster = links.ToDictionary(l => l.Cluster);
        var eventClusters = new HashSet<int>();
        foreach (var l in links)
        {
            if (kb.Get(l.Item) is { } e && KbTypes.Of(e, kb) == KbType.Event)
            {
                eventClusters.Add(l.Cluster);
            }
        }

        if (eventClusters.Count == 0)
        {
            yield break;
        }

        // Events whose date a claim already states are verified through the claim.
        var claimed = new HashSet<int>(document.Claims.Where(c => c.Property is ClaimProperties.PointInTime or ClaimProperties.Founded).Select(c => c.Subject));
        var seen = new HashSet<(int, int)>();
        var mentions = document.Entities;
        for (var i = 0; i < mentions.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var m = mentions[i];
            if (!eventClusters.Contains(m.Cluster) || claimed.Contains(m.Cluster) || kb.Get(byCluster[m.Cluster].Item) is not { } item)
            {
                continue;
            }

            var sentence = document.SentenceAt(m.Span.Start);
            if (sentence < 0)
            {
                continue;
            }

            var end = document.Sentences[sentence].Span.End;
            for (var j = i + 1; j < mentions.Length && mentions[j].Span.Start < end; j++)
            {
                if (eventClusters.Contains(mentions[j].Cluster) && mentions[j].Cluster != m.Cluster)
                {
                    end = mentions[j].Span.Start;
                    break;
                }
            }

            var timex = -1;
            for (var t = 0; t < document.Timexes.Length; t++)
            {
                var x = document.Timexes[t];
                if (x.Span.Start >= m.Span.End && x.Span.Start < end && x.Type == Time.TimexType.Date && (x.Valid || x.Reason == MalformedYear) && x.Gregorian is not null && x.Anchor is null)
                {
                    timex = t;
                    break;
                }
            }

            // Else the date the events layer gives the event whose name the mention is ("وفي سنة 585 هـ كانت معركة حطين"،
            // "عام 1923 وقعت معاهدة لوزان"): the trigger's own clause, so a date before the name counts too.
            if (timex < 0 && ClauseDateOfNamedEvent(document, m.Span) is { } named)
            {
                timex = named;
            }

            // Else a date that opens the mention's clause and no event of the text takes ("وفي 12 نيسان 1961 انطلق
            // غاغارين على متن المركبة فوستوك 1"): the clause tells of the named event at that date.
            if (timex < 0 && UnclaimedDateBefore(document, eventClusters, i) is { } before)
            {
                timex = before;
            }

            if (timex >= 0 && seen.Add((m.Cluster, timex)))
            {
                var x = document.Timexes[timex];
                var statements = TimeStatements(item, ClaimProperties.PointInTime).ToList();
                if (statements.Count > 0)
                {
                    var text = x.Gregorian!.Value;
                    var precision = KbTimeConverter.PrecisionOf(text);
                    var support = statements.FirstOrDefault(s => (Span(s) is { } span && span.Overlaps(text))
                        || (_time.ToInterval(s.MainSnak.Value.Time!) is { } days && KbTimeConverter.AgreeIn(text, precision, x.Calendar == Time.CalendarKind.Hijri ? "hijri" : null, days, s.MainSnak.Value.Time!.Precision)));
                    // A year written cut short ("عام 190."): no day of the KB is that year; the KB's value completes it.
                    string? note = null;
                    if (!x.Valid)
                    {
                        support = null;
                        note = "incomplete-year";
                    }

                    var verdict = support is null ? Verdicts.Contradicted : Verdicts.Supported;
                    var v = new Verification(null, verdict, Evidence(item, support ?? statements[0], kb), note)
                    {
                        Cluster = m.Cluster,
                        Timex = timex,
                        Property = ClaimProperties.PointInTime,
                    };
                    yield return (v, [m.Span, x.Span], x.Text);
                }
            }

            // The place: the first linked place after the mention, before the next event.
            var places = item.Best("P276").Where(s => s.MainSnak.Value.Item is not null).ToList();
            if (places.Count == 0)
            {
                continue;
            }

            var placeMention = PlaceOf(document, byCluster, i, end);
            if (placeMention >= 0)
            {
                var p = mentions[placeMention];
                var placeLink = byCluster[p.Cluster];
                if (seen.Add((m.Cluster, -1 - p.Cluster)))
                {
                    var match = places.FirstOrDefault(s => s.MainSnak.Value.Item == placeLink.Item
                        || LocatedIn(kb, s.MainSnak.Value.Item!, placeLink.Item) || LocatedIn(kb, placeLink.Item, s.MainSnak.Value.Item!));
                    var v = new Verification(null, match is null ? Verdicts.Contradicted : Verdicts.Supported, Evidence(item, match ?? places[0], kb), null)
                    {
                        Cluster = m.Cluster,
                        Place = p.Cluster,
                        Property = ClaimProperties.Location,
                    };
                    yield return (v, [m.Span, p.Span], p.Text);
                }
            }
        }
    }

    private const string MalformedYear = "malformed-year";

    // The last date before the mention in its sentence, with no clause break, other linked event or other date between,
    // that no event of the events layer has as its date; null when none.
    private static int? UnclaimedDateBefore(AnalyzedDocument document, HashSet<int> eventClusters, int mention)
    {
        var m = document.Entities[mention];
        var sentence = document.SentenceAt(m.Span.Start);
        int? found = null;
        for (var t = document.Timexes.Length - 1; t >= 0; t--)
        {
            var x = document.Timexes[t];
            if (x.Span.End <= m.Span.Start && document.SentenceAt(x.Span.Start) == sentence)
            {
                found = x.Type == Time.TimexType.Date && x.Valid && x.Gregorian is not null && x.Anchor is null ? t : null;
                break;
            }
        }

        if (found is not { } f || document.Events.Any(e => e.Time == f))
        {
            return null;
        }

        var between = new TextSpan(document.Timexes[f].Span.End, m.Span.Start);
        var tokens = document.Tokens;
        for (var k = Math.Max(0, document.FirstTokenAtOrAfter(between.Start)); k < tokens.Length && tokens[k].Span.End <= between.End; k++)
        {
            if (DocumentIndex.IsClauseBreakToken(tokens[k]))
            {
                return null;
            }
        }

        for (var j = mention - 1; j >= 0 && document.Entities[j].Span.Start >= between.Start; j--)
        {
            if (eventClusters.Contains(document.Entities[j].Cluster) && document.Entities[j].Cluster != m.Cluster)
            {
                return null;
            }
        }

        return found;
    }

    // The date, read in the trigger's clause, of an event of the events layer whose name phrase holds the mention.
    private static int? ClauseDateOfNamedEvent(AnalyzedDocument document, TextSpan mention)
    {
        for (var i = 0; i < document.Events.Length; i++)
        {
            var e = document.Events[i];
            if (e.DuplicateOf is not null || e.DateSource != Events.EventDateSources.Clause || e.Time is not { } t || DateOfAnotherEvent(document, i)
                || NamedPhrase(document, e) is not { } named)
            {
                continue;
            }

            var phrase = new TextSpan(document.Tokens[named.First].Span.Start, document.Tokens[named.End - 1].Span.End);
            var x = document.Timexes[t];
            if (phrase.Contains(mention) && x.Type == Time.TimexType.Date && (x.Valid || x.Reason == MalformedYear) && x.Gregorian is not null && x.Anchor is null)
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>Words that refer back to a place: "فانعقد المؤتمر فيها"، "عُقد بها".</summary>
    private static readonly ImmutableArray<string> ResumptivePlace = ["فيها", "فيه", "بها", "به"];

    /// <summary>
    /// The place of an event mention: the first linked place after it in its sentence (before the next event);
    /// else, when a pronoun beside the mention refers back to a place ("باريس فانعقد المؤتمر السادس فيها"),
    /// the last linked place before it in the sentence. -1 when none.
    /// </summary>
    private static int PlaceOf(AnalyzedDocument document, Dictionary<int, KbLink> byCluster, int mention, int end)
    {
        var mentions = document.Entities;
        var m = mentions[mention];
        for (var j = mention + 1; j < mentions.Length && mentions[j].Span.Start < end; j++)
        {
            if (mentions[j].Label == Entities.EntityLabels.Location && byCluster.ContainsKey(mentions[j].Cluster))
            {
                return j;
            }
        }

        if (!PronounBeside(document, m.Span))
        {
            return -1;
        }

        var sentence = document.SentenceAt(m.Span.Start);
        for (var j = mention - 1; j >= 0 && document.SentenceAt(mentions[j].Span.Start) == sentence; j--)
        {
            if (mentions[j].Label == Entities.EntityLabels.Location && byCluster.ContainsKey(mentions[j].Cluster))
            {
                return j;
            }
        }

        return -1;
    }

    // The token right after the mention, or the one right before it, is a pronoun of place ("فيها").
    private static bool PronounBeside(AnalyzedDocument document, TextSpan span)
    {
        var tokens = document.Tokens;
        var after = document.FirstTokenAtOrAfter(span.End);
        if (after >= 0 && after < tokens.Length && ResumptivePlace.Contains(tokens[after].Norm))
        {
            return true;
        }

        var before = document.FirstTokenAtOrAfter(span.Start) - 1;
        return before >= 0 && before < tokens.Length && ResumptivePlace.Contains(tokens[before].Norm);
    }
}
