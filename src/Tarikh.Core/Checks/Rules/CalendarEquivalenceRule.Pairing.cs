using NodaTime;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time;

namespace Tarikh.Core.Checks.Rules;

/// <summary>calendar-equivalence: which two expressions the text pairs as one date (pairing units, cues, year-less sides).</summary>
public sealed partial class CalendarEquivalenceRule
{
    /// <summary>The next timex when only punctuation, a calendar mark or an equivalence cue separates them and the calendars differ or a cue says so; else -1.</summary>
    private static int AdjacentEquivalent(CheckContext ctx, int i)
    {
        var timexes = ctx.Timexes;
        if (i + 1 >= timexes.Length)
        {
            return -1;
        }

        var a = timexes[i];
        var b = timexes[i + 1];
        if (ctx.SentenceOf(a) != ctx.SentenceOf(b) || !Pairable(a, b) || !Pairable(b, a) || a.Range is not null || b.Range is not null)
        {
            return -1;
        }

        // "(1520–1566 م)": a range, not an equivalent; and the end of a preceding range ("من 926 هـ إلى 974 هـ").
        var after = ctx.EndToken(b.Span);
        if (after < ctx.Tokens.Length && ctx.Tokens[after].Norm is "-" or "–" or "—" && after + 1 < ctx.Tokens.Length && ctx.Tokens[after + 1].IsNumber)
        {
            return -1;
        }

        var before = ctx.FirstToken(a.Span) - 1;
        if (before >= 0 && (ctx.Tokens[before].Norm is "الى" or "الي" or "حتى" or "حتي" or "-" or "–" || i > 0 && timexes[i - 1].Range is not null))
        {
            return -1;
        }

        var from = ctx.EndToken(a.Span);
        var to = ctx.FirstToken(b.Span);
        var cue = false;
        var restating = false;
        var aside = 0;
        for (var k = from; k < to; k++)
        {
            var t = ctx.Tokens[k];
            if (cue && t.Norm == "(" && AsideEnd(ctx, k, to) is { } close)
            {
                // "الموافق (بحساب المحقق) 11 آب": an aside after the equivalence word.
                aside += close - k + 1;
                k = close;
                continue;
            }

            // Only punctuation of one pairing unit ("X (Y)", "X / Y", "X = Y"), never a dash, which joins the two
            // ends of a range ("(132 هـ / 750 م – 193 هـ / 809 م)"); OnePairingUnit then asks for an explicit sign.
            if ((t.Kind == TokenKind.Punctuation && t.Norm.All(c => c is '(' or '/' or ',' or '،' or '[' or '=')) || IsEqualsSign(t))
            {
                continue;
            }

            if (ctx.MatchCue(k, "equivalence", out var n) is not null || TimeEquivalence(ctx, k, out n))
            {
                cue = true;
                k += n - 1;
                continue;
            }

            if (cue && k == to - 1 && t.Norm == "في")
            {
                // "في رمضان سنة 1302، يعني في يونيو 1885": the preposition of the restated date (round 19).
                continue;
            }

            if (ctx.MatchCue(k, "era-marker", out var m) is not null || t.Norm is "ل" or "لل" or "مع" || CalendarWords(ctx, k, out m))
            {
                k += Math.Max(m, 1) - 1;
                continue;
            }

            // "28 ديسمبر 1890 بالتقويم القديم، أي 9 يناير 1891 بالتقويم الجديد": "أي" right before the second side restates it.
            if (t.Norm is "اي" or "أي" && k >= to - 2 && (k == to - 1 || ctx.Tokens[k + 1].Norm == "في"))
            {
                cue = true;
                k = to - 1; // "أي في 15 آذار": the preposition of the restated day comes along
                continue;
            }

            if (Approximation(t) || LostDashDay(ctx, i, k))
            {
                continue;
            }

            // "1 شوال، كان يوم 11 أوت 1969"، "15 شعبان، ووافق 8 مارس": a form of "كان" or "وافق" right before the second side
            // equates the two; the sides must still be of two calendars (round 19).
            if (k == to - 1 && DayCopula.Contains(t.Norm) && BothDays(ctx, i, i + 1))
            {
                continue;
            }

            if (GlossEnd(ctx, k, to) is { } glossEnd)
            {
                // "…، وفي الملاحظة الإنجليزية المترجمة: 22 نوفمبر 1950": the date restated in a rendering of the text (round 21).
                aside += glossEnd - k;
                k = glossEnd - 1;
                continue;
            }

            if (Restating(t))
            {
                restating = true;
                continue;
            }

            return -1;
        }

        if (to - from - aside > 6 || (restating && !cue))
        {
            return -1;
        }

        return cue || EffectiveCalendar(ctx, a) != EffectiveCalendar(ctx, b) || NewStyleRestated(ctx, a, b) ? i + 1 : -1;
    }

