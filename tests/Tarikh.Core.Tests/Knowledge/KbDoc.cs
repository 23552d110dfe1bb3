using System.Collections.Immutable;
using Tarikh.Core.Claims;
using Tarikh.Core.Entities;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Tests.Checks;
using Tarikh.Core.Text;
using Tarikh.Core.Time;
using Tarikh.Testing;

namespace Tarikh.Core.Tests.Knowledge;

/// <summary>
/// A test document for linking and verification: the foundation pipeline on a real Arabic text, hand-made
/// mentions and clusters, and claims built as the claims stage would (subject, property, value, spans).
/// </summary>
internal sealed class KbDoc
{
    private static readonly AnalysisPipeline Foundation = TarikhPipeline.CreateFoundation(TarikhResources.LoadDefault());
    private readonly string _text;
    private readonly List<(TextSpan Span, string Label, string Cluster, string? Kind)> _mentions = [];
    private readonly List<Func<Func<string, int>, Claim>> _claims = [];
    private readonly List<Timex> _timexes = [];

    public KbDoc(string text) => _text = text;

    public TextSpan Find(string what, int occurrence = 1)
    {
        var at = -1;
        for (var k = 0; k < occurrence; k++)
        {
            at = _text.IndexOf(what, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new ArgumentException($"'{what}' not in the text.");
            }
        }

        return new TextSpan(at, at + what.Length);
    }

    public KbDoc Person(string text, string? cluster = null, int occurrence = 1) => Mention(text, EntityLabels.Person, cluster ?? text, null, occurrence);

    public KbDoc Place(string text, string? cluster = null, string kind = "city") => Mention(text, EntityLabels.Location, cluster ?? text, kind);

    public KbDoc Org(string text, string? cluster = null, string? kind = null) => Mention(text, EntityLabels.Organization, cluster ?? text, kind);

    public KbDoc Mention(string text, string label, string cluster, string? kind, int occurrence = 1)
    {
        _mentions.Add((Find(text, occurrence), label, cluster, kind));
        return this;
    }

    /// <summary>A date of the time layer: <paramref name="value"/> is "1907-05" or "1907".</summary>
    public KbDoc Timex(string text, string value, CalendarKind calendar = CalendarKind.Gregorian)
    {
        _timexes.Add(new Timex(Find(text), text, TimexType.Date, value, null, calendar, CheckDoc.Interval(value, calendar), null, null, null, true, null, 0.9));
        return this;
    }

    /// <summary>A year the time layer found cut short ("عام 190"): invalid, reason <c>malformed-year</c>, the decade as its interval.</summary>
    public KbDoc MalformedYear(string text, string value, int decadeStart)
    {
        _timexes.Add(new Timex(Find(text), text, TimexType.Date, value, null, CalendarKind.Gregorian,
            new GregorianInterval(new NodaTime.LocalDate(decadeStart, 1, 1), new NodaTime.LocalDate(decadeStart + 9, 12, 31)), null, null, null, false, "malformed-year", 0.5));
        return this;
    }

    /// <summary>An entity claim whose value is a name the entity stage did not tag (a text value).</summary>
    public KbDoc Named(string subject, string property, string name, int occurrence = 1)
    {
        var span = Find(name, occurrence);
        _claims.Add(ids => new Claim(0, ids(subject), property, new ClaimValue(ClaimValueKind.Text, Text: name), [span], ClaimModality.Asserted, 0.6));
        return this;
    }

    /// <summary>A time claim: <paramref name="value"/> is "1870-04-22", "1870-04" or "1870" in <paramref name="calendar"/>.</summary>
    public KbDoc Date(string subject, string property, string dateText, string value, CalendarKind calendar = CalendarKind.Gregorian,
        ClaimModality modality = ClaimModality.Asserted, bool approximate = false)
    {
        var span = Find(dateText);
        _claims.Add(ids =>
        {
            var parts = value.Split('-').Length;
            var v = ClaimValue.OfTime(CheckDoc.Interval(value, calendar), null, dateText) with
            {
                Calendar = calendar.ToString().ToLowerInvariant(),
                Precision = parts switch { 1 => "year", 2 => "month", _ => "day" },
                Approximate = approximate,
            };
            return new Claim(0, ids(subject), property, v, [span], modality, 0.9);
        });
        return this;
    }

