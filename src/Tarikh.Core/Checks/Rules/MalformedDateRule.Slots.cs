using System.Globalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// malformed-date, forms of round 13 (issue 12, 12d): a bound of a lifespan in parentheses that gives a day or a month and
/// no year while the other bound gives one ("(ولد 3 أيار – توفي 1988)"، "(1925 – تشرين الأول)"); a year word after a date
/// with nothing after it ("في السابع من رجب سنة،"); a day and "من" with the month cut off ("في الثامن من،"); a numeric date
/// whose day and month slots are both empty ("/ /2022"); a dateline's day and year with no month ("– 14 / 2023 –"). Month
/// names, year words, number words and era marks are Time's.
/// </summary>
public sealed partial class MalformedDateRule
{
    /// <summary>Most tokens inside the parentheses of a lifespan.</summary>
    private const int LifespanMaxTokens = 14;

    /// <summary>
    /// "(ولد 3 أيار – توفي 1988)"، "(1925 – تشرين الأول)"، "(ولدت 7/8/ – توفيت 1999)"، "(ولد في 17 من – توفي 1966)": parentheses
    /// holding two bounds across a dash, one of which has a year (three or four digits) and the other a date part (a month
    /// name, a slash between numbers, a day before "من") but no year. When the bound with the year also names a month, the
    /// year may be shared ("(أيار – حزيران 1920)") and nothing is said unless a birth or death word labels the bounds; a
    /// short range end ("(1914–18)") has no date part and stays silent, as does an open end ("(1925 – )").
    /// </summary>
    private IEnumerable<Flag> LifespanBoundsWithoutYear(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var open = 0; open + 3 < tk.Length; open++)
        {
            if (tk[open].Norm != "(" || !ctx.IsContent(tk[open].Sentence))
            {
                continue;
            }

            var close = -1;
            var dash = -1;
            var nested = false;
            for (var k = open + 1; k < tk.Length && k <= open + LifespanMaxTokens && tk[k].Sentence == tk[open].Sentence; k++)
            {
                if (tk[k].Norm == "(")
                {
                    nested = true;
                    break;
                }

                if (tk[k].Norm == ")")
                {
                    close = k;
                    break;
                }

                if (tk[k].Norm is "-" or "–" or "—" && dash < 0)
                {
                    dash = k;
                }
            }

            if (nested || close < 0 || dash < 0 || dash == open + 1 || dash == close - 1)
            {
                continue;
            }

            var left = Bound(ctx, open + 1, dash);
            var right = Bound(ctx, dash + 1, close);
            var labelled = left.Labelled || right.Labelled;
            Bounds? bare = null;
            if (left.HasYear && !right.HasYear && right.DatePart && (labelled || !left.HasMonth))
            {
                bare = right;
            }
            else if (right.HasYear && !left.HasYear && left.DatePart && (labelled || !right.HasMonth))
            {
                bare = left;
            }

            if (bare is not { } b)
            {
                continue;
            }

            var span = new TextSpan(tk[b.From].Span.Start, tk[b.To - 1].Span.End);
            if (Incomplete(ctx, flagged, span, "أحد طرفي المدى يذكر اليوم أو الشهر ولا يذكر السنة.",
                "one bound of the range gives a day or a month but no year.", "missing-year") is { } flag)
            {
                yield return flag;
            }

            open = close;
        }
    }

    /// <summary>What one bound of a range in parentheses holds, over tokens [From, To).</summary>
    private readonly record struct Bounds(int From, int To, bool HasYear, bool HasMonth, bool DatePart, bool Labelled);

    /// <summary>Reads one bound: a year of three or four digits or in words, a month name, a slash or "من" after a day number, a birth or death word.</summary>
    private static Bounds Bound(CheckContext ctx, int from, int to)
    {
        var tk = ctx.Tokens;
        bool year = false, month = false, part = false, labelled = false;
        for (var k = from; k < to; k++)
        {
            if (AsciiNumber(tk[k]) && tk[k].Norm.Length is 3 or 4)
            {
                year = true;
            }
            else if (LifespanWord(tk[k]))
            {
                labelled = true;
            }
            else if (ctx.MonthAt(k, out var ml) is not null)
            {
                month = true;
                part = true;
                k += ml - 1;
            }
            else if (DayNumber(tk[k]) && k + 1 < to && tk[k + 1].Norm is "/" or "من")
            {
                part = true;
            }
        }

        // A year in words ("سنة ست وعشرين وسبعمائة") is Time's.
        foreach (var t in ctx.Timexes)
        {
            if (t.YearInWords && t.Span.Start >= tk[from].Span.Start && t.Span.End <= tk[to - 1].Span.End)
            {
                year = true;
            }
        }

        return new Bounds(from, to, year, month, part, labelled);
    }

    /// <summary>
    /// "في السابع من رجب سنة، ودفن …"، "في مايو عام." : a month name followed by a year word in the construct ("سنة"، "عام")
    /// and then the end of the clause: the year itself is missing. "في رجب من تلك السنة" (a demonstrative) and "رجب سنة
    /// ثمان" (a year in words) go on after the year word and stay silent.
    /// </summary>
    private IEnumerable<Flag> YearWordsWithoutYear(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var k = 0; k + 1 < tk.Length; k++)
        {
            if (!ctx.IsContent(tk[k].Sentence) || ctx.MonthAt(k, out var ml) is null || k + ml >= tk.Length)
            {
                continue;
            }

            var y = k + ml;
            if (tk[y].Sentence != tk[k].Sentence || tk[y].Kind != TokenKind.Arabic || tk[y].Clitics != Proclitics.None || tk[y].Norm is not ("سنة" or "سنه" or "عام")
                || ctx.MatchCue(y, "year-word", out _) is null)
            {
                continue;
            }

            var closes = y + 1 >= tk.Length || tk[y + 1].Sentence != tk[y].Sentence
                || (tk[y + 1].Kind == TokenKind.Punctuation && tk[y + 1].Norm is "،" or "," or "." or "؛" or ";" or ")" or "-" or "–" or "—");
            if (!closes)
            {
                continue;
            }

            var start = k;
            if (k >= 2 && tk[k - 1].Norm == "من" && (DayNumber(tk[k - 2]) || tk[k - 2].Kind == TokenKind.Arabic))
            {
                start = k - 2;
            }

            var span = new TextSpan(tk[start].Span.Start, tk[y].Span.End);
            if (Incomplete(ctx, flagged, span, "كلمة «سنة» أو «عام» لا تتبعها السنة.", "the word for “year” is not followed by the year.", "missing-year") is { } flag)
            {
                yield return flag;
            }

            k = y;
        }
    }

    /// <summary>
    /// "يُفتتح في الثامن من، على أن …"، "(ولد في 17 من – …)": a day (an ordinal in words from Time's number words, or a day
    /// number) after "في"، "يوم" or "بتاريخ", then "من" and the end of the clause: the month was cut off. "في الثامن منه"
    /// (the pronoun names the month) and "في الثامن من الشهر" go on and stay silent.
    /// </summary>
    private IEnumerable<Flag> DaysWithCutMonth(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        IReadOnlyList<Token> list = tk;
        var matches = new List<Time.Lexicon.LexMatch>();
        for (var k = 1; k + 1 < tk.Length; k++)
        {
            if (!ctx.IsContent(tk[k].Sentence) || tk[k - 1].Sentence != tk[k].Sentence || tk[k - 1].Base is not ("في" or "يوم" or "بتاريخ"))
            {
                continue;
            }

            var end = DayNumber(tk[k]) && tk[k].Clitics == Proclitics.None ? k + 1 : OrdinalDayEnd(ctx, list, k, matches);
            if (end < 0 || end >= tk.Length || tk[end].Sentence != tk[k].Sentence || tk[end].Norm != "من")
            {
                continue;
            }

            var after = end + 1;
            var closes = after >= tk.Length || tk[after].Sentence != tk[end].Sentence
                || (tk[after].Kind == TokenKind.Punctuation && tk[after].Norm is "،" or "," or "." or "؛" or ";" or ")" or "-" or "–" or "—");
            if (!closes)
            {
                continue;
            }

            var span = new TextSpan(tk[k].Span.Start, tk[end].Span.End);
            if (Incomplete(ctx, flagged, span, "يذكر اليوم ثم «من» ولا يذكر الشهر.", "it gives a day and “of” but no month.", "missing-month") is { } flag)
            {
                yield return flag;
            }
        }
    }

    /// <summary>
    /// "أبوظبي / /2022 (وام)": a numeric date whose day and month slots are both empty, two slashes (apart or together) and
    /// a year of three or four digits glued to the last one. The first slash must not be glued to a word (a path or an address).
    /// </summary>
    private IEnumerable<Flag> EmptyDayAndMonthSlots(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var k = 0; k + 2 < tk.Length; k++)
        {
            if (tk[k].Norm != "/" || !ctx.IsContent(tk[k].Sentence) || (k > 0 && tk[k - 1].Span.End == tk[k].Span.Start))
            {
                continue;
            }

            var j = k + 1;
            if (tk[j].Norm != "/" || !ctx.Text(new TextSpan(tk[k].Span.End, tk[j].Span.Start)).All(char.IsWhiteSpace))
            {
                continue;
            }

            var y = j + 1;
            if (y >= tk.Length || !AsciiNumber(tk[y]) || tk[y].Norm.Length is not (3 or 4) || tk[y].Sentence != tk[k].Sentence
                || (tk[y].Span.Start != tk[j].Span.End && !SpacedYearWithEra(ctx, k, y))
                || (y + 1 < tk.Length && tk[y + 1].Span.Start == tk[y].Span.End && tk[y + 1].Norm.Contains('/')))
            {
                continue;
            }

            var span = new TextSpan(tk[k].Span.Start, tk[y].Span.End);
            if (Incomplete(ctx, flagged, span, "اليوم والشهر فارغان قبل السنة.", "its day and month are empty before the year.") is { } flag)
            {
                yield return flag;
            }

            k = y;
        }
    }

    /// <summary>
    /// "وفي /  / 1342 هـ": the year may stand a space or two apart from the second slash when the date opens after "في"
    /// (or "وفي"، "بتاريخ") and an era mark closes it, so a spaced list of numbers is not read as a date.
    /// </summary>
    private static bool SpacedYearWithEra(CheckContext ctx, int k, int y)
    {
        var tk = ctx.Tokens;
        return SpaceBetween(ctx, tk[y - 1], tk[y])
            && k > 0 && tk[k - 1].Sentence == tk[k].Sentence && tk[k - 1].Norm is "في" or "وفي" or "بتاريخ" or "وبتاريخ"
            && y + 1 < tk.Length && tk[y + 1].Sentence == tk[k].Sentence && ctx.MatchCue(y + 1, "era-marker", out _) is not null;
    }

    /// <summary>
    /// "تونس (وات) – 14 / 2023 – افتتح …": a news dateline (a place and an agency at most before a dash, the date closed by a
    /// dash or a colon) whose date is a day (13–31, so no month) and a four-digit year across one slash: the month is missing.
    /// "– 2 / 2023 –" (a month and a year) stays silent.
    /// </summary>
    private IEnumerable<Flag> DatelineDaysWithoutMonth(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var k = 1; k + 3 < tk.Length; k++)
        {
            if (!AsciiNumber(tk[k]) || tk[k].Norm.Length > 2 || tk[k + 1].Norm != "/" || !AsciiNumber(tk[k + 2]) || tk[k + 2].Norm.Length != 4
                || tk[k + 3].Norm is not ("-" or "–" or "—" or ":") || tk[k + 3].Sentence != tk[k].Sentence || !ctx.IsContent(tk[k].Sentence)
                || !int.TryParse(tk[k].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day is < 13 or > 31
                || (k + 4 < tk.Length && tk[k + 4].Span.Start == tk[k + 3].Span.End && tk[k + 4].IsNumber))
            {
                continue;
            }

            var sentenceStart = ctx.SentenceTokens(tk[k].Sentence).Start;
            var lead = ctx.Text(new TextSpan(tk[sentenceStart].Span.Start, tk[k].Span.Start));
            if (k == sentenceStart || lead.Length > DatelineLead || !lead.TrimEnd().EndsWith('-') && !lead.TrimEnd().EndsWith('–') && !lead.TrimEnd().EndsWith('—')
                || tk[k - 1].Norm is not ("-" or "–" or "—"))
            {
                continue;
            }

            var span = new TextSpan(tk[k].Span.Start, tk[k + 2].Span.End);
            if (Incomplete(ctx, flagged, span, "يذكر اليوم والسنة ولا يذكر الشهر.", "it gives a day and a year but no month.", "missing-month") is { } flag)
            {
                yield return flag;
            }
        }
    }

    /// <summary>
    /// "نال الدكتوراه من جامعة ليدز سنة 197"، "حصل على الدكتوراه … في تشرين الثاني من عام 195": a year of three digits (no
    /// era mark, in a text that dates nothing by the Hijra) after a year word or a Gregorian month name, in a sentence that
    /// Time's modern-era words date after 1800, whose digits begin a year of 1800–2029: a modern year cut short. The year 197
    /// (or 197 هـ) had no doctorates; "توفي هارون الرشيد سنة 193" (no modern word) and "تأسست جامعة الزيتونة سنة 737" (no
    /// modern year begins with 737) stay silent.
    /// </summary>
    private IEnumerable<Flag> CutYearsInModernSentences(CheckContext ctx, List<TextSpan> flagged, bool hijriText)
    {
        if (hijriText)
        {
            yield break;
        }

        var tk = ctx.Tokens;
        for (var i = 0; i + 1 < tk.Length; i++)
        {
            if (!ctx.IsContent(tk[i].Sentence))
            {
                continue;
            }

            int len;
            if (ctx.MatchCue(i, "year-word", out var yl) is not null)
            {
                len = yl;
            }
            else if (ctx.MonthAt(i, out var ml) is { Hijri: false })
            {
                len = ml;
            }
            else
            {
                continue;
            }

            var n = i + len;
            if (n >= tk.Length || !AsciiNumber(tk[n]) || tk[n].Norm.Length != 3 || tk[n].Clitics != Proclitics.None || tk[n].Sentence != tk[i].Sentence
                || !int.TryParse(tk[n].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var cut) || cut is < 180 or > 202
                || (n + 1 < tk.Length && tk[n + 1].Sentence == tk[n].Sentence && (ctx.MatchCue(n + 1, "era-marker", out _) is not null || CountedNounAfter(ctx, n)))
                || RangeOrListStart(ctx, n) || OverlapsAny(flagged, tk[n].Span))
            {
                continue;
            }

            var (ss, se) = ctx.SentenceTokens(tk[n].Sentence);
            var modern = -1;
            for (var k = ss; k < se && modern < 0; k++)
            {
                if (Time.Lexicon.ModernEraWords.IsModern(tk[k]))
                {
                    modern = k;
                }
            }

            if (modern < 0)
            {
                continue;
            }

            var span = new TextSpan(tk[i].Span.Start, tk[n].Span.End);
            flagged.Add(span);
            var likely = $"{cut * 10}–{(cut * 10) + 9}";
            var word = ctx.Text(tk[modern].Span);
            yield return CheckContext.MakeFlag(Id, Severity.Warning, [span],
                $"السنة «{tk[n].Norm}» تبدو مبتورة: «{word}» في الجملة نفسها من العصر الحديث، فالأرجح أنها إحدى السنوات {likely}.",
                $"The year “{tk[n].Norm}” looks cut short: “{word}” in the same sentence belongs to the modern era, so it is probably one of {likely}.",
                ("written", tk[n].Norm), ("candidates", likely), ("likely", likely), ("reason", "cut-short"));
            i = n;
        }
    }

    /// <summary>
    /// "وُلد الرسام … في 8 يوليو (20 يوليو بالتقويم الجديد)، وتوفي عام 1901": a birth or a death dated by a day and a month that
    /// Time could not anchor to any year (no year written before it), while the text gives a year to another date after
    /// it: the life's own date needs its year. "ولد عام 1832 … وفي 8 يوليو تزوج" (anchored), a day with its year after it
    /// ("في 8 يوليو من عام 1832") and an Old-Style pair sharing one year in its clause ("29 فبراير (12 مارس) 1800") stay silent.
    /// </summary>
    private IEnumerable<Flag> LifeDatesWithoutYear(CheckContext ctx, List<TextSpan> flagged)
    {
        var timexes = ctx.Timexes;
        for (var i = 0; i < timexes.Length; i++)
        {
            var t = timexes[i];
            if (t.Type != Time.TimexType.Date || t.Calendar == Time.CalendarKind.Hijri || t.Value is not { Length: 10 } v || !v.StartsWith("XXXX-", StringComparison.Ordinal) || v[5] == 'X' || v[8] == 'X'
                || !ctx.IsContent(ctx.SentenceOf(t)) || OverlapsAny(flagged, t.Span) || !(CueBefore(ctx, t, "birth-cue") || CueBefore(ctx, t, "death-cue")))
            {
                continue;
            }

            // "مات سنة اثنتين وتسعمائة يوم الأحد الثامن و العشرين من شعبان": a year written before it (in digits or words) that
            // Time did not carry over is still the text's year for it.
            var yearBefore = false;
            for (var j = 0; j < i && !yearBefore; j++)
            {
                yearBefore = timexes[j].YearInWords || CheckContext.HasWrittenYear(timexes[j]);
            }

            if (yearBefore)
            {
                continue;
            }

            // "في 29 فبراير (12 مارس) 1800": a year shared by an Old-Style pair, written after both days in the same clause.
            var tk = ctx.Tokens;
            var shared = false;
            for (var k = ctx.EndToken(t.Span); k < tk.Length && tk[k].Sentence == tk[ctx.FirstToken(t.Span)].Sentence && tk[k].Norm is not ("،" or "," or "؛" or ";" or ".") && !shared; k++)
            {
                shared = AsciiNumber(tk[k]) && tk[k].Norm.Length is 3 or 4;
            }

            var later = false;
            for (var j = i + 1; j < timexes.Length && !later && !shared; j++)
            {
                later = CheckContext.IsDated(timexes[j]) && CheckContext.HasWrittenYear(timexes[j]);
            }

            if (!later)
            {
                continue;
            }

            if (Incomplete(ctx, flagged, t.Span, "تاريخ الميلاد أو الوفاة بلا سنة، ولا سنة قبله في النص.",
                "the date of the birth or death has no year, and no year comes before it in the text.", "missing-year") is { } flag)
            {
                yield return flag;
            }
        }
    }
}
