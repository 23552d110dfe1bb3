using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Tarikh.Core.Entities;
using Tarikh.Core.Events;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Core.Time;
using Tarikh.Core.Timeline;

namespace Tarikh.Core.Tests.Events;

/// <summary>
/// Builds test documents: the foundation pipeline plus hand-made time and entity layers, so the
/// events stage is tested on exactly the input its rules are about.
/// </summary>
internal sealed class EventTestDocs
{
    private static readonly AnalysisPipeline Foundation = TarikhPipeline.CreateFoundation(TarikhResources.LoadDefault());
    private readonly string _text;
    private readonly List<(string Surface, string Label, string Cluster)> _entities = [];
    private readonly List<(string Surface, string Value, TimexMod? Mod, int Occurrence)> _timexes = [];
    private readonly List<(int From, int To)> _ranges = [];
    private string? _subject;

    public EventTestDocs(string text) => _text = text;

    /// <summary>Marks every occurrence of a surface as a mention of a cluster (named by <paramref name="cluster"/>, default the surface).</summary>
    public EventTestDocs Entity(string surface, string label, string? cluster = null)
    {
        _entities.Add((surface, label, cluster ?? surface));
        return this;
    }

    /// <summary>A person (all its occurrences).</summary>
    public EventTestDocs Person(string surface, string? cluster = null) => Entity(surface, EntityLabels.Person, cluster);

    /// <summary>A place.</summary>
    public EventTestDocs Place(string surface, string? cluster = null) => Entity(surface, EntityLabels.Location, cluster);

    /// <summary>An organization.</summary>
    public EventTestDocs Org(string surface, string? cluster = null) => Entity(surface, EntityLabels.Organization, cluster);

    /// <summary>The article's subject (a cluster name).</summary>
    public EventTestDocs Subject(string cluster)
    {
        _subject = cluster;
        return this;
    }

    /// <summary>A timex: the n-th occurrence of <paramref name="surface"/> with value YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public EventTestDocs Time(string surface, string value, TimexMod? mod = null, int occurrence = 0)
    {
        _timexes.Add((surface, value, mod, occurrence));
        return this;
    }

    /// <summary>Links two timexes (by order of declaration) as a range.</summary>
    public EventTestDocs Range(int from, int to)
    {
        _ranges.Add((from, to));
        return this;
    }

    /// <summary>The document with tokens, time and entities (no events yet).</summary>
    public AnalyzedDocument Layers()
    {
        var doc = Foundation.Run(new SourceText(_text, "test"));

        // Entities.
        var mentions = new List<(TextSpan Span, string Label, string Cluster)>();
        foreach (var (surface, label, cluster) in _entities)
        {
            var at = 0;
            while ((at = _text.IndexOf(surface, at, StringComparison.Ordinal)) >= 0)
            {
                var span = new TextSpan(at, at + surface.Length);
                if (!mentions.Any(m => m.Span.Overlaps(span)))
                {
                    mentions.Add((span, label, cluster));
                }

                at += surface.Length;
            }
        }

        mentions.Sort((a, b) => a.Span.CompareTo(b.Span));
        var names = mentions.Select(m => m.Cluster).Distinct().ToList();
        var entities = mentions.Select(m => new EntityMention(m.Span, _text[m.Span.Start..m.Span.End], m.Label, names.IndexOf(m.Cluster), 0.9)).ToImmutableArray();
        var clusters = names.Select((n, id) => new EntityCluster(
            id,
            mentions.First(m => m.Cluster == n).Label,
            n,
            entities.Select((e, i) => (e, i)).Where(x => x.e.Cluster == id).Select(x => x.i).ToImmutableArray(),
            ImmutableArray<string>.Empty,
            null)).ToImmutableArray();

        // Timexes, in text order.
        var tx = new List<(int Decl, Timex Timex)>();
        for (var d = 0; d < _timexes.Count; d++)
        {
            var (surface, value, mod, occurrence) = _timexes[d];
            var at = -1;
            for (var k = 0; k <= occurrence; k++)
            {
                at = _text.IndexOf(surface, at + 1, StringComparison.Ordinal);
            }

            if (at < 0)
            {
                throw new ArgumentException($"timex '{surface}' not found");
            }

            var span = new TextSpan(at, at + surface.Length);
            tx.Add((d, new Timex(span, surface, TimexType.Date, value, mod, CalendarKind.Gregorian, Interval(value), null, null, null, true, null, 0.9)));
        }

        tx.Sort((a, b) => a.Timex.Span.CompareTo(b.Timex.Span));
        var order = tx.Select(t => t.Decl).ToList();
        var timexes = tx.Select(t => t.Timex).ToArray();
        foreach (var (from, to) in _ranges)
        {
            int a = order.IndexOf(from), b = order.IndexOf(to);
            timexes[a] = timexes[a] with { Range = b };
            timexes[b] = timexes[b] with { Range = a };
        }

        int? subject = _subject is null ? null : names.IndexOf(_subject);
        return doc with
        {
            Timexes = [.. timexes],
            Entities = entities,
            Clusters = clusters,
            Subject = subject,
            Layers = doc.Layers.Add(Layer.Time).Add(Layer.Entities),
        };
    }

    /// <summary>The document after the events and timeline stages.</summary>
    public AnalyzedDocument Run()
    {
        var doc = Layers();
        doc = new EventStage(EventExtractor.Default).Run(doc);
        return new TimelineStage(TimelineBuilder.Default).Run(doc);
    }

    /// <summary>The Gregorian interval of YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public static GregorianInterval Interval(string value)
    {
        var p = value.Split('-');
        var y = int.Parse(p[0], CultureInfo.InvariantCulture);
        if (p.Length == 1)
        {
            return new GregorianInterval(new LocalDate(y, 1, 1), new LocalDate(y, 12, 31));
        }

        var m = int.Parse(p[1], CultureInfo.InvariantCulture);
        if (p.Length == 2)
        {
            var first = new LocalDate(y, m, 1);
            return new GregorianInterval(first, first.PlusMonths(1).PlusDays(-1));
        }

        return GregorianInterval.Day(new LocalDate(y, m, int.Parse(p[2], CultureInfo.InvariantCulture)));
    }
}
