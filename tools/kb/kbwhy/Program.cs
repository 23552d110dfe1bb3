using System.Text.Json;
using Tarikh.Core.Claims;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;

// For each planted contradiction no kb-contradiction flag covers: the stage that lost it.
var kb = InMemoryKnowledgeBase.FromDump(File.ReadAllBytes(args[0]));
var verbose = args.Contains("-v");
using var gold = JsonDocument.Parse(File.ReadAllText(args[1]));
var root = Path.GetDirectoryName(Path.GetFullPath(args[1]))!;
var pipeline = KnowledgePipeline.WithKnowledge(TarikhPipeline.CreateDefault(TarikhResources.LoadDefault()), kb);
var counts = new SortedDictionary<string, int>();
foreach (var entry in gold.RootElement.GetProperty("texts").EnumerateObject())
{
    var text = File.ReadAllText(Path.Combine(root, entry.Name));
    var doc = pipeline.Run(new SourceText(text, entry.Name));
    if (verbose) Console.WriteLine($"── {entry.Name}: subject {(doc.Subject is { } ds ? doc.Clusters[ds].Name + "/" + doc.Clusters[ds].Label : "none")}");
    var flags = doc.Flags.Where(f => f.Rule == "kb-contradiction").ToList();
    var links = doc.KbLinks.ToDictionary(l => l.Cluster);
    if (!entry.Value.TryGetProperty("contradictions", out var cs)) continue;
    foreach (var t in cs.EnumerateArray())
    {
        var s = t.GetProperty("text").GetString()!;
        var occ = t.TryGetProperty("occurrence", out var o) ? o.GetInt32() : 1;
        var prop = t.GetProperty("property").GetString();
        var at = -1;
        for (var k = 0; k < occ; k++) at = text.IndexOf(s, at + 1, StringComparison.Ordinal);
        var span = new TextSpan(at, at + s.Length);
        if (flags.Any(f => f.Spans.Any(x => x.Overlaps(span)))) { counts["flagged"] = counts.GetValueOrDefault("flagged") + 1; continue; }
        var claims = doc.Claims.Where(c => c.Spans.Any(x => x.Overlaps(span))
            || new[] { c.Value, c.Time, c.Start, c.End }.Any(v => v?.Timex is { } ti && doc.Timexes[ti].Span.Overlaps(span))).ToList();
        var eventVs = doc.Verifications.Where(v => v.Claim is null && ((v.Timex is { } ti && doc.Timexes[ti].Span.Overlaps(span))
            || (v.Place is { } p && doc.Clusters[p].Mentions.Any(m => doc.Entities[m].Span.Overlaps(span))))).ToList();
        string Rank(Verification? v) => v?.Verdict switch
        {
            Verdicts.Contradicted => "e contradicted-no-flag",
            Verdicts.Supported => "d compatible",
            Verdicts.NotInKb => "c not-in-kb",
            null => "c not-compared",
            _ when v.Note is null => "b unlinked",
            _ => "b2 guard:" + v.Note,
        };
        var lines = new List<string>();
        var best = "a no-claim";
        foreach (var c in claims)
        {
            var vs = doc.Verifications.Where(v => v.Claim == c.Id).ToList();
            var subj = doc.Clusters[c.Subject];
            var link = links.TryGetValue(c.Subject, out var l) ? $"{l.Item} {l.Label} {l.Confidence:0.00} {l.Reason}" : "NIL";
            var val = c.Value.Text ?? (c.Value.Cluster is { } vc ? doc.Clusters[vc].Name : "");
            var valLink = c.Value.Cluster is { } vc2 && links.TryGetValue(vc2, out var vl) ? $" ->{vl.Item}" : c.Value.Cluster is null ? "" : " ->NIL";
            var verdicts = vs.Count == 0 ? "none" : string.Join("; ", vs.Select(v => $"{v.Verdict}{(v.Note is null ? "" : " (" + v.Note + ")")}{(v.Kb is { } e ? $" kb {e.Property}={e.Value}" : "")}"));
            lines.Add($"      claim #{c.Id} {c.Property} {c.Modality} subj «{subj.Name}» [{link}] value «{val}»{valLink}" +
                $"{(c.Time is { } tt ? $" time «{tt.Text}»" : "")}{(c.Start is { } st ? $" start «{st.Text}»" : "")}{(c.End is { } en ? $" end «{en.Text}»" : "")} src {c.Source} act {c.Act} attr {c.Attribution} → {verdicts}");
            foreach (var r in (vs.Count == 0 ? [Rank(null)] : vs.Select(v => Rank(v))))
                if (string.CompareOrdinal(r, best) > 0) best = r;
        }
        foreach (var v in eventVs)
        {
            lines.Add($"      event verification cluster {v.Cluster} {v.Property} {v.Verdict} {v.Note} kb {v.Kb?.Property}={v.Kb?.Value}");
            var r = Rank(v);
            if (string.CompareOrdinal(r, best) > 0) best = r;
        }
        counts[best] = counts.GetValueOrDefault(best) + 1;
        var si = doc.Sentences.IndexOf(doc.Sentences.FirstOrDefault(x => x.Span.Start <= span.Start && span.End <= x.Span.End));
        var sent = doc.Sentences[Math.Max(0, si)];
        Console.WriteLine($"{best,-24} {entry.Name} «{s}»#{occ} {prop}: {t.GetProperty("truth").GetString()}");
        if (verbose)
        {
            Console.WriteLine($"      | {text[sent.Span.Start..sent.Span.End].Replace('\n', ' ')}");
            foreach (var line in lines) Console.WriteLine(line);
            var men = doc.Entities.Where(m => m.Span.Start >= sent.Span.Start && m.Span.End <= sent.Span.End);
            var tx = doc.Timexes.Where(x => x.Span.Start >= sent.Span.Start && x.Span.End <= sent.Span.End);
            Console.WriteLine("      timexes: " + string.Join(", ", tx.Select(x => $"«{x.Text}»={x.Value}{(x.Span.Overlaps(span) ? "*" : "")}")));
            var evs = doc.Events.Where(e => e.Trigger.Start >= sent.Span.Start && e.Trigger.End <= sent.Span.End);
            Console.WriteLine("      events: " + string.Join(", ", evs.Select(e => $"{e.Type}/{e.Subtype}«{e.TriggerText}» t={(e.Time is { } et ? doc.Timexes[et].Text : "-")} pl={(e.Place is { } ep ? doc.Clusters[ep].Name : "-")} parts=[{string.Join("|", e.Participants.Select(pp => pp.Role + ":" + doc.Clusters[pp.Cluster].Name))}]")));
            var sc = doc.Claims.Where(c => c.Sentence == si);
            Console.WriteLine("      claims in sentence: " + string.Join(", ", sc.Select(c => $"#{c.Id} {c.Property} «{doc.Clusters[c.Subject].Name}» «{c.Value.Text}»")));
            Console.WriteLine("      mentions: " + string.Join(", ", men.Select(m => $"{m.Text}/{m.Label}/c{m.Cluster}{(links.TryGetValue(m.Cluster, out var ml) ? "=" + ml.Item : "")}")));
        }
    }
}
Console.WriteLine("TOTAL " + string.Join(", ", counts.Select(kv => $"{kv.Key}: {kv.Value}")));
