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
            .Concat(RangeEndsWithoutYear(ctx, flagged)).Concat(OpenRangesOfTheEnded(ctx, flagged)).Concat(RangesWithEmptyEndBeforeEra(ctx, flagged))
            .Concat(RangesWithEmptySide(ctx, flagged)).Concat(WordYearsWithoutUnits(ctx, flagged)).Concat(WordYearsWithGap(ctx, flagged))
            .Concat(BlankFormSlots(ctx, flagged)).Concat(RangeStartsWithoutYear(ctx, flagged)))
        {
            yield return f;
        }
    }

    /// <summary>What opens the number read as a year in <see cref="Find"/>.</summary>
    private enum Introducer
    {
        YearWord,
        Month,
        RangeEnd,
        Numeric,
    }
}
