using System.Collections.Frozen;
using System.Collections.Immutable;
using Tarikh.Core.Claims;
using Tarikh.Core.Events;
using Tarikh.Core.Text;

namespace Tarikh.Core.Knowledge;

/// <summary>
/// Events the text names in a phrase the entity stage did not tag ("المؤتمر الثاني للماركسيين الروس"،
/// "تحويل روسيا من التقويم الشرقي إلى التقويم الغربي"، "قرار شتوتغارت للأممية الثانية"): the phrase that starts
/// at a noun trigger of the events layer is matched with the KB's event items, and the event's date and place
/// (its own, or the destination of a journey made "to take part in" it) are compared with the item's.
/// </summary>
public sealed partial class ClaimVerifier
{
    private const int MaxPhraseTokens = 8;

    /// <summary>Words that end an event's name: a preposition of time, a relative pronoun, a new clause.</summary>
    private static readonly ImmutableArray<string> PhraseStops =
        ["في", "عام", "سنه", "الذي", "التي", "حيث", "وذلك", "عندما", "بعد", "قبل", "منذ", "خلال", "بين", "حتى", "ثم", "وقد", "كما", "والذي", "والتي"];

    /// <summary>A journey made to attend the event: its destination is the event's place.</summary>
    private static readonly ImmutableArray<string> Purpose = ["للمشاركه", "لحضور", "ليشارك", "ليحضر", "للمشاركة"];

