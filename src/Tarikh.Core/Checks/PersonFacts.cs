using System.Collections.Immutable;
using Tarikh.Core.Entities;
using Tarikh.Core.Text;
using Tarikh.Core.Time;

namespace Tarikh.Core.Checks;

/// <summary>A birth or death the text states for a person.</summary>
/// <param name="Person">Cluster id of the person.</param>
/// <param name="Kind"><c>birth</c> or <c>death</c>.</param>
/// <param name="Date">The Gregorian interval, or null when undated.</param>
/// <param name="Calendar">Calendar of the date as written.</param>
/// <param name="DateSpan">Span of the date expression, or null.</param>
/// <param name="Trigger">Span of the word that states it (ولد، توفي…).</param>
/// <param name="Place">Cluster id of the place, or null.</param>
/// <param name="PlaceSpan">Span of the place mention, or null.</param>
/// <param name="Sentence">Sentence index.</param>
public sealed record LifeFact(int Person, string Kind, GregorianInterval? Date, CalendarKind Calendar, TextSpan? DateSpan, TextSpan Trigger, int? Place, TextSpan? PlaceSpan, int Sentence);

/// <summary>
/// Births and deaths of persons, from the events layer and from a cautious scan of birth and death
/// cue words. A fact is kept only when its person is explicit: the nearest person mention to the cue
/// (or, with no person named in the sentence, the article's subject after a sentence-initial verb).
/// </summary>
public sealed class PersonFacts
{
    private PersonFacts(ImmutableArray<LifeFact> facts) => Facts = facts;

    /// <summary>All facts, in text order.</summary>
    public ImmutableArray<LifeFact> Facts { get; }

    /// <summary>The facts of a kind about a person.</summary>
    public IEnumerable<LifeFact> Of(int person, string kind) => Facts.Where(f => f.Person == person && f.Kind == kind);

    /// <summary>The dated facts of a kind, when they all agree (overlap); null when none or when they conflict.</summary>
    public LifeFact? Consistent(int person, string kind)
    {
        LifeFact? best = null;
        foreach (var f in Of(person, kind))
        {
            if (f.Date is not { } d)
            {
                continue;
            }

            if (best is null)
            {
                best = f;
            }
            else if (!best.Date!.Value.Overlaps(d))
            {
                return null;
            }
            else if (d.Days < best.Date.Value.Days)
            {
                best = f;
            }
        }

        return best;
    }

    /// <summary>Gathers the facts of a document.</summary>
    public static PersonFacts Gather(CheckContext ctx)
    {
        var doc = ctx.Document;
        var list = new List<LifeFact>();
        foreach (var e in doc.Events)
        {
            if (e.Type is not ("birth" or "death") || !ctx.IsContent(e.Sentence))
            {
                continue;
            }

            var trigger = ctx.FirstToken(e.Trigger);
            if (trigger >= ctx.Tokens.Length)
            {
                continue;
            }

            int? person = null;
            foreach (var p in e.Participants)
            {
                if (ctx.ClusterById(p.Cluster) is { Label: EntityLabels.Person })
                {
                    person = p.Cluster;
                    break;
                }
            }

            var explicitPerson = PersonOfCue(ctx, trigger);
            if (person is null || explicitPerson != person)
            {
                continue;
            }

            GregorianInterval? date = null;
            TextSpan? dateSpan = null;
            var calendar = CalendarKind.Gregorian;
            if (e.Time is { } ti && ti >= 0 && ti < doc.Timexes.Length && ctx.Usable(doc.Timexes[ti]) && OwnDate(ctx, trigger, doc.Timexes[ti]))
            {
                var t = doc.Timexes[ti];
                date = t.Gregorian;
                dateSpan = t.Span;
                calendar = t.Calendar;
            }

            TextSpan? placeSpan = null;
            if (e.Place is { } pl)
            {
                placeSpan = MentionOfClusterInSentence(ctx, pl, e.Sentence);
            }

            list.Add(new LifeFact(person.Value, e.Type, date, calendar, dateSpan, e.Trigger, e.Place, placeSpan, e.Sentence));
        }

        ScanCues(ctx, list, "birth-cue", "birth");
        ScanCues(ctx, list, "death-cue", "death");
        var dedup = list
            .GroupBy(f => (f.Person, f.Kind, f.DateSpan?.Start ?? -f.Trigger.Start - 1))
            .Select(g => g.First())
            .OrderBy(f => f.Trigger.Start)
            .ToImmutableArray();
        return new PersonFacts(dedup);
    }

    /// <summary>
    /// True when the date belongs to the cue: after it in its sentence with no other birth or death
    /// cue between ("ولد عام 1800 وتوفي عام 1935": 1800 is not the death's), or before it in its clause.
    /// </summary>
    private static bool OwnDate(CheckContext ctx, int cue, Timex t)
    {
        var tt = ctx.FirstToken(t.Span);
        if (tt >= ctx.Tokens.Length || ctx.Tokens[tt].Sentence != ctx.Tokens[cue].Sentence)
        {
            return false;
        }

        if (tt < cue)
        {
            var (cs, _) = ctx.ClauseOf(cue);
            // The date must not belong to another cue either (before or after it in the clause).
            return tt >= cs && ctx.FindCue(cs, cue, "birth-cue") < 0 && ctx.FindCue(cs, cue, "death-cue") < 0;
        }

        for (var k = cue + 1; k < tt; k++)
        {
            if (ctx.MatchCue(k, "birth-cue", out _) is not null || ctx.MatchCue(k, "death-cue", out _) is not null)
            {
                return false;
            }
        }

        return true;
    }

