using System.Globalization;
using System.Text;
using System.Xml;
using Tarikh.Core.Output;
using Tarikh.Core.Text;
using Tarikh.Core.Time;

namespace Tarikh.Core.Timeline.Export;

/// <summary>
/// TimeML 1.2 XML over the text: the original text inside <c>&lt;TEXT&gt;</c> with inline
/// <c>&lt;TIMEX3&gt;</c> (tid, type, value, mod, anchorTimeID) and <c>&lt;EVENT&gt;</c> (eid, class) tags,
/// then <c>&lt;MAKEINSTANCE&gt;</c> per event and <c>&lt;TLINK&gt;</c>s: each dated event IS_INCLUDED in
/// (or DURING, for a range) its timex, and consecutive dated timeline entries BEFORE each other when
/// their intervals do not overlap. Tags never cross: a span overlapping an already open tag is left
/// out of the inline markup (its links remain). Characters XML forbids are replaced by U+FFFD.
/// </summary>
public sealed class TimeMLExporter : IDocumentExporter
{
    /// <inheritdoc />
    public string Format => "timeml";

    /// <inheritdoc />
    public string Description => "TimeML XML: TIMEX3, EVENT, MAKEINSTANCE, TLINK over the text";

    /// <inheritdoc />
    public string FileExtension => "tml";

    /// <inheritdoc />
    public string MediaType => "application/xml";

    /// <inheritdoc />
    public bool Streamable => false;

