using System.Globalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time;
using Tarikh.Core.Time.Calendars;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// malformed-date, forms that need no other year of the text (round 7): a numeric date with an empty part ("15/ /912
/// هـ"), one side of a Hijri/Gregorian pair whose digits begin the other side's right equivalent ("1318 هـ / 190 م"), an
/// Old-Style pair whose New-Style day is missing ("28 أغسطس ( سبتمبر) 1828") and a news dateline dated before the press
/// ("المنامة – بنا – 12 مايو 201:").
/// </summary>
public sealed partial class MalformedDateRule
{
    /// <summary>Longest lead (place, agency, punctuation) before a dateline's date, in characters.</summary>
    private const int DatelineLead = 40;

    /// <summary>
    /// "15/ /912 هـ"، "7/ /2013"، "2013//7": a numeric date whose middle part is left empty between its two slashes. The
    /// outer parts must be a day and a year (one or two digits on one side, three or four on the other); a chain that goes
    /// on with another slash is a path or an address, not a date.
    /// </summary>
    private IEnumerable<Flag> EmptyNumericParts(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var i = 0; i + 2 < tk.Length; i++)
        {
            // "6 / / 1800"، "23/ / 2020": a day (one or two digits) and a year (four) may stand a space apart from the slashes.
            var spacedDay = tk[i].Norm.Length <= 2 && SpaceBetween(ctx, tk[i], tk[i + 1]);
            if (!AsciiNumber(tk[i]) || !ctx.IsContent(tk[i].Sentence) || (tk[i + 1].Span.Start != tk[i].Span.End && !spacedDay))
            {
                continue;
            }

            var j = i + 1;
            var slashes = 0;
            while (j < tk.Length && tk[j].Sentence == tk[i].Sentence && tk[j].Norm.Length > 0 && tk[j].Norm.AsSpan().IndexOfAnyExcept('/') < 0
                && (j == i + 1 || ctx.Text(new TextSpan(tk[j - 1].Span.End, tk[j].Span.Start)).All(char.IsWhiteSpace)))
            {
                slashes += tk[j].Norm.Length;
                j++;
            }

            if (slashes != 2 || j >= tk.Length || !AsciiNumber(tk[j]) || tk[j].Sentence != tk[i].Sentence
                || (tk[j].Span.Start != tk[j - 1].Span.End && !(tk[i].Norm.Length <= 2 && tk[j].Norm.Length == 4 && SpaceBetween(ctx, tk[j - 1], tk[j]))))
            {
                continue;
            }

            var (a, b) = (tk[i].Norm.Length, tk[j].Norm.Length);
            var spaced = tk[i + 1].Span.Start != tk[i].Span.End || tk[j].Span.Start != tk[j - 1].Span.End;
            if (!((a <= 2 && b is 3 or 4) || (a == 4 && b <= 2))
                || (spaced && (!int.TryParse(tk[i].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var spacedDayValue) || spacedDayValue is < 1 or > 31))
                || (i > 0 && tk[i - 1].Norm.Contains('/') && tk[i - 1].Span.End == tk[i].Span.Start)
                || (j + 1 < tk.Length && tk[j + 1].Norm.Contains('/') && tk[j + 1].Span.Start == tk[j].Span.End))
            {
                continue;
            }

            var span = new TextSpan(tk[i].Span.Start, tk[j].Span.End);
            if (Incomplete(ctx, flagged, span, "الجزء الأوسط (الشهر غالباً) فارغ بين علامتي الفصل.",
                "its middle part (usually the month) is empty between the slashes.") is not { } flag)
            {
                continue;
            }

            yield return flag;
            i = j;
        }
    }

    /// <summary>
    /// "(ولد 1318 هـ / 190 م)": one side of a Hijri/Gregorian pair written with two or three digits whose digits begin a
    /// year of the other side's right equivalent in its calendar (1318 AH is 1900–1901 AD). Years of either era reach four
    /// digits only after 1000, and a right pair never puts a three-digit year beside a four-digit one of the other
    /// calendar in this way, so the side is cut short; the flag names the year it begins.
    /// </summary>
    private IEnumerable<Flag> CutPairSides(CheckContext ctx, List<TextSpan> flagged)
    {
        var timexes = ctx.Timexes;
        for (var i = 0; i < timexes.Length; i++)
        {
            var t = timexes[i];
            if (t.Equivalent is not { } e || e < 0 || e >= timexes.Length || !CheckContext.IsDated(t) || !CheckContext.IsDated(timexes[e]) || t.YearInWords
                || OverlapsAny(flagged, t.Span))
            {
                continue;
            }

            var o = timexes[e];
            if ((t.Calendar == CalendarKind.Hijri) == (o.Calendar == CalendarKind.Hijri))
            {
                continue;
            }

            var digits = WrittenYearDigits(ctx, t);
            if (digits is not { Length: 2 or 3 } || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var cut))
            {
                continue;
            }

            var g = o.Gregorian!.Value;
            int from, to;
            if (t.Calendar == CalendarKind.Hijri)
            {
                // A Gregorian side before the Hijri era has no Hijri year to compare with (an ancient or cut year).
                if (TarikhCalendars.Default.TryToHijri(g.Start) is not { } hs || TarikhCalendars.Default.TryToHijri(g.End) is not { } he)
                {
                    continue;
                }

                (from, to) = (hs.Year, he.Year);
            }
            else
            {
                (from, to) = (g.Start.Year, g.End.Year);
            }

            var scale = digits.Length == 3 ? 10 : 100;
            var matches = Enumerable.Range(from, Math.Max(0, to - from + 1)).Where(y => y >= 1000 && y / scale == cut).ToList();
            if (matches.Count == 0)
            {
                continue;
            }

            flagged.Add(t.Span);
            var likely = matches.Count == 1 ? matches[0].ToString(CultureInfo.InvariantCulture) : $"{matches[0]}–{matches[^1]}";
            yield return CheckContext.MakeFlag(Id, Severity.Error, [t.Span, o.Span],
                $"السنة «{digits}» في «{t.Text}» مبتورة: ما يقابل «{o.Text}» هو {likely}، وأرقامها الأولى هي المكتوبة.",
                $"The year “{digits}” in “{t.Text}” is cut short: “{o.Text}” corresponds to {likely}, which begins with the digits written.",
                ("written", digits), ("candidates", likely), ("likely", likely), ("reason", "cut-short"));
        }
    }

    /// <summary>
    /// "28 أغسطس ( سبتمبر) 1828": a day and month, then in parentheses only the next month, in a year when Old and New Style
    /// were both written (1582–1918): the New-Style day that crosses into the next month is missing. The same month named
    /// twice ("28 آب (أغسطس)") is a second name, not a pair, and a day early in the month cannot cross into the next.
    /// </summary>
    private IEnumerable<Flag> OldStylePairsWithoutDay(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var i = 0; i + 4 < tk.Length; i++)
        {
            if (!AsciiNumber(tk[i]) || tk[i].Norm.Length > 2 || !int.TryParse(tk[i].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day is < 16 or > 31
                || ctx.MonthAt(i + 1, out var l1) is not { Hijri: false } m1)
            {
                continue;
            }

            var open = i + 1 + l1;
            if (open + 2 >= tk.Length || tk[open].Norm != "(" || ctx.MonthAt(open + 1, out var l2) is not { Hijri: false } m2 || m2.Month != (m1.Month % 12) + 1)
            {
                continue;
            }

            var close = open + 1 + l2;
            var y = close + 1;
            if (y < tk.Length && ctx.MatchCue(y, "year-word", out var yl) is not null)
            {
                y += yl;
            }

            if (close >= tk.Length || tk[close].Norm != ")" || y >= tk.Length || !AsciiNumber(tk[y]) || tk[y].Sentence != tk[i].Sentence
                || !int.TryParse(tk[y].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1582 or > 1918)
            {
                continue;
            }

            var span = new TextSpan(tk[i].Span.Start, tk[y].Span.End);
            if (Incomplete(ctx, flagged, span, "بين القوسين شهر التقويم الجديد بلا يومه.",
                "the parenthesis gives the New-Style month without its day.") is not { } flag)
            {
                continue;
            }

            yield return flag;
        }
    }

    /// <summary>
    /// "المنامة – بنا – 12 مايو 201: …"، "الرباط (و.م.ع) 12 نونبر 201 - …": a news dateline (a full date opening its sentence after a place and an agency at
    /// most, followed by a colon or a dash) whose year has two or three digits. News is dated in the age of the press, so
    /// the year is cut short when its digits begin a year of that age (from 1800, or 1200 AH).
    /// </summary>
    private IEnumerable<Flag> CutDatelineYears(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        foreach (var t in ctx.Timexes)
        {
            if (!CheckContext.IsDated(t) || t.YearInWords || t.Value is not { Length: 10 } || OverlapsAny(flagged, t.Span) || !ctx.IsContent(ctx.SentenceOf(t)))
            {
                continue;
            }

            var digits = WrittenYearDigits(ctx, t);
            if (digits is not { Length: 2 or 3 } || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var cut))
            {
                continue;
            }

            var first = ctx.FirstToken(t.Span);
            var end = ctx.EndToken(t.Span);
            var sentenceStart = ctx.SentenceTokens(tk[first].Sentence).Start;
            var lead = ctx.Text(new TextSpan(tk[sentenceStart].Span.Start, t.Span.Start));
            // The place and the agency are set off by a dash or a comma, or the agency stands in parentheses ("الرباط (و.م.ع) 12 …").
            if (first == sentenceStart || lead.Length > DatelineLead || !lead.Any(c => c is '-' or '–' or '—' or '،' or ',' or ')')
                || end >= tk.Length || tk[end].Sentence != tk[first].Sentence || tk[end].Norm is not (":" or "-" or "–" or "—"))
            {
                continue;
            }

            var scale = digits.Length == 3 ? 10 : 100;
            var likely = $"{cut * scale}–{(cut * scale) + scale - 1}";
            if (cut * scale < (t.Calendar == CalendarKind.Hijri ? 1200 : 1800))
            {
                continue;
            }

            flagged.Add(t.Span);
            yield return CheckContext.MakeFlag(Id, Severity.Error, [t.Span],
                $"السنة «{digits}» في تاريخ الخبر «{t.Text}» مبتورة: الأرجح أنها إحدى السنوات {likely}.",
                $"The year “{digits}” in the news dateline “{t.Text}” is cut short: it is probably one of {likely}.",
                ("written", digits), ("candidates", likely), ("likely", likely), ("reason", "cut-short"));
        }
    }

    /// <summary>
    /// True when the text opens with a news dateline without a date: one or two words (the place), an agency in
    /// parentheses at most, and a dash, within the first <see cref="DatelineLead"/> characters ("صنعاء (سبأ) - أعلنت …"،
    /// "بيروت - صدر …").
    /// </summary>
    private static bool OpensWithDateline(CheckContext ctx)
    {
        var tk = ctx.Tokens;
        var words = 0;
        var inParens = false;
        for (var k = 0; k < tk.Length && k < 12 && tk[k].Span.Start <= DatelineLead; k++)
        {
            var t = tk[k];
            if (t.Sentence != tk[0].Sentence)
            {
                return false;
            }

            if (t.Norm == "(" && !inParens && words > 0)
            {
                inParens = true;
            }
            else if (t.Norm == ")" && inParens)
            {
                inParens = false;
            }
            else if (t.Norm is "-" or "–" or "—")
            {
                return !inParens && words is 1 or 2 && k + 1 < tk.Length && tk[k + 1].Kind == TokenKind.Arabic;
            }
            else if (!inParens)
            {
                if (t.Kind != TokenKind.Arabic || ++words > 2)
                {
                    return false;
                }
            }
        }

        return false;
    }

    /// <summary>The digits of the year a timex writes (its last number token of digits), or null.</summary>
    private static string? WrittenYearDigits(CheckContext ctx, Timex t)
    {
        for (var k = ctx.EndToken(t.Span) - 1; k >= ctx.FirstToken(t.Span); k--)
        {
            if (AsciiNumber(ctx.Tokens[k]))
            {
                return ctx.Tokens[k].Norm;
            }
        }

        return null;
    }

    /// <summary>
    /// Round 16: "(1265 - 13 هـ = 1849 - 1932 م)": a dictionary's lifespan in both calendars, the Hijri range closed by its era mark
    /// and "=" before the Gregorian one; the Hijri range ends there as it would at ")".
    /// </summary>
    private static bool EquationEraMark(System.Collections.Immutable.ImmutableArray<Token> tk, int mark)
        => mark + 1 < tk.Length && HijriMark(tk[mark]) && tk[mark].Kind == TokenKind.Arabic && tk[mark + 1].Norm == "=" && tk[mark + 1].Sentence == tk[mark].Sentence;

    /// <summary>True for a number token of digits only.</summary>
    private static bool AsciiNumber(Token t) => t.IsNumber && t.Norm.Length > 0 && !t.Norm.AsSpan().ContainsAnyExceptInRange('0', '9');

    /// <summary>
    /// "(1845–19)"، "(1905 – 19)"، "(1862 – 921)": a range in parentheses from a four-digit year to one to three digits that cannot be the
    /// short form of its end. A short end names a later year of the start's century ("(1914–18)" is 1914–1918, a short
    /// span, and stays silent); one that is smaller than the start's last two digits, or that is the start's century
    /// prefix itself ("19" after 1905) more than a decade on, is the first digits of a year cut short.
    /// </summary>
    private IEnumerable<Flag> CutShortRangeEnds(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var i = 1; i + 3 < tk.Length; i++)
        {
            if (tk[i - 1].Norm != "(" || !AsciiNumber(tk[i]) || tk[i].Norm.Length != 4 || tk[i + 1].Norm is not ("-" or "–" or "—") || !AsciiNumber(tk[i + 2])
                || tk[i + 2].Norm.Length > 3 || !(tk[i + 3].Norm == ")" || EquationEraMark(tk, i + 3)) || tk[i + 3].Sentence != tk[i].Sentence || !ctx.IsContent(tk[i].Sentence)
                || !int.TryParse(tk[i].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var start) || !int.TryParse(tk[i + 2].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                || start is < 1000 or > 2100)
            {
                continue;
            }

            var tail = start % 100;
            var prefix = end == start / 100 || end == (start / 100) + 1;
            if (tk[i + 2].Norm.Length == 3)
            {
                // "(1862 – 921)": three digits ending a range from a four-digit year are its last digits, the thousand
                // lost, when that year follows the start within a life ("(1856–192)", the first digits, is read above).
                var whole = ((start / 1000) * 1000) + end;
                if (whole <= start || whole - start > 120 || OverlapsAny(flagged, tk[i + 2].Span))
                {
                    continue;
                }

                var range3 = ctx.Text(new TextSpan(tk[i].Span.Start, tk[i + 2].Span.End));
                var likely3 = whole.ToString(CultureInfo.InvariantCulture);
                flagged.Add(tk[i + 2].Span);
                yield return CheckContext.MakeFlag(Id, Severity.Warning, [tk[i + 2].Span],
                    $"المدى «{range3}» ينتهي بسنة من ثلاثة أرقام قبل بدايته: «{end}» تبدو سنة سقط أول أرقامها، والأرجح أنها {likely3}.",
                    $"The range “{range3}” ends with a three-digit year before its start: “{end}” looks like a year that lost its first digit; it is probably {likely3}.",
                    ("written", tk[i + 2].Norm), ("likely", likely3), ("reason", "cut-short"));
                continue;
            }

            if (!(end < tail || (prefix && end - tail > 10)))
            {
                continue;
            }

            var span = tk[i + 2].Span;
            if (OverlapsAny(flagged, new TextSpan(tk[i].Span.Start, span.End)))
            {
                continue;
            }

            // The digits begin a year after the start: 19 after 1845 is 1900–1999, within a life or a reign of it.
            var lo = Math.Max(end * (end < 10 ? 1000 : 100), start);
            var hi = (end * (end < 10 ? 1000 : 100)) + (end < 10 ? 999 : 99);
            var likely = prefix && hi >= start ? $"{Math.Max(lo, start)}–{Math.Min(hi, start + 120)}" : "?";
            flagged.Add(span);
            var range = ctx.Text(new TextSpan(tk[i].Span.Start, span.End));
            yield return CheckContext.MakeFlag(Id, Severity.Warning, [span],
                $"المدى «{range}» لا ينتهي بسنة كاملة: «{tk[i + 2].Norm}» تبدو سنة مبتورة{(likely == "?" ? "" : $"، والأرجح أنها إحدى السنوات {likely}")}.",
                $"The range “{range}” does not end with a whole year: “{tk[i + 2].Norm}” looks cut short{(likely == "?" ? "" : $"; it is probably one of {likely}")}.",
                ("written", tk[i + 2].Norm), ("likely", likely), ("reason", "cut-short"));
        }
    }

    /// <summary>
    /// "(  / 10 / 1411 م)"، "في / 3 / 1998"، "يوم / 4 / 1967": the empty day's slash and the month stand apart by spaces; only after an opening
    /// parenthesis or "في"/"بتاريخ"/"يوم", where a date must begin.
    /// </summary>
    private static bool SpacedLeadingSlot(CheckContext ctx, int k)
    {
        var tk = ctx.Tokens;
        return k > 0 && tk[k - 1].Sentence == tk[k].Sentence && (tk[k - 1].Norm is "(" or "في" or "وفي" or "بتاريخ" or "وبتاريخ" or "يوم" or "ويوم")
            && (tk[k + 1].Span.Start == tk[k].Span.End || SpaceBetween(ctx, tk[k], tk[k + 1]))
            && (tk[k + 2].Span.Start == tk[k + 1].Span.End || SpaceBetween(ctx, tk[k + 1], tk[k + 2]));
    }

    /// <summary>
    /// "يوم / 4 / 1967": every part of the date set apart by spaces alike, after a word that opens a date, the year of four digits:
    /// the writer's own spacing, so the year stands apart from its slash as the month does (round 20).
    /// </summary>
    private static bool SpacedThroughout(CheckContext ctx, int k)
    {
        var tk = ctx.Tokens;
        return SpacedLeadingSlot(ctx, k) && tk[k + 3].Norm.Length == 4 && SpaceBetween(ctx, tk[k], tk[k + 1]) && SpaceBetween(ctx, tk[k + 1], tk[k + 2])
            && SpaceBetween(ctx, tk[k + 2], tk[k + 3]);
    }

    /// <summary>One or two spaces, and nothing else, between two tokens.</summary>
    private static bool SpaceBetween(CheckContext ctx, Token a, Token b)
        => b.Span.Start > a.Span.End && b.Span.Start - a.Span.End <= 2 && ctx.Document.Source.Slice(new TextSpan(a.Span.End, b.Span.Start)).IndexOfAnyExcept(' ') < 0;

    /// <summary>
    /// "في /5/690 هـ"، "/3/1998"، "في /3/ 702 هـ": a numeric date whose first part (the day) is left empty before its first slash, the
    /// year written with three or four digits (glued to the second slash, or apart from it with an era mark after it). The slash must open the chain: a path or an address ("site.com/5/690")
    /// joins it to the word before.
    /// </summary>
    private IEnumerable<Flag> EmptyLeadingParts(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var k = 0; k + 3 < tk.Length; k++)
        {
            if (tk[k].Norm != "/" || !ctx.IsContent(tk[k].Sentence) || !AsciiNumber(tk[k + 1]) || tk[k + 1].Norm.Length > 2 || tk[k + 2].Norm != "/"
                || !AsciiNumber(tk[k + 3]) || tk[k + 3].Norm.Length is not (3 or 4) || tk[k + 3].Sentence != tk[k].Sentence
                || ((tk[k + 1].Span.Start != tk[k].Span.End || tk[k + 2].Span.Start != tk[k + 1].Span.End) && !SpacedLeadingSlot(ctx, k))
                || (tk[k + 3].Span.Start != tk[k + 2].Span.End && !(k + 4 < tk.Length && tk[k + 4].Sentence == tk[k].Sentence && ctx.MatchCue(k + 4, "era-marker", out _) is not null)
                    && !SpacedThroughout(ctx, k))
                || !int.TryParse(tk[k + 1].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
            {
                continue;
            }

            if ((k > 0 && tk[k - 1].Span.End == tk[k].Span.Start && tk[k - 1].Kind != TokenKind.Punctuation)
                || (k > 0 && tk[k - 1].Norm.Contains('/'))
                || (k + 4 < tk.Length && tk[k + 4].Span.Start == tk[k + 3].Span.End && (tk[k + 4].Norm.Contains('/') || tk[k + 4].Kind != TokenKind.Punctuation)))
            {
                continue;
            }

            var span = new TextSpan(tk[k].Span.Start, tk[k + 3].Span.End);
            if (Incomplete(ctx, flagged, span, "الجزء الأول (اليوم غالباً) فارغ قبل علامة الفصل.",
                "its first part (usually the day) is empty before the slash.") is not { } flag)
            {
                continue;
            }

            yield return flag;
        }
    }

    /// <summary>
    /// "12 () مايو 1863"، "12 مايو () 1863": empty parentheses inside a date, the slot of an Old-Style/New-Style pair's
    /// other day (or month, or year) left unfilled. A day number or a month name must stand on one side and a month name,
    /// a number or a date on the other.
    /// </summary>
    private IEnumerable<Flag> EmptyDateSlots(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var k = 1; k + 2 < tk.Length; k++)
        {
            if (tk[k].Norm != "(" || tk[k + 1].Norm != ")" || !ctx.IsContent(tk[k].Sentence) || tk[k - 1].Sentence != tk[k].Sentence || tk[k + 2].Sentence != tk[k].Sentence
                || !ctx.Text(new TextSpan(tk[k].Span.End, tk[k + 1].Span.Start)).All(char.IsWhiteSpace))
            {
                continue;
            }

            var leftDay = AsciiNumber(tk[k - 1]) && tk[k - 1].Norm.Length <= 2;
            var leftMonth = MonthEndsAt(ctx, k);
            var rightMonth = ctx.MonthAt(k + 2, out _) is not null;
            var rightYear = AsciiNumber(tk[k + 2]) && tk[k + 2].Norm.Length is 3 or 4;
            if (!((leftDay && rightMonth) || (leftMonth && rightYear)))
            {
                continue;
            }

            var span = new TextSpan(tk[k].Span.Start, tk[k + 1].Span.End);
            if (OverlapsAny(flagged, span))
            {
                continue;
            }

            flagged.Add(span);
            var around = ctx.Text(new TextSpan(tk[k - 1].Span.Start, tk[k + 2].Span.End));
            yield return CheckContext.MakeFlag(Id, Severity.Warning, [span],
                $"في التاريخ «{around}» قوسان فارغان: المقابل (اليوم بالتقويم الآخر غالباً) لم يُكتب.",
                $"The date “{around}” has empty parentheses: the equivalent (usually the day in the other calendar) was left out.",
                ("written", around), ("reason", "empty-slot"));
        }
    }

    /// <summary>True when a month name ends right before token <paramref name="k"/>.</summary>
    private static bool MonthEndsAt(CheckContext ctx, int k)
    {
        for (var from = Math.Max(0, k - 3); from < k; from++)
        {
            if (ctx.MonthAt(from, out var len) is not null && from + len == k)
            {
                return true;
            }
        }

        return false;
    }
}