    private static void ScanCues(CheckContext ctx, List<LifeFact> list, string category, string kind)
    {
        var doc = ctx.Document;
        for (var i = 0; i < ctx.Tokens.Length; i++)
        {
            if (ctx.MatchCue(i, category, out var len) is null)
            {
                continue;
            }

            var sentence = ctx.Tokens[i].Sentence;
            if (!ctx.IsContent(sentence))
            {
                continue;
            }

            var person = PersonOfCue(ctx, i);
            if (person is null)
            {
                continue;
            }

            // The date: the first dated timex after the cue in its sentence, before another life cue.
            var (_, se) = ctx.SentenceTokens(sentence);
            var stop = se;
            for (var k = i + len; k < se; k++)
            {
                if (ctx.MatchCue(k, kind == "birth" ? "death-cue" : "birth-cue", out _) is not null)
                {
                    stop = k;
                    break;
                }
            }

            var stopPos = stop < ctx.Tokens.Length ? ctx.Tokens[stop].Span.Start : int.MaxValue;
            Timex? found = null;
            foreach (var ti in ctx.TimexesInSentence(sentence))
            {
                var t = doc.Timexes[ti];
                if (t.Span.Start >= ctx.Tokens[i].Span.End && t.Span.Start < stopPos && ctx.Usable(t)
                    && DateText.PrecisionOf(t.Gregorian!.Value, t.Calendar) != DatePrecision.Other)
                {
                    found = t;
                    break;
                }
            }

            // The place: the first location mention in the cue's clause after it.
            var (_, ce) = ctx.ClauseOf(i);
            int? place = null;
            TextSpan? placeSpan = null;
            for (var k = i + len; k < ce; k++)
            {
                var m = ctx.MentionAtToken(k);
                if (m >= 0 && doc.Entities[m].Label == EntityLabels.Location)
                {
                    place = doc.Entities[m].Cluster;
                    placeSpan = doc.Entities[m].Span;
                    break;
                }
            }

            if (found is null && place is null)
            {
                continue;
            }

            var trigger = new TextSpan(ctx.Tokens[i].Span.Start, ctx.Tokens[i + len - 1].Span.End);
            list.Add(new LifeFact(person.Value, kind, found?.Gregorian, found?.Calendar ?? CalendarKind.Gregorian, found?.Span, trigger, place, placeSpan, sentence));
        }
    }

    /// <summary>
    /// The person a life cue at token <paramref name="cue"/> speaks of: a person mention right after
    /// it in its clause ("ولد فلاديمير", "توفي لينين"), else the nearest person mention before it in the
    /// sentence, else the subject when the cue opens the sentence and no person is named in it.
    /// </summary>
    public static int? PersonOfCue(CheckContext ctx, int cue)
    {
        var doc = ctx.Document;
        var sentence = ctx.Tokens[cue].Sentence;
        var (ss, se) = ctx.SentenceTokens(sentence);
        var (_, ce) = ctx.ClauseOf(cue);

        // "قتل زوجها بيير", "توفي والده": the cue speaks of a relative, not of the named person or the subject.
        for (var k = cue + 1; k < Math.Min(ce, cue + 3); k++)
        {
            if (ctx.MatchCue(k, "kin", out _) is not null)
            {
                return null;
            }
        }

        for (var k = cue + 1; k < Math.Min(ce, cue + 4); k++)
        {
            var c = ctx.ClusterNamedAt(k, out _);
            if (c >= 0)
            {
                return ctx.ClusterById(c)?.Label == EntityLabels.Person ? c : null;
            }
        }

        for (var k = cue - 1; k >= ss; k--)
        {
            var c = ctx.ClusterNamedAt(k, out _, EntityLabels.Person);
            if (c >= 0)
            {
                return c;
            }
        }

        if (ctx.SubjectId is not { } subject)
        {
            return null;
        }

        for (var k = ss; k < se; k++)
        {
            if (ctx.ClusterNamedAt(k, out _, EntityLabels.Person) >= 0)
            {
                return null;
            }
        }

        // Sentence-initial verb: only "و"/"ف"/"قد"/"لقد"/list punctuation before it.
        for (var k = ss; k < cue; k++)
        {
            var n = ctx.Tokens[k].Norm;
            if (ctx.Tokens[k].Kind != Segmentation.TokenKind.Punctuation && n is not ("قد" or "لقد" or "وقد" or "و" or "ف" or "ثم"))
            {
                return null;
            }
        }

        return subject;
    }

    private static TextSpan? MentionOfClusterInSentence(CheckContext ctx, int cluster, int sentence)
    {
        foreach (var m in ctx.MentionsInSentence(sentence))
        {
            if (ctx.Document.Entities[m].Cluster == cluster)
            {
                return ctx.Document.Entities[m].Span;
            }
        }

        return null;
    }
}
