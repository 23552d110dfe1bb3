using System.Collections.Frozen;
using System.Globalization;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;
using Tarikh.Core.Time.Lexicon;

namespace Tarikh.Core.Time;

/// <summary>
/// Finds temporal expressions in the tokens of one sentence: a single pass of the lexicon trie over the
/// tokens (every phrase at every position), then a small hand-written grammar over those matches
/// (dates, paired month names, years with eras, centuries, decades, seasons, holidays, durations, sets,
/// relative expressions, ranges, calendar equivalences). Pure and thread-safe; the per-run scratch lives in
/// a <see cref="Scanner"/>.
/// </summary>
public sealed class TimexRecognizer
{
    private static readonly FrozenSet<string> TemporalPrepositions = new[]
    {
        "في", "خلال", "منذ", "حتي", "من", "الي", "قبل", "بعد", "مطلع", "اواخر", "اوائل", "منتصف", "نهايه", "بدايه",
        "هذا", "طوال", "طيله", "اواسط", "بحلول", "لغايه", "ابتداء", "اعتبارا", "مستهل", "شهر", "شهري", "وفي", "ومنذ", "وحتي",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TemporalLookup = TemporalPrepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Creates a recognizer over a lexicon.</summary>
    public TimexRecognizer(TimeLexicon lexicon) => Lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));

    /// <summary>The lexicon.</summary>
    public TimeLexicon Lexicon { get; }

    /// <summary>Recognizes every sentence of a document (noise sentences skipped).</summary>
    internal List<RawTimex> Recognize(AnalyzedDocument doc, CancellationToken cancellationToken = default)
    {
        var normalized = doc.Normalized ?? throw new InvalidOperationException("The normalization stage must run first.");
        var scanner = new Scanner(this, doc, normalized);
        var output = new List<RawTimex>();
        for (var s = 0; s < doc.Sentences.Length; s++)
        {
            if ((s & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var sentence = doc.Sentences[s];
            if (sentence.IsNoise || sentence.TokenCount == 0)
            {
                continue;
            }

            scanner.Scan(s, sentence.FirstToken, sentence.EndToken, output);
        }

        return output;
    }

    internal static bool IsTemporalPreposition(ReadOnlySpan<char> norm) => TemporalLookup.Contains(norm);

    /// <summary>The per-run state of a recognition: lexicon matches of the current sentence.</summary>
    internal sealed class Scanner
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
            | (1UL << (int)LexKind.Era) | (1UL << (int)LexKind.CalendarCue) | (1UL << (int)LexKind.Now) | (1UL << (int)LexKind.Quantity);
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

                var found = TryRange(i2, out var a, out var b) ? 2 : 0;
                if (found == 0)
                {
                    a = TryAny(i2, allowPartial: false);
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

        // ---------------------------------------------------------------- token helpers

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

        // ---------------------------------------------------------------- number words

        /// <summary>Composes number words: الحادي والعشرين، أحد عشر، ألف وتسعمائة وثمانية وسبعون.</summary>
        private bool TryNumberWords(int i, out int value, out bool ordinal, out bool article, out int end, out int strip)
        {
            value = 0;
            ordinal = false;
            article = false;
            end = i;
            strip = 0;
            long total = 0;
            long current = 0;
            var pos = i;
            var state = -1; // -1 start, 0 unit, 1 teen, 2 ten, 3 hundred, 4 thousand
            var lastUnit = 0;
            var classical = false; // units before hundreds: "ست وخمسين وستمائة"
            while (pos < _e)
            {
                var m = Find(pos, LexKind.Number);
                if (m is null)
                {
                    break;
                }

                var e = m.Value.Entry;
                var tok = _tokens[pos];
                var hasWa = (tok.Clitics & Proclitics.Wa) != 0 && m.Value.Stripped >= 1;
                var role = e.C;
                if (state >= 0)
                {
                    var ok = role switch
                    {
                        1 => state == 0 && !hasWa && lastUnit < 10, // أحد عشر
                        2 => hasWa && (state is 0 or 3 or 4) && !classical, // والعشرين
                        0 => hasWa && state is 3 or 4 && !classical, // وثمانية after hundreds/thousands
                        3 => hasWa && (state == 4 || (state is 0 or 1 or 2 && !classical)), // وتسعمائة; classical "خمس وثلاثين ومائتين"
                        4 => hasWa && state is 0 or 1 or 2 or 3 && total == 0, // classical "… وألف"
                        5 => !hasWa && state == 0, // ثلاثة آلاف
                        _ => false,
                    };
                    if (ok && role is 3 or 4 && state is 0 or 1 or 2)
                    {
                        classical = true;
                    }
                    if (!ok)
                    {
                        break;
                    }
                }
                else
                {
                    strip = m.Value.Stripped;
                    article = (tok.Clitics & Proclitics.Al) != 0 && m.Value.Stripped == tok.CliticCount;
                    if (hasWa)
                    {
                        // a conjunction before the first number word is not part of the number
                    }
                }

                if (e.B == 1)
                {
                    ordinal = true;
                }

                switch (role)
                {
                    case 1:
                        current += 10;
                        state = 1;
                        break;
                    case 2:
                        current += e.A;
                        state = 2;
                        break;
                    case 3:
                        current += e.A;
                        state = 3;
                        break;
                    case 4:
                        total += e.A;
                        state = 4;
                        break;
                    case 5:
                        total += Math.Max(current, 1) * 1000;
                        current = 0;
                        state = 4;
                        break;
                    default:
                        current += e.A;
                        lastUnit = e.A;
                        state = 0;
                        break;
                }

                pos = m.Value.End;
                if (state is 1 or 2 && !NextIsHundredOrThousand(pos))
                {
                    // a teen or a ten closes the number (الخامس عشر والتاسع عشر are two numbers),
                    // unless hundreds follow in the classical order ("ثلاث عشرة وثلاثمائة").
                    break;
                }
            }

            if (state < 0)
            {
                return false;
            }

            value = (int)Math.Min(total + current, int.MaxValue);
            end = pos;
            return value > 0;
        }

        private bool NextIsHundredOrThousand(int pos)
            => pos < _e && (_tokens[pos].Clitics & Proclitics.Wa) != 0 && Find(pos, LexKind.Number) is { } m && m.Entry.C is 3 or 4;

        // ---------------------------------------------------------------- building blocks

        private bool TryDay(int i, out int day, out int end, out int strip)
        {
            day = 0;
            end = i;
            strip = 0;
            if (TryDigits(i, out var v, out var digits) && digits <= 2 && v >= 1)
            {
                day = v;
                end = i + 1;
                strip = _tokens[i].CliticCount;
                return true;
            }

            if (TryNumberWords(i, out v, out var ordinal, out var article, out end, out strip) && (ordinal || article) && v is >= 1 and <= 31)
            {
                day = v;
                return true;
            }

            return false;
        }

        private struct MonthParse
        {
            public int Month;
            public bool Hijri;
            public int End;
            public int Strip;
            public bool Shahr;
            public bool Paired;
            public int Strength;
        }

        private bool TryMonth(int i, out MonthParse mp)
        {
            mp = default;
            var j = i;
            var mw = Find(j, LexKind.MonthWord);
            if (mw is { } w && w.Entry.A == 1 && Find(w.End, LexKind.Month, 0) is not null)
            {
                mp.Shahr = true;
                mp.Strip = w.Stripped;
                j = w.End;
            }

            var mm = Find(j, LexKind.Month, mp.Shahr ? 0 : 8);
            if (mm is not { } m)
            {
                return false;
            }

            if (!mp.Shahr)
            {
                mp.Strip = m.Stripped;
            }

            mp.Month = m.Entry.A;
            mp.Hijri = m.Entry.B == 1;
            mp.Strength = m.Entry.C;
            mp.End = m.End;

            // Paired names: "نيسان/ أبريل"، "أبريل (نيسان)"، "آذار - مارس".
            var p = mp.End;
            if (IsPunct(p, '/') || IsPunct(p, '-') || IsPunct(p, '(') || IsPunct(p, '\\'))
            {
                var m2 = Find(p + 1, LexKind.Month, 0);
                if (m2 is { } second && second.Entry.A == mp.Month && second.Entry.B == m.Entry.B)
                {
                    var end = second.End;
                    if (IsPunct(p, '('))
                    {
                        if (IsPunct(end, ')'))
                        {
                            mp.End = end + 1;
                            mp.Paired = true;
                        }
                    }
                    else
                    {
                        mp.End = end;
                        mp.Paired = true;
                    }
                }
            }

            return true;
        }

        private bool MonthAcceptable(int i, in MonthParse mp, bool hasDay, bool hasYear)
        {
            if (mp.Strength == 0 || mp.Shahr || mp.Paired || hasDay || hasYear)
            {
                return true;
            }

            if (mp.Strength >= 2)
            {
                return false;
            }

            // strength 1: a temporal preposition before it (or written on it: بمارس).
            var t = _tokens[i];
            if (mp.Strip > 0 && (t.Clitics & (Proclitics.Bi | Proclitics.Li)) != 0)
            {
                return true;
            }

            return i - 1 >= _s && IsTemporalPreposition(_tokens[i - 1].Norm);
        }

        private struct YearParse
        {
            public int Year;
            public int Digits;
            public int End;
            public int Strip;
            public bool Keyword;
            public bool Dual;
            public bool Words;
            public string? Era;
        }

        private bool TryYear(int i, bool needKeyword, out YearParse yp)
        {
            yp = default;
            var j = i;
            yp.Strip = -1;
            if (IsNorm(j, "من") && Find(j + 1, LexKind.YearWord) is not null)
            {
                j++;
                yp.Strip = 0;
            }

            if (Find(j, LexKind.YearWord) is { } kw)
            {
                yp.Keyword = true;
                yp.Dual = kw.Entry.A == 2;
                if (yp.Strip < 0)
                {
                    yp.Strip = kw.Stripped;
                }

                j = kw.End;
            }

            if (TryDigits(j, out var v, out var digits) && digits <= 4)
            {
                if (yp.Strip < 0)
                {
                    yp.Strip = _tokens[j].CliticCount;
                }

                // A digit run glued to a clitic after the keyword ("عام و1870") is not a year.
                if (yp.Keyword && _tokens[j].CliticCount > 0)
                {
                    return false;
                }

                yp.Year = v;
                yp.Digits = digits;
                j++;
            }
            else if (TryNumberWords(j, out v, out var ordinal, out _, out var wend, out var wstrip) && !ordinal && (yp.Keyword || v >= 1000))
            {
                if (yp.Strip < 0)
                {
                    yp.Strip = wstrip;
                }

                yp.Year = v;
                yp.Digits = v.ToString(CultureInfo.InvariantCulture).Length;
                yp.Words = true;
                j = wend;
            }
            else
            {
                return false;
            }

            if (Find(j, LexKind.Era, 1) is { } era)
            {
                yp.Era = era.Entry.S;
                j = era.End;
            }

            if (!yp.Keyword && yp.Era is null && needKeyword)
            {
                return false;
            }

            yp.End = j;
            return true;
        }

        private static void ApplyEra(RawTimex t, string? era)
        {
            switch (era)
            {
                case "hijri":
                    t.Calendar = CalendarKind.Hijri;
                    t.CalendarExplicit = true;
                    break;
                case "gregorian":
                    if (t.Calendar != CalendarKind.Hijri || !t.CalendarExplicit)
                    {
                        t.Calendar = CalendarKind.Gregorian;
                        t.CalendarExplicit = true;
                    }

                    break;
                case "gregorian-bc":
                    t.Calendar = CalendarKind.Gregorian;
                    t.CalendarExplicit = true;
                    t.Bc = true;
                    break;
            }
        }

        private RawTimex New(int start, int end, int strip, Granularity g, double confidence = 0.9) => new()
        {
            StartToken = start,
            EndToken = end,
            Strip = strip,
            Granularity = g,
            Sentence = _sentence,
            Confidence = confidence,
        };

        private static void SetYear(RawTimex t, in YearParse yp)
        {
            t.Year = yp.Year;
            t.YearDigits = yp.Digits;
            t.YearWritten = true;
            t.YearInWords = yp.Words;
            ApplyEra(t, yp.Era);
        }

        // ---------------------------------------------------------------- expressions

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
                if (inner is not null && inner.Type == TimexType.Date && inner.Granularity != Granularity.Day)
                {
                    inner.StartToken = i;
                    inner.Strip = pt.Stripped;
                    inner.Mod = pt.Entry.S switch { "START" => TimexMod.Start, "MID" => TimexMod.Mid, _ => TimexMod.End };
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
                && (_tokens[pt2.End].Clitics & Proclitics.Al) != 0 && Find(pu.End, LexKind.Direction) is null && !TryDigits(pu.End, out _, out _))
            {
                // "مطلع العام"، "نهاية السنة": the current one.
                var t = New(i, pu.End, pt2.Stripped, GranOf((TimeUnit)pu.Entry.A), 0.75);
                t.Relative = _doc.ReferenceDate is null ? Relativity.Narrative : Relativity.Reference;
                t.RelativeUnit = (TimeUnit)pu.Entry.A;
                t.Mod = pt2.Entry.S switch { "START" => TimexMod.Start, "MID" => TimexMod.Mid, _ => TimexMod.End };
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

        private RawTimex? TryDate(int i)
        {
            var j = i;
            var strip = -1;
            int? weekday = null;
            if (Find(j, LexKind.DayWord) is { } dw && dw.Entry.A == 1 && Find(dw.End, LexKind.Weekday, 1) is { } wd0)
            {
                strip = dw.Stripped;
                weekday = wd0.Entry.A;
                j = wd0.End;
            }
            else if (Find(j, LexKind.Weekday) is { } wd1 && (_tokens[j].Clitics & Proclitics.Al) != 0)
            {
                strip = wd1.Stripped;
                weekday = wd1.Entry.A;
                j = wd1.End;
            }

            if (weekday is not null && (IsPunct(j, ',') || IsPunct(j, '-')))
            {
                j++;
            }
            else if (weekday is null && Find(j, LexKind.DayWord) is { } dayWord && dayWord.Entry.A == 1 && TryDay(dayWord.End, out _, out _, out _))
            {
                // "يوم 3 إبريل 2011"
                strip = dayWord.Stripped;
                j = dayWord.End;
            }

            var hasDay = TryDay(j, out var day, out var dayEnd, out var dayStrip);
            MonthParse mp;
            var monthStart = j;
            if (hasDay)
            {
                var k = dayEnd;
                if (IsNorm(k, "من"))
                {
                    k++;
                }
                else if (IsPunct(k, '-'))
                {
                    k++;
                }
                else if (IsPunct(k, '.') && Adjacent(k - 1) && TryMonth(k + 1, out _))
                {
                    // "16. نوفمبر. 2016": the German-style ordinal dot some sites keep.
                    k++;
                }

                monthStart = k;
                if (k > dayEnd && Find(k, LexKind.Every) is { } evm && Find(evm.End, LexKind.Unit) is { Entry.A: (int)TimeUnit.Month, Entry.B: 1 } evmu)
                {
                    // "العاشر من كل شهر"
                    var ts = New(i, evmu.End, strip >= 0 ? strip : dayStrip, Granularity.None, 0.85);
                    ts.Type = TimexType.Set;
                    ts.Value = $"XXXX-XX-{day:D2}";
                    return ts;
                }

                if (!TryMonth(k, out mp) && k > dayEnd && IsNorm(dayEnd, "من") && !(j == i && i - 1 >= _s && Has(i - 1, LexKind.Unit))
                    && TryRelative(k) is { RelativeUnit: TimeUnit.Month, Month: null, Relative: not Relativity.None, ShiftByDuration: false } relMonth)
                {
                    // "20 من الشهر القادم"، "العشرين من الشهر نفسه"، "31 من هذا الشهر": a day of a relative month.
                    relMonth.StartToken = i;
                    relMonth.Strip = strip >= 0 ? strip : dayStrip;
                    relMonth.Day = day;
                    relMonth.Weekday = weekday;
                    relMonth.Granularity = Granularity.Month;
                    return relMonth;
                }

                if (!TryMonth(k, out mp))
                {
                    // Weekday and day without a month: "الخميس في 21".
                    if (weekday is not null)
                    {
                        var k2 = j;
                        var t0 = New(i, dayEnd, strip, Granularity.Day, 0.7);
                        t0.Day = day;
                        t0.Weekday = weekday;
                        return t0;
                    }

                    if (strip >= 0 && weekday is null && (_tokens[i].Clitics & Proclitics.Al) == 0)
                    {
                        // (With the article, "اليوم الثالث" is the third day of something, not the 3rd of a month.)
                        // "يوم 27": a day of an unnamed month.
                        var td = New(i, dayEnd, strip, Granularity.Day, 0.7);
                        td.Day = day;
                        return td;
                    }

                    return null;
                }
            }
            else
            {
                if (weekday is not null && IsNorm(j, "في")
                    && (TryDay(j + 1, out day, out dayEnd, out _)
                        || (TryNumberWords(j + 1, out day, out _, out _, out dayEnd, out _) && day is >= 1 and <= 31 && !TryMonth(dayEnd, out _))))
                {
                    // "الجمعة في 22"، "الجمعة في خمسة عشر" (a cardinal day after a weekday and في).
                    var t0 = New(i, dayEnd, strip, Granularity.Day, 0.7);
                    t0.Day = day;
                    t0.Weekday = weekday;
                    return t0;
                }

                if (!TryMonth(j, out mp))
                {
                    return null;
                }
            }

            var pos = mp.End;
            if (!hasDay)
            {
                // "يناير 1"، "مايو الحادي عشر"، "سبتمبر 10, 1901".
                if (TryDigits(pos, out var dv, out var dd) && dd <= 2 && dv is >= 1 and <= 31 && _tokens[pos].CliticCount == 0)
                {
                    hasDay = true;
                    day = dv;
                    pos++;
                }
                else if (TryNumberWords(pos, out dv, out var ord, out var art, out var wend, out _) && (ord || art) && dv is >= 1 and <= 31 && _tokens[pos].CliticCount <= 1)
                {
                    hasDay = true;
                    day = dv;
                    pos = wend;
                }
            }

            var yp = default(YearParse);
            var hasYear = false;
            var yStart = pos;
            if (IsPunct(yStart, ',') || IsPunct(yStart, '.'))
            {
                yStart++;
            }

            if (TryYear(yStart, needKeyword: false, out yp) && (yp.Keyword || yp.Era is not null || yp.Digits >= 3 || yp.Words || yp.Year > 31))
            {
                hasYear = true;
                pos = yp.End;
            }
            else if (TryYear(pos, needKeyword: false, out yp) && (yp.Keyword || yp.Era is not null || yp.Digits >= 3 || yp.Year > 31))
            {
                hasYear = true;
                pos = yp.End;
            }

            RawTimex? yearRelative = null;
            var setEvery = false;
            if (!hasYear)
            {
                var k = IsNorm(pos, "من") ? pos + 1 : pos;
                if (Find(k, LexKind.Every) is { } ev && Find(ev.End, LexKind.Unit) is { Entry.A: (int)TimeUnit.Year, Entry.B: 1 } evu)
                {
                    // "7 يناير من كل عام": every year on that day.
                    setEvery = true;
                    pos = evu.End;
                }
                else if (k != pos && TryRelative(k) is { RelativeUnit: TimeUnit.Year, Month: null, Season: null } rel)
                {
                    // "أفريل من العام نفسه"، "ذي القعدة من السنة نفسها"
                    yearRelative = rel;
                    pos = rel.EndToken;
                }
            }

            if (!MonthAcceptable(monthStart, mp, hasDay, hasYear || yearRelative is not null || setEvery))
            {
                return null;
            }

            // "ثورة أكتوبر"، "حرب أكتوبر": a bare month naming an event is not a date.
            if (!hasDay && !hasYear && !mp.Shahr && monthStart - 1 >= _s && Has(monthStart - 1, LexKind.NameHead))
            {
                return null;
            }

            var first = strip >= 0 ? strip : hasDay && monthStart != j ? dayStrip : mp.Strip;
            if (strip < 0 && hasDay && monthStart == j)
            {
                first = mp.Strip;
            }

            var t = New(i, pos, first, hasDay ? Granularity.Day : Granularity.Month, mp.Strength == 0 || hasDay || hasYear ? 0.95 : 0.8);
            t.Month = mp.Month;
            t.Day = hasDay ? day : null;
            t.Weekday = weekday;
            if (mp.Hijri)
            {
                t.Calendar = CalendarKind.Hijri;
                t.CalendarExplicit = true;
            }

            if (hasYear)
            {
                SetYear(t, yp);
            }
            else if (yearRelative is not null)
            {
                t.Relative = yearRelative.Relative;
                t.RelativeUnit = TimeUnit.Year;
                t.RelativeOffset = yearRelative.RelativeOffset;
            }
            else if (setEvery)
            {
                t.Type = TimexType.Set;
                t.Value = hasDay ? $"XXXX-{mp.Month:D2}-{day:D2}" : $"XXXX-{mp.Month:D2}";
            }

            return t;
        }

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

        /// <summary>
        /// News style (a reference date): a bare day number or ordinal after a preposition, closing its clause, is a day of
        /// the current month: "عدت إلى 27."، "سأعود في الثاني والعشرين!"، "عدت للثلاثين". Not after a word that makes it a count
        /// ("ارتفع العدد إلى 27"), never without a reference date (biographies and chronicles are full of bare numbers).
        /// </summary>
        private RawTimex? TryBareDay(int i)
        {
            if (_doc.ReferenceDate is null || !InSentence(i))
            {
                return null;
            }

            var tok = _tokens[i];
            var li = (tok.Clitics & Proclitics.Li) != 0;
            if (!IsDayPreposition(i - 1) && !li)
            {
                return null;
            }

            if (tok.Kind == TokenKind.Number)
            {
                if (!TryDigits(i, out var v, out var digits) || digits > 2 || v is < 1 or > 31 || (tok.CliticCount > 0 && !(li && tok.CliticCount == 1)))
                {
                    return null;
                }
            }
            else if (tok.Kind != TokenKind.Arabic || (tok.Clitics & Proclitics.Al) == 0 || tok.Norm.EndsWith('ه') || tok.Norm.EndsWith("ولي", StringComparison.Ordinal))
            {
                // Words need the article and the masculine of اليوم: "للثاني"، "الحادي والعشرين" (not "ثاني"; a feminine
                // ordinal alone is an hour or a rank: "إلى الرابعة").
                return null;
            }

            if (!TryDay(i, out var day, out var end, out var strip) || !ClauseEndsAt(end) || QuantityBefore(li ? i : i - 1) || TimeOfDayBefore(i))
            {
                return null;
            }

            // "الأول"، "الفاتح" alone are "the first" (a rank, a title); "8 إلى 1"، "61 للأول": a ratio or a score.
            var prepAt = li ? i : i - 1;
            if ((tok.Kind != TokenKind.Number && day == 1) || (prepAt - 1 >= _s && _tokens[prepAt - 1].Kind == TokenKind.Number))
            {
                return null;
            }

            var t = New(i, end, strip, Granularity.Day, 0.55);
            t.Day = day;
            return t;
        }

        /// <summary>An ordinal 1–5 or "last" in one token: أول، ثاني (construct) or الأولى، الثاني، الأخير (with the article).</summary>
        private bool TryNthWord(int i, bool withArticle, out int nth, out bool feminine)
        {
            nth = 0;
            feminine = false;
            if (!InSentence(i) || _tokens[i].Kind != TokenKind.Arabic)
            {
                return false;
            }

            var b = _tokens[i].NormBase;
            if (Find(i, LexKind.Last) is { } last && last.End == i + 1 && (last.Entry.A == 1) == withArticle)
            {
                nth = -1;
                feminine = b.EndsWith('ه');
                return true;
            }

            if (TryNumberWords(i, out var v, out var ordinal, out var article, out var end, out _) && ordinal && article == withArticle && end == i + 1 && v is >= 1 and <= 5)
            {
                nth = v;
                feminine = b.EndsWith('ه') || b.EndsWith("ولي", StringComparison.Ordinal);
                return true;
            }

            return false;
        }

        /// <summary>
        /// The nth weekday of a month: "أول يوم جمعة من يوليو"، "آخر جمعة من رمضان"، "الجمعة الأولى من الشهر المقبل"; and in news
        /// (a reference date, nothing after it in the clause) "يوم الأحد الثاني": the second Sunday of the current month.
        /// </summary>
        private RawTimex? TryNthWeekday(int i)
        {
            const ulong Openers = (1UL << (int)LexKind.Number) | (1UL << (int)LexKind.Last) | (1UL << (int)LexKind.DayWord) | (1UL << (int)LexKind.Weekday);
            if (!InSentence(i) || (_kinds[i - _s] & Openers) == 0)
            {
                return null;
            }

            int nth, j, strip, weekday;
            bool feminine, ordinalFirst;
            if (TryNthWord(i, withArticle: false, out nth, out feminine))
            {
                // أول يوم جمعة، آخر جمعة، ثاني أحد
                ordinalFirst = true;
                strip = _tokens[i].CliticCount;
                j = i + 1;
                if (Find(j, LexKind.DayWord, 0) is { Entry.A: 1 } yw)
                {
                    j = yw.End;
                }

                if (Find(j, LexKind.Weekday, 1) is { } w)
                {
                    weekday = w.Entry.A;
                    j = w.End;
                }
                else if (j > i + 1 && IsNorm(j, "احد"))
                {
                    // "أول يوم أحد": after يوم, أحد is Sunday, not "one".
                    weekday = 7;
                    j++;
                }
                else
                {
                    return null;
                }
            }
            else
            {
                // يوم الأحد الثاني، الجمعة الأولى
                ordinalFirst = false;
                j = i;
                strip = -1;
                if (Find(j, LexKind.DayWord) is { Entry.A: 1 } yw)
                {
                    strip = yw.Stripped;
                    j = yw.End;
                }

                if (Find(j, LexKind.Weekday, strip >= 0 ? 1 : 8) is not { } w || (_tokens[j].Clitics & Proclitics.Al) == 0)
                {
                    return null;
                }

                if (strip < 0)
                {
                    strip = w.Stripped;
                }

                weekday = w.Entry.A;
                if (!TryNthWord(w.End, withArticle: true, out nth, out feminine))
                {
                    return null;
                }

                j = w.End + 1;
            }

            RawTimex? t = null;
            if (IsNorm(j, "من") || IsNorm(j, "في"))
            {
                if (TryDate(j + 1) is { Day: null, Month: not null, Type: TimexType.Date, Granularity: Granularity.Month } month)
                {
                    // A masculine ordinal before a month name is a day of it: "الأحد الثاني من مايو" = Sunday 2 May.
                    if (!ordinalFirst && !feminine)
                    {
                        return null;
                    }

                    t = month;
                }
                else if (TryRelative(j + 1) is { RelativeUnit: TimeUnit.Month, Month: null, Relative: not Relativity.None, ShiftByDuration: false } rel)
                {
                    t = rel;
                    t.Granularity = Granularity.Month;
                }
                else if (Find(j + 1, LexKind.MonthWord, 0) is { Entry.A: 1 } sh && (_tokens[j + 1].Clitics & Proclitics.Al) != 0 && _doc.ReferenceDate is not null)
                {
                    // "من الشهر": the current month of a news text.
                    t = New(j + 1, sh.End, 0, Granularity.Month, 0.7);
                    t.Relative = Relativity.Reference;
                    t.RelativeUnit = TimeUnit.Month;
                }
            }
            else if (!ordinalFirst && _doc.ReferenceDate is not null && (j >= _e || _tokens[j].Kind == TokenKind.Punctuation))
            {
                // "سأعود يوم الأحد الثاني": the current month.
                t = New(j, j, 0, Granularity.Month, 0.6);
                t.Relative = Relativity.Reference;
                t.RelativeUnit = TimeUnit.Month;
                t.EndToken = j;
            }

            if (t is null)
            {
                return null;
            }

            t.StartToken = i;
            t.Strip = strip;
            t.Nth = nth;
            t.Weekday = weekday;
            t.Confidence = Math.Min(t.Confidence, 0.8);
            return t;
        }

        private RawTimex? TryYearOnly(int i, bool allowPartial)
        {
            if (TryYear(i, needKeyword: true, out var yp))
            {
                var t = New(i, yp.End, yp.Strip, Granularity.Year, yp.Keyword ? 0.95 : 0.9);
                SetYear(t, yp);
                return t;
            }

            // A bare four-digit year (1000–2100) in running text.
            if (TryDigits(i, out var v, out var digits) && digits == 4 && v is >= 1000 and <= 2100)
            {
                if (IsPunct(i + 1, '%') || (Adjacent(i) && (IsPunct(i + 1, ',') || IsPunct(i + 1, '.')) && TryDigits(i + 2, out _, out _)))
                {
                    return null;
                }

                // Not a count of units: "1500 عام" is a duration, handled elsewhere.
                if (Has(i + 1, LexKind.Unit))
                {
                    return null;
                }

                var t = New(i, i + 1, _tokens[i].CliticCount, Granularity.Year, 0.8);
                t.Year = v;
                t.YearDigits = 4;
                t.YearWritten = true;
                return t;
            }

            return null;
        }

        /// <summary>
        /// "سأعود في 4.22": a day and month written like a decimal, in news, after a preposition, closing the clause, and
        /// only when one part cannot be a month (22), so prices and rates ("بنسبة 3.5") are left alone.
        /// </summary>
        private RawTimex? TryDottedDayMonth(int i)
        {
            if (_doc.ReferenceDate is null || !InSentence(i) || _tokens[i].Kind != TokenKind.Number || !(IsDayPreposition(i - 1) || IsNorm(i - 1, "يوم")))
            {
                return null;
            }

            var b = _tokens[i].NormBase;
            var dot = b.IndexOf('.');
            if (dot is < 1 or > 2 || b.Length - dot - 1 is < 1 or > 2 || _tokens[i].CliticCount > 0
                || !int.TryParse(b[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var x)
                || !int.TryParse(b[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                return null;
            }

            if ((x > 12) == (y > 12) || x is < 1 or > 31 || y is < 1 or > 31 || !ClauseEndsAt(i + 1) || QuantityBefore(i - 1))
            {
                return null;
            }

            var t = New(i, i + 1, 0, Granularity.Day, 0.6);
            (t.Month, t.Day) = x <= 12 ? (x, y) : (y, x);
            return t;
        }

        private RawTimex? TryNumericDate(int i)
        {
            if (TryDottedDayMonth(i) is { } dotted)
            {
                return dotted;
            }

            if (!TryDigits(i, out var a, out var ad))
            {
                return null;
            }

            if (!(Adjacent(i) && (IsPunct(i + 1, '/') || IsPunct(i + 1, '-') || IsPunct(i + 1, '.'))))
            {
                return null;
            }

            var sep = _tokens[i + 1].Norm[0];
            if (!(Adjacent(i + 1) && TryDigits(i + 2, out var b, out var bd)))
            {
                return null;
            }

            var three = Adjacent(i + 2) && IsPunct(i + 3, sep) && Adjacent(i + 3) && TryDigits(i + 4, out _, out _);
            if (three)
            {
                TryDigits(i + 4, out var c, out var cd);
                int y, m, d;
                if (ad == 4)
                {
                    (y, m, d) = (a, b, c);
                }
                else if (cd is 4 or 2)
                {
                    y = cd == 2 ? (c <= 30 ? 2000 + c : 1900 + c) : c;
                    (d, m) = b > 12 && a <= 12 ? (b, a) : (a, b);
                }
                else
                {
                    return null;
                }

                var t = New(i, i + 5, _tokens[i].CliticCount, Granularity.Day, 0.9);
                t.Year = y;
                t.YearDigits = 4;
                t.YearWritten = true;
                t.Month = m;
                t.Day = d;
                return t;
            }

            if (sep == '.')
            {
                return null;
            }

            // "11/12, 2016": month/day, comma, year is the English written order.
            if (sep == '/' && ad <= 2 && bd <= 2 && IsPunct(i + 3, ',') && TryDigits(i + 4, out var cy, out var cyd) && _tokens[i + 4].CliticCount == 0
                && (cyd == 4 || (cyd == 2 && _doc.ReferenceDate is not null && ClauseEndsAt(i + 5))))
            {
                var (m, d) = a <= 12 ? (a, b) : (b, a);
                if (m is >= 1 and <= 12 && d is >= 1 and <= 31)
                {
                    var t = New(i, i + 5, _tokens[i].CliticCount, Granularity.Day, 0.75);
                    t.Year = cyd == 4 ? cy : 2000 + cy;
                    t.YearDigits = 4;
                    t.YearWritten = true;
                    t.Month = m;
                    t.Day = d;
                    return t;
                }
            }

            // month/year: 3/2015, 2015/3
            if (ad == 4 && bd <= 2 && b is >= 1 and <= 12)
            {
                var t = New(i, i + 3, _tokens[i].CliticCount, Granularity.Month, 0.85);
                t.Year = a;
                t.YearDigits = 4;
                t.YearWritten = true;
                t.Month = b;
                return t;
            }

            if (bd == 4 && ad <= 2 && a is >= 1 and <= 12)
            {
                var t = New(i, i + 3, _tokens[i].CliticCount, Granularity.Month, 0.85);
                t.Year = b;
                t.YearDigits = 4;
                t.YearWritten = true;
                t.Month = a;
                return t;
            }

            // day/month after a temporal preposition: "في 22/4"; in news also bare when only one reading is a date
            // ("سوف أعود 4/22": 22 cannot be a month) and nothing follows in the clause.
            var unambiguous = (a > 12) != (b > 12) && a is >= 1 and <= 31 && b is >= 1 and <= 31;
            if (ad <= 2 && bd <= 2 && ((i - 1 >= _s && (IsTemporalPreposition(_tokens[i - 1].Norm) || _tokens[i - 1].Norm is "يوم" or "بتاريخ" or "تاريخ" or "عند"))
                || (sep == '/' && unambiguous && _doc.ReferenceDate is not null && ClauseEndsAt(i + 3) && !QuantityBefore(i))))
            {
                var (d, m) = b > 12 && a <= 12 ? (b, a) : (a, b);
                if (m > 12 || d > 31 || d == 0 || m == 0)
                {
                    return null;
                }

                var t = New(i, i + 3, _tokens[i].CliticCount, Granularity.Day, 0.7);
                t.Month = m;
                t.Day = d;
                return t;
            }

            return null;
        }

        private RawTimex? TryCentury(int i)
        {
            if (Find(i, LexKind.Century) is not { } c)
            {
                return null;
            }

            var j = c.End;
            int n;
            if (TryNumberWords(j, out n, out var ord, out var art, out var end, out _) && (ord || art) && n is >= 1 and <= 30)
            {
                j = end;
            }
            else if (TryDigits(j, out n, out var digits) && digits <= 2 && n >= 1)
            {
                j++;
            }
            else if (InSentence(j) && _tokens[j].Kind == TokenKind.Latin && RomanValue(_tokens[j].Norm) is { } r and >= 1 and <= 30)
            {
                n = r;
                j++;
            }
            else if (IsNorm(j, "الماضي") || IsNorm(j, "المنصرم"))
            {
                var rel = New(i, j + 1, c.Stripped, Granularity.Century, 0.8);
                rel.Relative = Relativity.Reference;
                rel.RelativeUnit = TimeUnit.Century;
                rel.RelativeOffset = -1;
                return rel;
            }
            else
            {
                return null;
            }

            var t = New(i, j, c.Stripped, Granularity.Century, 0.95);
            t.Century = n;
            if (Find(j, LexKind.Era, 1) is { } era)
            {
                ApplyEra(t, era.Entry.S);
                t.EndToken = era.End;
            }

            return t;
        }

        private static int? RomanValue(string s)
        {
            var total = 0;
            var prev = 0;
            for (var k = s.Length - 1; k >= 0; k--)
            {
                var v = s[k] switch { 'i' => 1, 'v' => 5, 'x' => 10, 'l' => 50, 'c' => 100, _ => -1 };
                if (v < 0)
                {
                    return null;
                }

                total += v < prev ? -v : v;
                prev = Math.Max(prev, v);
            }

            return total;
        }

        private RawTimex? TryDecade(int i)
        {
            if (Find(i, LexKind.Decade) is not { } d)
            {
                return null;
            }

            var t = New(i, d.End, d.Stripped, Granularity.Decade, 0.8);
            var j = d.End;
            if (IsNorm(j, "من"))
            {
                j++;
            }

            var century = 20;
            var cent = TryCentury(j);
            if (cent is { Century: { } cn })
            {
                century = cn;
                t.EndToken = cent.EndToken;
                t.Calendar = cent.Calendar;
                t.CalendarExplicit = cent.CalendarExplicit;
                t.Confidence = 0.95;
            }
            else if (cent is { Relative: Relativity.Reference })
            {
                t.EndToken = cent.EndToken;
                century = 20;
            }

            t.Decade = ((century - 1) * 10) + d.Entry.A;
            return t;
        }

        private RawTimex? TrySeason(int i)
        {
            if (Find(i, LexKind.Season) is not { } s)
            {
                return null;
            }

            var j = s.End;
            if (IsNorm(j, "من"))
            {
                j++;
            }

            var t = New(i, s.End, s.Stripped, Granularity.Season, 0.85);
            t.Season = s.Entry.S;
            if (TryYear(j, false, out var yp) && (yp.Keyword || yp.Digits >= 3 || yp.Era is not null || yp.Words))
            {
                SetYear(t, yp);
                t.EndToken = yp.End;
                return t;
            }

            if (Find(s.End, LexKind.Direction) is { } dir && dir.Entry.S is "next-ref" or "prev-ref" or "this-ref")
            {
                t.EndToken = dir.End;
                t.Relative = Relativity.Reference;
                t.RelativeUnit = TimeUnit.Year;
                t.RelativeOffset = dir.Entry.S == "next-ref" ? 1 : dir.Entry.S == "prev-ref" ? -1 : 0;
                return t;
            }

            // A bare season with the article ("في الصيف"), not "الربيع العربي".
            if ((_tokens[i].Clitics & Proclitics.Al) != 0 && !IsNorm(s.End, "العربي") && i - 1 >= _s && IsTemporalPreposition(_tokens[i - 1].Norm))
            {
                t.Confidence = 0.6;
                return t;
            }

            return null;
        }

        private RawTimex? TryQuarter(int i)
        {
            if (Find(i, LexKind.Quarter) is not { } q || !TryNumberWords(q.End, out var n, out var ord, out _, out var end, out _) || !ord || n is < 1 or > 4)
            {
                return null;
            }

            var j = end;
            if (IsNorm(j, "من"))
            {
                j++;
            }

            var t = New(i, end, q.Stripped, Granularity.Quarter, 0.85);
            t.Quarter = n;
            if (TryYear(j, true, out var yp))
            {
                SetYear(t, yp);
                t.EndToken = yp.End;
            }

            return t;
        }

        private RawTimex? TryHoliday(int i)
        {
            // "جزيرة عيد الفصح"، "شارع عيد الميلاد": a feast's name inside a place name.
            if (i - 1 >= _s && Find(i - 1, LexKind.NameHead, 0) is { Entry.A: 2 } && _tokens[i].CliticCount == 0 && (_tokens[i - 1].Clitics & Proclitics.Al) == 0)
            {
                return null;
            }

            // "يوم الجمعة العظيمة"، "يوم عيد الميلاد": يوم before the feast's name belongs to it.
            if (Find(i, LexKind.DayWord) is { Entry.A: 1 } yom && Find(yom.End, LexKind.Holiday, 0) is not null && TryHoliday(yom.End) is { } inner)
            {
                inner.StartToken = i;
                inner.Strip = yom.Stripped;
                return inner;
            }

            if (Find(i, LexKind.Holiday) is not { } h)
            {
                return null;
            }

            var strict = h.Entry.C < 0;
            var rule = HolidayRule.FromEntry(h.Entry);
            var t = New(i, h.End, h.Stripped, Granularity.Day, 0.85);
            t.HolidayDays = rule.Days;
            if (rule.IsMovable)
            {
                // عيد الفصح، يوم الشكر: the day is computed once the year is known.
                t.Movable = rule;
            }
            else
            {
                t.Month = rule.Month;
                t.Day = rule.Day;
            }

            t.HolidayHijri = rule.Kind == HolidayKind.Hijri;
            if (t.HolidayHijri)
            {
                t.Calendar = CalendarKind.Hijri;
                t.CalendarExplicit = true;
            }

            var j = h.End;
            if (TryYear(j, false, out var yp) && (yp.Keyword || yp.Digits >= 3))
            {
                t.EndToken = yp.End;
                t.Year = yp.Year;
                t.YearDigits = yp.Digits;
                t.YearWritten = true;
                t.Bc = yp.Era == "gregorian-bc" && !t.HolidayHijri;
                if (t.HolidayHijri && yp.Era != "hijri" && yp.Year > 1600)
                {
                    // "عيد الفطر 2016": a Hijri feast in a Gregorian year; the resolver finds its day.
                    t.Calendar = CalendarKind.Gregorian;
                    t.CalendarExplicit = false;
                }
            }
            else if (Find(j, LexKind.Direction, 0) is { Entry.S: "next-ref" or "prev-ref" } hdir && _doc.ReferenceDate is not null)
            {
                // "عيد الفطر القادم"، "عيد الميلاد الماضي": the next or the last one.
                t.EndToken = hdir.End;
                t.HolidayDirection = hdir.Entry.S == "next-ref" ? 1 : -1;
            }
            else if (TryRelative(IsNorm(j, "من") ? j + 1 : j) is { Relative: not Relativity.None, RelativeUnit: TimeUnit.Year, Month: null, Season: null, ShiftByDuration: false } rel && !t.HolidayHijri)
            {
                // "عيد الميلاد العام المقبل"، "عيد الفصح من هذا العام": the feast of a relative year.
                t.EndToken = rel.EndToken;
                t.Relative = rel.Relative;
                t.RelativeUnit = TimeUnit.Year;
                t.RelativeOffset = rel.RelativeOffset;
            }
            else if (strict)
            {
                // "الحج" alone names the pilgrimage, not its days.
                return null;
            }

            return t;
        }

        /// <summary>
        /// News style (a reference date): a weekday with the article right after a word without one is an adverb of
        /// time — "أعلن الرئيس الخميس"، "سأعود الجمعة"، "اجتماع الأحد" — unless that word heads a name
        /// ("صلاة الجمعة"، "خطبة الجمعة", name heads of markers.tsv) or makes الاثنين "the two" (كلا، بين).
        /// </summary>
        private bool AdverbialWeekday(int i)
        {
            if (_doc.ReferenceDate is null || i - 1 < _s || _tokens[i].Clitics != Proclitics.Al)
            {
                return false;
            }

            // الاثنين is as often "the two" ("بدأ الاثنين العمل"), الأحد before عشر is "eleven".
            if (_tokens[i].Norm == "الاثنين" || (i + 1 < _e && Has(i + 1, LexKind.Number)))
            {
                return false;
            }

            var prev = _tokens[i - 1];
            return prev.Kind == TokenKind.Arabic && (prev.Clitics & Proclitics.Al) == 0 && !Has(i - 1, LexKind.NameHead)
                && prev.Norm is not ("و" or "او" or "اي" or "باسم" or "اسم" or "رب" or "صلي" or "يصلي" or "تصلي" or "صلوا" or "يصلون" or "اقيمت" or "اقام" or "خطب");
        }

        private RawTimex? TryWeekday(int i)
        {
            int start = i, strip;
            LexMatch w;
            if (Find(i, LexKind.DayWord) is { } dw && dw.Entry.A == 1 && Find(dw.End, LexKind.Weekday, 1) is { } w0)
            {
                w = w0;
                strip = dw.Stripped;
            }
            else if (Find(i, LexKind.Weekday) is { } w1 && (_tokens[i].Clitics & Proclitics.Al) != 0
                && ((i - 1 >= _s && IsTemporalPreposition(_tokens[i - 1].Norm)) || w1.Stripped > NonArticle(i) - 1 && NonArticle(i) > 0 || Find(w1.End, LexKind.Direction) is not null
                    || AdverbialWeekday(i)))
            {
                w = w1;
                strip = w1.Stripped;
            }
            else
            {
                return null;
            }

            var t = New(start, w.End, strip, Granularity.Weekday, 0.8);
            t.Weekday = w.Entry.A;
            var wk = IsNorm(w.End, "من") ? w.End + 1 : w.End;
            if (TryRelative(wk) is { RelativeUnit: TimeUnit.Week, Relative: not Relativity.None } week && !week.ShiftByDuration)
            {
                // "الجمعة من الأسبوع المقبل"، "يوم الجمعة الأسبوع المقبل"
                t.EndToken = week.EndToken;
                t.Relative = week.Relative;
                t.RelativeUnit = TimeUnit.Week;
                t.RelativeOffset = week.RelativeOffset;
                t.Granularity = Granularity.Week;
                return t;
            }

            if (Find(w.End, LexKind.Direction) is { } dir && dir.Entry.S is "next-ref" or "prev-ref" or "this-ref")
            {
                t.EndToken = dir.End;
                t.Relative = Relativity.Reference;
                t.WeekdayRelative = true;
                t.RelativeOffset = dir.Entry.S == "next-ref" ? 1 : dir.Entry.S == "prev-ref" ? -1 : 0;
            }

            return t;
        }

        /// <summary>A weekday right after a relative week belongs to it: "الأسبوع القادم يوم الجمعة"، "هذا الأسبوع يوم السبت".</summary>
        private void WeekdayAfterWeek(RawTimex t, int k)
        {
            if (Find(k, LexKind.DayWord) is { Entry.A: 1 } yw2 && Find(yw2.End, LexKind.Weekday, 1) is { } wd2)
            {
                t.Weekday = wd2.Entry.A;
                t.EndToken = wd2.End;
            }
            else if (Find(k, LexKind.Weekday) is { } wd3 && (_tokens[k].Clitics & Proclitics.Al) != 0)
            {
                t.Weekday = wd3.Entry.A;
                t.EndToken = wd3.End;
            }
        }

        private RawTimex? TryRelative(int i)
        {
            // (a) ذلك العام، تلك السنة، هذا الشهر، هذا الصيف
            if (Find(i, LexKind.Demonstrative) is { } demo)
            {
                var j = demo.End;
                var narrative = demo.Entry.S == "narr";
                if (Find(j, LexKind.Unit) is { } u && u.Entry.B == 1 && u.Stripped > 0)
                {
                    var t = New(i, u.End, demo.Stripped, GranOf((TimeUnit)u.Entry.A), 0.85);
                    t.Relative = narrative || _doc.ReferenceDate is null ? Relativity.Narrative : Relativity.Reference;
                    t.RelativeUnit = (TimeUnit)u.Entry.A;
                    if (t.RelativeUnit == TimeUnit.Week)
                    {
                        // "هذا الأسبوع يوم السبت"
                        WeekdayAfterWeek(t, u.End);
                    }

                    return t;
                }

                if (!narrative && TryMonth(j, out var mp) && !mp.Hijri)
                {
                    var t = New(i, mp.End, demo.Stripped, Granularity.Month, 0.8);
                    t.Month = mp.Month;
                    t.Relative = _doc.ReferenceDate is null ? Relativity.Narrative : Relativity.Reference;
                    t.MonthRelative = true;
                    return t;
                }

                if (!narrative && Find(j, LexKind.Season) is { } se)
                {
                    var t = New(i, se.End, demo.Stripped, Granularity.Season, 0.8);
                    t.Season = se.Entry.S;
                    t.Relative = Relativity.Reference;
                    t.RelativeUnit = TimeUnit.Year;
                    return t;
                }
            }

            // (b) العام التالي، اليوم ذاته، الأسبوع القادم، الشهر الماضي
            if (Find(i, LexKind.Unit) is { } unit && unit.Entry.B == 1 && Find(unit.End, LexKind.Direction) is { } dir)
            {
                var t = New(i, dir.End, Math.Min(unit.Stripped, NonArticle(i)), GranOf((TimeUnit)unit.Entry.A), 0.85);
                t.RelativeUnit = (TimeUnit)unit.Entry.A;
                (t.Relative, t.RelativeOffset) = dir.Entry.S switch
                {
                    "next-narr" => (Relativity.Narrative, 1),
                    "prev-narr" => (Relativity.Narrative, -1),
                    "same" => (Relativity.Narrative, 0),
                    "next-ref" => (Relativity.Reference, 1),
                    "prev-ref" => (Relativity.Reference, -1),
                    _ => (Relativity.Reference, 0),
                };
                if (t.Relative == Relativity.Reference && _doc.ReferenceDate is null && dir.Entry.S is "next-ref")
                {
                    // In a narrative without a reference date, "العام المقبل" reads as "the following year".
                    t.Relative = Relativity.Narrative;
                }

                if (t.RelativeUnit == TimeUnit.Week)
                {
                    // "الأسبوع القادم يوم الجمعة"
                    WeekdayAfterWeek(t, dir.End);
                }

                return t;
            }

            // Month + direction: "سبتمبر الماضي"، "يونيو القادم".
            if (TryMonth(i, out var mpr) && !mpr.Hijri && Find(mpr.End, LexKind.Direction) is { } mdir && mdir.Entry.S is "next-ref" or "prev-ref" or "this-ref")
            {
                var t = New(i, mdir.End, mpr.Strip, Granularity.Month, 0.8);
                t.Month = mpr.Month;
                t.MonthRelative = true;
                t.Relative = Relativity.Reference;
                t.RelativeOffset = mdir.Entry.S == "next-ref" ? 1 : mdir.Entry.S == "prev-ref" ? -1 : 0;
                return t;
            }

            // (c) بعد ذلك بعامين، قبل ذلك بثلاث سنوات، بعد عامين، قبل شهرين
            var after = Find(i, LexKind.After);
            var before = after is null ? Find(i, LexKind.Before) : null;
            var sign = after is not null ? 1 : before is not null ? -1 : 0;
            var op = after ?? before;
            if (op is { } o && sign != 0 && !(Find(i, LexKind.Deictic) is { } longer && longer.End > o.End))
            {
                // ("قبل يوم أمس" is one deictic word, below.)
                var j = o.End;
                var narrative = false;
                if (Find(j, LexKind.Demonstrative) is { } d2 && d2.Entry.S == "narr")
                {
                    narrative = true;
                    j = d2.End;
                }

                // "قبل يوم الشكر"، "بعد يوم الجمعة": the unit heads a feast or a weekday, it is not a length of time.
                if (TryDuration(j, allowSingle: true, out var dur) && dur.Whole && Find(j, LexKind.Holiday) is null && Find(dur.End, LexKind.Weekday) is null)
                {
                    var end = dur.End;
                    var fromNow = IsNorm(end, "من") && Find(end + 1, LexKind.Now) is not null;
                    if (fromNow)
                    {
                        end += 2;
                    }

                    var t = New(i, end, o.Stripped, GranOf(dur.Unit), narrative ? 0.85 : 0.7);
                    t.ShiftByDuration = true;
                    // "ثم عقدت جلسة ثانية بعد أسبوع": after a date of the same sentence, from that date.
                    narrative |= !fromNow && sign > 0 && EarlierDateInSentence();
                    t.Relative = narrative || (!fromNow && _doc.ReferenceDate is null) ? Relativity.Narrative : Relativity.Reference;
                    t.RelativeUnit = dur.Unit;
                    t.RelativeOffset = sign * dur.Count;
                    return t;
                }
            }

            // (d) أمس، اليوم، غداً، بعد غد — but "اليوم الأخير"، "اليوم الثالث من المؤتمر" are a day of something, not
            // today: a date without a value (what it counts from is not parsed).
            if (Find(i, LexKind.Deictic) is { Entry.A: 0 } today && today.End == i + 1)
            {
                var k = today.End;
                var countedEnd = Find(k, LexKind.Last) is { } lastDay ? lastDay.End
                    : (_tokens[k < _e ? k : i].Clitics & Proclitics.Al) != 0 && TryNumberWords(k, out _, out var isOrdinal, out _, out var ordEnd, out _) && isOrdinal ? ordEnd : -1;
                if (countedEnd > 0)
                {
                    var nth = New(i, countedEnd, today.Stripped, Granularity.None, 0.5);
                    return nth;
                }
            }

            if (Find(i, LexKind.Deictic) is { } dx)
            {
                var start = i;
                var strip = dx.Stripped;
                var t = New(start, dx.End, strip, Granularity.Day, 0.85);
                t.Relative = Relativity.Reference;
                t.RelativeUnit = TimeUnit.Day;
                t.RelativeOffset = dx.Entry.A;
                if (_doc.ReferenceDate is not null && Find(dx.End, LexKind.Weekday, 1) is { } named && (_tokens[dx.End].Clitics & Proclitics.Al) != 0 && !Has(named.End, LexKind.Number))
                {
                    // "أمس الثلاثاء"، "غداً الجمعة"، "اليوم السبت": the deictic day, named.
                    t.EndToken = named.End;
                }

                return t;
            }

            if (Find(i, LexKind.DayWord) is { } yw && yw.Entry.A == 1 && Find(yw.End, LexKind.Deictic, 0) is { } dx2)
            {
                var t = New(i, dx2.End, yw.Stripped, Granularity.Day, 0.85);
                t.Relative = Relativity.Reference;
                t.RelativeUnit = TimeUnit.Day;
                t.RelativeOffset = dx2.Entry.A;
                return t;
            }

            return null;
        }

        /// <summary>"الساعة 3 مساءً"، "الساعة التاسعة صباحاً"، "الساعة 10:30": a time of day (TIME, value T15, T10:30).</summary>
        private RawTimex? TryClock(int i)
        {
            if (Find(i, LexKind.Clock) is not { } c)
            {
                return null;
            }

            var j = c.End;
            int hour, minute = 0;
            if (TryDigits(j, out hour, out var hd) && hd <= 2 && hour <= 24)
            {
                j++;
                if (IsPunct(j, ':') && TryDigits(j + 1, out var mm, out var md) && md == 2 && mm < 60)
                {
                    minute = mm;
                    j += 2;
                }
            }
            else if (TryNumberWords(j, out hour, out _, out _, out var wend, out _) && hour is >= 1 and <= 12)
            {
                j = wend;
            }
            else
            {
                return null;
            }

            if (Find(j, LexKind.AmPm) is { } ap)
            {
                if (ap.Entry.S == "PM" && hour < 12)
                {
                    hour += 12;
                }

                j = ap.End;
            }

            var t = New(i, j, c.Stripped, Granularity.None, 0.85);
            t.Type = TimexType.Time;
            t.Value = minute == 0 ? $"T{hour:D2}" : $"T{hour:D2}:{minute:D2}";
            return t;
        }

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

        private RawTimex? TrySet(int i)
        {
            if (Find(i, LexKind.Set) is { } s)
            {
                var t = New(i, s.End, s.Stripped, Granularity.None, 0.9);
                t.Type = TimexType.Set;
                t.Value = s.Entry.S;
                return t;
            }

            if (Find(i, LexKind.Every) is { } every)
            {
                var j = every.End;
                if (Find(j, LexKind.DayWord) is { } dw && dw.Entry.A == 1 && Find(dw.End, LexKind.Weekday, 1) is { } wd)
                {
                    var t = New(i, wd.End, every.Stripped, Granularity.None, 0.9);
                    t.Type = TimexType.Set;
                    t.Value = "XXXX-WXX-" + wd.Entry.A.ToString(CultureInfo.InvariantCulture);
                    return t;
                }

                if (Find(j, LexKind.Weekday) is { } wd2)
                {
                    var t = New(i, wd2.End, every.Stripped, Granularity.None, 0.85);
                    t.Type = TimexType.Set;
                    t.Value = "XXXX-WXX-" + wd2.Entry.A.ToString(CultureInfo.InvariantCulture);
                    return t;
                }

                if (TryDuration(j, allowSingle: true, out var dur) && dur.Whole)
                {
                    var t = New(i, dur.End, every.Stripped, Granularity.None, 0.9);
                    t.Type = TimexType.Set;
                    t.Value = dur.Value;
                    return t;
                }
            }

            // أيام الاثنين
            if (Find(i, LexKind.DayWord) is { } days && days.Entry.A == 0 && Find(days.End, LexKind.Weekday) is { } wd3)
            {
                var t = New(i, wd3.End, days.Stripped, Granularity.None, 0.85);
                t.Type = TimexType.Set;
                t.Value = "XXXX-WXX-" + wd3.Entry.A.ToString(CultureInfo.InvariantCulture);
                return t;
            }

            return null;
        }

        private RawTimex? TryDurationAt(int i)
        {
            var start = i;
            var allowSingle = false;
            var strip = -1;
            _articleAfterIntro = false;
            if (Find(i, LexKind.DurationIntro) is { } intro)
            {
                start = intro.End;
                allowSingle = true;
                _articleAfterIntro = _tokens[i].NormBase is "طوال" or "طيله";
            }
            else if ((_tokens[i].Clitics & Proclitics.Li) != 0 && Find(i, LexKind.Unit) is { Entry.B: 1 } && Find(i + 1, LexKind.Whole) is not null)
            {
                allowSingle = true;
            }

            if (!TryDuration(start, allowSingle, out var dur))
            {
                return null;
            }

            strip = dur.Strip;
            var t = New(start, dur.End, strip, Granularity.None, 0.9);
            t.Type = TimexType.Duration;
            t.Value = dur.Value;
            var end = dur.End;
            // "منذ شهر و21 يوماً من الآن": منذ says the time lies behind.
            var ago = start - 1 >= _s && _tokens[start - 1].NormBase is "منذ";
            if (IsNorm(end, "من") && Find(end + 1, LexKind.Now) is not null && !dur.Whole && dur.Period is { } period0)
            {
                var period = ago ? NodaTime.Period.Zero - period0 : period0;
                // "شهر و21 يوماً من الآن"
                t.Type = TimexType.Date;
                t.Value = null;
                t.EndToken = end + 2;
                t.Granularity = Granularity.Day;
                t.Relative = Relativity.Reference;
                t.RelativeUnit = TimeUnit.Day;
                t.ShiftByDuration = true;
                t.ShiftPeriod = period;
            }
            else if (IsNorm(end, "من") && Find(end + 1, LexKind.Now) is not null && dur.Whole)
            {
                // "شهر و21 يوماً من الآن": a date relative to now.
                t.Type = TimexType.Date;
                t.Value = null;
                t.EndToken = end + 2;
                t.Granularity = GranOf(dur.Unit);
                t.Relative = Relativity.Reference;
                t.RelativeUnit = dur.Unit;
                t.RelativeOffset = ago ? -dur.Count : dur.Count;
            }

            return t;
        }

        private bool _articleAfterIntro;

        /// <summary>"شهر و 21 يوماً": a bare unit starts a duration when a counted one is joined to it.</summary>
        private bool ConjoinedCountFollows(int pos)
        {
            if (IsNorm(pos, "و"))
            {
                pos++;
            }
            else if (pos >= _e || (_tokens[pos].Clitics & Proclitics.Wa) == 0)
            {
                return false;
            }

            return TryDurationAtom(pos, false, out _, out _, out _, out _, out _);
        }

        private struct DurationParse
        {
            public int End;
            public int Strip;
            public string Value;
            public bool Whole;
            public TimeUnit Unit;
            public int Count;
            public NodaTime.Period? Period;
        }

        /// <summary>One or more quantities of units joined by و: "ثلاث سنوات"، "عام واحد وشهر و21 يوماً"، "ساعتين ونصف".</summary>
        private bool TryDuration(int i, bool allowSingle, out DurationParse dp)
        {
            dp = default;
            Span<double> amounts = stackalloc double[9];
            Span<bool> few = stackalloc bool[9];
            var any = false;
            var pos = i;
            var first = true;
            var lastUnit = TimeUnit.Year;
            var components = 0;
            while (pos < _e)
            {
                if (!TryDurationAtom(pos, allowSingle || !first, out var amount, out var isFew, out var unit, out var end, out var strip)
                    && !(first && TryDurationAtom(pos, true, out amount, out isFew, out unit, out end, out strip) && ConjoinedCountFollows(end)))
                {
                    break;
                }

                if (first)
                {
                    dp.Strip = strip;
                }
                else if ((_tokens[pos].Clitics & Proclitics.Wa) == 0 && !IsNorm(pos - 1, "و"))
                {
                    break;
                }

                amounts[(int)unit] += amount;
                few[(int)unit] |= isFew;
                lastUnit = unit;
                any = true;
                components++;
                first = false;
                pos = end;

                // "ونصف"
                if (IsNorm(pos, "ونصف"))
                {
                    amounts[(int)unit] += 0.5;
                    pos++;
                }

                // a following component: "و شهر" or "وشهر"
                if (IsNorm(pos, "و"))
                {
                    if (TryDurationAtom(pos + 1, true, out _, out _, out _, out _, out _))
                    {
                        pos++;
                        continue;
                    }

                    break;
                }

                if (pos < _e && (_tokens[pos].Clitics & Proclitics.Wa) != 0 && TryDurationAtom(pos, true, out _, out _, out _, out _, out _))
                {
                    continue;
                }

                break;
            }

            if (!any)
            {
                return false;
            }

            dp.End = pos;
            dp.Value = FormatDuration(amounts, few);
            var whole = components == 1;
            var count = 0;
            for (var u = 0; u < 9; u++)
            {
                if (amounts[u] > 0 || few[u])
                {
                    whole &= !few[u] && amounts[u] == Math.Floor(amounts[u]);
                    count = (int)amounts[u];
                    dp.Unit = (TimeUnit)u;
                }
            }

            dp.Whole = whole;
            dp.Count = count;
            var integral = true;
            for (var u = 0; u < 9; u++)
            {
                integral &= !few[u] && amounts[u] == Math.Floor(amounts[u]);
            }

            dp.Period = integral && amounts[(int)TimeUnit.Century] == 0 && amounts[(int)TimeUnit.Decade] == 0
                ? new NodaTime.PeriodBuilder
                {
                    Years = (int)amounts[(int)TimeUnit.Year],
                    Months = (int)amounts[(int)TimeUnit.Month],
                    Weeks = (int)amounts[(int)TimeUnit.Week],
                    Days = (int)amounts[(int)TimeUnit.Day],
                }.Build()
                : null;
            _ = lastUnit;
            return true;
        }

        private bool TryDurationAtom(int i, bool allowSingle, out double amount, out bool isFew, out TimeUnit unit, out int end, out int strip)
        {
            amount = 0;
            isFew = false;
            unit = default;
            end = i;
            strip = 0;
            if (!InSentence(i))
            {
                return false;
            }

            // number + unit
            if (TryDecimal(i, out var d) && d > 0 && Find(i + 1, LexKind.Unit, (_tokens[i + 1 < _e ? i + 1 : i].Clitics & Proclitics.Al) != 0 ? 1 : 0) is { } u1)
            {
                amount = d;
                unit = (TimeUnit)u1.Entry.A;
                end = u1.End;
                strip = _tokens[i].CliticCount;
                if (u1.Entry.B == 2)
                {
                    return false;
                }

                return true;
            }

            if (TryNumberWords(i, out var n, out var ordinal, out _, out var nend, out var nstrip) && !ordinal && Find(nend, LexKind.Unit, 0) is { } u2 && u2.Entry.B != 2)
            {
                amount = n;
                unit = (TimeUnit)u2.Entry.A;
                end = u2.End;
                strip = nstrip;
                return true;
            }

            if (Find(i, LexKind.Few) is { } f && Find(f.End, LexKind.Unit) is { } u3 && u3.Entry.B != 2)
            {
                isFew = true;
                unit = (TimeUnit)u3.Entry.A;
                end = u3.End;
                strip = f.Stripped;
                return true;
            }

            if (Find(i, LexKind.Fraction) is { } fr && Find(fr.End, LexKind.Unit) is { } u4 && u4.Entry.B == 1)
            {
                amount = fr.Entry.S == "0.25" ? 0.25 : 0.5;
                unit = (TimeUnit)u4.Entry.A;
                end = u4.End;
                strip = fr.Stripped;
                return true;
            }

            if (Find(i, LexKind.Unit) is { } u6 && u6.Entry.B == 0 && (_tokens[i].Clitics & Proclitics.Al) == 0)
            {
                // A bare plural: "لمدة سنوات"، "بأشهر"، "سنوات طويلة"، "شهوراً".
                var tok = _tokens[i];
                var bi = (tok.Clitics & Proclitics.Bi) != 0 && u6.Stripped > 0;
                var accusative = tok.NormBase.EndsWith("\u0627") && !tok.NormBase.EndsWith("\u0627\u062A");
                var vague = Find(u6.End, LexKind.Vague) is not null;
                if (allowSingle || bi || vague || accusative)
                {
                    isFew = true;
                    unit = (TimeUnit)u6.Entry.A;
                    end = vague ? Find(u6.End, LexKind.Vague)!.Value.End : u6.End;
                    strip = u6.Stripped;
                    return true;
                }
            }

            if (Find(i, LexKind.Unit) is { } u5)
            {
                // Plurals after a number were taken above; here a dual or a singular.
                if (u5.Entry.B == 2)
                {
                    // Not the dual construct before a year ("عامي 1917").
                    amount = 2;
                    unit = (TimeUnit)u5.Entry.A;
                    end = u5.End;
                    strip = u5.Stripped;
                    return true;
                }

                if (u5.Entry.B == 1)
                {
                    // "عام واحد"، "أسبوع كامل"، or a bare unit after لمدة.
                    if (IsNorm(u5.End, "واحد") || IsNorm(u5.End, "واحده") || IsNorm(u5.End, "ونصف"))
                    {
                        amount = 1;
                        unit = (TimeUnit)u5.Entry.A;
                        end = IsNorm(u5.End, "ونصف") ? u5.End : u5.End + 1;
                        strip = u5.Stripped;
                        return true;
                    }

                    if (Find(u5.End, LexKind.Whole) is { } w)
                    {
                        amount = 1;
                        unit = (TimeUnit)u5.Entry.A;
                        end = w.End;
                        strip = u5.Stripped;
                        return true;
                    }

                    if (allowSingle && !TryDigits(u5.End, out _, out _) && Find(u5.End, LexKind.Direction) is null && Find(u5.End, LexKind.Month) is null
                        && (_articleAfterIntro || (_tokens[i].Clitics & Proclitics.Al) == 0 || u5.Stripped < _tokens[i].CliticCount))
                    {
                        amount = 1;
                        unit = (TimeUnit)u5.Entry.A;
                        end = u5.End;
                        strip = u5.Stripped;
                        return true;
                    }
                }
            }

            return false;
        }

        private static string FormatDuration(ReadOnlySpan<double> amounts, ReadOnlySpan<bool> few)
        {
            var sb = new System.Text.StringBuilder("P");
            static void Part(System.Text.StringBuilder sb, ReadOnlySpan<double> amounts, ReadOnlySpan<bool> few, TimeUnit u, char code, double factor = 1)
            {
                var k = (int)u;
                if (few[k])
                {
                    sb.Append('X').Append(code);
                }
                else if (amounts[k] > 0)
                {
                    sb.Append((amounts[k] * factor).ToString(CultureInfo.InvariantCulture)).Append(code);
                }
            }

            var k2 = (int)TimeUnit.Century;
            if (few[k2] || amounts[k2] > 0)
            {
                if (few[k2])
                {
                    sb.Append("XCE");
                }
                else
                {
                    sb.Append((amounts[k2] * 100).ToString(CultureInfo.InvariantCulture)).Append('Y');
                }
            }

            var k3 = (int)TimeUnit.Decade;
            if (few[k3] || amounts[k3] > 0)
            {
                if (few[k3])
                {
                    sb.Append("XDE");
                }
                else
                {
                    sb.Append((amounts[k3] * 10).ToString(CultureInfo.InvariantCulture)).Append('Y');
                }
            }

            Part(sb, amounts, few, TimeUnit.Year, 'Y');
            Part(sb, amounts, few, TimeUnit.Month, 'M');
            Part(sb, amounts, few, TimeUnit.Week, 'W');
            Part(sb, amounts, few, TimeUnit.Day, 'D');
            if (amounts[(int)TimeUnit.Hour] > 0 || amounts[(int)TimeUnit.Minute] > 0 || amounts[(int)TimeUnit.Second] > 0
                || few[(int)TimeUnit.Hour] || few[(int)TimeUnit.Minute] || few[(int)TimeUnit.Second])
            {
                sb.Append('T');
                Part(sb, amounts, few, TimeUnit.Hour, 'H');
                Part(sb, amounts, few, TimeUnit.Minute, 'M');
                Part(sb, amounts, few, TimeUnit.Second, 'S');
            }

            return sb.ToString();
        }

        // ---------------------------------------------------------------- ranges

        private bool TryRange(int i, out RawTimex? a, out RawTimex? b)
        {
            a = b = null;
            var from = Find(i, LexKind.RangeFrom);
            var between = from is null ? Find(i, LexKind.RangeBetween) : null;
            var op = from ?? between;
            int j;
            if (op is { } o)
            {
                j = o.End;
            }
            else if (_tokens[i].Kind == TokenKind.Number && IsPunct(i + 1, '-'))
            {
                j = i;
            }
            else
            {
                return false;
            }

            var left = TryAny(j, allowPartial: true);
            if (left is null || left.Type != TimexType.Date)
            {
                return false;
            }

            var k = left.EndToken;
            int rightStart;
            if (between is not null || op is null)
            {
                if (op is null ? IsPunct(k, '-') : IsNorm(k, "و") || IsPunct(k, '-'))
                {
                    rightStart = k + 1;
                }
                else if (op is not null && InSentence(k) && (_tokens[k].Clitics & Proclitics.Wa) != 0)
                {
                    rightStart = k;
                }
                else
                {
                    return false;
                }
            }
            else if (Find(k, LexKind.RangeTo) is { } to)
            {
                rightStart = to.End;
            }
            else
            {
                return false;
            }

            var right = TryAny(rightStart, allowPartial: false) ?? TryPartial(rightStart);
            if (right is null || right.Type != TimexType.Date)
            {
                return false;
            }

            // Complete the partial ends from each other.
            if (right.Partial)
            {
                if (left.Granularity == Granularity.Year && right.Granularity == Granularity.Year)
                {
                    right.Calendar = left.Calendar;
                    right.CalendarExplicit = left.CalendarExplicit;
                    right.Bc = left.Bc;
                }
                else if (left.Granularity == Granularity.Day && right.Granularity == Granularity.Day && left.Month is not null)
                {
                    right.Month = left.Month;
                    right.Year = left.Year;
                    right.YearDigits = left.YearDigits;
                    right.Calendar = left.Calendar;
                }
                else
                {
                    return false;
                }
            }

            if (left.Partial)
            {
                if (left.Granularity == Granularity.Day)
                {
                    if (right.Month is null || right.Granularity != Granularity.Day)
                    {
                        if (right.Relative != Relativity.None && right.Granularity == Granularity.Month)
                        {
                            // "من 4 إلى 22 هذا الشهر": both days of that month; left follows right.
                        }
                        else
                        {
                            return false;
                        }
                    }

                    left.Month = right.Month;
                    left.Year = right.Year;
                    left.YearDigits = right.YearDigits;
                    left.Calendar = right.Calendar;
                    left.CalendarExplicit = right.CalendarExplicit;
                }
                else if (left.Granularity == Granularity.Year)
                {
                    if (right.Granularity is not Granularity.Year || (right.Year is null && right.Relative == Relativity.None))
                    {
                        return false;
                    }

                    left.Calendar = right.Calendar;
                    left.CalendarExplicit = right.CalendarExplicit;
                    left.Bc = right.Bc;
                }
            }
            else if (left.Year is null && left.Month is not null && right.Year is not null && left.Relative == Relativity.None)
            {
                left.Year = right.Year;
                left.YearDigits = right.YearDigits;
                left.Calendar = right.Calendar;
            }

            if (op is null && !(left.Granularity == Granularity.Year && right.Granularity == Granularity.Year) && !(left.Partial && right.Month is not null))
            {
                return false;
            }

            // A year range written short: 1918-20.
            if (left.Granularity == Granularity.Year && right.Partial && right.Year is { } ry && left.Year is { } ly && ry < 100 && ly >= 1000)
            {
                right.Year = (ly / 100 * 100) + ry;
                right.YearDigits = 4;
            }

            left.Partial = right.Partial = false;
            left.RangeWith = right;
            right.RangeWith = left;
            a = left;
            b = right;
            return true;
        }

        // ---------------------------------------------------------------- sentence post-processing

        private void PostProcess(List<RawTimex> output, int first)
        {
            // A set and a clock time next to each other are one recurring time: "كل يوم اثنين الساعة 4 مساءً".
            for (var k = first; k + 1 < output.Count; k++)
            {
                var a = output[k];
                var b = output[k + 1];
                var (set, time) = a.Type == TimexType.Set && b.Type == TimexType.Time ? (a, b) : b.Type == TimexType.Set && a.Type == TimexType.Time ? (b, a) : (null, null);
                if (set is null || time is null || !GapIsSmall(a.EndToken, b.StartToken))
                {
                    continue;
                }

                set.Value = set.Value switch
                {
                    "P1D" or "TMO" or "TEV" or "TNI" or "TAF" => time.Value,
                    { } v when v.StartsWith("XXXX", StringComparison.Ordinal) => v + time.Value,
                    var v => v,
                };
                set.StartToken = Math.Min(a.StartToken, b.StartToken);
                set.EndToken = Math.Max(a.EndToken, b.EndToken);
                set.Strip = a.Strip;
                Finish(set);
                output.Remove(time);
            }

            // A day and a clock time next to each other are one date-time: "غداً الساعة 3 مساءً".
            for (var k = first; k + 1 < output.Count; k++)
            {
                var a = output[k];
                var b = output[k + 1];
                var (date, time) = a.Type == TimexType.Date && b.Type == TimexType.Time ? (a, b) : b.Type == TimexType.Date && a.Type == TimexType.Time ? (b, a) : (null, null);
                if (date is null || time is null || date.Granularity != Granularity.Day || date.DayPart is not null || date.RangeWith is not null || !GapIsSmall(a.EndToken, b.StartToken))
                {
                    continue;
                }

                date.DayPart = time.Value!.Length > 1 ? time.Value[1..] : null;
                date.StartToken = a.StartToken;
                date.EndToken = b.EndToken;
                date.Strip = a.Strip;
                Finish(date);
                output.Remove(time);
            }

            for (var k = first; k < output.Count; k++)
            {
                var t = output[k];

                // "تقريباً" after an expression.
                if (Find(t.EndToken, LexKind.Approx) is { } ap && ap.Entry.S == "APPROX" && _tokens[t.EndToken].Norm == "تقريبا")
                {
                    t.Mod ??= TimexMod.Approx;
                }

                if (k + 1 >= output.Count)
                {
                    continue;
                }

                var u = output[k + 1];
                if (t.Type != TimexType.Date || u.Type != TimexType.Date || t.RangeWith == u)
                {
                    continue;
                }

                var gap = Gap(t.EndToken, u.StartToken, out var hasEquiv, out var slashOrParen);
                if (!gap)
                {
                    continue;
                }

                var explicitPair = t.CalendarExplicit && u.CalendarExplicit && (t.Calendar != u.Calendar || t.Bc != u.Bc) && slashOrParen;
                if (hasEquiv || explicitPair)
                {
                    t.EquivalentWith = u;
                    u.EquivalentWith = t;
                    if (!u.CalendarExplicit && t.Calendar == CalendarKind.Gregorian && u.Month is not null && u.Calendar == CalendarKind.Gregorian)
                    {
                        // Equated with a Gregorian date and written with the same month names: Old Style.
                        u.Calendar = CalendarKind.Julian;
                        u.CalendarExplicit = true;
                        u.Confidence = Math.Min(u.Confidence, 0.8);
                    }
                    else if (!t.CalendarExplicit && u.Calendar == CalendarKind.Gregorian && u.CalendarExplicit && t.Month is not null && t.Calendar == CalendarKind.Gregorian && hasEquiv)
                    {
                        t.Calendar = CalendarKind.Julian;
                        t.CalendarExplicit = true;
                    }
                }
            }

            ApplyCalendarCues(output, first);
        }

        private bool GapIsSmall(int from, int to)
        {
            if (to < from || to - from > 2)
            {
                return false;
            }

            for (var k = from; k < to; k++)
            {
                if (!IsNorm(k, "في") && _tokens[k].Kind != TokenKind.Punctuation)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True when only punctuation and an equivalence marker lie between two expressions.</summary>
        private bool Gap(int from, int to, out bool hasEquiv, out bool slashOrParen)
        {
            hasEquiv = false;
            slashOrParen = false;
            var k = from;
            while (k < to)
            {
                if (_tokens[k].Kind == TokenKind.Punctuation)
                {
                    slashOrParen |= _tokens[k].Norm[0] is '/' or '(' or '-' or ')';
                    k++;
                    continue;
                }

                if (Find(k, LexKind.Equivalence) is { } eq)
                {
                    hasEquiv = true;
                    k = eq.End;
                    if (IsNorm(k, "ل"))
                    {
                        k++;
                    }

                    continue;
                }

                if (IsNorm(k, "و"))
                {
                    k++;
                    continue;
                }

                return false;
            }

            return k == to && to - from <= 5;
        }

        /// <summary>
        /// "في التقويم الشرقي"، "حسب التقويم اليولياني": the named calendar applies to the expression just before
        /// the cue (within a few tokens) or, when the cue opens a clause, to the one just after it.
        /// </summary>
        private void ApplyCalendarCues(List<RawTimex> output, int first)
        {
            for (var c = _s; c < _e; c++)
            {
                if (Find(c, LexKind.CalendarCue) is not { } cue)
                {
                    continue;
                }

                // The cue must be introduced: "في/حسب/وفق/ب التقويم…" (not "من التقويم الشرقي إلى الغربي").
                var introduced = (_tokens[c].Clitics & Proclitics.Bi) != 0 && cue.Stripped > 0
                    || (c - 1 >= _s && Find(c - 1, LexKind.CalendarIntro) is not null)
                    || (c - 1 >= _s && IsPunct(c - 1, '('));
                if (!introduced)
                {
                    continue;
                }

                var kind = cue.Entry.S switch { "julian" => CalendarKind.Julian, "hijri" => CalendarKind.Hijri, _ => CalendarKind.Gregorian };
                RawTimex? target = null;
                for (var k = output.Count - 1; k >= first; k--)
                {
                    var t = output[k];
                    if (t.EndToken <= c && c - t.EndToken <= 4 && t.Type == TimexType.Date)
                    {
                        target = t;
                        break;
                    }
                }

                if (target is null)
                {
                    for (var k = first; k < output.Count; k++)
                    {
                        var t = output[k];
                        if (t.StartToken >= cue.End && t.StartToken - cue.End <= 2 && t.Type == TimexType.Date)
                        {
                            target = t;
                            break;
                        }
                    }
                }

                if (target is null || (target.Calendar == CalendarKind.Hijri && kind != CalendarKind.Hijri && target.Month is not null))
                {
                    continue;
                }

                target.Calendar = kind;
                target.CalendarExplicit = true;
                if (target.RangeWith is { } other && !other.CalendarExplicit)
                {
                    other.Calendar = kind;
                    other.CalendarExplicit = true;
                }
            }
        }

        // ---------------------------------------------------------------- spans

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
