using System.Globalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// malformed-date, forms of round 12 (issue 12, 12d): a day written in words or as an Old-Style/New-Style pair with no
/// month before its year ("في الخامس من سنة 1936"، "في 5 (17) من عام 1904"); a year in words cut after its conjunction
/// ("سنة ثلاث وسبعين و،"); a month name with its era mark and no year between ("12 شعبان هـ"); a two-digit year whose
/// century Time cannot tell ("4/9/07"، "في شهر نوفمبر من عام 20"). Number words, month names, era marks and the window of
/// two-digit years are Time's.
/// </summary>
public sealed partial class MalformedDateRule
{
    /// <summary>
    /// "في الخامس من سنة 1936"، "يوم الحادي والعشرين من عام 1950"، "في 5 (17) من عام 1904": an ordinal day in words (never
    /// "الأول", which also means the start of the year) or a pair of day numbers, right after "في"/"يوم"/"بتاريخ", then "من",
    /// a year word and a year of three or four digits: the month is missing. A pair of day numbers may take its year right after
    /// it ("في 14 (26) 1881", round 16).
    /// </summary>
    private IEnumerable<Flag> WordDaysWithoutMonth(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        IReadOnlyList<Token> list = tk;
        var matches = new List<LexMatch>();
        for (var k = 1; k + 3 < tk.Length; k++)
        {
            if (!ctx.IsContent(tk[k].Sentence) || !DayIntroducedAt(ctx, k))
            {
                continue;
            }

            var end = DayPairEnd(tk, k);
            var pair = end >= 0;
            if (end < 0)
            {
                end = OrdinalDayEnd(ctx, list, k, matches);
            }

            if (end < 0 || end + 1 >= tk.Length || tk[end].Sentence != tk[k].Sentence)
            {
                continue;
            }

            // "في 14 (26) 1881": an Old-Style/New-Style pair of days with the year right after it, no "من" and no month (round 16).
            var y = tk[end].Norm == "من" ? YearAfterMin(ctx, end + 1) : pair && AsciiNumber(tk[end]) ? YearAfterMin(ctx, end) : -1;
            if (y < 0)
            {
                continue;
            }

            var span = new TextSpan(tk[k].Span.Start, tk[y].Span.End);
            if (Incomplete(ctx, flagged, span, "يذكر اليوم والسنة ولا يذكر الشهر.", "it gives a day and a year but no month.", "missing-month") is { } flag)
            {
                yield return flag;
            }
        }
    }

    /// <summary>"5 (17)": two day numbers (1–31), the second in parentheses; the token after them, or -1.</summary>
    private static int DayPairEnd(System.Collections.Immutable.ImmutableArray<Token> tk, int k)
        => k + 4 < tk.Length && DayNumber(tk[k]) && tk[k].Clitics == Proclitics.None && tk[k + 1].Norm == "(" && DayNumber(tk[k + 2]) && tk[k + 3].Norm == ")"
            ? k + 4 : -1;

