using System.Collections.Frozen;
using System.Collections.Immutable;
using CsCheck;
using NodaTime;
using Tarikh.Core.Events;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Core.Tests.Events;

/// <summary>
/// The bucketed repeat marking gives exactly what comparing every event with every other gave (the rule as first
/// written, kept here as the reference), and looks at a number of candidates that grows linearly with the events.
/// </summary>
public class EventRepeatsTests
{
    private static readonly FrozenSet<string> Once = new[] { "birth", "death" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Singular = new[] { "birth", "death", "execution", "assassination", "marriage" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly string[] Types = ["birth", "death", "marriage", "travel", "education"];

    // Headings and their sections: "مولده" is a heading line (no final stop), the sentences under it fall in its section.
    private static readonly AnalyzedDocument Doc = Sections(12);

    private static AnalyzedDocument Sections(int count) => TarikhPipeline.CreateFoundation(new TarikhResources()).Run(new SourceText(string.Concat(
        Enumerable.Range(0, count).Select(i => "مولده ونشأته\nولد في مدينة قازان ودرس فيها. ثم سافر إلى موسكو وتزوج هناك. وتوفي بعد ذلك بسنوات.\n"))));

    /// <summary>The rule as it was written before the buckets: every event against every other, in order.</summary>
    private static void Reference(AnalyzedDocument doc, ImmutableArray<EventMention>.Builder result)
    {
        static bool Compatible(GregorianInterval? a, GregorianInterval? b) => a is null || b is null || a.Value.Overlaps(b.Value);
        for (var i = 0; i < result.Count; i++)
        {
            var e = result[i];
            for (var j = 0; j < result.Count; j++)
            {
                if (j == i || result[j].DuplicateOf is not null)
                {
                    continue;
                }

                var o = result[j];
                var once = Once.Contains(e.Type) && e.MainParticipant is not null && o.MainParticipant == e.MainParticipant && o.Type == e.Type
                    && (e.Date is null ? o.Date is not null || j < i : o.Date is not null && j < i);
                if (once)
                {
                    result[i] = e with { DuplicateOf = j };
                    break;
                }

                if (o.Type != e.Type || o.MainParticipant != e.MainParticipant || !Compatible(o.Date, e.Date))
                {
                    continue;
                }

                var near = Math.Abs(o.Trigger.Start - e.Trigger.Start) <= 30;
                var sameSentence = o.Sentence == e.Sentence && (near || e.Date is null) && ((j < i && (e.Date is null || o.Date is not null)) || (j > i && e.Date is null && o.Date is not null))
                    && o.Subtype == e.Subtype && (o.Place is null || e.Place is null || o.Place == e.Place);
                var headingOfSection = doc.Sentences[e.Sentence].Kind == SentenceKind.Heading && doc.Sentences[o.Sentence].Heading == e.Sentence && (e.Date is null || o.Date is not null);
                var sameEvent = e.Date is { } ed && o.Date == e.Date && j < i && e.MainParticipant is not null
                    && (ed.Start == ed.End || Singular.Contains(e.Type))
                    && e.DateSource != EventDateSources.Narrative && o.DateSource != EventDateSources.Narrative;
                if (sameSentence || headingOfSection || sameEvent)
                {
                    result[i] = e with { DuplicateOf = j };
                    break;
                }
            }
        }
    }

    private static EventMention Event(int sentence, int offset, int type, int? main, int? year, bool day, int source, int? place, bool subtype, AnalyzedDocument? doc = null)
    {
        var s = (doc ?? Doc).Sentences[sentence].Span;
        var start = Math.Min(s.End - 1, s.Start + offset);
        GregorianInterval? date = year is { } y ? (day ? GregorianInterval.Day(new LocalDate(y, 3, 1)) : new GregorianInterval(new LocalDate(y, 1, 1), new LocalDate(y, 12, 31))) : null;
        return new EventMention(Types[type], new TextSpan(start, start + 1), "x", null, date, place, main is { } m ? [new Participant("agent", m)] : [], sentence, 0.9)
        {
            Subtype = subtype ? "return" : null,
            DateSource = date is null ? null : source switch { 0 => EventDateSources.Clause, 1 => EventDateSources.Sentence, _ => EventDateSources.Narrative },
        };
    }

    private static readonly Gen<EventMention[]> Events =
        Gen.Select(Gen.Int[0, Doc.Sentences.Length - 1], Gen.Int[0, 60], Gen.Int[0, Types.Length - 1], Gen.Int[-1, 2], Gen.Int[-1, 3], Gen.Bool, Gen.Int[0, 2], Gen.Int[-1, 1])
            .Select((sentence, offset, type, main, year, day, source, place) => Event(sentence, offset, type, main < 0 ? null : main, year < 0 ? null : 1900 + year, day, source, place < 0 ? null : place, offset % 7 == 0))
            .Array[0, 60]
            .Select(a => a.OrderBy(e => e.Trigger.Start).ToArray());

    [Fact]
    public void BucketsMarkTheSameRepeatsAsComparingEveryPair()
    {
        Events.Sample(events =>
        {
            var expected = ImmutableArray.CreateBuilder<EventMention>();
            expected.AddRange(events);
            Reference(Doc, expected);
            var actual = ImmutableArray.CreateBuilder<EventMention>();
            actual.AddRange(events);
            EventRepeats.Mark(Doc, actual, Once, Singular);
            Assert.Equal(expected.Select(e => e.DuplicateOf), actual.Select(e => e.DuplicateOf));
        }, iter: 3000);
    }

    [Fact]
    public void ADistinctEventIsNotMarked()
    {
        var events = ImmutableArray.CreateBuilder<EventMention>();
        events.Add(Event(1, 0, 0, 0, 1900, true, 0, null, false));
        events.Add(Event(4, 0, 2, 0, 1905, true, 0, null, false));
        EventRepeats.Mark(Doc, events, Once, Singular);
        Assert.All(events, e => Assert.Null(e.DuplicateOf));
    }

    [Fact]
    public void ASecondBirthOfThePersonRepeatsTheFirst()
    {
        var events = ImmutableArray.CreateBuilder<EventMention>();
        events.Add(Event(1, 0, 0, 0, 1900, true, 0, null, false));
        events.Add(Event(5, 0, 0, 0, 1900, true, 0, null, false));
        EventRepeats.Mark(Doc, events, Once, Singular);
        Assert.Equal([null, 0], events.Select(e => e.DuplicateOf));
    }

    /// <summary>
    /// A growing document with many events of the same type and person (a long biography): the candidates looked at
    /// per event stay bounded (comparing every pair looked at n − 1 per event, so this fails on a quadratic path).
    /// </summary>
    [Fact]
    public void CandidatesGrowLinearlyWithTheEvents()
    {
        double PerEvent(int n)
        {
            // One section of 5 sentences per 5 events: travels of one person in distinct years (nothing repeats),
            // and a dated birth in every section (each later one repeats the first).
            var doc = Sections(n / 5);
            var events = ImmutableArray.CreateBuilder<EventMention>();
            for (var k = 0; k < n; k++)
            {
                events.Add(Event(k % doc.Sentences.Length, 0, k % 5 == 0 ? 0 : 3, 0, 1000 + k, true, 0, null, false, doc));
            }

            var sorted = events.OrderBy(e => e.Trigger.Start).ToList();
            events.Clear();
            events.AddRange(sorted);
            return EventRepeats.Mark(doc, events, Once, Singular) / (double)n;
        }

        var small = PerEvent(500);
        var large = PerEvent(8000);
        Assert.True(small > 0);
        Assert.True(large <= 2 * small + 2, $"candidates per event grew from {small:F1} to {large:F1} (16x the events)");
    }
}
