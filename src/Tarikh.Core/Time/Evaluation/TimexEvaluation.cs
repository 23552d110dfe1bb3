using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Tarikh.Core.Text;

namespace Tarikh.Core.Time.Evaluation;

/// <summary>One gold temporal expression.</summary>
/// <param name="Span">Its span in the text.</param>
/// <param name="Type">DATE, TIME, DURATION or SET.</param>
/// <param name="Value">TIMEX3 value, or null when the annotator gives none.</param>
/// <param name="Calendar">The calendar the value is written in (gregorian by default; julian or hijri).</param>
public sealed record GoldTimex(TextSpan Span, string Type, string? Value, string? Calendar = null);

/// <summary>A gold document: the text, its reference date and its expressions.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Text">The text.</param>
/// <param name="ReferenceDate">Reference date for news-relative expressions, or null.</param>
/// <param name="Timexes">Gold expressions in text order.</param>
public sealed record GoldDocument(string Id, string Text, LocalDate? ReferenceDate, IReadOnlyList<GoldTimex> Timexes);

/// <summary>A system expression for scoring (a timex, or a range merged into one span).</summary>
/// <param name="Span">Span.</param>
/// <param name="Type">Type.</param>
/// <param name="Value">TIMEX3 value.</param>
/// <param name="Interval">Gregorian interval, or null.</param>
public sealed record SystemTimex(TextSpan Span, string Type, string? Value, GregorianInterval? Interval);

/// <summary>Precision, recall, F1 and value/type accuracy of one evaluation.</summary>
public sealed record TimexScores
{
    /// <summary>Gold expressions.</summary>
    public int Gold { get; init; }

    /// <summary>System expressions.</summary>
    public int System { get; init; }

    /// <summary>Exact span matches.</summary>
    public int StrictMatches { get; init; }

    /// <summary>Overlapping span matches (one-to-one).</summary>
    public int RelaxedMatches { get; init; }

    /// <summary>Relaxed matches with the right type.</summary>
    public int TypeCorrect { get; init; }

    /// <summary>Relaxed matches whose gold has a value.</summary>
    public int ValueScored { get; init; }

    /// <summary>Relaxed matches with the right value.</summary>
    public int ValueCorrect { get; init; }

    /// <summary>Strict precision.</summary>
    public double StrictP => Ratio(StrictMatches, System);

    /// <summary>Strict recall.</summary>
    public double StrictR => Ratio(StrictMatches, Gold);

    /// <summary>Strict F1.</summary>
    public double StrictF1 => F(StrictP, StrictR);

    /// <summary>Relaxed precision.</summary>
    public double RelaxedP => Ratio(RelaxedMatches, System);

    /// <summary>Relaxed recall.</summary>
    public double RelaxedR => Ratio(RelaxedMatches, Gold);

    /// <summary>Relaxed F1.</summary>
    public double RelaxedF1 => F(RelaxedP, RelaxedR);

    /// <summary>Type accuracy over relaxed matches.</summary>
    public double TypeAccuracy => Ratio(TypeCorrect, RelaxedMatches);

    /// <summary>Value accuracy over relaxed matches that have a gold value.</summary>
    public double ValueAccuracy => Ratio(ValueCorrect, ValueScored);

    /// <summary>Sums two score sets.</summary>
    public static TimexScores operator +(TimexScores a, TimexScores b) => new()
    {
        Gold = a.Gold + b.Gold,
        System = a.System + b.System,
        StrictMatches = a.StrictMatches + b.StrictMatches,
        RelaxedMatches = a.RelaxedMatches + b.RelaxedMatches,
        TypeCorrect = a.TypeCorrect + b.TypeCorrect,
        ValueScored = a.ValueScored + b.ValueScored,
        ValueCorrect = a.ValueCorrect + b.ValueCorrect,
    };

    /// <summary>No expressions.</summary>
    public static TimexScores Empty { get; } = new();

    private static double Ratio(int a, int b) => b == 0 ? (a == 0 ? 1 : 0) : (double)a / b;

