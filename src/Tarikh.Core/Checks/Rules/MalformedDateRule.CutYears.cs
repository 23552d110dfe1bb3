using System.Globalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Checks.Rules;

/// <summary>malformed-date, years cut short beside a fuller one: a range start, an Old-Style pair's year, a birth year before its death.</summary>
public sealed partial class MalformedDateRule
{
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
}
