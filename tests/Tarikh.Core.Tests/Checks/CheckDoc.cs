using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Tarikh.Core.Checks;
using Tarikh.Core.Entities;
using Tarikh.Core.Events;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Core.Time;

namespace Tarikh.Core.Tests.Checks;

/// <summary>
/// Builds a test document: the foundation pipeline (normalization, segmentation) on a real Arabic
/// text, plus hand-made time, entity and event layers, so each rule is tested against the layer
/// contracts independently of the other stages.
/// </summary>
internal sealed class CheckDoc
{
    private static readonly AnalysisPipeline Foundation = TarikhPipeline.CreateFoundation(TarikhResources.LoadDefault());
    private readonly string _text;
    private readonly List<Timex> _timexes = [];
    private readonly List<(TextSpan Span, string Label, string Cluster)> _mentions = [];
    private readonly List<(string Type, TextSpan Trigger, int? Time, (string Role, string Cluster)[] Participants, string? Place)> _events = [];
    private readonly Dictionary<string, string?> _kinds = [];
    private string? _subject;

    public CheckDoc(string text) => _text = text;

    private TextSpan Find(string what, int occurrence = 1)
    {
        var at = -1;
        for (var k = 0; k < occurrence; k++)
        {
            at = _text.IndexOf(what, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new ArgumentException($"'{what}' (occurrence {occurrence}) not in the text.");
            }
        }

        return new TextSpan(at, at + what.Length);
    }

    /// <summary>A date timex: value "1917-03-08", "1917-03", "1917", or "XXXX-08" (with <paramref name="anchored"/> giving the year).</summary>
    public CheckDoc Date(string text, string value, CalendarKind calendar = CalendarKind.Gregorian, int occurrence = 1, int? equivalent = null, int? anchored = null, bool valid = true, string? reason = null)
    {
        var span = Find(text, occurrence);
        GregorianInterval? g = null;
        var v = value;
        if (anchored is { } y && v.StartsWith("XXXX", StringComparison.Ordinal))
        {
            v = y.ToString("D4", CultureInfo.InvariantCulture) + v[4..];
        }

        if (valid && !v.StartsWith('X'))
        {
            g = Interval(v, calendar);
        }

        _timexes.Add(new Timex(span, text, TimexType.Date, value, null, calendar, g, null, null, equivalent, valid, reason, 0.9));
        return this;
    }

    public static GregorianInterval Interval(string value, CalendarKind calendar)
    {
        var cal = calendar switch { CalendarKind.Julian => CalendarSystem.Julian, CalendarKind.Hijri => DateText.Hijri, _ => CalendarSystem.Iso };
        var parts = value.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return parts.Length switch
        {
            1 => new GregorianInterval(new LocalDate(parts[0], 1, 1, cal), new LocalDate(parts[0], cal.GetMonthsInYear(parts[0]), cal.GetDaysInMonth(parts[0], cal.GetMonthsInYear(parts[0])), cal)),
            2 => new GregorianInterval(new LocalDate(parts[0], parts[1], 1, cal), new LocalDate(parts[0], parts[1], cal.GetDaysInMonth(parts[0], parts[1]), cal)),
            _ => GregorianInterval.Day(new LocalDate(parts[0], parts[1], parts[2], cal)),
        };
    }

    public CheckDoc Person(string text, string cluster, int occurrence = 1) => Mention(text, EntityLabels.Person, cluster, occurrence);

    public CheckDoc Place(string text, string cluster, int occurrence = 1, string? kind = "city")
    {
        _kinds[cluster] = kind;
        return Mention(text, EntityLabels.Location, cluster, occurrence);
    }

    public CheckDoc Org(string text, string cluster, int occurrence = 1) => Mention(text, EntityLabels.Organization, cluster, occurrence);

    public CheckDoc Mention(string text, string label, string cluster, int occurrence = 1)
    {
        _mentions.Add((Find(text, occurrence), label, cluster));
        return this;
    }

    public CheckDoc Subject(string cluster)
    {
        _subject = cluster;
        return this;
    }

    /// <summary>An event; <paramref name="time"/> is the text of a timex already added.</summary>
    public CheckDoc Event(string type, string trigger, string? time, string? place = null, int occurrence = 1, params (string Role, string Cluster)[] participants)
    {
        var span = Find(trigger, occurrence);
        int? ti = null;
        if (time is not null)
        {
            ti = _timexes.FindIndex(t => t.Text == time && t.Span.Start >= 0);
            if (ti < 0)
            {
                throw new ArgumentException($"no timex '{time}'");
            }
        }

        _events.Add((type, span, ti, participants, place));
        return this;
    }

    public AnalyzedDocument Build()
    {
        var doc = Foundation.Run(new SourceText(_text, "test"));
        var order = _timexes.Select((t, i) => (t, i)).OrderBy(x => x.t.Span.Start).ToList();
        var remap = order.Select((x, newIndex) => (x.i, newIndex)).ToDictionary(p => p.i, p => p.newIndex);
        var timexes = order.Select(x => x.t with { Equivalent = x.t.Equivalent is { } e ? remap[e] : null }).ToImmutableArray();

        var clusterIds = _mentions.Select(m => m.Cluster).Concat(_events.SelectMany(e => e.Participants.Select(p => p.Cluster))).Distinct().ToList();
        var mentions = _mentions.OrderBy(m => m.Span.Start).ToList();
        var entities = mentions.Select(m => new EntityMention(m.Span, _text[m.Span.Start..m.Span.End], m.Label, clusterIds.IndexOf(m.Cluster), 0.9)).ToImmutableArray();
        var clusters = clusterIds.Select((c, id) =>
        {
            var ms = entities.Select((e, i) => (e, i)).Where(x => x.e.Cluster == id).Select(x => x.i).ToImmutableArray();
            var label = ms.Length > 0 ? entities[ms[0]].Label : EntityLabels.Person;
            var name = ms.Length > 0 ? ms.Select(i => entities[i].Text).MaxBy(t => t.Length)! : c;
            return new EntityCluster(id, label, name, ms, [], _kinds.GetValueOrDefault(c));
        }).ToImmutableArray();

        var events = _events.OrderBy(e => e.Trigger.Start).Select(e => new EventMention(
            e.Type, e.Trigger, _text[e.Trigger.Start..e.Trigger.End],
            e.Time is { } t ? remap[t] : null,
            e.Time is { } t2 ? _timexes[t2].Gregorian : null,
            e.Place is null ? null : clusterIds.IndexOf(e.Place),
            [.. e.Participants.Select(p => new Participant(p.Role, clusterIds.IndexOf(p.Cluster)))],
            doc.SentenceAt(e.Trigger.Start), 0.9)).ToImmutableArray();

        return doc with
        {
            Timexes = timexes,
            Entities = entities,
            Clusters = clusters,
            Subject = _subject is null ? null : clusterIds.IndexOf(_subject),
            Events = events,
            Layers = doc.Layers.Union([Layer.Time, Layer.Entities, Layer.Events]),
        };
    }

    /// <summary>Runs the checker and returns the flags of one rule, after checking every span.</summary>
    public ImmutableArray<Flag> Flags(string rule)
    {
        var doc = new ChecksStage().Run(Build());
        Testing.SpanAssert.Document(doc);
        return [.. doc.Flags.Where(f => f.Rule == rule)];
    }
}