    private static double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

/// <summary>A mismatch, for the verbose report.</summary>
/// <param name="Kind">missed | spurious | value | type | span.</param>
/// <param name="Gold">Gold text, or null.</param>
/// <param name="System">System text, or null.</param>
/// <param name="Detail">Values or types compared.</param>
public sealed record TimexError(string Kind, string? Gold, string? System, string Detail);

/// <summary>
/// Scores temporal expressions against gold: strict (exact span) and relaxed (overlap, one-to-one) span
/// P/R/F1, type accuracy and value accuracy over relaxed matches. Values are compared as the intervals they
/// denote when both sides have one (<c>2016-01</c> equals <c>(2016-01-01,2016-02-01,P1M)</c>), else as strings.
/// Pure: callers read the files.
/// </summary>
public static class TimexScorer
{
    /// <summary>The system expressions of a document: timexes, with the two ends of each range also offered merged.</summary>
    public static List<SystemTimex> FromDocument(AnalyzedDocument doc, bool mergeRanges)
    {
        var list = new List<SystemTimex>();
        var skip = new HashSet<int>();
        for (var i = 0; i < doc.Timexes.Length; i++)
        {
            if (skip.Contains(i))
            {
                continue;
            }

            var t = doc.Timexes[i];
            if (mergeRanges && t.Range is { } r && r > i)
            {
                var o = doc.Timexes[r];
                skip.Add(r);
                GregorianInterval? iv = t.Gregorian is { } a && o.Gregorian is { } b && b.End >= a.Start ? new GregorianInterval(a.Start, b.End) : null;
                list.Add(new SystemTimex(new TextSpan(t.Span.Start, o.Span.End), "DATE", iv is { } v ? $"({GregorianInterval.Format(v.Start)},{GregorianInterval.Format(v.End.PlusDays(1))})" : null, iv));
                continue;
            }

            list.Add(new SystemTimex(t.Span, t.Type.ToString().ToUpperInvariant(), t.Value, t.Valid ? t.Gregorian : null));
        }

        return list;
    }

    /// <summary>Scores one document.</summary>
    public static TimexScores Score(IReadOnlyList<GoldTimex> gold, IReadOnlyList<SystemTimex> system, List<TimexError>? errors = null, string? text = null)
    {
        var strict = 0;
        foreach (var g in gold)
        {
            if (system.Any(s => s.Span == g.Span))
            {
                strict++;
            }
        }

        // One-to-one relaxed matching: gold in order, each takes the unused system span overlapping it most.
        var used = new bool[system.Count];
        int relaxed = 0, typeOk = 0, valueScored = 0, valueOk = 0;
        foreach (var g in gold)
        {
            var best = -1;
            var bestOverlap = 0;
            for (var k = 0; k < system.Count; k++)
            {
                if (used[k] || !system[k].Span.Overlaps(g.Span))
                {
                    continue;
                }

                var overlap = Math.Min(g.Span.End, system[k].Span.End) - Math.Max(g.Span.Start, system[k].Span.Start);
                if (overlap > bestOverlap)
                {
                    bestOverlap = overlap;
                    best = k;
                }
            }

            if (best < 0)
            {
                errors?.Add(new TimexError("missed", Slice(text, g.Span), null, $"{g.Type} {g.Value}"));
                continue;
            }

            used[best] = true;
            relaxed++;
            var s = system[best];
            if (string.Equals(s.Type, g.Type, StringComparison.OrdinalIgnoreCase))
            {
                typeOk++;
            }
            else
            {
                errors?.Add(new TimexError("type", Slice(text, g.Span), Slice(text, s.Span), $"{g.Type} vs {s.Type}"));
            }

            if (g.Value is not null)
            {
                valueScored++;
                if (ValuesEqual(g.Value, s.Value, s.Interval) || (GoldInterval(g) is { } gi && s.Interval == gi))
                {
                    valueOk++;
                }
                else
                {
                    errors?.Add(new TimexError("value", Slice(text, g.Span), Slice(text, s.Span), $"{g.Value} vs {s.Value}"));
                }
            }
        }

        if (errors is not null)
        {
            for (var k = 0; k < system.Count; k++)
            {
                if (!used[k])
                {
                    errors.Add(new TimexError("spurious", null, Slice(text, system[k].Span), $"{system[k].Type} {system[k].Value}"));
                }
            }
        }

        return new TimexScores
        {
            Gold = gold.Count,
            System = system.Count,
            StrictMatches = strict,
            RelaxedMatches = relaxed,
            TypeCorrect = typeOk,
            ValueScored = valueScored,
            ValueCorrect = valueOk,
        };
    }

    /// <summary>The Gregorian interval of a gold value written in the Julian or Hijri calendar (YYYY, YYYY-MM, YYYY-MM-DD).</summary>
    public static GregorianInterval? GoldInterval(GoldTimex g)
    {
        if (g.Value is not { } v || g.Calendar is not ("julian" or "hijri"))
        {
            return null;
        }

        var kind = g.Calendar == "julian" ? CalendarKind.Julian : CalendarKind.Hijri;
        var parts = v.Split('-');
        var cal = Calendars.TarikhCalendars.Default;
        if (parts.Length == 0 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return cal.TryYears(kind, y, y, out var iv, out _) ? iv : null;
        }

        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m))
        {
            return null;
        }