    private static bool DayNumber(Token t)
        => AsciiNumber(t) && t.Norm.Length <= 2 && int.TryParse(t.Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31;

    /// <summary>
    /// An ordinal day in words at token <paramref name="k"/>, from Time's number words: "الخامس"، "الحادي عشر"، "الحادي
    /// والعشرين"، "العشرين"، "الثلاثين" (2–31; "الأول" alone is left out); the token after it, or -1.
    /// </summary>
    private static int OrdinalDayEnd(CheckContext ctx, IReadOnlyList<Token> list, int k, List<LexMatch> matches)
    {
        var tk = ctx.Tokens;
        var sentenceEnd = ctx.SentenceTokens(tk[k].Sentence).End;
        matches.Clear();
        CheckContext.TimeLexicon.Trie.MatchAt(list, k, sentenceEnd, matches);
        var unit = 0;
        var end = -1;
        foreach (var m in matches)
        {
            if (m.Entry.Kind == LexKind.Number && m.Entry.B == 1 && m.Entry.A is >= 1 and <= 10 && m.End == k + 1)
            {
                unit = m.Entry.A;
                end = m.End;
            }
        }

        if (end < 0)
        {
            // "في العشرين من سنة …"، "يوم الثلاثين من …": the twentieth and thirtieth days are their tens with the article alone.
            foreach (var m in matches)
            {
                if (m.Entry.Kind == LexKind.Number && m.Entry.A is 20 or 30 && m.End == k + 1 && tk[k].Clitics == Proclitics.Al)
                {
                    return k + 1;
                }
            }

            return -1;
        }

        // "الحادي عشر" (a teen) or "الحادي والعشرين" / "التاسع والعشرين" / "الحادي والثلاثين" (a ten with و).
        var value = unit;
        if (end < sentenceEnd && unit < 10)
        {
            matches.Clear();
            CheckContext.TimeLexicon.Trie.MatchAt(list, end, sentenceEnd, matches);
            foreach (var m in matches)
            {
                if (m.Entry.Kind == LexKind.Number && m.End == end + 1 && m.Entry.A == 10 && (tk[end].Clitics & Proclitics.Wa) == 0)
                {
                    value = unit + 10;
                }
                else if (m.Entry.Kind == LexKind.Number && m.End == end + 1 && m.Entry.A is 20 or 30 && (tk[end].Clitics & Proclitics.Wa) != 0)
                {
                    value = unit + m.Entry.A;
                }
            }

            if (value != unit)
            {
                end++;
            }
        }

        return value is >= 2 and <= 31 ? end : -1;
    }

    /// <summary>
    /// "توفي في رمضان سنة ثلاث وسبعين و، ودفن …": a year word, a year in number words, and a lone "و" closing it before
    /// punctuation or the end of the sentence: the year was cut after its conjunction (a hundreds or thousands part is missing).
    /// </summary>
    private IEnumerable<Flag> CutWordYears(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        IReadOnlyList<Token> list = tk;
        var matches = new List<LexMatch>();
        (int Detached, int Attached)? style = null; // the document's "و" style, counted once when first needed
        for (var i = 0; i + 2 < tk.Length; i++)
        {
            if (!ctx.IsContent(tk[i].Sentence) || ctx.MatchCue(i, "year-word", out var yl) is null)
            {
                continue;
            }

            var sentenceEnd = ctx.SentenceTokens(tk[i].Sentence).End;
            var k = i + yl;
            var words = 0;
            while (k < sentenceEnd && NumberWord(list, k, sentenceEnd, matches))
            {
                words++;
                k++;
            }

            if (words == 0 || k >= sentenceEnd || tk[k].Norm != "و" || tk[k].Kind != TokenKind.Arabic
                || (k + 1 < sentenceEnd && tk[k + 1].Kind != TokenKind.Punctuation && !LoneAndBeforeClause(ctx, k, sentenceEnd, matches, ref style)))
            {
                continue;
            }

            var span = new TextSpan(tk[i].Span.Start, tk[k].Span.End);
            if (Incomplete(ctx, flagged, span, "السنة المكتوبة بالحروف مبتورة بعد حرف العطف «و».",
                "the year written in words is cut off after the conjunction “و”.", "cut-short") is { } flag)
            {
                yield return flag;
            }

            i = k;
        }
    }

    /// <summary>
    /// "سنة سبعمائة و مات الأمير": the lone "و" after a year in words stands before an Arabic word that is no number word (nor a
    /// number in digits), in a text that attaches its "و" to the word after it (round 21). Tokenized text (WikiFANE's, every "و"
    /// set apart) writes "سبعمائة و مات" as normal, so the reading is kept to documents where a detached "و" before a word is
    /// rare: none other than this one, or fewer than one in twenty of the words that carry "و" (<see cref="WaStyle"/>).
    /// </summary>
    private static bool LoneAndBeforeClause(CheckContext ctx, int k, int sentenceEnd, List<LexMatch> matches, ref (int Detached, int Attached)? style)
    {
        var tk = ctx.Tokens;
        IReadOnlyList<Token> list = tk;
        if (tk[k + 1].Kind != TokenKind.Arabic || tk[k + 1].IsNumber || !OnlySpacesBetween(ctx, tk[k], tk[k + 1])
            || NumberWord(list, k + 1, sentenceEnd, matches))
        {
            return false;
        }

        style ??= WaStyle(ctx);
        var (detached, attached) = style.Value;
        return attached >= 1 && (detached - 1) * 20 < attached;
    }

    /// <summary>
    /// The document's way of writing "و": how many "و" stand alone before an Arabic word of the same sentence, and how many words
    /// carry it attached.
    /// </summary>
    private static (int Detached, int Attached) WaStyle(CheckContext ctx)
    {
        var tk = ctx.Tokens;
        var detached = 0;
        var attached = 0;
        for (var k = 0; k < tk.Length; k++)
        {
            if (tk[k].Kind != TokenKind.Arabic)
            {
                continue;
            }

            if (tk[k].Norm == "و")
            {
                if (k + 1 < tk.Length && tk[k + 1].Sentence == tk[k].Sentence && tk[k + 1].Kind == TokenKind.Arabic)
                {
                    detached++;
                }
            }
            else if ((tk[k].Clitics & Proclitics.Wa) != 0)
            {
                attached++;
            }
        }

        return (detached, attached);
    }

    /// <summary>
    /// "ولد سنة وأربعمائة"، "عام وتسعمائة": a year word followed at once by "و" and a hundred or a thousand (Time's number words): the
    /// year in words lost its units and tens, which the "و" joined to it (round 20). "سنة أربعمائة" and "سنة خمس وأربعمائة" are whole.
    /// </summary>
    private IEnumerable<Flag> WordYearsWithoutUnits(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        var matches = new List<LexMatch>();
        for (var k = 0; k + 1 < tk.Length; k++)
        {
            if (!ctx.IsContent(tk[k].Sentence) || tk[k].Kind != TokenKind.Arabic || tk[k].Clitics != Proclitics.None || tk[k].Norm is not ("سنة" or "سنه" or "عام")
                || tk[k + 1].Sentence != tk[k].Sentence || tk[k + 1].Kind != TokenKind.Arabic || (tk[k + 1].Clitics & Proclitics.Wa) == 0)
            {
                continue;
            }

            matches.Clear();
            CheckContext.TimeLexicon.Trie.MatchAt(ctx.Tokens, k + 1, ctx.Tokens.Length, matches);
            var hundreds = false;
            foreach (var m in matches)
            {
                hundreds |= m.Entry.Kind == LexKind.Number && m.Entry.B == 0 && m.End == k + 2 && m.Entry.A is 100 or 200 or 300 or 400 or 500 or 600 or 700 or 800 or 900;
            }

            if (!hundreds)
            {
                continue;
            }

            var span = new TextSpan(tk[k].Span.Start, tk[k + 1].Span.End);
            if (Incomplete(ctx, flagged, span, "السنة المكتوبة بالحروف ناقصة: سقط ما قبل «و» من آحادها وعشراتها.",
                "the year in words is cut: its units and tens before “and” are missing.", "cut-words") is { } flag)
            {
                yield return flag;
            }
        }
    }

    /// <summary>True when token <paramref name="k"/> is one cardinal number word of Time's lexicon.</summary>
    private static bool NumberWord(IReadOnlyList<Token> list, int k, int end, List<LexMatch> matches)
    {
        matches.Clear();
        CheckContext.TimeLexicon.Trie.MatchAt(list, k, end, matches);
        foreach (var m in matches)
        {
            if (m.Entry.Kind == LexKind.Number && m.Entry.B == 0 && m.End == k + 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "مولده في 12 شعبان هـ بمصر": a month name followed at once by an era mark ("هـ"، "م"، "للهجرة") with no year between;
    /// the day before the month, if written, belongs to the span.
    /// </summary>
    private IEnumerable<Flag> EmptyYearsBeforeEraMarks(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var k = 0; k + 1 < tk.Length; k++)
        {
            if (!ctx.IsContent(tk[k].Sentence) || ctx.MonthAt(k, out var ml) is not { } month || k + ml >= tk.Length)
            {
                continue;
            }

            var mark = k + ml;
            if (tk[mark].Sentence != tk[k].Sentence || ctx.MatchCue(mark, "era-marker", out var el) is null || tk[mark].Clitics != Proclitics.None
                || (month.Hijri ? !HijriMark(tk[mark]) : !GregorianMark(tk[mark])))
            {
                continue;
            }

            var start = k > 0 && DayNumber(tk[k - 1]) && tk[k - 1].Sentence == tk[k].Sentence ? k - 1 : k;
            var span = new TextSpan(tk[start].Span.Start, tk[mark + el - 1].Span.End);
            if (Incomplete(ctx, flagged, span, "السنة فارغة بين اسم الشهر وعلامة التقويم.", "its year is empty between the month name and the era mark.") is { } flag)
            {
                yield return flag;
            }

            k = mark + el - 1;
        }
    }

    /// <summary>
    /// A two-digit year whose century Time cannot tell (<see cref="Time.Calendars.TwoDigitYears"/>): the year of a day/month
    /// date in digits after a date word ("المولود في 4/9/07"), or the year after "من عام" that follows a Gregorian month name
    /// ("في شهر نوفمبر من عام 20"، or with no "من": "في نوفمبر عام 19"). "في مارس 90" reads 1990 and stays silent.
    /// </summary>
    private IEnumerable<Flag> AmbiguousTwoDigitYears(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        var reference = ctx.Document.ReferenceDate?.Year;
        for (var k = 1; k + 2 < tk.Length; k++)
        {
            if (!ctx.IsContent(tk[k].Sentence) || tk[k - 1].Sentence != tk[k].Sentence)
            {
                continue;
            }

            int yearToken;
            int start;
            if (k + 4 < tk.Length && DayNumber(tk[k]) && tk[k + 1].Norm == "/" && DayNumber(tk[k + 2]) && tk[k + 3].Norm == "/" && AsciiNumber(tk[k + 4])
                && tk[k + 4].Sentence == tk[k].Sentence && Glued(tk, k, k + 4) && DateWordBefore(tk[k - 1])
                && (k + 5 >= tk.Length || tk[k + 5].Span.Start > tk[k + 4].Span.End || (tk[k + 5].Kind == TokenKind.Punctuation && tk[k + 5].Norm is not ("/" or "-" or "." or ":"))))
            {
                var (a, b) = (int.Parse(tk[k].Norm, CultureInfo.InvariantCulture), int.Parse(tk[k + 2].Norm, CultureInfo.InvariantCulture));
                if (a > 12 && b > 12)
                {
                    continue;
                }

                (start, yearToken) = (k, k + 4);
            }
            else if (ctx.MonthAt(k, out var ml) is { Hijri: false } && k + ml + 2 < tk.Length && (tk[k + ml].Norm == "من" ? 1 : 0) is var of
                && ctx.MatchCue(k + ml + of, "year-word", out var yl) is not null && k + ml + of + yl < tk.Length)
            {
                // Round 16: the year word may follow the month with no "من" ("في الأول من نوفمبر عام 19").
                (start, yearToken) = (k, k + ml + of + yl);
                if (tk[yearToken].Sentence != tk[k].Sentence || !AsciiNumber(tk[yearToken]) || tk[yearToken].Clitics != Proclitics.None
                    || (yearToken + 1 < tk.Length && tk[yearToken + 1].Sentence == tk[k].Sentence
                        && (ctx.MatchCue(yearToken + 1, "era-marker", out _) is not null || tk[yearToken + 1].IsNumber || CountedNounAfter(ctx, yearToken))))
                {
                    continue;
                }
            }
            else if (DayNumber(tk[k]) && tk[k].Clitics == Proclitics.None && ctx.MonthAt(k + 1, out var dml) is { Hijri: false } && k + 1 + dml < tk.Length
                && AsciiNumber(tk[k + 1 + dml]) && tk[k + 1 + dml].Clitics == Proclitics.None && tk[k + 1 + dml].Sentence == tk[k].Sentence
                && (k + 2 + dml >= tk.Length || tk[k + 2 + dml].Sentence != tk[k].Sentence || tk[k + 2 + dml].Kind == TokenKind.Punctuation && tk[k + 2 + dml].Norm is not ("/" or "." or ":" or "(")))
            {
                // "في 14 أغسطس 18، فقضى …"، "الخرطوم (سونا) – 5 مايو 20 – …": a full day and month whose year has two digits,
                // closing its clause (a count has its noun after it: "5 مايو 20 قتيلاً").
                (start, yearToken) = (k, k + 1 + dml);
            }
            else
            {
                continue;
            }

            if (tk[yearToken].Norm.Length != 2)
            {
                continue;
            }

            var yy = int.Parse(tk[yearToken].Norm, CultureInfo.InvariantCulture);
            var readings = Time.Calendars.TwoDigitYears.Readings(yy, reference);
            if (readings.Count < 2 || CenturyGivenByText(ctx, readings))
            {
                continue;
            }

            var span = new TextSpan(tk[start].Span.Start, tk[yearToken].Span.End);
            var options = string.Join(" / ", readings.Select(r => r.ToString(CultureInfo.InvariantCulture)));
            if (OverlapsAny(flagged, span))
            {
                continue;
            }

            flagged.Add(span);
            var written = ctx.Text(span);
            yield return CheckContext.MakeFlag(Id, Severity.Warning, [span],
                $"السنة «{tk[yearToken].Norm}» في «{written}» مكتوبة برقمين، ولا يُعرف قرنها: قد تكون {options}.",
                $"The year “{tk[yearToken].Norm}” in “{written}” has two digits and its century cannot be told: it may be {options}.",
                ("written", tk[yearToken].Norm), ("candidates", options), ("reason", "two-digit-year"));
            k = yearToken;
        }

        static bool Glued(System.Collections.Immutable.ImmutableArray<Token> tk, int from, int to)
        {
            for (var j = from + 1; j <= to; j++)
            {
                if (tk[j].Span.Start != tk[j - 1].Span.End)
                {
                    return false;
                }
            }

            return from == 0 || tk[from - 1].Span.End < tk[from].Span.Start;
        }
    }

    /// <summary>A word after which digits are a date: "في"، "يوم"، "بتاريخ"، "تاريخ"، "منذ" (with or without a proclitic), or Time's temporal prepositions.</summary>
    private static bool DateWordBefore(Token t)
        => t.Kind == TokenKind.Arabic && (t.Base is "في" or "يوم" or "بتاريخ" or "تاريخ" or "منذ" || CheckContext.TimeLexicon.IsTemporalPreposition(t.Norm));

    /// <summary>
    /// True when the text's own four-digit years give the century of a two-digit year: exactly one of its readings lies
    /// within 20 years of the years written in full ("… عام 1914 … حتى أغسطس 18" reads 1918). An elided century the
    /// context supplies is a legitimate short form.
    /// </summary>
    private static bool CenturyGivenByText(CheckContext ctx, IReadOnlyList<int> readings)
    {
        var years = new List<int>();
        foreach (var t in ctx.Tokens)
        {
            if (AsciiNumber(t) && t.Norm.Length == 4 && int.TryParse(t.Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1000 and <= 2100)
            {
                years.Add(y);
            }
        }

        return years.Count > 0 && readings.Count(r => r >= years.Min() - 20 && r <= years.Max() + 20) == 1;
    }
}
