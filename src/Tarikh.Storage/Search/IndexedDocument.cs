using System.Collections.Immutable;
using System.Text.Json;
using Tarikh.Core.Entities;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Storage.Search;

/// <summary>
/// What the search index holds for one document, read from whatever layers it carries: its text,
/// entity names and aliases (by label), event types, flag rules and the Gregorian intervals of its
/// dated expressions and events. Built from an <see cref="AnalyzedDocument"/> at ingest, or from a
/// stored tarikh/1 JSON when rebuilding the index.
/// </summary>
public sealed record IndexedDocument(
    long Id,
    string? SourcePath,
    string Text,
    ImmutableArray<string> Persons,
    ImmutableArray<string> Places,
    ImmutableArray<string> OtherNames,
    ImmutableArray<string> EventTypes,
    ImmutableArray<string> FlagRules,
    ImmutableArray<(NodaTime.LocalDate Start, NodaTime.LocalDate End)> Intervals)
{
    /// <summary>Each event's type with its date (Gregorian interval): date and type filters must hold for the same event.</summary>
    public ImmutableArray<(string Type, NodaTime.LocalDate Start, NodaTime.LocalDate End)> EventDates { get; init; } = [];

    /// <summary>
    /// The pipeline's tokens of <see cref="Text"/>, when built from an analyzed document: the PostgreSQL search makes
    /// its terms from them instead of tokenizing the text again. Empty when built from a stored JSON.
    /// </summary>
    public ImmutableArray<Token> Tokens { get; init; } = [];

    /// <summary>A title: the first non-empty line, cut to 120 characters.</summary>
    public string Title
    {
        get
        {
            foreach (var line in Text.AsSpan().EnumerateLines())
            {
                var t = line.Trim();
                if (t.Length > 0)
                {
                    return t.Length <= 120 ? t.ToString() : string.Concat(t[..120], "…");
                }
            }

            return string.Empty;
        }
    }

    /// <summary>From an analyzed document.</summary>
    public static IndexedDocument From(long id, AnalyzedDocument d, string? sourcePath = null)
    {
        ArgumentNullException.ThrowIfNull(d);
        var persons = new List<string>();
        var places = new List<string>();
        var others = new List<string>();
        foreach (var c in d.Clusters)
        {
            var target = c.Label switch { EntityLabels.Person => persons, EntityLabels.Location => places, _ => others };
            target.Add(c.Name);
            if (!c.Aliases.IsDefault)
            {
                target.AddRange(c.Aliases);
            }
        }

        var intervals = new List<(NodaTime.LocalDate, NodaTime.LocalDate)>();
        foreach (var t in d.Timexes)
        {
            if (t.Valid && t.Gregorian is { } g)
            {
                intervals.Add((g.Start, g.End));
            }
        }

        var eventDates = new List<(string, NodaTime.LocalDate, NodaTime.LocalDate)>();
        foreach (var e in d.Events)
        {
            if (e.Date is { } g)
            {
                intervals.Add((g.Start, g.End));
                eventDates.Add((e.Type, g.Start, g.End));
            }
        }

        return new IndexedDocument(
            id, sourcePath ?? d.Source.Path, d.Source.Text,
            Distinct(persons), Distinct(places), Distinct(others),
            Distinct(d.Events.Select(e => e.Type)), Distinct(d.Flags.Select(f => f.Rule)),
            [.. intervals.Distinct()])
        {
            EventDates = [.. eventDates.Distinct()],
            Tokens = d.Tokens.IsDefault ? [] : d.Tokens,
        };
    }

    /// <summary>From a stored document (its text and tarikh/1 JSON).</summary>
    public static IndexedDocument From(StoredDocument stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        using var json = JsonDocument.Parse(stored.AnalysisJson);
        var root = json.RootElement;
        var persons = new List<string>();
        var places = new List<string>();
        var others = new List<string>();
        foreach (var c in Array(root, "clusters"))
        {
            var label = c.TryGetProperty("label", out var l) ? l.GetString() : null;
            var target = label switch { EntityLabels.Person => persons, EntityLabels.Location => places, _ => others };
            if (c.TryGetProperty("name", out var n) && n.GetString() is { } name)
            {
                target.Add(name);
            }

            foreach (var a in Array(c, "aliases"))
            {
                if (a.GetString() is { } alias)
                {
                    target.Add(alias);
                }
            }
        }

        var intervals = new List<(NodaTime.LocalDate, NodaTime.LocalDate)>();
        foreach (var t in Array(root, "timexes"))
        {
            var valid = !t.TryGetProperty("valid", out var v) || v.ValueKind != JsonValueKind.False;
            if (valid && Interval(t, "gregorian") is { } g)
            {
                intervals.Add(g);
            }
        }

        var types = new List<string>();
        var eventDates = new List<(string, NodaTime.LocalDate, NodaTime.LocalDate)>();
        foreach (var e in Array(root, "events"))
        {
            var type = e.TryGetProperty("type", out var ty) ? ty.GetString() : null;
            if (type is not null)
            {
                types.Add(type);
            }

            if (Interval(e, "date") is { } g)
            {
                intervals.Add(g);
                if (type is not null)
                {
                    eventDates.Add((type, g.Item1, g.Item2));
                }
            }
        }

        var rules = new List<string>();
        foreach (var f in Array(root, "flags"))
        {
            if (f.TryGetProperty("rule", out var r) && r.GetString() is { } rule)
            {
                rules.Add(rule);
            }
        }

        return new IndexedDocument(stored.Id, stored.SourcePath, stored.Text, Distinct(persons), Distinct(places), Distinct(others), Distinct(types), Distinct(rules), [.. intervals.Distinct()])
        {
            EventDates = [.. eventDates.Distinct()],
        };
    }

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    private static (NodaTime.LocalDate, NodaTime.LocalDate)? Interval(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var g) || g.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var s = DateBound.Parse(g.TryGetProperty("start", out var st) ? st.GetString() : null, upper: false);
        var en = DateBound.Parse(g.TryGetProperty("end", out var et) ? et.GetString() : null, upper: true);
        return s.Date is { } a && en.Date is { } b && a <= b ? (a, b) : null;
    }

    private static ImmutableArray<string> Distinct(IEnumerable<string> values) =>
        [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal)];
}