    /// <inheritdoc />
    public void Write(Stream stream, AnalyzedDocument document, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, CloseOutput = false };
        using (var w = XmlWriter.Create(stream, settings))
        {
            Write(w, document);
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>Writes the TimeML document.</summary>
    public static void Write(XmlWriter w, AnalyzedDocument d)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(d);
        w.WriteStartDocument();
        w.WriteStartElement("TimeML");
        w.WriteElementString("DOCID", Clean(d.Id ?? d.Source.Path ?? "document"));
        if (d.ReferenceDate is { } dct)
        {
            w.WriteStartElement("DCT");
            w.WriteStartElement("TIMEX3");
            w.WriteAttributeString("tid", "t0");
            w.WriteAttributeString("type", "DATE");
            w.WriteAttributeString("value", GregorianInterval.Format(dct));
            w.WriteAttributeString("functionInDocument", "CREATION_TIME");
            w.WriteString(GregorianInterval.Format(dct));
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteWhitespace("\n");
        WriteText(w, d);
        w.WriteWhitespace("\n");

        for (var i = 0; i < d.Events.Length; i++)
        {
            w.WriteStartElement("MAKEINSTANCE");
            w.WriteAttributeString("eiid", "ei" + Id(i));
            w.WriteAttributeString("eventID", "e" + Id(i));
            w.WriteAttributeString("tense", "NONE");
            w.WriteAttributeString("aspect", "NONE");
            w.WriteAttributeString("polarity", "POS");
            w.WriteAttributeString("pos", d.Events[i].Pos == "noun" ? "NOUN" : "VERB");
            w.WriteEndElement();
            w.WriteWhitespace("\n");
        }

        var lid = 0;
        for (var i = 0; i < d.Events.Length; i++)
        {
            var e = d.Events[i];
            if (e.Time is not { } t || t < 0 || t >= d.Timexes.Length)
            {
                continue;
            }

            w.WriteStartElement("TLINK");
            w.WriteAttributeString("lid", "l" + Id(lid++));
            w.WriteAttributeString("eventInstanceID", "ei" + Id(i));
            w.WriteAttributeString("relatedToTime", "t" + Id(t));
            w.WriteAttributeString("relType", d.Timexes[t].Range is not null && e.Date is { } g && d.Timexes[t].Gregorian is { } tg && g != tg ? "DURING" : "IS_INCLUDED");
            w.WriteEndElement();
            w.WriteWhitespace("\n");
        }

        TimelineEntry? previous = null;
        foreach (var entry in d.Timeline)
        {
            if (entry.Date is not { } g)
            {
                continue;
            }

            if (previous?.Date is { } p && p.End < g.Start)
            {
                w.WriteStartElement("TLINK");
                w.WriteAttributeString("lid", "l" + Id(lid++));
                w.WriteAttributeString("eventInstanceID", "ei" + Id(previous.Event));
                w.WriteAttributeString("relatedToEventInstance", "ei" + Id(entry.Event));
                w.WriteAttributeString("relType", "BEFORE");
                w.WriteEndElement();
                w.WriteWhitespace("\n");
            }

            previous = entry;
        }

        w.WriteEndElement();
        w.WriteEndDocument();
        w.Flush();
    }

    private static void WriteText(XmlWriter w, AnalyzedDocument d)
    {
        // Tags: (start, end, kind, index); timexes before events at the same start (longer first).
        var tags = new List<(int Start, int End, bool Timex, int Index)>();
        for (var i = 0; i < d.Timexes.Length; i++)
        {
            tags.Add((d.Timexes[i].Span.Start, d.Timexes[i].Span.End, true, i));
        }

        for (var i = 0; i < d.Events.Length; i++)
        {
            tags.Add((d.Events[i].Trigger.Start, d.Events[i].Trigger.End, false, i));
        }

        tags.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var text = d.Source.Text;
        w.WriteStartElement("TEXT");
        var pos = 0;
        var open = new Stack<int>(); // end offsets of open tags
        foreach (var tag in tags)
        {
            if (tag.End <= tag.Start)
            {
                continue;
            }

            // Close tags that end before this one starts.
            while (open.Count > 0 && open.Peek() <= tag.Start)
            {
                var end = open.Pop();
                w.WriteString(Clean(text[pos..end]));
                pos = end;
                w.WriteEndElement();
            }

            if (tag.Start < pos || (open.Count > 0 && tag.End > open.Peek()))
            {
                continue; // would cross an open tag
            }

            w.WriteString(Clean(text[pos..tag.Start]));
            pos = tag.Start;
            if (tag.Timex)
            {
                var t = d.Timexes[tag.Index];
                w.WriteStartElement("TIMEX3");
                w.WriteAttributeString("tid", "t" + Id(tag.Index));
                w.WriteAttributeString("type", t.Type.ToString().ToUpperInvariant());
                w.WriteAttributeString("value", t.Value ?? "XXXX");
                if (t.Mod is { } mod)
                {
                    w.WriteAttributeString("mod", mod.ToString().ToUpperInvariant());
                }

                if (t.Anchor is { Timex: { } anchor })
                {
                    w.WriteAttributeString("anchorTimeID", "t" + Id(anchor));
                }
                else if (t.Anchor is { IsReference: true } && d.ReferenceDate is not null)
                {
                    w.WriteAttributeString("anchorTimeID", "t0");
                }
            }
            else
            {
                var e = d.Events[tag.Index];
                w.WriteStartElement("EVENT");
                w.WriteAttributeString("eid", "e" + Id(tag.Index));
                w.WriteAttributeString("class", e.Type == "illness" ? "STATE" : "OCCURRENCE");
            }

            open.Push(tag.End);
        }

        while (open.Count > 0)
        {
            var end = open.Pop();
            w.WriteString(Clean(text[pos..end]));
            pos = end;
            w.WriteEndElement();
        }

        w.WriteString(Clean(text[pos..]));
        w.WriteEndElement();
    }

    private static string Id(int i) => (i + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The text with characters XML 1.0 forbids replaced by U+FFFD (surrogate pairs kept).</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = XmlConvert.IsXmlChar(c) || (char.IsHighSurrogate(c) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c));
            if (ok && char.IsHighSurrogate(c))
            {
                sb?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (!ok && sb is null)
            {
                sb = new StringBuilder(text.Length);
                sb.Append(text, 0, i);
            }

            sb?.Append(ok ? c : '\uFFFD');
        }

        return sb?.ToString() ?? text;
    }
}