    /// <summary>
    /// "في 7 أيلول 1843 (19 أيلول بالتقويم الجديد)": the second side names the New Style and the first names no calendar; the
    /// text sets the two apart as Old and New Style, so they pair (the comparison then reads the first as Julian when the two
    /// are about the Old-Style offset apart).
    /// </summary>
    private static bool NewStyleRestated(CheckContext ctx, Timex a, Timex b)
    {
        if (a.Calendar != CalendarKind.Gregorian || b.Calendar != CalendarKind.Gregorian || JulianMarkerAfter(ctx, b) >= 0)
        {
            return false;
        }

        // No calendar word between the two (that would name the first side's own calendar).
        for (var k = ctx.EndToken(a.Span); k < ctx.FirstToken(b.Span); k++)
        {
            if (ctx.MatchCue(k, "gregorian-marker", out _) is not null || ctx.MatchCue(k, "julian-marker", out _) is not null)
            {
                return false;
            }
        }

        var end = ctx.EndToken(b.Span);
        var (_, ce) = ctx.ClauseOf(Math.Max(0, end - 1));
        for (var k = end; k < Math.Min(Math.Min(ce, end + 4), ctx.Tokens.Length); k++)
        {
            if (ctx.MatchCue(k, "gregorian-marker", out _) is not null)
            {
                return true;
            }

            if (ctx.Tokens[k].Norm is not ("حسب" or "بحسب" or "وفق" or "وفقا" or "في" or "على"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Nouns of a rendering of the same text or of a calendar, which restate a date after a colon ("في الترجمة الإنجليزية: …"،
    /// "وفي الهامش: …"، "وفي التقويم الميلادي: …"; normalized).
    /// </summary>
    private static readonly HashSet<string> GlossNouns = new(
        ["ترجمه", "ملاحظه", "نسخه", "حاشيه", "هامش", "اصل", "نص", "تقويم", "سجل", "وثيقه", "صيغه", "روايه"], StringComparer.Ordinal);

    /// <summary>
    /// A gloss that opens at <paramref name="k"/> and ends with a colon right before the token <paramref name="to"/> (the second
    /// date): an optional "في"/"وفي", a gloss noun with the article (<see cref="GlossNouns"/>) and at most three adjectives with the
    /// article ("وفي الملاحظة الإنجليزية المترجمة:"). Returns <paramref name="to"/>, or null. The two sides must still be of two
    /// calendars: a gloss is no equivalence word.
    /// </summary>
    private static int? GlossEnd(CheckContext ctx, int k, int to)
    {
        var tk = ctx.Tokens;
        var j = k;
        if (tk[j].Kind == TokenKind.Arabic && (tk[j].Norm is "في" or "وفي" || (tk[j].Base == "في" && (tk[j].Clitics & Proclitics.Wa) != 0)))
        {
            j++;
        }

        if (j >= to || tk[j].Kind != TokenKind.Arabic || (tk[j].Clitics & Proclitics.Al) == 0 || !GlossNouns.Contains(tk[j].Base))
        {
            return null;
        }

        j++;
        for (var adjectives = 0; j < to - 1 && adjectives < 3 && tk[j].Kind == TokenKind.Arabic && (tk[j].Clitics & Proclitics.Al) != 0; adjectives++)
        {
            j++;
        }

        return j == to - 1 && tk[j].Norm is ":" ? to : null;
    }

    /// <summary>Forms of "كان" and of "وافق"/"صادف" that equate a date with the one right after them (normalized).</summary>
    private static readonly HashSet<string> DayCopula = new(["كان", "كانت", "وكان", "وكانت", "صادف", "وصادف", "يصادف", "ويصادف", "وافق", "ووافق", "يوافق", "ويوافق"], StringComparer.Ordinal);

    /// <summary>
    /// An equivalence word of Time's lexicon at <paramref name="k"/> ("موافق"، "اللي هي": the equiv rows of markers.tsv, round 19):
    /// its length in tokens. Time owns the words by which a text equates two dates; the rule reads them from there.
    /// </summary>
    private static bool TimeEquivalence(CheckContext ctx, int k, out int length)
    {
        length = 0;
        var tk = ctx.Tokens;
        if (tk[k].Kind != TokenKind.Arabic || tk[k].Norm is "اي" or "أي")
        {
            return false; // "أي" keeps its own, narrower reading above: right before the second side
        }

        var matches = new List<Time.Lexicon.LexMatch>();
        CheckContext.TimeLexicon.Trie.MatchAt(tk, k, ctx.SentenceTokens(tk[k].Sentence).End, matches);
        foreach (var m in matches)
        {
            if (m.Entry.Kind == Time.Lexicon.LexKind.Equivalence && m.End - k > length)
            {
                length = m.End - k;
            }
        }

        return length > 0;
    }

    /// <summary>True when both timexes name a single day (value YYYY-MM-DD): only days are equated by a copula.</summary>
    private static bool BothDays(CheckContext ctx, int a, int b)
        => ctx.Timexes[a].Value is { Length: 10 } va && ctx.Timexes[b].Value is { Length: 10 } vb && !va.Contains('W', StringComparison.Ordinal) && !vb.Contains('W', StringComparison.Ordinal);

    /// <summary>
    /// True when two timexes Time linked as equivalent are one day of one calendar said twice ("العيد الصغير متاع عام 1389 هـ،
    /// يعني 1 شوال"): a restatement, no pair of calendars; the second stays free to pair with the date the text equates it with.
    /// </summary>
    private static bool Restatement(Timex a, Timex b) => a.Calendar == b.Calendar && a.Value is { } v && v == b.Value;

    /// <summary>An approximation word between the two sides ("عام 1344 هـ، تقريباً الموافق 1925 م").</summary>
    private static bool Approximation(Segmentation.Token t) => t.Norm is "تقريبا" or "تقريبًا" or "حوالي" or "نحو" or "قرابة";

    /// <summary>True when an approximation word lies between two timexes (first before second).</summary>
    private static bool ApproximateBetween(CheckContext ctx, int first, int second)
    {
        for (var k = ctx.EndToken(ctx.Timexes[first].Span); k < ctx.FirstToken(ctx.Timexes[second].Span); k++)
        {
            if (Approximation(ctx.Tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the two sides, each widened by a year, overlap: all an "approximately" equivalent promises.</summary>
    private static bool WithinAYear(CheckContext ctx, int a, int b)
        => Real(ctx, ctx.Timexes[a], out _) is { } ga && Real(ctx, ctx.Timexes[b], out _) is { } gb
            && ga.Start.PlusDays(-366) <= gb.End && gb.Start.PlusDays(-366) <= ga.End;

    /// <summary>
    /// "19 22 ربيع الأول 1401 هـ (25 28 يناير 1981 م)": a range of days whose dash was lost on both sides of a pair. The first
    /// day of the second side, right after the parenthesis, is skipped when the first side has a day number just before it
    /// too; the pair compares the two end days.
    /// </summary>
    private static bool LostDashDay(CheckContext ctx, int first, int k)
    {
        var before = ctx.FirstToken(ctx.Timexes[first].Span) - 1;
        return k > 0 && ctx.Tokens[k - 1].Norm == "(" && DayNumber(ctx.Tokens[k]) && before >= 0 && DayNumber(ctx.Tokens[before]);

        static bool DayNumber(Segmentation.Token t) => t.IsNumber && t.Norm.Length <= 2 && t.Norm.All(char.IsAsciiDigit) && int.Parse(t.Norm, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31;
    }

    /// <summary>True for an equals sign ("=", "＝"), which the tokenizer reads as a symbol.</summary>
    private static bool IsEqualsSign(Segmentation.Token t) => t.Kind == TokenKind.Symbol && t.Norm.Length > 0 && t.Norm.All(c => c is '=' or '＝');

    /// <summary>
    /// True when two timexes (first before second) form one pairing unit the text marks explicitly: an opening
    /// parenthesis or bracket, a slash, "=", an equivalence cue ("الموافق") or "أي" between them, and nothing but
    /// punctuation, calendar marks and those cues. Two dates merely written next to each other are not said to be
    /// equal: in real text that is almost always a range or a list whose dash or slash was lost.
    /// </summary>
    internal static bool OnePairingUnit(CheckContext ctx, int first, int second, out bool cue)
    {
        cue = false;
        var from = ctx.EndToken(ctx.Timexes[first].Span);
        var to = ctx.FirstToken(ctx.Timexes[second].Span);
        var marked = false;
        var restating = false;
        for (var k = from; k < to; k++)
        {
            var t = ctx.Tokens[k];
            if (IsEqualsSign(t))
            {
                marked = true; // "656 هـ = 1258 م": the tokenizer makes "=" a symbol, not punctuation
                continue;
            }

            if (t.Kind == TokenKind.Punctuation)
            {
                if (t.Norm.Any(c => c is '-' or '–' or '—'))
                {
                    return false;
                }

                if (cue && t.Norm == "(" && AsideEnd(ctx, k, to) is { } close)
                {
                    // "الموافق (بحساب المحقق) 11 آب": a short aside in parentheses after the equivalence word says whose
                    // reckoning the equivalent is; the unit goes on after it.
                    k = close;
                    continue;
                }

                marked |= t.Norm.Any(c => c is '(' or '/' or '[' or '=');
                continue;
            }

            if (ctx.MatchCue(k, "equivalence", out var n) is not null || TimeEquivalence(ctx, k, out n))
            {
                cue = marked = true;
                k += n - 1;
                continue;
            }

            if (cue && k == to - 1 && t.Norm == "في")
            {
                continue;
            }

            if (t.Norm is "اي" or "أي")
            {
                // "في 3 آذار 1863، أي في 15 آذار بحسب التقويم الغريغوري": the preposition of the restated day comes along.
                marked = true;
                if (k + 2 == to && ctx.Tokens[k + 1].Norm == "في")
                {
                    k++;
                }

                continue;
            }

            if (k == to - 1 && DayCopula.Contains(t.Norm) && BothDays(ctx, first, second))
            {
                // "1 شوال، كان يوم 11 أوت 1969": the copula equates two days (round 19).
                marked = true;
                continue;
            }

            if (ctx.MatchCue(k, "era-marker", out var m) is not null || t.Norm is "ل" or "لل" or "مع" or "ما" or "يوافق" || CalendarWords(ctx, k, out m))
            {
                k += Math.Max(m, 1) - 1;
                continue;
            }

            if (Approximation(t) || LostDashDay(ctx, first, k))
            {
                continue;
            }

            if (GlossEnd(ctx, k, to) is { } glossEnd && ctx.Timexes[first].Calendar != ctx.Timexes[second].Calendar)
            {
                // "…، وفي الملاحظة الإنجليزية المترجمة: 22 نوفمبر 1950": the colon of a gloss marks the restated date (round 21).
                marked = true;
                k = glossEnd - 1;
                continue;
            }

            if (Restating(t))
            {
                restating = true;
                continue;
            }

            return false;
        }

        return marked && (!restating || cue);
    }

    /// <summary>
    /// The closing parenthesis of an aside of one to four words opening at <paramref name="open"/>, before token
    /// <paramref name="limit"/>; null when the parenthesis holds anything but words (a date, a number) or does not close.
    /// </summary>
    private static int? AsideEnd(CheckContext ctx, int open, int limit)
    {
        for (var c = open + 1; c < limit && c <= open + 5; c++)
        {
            var t = ctx.Tokens[c];
            if (t.Norm == ")")
            {
                return c > open + 1 ? c : null;
            }

            if (t.Kind != TokenKind.Arabic || ctx.MonthAt(c, out _) is not null)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// A word that points back at the first side inside an equivalence ("، ويوافق ذلك 16 أكتوبر"، "وهو ما يوافق"، "أي ما
    /// يقابل"): allowed between the sides only when an equivalence cue is there too.
    /// </summary>
    private static bool Restating(Segmentation.Token t) => t.Kind == TokenKind.Arabic && t.Base is "ذلك" or "هذا" or "هو" or "وهو" or "وذلك" or "وهذا" or "ما" or "والذي" or "الذي";

    /// <summary>
    /// True for two dates of different calendars written back to back with nothing but a calendar mark between
    /// ("1408 هـ 1987 م", where the slash was lost), when the first one names its calendar itself (a mark or a
    /// month name). A bare year before another ("906 922 هـ") begins a range whose dash was lost instead.
    /// </summary>
    private static bool Juxtaposed(CheckContext ctx, int first, int second)
    {
        var ta = ctx.Timexes[first];
        var tb = ctx.Timexes[second];
        var from = ctx.EndToken(ta.Span);
        var to = ctx.FirstToken(tb.Span);
        for (var k = from; k < to; k++)
        {
            if (ctx.MatchCue(k, "era-marker", out var m) is null)
            {
                return false;
            }

            k += Math.Max(m, 1) - 1;
        }

        if (EffectiveCalendar(ctx, ta) == EffectiveCalendar(ctx, tb) || BareYearBeside(ctx, first, -1) || BareYearBeside(ctx, second, +1))
        {
            return false;
        }

        return NamesCalendar(ctx, ta) && NamesCalendar(ctx, tb);
    }

    /// <summary>The year number the timex's value writes (its first four characters when they are digits), or null.</summary>
    private static int? WrittenYear(Timex t)
        => t.Value is { Length: >= 4 } v && int.TryParse(v.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;

    /// <summary>True when a timex names its calendar itself: a month name, or a calendar mark as its last token or right after it.</summary>
    private static bool NamesCalendar(CheckContext ctx, Timex t)
    {
        var from = ctx.FirstToken(t.Span);
        var end = ctx.EndToken(t.Span);
        return ctx.FindMonth(from, end, out _) is not null || (end > 0 && ctx.MatchCue(end - 1, "era-marker", out _) is not null)
            || (end < ctx.Tokens.Length && ctx.MatchCue(end, "era-marker", out _) is not null);
    }

    /// <summary>
    /// True when a bare year (digits only, no calendar mark or month) is written right beside the timex with nothing
    /// between: "906 922 هـ 1500 1516 م" are two ranges whose dashes were lost, not pairs.
    /// </summary>
    private static bool BareYearBeside(CheckContext ctx, int index, int direction)
    {
        var n = index + direction;
        if (n < 0 || n >= ctx.Timexes.Length)
        {
            return false;
        }

        var (left, right) = direction < 0 ? (ctx.Timexes[n], ctx.Timexes[index]) : (ctx.Timexes[index], ctx.Timexes[n]);
        if (ctx.EndToken(left.Span) != ctx.FirstToken(right.Span))
        {
            return false;
        }

        var other = ctx.Timexes[n];
        var from = ctx.FirstToken(other.Span);
        var end = ctx.EndToken(other.Span);
        return CheckContext.HasWrittenYear(other) && ctx.FindMonth(from, end, out _) is null
            && ctx.MatchCue(end - 1, "era-marker", out _) is null && (end >= ctx.Tokens.Length || ctx.MatchCue(end, "era-marker", out _) is null);
    }

    /// <summary>The calendar of a timex: its own, or Julian when a Julian marker follows it in its clause.</summary>
    internal static CalendarKind EffectiveCalendar(CheckContext ctx, Timex t)
    {
        if (t.Calendar != CalendarKind.Gregorian)
        {
            return t.Calendar;
        }

        return JulianMarkerAfter(ctx, t) >= 0 ? CalendarKind.Julian : CalendarKind.Gregorian;
    }

    /// <summary>Token index of a Julian-calendar marker in the clause after the timex (within 8 tokens), or -1.</summary>
    internal static int JulianMarkerAfter(CheckContext ctx, Timex t)
    {
        var end = ctx.EndToken(t.Span);
        if (end >= ctx.Tokens.Length)
        {
            return -1;
        }

        var (_, ce) = ctx.ClauseOf(Math.Max(0, end - 1));
        var stop = Math.Min(ce, end + 8);
        foreach (var other in ctx.Timexes)
        {
            // A marker after a later date belongs to that date.
            if (other.Span.Start >= t.Span.End)
            {
                stop = Math.Min(stop, ctx.FirstToken(other.Span));
                break;
            }
        }
        for (var k = end; k < stop; k++)
        {
            if (ctx.MatchCue(k, "gregorian-marker", out _) is not null)
            {
                return -1;
            }

            if (ctx.MatchCue(k, "julian-marker", out _) is not null)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The Gregorian interval a timex denotes when read in its effective calendar, or null.</summary>
    internal static GregorianInterval? Real(CheckContext ctx, Timex t, out CalendarKind calendar)
    {
        calendar = EffectiveCalendar(ctx, t);
        if (t.Gregorian is not { } g)
        {
            return null;
        }

        if (calendar == t.Calendar)
        {
            return g;
        }

        // Written as Gregorian fields by the time stage, but the text says Julian: re-read the fields.
        try
        {
            var s = new LocalDate(g.Start.Year, g.Start.Month, g.Start.Day, CalendarSystem.Julian);
            var e = new LocalDate(g.End.Year, g.End.Month, Math.Min(g.End.Day, CalendarSystem.Julian.GetDaysInMonth(g.End.Year, g.End.Month)), CalendarSystem.Julian);
            return new GregorianInterval(s, e);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>
    /// True when a timex can be one side of a pair: dated, or a day and month without a year ("(26 أكتوبر حسب
    /// التقويم الشرقي)") beside a dated one, which gives it its year.
    /// </summary>
    private static bool Pairable(Timex t, Timex other) => CheckContext.IsDated(t) || (YearlessDay(t) is not null && CheckContext.IsDated(other));

    /// <summary>Month and day of a Gregorian or Julian date written without a year (value XXXX-MM-DD), or null.</summary>
    private static (int Month, int Day)? YearlessDay(Timex t)
        => t.Type == TimexType.Date && t.Calendar is CalendarKind.Gregorian or CalendarKind.Julian && t.Value is { Length: 10 } v && v.StartsWith("XXXX-", StringComparison.Ordinal)
            && int.TryParse(v.AsSpan(5, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m)
            && int.TryParse(v.AsSpan(8, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d)
            && m is >= 1 and <= 12 && d is >= 1 and <= 31 ? (m, d) : null;

    /// <summary>
    /// A year-less day of a pair dated in the other side's year, in its own calendar (the pair's comparison then moves
    /// it to the year nearest the other side); the timex itself when it is dated or cannot be.
    /// </summary>
    private static Timex WithPairYear(Timex t, Timex other)
    {
        if (CheckContext.IsDated(t) || YearlessDay(t) is not { } md || other.Gregorian is not { } og)
        {
            return t;
        }

        var year = og.Start.Year;
        var calendar = t.Calendar == CalendarKind.Julian ? CalendarSystem.Julian : CalendarSystem.Iso;
        if (md.Day > calendar.GetDaysInMonth(year, md.Month))
        {
            return t;
        }

        var day = new LocalDate(year, md.Month, md.Day, calendar).WithCalendar(CalendarSystem.Iso);
        return t with { Gregorian = GregorianInterval.Day(day), Valid = true };
    }

    /// <summary>Words naming a calendar between the two sides ("بالتقويم القديم"، "حسب التقويم الشرقي"، "وفق"): their length.</summary>
    private static bool CalendarWords(CheckContext ctx, int k, out int length)
    {
        length = 0;
        if (ctx.MatchCue(k, "julian-marker", out var n) is not null || ctx.MatchCue(k, "gregorian-marker", out n) is not null)
        {
            length = n;
            return true;
        }

        if (ctx.Tokens[k].Norm is "حسب" or "وفق" or "وفقا" or "بحسب" && k + 1 < ctx.Tokens.Length
            && (ctx.MatchCue(k + 1, "julian-marker", out _) is not null || ctx.MatchCue(k + 1, "gregorian-marker", out _) is not null))
        {
            length = 1;
            return true;
        }

        return false;
    }
}