        if (parts.Length == 2)
        {
            return cal.TryMonth(kind, y, m, out var mv, out _) ? mv : null;
        }

        return int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d) && cal.TryDay(kind, y, m, d, out var day, out _) ? GregorianInterval.Day(day) : null;
    }

    private static string? Slice(string? text, TextSpan span) => text is null || span.End > text.Length ? null : text[span.Start..span.End];

    /// <summary>True when a gold value and a system value denote the same thing.</summary>
    public static bool ValuesEqual(string gold, string? system, GregorianInterval? systemInterval)
    {
        if (system is not null && string.Equals(Canon(gold), Canon(system), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // An underspecified expected value (XXXX-04-22) accepts a system value that fills its Xs.
        if (system is not null && gold.Contains('X', StringComparison.Ordinal) && gold.Length == system.Length && !system.Contains('X', StringComparison.Ordinal))
        {
            var fits = true;
            for (var k = 0; k < gold.Length && fits; k++)
            {
                fits = gold[k] == 'X' ? char.IsDigit(system[k]) : gold[k] == system[k];
            }

            if (fits)
            {
                return true;
            }
        }

        var si = systemInterval ?? (system is null ? null : IntervalOf(system));
        if (NthWeekdayMatches(gold, si) || WeekdayMatches(gold, system, si))
        {
            return true;
        }

        var gi = IntervalOf(gold);
        return gi is { } a && si is { } b && a == b;
    }

    /// <summary>
    /// An expected bare weekday (<c>XXXX-WXX-5</c>: a Friday, Recognizers' shape for "الجمعة"; a part of the day may
    /// follow: <c>XXXX-WXX-2TMO</c>) accepts a resolved single day that is that weekday (with the same part of the day):
    /// the system filled the Xs with the week the text means.
    /// </summary>
    public static bool WeekdayMatches(string gold, string? system, GregorianInterval? systemInterval)
    {
        var g = gold.Trim();
        if (systemInterval is not { } iv || iv.Start != iv.End || !g.StartsWith("XXXX-WXX-", StringComparison.Ordinal) || g.Length < 10
            || g[9] is < '1' or > '7' || (g.Length > 10 && g[10] != 'T'))
        {
            return false;
        }

        var goldPart = g.Length > 10 ? g[10..] : "";
        var sysPart = system is { } sv && sv.IndexOf('T', StringComparison.Ordinal) is var tp and >= 0 ? sv[tp..] : "";
        return (int)iv.Start.DayOfWeek == g[9] - '0' && string.Equals(goldPart, sysPart, StringComparison.Ordinal);
    }

    /// <summary>
    /// An expected nth weekday of a month (<c>XXXX-11-WXX-4-4</c>: the fourth Thursday of November;
    /// <c>XXXX-07-WXX-5-#1</c>: the first Friday of July; a year instead of XXXX fixes it) accepts a resolved
    /// single day that is that weekday of that month.
    /// </summary>
    public static bool NthWeekdayMatches(string gold, GregorianInterval? system)
    {
        var parts = gold.Trim().Split('-');
        if (system is not { } iv || iv.Start != iv.End || parts.Length != 5 || parts[2] != "WXX")
        {
            return false;
        }

        var day = iv.Start;
        var nthText = parts[4].TrimStart('#');
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var weekday)
            || !int.TryParse(nthText, NumberStyles.None, CultureInfo.InvariantCulture, out var nth))
        {
            return false;
        }

        if (parts[0] != "XXXX" && (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year != day.Year))
        {
            return false;
        }

        return day.Month == month && (int)day.DayOfWeek == weekday && ((day.Day - 1) / 7) + 1 == nth;
    }

    private static string Canon(string v)
    {
        v = v.Trim();
        // P1.0Y → P1Y; PT150M is not folded (different granularity is a different value).
        return v.Replace(".0Y", "Y", StringComparison.Ordinal).Replace(".0D", "D", StringComparison.Ordinal);
    }

    /// <summary>
    /// The Gregorian interval a TIMEX value denotes when it is fully specified: <c>YYYY</c>, <c>YYYY-MM</c>,
    /// <c>YYYY-MM-DD</c>, <c>YYYY-Www</c>, or a Recognizers period <c>(start,end,duration)</c> with an exclusive end.
    /// </summary>
    public static GregorianInterval? IntervalOf(string value)
    {
        value = value.Trim();
        try
        {
            if (value.StartsWith('(') && value.EndsWith(')'))
            {
                var parts = value[1..^1].Split(',');
                if (parts.Length >= 2 && ParseDay(parts[0]) is { } s && ParseDay(parts[1]) is { } e)
                {
                    var end = e.PlusDays(-1);
                    return end >= s ? new GregorianInterval(s, end) : null;
                }

                return null;
            }

            if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                return new GregorianInterval(new LocalDate(y, 1, 1), new LocalDate(y, 12, 31));
            }

            if (value.Length == 7 && value[4] == '-' && int.TryParse(value[..4], NumberStyles.None, CultureInfo.InvariantCulture, out y)
                && int.TryParse(value[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12)
            {
                var first = new LocalDate(y, m, 1);
                return new GregorianInterval(first, first.PlusMonths(1).PlusDays(-1));
            }

            if (value.Length == 8 && value[4] == '-' && value[5] == 'W' && int.TryParse(value[..4], NumberStyles.None, CultureInfo.InvariantCulture, out y)
                && int.TryParse(value[6..], NumberStyles.None, CultureInfo.InvariantCulture, out var w))
            {
                var monday = LocalDate.FromWeekYearWeekAndDay(y, w, IsoDayOfWeek.Monday);
                return new GregorianInterval(monday, monday.PlusDays(6));
            }

            if (ParseDay(value) is { } d)
            {
                return GregorianInterval.Day(d);
            }
        }
        catch (ArgumentException)
        {
        }

        return null;
    }

    private static LocalDate? ParseDay(string s)
    {
        var r = LocalDatePattern.Iso.Parse(s.Trim());
        return r.Success ? r.Value : null;
    }

    // ---------------------------------------------------------------- gold files

    /// <summary>
    /// Parses one line of a gold JSONL file (format in docs/time.md). <paramref name="loadText"/> reads a
    /// <c>text_file</c> (relative to the gold file); each expression is located at its first occurrence, on
    /// word boundaries, at or after the end of the previous one, unless it gives <c>start</c>.
    /// </summary>
    public static GoldDocument ParseGoldLine(string line, Func<string, string> loadText)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var id = root.TryGetProperty("id", out var idp) ? idp.GetString() ?? "" : "";
        string text;
        if (root.TryGetProperty("text", out var tp))
        {
            text = tp.GetString() ?? "";
        }
        else
        {
            text = loadText(root.GetProperty("text_file").GetString() ?? throw new FormatException("text_file is null"));
        }

        LocalDate? reference = null;
        if (root.TryGetProperty("reference_date", out var rp) && rp.ValueKind == JsonValueKind.String)
        {
            reference = ParseDay(rp.GetString()!) ?? throw new FormatException($"bad reference_date {rp.GetString()}");
        }

        var list = new List<GoldTimex>();
        var from = 0;
        foreach (var e in root.GetProperty("timexes").EnumerateArray())
        {
            var t = e.GetProperty("text").GetString() ?? "";
            int start;
            if (e.TryGetProperty("start", out var sp))
            {
                start = sp.GetInt32();
            }
            else
            {
                start = Locate(text, t, from);
                if (start < 0)
                {
                    throw new FormatException($"{id}: gold expression '{t}' not found after offset {from}.");
                }
            }

            from = start + t.Length;
            var type = e.TryGetProperty("type", out var ty) ? ty.GetString() ?? "DATE" : "DATE";
            var value = e.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var calendar = e.TryGetProperty("calendar", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            list.Add(new GoldTimex(new TextSpan(start, start + t.Length), type, value, calendar));
        }

        return new GoldDocument(id, text, reference, list);
    }

    /// <summary>First occurrence of <paramref name="needle"/> at or after <paramref name="from"/> on word boundaries (proclitics before it allowed).</summary>
    public static int Locate(string text, string needle, int from)
    {
        var i = from;
        while (true)
        {
            i = text.IndexOf(needle, i, StringComparison.Ordinal);
            if (i < 0)
            {
                return -1;
            }

            var end = i + needle.Length;
            var rightOk = end >= text.Length || !char.IsLetterOrDigit(text[end]);
            var leftOk = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
            if (!leftOk)
            {
                // Up to three proclitic letters (و ف ب ل ك) glued before it: "وبعام 1870".
                var k = i - 1;
                while (k >= 0 && i - k <= 3 && "وفبلك".Contains(text[k]))
                {
                    k--;
                }

                leftOk = k < i - 1 && (k < 0 || !char.IsLetterOrDigit(text[k]));
            }

            if (leftOk && rightOk)
            {
                return i;
            }

            i++;
        }
    }
}
