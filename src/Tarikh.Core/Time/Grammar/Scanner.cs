using System.Collections.Frozen;
using System.Globalization;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Time;

/// <content>
/// The scanner: per-sentence lexicon matches, token helpers, and the one place where the rule families are composed (TryAny).
/// </content>
public sealed partial class TimexRecognizer
{
    /// <summary>The per-run state of a recognition: lexicon matches of the current sentence.</summary>
    internal sealed partial class Scanner
    {
        private readonly TimexRecognizer _owner;
        private readonly AnalyzedDocument _doc;
        private readonly NormalizedText _normalized;
        private readonly System.Collections.Immutable.ImmutableArray<Token> _tokens;
        private readonly IReadOnlyList<Token> _tokenList;
        private readonly List<LexMatch> _matches = new(64);
        private readonly List<LexMatch> _scratch = new(8);
        private int[] _first = new int[64];
        private int[] _count = new int[64];
        private ulong[] _kinds = new ulong[64];

        /// <summary>Kinds that cannot begin an expression (they only continue or qualify one).</summary>
        private const ulong NonStarters =
            (1UL << (int)LexKind.CalendarIntro) | (1UL << (int)LexKind.RangeTo) | (1UL << (int)LexKind.Equivalence)
            | (1UL << (int)LexKind.Direction) | (1UL << (int)LexKind.Vague) | (1UL << (int)LexKind.Whole) | (1UL << (int)LexKind.NameHead)
            | (1UL << (int)LexKind.Era) | (1UL << (int)LexKind.CalendarCue) | (1UL << (int)LexKind.Now) | (1UL << (int)LexKind.Quantity) | (1UL << (int)LexKind.Future);
        private int _s;
        private int _e;
        private int _sentence;
        private List<RawTimex>? _output;
        private int _sentenceFirst;

        public Scanner(TimexRecognizer owner, AnalyzedDocument doc, NormalizedText normalized)
        {
            _owner = owner;
            _doc = doc;
            _normalized = normalized;
            _tokens = doc.Tokens;
            _tokenList = _tokens;
        }

        public void Scan(int sentence, int start, int end, List<RawTimex> output)
        {
            _sentence = sentence;
            _s = start;
            _e = end;
            var n = end - start;
            if (_first.Length < n)
            {
                _first = new int[Math.Max(n, _first.Length * 2)];
                _count = new int[_first.Length];
                _kinds = new ulong[_first.Length];
            }

            _matches.Clear();
            var any = false;
            for (var i = start; i < end; i++)
            {
                var before = _matches.Count;
                var t = _tokens[i];
                if (t.Kind is TokenKind.Arabic or TokenKind.Number or TokenKind.Punctuation)
                {
                    _owner.Lexicon.Trie.MatchAt(_tokenList, i, end, _matches);
                }

                _first[i - start] = before;
                _count[i - start] = _matches.Count - before;
                ulong kinds = 0;
                for (var k = before; k < _matches.Count; k++)
                {
                    kinds |= 1UL << (int)_matches[k].Entry.Kind;
                }

                _kinds[i - start] = kinds;
                any |= (kinds & ~NonStarters) != 0 || t.Kind == TokenKind.Number;
            }

            if (!any)
            {
                return;
            }

            var firstOfSentence = output.Count;
            _output = output;
            _sentenceFirst = firstOfSentence;
            var i2 = start;
            while (i2 < end)
            {
                var t = _tokens[i2];
                if ((_kinds[i2 - start] & ~NonStarters) == 0 && t.Kind != TokenKind.Number)
                {
                    i2++;
                    continue;
                }

                _anyMemoAt = -1;
                var found = TryRange(i2, out var a, out var b) ? 2 : 0;
                if (found == 0)
                {
                    // A failed range attempt may already have parsed the expression at i2 (TryToRange): reuse it.
                    a = _anyMemoAt == i2 ? _anyMemo : TryAny(i2, allowPartial: false);
                    _anyMemoAt = -1;
                    _anyMemo = null;
                    found = a is null ? 0 : 1;
                }

                if (found == 0)
                {
                    i2++;
                    continue;
                }

                Finish(a!);
                output.Add(a!);
                var next = a!.EndToken;
                if (found == 2)
                {
                    Finish(b!);
                    output.Add(b!);
                    next = b!.EndToken;
                }

                i2 = Math.Max(next, i2 + 1);
            }

            PostProcess(output, firstOfSentence);
        }

