using System.Globalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>
/// malformed-date: a year cut short or garbled — "عام 190." in an article whose years run 1864–1926,
/// digits split by punctuation ("عام 19.05"), a five-digit year. A short year is flagged only when
/// it carries no era mark (190 هـ is a real year) and the article's own four-digit years fall in the
/// range it is a prefix of; the message names the likely years, narrowed by the dates around it.
/// </summary>
public sealed partial class MalformedDateRule : ICheckRule
{
    /// <inheritdoc />
    public string Id => "malformed-date";

    /// <inheritdoc />
    public IEnumerable<Flag> Check(CheckContext ctx) => (ctx ?? throw new ArgumentNullException(nameof(ctx))).MalformedDateFlags;

    /// <summary>True when a span already flagged overlaps <paramref name="span"/> (a loop: a lambda here made a closure for every token looked at).</summary>
    /// <summary>
    /// The flag for a date with a part left out ("التاريخ «…» ناقص: …" / "The date “…” is incomplete: …"): a warning on the
    /// written date, which is marked as flagged; null when an earlier flag of this rule already covers it.
    /// </summary>
    private Flag? Incomplete(CheckContext ctx, List<TextSpan> flagged, TextSpan span, string whatAr, string whatEn, string reason = "missing-part")
    {
        if (OverlapsAny(flagged, span))
        {
            return null;
        }

        flagged.Add(span);
        var written = ctx.Text(span);
        return CheckContext.MakeFlag(Id, Severity.Warning, [span], $"التاريخ «{written}» ناقص: {whatAr}", $"The date “{written}” is incomplete: {whatEn}",
            ("written", written), ("reason", reason));
    }

