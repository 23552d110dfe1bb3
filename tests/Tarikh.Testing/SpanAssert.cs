using Tarikh.Core.Text;
using Xunit;

namespace Tarikh.Testing;

/// <summary>
/// The shared span assertion every layer's tests use: spans in bounds, half-open and non-negative,
/// ordered by start, and the carried text equal to the source under the span.
/// </summary>
public static class SpanAssert
{
    /// <summary>Checks one list of spans: in bounds and (when <paramref name="ordered"/>) ordered by start; optionally non-overlapping.</summary>
    public static void Spans(SourceText source, IEnumerable<TextSpan> spans, string layer, bool ordered = true, bool disjoint = false)
    {
        var previous = new TextSpan(-1, -1);
        var i = 0;
        foreach (var span in spans)
        {
            Assert.True(span.Start >= 0 && span.End >= span.Start && span.End <= source.Length,
                $"{layer}[{i}] {span} is outside the text of length {source.Length}.");
            if (ordered)
            {
                Assert.True(span.Start >= previous.Start, $"{layer}[{i}] {span} starts before {layer}[{i - 1}] {previous}.");
            }

            if (disjoint && i > 0)
            {
                Assert.True(span.Start >= previous.End, $"{layer}[{i}] {span} overlaps {layer}[{i - 1}] {previous}.");
            }

            previous = span;
            i++;
        }
    }

    /// <summary>Checks elements that carry their text: bounds, order, and <c>Text == source[Span]</c>.</summary>
    public static void Texts<T>(SourceText source, IEnumerable<T> items, string layer, bool ordered = true)
        where T : ISpannedText
    {
        var list = items.ToList();
        Spans(source, list.Select(x => x.Span), layer, ordered);
        for (var i = 0; i < list.Count; i++)
        {
            Assert.True(list[i].Text == source[list[i].Span],
                $"{layer}[{i}] text '{list[i].Text}' differs from the source under {list[i].Span}: '{source[list[i].Span]}'.");
        }
    }

    /// <summary>Checks every layer a document carries.</summary>
    public static void Document(AnalyzedDocument d)
    {
        var src = d.Source;
        Spans(src, d.Noise.Select(n => n.Span), "noise", disjoint: true);
        Spans(src, d.Sentences.Select(s => s.Span), "sentences", disjoint: true);
        Spans(src, d.Tokens.Select(t => t.Span), "tokens", disjoint: true);
        foreach (var t in d.Tokens)
        {
            Assert.False(t.Span.IsEmpty, $"empty token at {t.Span}");
            Assert.True(t.Sentence >= 0 && t.Sentence < d.Sentences.Length, $"token {t.Span} names sentence {t.Sentence}.");
            Assert.True(d.Sentences[t.Sentence].Span.Contains(t.Span), $"token {t.Span} lies outside its sentence {d.Sentences[t.Sentence].Span}.");
        }

        Texts(src, d.Timexes, "timexes");
        Texts(src, d.Entities, "entities");
        Spans(src, d.Events.Select(e => e.Trigger), "events.trigger");
        foreach (var e in d.Events)
        {
            Assert.Equal(src[e.Trigger], e.TriggerText);
        }

        foreach (var t in d.Timeline)
        {
            Spans(src, t.Evidence, "timeline.evidence", ordered: false);
        }

        foreach (var f in d.Flags)
        {
            Spans(src, f.Spans, $"flags[{f.Rule}].spans", ordered: false);
            foreach (var id in f.Claims)
            {
                Assert.True(id >= 0 && id < d.Claims.Length, $"flag {f.Rule} names claim {id} of {d.Claims.Length}.");
            }
        }

        for (var i = 0; i < d.Claims.Length; i++)
        {
            var c = d.Claims[i];
            Assert.Equal(i, c.Id);
            Assert.False(c.Spans.IsDefaultOrEmpty, $"claim {i} has no evidence span.");
            Spans(src, c.Spans, $"claims[{i}].spans");
            // The document's anonymous subject (-2, Claims.DocumentIndex.AnonymousSubject) has no cluster and carries its attribution.
            Assert.True((c.Subject >= 0 && c.Subject < d.Clusters.Length) || (c.Subject == Tarikh.Core.Claims.DocumentIndex.AnonymousSubject && c.Attribution is not null),
                $"claim {i} names cluster {c.Subject} of {d.Clusters.Length}.");
            Assert.InRange(c.Confidence, 0.0, 1.0);
            foreach (var v in new[] { c.Value, c.Time, c.Start, c.End })
            {
                if (v?.Timex is { } t)
                {
                    Assert.True(t >= 0 && t < d.Timexes.Length, $"claim {i} names timex {t} of {d.Timexes.Length}.");
                }

                if (v?.Cluster is { } cl)
                {
                    Assert.True(cl >= 0 && cl < d.Clusters.Length, $"claim {i} names cluster {cl} of {d.Clusters.Length}.");
                }
            }
        }

        foreach (var c in d.Clusters)
        {
            foreach (var m in c.Mentions)
            {
                Assert.True(m >= 0 && m < d.Entities.Length, $"cluster {c.Id} names mention {m} of {d.Entities.Length}.");
            }
        }
    }

    /// <summary>Checks a tarikh/1 JSON document: every object with start/end/text has text equal to the source slice.</summary>
    public static void Json(string source, System.Text.Json.JsonElement element, string path = "$")
    {
        switch (element.ValueKind)
        {
            case System.Text.Json.JsonValueKind.Object:
                if (element.TryGetProperty("start", out var s) && element.TryGetProperty("end", out var e) && element.TryGetProperty("text", out var t)
                    && s.ValueKind == System.Text.Json.JsonValueKind.Number && e.ValueKind == System.Text.Json.JsonValueKind.Number)
                {
                    var start = s.GetInt32();
                    var end = e.GetInt32();
                    Assert.True(start >= 0 && end >= start && end <= source.Length, $"{path}: [{start},{end}) outside text of length {source.Length}.");
                    Assert.True(t.GetString() == source[start..end], $"{path}: text '{t.GetString()}' != source '{source[start..end]}'.");
                }

                foreach (var p in element.EnumerateObject())
                {
                    Json(source, p.Value, path + "." + p.Name);
                }

                break;
            case System.Text.Json.JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Json(source, item, $"{path}[{i++}]");
                }

                break;
        }
    }
}