        private Token Tok(int i) => _tokens[i];

        private bool InSentence(int i) => i >= _s && i < _e;

        private bool IsPunct(int i, char c) => InSentence(i) && _tokens[i].Kind == TokenKind.Punctuation && _tokens[i].Norm[0] == c;

        private bool IsNorm(int i, string norm) => InSentence(i) && _tokens[i].Norm == norm;

        private LexMatch? Find(int i, LexKind kind, int maxStrip = 8)
        {
            if (!InSentence(i) || (_kinds[i - _s] & (1UL << (int)kind)) == 0)
            {
                return null;
            }

            LexMatch? best = null;
            var from = _first[i - _s];
            var to = from + _count[i - _s];
            for (var k = from; k < to; k++)
            {
                var m = _matches[k];
                if (m.Entry.Kind != kind || m.Stripped > maxStrip)
                {
                    continue;
                }

                if (best is null || m.End > best.Value.End || (m.End == best.Value.End && m.Stripped < best.Value.Stripped))
                {
                    best = m;
                }
            }

            return best;
        }

        private bool Has(int i, LexKind kind) => Find(i, kind) is not null;

        /// <summary>A run of digits (proclitics allowed), without decimal separators.</summary>
        private bool TryDigits(int i, out int value, out int digits)
        {
            value = 0;
            digits = 0;
            if (!InSentence(i) || _tokens[i].Kind != TokenKind.Number)
            {
                return false;
            }

            var b = _tokens[i].NormBase;
            if (b.Length == 0 || b.Length > 6)
            {
                return false;
            }

            foreach (var c in b)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }
            }

