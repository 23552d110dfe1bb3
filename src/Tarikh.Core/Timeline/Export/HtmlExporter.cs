using System.Globalization;
using System.Net;
using System.Text;
using Tarikh.Core.Checks;
using Tarikh.Core.Output;
using Tarikh.Core.Text;

namespace Tarikh.Core.Timeline.Export;

/// <summary>
/// One self-contained HTML page (inline CSS and JavaScript, no network): the article right-to-left
/// with dates, entities and event triggers highlighted, and beside it a visual timeline and the flags.
/// Clicking a timeline entry or a flag highlights its evidence spans in the text and scrolls to them;
/// clicking an event in the text shows its timeline entry.
/// </summary>
public sealed class HtmlExporter : IDocumentExporter
{
    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public string Description => "one self-contained HTML page: highlighted article, visual timeline, flags (works offline)";

    /// <inheritdoc />
    public string FileExtension => "html";

    /// <inheritdoc />
    public string MediaType => "text/html";

    /// <inheritdoc />
    public bool Streamable => false;

    /// <inheritdoc />
    public void Write(Stream stream, AnalyzedDocument document, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        writer.Write(Render(document));
        writer.Flush();
    }

    /// <summary>The page as a string.</summary>
    public static string Render(AnalyzedDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var rows = TimelineRows.Of(d);
        var title = TimelineRows.Name(d, d.Subject) ?? d.Id ?? Path.GetFileName(d.Source.Path) ?? "Tarikh";
        var sb = new StringBuilder(d.Source.Length * 3 + 16384);
        sb.Append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
          .Append(E(title)).Append(" — Tarikh</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n<header><h1>")
          .Append(E(title)).Append("</h1><p class=\"legend\"><span class=\"tx\">تاريخ / date</span> <span class=\"ev\">حدث / event</span> <span class=\"ent PER\">شخص / person</span> <span class=\"ent LOC\">مكان / place</span> <span class=\"ent ORG\">منظمة / organization</span> <span class=\"ent MISC\">أخرى / other</span> <span class=\"noise\">ضجيج / noise</span></p></header>\n<main>\n<article id=\"article\">");
        WriteArticle(sb, d, rows);
        sb.Append("</article>\n<aside>\n<h2>الخط الزمني <small>Timeline (").Append(rows.Length.ToString(CultureInfo.InvariantCulture)).Append(")</small></h2>\n<ol class=\"tl\">\n");
        WriteTimeline(sb, rows);
        sb.Append("</ol>\n<h2>التنبيهات <small>Flags (").Append(d.Flags.Length.ToString(CultureInfo.InvariantCulture)).Append(")</small></h2>\n<ul class=\"flags\">\n");
        WriteFlags(sb, d);
        sb.Append("</ul>\n");
        WriteKnowledge(sb, d);
        sb.Append("</aside>\n</main>\n<footer>Tarikh · ").Append(E(d.Source.Path ?? string.Empty)).Append(" · sha256 ").Append(d.Source.Sha256[..12]).Append("</footer>\n<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void WriteArticle(StringBuilder sb, AnalyzedDocument d, System.Collections.Immutable.ImmutableArray<TimelineRow> rows)
    {
        var text = d.Source.Text;
        var anns = new List<(int Start, int End, string Class, string Title, int Event)>();
        foreach (var n in d.Noise)
        {
            anns.Add((n.Span.Start, n.Span.End, "noise", "ضجيج / noise: " + n.Kind, -1));
        }

        foreach (var t in d.Timexes)
        {
            var g = t.Gregorian is { } gi ? " → " + TimelineRows.DateLabel(gi) : string.Empty;
            anns.Add((t.Span.Start, t.Span.End, "tx", $"{t.Type} {t.Value}{g} ({t.Calendar})", -1));
        }

        foreach (var m in d.Entities)
        {
            var name = m.Cluster >= 0 && m.Cluster < d.Clusters.Length ? d.Clusters[m.Cluster].Name : m.Text;
            anns.Add((m.Span.Start, m.Span.End, "ent " + m.Label, $"{m.Label}: {name}", -1));
        }

        var onTimeline = rows.Select(r => r.EventIndex).ToHashSet();
        for (var i = 0; i < d.Events.Length; i++)
        {
            var e = d.Events[i];
            var date = e.Date is { } g ? " " + TimelineRows.DateLabel(g) : string.Empty;
            anns.Add((e.Trigger.Start, e.Trigger.End, onTimeline.Contains(i) ? "ev" : "ev dup", $"{e.Type}{(e.Subtype is null ? string.Empty : "/" + e.Subtype)}{date}", i));
        }

        var points = new SortedSet<int> { 0, text.Length };
        foreach (var a in anns)
        {
            points.Add(Math.Clamp(a.Start, 0, text.Length));
            points.Add(Math.Clamp(a.End, 0, text.Length));
        }

        foreach (var s in d.Sentences)
        {
            points.Add(s.Span.Start);
            points.Add(s.Span.End);
        }

        anns.Sort((a, b) => a.Start.CompareTo(b.Start));
        var active = new List<(int Start, int End, string Class, string Title, int Event)>();
        var next = 0;
        var sentence = 0;
        var inSentence = false;
        var prev = -1;
        foreach (var p in points)
        {
            if (prev >= 0 && p > prev)
            {
                // Segment [prev, p).
                if (!inSentence && sentence < d.Sentences.Length && d.Sentences[sentence].Span.Start == prev)
                {
                    sb.Append("<span class=\"sent\" id=\"s").Append(sentence).Append("\" data-s=\"").Append(prev).Append("\" data-e=\"").Append(d.Sentences[sentence].Span.End).Append("\">");
                    inSentence = true;
                }

                active.RemoveAll(a => a.End <= prev);
                while (next < anns.Count && anns[next].Start <= prev)
                {
                    if (anns[next].End > prev)
                    {
                        active.Add(anns[next]);
                    }

                    next++;
                }

                var seg = E(text[prev..p]);
                if (active.Count == 0)
                {
                    sb.Append(seg);
                }
                else
                {
                    var classes = string.Join(' ', active.Select(a => a.Class).Distinct());
                    var titles = string.Join(" | ", active.Select(a => a.Title));
                    var ev = active.FirstOrDefault(a => a.Event >= 0).Event;
                    sb.Append("<span class=\"").Append(E(classes)).Append("\" data-s=\"").Append(prev).Append("\" data-e=\"").Append(p).Append("\" title=\"").Append(E(titles)).Append('"');
                    if (active.Any(a => a.Event >= 0))
                    {
                        sb.Append(" data-event=\"").Append(ev).Append('"');
                    }

                    sb.Append('>').Append(seg).Append("</span>");
                }

                if (inSentence && d.Sentences[sentence].Span.End == p)
                {
                    sb.Append("</span>");
                    inSentence = false;
                    sentence++;
                }

                while (!inSentence && sentence < d.Sentences.Length && d.Sentences[sentence].Span.End <= p && d.Sentences[sentence].Span.Start < p)
                {
                    sentence++;
                }
            }

            prev = p;
        }

        if (inSentence)
        {
            sb.Append("</span>");
        }
    }

    private static void WriteTimeline(StringBuilder sb, System.Collections.Immutable.ImmutableArray<TimelineRow> rows)
    {
        string? year = null;
        foreach (var r in rows)
        {
            var y = r.Entry.Date is { } g ? g.Start.Year.ToString(CultureInfo.InvariantCulture) : null;
            if (y is not null && y != year)
            {
                sb.Append("<li class=\"year\">").Append(y).Append("</li>\n");
                year = y;
            }

            var evidence = string.Join(',', r.Entry.Evidence.Select(s => $"[{s.Start},{s.End}]"));
            var cls = "entry t-" + r.Event.Type + (r.Entry.Uncertain ? " unc" : string.Empty) + (r.Entry.Placement == TimelinePlacements.Narrative ? " narr" : string.Empty);
            sb.Append("<li class=\"").Append(cls).Append("\" id=\"ev").Append(r.EventIndex).Append("\" data-ev=\"[").Append(evidence).Append("]\" data-sent=\"").Append(r.Event.Sentence).Append("\" tabindex=\"0\">");
            sb.Append("<span class=\"date\">");
            if (r.Entry.Date is null)
            {
                sb.Append("بلا تاريخ · undated — حسب ترتيب السرد");
            }
            else
            {
                sb.Append(r.Entry.Uncertain ? "~ " : string.Empty).Append(E(r.DateLabel));
                if (r.Event.DateSource == Events.EventDateSources.Narrative)
                {
                    sb.Append(" <small>(من سياق السرد / from the narrative)</small>");
                }
            }

            sb.Append("</span><span class=\"type\">").Append(E(r.TypeArabic)).Append(" <small>").Append(E(r.TypeEnglish)).Append("</small></span>");
            sb.Append("<span class=\"head\">").Append(E(r.Headline)).Append("</span>");
            sb.Append("<span class=\"trig\">«").Append(E(r.Event.TriggerText)).Append("» · ").Append(r.Event.Confidence.ToString("0.00", CultureInfo.InvariantCulture)).Append("</span></li>\n");
        }
    }

    private static void WriteFlags(StringBuilder sb, AnalyzedDocument d)
    {
        if (d.Flags.Length == 0)
        {
            sb.Append("<li class=\"none\">").Append(d.Has(Layer.Checks) ? "لا تنبيهات · no flags" : "لم تُجرَ الفحوص · checks not run").Append("</li>\n");
            return;
        }

        foreach (var f in d.Flags)
        {
            var evidence = string.Join(',', f.Spans.Select(s => $"[{s.Start},{s.End}]"));
            var sev = f.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };
            sb.Append("<li class=\"flag ").Append(sev).Append("\" data-ev=\"[").Append(evidence).Append("]\" tabindex=\"0\"><b>").Append(E(f.Rule)).Append("</b> <span class=\"sev\">").Append(sev).Append("</span><br>")
              .Append(E(f.MessageAr)).Append("<br><span dir=\"ltr\" class=\"en\">").Append(E(f.MessageEn)).Append("</span>")
              .Append("<br><small dir=\"ltr\" class=\"evidence\">").Append(E(string.Join(" · ", f.Evidence.Select(kv => kv.Key + ": " + kv.Value)))).Append("</small></li>\n");
        }
    }

    // The claims verified against a knowledge base (analyze --kb): contradicted first, then supported, each with
    // the text's words, the KB's value and a link to the subject's Wikidata page. Nothing without a KB.
    private static void WriteKnowledge(StringBuilder sb, AnalyzedDocument d)
    {
        if (!d.Has(Layer.Knowledge))
        {
            return;
        }

        var shown = d.Verifications.Where(v => v.Verdict is Knowledge.Verdicts.Contradicted or Knowledge.Verdicts.Supported)
            .OrderBy(v => v.Verdict == Knowledge.Verdicts.Contradicted ? 0 : 1).ToList();
        sb.Append("<h2>قاعدة المعرفة <small>Knowledge base (").Append(d.KbLinks.Length.ToString(CultureInfo.InvariantCulture)).Append(" linked, ")
          .Append(shown.Count(v => v.Verdict == Knowledge.Verdicts.Contradicted).ToString(CultureInfo.InvariantCulture)).Append(" contradicted, ")
          .Append(shown.Count(v => v.Verdict == Knowledge.Verdicts.Supported).ToString(CultureInfo.InvariantCulture)).Append(" supported)</small></h2>\n<ul class=\"flags kb\">\n");
        foreach (var v in shown)
        {
            var view = Knowledge.VerificationView.Of(d, v);
            var contradicted = v.Verdict == Knowledge.Verdicts.Contradicted;
            var evidence = string.Join(',', view.Spans.Select(s => $"[{s.Start},{s.End}]"));
            sb.Append("<li class=\"flag ").Append(contradicted ? "error" : "supported").Append("\" data-ev=\"[").Append(evidence).Append("]\" tabindex=\"0\"><b>")
              .Append(contradicted ? "يخالفه المرجع" : "يؤيده المرجع").Append("</b> <span class=\"sev\" dir=\"ltr\">").Append(E(v.Verdict)).Append(" · ").Append(E(v.Property ?? ""))
              .Append("</span><br>النص: «").Append(E(view.Said)).Append("» · المرجع: ").Append(E(view.KbValue));
            if (v.Kb is { } kb)
            {
                sb.Append(" · ");
                if (view.WikidataUrl is { } url)
                {
                    sb.Append("<a href=\"").Append(E(url)).Append("\" rel=\"noopener noreferrer\" target=\"_blank\" dir=\"ltr\">").Append(E(kb.Item)).Append("</a>");
                }
                else
                {
                    sb.Append(E(kb.Item));
                }
            }

            if (v.Note is not null)
            {
                sb.Append("<br><small dir=\"ltr\" class=\"evidence\">").Append(E(v.Note)).Append("</small>");
            }

            sb.Append("</li>\n");
        }

        sb.Append("</ul>\n");
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private const string Css = """
        *{box-sizing:border-box}body{margin:0;font-family:"Noto Naskh Arabic","Amiri","Segoe UI",Tahoma,sans-serif;background:#fafaf7;color:#222}
        header{padding:.6rem 1.2rem;background:#2d3e50;color:#fff}header h1{margin:.2rem 0;font-size:1.4rem}
        .legend span{display:inline-block;margin:.15rem .3rem;padding:0 .3rem;border-radius:3px;background:#fff;color:#222;font-size:.8rem}
        main{display:flex;gap:1rem;padding:1rem;align-items:flex-start}
        article{flex:3;white-space:pre-wrap;line-height:2;font-size:1.1rem;background:#fff;padding:1rem 1.4rem;border:1px solid #ddd;border-radius:6px}
        aside{flex:2;position:sticky;top:.5rem;max-height:calc(100vh - 1rem);overflow:auto;background:#fff;border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem}
        aside h2{font-size:1.1rem;border-bottom:1px solid #ccc}small{color:#666;font-weight:normal}
        .tx{background:#fff3b0;border-radius:3px}.ev{border-bottom:3px solid #c0392b;font-weight:bold;cursor:pointer}.ev.dup{border-bottom-style:dotted;font-weight:normal}
        .ent.PER{color:#1f4e99;text-decoration:underline;text-decoration-color:#1f4e99}.ent.LOC{color:#1e7b34;text-decoration:underline dotted}.ent.ORG{color:#a35200;text-decoration:underline dashed}.ent.MISC{color:#6b4c8a}
        .noise{color:#aaa;text-decoration:line-through}
        .hl{outline:3px solid #e67e22;background:#ffe0b3}.sent.hls{background:#eef6ff}
        ol.tl{list-style:none;margin:0;padding:0 1.2rem 0 0;border-right:3px solid #2d3e50}
        ol.tl li{position:relative;margin:.3rem 0;padding:.3rem .6rem}
        ol.tl li.year{font-weight:bold;color:#2d3e50;font-size:1.05rem;margin-top:.8rem}
        ol.tl li.year::before{content:"";position:absolute;right:-1.75rem;top:.6rem;width:.9rem;height:.9rem;background:#2d3e50;border-radius:50%}
        ol.tl li.entry{border:1px solid #e3e3e3;border-radius:5px;cursor:pointer;background:#fcfcfc}
        ol.tl li.entry::before{content:"";position:absolute;right:-1.6rem;top:.8rem;width:.6rem;height:.6rem;background:#c0392b;border-radius:50%}
        ol.tl li.entry.narr{border-style:dashed;background:#f7f7f7}ol.tl li.entry.narr::before{background:#999}
        ol.tl li.entry.unc .date{font-style:italic}ol.tl li.entry.sel,ul.flags li.sel{outline:2px solid #e67e22}
        .entry span{display:block}.date{font-family:monospace;direction:ltr;text-align:right;color:#2d3e50}.type{color:#c0392b}.trig{font-size:.8rem;color:#777}
        ul.flags{list-style:none;padding:0}ul.flags li{margin:.3rem 0;padding:.4rem;border-radius:4px;cursor:pointer;border-right:4px solid #999;background:#f7f7f7}
        ul.flags li.error{border-color:#c0392b}ul.flags li.warning{border-color:#e67e22}ul.flags li.info{border-color:#2980b9}ul.flags li.supported{border-color:#2e8b57}.sev{font-size:.75rem;color:#777}.en{font-size:.85rem;color:#444}
        footer{padding:.5rem 1.2rem;color:#888;font-size:.8rem;direction:ltr}
        @media (max-width:900px){main{flex-direction:column}aside{position:static;max-height:none}}
        """;

    private const string Script = """
        (function(){
          var marked=[];
          function clear(){marked.forEach(function(e){e.classList.remove('hl');e.classList.remove('hls');e.classList.remove('sel');});marked=[];}
          function mark(e,c){e.classList.add(c);marked.push(e);}
          function show(spans,sent,item){
            clear();if(item)mark(item,'sel');var first=null;
            var nodes=document.querySelectorAll('#article [data-s]');
            spans.forEach(function(p){nodes.forEach(function(n){
              var s=+n.getAttribute('data-s'),e=+n.getAttribute('data-e');
              if(n.classList.contains('sent')){if(s<=p[0]&&p[1]<=e){mark(n,'hls');}return;}
              if(s>=p[0]&&e<=p[1]){mark(n,'hl');if(!first||s<+first.getAttribute('data-s'))first=n;}
            });});
            if(sent!==null){var se=document.getElementById('s'+sent);if(se){mark(se,'hls');if(!first)first=se;}}
            if(first)first.scrollIntoView({behavior:'smooth',block:'center'});
          }
          document.querySelectorAll('[data-ev]').forEach(function(li){
            function go(){var sent=li.hasAttribute('data-sent')?li.getAttribute('data-sent'):null;show(JSON.parse(li.getAttribute('data-ev')),sent,li);}
            li.addEventListener('click',go);li.addEventListener('keydown',function(k){if(k.key==='Enter')go();});
          });
          document.querySelectorAll('#article [data-event]').forEach(function(n){
            n.addEventListener('click',function(){var li=document.getElementById('ev'+n.getAttribute('data-event'));
              if(li){li.scrollIntoView({behavior:'smooth',block:'center'});li.click();}});
          });
        })();
        """;
}