    /// <summary>
    /// A claim as the claims stage reads it from an event: the verb's span first, then the value (a cluster, or the
    /// verb's own word as a text value when <paramref name="value"/> is null), then its date held in <see cref="Claim.Time"/>
    /// (a time claim when <paramref name="property"/> is a date property: the date is then the value).
    /// </summary>
    public KbDoc Stated(string subject, string property, string verb, string dateText, string date, string? value = null, string? act = null,
        CalendarKind calendar = CalendarKind.Gregorian, int verbOccurrence = 1)
    {
        var verbSpan = Find(verb, verbOccurrence);
        var dateSpan = Find(dateText);
        _claims.Add(ids =>
        {
            var parts = date.Split('-').Length;
            var time = ClaimValue.OfTime(CheckDoc.Interval(date, calendar), null, dateText) with
            {
                Calendar = calendar.ToString().ToLowerInvariant(),
                Precision = parts switch { 1 => "year", 2 => "month", _ => "day" },
            };
            if (property is ClaimProperties.BirthDate or ClaimProperties.DeathDate)
            {
                return new Claim(0, ids(subject), property, time, [.. new[] { verbSpan, dateSpan }.OrderBy(s => s.Start)], ClaimModality.Asserted, 0.9) { Act = act };
            }

            var v = value is null ? new ClaimValue(ClaimValueKind.Text, Text: verb) : ClaimValue.OfEntity(ids(value), value);
            ImmutableArray<TextSpan> spans = [.. (value is null ? new[] { verbSpan, dateSpan } : [verbSpan, Find(value), dateSpan]).OrderBy(s => s.Start)];
            return new Claim(0, ids(subject), property, v, spans, ClaimModality.Asserted, 0.9) { Time = time, Act = act };
        });
        return this;
    }

    /// <summary>An entity claim whose value is another cluster.</summary>
    public KbDoc Relation(string subject, string property, string value, ClaimModality modality = ClaimModality.Asserted)
    {
        _claims.Add(ids => new Claim(0, ids(subject), property, ClaimValue.OfEntity(ids(value), value), [Find(value)], modality, 0.9));
        return this;
    }

    /// <summary>An entity claim read from a kinship noun and the name after it ("وكان أبوها رشيد العطار"): both spans.</summary>
    /// With <paramref name="cluster"/>, the value's mention belongs to that cluster (a short name merged with a namesake's).
    public KbDoc Kin(string subject, string property, string kinWord, string value, string? cluster = null)
    {
        _claims.Add(ids => new Claim(0, ids(subject), property, ClaimValue.OfEntity(ids(cluster ?? value), value), [Find(kinWord), Find(value)], ClaimModality.Asserted, 0.8));
        return this;
    }

    /// <summary>An entity claim read from a verb and the value after it, without a date ("ولد منير في حلب").</summary>
    public KbDoc Act(string subject, string property, string verb, string value)
    {
        _claims.Add(ids => new Claim(0, ids(subject), property, ClaimValue.OfEntity(ids(value), value), [Find(verb), Find(value)], ClaimModality.Asserted, 0.9));
        return this;
    }

    public AnalyzedDocument Build()
    {
        var doc = Foundation.Run(new SourceText(_text, "test"));
        var clusterIds = _mentions.Select(m => m.Cluster).Distinct().ToList();
        var mentions = _mentions.OrderBy(m => m.Span.Start).ToList();
        var entities = mentions.Select(m => new EntityMention(m.Span, _text[m.Span.Start..m.Span.End], m.Label, clusterIds.IndexOf(m.Cluster), 0.9)).ToImmutableArray();
        var clusters = clusterIds.Select((c, id) =>
        {
            var ms = entities.Select((e, i) => (e, i)).Where(x => x.e.Cluster == id).Select(x => x.i).ToImmutableArray();
            var name = ms.Select(i => entities[i].Text).MaxBy(t => t.Length)!;
            var aliases = ms.Select(i => entities[i].Text).Where(t => t != name).Distinct().ToImmutableArray();
            return new EntityCluster(id, entities[ms[0]].Label, name, ms, aliases, _mentions.First(m => m.Cluster == c).Kind);
        }).ToImmutableArray();
        var claims = _claims.Select(f => f(name => clusterIds.IndexOf(name) is var i && i >= 0 ? i : throw new ArgumentException($"no cluster '{name}'")))
            .OrderBy(c => c.Spans[0].Start)
            .Select((c, i) => c with { Id = i, Sentence = doc.SentenceAt(c.Spans[0].Start) })
            .ToImmutableArray();
        return doc with
        {
            Timexes = [.. _timexes.OrderBy(t => t.Span.Start)],
            Entities = entities,
            Clusters = clusters,
            Subject = clusters.Length > 0 ? 0 : null,
            Claims = claims,
            Layers = doc.Layers.Union([Layer.Time, Layer.Entities, Layer.Events, Layer.Claims]),
        };
    }