    private IEnumerable<(Verification V, ImmutableArray<TextSpan> Spans, string Text, KbLink Link)> VerifyEventPhrases(
        AnalyzedDocument document, ImmutableArray<KbLink> links, IKnowledgeBase kb, CancellationToken cancellationToken)
    {
        if (links.IsDefaultOrEmpty)
        {
            yield break;
        }

        var byCluster = links.ToDictionary(l => l.Cluster);
        var context = new HashSet<string>(StringComparer.Ordinal);
        foreach (var l in links)
        {
            if (kb.Get(l.Item) is { } e)
            {
                foreach (var p in EntityLinker.ContextProperties)
                {
                    context.UnionWith(e.ItemValues(p));
                }
            }
        }

        // The event items among them, found once for the document (not once per phrase).
        var contextEvents = context.Where(id => kb.Get(id) is { } ce && KbTypes.Of(ce, kb) == KbType.Event).ToHashSet(StringComparer.Ordinal);
        var matched = new HashSet<string>(StringComparer.Ordinal);
        var lookups = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var i = 0; i < document.Events.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var e = document.Events[i];
            if (e.DuplicateOf is not null || InsideLinkedMention(document, byCluster, e.Trigger) || NamedPhrase(document, e) is not { } named
                || Anaphoric(document, document.Tokens[named.First].Span) || Demonstratives.Contains(document.Tokens[named.First].Norm))
            {
                continue;
            }

            var (first, end) = named;

            var phrase = new TextSpan(document.Tokens[first].Span.Start, document.Tokens[end - 1].Span.End);
            if (PhraseHoldsLinkedEvent(document, byCluster, kb, phrase) || Match(document, byCluster, kb, context, contextEvents, lookups, phrase) is not { } match
                || !matched.Add(match.Item.Id))
            {
                continue;
            }

            var item = match.Item;
            var link = new KbLink(-1, item.Id, item.LabelIn("ar", "en"), match.Confidence, "event-phrase");

            // The date: the event's own, read in its clause.
            if (e.Time is { } t && e.DateSource == EventDateSources.Clause && !DateOfAnotherEvent(document, i) && document.Timexes[t] is { Valid: true, Gregorian: { } text } x)
            {
                var statements = TimeStatements(item, ClaimProperties.PointInTime).ToList();
                if (statements.Count > 0)
                {
                    var precision = KbTimeConverter.PrecisionOf(text);
                    var support = statements.FirstOrDefault(s => (Span(s) is { } span && span.Overlaps(text))
                        || (_time.ToInterval(s.MainSnak.Value.Time!) is { } days && KbTimeConverter.AgreeIn(text, precision, x.Calendar == Time.CalendarKind.Hijri ? "hijri" : null, days, s.MainSnak.Value.Time!.Precision)));
                    var v = new Verification(null, support is null ? Verdicts.Contradicted : Verdicts.Supported, Evidence(item, support ?? statements[0], kb), null)
                    {
                        Event = i,
                        Timex = t,
                        Property = ClaimProperties.PointInTime,
                    };
                    yield return (v, [phrase, x.Span], x.Text, link);
                }
            }

            // The place: the event's own, else the destination of the journey made to attend it.
            var places = item.Best("P276").Where(s => s.MainSnak.Value.Item is not null).ToList();
            if (places.Count > 0 && PlaceOfEvent(document, byCluster, i, first) is { } placeMention)
            {
                var placeLink = byCluster[placeMention.Cluster];
                var agree = places.FirstOrDefault(s => s.MainSnak.Value.Item == placeLink.Item
                    || LocatedIn(kb, s.MainSnak.Value.Item!, placeLink.Item) || LocatedIn(kb, placeLink.Item, s.MainSnak.Value.Item!));
                var v = new Verification(null, agree is null ? Verdicts.Contradicted : Verdicts.Supported, Evidence(item, agree ?? places[0], kb), null)
                {
                    Event = i,
                    Place = placeMention.Cluster,
                    Property = ClaimProperties.Location,
                };
                yield return (v, [phrase, placeMention.Span], placeMention.Text, link);
            }
        }
    }

    /// <summary>
    /// Types of event whose verb is followed by the event's name ("وقعت معاهدة لوزان"، "اندلعت الثورة الفرنسية"،
    /// "انعقد المؤتمر الخامس"): after a verb of another type comes a person or a thing, never the event's name.
    /// </summary>
    private static readonly FrozenSet<string> NamedByVerbObject = new[] { "treaty", "war", "congress", "election" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The tokens that may name the event: from a noun trigger ("معركة حطين"), or right after a verb trigger of a type
    /// whose verb is followed by the name (<see cref="NamedByVerbObject"/>). Null when there is no such phrase.
    /// </summary>
    private static (int First, int End)? NamedPhrase(AnalyzedDocument document, Events.EventMention e)
    {
        var start = e.Pos switch
        {
            "noun" => e.Trigger.Start,
            "verb" when NamedByVerbObject.Contains(e.Type) => e.Trigger.End,
            _ => -1,
        };
        if (start < 0)
        {
            return null;
        }

        var (first, end) = Phrase(document, new TextSpan(start, Math.Max(start, e.Trigger.End)));
        return end - first >= 2 ? (first, end) : null;
    }

    /// <summary>
    /// The event's date is also the date of another kind of event that holds it more closely ("ولد … سنة 532 هـ في تكريت
    /// وشارك في معركة حطين"): the events layer gave one date to two acts, and it is the other one's.
    /// </summary>
    private static bool DateOfAnotherEvent(AnalyzedDocument document, int eventIndex)
    {
        var e = document.Events[eventIndex];
        if (e.Time is not { } t)
        {
            return false;
        }

        var date = document.Timexes[t].Span;
        var distance = Distance(e.Trigger, date);
        var attended = AttendedBy(document, e.Trigger);
        for (var j = 0; j < document.Events.Length; j++)
        {
            var o = document.Events[j];
            // A journey made to attend the event shares its date ("سافر … عام 1903 للمشاركة في المؤتمر الثاني").
            if (j == eventIndex || o.Time != t || o.Type == e.Type || o.DuplicateOf == eventIndex || e.DuplicateOf == j || (attended && o.Type == "travel"))
            {
                continue;
            }

            // A date after one verb and before the next is the first one's (Arabic puts the date after its verb); on the
            // same side of both, it is the nearer one's.
            var between = o.Trigger.End <= date.Start && date.End <= e.Trigger.Start;
            var sameSide = (o.Trigger.End <= date.Start) == (e.Trigger.End <= date.Start);
            if (between || (sameSide && Distance(o.Trigger, date) < distance))
            {
                return true;
            }
        }

        return false;

        static int Distance(TextSpan a, TextSpan b) => a.End <= b.Start ? b.Start - a.End : b.End <= a.Start ? a.Start - b.End : 0;
    }

    // The name that starts at the trigger: up to a clause break, a date, a function word of time or relation.
    private static (int First, int End) Phrase(AnalyzedDocument document, TextSpan trigger)
    {
        var tokens = document.Tokens;
        var first = document.FirstTokenAtOrAfter(trigger.Start);
        if (first < 0 || first >= tokens.Length)
        {
            return (0, 0);
        }

        var end = first + 1;
        while (end < tokens.Length && end - first < MaxPhraseTokens && tokens[end].Sentence == tokens[first].Sentence
            && !DocumentIndex.IsClauseBreakToken(tokens[end]) && !PhraseStops.Contains(tokens[end].Norm)
            && !document.Timexes.Any(x => x.Span.Start <= tokens[end].Span.Start && tokens[end].Span.Start < x.Span.End))
        {
            end++;
        }

        return (first, end);
    }

    /// <summary>Demonstratives: "هذا المؤتمر" refers back to an event named before; it is no name.</summary>
    private static readonly ImmutableArray<string> Demonstratives = ["هذا", "هذه", "ذلك", "تلك", "ذاك", "هذين", "هاتين"];

    private static bool Anaphoric(AnalyzedDocument document, TextSpan trigger)
    {
        var before = document.FirstTokenAtOrAfter(trigger.Start) - 1;
        return before >= 0 && before < document.Tokens.Length && Demonstratives.Contains(document.Tokens[before].Norm);
    }

    private static bool InsideLinkedMention(AnalyzedDocument document, Dictionary<int, KbLink> byCluster, TextSpan span)
        => document.Entities.Any(m => byCluster.ContainsKey(m.Cluster) && m.Span.Start <= span.Start && span.End <= m.Span.End);

    // A linked event cluster inside the phrase is verified as such (VerifyEvents).
    private static bool PhraseHoldsLinkedEvent(AnalyzedDocument document, Dictionary<int, KbLink> byCluster, IKnowledgeBase kb, TextSpan phrase)
        => document.Entities.Any(m => m.Span.Overlaps(phrase) && byCluster.TryGetValue(m.Cluster, out var l)
            && kb.Get(l.Item) is { } e && KbTypes.Of(e, kb) == KbType.Event);

    private sealed record PhraseMatch(KbEntity Item, int Evidence, double Confidence);

    /// <summary>
    /// The KB event the phrase names: evidence is one point per word of the phrase among the words of the
    /// item's names, one per linked cluster inside the phrase that is a value of the item (its place, the
    /// organization it belongs to), and one when a linked item of the document points to it (Lenin's P1344).
    /// At least three points, and more than any other event item; else null.
    /// </summary>
    private PhraseMatch? Match(AnalyzedDocument document, Dictionary<int, KbLink> byCluster, IKnowledgeBase kb, HashSet<string> context,
        HashSet<string> contextEvents, Dictionary<string, IReadOnlyList<string>> lookups, TextSpan phrase)
    {
        var words = _memo.Words(_memo.Key(document.TextOf(phrase))).Where(w => !KbNames.IsWeakToken(w)).Distinct().ToArray();
        var inside = document.Entities.Where(m => phrase.Start <= m.Span.Start && m.Span.End <= phrase.End && byCluster.ContainsKey(m.Cluster))
            .Select(m => byCluster[m.Cluster].Item).ToHashSet(StringComparer.Ordinal);
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            if (!lookups.TryGetValue(w, out var ids))
            {
                ids = kb.Lookup(w, KbKeyKind.Token, Options.PhraseCandidates);
                lookups[w] = ids;
            }

            if (ids.Count < Options.PhraseCandidates)
            {
                candidates.UnionWith(ids);
            }
        }

        candidates.UnionWith(contextEvents);
        var scored = new List<(KbEntity Item, int Evidence)>();
        foreach (var id in candidates)
        {
            if (kb.Get(id) is not { } e || KbTypes.Of(e, kb) != KbType.Event)
            {
                continue;
            }

            var best = 0;
            foreach (var (_, name) in e.Names())
            {
                var kbWords = _memo.Words(_memo.Key(name));
                best = Math.Max(best, words.Count(w => kbWords.Any(k => k == w || (w.Length >= 4 && _memo.Skeleton(k) == _memo.Skeleton(w)))));
            }

            var related = e.Statements.Count(s => s.Rank != KbRank.Deprecated && s.MainSnak.Value.Item is { } v && inside.Contains(v));
            var evidence = best + related + (context.Contains(id) ? 1 : 0);
            if (best > 0 || related > 0)
            {
                scored.Add((e, evidence));
            }
        }

        if (scored.Count == 0)
        {
            return null;
        }

        scored.Sort((a, b) => b.Evidence.CompareTo(a.Evidence));
        var top = scored[0];
        var second = scored.Count > 1 ? scored[1].Evidence : 0;
        return top.Evidence >= 3 && top.Evidence > second
            ? new PhraseMatch(top.Item, top.Evidence, Math.Round(Math.Min(1.0, 0.5 + (0.1 * (top.Evidence - second))), 3))
            : null;
    }

    // A purpose word ("للمشاركة في") stands just before the trigger: the event is what a journey was made to attend.
    private static bool AttendedBy(AnalyzedDocument document, TextSpan trigger)
    {
        var first = document.FirstTokenAtOrAfter(trigger.Start);
        for (var k = Math.Max(0, first - 2); k < first && k < document.Tokens.Length; k++)
        {
            if (Purpose.Contains(document.Tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    // The event's own place, else the destination of a journey "to attend" it, earlier in the sentence.
    private static Entities.EntityMention? PlaceOfEvent(AnalyzedDocument document, Dictionary<int, KbLink> byCluster, int eventIndex, int firstToken)
    {
        var e = document.Events[eventIndex];
        var place = e.Place;
        if (place is null)
        {
            var tokens = document.Tokens;
            var purpose = false;
            for (var k = Math.Max(0, firstToken - 2); k < firstToken; k++)
            {
                purpose |= Purpose.Contains(tokens[k].Norm);
            }

            if (!purpose)
            {
                return null;
            }

            place = document.Events.Take(eventIndex).LastOrDefault(j => j.Sentence == e.Sentence && j.Type == "travel" && j.Place is not null)?.Place;
        }

        if (place is not { } p || !byCluster.ContainsKey(p))
        {
            return null;
        }

        return document.Entities.LastOrDefault(m => m.Cluster == p && m.Span.End <= e.Trigger.Start && document.SentenceAt(m.Span.Start) == e.Sentence)
            ?? document.Entities.FirstOrDefault(m => m.Cluster == p && document.SentenceAt(m.Span.Start) == e.Sentence);
    }
}