    private static bool OverlapsAny(List<TextSpan> flagged, TextSpan span)
    {
        foreach (var s in flagged)
        {
            if (s.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the flags of a document; <see cref="CheckContext.MalformedDateFlags"/> keeps them, since the other rules ask for the spans too.</summary>
    internal IEnumerable<Flag> Find(CheckContext ctx)
    {
        var tokens = ctx.Tokens;
        var years = DocumentYears(ctx);
        // A text that dates anything by the Hijra may name a bare classical year beside a modern one (an edition's year).
        var hijriText = ctx.Timexes.Any(t => t.Calendar == Tarikh.Core.Time.CalendarKind.Hijri);
        var flagged = new List<TextSpan>();
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (!ctx.IsContent(tokens[i].Sentence))
            {
                continue;
            }

            var len = 0;
            var introducer = Introducer.YearWord;
            if (ctx.MatchCue(i, "year-word", out len) is null)
            {
                // "اكتملت المرحلة الأولى في 198، ثم افتُتح عام 1986": a bare three-digit number after "في" that ends its
                // clause, among four-digit years, is a year cut short too (a count or a measure has its noun after it).
                if (tokens[i].Norm == "في" && i + 2 < tokens.Length && tokens[i + 1].IsNumber && tokens[i + 1].Norm.Length == 3
                    && tokens[i + 2].Sentence == tokens[i].Sentence && tokens[i + 2].Kind == TokenKind.Punctuation && tokens[i + 2].Norm is "،" or "," or "." or "؛")
                {
                    len = 1;
                }
                else if (ctx.MonthAt(i, out var monthLength) is { Hijri: false })
                {
                    // "في مايو 192"، "14 مارس 20233": the number after a Gregorian month name is its year. Two digits there
                    // are the colloquial short year ("مارس 90"), so only three or five and more digits are read here.
                    len = monthLength;
                    introducer = Introducer.Month;
                }
                else if (RangeAfterYear(ctx, i))
                {
                    // "(1856–192)": the end of a range whose start is a four-digit year.
                    len = 1;
                    introducer = Introducer.RangeEnd;
                }
                else if (NumericDateYear(ctx, i))
                {
                    // "2/5/202": the year of a day/month/year date.
                    len = 1;
                    introducer = Introducer.Numeric;
                }
                else
                {
                    continue;
                }
            }

            var n = i + len;
            if (n >= tokens.Length || !tokens[n].IsNumber || tokens[n].Clitics != Proclitics.None || tokens[n].Sentence != tokens[i].Sentence)
            {
                continue;
            }

            var digits = tokens[n].Norm;
            var after = n + 1 < tokens.Length && tokens[n + 1].Sentence == tokens[n].Sentence ? n + 1 : -1;
            var yearWordSpan = introducer is Introducer.RangeEnd or Introducer.Numeric ? tokens[n].Span : tokens[i].Span;
            if (after >= 0 && ctx.MatchCue(after, "era-marker", out _) is not null && !(GregorianMark(tokens[after]) && digits.Length == 3 && ModernText(years)))
            {
                // 190 هـ is a real year; "192 م" in a text whose every other year has four digits (1876–1953) is cut short.
                continue;
            }

            if (introducer == Introducer.Month && (digits.Length is < 5 and not 3 || (digits.Length == 3 && CountedNounAfter(ctx, n))))
            {
                continue; // "سجلت في مارس 201 حالة": a count after the month, its noun following
            }

            if (!digits.AsSpan().ContainsAnyExceptInRange('0', '9') && digits.Length <= 3 && RangeOrListStart(ctx, n))
            {
                continue; // "من 100 إلى 1000 متر": the first bound of a range or list of quantities, not a year
            }

            // Digits split by punctuation: 19.05, 18,70
            if (after >= 0 && tokens[after].Kind == TokenKind.Punctuation && tokens[after].Norm is "." or "," or "'" && tokens[after].Span.Start == tokens[n].Span.End
                && after + 1 < tokens.Length && tokens[after + 1].IsNumber && tokens[after + 1].Span.Start == tokens[after].Span.End
                && digits.Length + tokens[after + 1].Norm.Length == 4)
            {
                var joined = digits + tokens[after + 1].Norm;
                var span = new TextSpan(yearWordSpan.Start, tokens[after + 1].Span.End);
                flagged.Add(span);
                yield return CheckContext.MakeFlag(Id, Severity.Warning, [span],
                    $"السنة «{ctx.Text(new TextSpan(tokens[n].Span.Start, tokens[after + 1].Span.End))}» مكتوبة بعلامة ترقيم بين أرقامها؛ الأرجح أنها {joined}.",
                    $"The year “{ctx.Text(new TextSpan(tokens[n].Span.Start, tokens[after + 1].Span.End))}” has punctuation inside its digits; it is probably {joined}.",
                    ("written", ctx.Text(new TextSpan(tokens[n].Span.Start, tokens[after + 1].Span.End))), ("likely", joined), ("reason", "split-digits"));
                continue;
            }

            if (digits.AsSpan().ContainsAnyExceptInRange('0', '9'))
            {
                // One number token with a separator inside: 19.05, 1,905
                var joined = new string([.. digits.Where(char.IsAsciiDigit)]);
                if (joined.Length == 4 && !(digits.Length == 5 && digits[1] == ',' ))
                {
                    var span = new TextSpan(yearWordSpan.Start, tokens[n].Span.End);
                    flagged.Add(span);
                    yield return CheckContext.MakeFlag(Id, Severity.Warning, [span],
                        $"السنة «{ctx.Text(tokens[n].Span)}» مكتوبة بعلامة ترقيم بين أرقامها؛ الأرجح أنها {joined}.",
                        $"The year “{ctx.Text(tokens[n].Span)}” has punctuation inside its digits; it is probably {joined}.",
                        ("written", ctx.Text(tokens[n].Span)), ("likely", joined), ("reason", "split-digits"));
                }

                continue;
            }

            // "موسم 19971998": two consecutive years whose slash was lost name a season, not a garbled year.
            if (digits.Length == 8 && int.TryParse(digits.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y1)
                && int.TryParse(digits.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var y2) && y1 is >= 1000 and <= 2100 && y2 - y1 is >= 1 and <= 3)
            {
                continue;
            }

            if (digits.Length >= 5)
            {
                var span = new TextSpan(yearWordSpan.Start, tokens[n].Span.End);
                flagged.Add(span);
                yield return CheckContext.MakeFlag(Id, Severity.Error, [span],
                    $"السنة «{digits}» من {digits.Length} أرقام، وهذا ليس عاماً صالحاً في سياق النص.",
                    $"The year “{digits}” has {digits.Length} digits, which is not a plausible year here.",
                    ("written", digits), ("reason", "too-many-digits"));
                continue;
            }

            if (introducer == Introducer.RangeEnd)
            {
                // "(1856–192)": a range cannot end before it starts; the end is the start's century cut short.
                var start = int.Parse(tokens[i - 1].Norm, CultureInfo.InvariantCulture);
                var cut = int.Parse(digits, CultureInfo.InvariantCulture);
                var (clo, chi) = (Math.Max(cut * 10, start), (cut * 10) + 9);
                if (chi - start > 120)
                {
                    continue;
                }

                var rspan = tokens[n].Span;
                var rlikely = clo == chi ? clo.ToString(CultureInfo.InvariantCulture) : $"{clo}–{chi}";
                flagged.Add(rspan);
                yield return CheckContext.MakeFlag(Id, Severity.Error, [rspan],
                    $"المدى «{tokens[i - 1].Norm}–{digits}» ينتهي قبل أن يبدأ: السنة «{digits}» تبدو مبتورة، والأرجح أنها إحدى السنوات {rlikely}.",
                    $"The range “{tokens[i - 1].Norm}–{digits}” ends before it starts: the year “{digits}” looks cut short; it is probably one of {rlikely}.",
                    ("written", digits), ("candidates", rlikely), ("likely", rlikely), ("reason", "cut-short"));
                continue;
            }

            // "صنعاء (سبأ) - … أُقيم في 12/7/202": a numeric date of a news item (the text opens with a dateline) is dated in the
            // age of the press, so three digits there are a year cut short even with no other year in the text.
            if (introducer == Introducer.Numeric && digits.Length == 3 && years.Count == 0 && !hijriText && OpensWithDateline(ctx)
                && int.Parse(digits, CultureInfo.InvariantCulture) * 10 >= 1800 && !OverlapsAny(flagged, tokens[n].Span))
            {
                var cutNews = int.Parse(digits, CultureInfo.InvariantCulture);
                var likelyNews = $"{cutNews * 10}–{(cutNews * 10) + 9}";
                var dateSpan = new TextSpan(tokens[i - 3].Span.Start, tokens[n].Span.End);
                flagged.Add(dateSpan);
                yield return CheckContext.MakeFlag(Id, Severity.Warning, [dateSpan],
                    $"السنة «{digits}» في التاريخ «{ctx.Text(dateSpan)}» من خبر صحفي مبتورة: الأرجح أنها إحدى السنوات {likelyNews}.",
                    $"The year “{digits}” in the date “{ctx.Text(dateSpan)}” of a news item is cut short: it is probably one of {likelyNews}.",
                    ("written", digits), ("candidates", likelyNews), ("likely", likelyNews), ("reason", "cut-short"));
                continue;
            }

            // Three four-digit years make the article's period; in a short text two close ones do (a news item, a
            // paragraph of a biography: "عام 1968 … حتى عام 197، ثم … عام 1980").
            if (digits.Length is < 2 or > 3 || years.Count == 0)
            {
                continue;
            }

            var v = int.Parse(digits, CultureInfo.InvariantCulture);
            var scale = digits.Length == 3 ? 10 : 100;
            var lo = v * scale;
            var hi = lo + scale - 1;
            var min = years.Min();
            var max = years.Max();

            // One life or one story told forward: a three-digit year after a four-digit one whose next century it cuts
            // ("ولد عام 1753 … وتوفي عام 182": 1820–1829, within a lifetime after 1753) is cut short even in a short text.
            // Told the other way round in one sentence ("ولد عام 189 … وتوفي عام 1961": 1890–1899, within a lifetime
            // before 1961) too, unless the text dates by the Hijra.
            var follows = digits.Length == 3 && ((PrecedingYear(ctx, n) is { } py && lo <= py + 120 && hi >= py)
                || (!hijriText && FollowingYear(ctx, n) is { } fy && hi >= fy - 120 && lo <= fy)
                || (introducer == Introducer.Numeric && hi >= min - 20 && lo <= max + 20)); // "12/3/199" among 1995: no one writes a day of AD 199 so
            if (!follows && (years.Count < 2 || (years.Count == 2 && max - min > 40) || hi < min - 10 || lo > max + 10))
            {
                continue;
            }

            if (years.Any(y => y < 1000))
            {
                continue;
            }

            // The article's years lie in the range this number is a prefix of: the year is cut short.
            var span2 = new TextSpan(yearWordSpan.Start, tokens[n].Span.End);
            var (nlo, nhi, around) = Narrow(ctx, tokens[n].Span, lo, hi);
            var likely = nlo == nhi ? nlo.ToString(CultureInfo.InvariantCulture) : $"{nlo}–{nhi}";
            var aroundEn = around is null ? "" : $"; the dates around it ({around}) narrow it to {likely}";
            var aroundAr = around is null ? "" : $"؛ والتواريخ المحيطة به ({around}) تحصره في {likely}";
            flagged.Add(span2);
            yield return CheckContext.MakeFlag(Id, Severity.Error, [span2],
                $"السنة «{digits}» تبدو مبتورة: سنوات المقال الأخرى بين {min} و{max}، فالأرجح أنها إحدى السنوات {lo}–{hi}{aroundAr}.",
                $"The year “{digits}” looks cut short: the article's other years run from {min} to {max}, so it is probably one of {lo}–{hi}{aroundEn}.",
                ("written", digits), ("document_years", $"{min}–{max}"), ("candidates", $"{lo}–{hi}"), ("likely", likely), ("reason", "cut-short"));
        }

        foreach (var t in ctx.Timexes)
        {
            if (t.Reason == "malformed-year" && !OverlapsAny(flagged, t.Span) && !RangeOrListStart(ctx, ctx.EndToken(t.Span) - 1))
            {
                yield return CheckContext.MakeFlag(Id, Severity.Error, [t.Span],
                    $"السنة في «{t.Text}» مشوهة أو ناقصة.",
                    $"The year in “{t.Text}” is garbled or cut short.",
                    ("written", t.Text), ("reason", "malformed-year"));
            }
        }

        foreach (var f in MixedDigits(ctx, flagged))
        {
            yield return f;
        }

        foreach (var f in PartialNumericDates(ctx, flagged))
        {
            yield return f;
        }

        foreach (var f in CutRangeStarts(ctx, flagged, hijriText))
        {
            yield return f;
        }

        foreach (var f in CutOldStylePairYears(ctx, flagged))
        {
            yield return f;
        }

        foreach (var f in CutYearsBeforeLaterOnes(ctx, flagged))
        {
            yield return f;
        }

        foreach (var f in EmptyNumericParts(ctx, flagged))
        {
            yield return f;
        }

        foreach (var f in CutPairSides(ctx, flagged))
        {
            yield return f;
        }

        foreach (var f in OldStylePairsWithoutDay(ctx, flagged))
        {
            yield return f;
        }

        foreach (var f in CutDatelineYears(ctx, flagged))
        {
            yield return f;
        }

        foreach (var f in CutShortRangeEnds(ctx, flagged))
        {
            yield return f;
        }

        foreach (var f in EmptyLeadingParts(ctx, flagged))
        {
            yield return f;
        }

        foreach (var f in CutLabelledLifespanBounds(ctx, flagged))
        {
            yield return f;
        }

        foreach (var f in EmptyLifespanStarts(ctx, flagged))
        {
            yield return f;
        }

        foreach (var f in EmptyDaysBeforeMonthNames(ctx, flagged))
        {
            yield return f;
        }

        foreach (var f in EmptyDateSlots(ctx, flagged))
        {
            yield return f;
        }

        foreach (var f in EmptyTrailingYears(ctx, flagged))
        {
            yield return f;
        }

        foreach (var f in DaysWithoutMonth(ctx, flagged))
        {
            yield return f;
        }

        foreach (var f in CenturyDroppedYears(ctx, flagged))
        {
            yield return f;
        }

        foreach (var f in WordDaysWithoutMonth(ctx, flagged).Concat(CutWordYears(ctx, flagged)).Concat(EmptyYearsBeforeEraMarks(ctx, flagged)).Concat(AmbiguousTwoDigitYears(ctx, flagged))
            .Concat(LifespanBoundsWithoutYear(ctx, flagged)).Concat(YearWordsWithoutYear(ctx, flagged)).Concat(DaysWithCutMonth(ctx, flagged))
            .Concat(EmptyDayAndMonthSlots(ctx, flagged)).Concat(DatelineDaysWithoutMonth(ctx, flagged))
            .Concat(CutYearsInModernSentences(ctx, flagged, hijriText)).Concat(LifeDatesWithoutYear(ctx, flagged)).Concat(EmptyArticleDays(ctx, flagged))
            .Concat(OpenLifespansOfTheDead(ctx, flagged)).Concat(RangesWithEmptyYear(ctx, flagged)).Concat(BareYearWordsBeforeGap(ctx, flagged))
            .Concat(CenturyPrefixYears(ctx, flagged, hijriText)).Concat(OpenLifespansOfTheLongDead(ctx, flagged))
            .Concat(RangeEndsWithoutYear(ctx, flagged)).Concat(OpenRangesOfTheEnded(ctx, flagged)).Concat(RangesWithEmptyEndBeforeEra(ctx, flagged)))
        {
            yield return f;
        }
    }

    /// <summary>
    /// A numeric date with a part missing: "2018/12/" (the day after the last slash left out) or "/12/2018" (the day before
    /// the first slash). Only when the slash stands alone: a web address ("site.com/2018/12/post") continues the chain.
    /// </summary>
    private IEnumerable<Flag> PartialNumericDates(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        foreach (var t in ctx.Timexes)
        {
            if (t.Type != Tarikh.Core.Time.TimexType.Date || OverlapsAny(flagged, t.Span) || !IsNumericPair(t.Text))
            {
                continue;
            }

            var first = ctx.FirstToken(t.Span);
            var end = ctx.EndToken(t.Span);
            TextSpan? missing = null;
            if (end < tk.Length && tk[end].Norm == "/" && tk[end].Span.Start == t.Span.End && tk[end].Sentence == tk[first].Sentence
                && (end + 1 >= tk.Length || tk[end + 1].Span.Start > tk[end].Span.End || (tk[end + 1].Kind == TokenKind.Punctuation && tk[end + 1].Norm != "/")))
            {
                missing = new TextSpan(t.Span.Start, tk[end].Span.End); // "2018/12/"
            }
            else if (first > 0 && tk[first - 1].Norm == "/" && tk[first - 1].Span.End == t.Span.Start && tk[first - 1].Sentence == tk[first].Sentence
                && (first - 2 < 0 || tk[first - 2].Span.End < tk[first - 1].Span.Start || (tk[first - 2].Kind == TokenKind.Punctuation && tk[first - 2].Norm != "/")))
            {
                missing = new TextSpan(tk[first - 1].Span.Start, t.Span.End); // "/12/2018"
            }

            if (missing is not { } span)
            {
                continue;
            }

            if (Incomplete(ctx, flagged, span, "أحد أجزائه (اليوم غالباً) محذوف بين علامتي الفصل.",
                "one of its parts (usually the day) is missing at the slash.") is { } flag)
            {
                yield return flag;
            }
        }
    }

    /// <summary>True for a date written as two numbers joined by one slash ("2018/12", "12/2018"), one of them a four-digit year.</summary>
    private static bool IsNumericPair(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2 && parts.All(p => p.Length is >= 1 and <= 4 && p.All(char.IsDigit)) && parts.Any(p => p.Length == 4) && parts.Any(p => p.Length <= 2);
    }

    /// <summary>
    /// "(189–1961)"، "(8–874 هـ)": the start of a range of years cut short, when the range would otherwise span more than a
    /// life and the years the start is a prefix of lie within one life before the end. Three digits before four are not
    /// read in a text dated by the Hijra, where three-digit years are real.
    /// </summary>
    private IEnumerable<Flag> CutRangeStarts(CheckContext ctx, List<TextSpan> flagged, bool hijriText)
    {
        var tk = ctx.Tokens;
        for (var i = 1; i + 2 < tk.Length; i++)
        {
            // "(ولد 186 – توفي 1921)": the words of a lifespan may stand before each end.
            var opened = tk[i - 1].Norm == "(" || (i > 1 && tk[i - 2].Norm == "(" && LifespanWord(tk[i - 1]));
            var e = i + 2 + 1 < tk.Length && LifespanWord(tk[i + 2]) ? i + 3 : i + 2;
            if (!AsciiNumber(tk[i]) || !opened || tk[i + 1].Norm is not ("-" or "–" or "—") || !AsciiNumber(tk[e])
                || tk[e].Sentence != tk[i].Sentence || OverlapsAny(flagged, tk[i].Span)
                || !int.TryParse(tk[i].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var cut) || !int.TryParse(tk[e].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var end))
            {
                continue;
            }

            // "(189–1961)": three digits before four, in a text not dated by the Hijra and with no era mark after the range
            // (then "(190–1250)" may be a real era). "(8–874 هـ)": two digits fewer than an end that carries an era mark (so
            // no range of quantities, "(10–1000) متر"), in any text: a range that starts a century's digits short is no era
            // either ("(41–132 هـ)" and "(1–656 هـ)" stay silent below).
            var (n, m) = (tk[i].Norm.Length, tk[e].Norm.Length);
            var marked = e + 1 < tk.Length && ctx.MatchCue(e + 1, "era-marker", out _) is not null;
            // "(19 – 1975)": two digits before four in parentheses that close right after the end, in a text not dated by the
            // Hijra, with no era mark and no counted noun after the parentheses ("(15–1600) دينار" is a range of amounts).
            var shortModern = n == 2 && m == 4 && !hijriText && !marked && tk[i - 1].Norm == "(" && e + 1 < tk.Length && tk[e + 1].Norm == ")"
                && tk[e + 1].Sentence == tk[i].Sentence && !CountedNounAfter(ctx, e + 1);
            if (!((n == 3 && m == 4 && !hijriText && !marked) || shortModern || (marked && m - n >= 2 && m <= 4)))
            {
                continue;
            }

            var (lo, hi) = CutRange(cut, end);
            if (end - cut <= 120 || lo > end || end - lo > 120)
            {
                continue;
            }

            var likely = $"{lo}–{Math.Min(hi, end)}";
            flagged.Add(tk[i].Span);
            yield return CheckContext.MakeFlag(Id, Severity.Error, [tk[i].Span],
                $"بداية المدى «{cut}–{end}» تبدو مبتورة: مدى كهذا يتجاوز عمر إنسان، والأرجح أن البداية إحدى السنوات {likely}.",
                $"The start of the range “{cut}–{end}” looks cut short: such a range is longer than a life; it is probably one of {likely}.",
                ("written", tk[i].Norm), ("candidates", likely), ("likely", likely), ("reason", "cut-short"));
        }
    }

    /// <summary>A word of a lifespan written before one of its years: "ولد"، "ولدت"، "توفي"، "توفيت"، "ت".</summary>
    private static bool LifespanWord(Token t) => t.Kind == TokenKind.Arabic && t.Base is "ولد" or "ولدت" or "توفي" or "توفيت" or "ت";

    /// <summary>
    /// "12 (24) أبريل 18"، "7 (19) يناير 190": an Old-Style/New-Style pair of days whose year has one to three digits. Such
    /// pairs are written only between 1582 and 1918, so the year is cut short (never the colloquial "'18"). A noun after it counts something
    /// ("… 75 طالباً"), unless a preposition is attached to it ("75 بعرض").
    /// </summary>
    private IEnumerable<Flag> CutOldStylePairYears(CheckContext ctx, List<TextSpan> flagged)
    {
        var tk = ctx.Tokens;
        for (var i = 0; i + 5 < tk.Length; i++)
        {
            if (!Day(tk[i]) || tk[i + 1].Norm != "(" || !Day(tk[i + 2]) || tk[i + 3].Norm != ")" || ctx.MonthAt(i + 4, out var ml) is not { Hijri: false })
            {
                continue;
            }

            var n = i + 4 + ml;
            if (ctx.MatchCue(n, "year-word", out var yl) is not null)
            {
                n += yl;
            }

            if (n >= tk.Length || !tk[n].IsNumber || tk[n].Norm.Length > 3 || !tk[n].Norm.All(char.IsAsciiDigit) || tk[n].Sentence != tk[i].Sentence
                || (CountedNounAfter(ctx, n) && (tk[n + 1].Clitics & (Proclitics.Bi | Proclitics.Li)) == 0) || OverlapsAny(flagged, tk[n].Span))
            {
                continue;
            }

            var span = new TextSpan(tk[i].Span.Start, tk[n].Span.End);
            flagged.Add(span);
            var written = ctx.Text(span);
            yield return CheckContext.MakeFlag(Id, Severity.Error, [span],
                $"السنة «{tk[n].Norm}» في «{written}» مبتورة: التاريخ مكتوب بالتقويمين القديم والجديد، وهذا لا يكون إلا بين 1582 و1918.",
                $"The year “{tk[n].Norm}” in “{written}” is cut short: the date is given Old Style and New Style, which is only done between 1582 and 1918.",
                ("written", tk[n].Norm), ("reason", "cut-short"));
        }

        static bool Day(Token t) => t.IsNumber && t.Norm.Length <= 2 && int.TryParse(t.Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31;
    }

    /// <summary>
    /// "ولد سنة 77 هـ … وتوفي سنة ثمان وثلاثين وثمانمائة"، "ولد سنة 8 هـ … وتوفي سنة 874 هـ": a one- or two-digit year of a
    /// birth, with a later year of the same sentence (or the two after it) that is a death and lies more than a life after
    /// it, while the years the short one is a prefix of (<see cref="CutRange"/>) lie within one life before it. A classical year alone ("سنة 80 هـ") or a real early life ("ولد سنة 23 هـ، وتوفي سنة 94
    /// هـ") is never flagged: both dates must be Time's, of one calendar, with a birth word before the first and a death
    /// word before the second.
    /// </summary>
    private IEnumerable<Flag> CutYearsBeforeLaterOnes(CheckContext ctx, List<TextSpan> flagged)
    {
        var timexes = ctx.Timexes;
        for (var i = 0; i < timexes.Length; i++)
        {
            var t = timexes[i];
            if (!CheckContext.IsDated(t) || t.Value is not { Length: 4 } v || !int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1 or > 99
                || t.YearInWords || OverlapsAny(flagged, t.Span) || !CueBefore(ctx, t, "birth-cue"))
            {
                continue;
            }

            for (var j = i + 1; j < timexes.Length && ctx.SentenceOf(timexes[j]) <= ctx.SentenceOf(t) + CutYearSentences; j++)
            {
                var u = timexes[j];
                if (!CheckContext.IsDated(u) || u.Value is not { Length: 4 } w || !int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var later)
                    || !CueBefore(ctx, u, "death-cue") || (u.Calendar != t.Calendar && !u.YearInWords))
                {
                    continue;
                }

                var (lo, hi) = CutRange(year, later);
                if (later - year > 120 && lo <= later && later - lo <= 120)
                {
                    flagged.Add(t.Span);
                    var likely = $"{lo}–{Math.Min(hi, later)}";
                    yield return CheckContext.MakeFlag(Id, Severity.Error, [t.Span],
                        $"السنة «{year}» في «{t.Text}» تبدو مبتورة: الوفاة في «{u.Text}» بعدها بأكثر من عمر إنسان، والأرجح أنها إحدى السنوات {likely}.",
                        $"The year “{year}” in “{t.Text}” looks cut short: the death in “{u.Text}” comes more than a lifetime later; it is probably one of {likely}.",
                        ("written", year.ToString(CultureInfo.InvariantCulture)), ("candidates", likely), ("likely", likely), ("reason", "cut-short"));
                }

                break;
            }
        }

        // Told the other way: "ولد سنة سبع وسبعين وسبعمائة، وتوفي سنة 83 هـ" — a one- or two-digit death year before the birth
        // year of the same sentence, whose decade lies within one life after the birth, is cut short.
        for (var i = 0; i < timexes.Length; i++)
        {
            var b = timexes[i];
            if (!CheckContext.IsDated(b) || b.Value is not { Length: 4 } bv || !int.TryParse(bv, NumberStyles.None, CultureInfo.InvariantCulture, out var born) || born < 100
                || !CueBefore(ctx, b, "birth-cue"))
            {
                continue;
            }

            for (var j = i + 1; j < timexes.Length && ctx.SentenceOf(timexes[j]) <= ctx.SentenceOf(b) + CutYearSentences; j++)
            {
                var d = timexes[j];
                if (!CheckContext.IsDated(d) || d.Value is not { Length: 4 } dv || !int.TryParse(dv, NumberStyles.None, CultureInfo.InvariantCulture, out var died)
                    || !CueBefore(ctx, d, "death-cue"))
                {
                    continue;
                }

                var (lo, hi) = CutRange(died, born);
                if (died is >= 1 and <= 99 && !d.YearInWords && (d.Calendar == b.Calendar || b.YearInWords) && !OverlapsAny(flagged, d.Span)
                    && hi >= born && lo <= born + 120)
                {
                    flagged.Add(d.Span);
                    var likely = $"{Math.Max(lo, born)}–{hi}";
                    yield return CheckContext.MakeFlag(Id, Severity.Error, [d.Span],
                        $"السنة «{died}» في «{d.Text}» تبدو مبتورة: الوفاة لا تسبق الميلاد في «{b.Text}»، والأرجح أنها إحدى السنوات {likely}.",
                        $"The year “{died}” in “{d.Text}” looks cut short: a death cannot come before the birth in “{b.Text}”; it is probably one of {likely}.",
                        ("written", died.ToString(CultureInfo.InvariantCulture)), ("candidates", likely), ("likely", likely), ("reason", "cut-short"));
                }

                break;
            }
        }
    }

    /// <summary>How many sentences after a birth its death may be told for a cut year to be read against it.</summary>
    private const int CutYearSentences = 2;

    /// <summary>
    /// The years a short year may have been cut from, given a full year of the same life: the digits left out are those
    /// the full year has more ("81" beside 874: 810–819; "8" beside 874: 800–899; "19" beside 1985: 1900–1999).
    /// </summary>
    private static (int Lo, int Hi) CutRange(int cut, int full)
    {
        var missing = Math.Max(1, full.ToString(CultureInfo.InvariantCulture).Length - cut.ToString(CultureInfo.InvariantCulture).Length);
        var scale = (int)Math.Pow(10, missing);
        return (cut * scale, (cut * scale) + scale - 1);
    }

    /// <summary>True when a cue of the category stands in the clause before the timex, within six tokens.</summary>
    private static bool CueBefore(CheckContext ctx, Tarikh.Core.Time.Timex t, string category)
    {
        var first = ctx.FirstToken(t.Span);
        var (cs, _) = ctx.ClauseOf(first);
        for (var k = first - 1; k >= Math.Max(cs, first - 6); k--)
        {
            if (ctx.MatchCue(k, category, out _) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private enum Introducer
    {
        YearWord,
        Month,
        RangeEnd,
        Numeric,
    }

    /// <summary>
    /// True when a word follows the number in its sentence that is not a Gregorian era mark, a preposition or a
    /// conjunction: the number counts that noun ("201 حالة"), it is no year.
    /// </summary>
    private static bool CountedNounAfter(CheckContext ctx, int n)
    {
        if (n + 1 >= ctx.Tokens.Length || ctx.Tokens[n + 1].Sentence != ctx.Tokens[n].Sentence)
        {
            return false;
        }

        var next = ctx.Tokens[n + 1];
        return next.Kind == TokenKind.Arabic && !GregorianMark(next) && next.Norm is not ("في" or "الي" or "الى" or "من" or "حين" or "عندما" or "حيث" or "ثم" or "و" or "بعد" or "قبل")
            && (next.Clitics & (Proclitics.Wa | Proclitics.Fa)) == 0;
    }

    /// <summary>True for a Gregorian era mark ("م"، "ميلادية"، "للميلاد").</summary>
    private static bool GregorianMark(Token t) => t.Norm is "م" or "ميلادي" or "ميلاديه" or "ميلادية" or "للميلاد";

    /// <summary>True when the text's years are modern: at least three four-digit years, none of three digits (a classical text has real three-digit years).</summary>
    private static bool ModernText(List<int> years) => years.Count >= 3 && years.All(y => y >= 1000);

    /// <summary>True when token <paramref name="i"/> is a dash right after a four-digit number: the number after it ends a range of years.</summary>
    private static bool RangeAfterYear(CheckContext ctx, int i)
    {
        var t = ctx.Tokens[i];
        return t.Kind == TokenKind.Punctuation && t.Norm is "-" or "–" or "—" && i > 0 && ctx.Tokens[i - 1].IsNumber && ctx.Tokens[i - 1].Norm.Length == 4
            && ctx.Tokens[i - 1].Sentence == t.Sentence && i + 1 < ctx.Tokens.Length && ctx.Tokens[i + 1].IsNumber && ctx.Tokens[i + 1].Norm.Length == 3
            && int.TryParse(ctx.Tokens[i - 1].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            && int.TryParse(ctx.Tokens[i + 1].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var end) && (end * 10) + 9 >= start;
    }

    /// <summary>True when token <paramref name="i"/> is the second slash of "d/m/" (day 1–31, month 1–12) and a number follows.</summary>
    private static bool NumericDateYear(CheckContext ctx, int i)
    {
        var tk = ctx.Tokens;
        return i >= 3 && i + 1 < tk.Length && tk[i].Norm == "/" && tk[i - 2].Norm == "/" && tk[i - 1].IsNumber && tk[i - 3].IsNumber
            && tk[i - 3].Sentence == tk[i].Sentence && tk[i + 1].Span.Start == tk[i].Span.End && tk[i - 1].Span.End == tk[i].Span.Start
            && int.TryParse(tk[i - 1].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && int.TryParse(tk[i - 3].Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && ((m is >= 1 and <= 12 && d is >= 1 and <= 31) || (d is >= 1 and <= 12 && m is >= 1 and <= 31));
    }

    /// <summary>
    /// True when the number at token <paramref name="n"/> is followed by a range or list word and another number ("100
    /// إلى 1000"، "100 - 1000"، "100 و1000"): the first bound of quantities, not a year cut short.
    /// </summary>
    private static bool RangeOrListStart(CheckContext ctx, int n)
    {
        var tk = ctx.Tokens;
        if (n < 0 || n + 1 >= tk.Length || tk[n + 1].Sentence != tk[n].Sentence)
        {
            return false;
        }

        var next = tk[n + 1];
        if (next.IsNumber && (next.Clitics & Proclitics.Wa) != 0)
        {
            return true; // "100 و1000"
        }

        return (next.Norm is "الى" or "الي" or "إلى" or "حتى" or "حتي" or "-" or "–" or "—" or "او" or "أو" or "و") && n + 2 < tk.Length && tk[n + 2].IsNumber && tk[n + 2].Sentence == tk[n].Sentence;
    }

    /// <summary>
    /// Years written with two digit sets in one number ("19٤٦"، "51٠"): a typing or conversion slip a reader cannot trust;
    /// the value read is given.
    /// </summary>
    private IEnumerable<Flag> MixedDigits(CheckContext ctx, List<TextSpan> flagged)
    {
        foreach (var t in ctx.Timexes)
        {
            if (!CheckContext.HasWrittenYear(t) || OverlapsAny(flagged, t.Span))
            {
                continue;
            }

            for (var k = ctx.FirstToken(t.Span); k < ctx.EndToken(t.Span); k++)
            {
                var raw = ctx.Text(ctx.Tokens[k].Span);
                if (ctx.Tokens[k].IsNumber && raw.Any(char.IsAsciiDigit) && raw.Any(c => c is >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9'))
                {
                    flagged.Add(ctx.Tokens[k].Span);
                    yield return CheckContext.MakeFlag(Id, Severity.Warning, [ctx.Tokens[k].Span],
                        $"الرقم «{raw}» في «{t.Text}» مكتوب بنوعين من الأرقام (عربية وهندية)؛ قُرئ {ctx.Tokens[k].Norm}، فتحقق منه.",
                        $"The number “{raw}” in “{t.Text}” mixes two digit sets (Western and Eastern Arabic); it was read as {ctx.Tokens[k].Norm}: check it.",
                        ("written", raw), ("read", ctx.Tokens[k].Norm), ("reason", "mixed-digits"));
                    break;
                }
            }
        }
    }

    /// <summary>The nearest four-digit number (1000–2100) written before token <paramref name="n"/> in its sentence or the two before.</summary>
    private static int? PrecedingYear(CheckContext ctx, int n)
    {
        for (var k = n - 1; k >= 0 && ctx.Tokens[k].Sentence >= ctx.Tokens[n].Sentence - 2; k--)
        {
            if (ctx.Tokens[k].IsNumber && ctx.Tokens[k].Base.Length == 4 && int.TryParse(ctx.Tokens[k].Base, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1000 and <= 2100)
            {
                return y;
            }
        }

        return null;
    }

    /// <summary>The nearest four-digit number (1000–2100) written after token <paramref name="n"/> in its sentence.</summary>
    private static int? FollowingYear(CheckContext ctx, int n)
    {
        for (var k = n + 1; k < ctx.Tokens.Length && ctx.Tokens[k].Sentence == ctx.Tokens[n].Sentence; k++)
        {
            if (ctx.Tokens[k].IsNumber && ctx.Tokens[k].Base.Length == 4 && int.TryParse(ctx.Tokens[k].Base, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1000 and <= 2100)
            {
                return y;
            }
        }

        return null;
    }

    /// <summary>The four-digit years (500–2100) written in the content sentences.</summary>
    private static List<int> DocumentYears(CheckContext ctx)
    {
        var years = new List<int>();
        foreach (var t in ctx.Tokens)
        {
            if (t.IsNumber && t.Base.Length is 3 or 4 && ctx.IsContent(t.Sentence) && int.TryParse(t.Base, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 500 and <= 2100)
            {
                years.Add(y);
            }
        }

        // Other short years (three digits) count too: they make a classical text, where 190 is a real year.
        return years;
    }

    /// <summary>Narrows the candidate years by the nearest dated expressions before and after.</summary>
    private static (int Lo, int Hi, string? Around) Narrow(CheckContext ctx, TextSpan at, int lo, int hi)
    {
        Text.GregorianInterval? before = null, after = null;
        string? beforeText = null, afterText = null;
        foreach (var t in ctx.Timexes)
        {
            if (!CheckContext.IsDated(t) || !CheckContext.HasWrittenYear(t) || t.Span.Overlaps(at))
            {
                continue;
            }

            var g = t.Gregorian!.Value;
            if (g.End.Year < lo - 5 || g.Start.Year > hi + 5)
            {
                continue;
            }

            if (t.Span.End <= at.Start)
            {
                before = g;
                beforeText = t.Text;
            }
            else if (t.Span.Start >= at.End && after is null)
            {
                after = g;
                afterText = t.Text;
            }
        }

        if (before is { } b && after is { } a && b.Start.Year <= a.End.Year)
        {
            var nlo = Math.Max(lo, b.Start.Year);
            var nhi = Math.Min(hi, a.End.Year);
            if (nlo <= nhi && (nlo > lo || nhi < hi))
            {
                return (nlo, nhi, $"{beforeText} … {afterText}");
            }
        }

        return (lo, hi, null);
    }
}