    /// <summary>Runs the knowledge stage and checks every span.</summary>
    public AnalyzedDocument Run(IKnowledgeBase kb)
    {
        var doc = new KnowledgeStage(kb).Run(Build());
        SpanAssert.Document(doc);
        return doc;
    }
}

/// <summary>The knowledge bases of data/kb, read once.</summary>
internal static class KbFixtures
{
    private static readonly Lazy<InMemoryKnowledgeBase> LeninKb = new(() => Load("lenin.json"));

    public static InMemoryKnowledgeBase Lenin => LeninKb.Value;

    public static InMemoryKnowledgeBase Load(string name) => FromDump(File.ReadAllBytes(SharedData.Repo("data", "kb", name)));

    public static InMemoryKnowledgeBase FromDump(byte[] dump) => InMemoryKnowledgeBase.FromDump(dump);

    /// <summary>The id of the item whose English label is given.</summary>
    public static string Id(this InMemoryKnowledgeBase kb, string english)
    {
        foreach (var key in new[] { english })
        {
            foreach (var id in kb.Lookup(KbNames.Default.Key(key), KbKeyKind.Name, 10))
            {
                if (kb.Get(id)!.Labels.GetValueOrDefault("en") == english)
                {
                    return id;
                }
            }
        }

        throw new ArgumentException($"no item labelled '{english}'");
    }
}

/// <summary>The full pipeline with one of data/kb's knowledge bases, built once per test class; every run is span-checked.</summary>
internal sealed class KbPipeline
{
    private readonly Lazy<InMemoryKnowledgeBase> _kb;

    private readonly Lazy<AnalysisPipeline> _pipeline;

    /// <summary>
    /// The pipeline with <c>data/kb/</c><paramref name="kbFile"/>, both loaded on first use; with <paramref name="gate"/>, its verifier's
    /// <see cref="VerifierOptions.AttributionGate"/> (round 14) is that grade instead of the default.
    /// </summary>
    public KbPipeline(string kbFile, AttributionGrade? gate = null)
    {
        _kb = new(() => KbFixtures.Load(kbFile));
        _pipeline = new(() =>
        {
            var foundation = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());
            if (gate is not { } g)
            {
                return KnowledgePipeline.WithKnowledge(foundation, _kb.Value);
            }

            var builder = AnalysisPipeline.CreateBuilder();
            foreach (var stage in foundation.Stages)
            {
                builder.Add(stage);
            }

            return builder.Add(new KnowledgeStage(_kb.Value, verifier: new ClaimVerifier(new VerifierOptions(AttributionGate: g)))).Build();
        });
    }

    /// <summary>The knowledge base.</summary>
    public InMemoryKnowledgeBase Kb => _kb.Value;

    /// <summary>Analyzes a text with the knowledge stage and checks every span.</summary>
    public AnalyzedDocument Run(string text)
    {
        var d = _pipeline.Value.Run(new SourceText(text, "test"));
        SpanAssert.Document(d);
        return d;
    }

    /// <summary>The knowledge-base contradictions of a document.</summary>
    public static ImmutableArray<global::Tarikh.Core.Checks.Flag> KbFlags(AnalyzedDocument d) => [.. d.Flags.Where(f => f.Rule == "kb-contradiction")];
}