            value = int.Parse(b, NumberStyles.None, CultureInfo.InvariantCulture);
            digits = b.Length;
            return true;
        }

        private bool TryDecimal(int i, out double value)
        {
            value = 0;
            if (!InSentence(i) || _tokens[i].Kind != TokenKind.Number)
            {
                return false;
            }

            var b = _tokens[i].NormBase;
            return !b.Contains(',') && double.TryParse(b, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        private bool Adjacent(int i) => i + 1 < _e && _tokens[i].Span.End == _tokens[i + 1].Span.Start;

        private RawTimex New(int start, int end, int strip, Granularity g, double confidence = 0.9) => new()
        {
            StartToken = start,
            EndToken = end,
            Strip = strip,
            Granularity = g,
            Sentence = _sentence,
            Confidence = confidence,
        };

        /// <summary>The longest expression starting at <paramref name="i"/>.</summary>
        private RawTimex? TryAny(int i, bool allowPartial)
        {
            if (!InSentence(i) || ((_kinds[i - _s] & ~NonStarters) == 0 && _tokens[i].Kind != TokenKind.Number))
            {
                return null;
            }

            RawTimex? best = null;

            void Consider(RawTimex? c)
            {
                if (c is not null && (best is null || c.EndToken > best.EndToken))
                {
                    best = c;
                }
            }

            // A named feast first: "ليلة رأس السنة" is the feast, not a night of a new year.
            Consider(TryHoliday(i));

            // Modifiers: approximation and part (حوالي، أواخر) before an expression.
            if (Find(i, LexKind.Approx) is { } ap)
            {
                var inner = TryAny(ap.End, false);
                if (inner is not null && inner.Type is TimexType.Date or TimexType.Duration)
                {
                    inner.StartToken = i;
                    inner.Strip = ap.Stripped;
                    inner.Mod ??= TimexMod.Approx;
                    inner.Confidence = Math.Min(inner.Confidence, 0.85);
                    Consider(inner);
                }
            }

            if (Find(i, LexKind.Part) is { } pt)
            {
                var j = pt.End;
                if (IsNorm(j, "من"))
                {
                    j++;
                }

                var inner = TryAny(j, false);
                var unitOnly = pt.Entry.S!.EndsWith("-UNIT", StringComparison.Ordinal);
                if (inner is not null && inner.Type == TimexType.Date && inner.Granularity != Granularity.Day
                    && (!unitOnly || (inner.Relative != Relativity.None && inner.Month is null && j == pt.End && Has(j, LexKind.Unit) && (_tokens[i].Clitics & Proclitics.Al) == 0)))
                {
                    // "أول"، "آخر" are a part only of a relative unit ("أول الشهر الجاي"); "أول يناير" is the 1st of January.
                    inner.StartToken = i;
                    inner.Strip = pt.Stripped;
                    if (pt.End == i + 1 && _tokens[i].Norm == "مستهل" && j == pt.End && TryMonth(j, out var hm) && hm.Hijri && inner.Month is not null && inner.Calendar == CalendarKind.Hijri)
                    {
                        // "مستهل شعبان سنة 803": a Hijri month begins on the evening its crescent is sighted (استهلال), so its
                        // مستهل is its first day, as the chroniclers use it; "مستهل مايو" stays the month's beginning.
                        inner.Day = 1;
                        inner.Granularity = Granularity.Day;
                    }
                    else
                    {
                        inner.Mod = pt.Entry.S switch { "START" or "START-UNIT" => TimexMod.Start, "MID" => TimexMod.Mid, _ => TimexMod.End };
                    }

                    Consider(inner);
                }
            }

            if (Find(i, LexKind.DayPart) is { } dpart)
            {
                var j = dpart.End;
                if (Find(j, LexKind.DayWord) is { Entry.A: 1 } yom && (TryDay(yom.End, out _, out _, out _) || Find(yom.End, LexKind.Weekday) is not null))
                {
                    j = yom.End;
                }

                var inner = TryAny(j, false);
                if (inner is not null && inner.Type == TimexType.Date && inner.Granularity is Granularity.Day)
                {
                    inner.StartToken = i;
                    inner.Strip = dpart.Stripped;
                    inner.DayPart = dpart.Entry.S;
                    Consider(inner);
                }
            }

            if (Find(i, LexKind.Part) is { } pt2 && Find(pt2.End, LexKind.Unit) is { Entry.B: 1 } pu && pu.Stripped > 0
                && !(pt2.Entry.S!.EndsWith("-UNIT", StringComparison.Ordinal) && (_tokens[i].Clitics & Proclitics.Al) != 0)
                && (_tokens[pt2.End].Clitics & Proclitics.Al) != 0 && Find(pu.End, LexKind.Direction) is null && !TryDigits(pu.End, out _, out _))
            {
                // "مطلع العام"، "نهاية السنة": the current one.
                var t = New(i, pu.End, pt2.Stripped, GranOf((TimeUnit)pu.Entry.A), 0.75);
                t.Relative = _doc.ReferenceDate is null ? Relativity.Narrative : Relativity.Reference;
                t.DeicticForm = _doc.ReferenceDate is null;
                t.RelativeUnit = (TimeUnit)pu.Entry.A;
                t.Mod = pt2.Entry.S switch { "START" or "START-UNIT" => TimexMod.Start, "MID" => TimexMod.Mid, _ => TimexMod.End };
                Consider(t);
            }

            if (Find(i, LexKind.Fuzzy) is { } fz)
            {
                var t = New(i, fz.End, fz.Stripped, Granularity.None, 0.7);
                t.Type = TimexType.Duration;
                Consider(t);
            }

            Consider(TryClock(i));
            Consider(TryRelative(i));
            Consider(TryCentury(i));
            Consider(TryDecade(i));
            Consider(TrySeason(i));
            Consider(TryQuarter(i));
            Consider(TryNthWeekday(i));
            Consider(TryWeekOf(i));
            Consider(TryBareDay(i));
            if (_doc.ReferenceDate is not null && Find(i, LexKind.Demonstrative) is { Entry.S: "this" } thisDemo && TryWeekday(thisDemo.End) is { Relative: Relativity.None } thisWeekday)
            {
                // "هذا الجمعة"، "هذا يوم الجمعة" in news: the coming (or current) Friday.
                thisWeekday.StartToken = i;
                thisWeekday.Strip = thisDemo.Stripped;
                thisWeekday.Relative = Relativity.Reference;
                thisWeekday.WeekdayRelative = true;
                thisWeekday.RelativeOffset = 0;
                Consider(thisWeekday);
            }

            Consider(TryDate(i));
            Consider(TrySpokenMonthNumber(i));
            Consider(TryCardinalDayMonth(i));
            Consider(TryNumericDate(i));
            Consider(TryYearOnly(i, allowPartial));
            Consider(TrySet(i));
            Consider(TryDurationAt(i));
            Consider(TryWeekday(i));
            if (allowPartial && best is null)
            {
                best = TryPartial(i);
            }

            return best;
        }

        /// <summary>A bare range end: a day number or ordinal, or a bare number that the other end will type.</summary>
        private RawTimex? TryPartial(int i)
        {
            if (!InSentence(i))
            {
                return null;
            }

            if (TryDigits(i, out var v, out var digits) && digits <= 4)
            {
                var t = New(i, i + 1, _tokens[i].CliticCount, digits <= 2 && v <= 31 ? Granularity.Day : Granularity.Year, 0.8);
                if (t.Granularity == Granularity.Day)
                {
                    t.Day = v;
                }
                else
                {
                    t.Year = v;
                    t.YearDigits = digits;
                    t.YearWritten = true;
                }

                t.Partial = true;
                return t;
            }

            if (TryDay(i, out var day, out var end, out var strip))
            {
                var t = New(i, end, strip, Granularity.Day, 0.8);
                t.Day = day;
                t.Partial = true;
                return t;
            }

            return null;
        }

        /// <summary>"في 22 الشهر المقبل"، "بين 4 و22 الشهر المقبل"، "إلى 22 هذا الشهر": a preposition or a range word (or a glued و) before a day.</summary>
        private bool RangeOrDayPrepositionBefore(int i)
            => IsDayPreposition(i - 1) || IsNorm(i - 1, "من") || IsNorm(i - 1, "بين") || Has(i - 1, LexKind.RangeTo)
                || (InSentence(i) && (_tokens[i].Clitics & Proclitics.Wa) != 0);

        /// <summary>True when the clause ends at token <paramref name="k"/>: the sentence ends or a punctuation mark follows.</summary>
        private bool ClauseEndsAt(int k)
        {
            if (k >= _e)
            {
                return true;
            }

            if (_tokens[k].Kind != TokenKind.Punctuation || _tokens[k].Norm[0] is not ('.' or '!' or '?' or ',' or ';' or ':'))
            {
                return false;
            }

            // "1 . 5 مليار"، "13 , 65 درهم": a separator inside a spaced-out number does not end the clause.
            // (The sentence splitter may have cut at that dot: look at the next token of the document.)
            return !(_tokens[k].Norm[0] is '.' or ',' && k + 1 < _tokens.Length && _tokens[k + 1].Kind == TokenKind.Number);
        }

        /// <summary>True when a word of <see cref="LexKind.Quantity"/> (ارتفع، عدد، الطابق) stands within four tokens before <paramref name="i"/>.</summary>
        private bool QuantityBefore(int i)
        {
            for (var k = i - 1; k >= _s && k >= i - 4; k--)
            {
                if (Has(k, LexKind.Quantity))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"كل ليلة في 9"، "في الصباح في التاسعة": a part of the day, a clock word or a set just before makes a number an hour.</summary>
        private bool TimeOfDayBefore(int i)
        {
            for (var k = i - 1; k >= _s && k >= i - 4; k--)
            {
                if (Has(k, LexKind.DayPart) || Has(k, LexKind.Clock) || Has(k, LexKind.Every) || Has(k, LexKind.Set) || Has(k, LexKind.AmPm))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsDayPreposition(int k) => k >= _s && k < _e && _tokens[k].Norm is "في" or "الي" or "حتي" or "منذ" or "بحلول" or "عند" or "لغايه" or "وفي";

        private bool EarlierDateInSentence()
        {
            if (_output is null)
            {
                return false;
            }

            for (var k = _sentenceFirst; k < _output.Count; k++)
            {
                if (_output[k].Type == TimexType.Date && _output[k].Relative == Relativity.None)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when the clause around token <paramref name="i"/> speaks of the future: a word of <see cref="LexKind.Future"/>
        /// (سوف، رح، غادي، من المقرر) or a verb with the future prefix س (سيعقد، ستزور، سنلتقي، سأعود).
        /// </summary>
        private bool FutureClause(int i)
        {
            var from = i;
            while (from - 1 >= _s && !(_tokens[from - 1].Kind == TokenKind.Punctuation && _tokens[from - 1].Norm[0] is '.' or '!' or '?' or ';' or '،' or ','))
            {
                from--;
            }

            for (var k = from; k < _e; k++)
            {
                var tok = _tokens[k];
                if (k > i && tok.Kind == TokenKind.Punctuation && tok.Norm[0] is '.' or '!' or '?' or ';' or '،' or ',')
                {
                    break;
                }

                if (Has(k, LexKind.Future) || (tok.Kind == TokenKind.Arabic && FuturePrefixed(tok.NormBase)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>سيعقد، ستزور، سنلتقي، سأعود: س then the prefix of the imperfect, on a word long enough to be a verb and not a listed noun.</summary>
        private bool FuturePrefixed(ReadOnlySpan<char> norm)
            => norm.Length >= 4 && norm[0] == 'س' && (norm[1] is 'ي' or 'ت' or 'ن' || (norm[1] == 'ا' && norm.Length >= 5)) && !_owner.Lexicon.IsFutureExempt(norm.ToString());

        private int NonArticle(int i)
        {
            var t = _tokens[i];
            return t.CliticCount - ((t.Clitics & Proclitics.Al) != 0 ? 1 : 0);
        }

        private static Granularity GranOf(TimeUnit u) => u switch
        {
            TimeUnit.Day or TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second => Granularity.Day,
            TimeUnit.Week => Granularity.Week,
            TimeUnit.Month => Granularity.Month,
            TimeUnit.Year => Granularity.Year,
            TimeUnit.Decade => Granularity.Decade,
            _ => Granularity.Century,
        };

        private void Finish(RawTimex t)
        {
            var tok = _tokens[t.StartToken];
            var strip = Math.Min(Math.Max(t.Strip, 0), tok.CliticCount - ((tok.Clitics & Proclitics.Al) != 0 ? 1 : 0));
            if ((tok.Clitics & (Proclitics.Li | Proclitics.Al)) == (Proclitics.Li | Proclitics.Al))
            {
                // "للرابع": ل and ال share the lam, so the span keeps the preposition.
                strip = Math.Min(strip, tok.CliticCount - 2);
            }

            if (tok.Kind == TokenKind.Number)
            {
                strip = tok.CliticCount;
            }

            if (strip <= 0)
            {
                t.SpanStart = tok.Span.Start;
            }
            else
            {
                var offset = Token.CliticOffsets(tok.Clitics, strip);
                t.SpanStart = _normalized.ToSource(new TextSpan(tok.NormSpan.Start + offset, tok.NormSpan.End)).Start;
            }

            var last = t.EndToken - 1;
            t.SpanEnd = _tokens[last].Span.End;
        }
    }
}
