using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Time.Lexicon;

/// <summary>The category of a lexicon entry.</summary>
public enum LexKind : byte
{
    /// <summary>A month name (A = month, B = 0 Gregorian / 1 Hijri, C = strength).</summary>
    Month,
    /// <summary>A number word (A = value, B = 1 when ordinal, C = role).</summary>
    Number,
    /// <summary>A time unit (A = <see cref="TimeUnit"/>, B = count: 1, 2 or 0 for a plural).</summary>
    Unit,
    /// <summary>عام، سنة (A = 2 for the dual construct عامي).</summary>
    YearWord,
    /// <summary>شهر.</summary>
    MonthWord,
    /// <summary>يوم.</summary>
    DayWord,
    /// <summary>An era marker (S = gregorian | gregorian-bc | hijri).</summary>
    Era,
    /// <summary>أوائل، منتصف، أواخر (S = START | MID | END).</summary>
    Part,
    /// <summary>حوالي، نحو.</summary>
    Approx,
    /// <summary>A named calendar (S = julian | gregorian | hijri).</summary>
    CalendarCue,
    /// <summary>A word introducing a calendar cue (حسب، وفق).</summary>
    CalendarIntro,
    /// <summary>The text says two dates are the same day (الموافق).</summary>
    Equivalence,
    /// <summary>من، منذ.</summary>
    RangeFrom,
    /// <summary>بين.</summary>
    RangeBetween,
    /// <summary>إلى، حتى.</summary>
    RangeTo,
    /// <summary>A direction (S = next-narr | prev-narr | same | next-ref | prev-ref | this-ref).</summary>
    Direction,
    /// <summary>A demonstrative (S = narr | this).</summary>
    Demonstrative,
    /// <summary>A day relative to the reference date (A = offset in days).</summary>
    Deictic,
    /// <summary>A season (S = SP | SU | FA | WI).</summary>
    Season,
    /// <summary>A recurring time (S = TIMEX3 value).</summary>
    Set,
    /// <summary>A weekday (A = ISO day, 1 = Monday).</summary>
    Weekday,
    /// <summary>القرن.</summary>
    Century,
    /// <summary>A decade word (A = tens digit).</summary>
    Decade,
    /// <summary>لمدة، طوال.</summary>
    DurationIntro,
    /// <summary>بعد.</summary>
    After,
    /// <summary>قبل.</summary>
    Before,
    /// <summary>نصف، ربع (S = fraction).</summary>
    Fraction,
    /// <summary>بضعة، عدة.</summary>
    Few,
    /// <summary>كامل.</summary>
    Whole,
    /// <summary>الآن.</summary>
    Now,
    /// <summary>الربع (quarter).</summary>
    Quarter,
    /// <summary>كل.</summary>
    Every,
    /// <summary>A holiday (A = month, B = day, C = length in days, S = calendar).</summary>
    Holiday,
    /// <summary>A part of the day (S = MO | AF | EV | NI), appended to a day's value: 1988-05-03TMO.</summary>
    DayPart,
    /// <summary>An adjective of vague quantity after a plural unit (سنوات طويلة).</summary>
    Vague,
    /// <summary>A vague length of time (فترة وجيزة): a duration without a value.</summary>
    Fuzzy,
    /// <summary>الساعة before a clock time.</summary>
    Clock,
    /// <summary>صباحاً / مساءً after a clock time (S = AM | PM).</summary>
    AmPm,
    /// <summary>A noun that names an event after a month (ثورة أكتوبر، حرب أكتوبر): a bare month after it is not a date.</summary>
    NameHead,
    /// <summary>آخر (construct), الأخير/الأخيرة (after the noun): "the last" of an nth-weekday expression.</summary>
    Last,
    /// <summary>A word that makes a following number a quantity, not a day (ارتفع، عدد، الطابق): "ارتفع العدد إلى 27".</summary>
    Quantity,
    /// <summary>A demonstrative glued to a unit in spoken Arabic (هالسنة، هالشهر: A = <see cref="TimeUnit"/>): this year, this month.</summary>
    ThisUnit,
    /// <summary>A word that puts a clause in the future (سوف، رح، غادي، من المقرر): a bare weekday or feast in it is the coming one.</summary>
    Future,
    /// <summary>"بقية"، "باقي": the rest of the current unit (بقية الأسبوع، باقي الشهر).</summary>
    Rest,
    /// <summary>
    /// "شرقي"/"غربي" right after a day and month or its year (S = julian | gregorian): the Levantine press's Old Style
    /// and New Style, "3 تموز شرقي و15 تموز غربي سنة 1882".
    /// </summary>
    StyleMark,
}

/// <summary>Time units.</summary>
public enum TimeUnit : byte
{
    /// <summary>Year.</summary>
    Year,
    /// <summary>Month.</summary>
    Month,
    /// <summary>Week.</summary>
    Week,
    /// <summary>Day.</summary>
    Day,
    /// <summary>Hour.</summary>
    Hour,
    /// <summary>Minute.</summary>
    Minute,
    /// <summary>Second.</summary>
    Second,
    /// <summary>Decade.</summary>
    Decade,
    /// <summary>Century.</summary>
    Century,
}

/// <summary>One entry of the temporal lexicon.</summary>
/// <param name="Kind">Category.</param>
/// <param name="A">First integer payload (see <see cref="LexKind"/>).</param>
/// <param name="B">Second integer payload.</param>
/// <param name="C">Third integer payload.</param>
/// <param name="S">String payload, or null.</param>
public readonly record struct LexEntry(LexKind Kind, int A, int B, int C, string? S);

/// <summary>A lexicon match at a token: the entry, how many proclitics of the first token were stripped, and the token after it.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Stripped">Proclitics stripped from the first token.</param>
/// <param name="End">Index of the token after the match.</param>
public readonly record struct LexMatch(LexEntry Entry, int Stripped, int End);

/// <summary>
/// A trie over normalized tokens: each key is a sequence of token norms. The first token of a phrase may
/// carry proclitics (tried with <see cref="Token.BaseCandidate"/>); later tokens match their whole norm.
/// Immutable after construction.
/// </summary>
public sealed class TokenTrie
{
    private readonly Node _root = new();

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup;
        public List<LexEntry>? Entries;
    }

    internal void Add(IReadOnlyList<string> key, LexEntry entry)
    {
        var node = _root;
        foreach (var part in key)
        {
            if (node.Children is null)
            {
                node.Children = new Dictionary<string, Node>(StringComparer.Ordinal);
                node.Lookup = node.Children.GetAlternateLookup<ReadOnlySpan<char>>();
            }

            if (!node.Children.TryGetValue(part, out var next))
            {
                next = new Node();
                node.Children[part] = next;
            }

            node = next;
        }

        node.Entries ??= [];
        if (!node.Entries.Contains(entry))
        {
            node.Entries.Add(entry);
        }
    }

    /// <summary>Appends every match starting at token <paramref name="start"/> (tokens before <paramref name="end"/>).</summary>
    public void MatchAt(IReadOnlyList<Token> tokens, int start, int end, List<LexMatch> output)
    {
        var first = tokens[start];
        var maxStrip = first.CliticCount;
        for (var k = 0; k <= maxStrip; k++)
        {
            var candidate = first.BaseCandidate(k);
            if (candidate.IsEmpty || _root.Children is null || !_root.Lookup.TryGetValue(candidate, out var node))
            {
                continue;
            }

            var i = start + 1;
            while (true)
            {
                if (node.Entries is not null)
                {
                    foreach (var e in node.Entries)
                    {
                        output.Add(new LexMatch(e, k, i));
                    }
                }

                if (node.Children is null || i >= end || !node.Lookup.TryGetValue(tokens[i].Norm, out var next))
                {
                    break;
                }

                node = next;
                i++;
            }
        }
    }
}

/// <summary>
/// The temporal lexicon: month names of every region, number words, units, era markers, parts, calendars,
/// relative words, holidays. Loaded from the embedded data files of <c>Time/Lexicon/*.tsv</c> (or any other
/// set of files with the same columns), normalized with the pipeline's normalizer and tokenized with its
/// tokenizer, so entries match the text exactly as the tokens do. Immutable and thread-safe.
/// </summary>
public sealed class TimeLexicon
{
    private static readonly string[] Files = ["months", "numbers", "units", "markers", "holidays"];

    private TimeLexicon(TokenTrie trie, int entries, FrozenSet<string> notFuture, FrozenSet<string> temporalPrepositions, FrozenSet<string> notAdverbialBefore, FrozenSet<string> genitive)
    {
        Trie = trie;
        EntryCount = entries;
        _notFuture = notFuture;
        _temporalPrepositions = temporalPrepositions.GetAlternateLookup<ReadOnlySpan<char>>();
        _notAdverbialBefore = notAdverbialBefore;
        _genitive = genitive;
    }

    private readonly FrozenSet<string> _notFuture;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _temporalPrepositions;
    private readonly FrozenSet<string> _notAdverbialBefore;
    private readonly FrozenSet<string> _genitive;

    /// <summary>
    /// True for a spoken genitive particle (متاع، تاع، ديال، بتاع، تبع) that may stand between a feast's name and its year
    /// ("العيد الصغير متاع عام 1389 هـ"): the <c>genitive</c> rows of markers.tsv, normalized (round 19).
    /// </summary>
    internal bool IsGenitiveParticle(string norm) => _genitive.Contains(norm);

    /// <summary>
    /// True for a word after which a weak month name or a bare season is a date (في، منذ، خلال، مطلع، شهر…): the
    /// <c>tprep</c> rows of markers.tsv, normalized.
    /// </summary>
    public bool IsTemporalPreposition(ReadOnlySpan<char> norm) => _temporalPrepositions.Contains(norm);

    /// <summary>
    /// True for a word after which a weekday with the article is not an adverb of time (و، باسم، صلى، أقام: "صلى
    /// الجمعة"، "باسم الأحد"): the <c>notadverbial</c> rows of markers.tsv, normalized.
    /// </summary>
    public bool BlocksAdverbialWeekday(string norm) => _notAdverbialBefore.Contains(norm);

    /// <summary>
    /// True for a word that begins like a future verb (س + ي/ت/ن/ا) but is a noun or a name (سيارة، سنوات، ستالين):
    /// the <c>notfuture</c> rows of markers.tsv, normalized.
    /// </summary>
    public bool IsFutureExempt(string norm) => _notFuture.Contains(norm);

    /// <summary>The trie of every phrase.</summary>
    public TokenTrie Trie { get; }

    /// <summary>Number of entries loaded.</summary>
    public int EntryCount { get; }

    /// <summary>The lexicon from the embedded data files.</summary>
    public static TimeLexicon Default { get; } = LoadEmbedded();

    /// <summary>Loads the embedded data files.</summary>
    public static TimeLexicon LoadEmbedded(ArabicNormalizer? normalizer = null, Tokenizer? tokenizer = null)
    {
        var asm = typeof(TimeLexicon).Assembly;
        var texts = new Dictionary<string, string>();
        foreach (var f in Files)
        {
            texts[f] = ReadResource(asm, $"Tarikh.Core.Time.Lexicon.{f}.tsv");
        }

        return Load(texts, normalizer, tokenizer);
    }

    /// <summary>Builds a lexicon from file contents keyed by file name (months, numbers, units, markers, holidays).</summary>
    public static TimeLexicon Load(IReadOnlyDictionary<string, string> files, ArabicNormalizer? normalizer = null, Tokenizer? tokenizer = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        normalizer ??= ArabicNormalizer.Default;
        tokenizer ??= Tokenizer.Default;
        var trie = new TokenTrie();
        var count = 0;
        var notFuture = new HashSet<string>(StringComparer.Ordinal);
        var temporalPrepositions = new HashSet<string>(StringComparer.Ordinal);
        var notAdverbial = new HashSet<string>(StringComparer.Ordinal);
        var genitive = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, content) in files)
        {
            var lineNo = 0;
            foreach (var raw in content.Split('\n'))
            {
                lineNo++;
                var line = raw.TrimEnd('\r');
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var cols = line.Split('\t');
                if (file == "markers" && cols.Length >= 2 && (cols[0] is "notfuture" or "tprep" or "notadverbial" or "genitive"))
                {
                    var set = cols[0] switch { "notfuture" => notFuture, "tprep" => temporalPrepositions, "genitive" => genitive, _ => notAdverbial };
                    foreach (var key in KeyOf(cols[1], normalizer, tokenizer))
                    {
                        set.Add(key);
                    }

                    continue;
                }

                if (file == "markers" && cols.Length >= 2)
                {
                    // The header line of markers.tsv names no category we know: skip unknowns.
                    if (!TryMarker(cols[0], cols.Length > 2 ? cols[2] : "1", out var entry))
                    {
                        continue;
                    }

                    AddForm(trie, cols[1], entry, normalizer, tokenizer, entry.Kind == LexKind.Unit);
                    count++;
                    continue;
                }

                switch (file)
                {
                    case "months" when cols.Length >= 4 && int.TryParse(cols[2], CultureInfo.InvariantCulture, out var m) && int.TryParse(cols[3], CultureInfo.InvariantCulture, out var strength):
                        AddForm(trie, cols[0], new LexEntry(LexKind.Month, m, cols[1] == "hijri" ? 1 : 0, strength, null), normalizer, tokenizer, false);
                        count++;
                        break;
                    case "numbers" when cols.Length >= 4 && int.TryParse(cols[1], CultureInfo.InvariantCulture, out var v):
                        AddForm(trie, cols[0], new LexEntry(LexKind.Number, v, cols[2] == "ord" ? 1 : 0, RoleOf(cols[3]), null), normalizer, tokenizer, false);
                        count++;
                        break;
                    case "units" when cols.Length >= 3 && TryUnit(cols[1], out var unit) && int.TryParse(cols[2], CultureInfo.InvariantCulture, out var c):
                        AddForm(trie, cols[0], new LexEntry(LexKind.Unit, (int)unit, c, 0, null), normalizer, tokenizer, c == 1);
                        count++;
                        break;
                    case "holidays" when cols.Length >= 4 && int.TryParse(cols[2], CultureInfo.InvariantCulture, out var hm) && HolidayRule.TryParseDay(cols[1], cols[3], out var hd):
                        var len = cols.Length > 4 && int.TryParse(cols[4], CultureInfo.InvariantCulture, out var l) ? l : 1;
                        var strict = cols.Length > 5 && cols[5] == "1";
                        AddForm(trie, cols[0], new LexEntry(LexKind.Holiday, hm, hd, strict ? -len : len, cols[1]), normalizer, tokenizer, false);
                        count++;
                        break;
                }
            }
        }

        return new TimeLexicon(trie, count, notFuture.ToFrozenSet(StringComparer.Ordinal), temporalPrepositions.ToFrozenSet(StringComparer.Ordinal), notAdverbial.ToFrozenSet(StringComparer.Ordinal), genitive.ToFrozenSet(StringComparer.Ordinal));
    }

    private static int RoleOf(string role) => role switch
    {
        "unit" => 0,
        "teen" => 1,
        "ten" => 2,
        "hundred" => 3,
        "thousand" => 4,
        "thousands" => 5,
        _ => 0,
    };

    private static bool TryUnit(string s, out TimeUnit unit)
    {
        unit = s switch
        {
            "Y" => TimeUnit.Year,
            "M" => TimeUnit.Month,
            "W" => TimeUnit.Week,
            "D" => TimeUnit.Day,
            "H" => TimeUnit.Hour,
            "MIN" => TimeUnit.Minute,
            "S" => TimeUnit.Second,
            "DE" => TimeUnit.Decade,
            "CE" => TimeUnit.Century,
            _ => (TimeUnit)255,
        };
        return unit != (TimeUnit)255;
    }

    private static bool TryMarker(string category, string value, out LexEntry entry)
    {
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n);
        LexKind? kind = category switch
        {
            "yearword" => LexKind.YearWord,
            "monthword" => LexKind.MonthWord,
            "dayword" => LexKind.DayWord,
            "era" => LexKind.Era,
            "part" => LexKind.Part,
            "approx" => LexKind.Approx,
            "calcue" => LexKind.CalendarCue,
            "calintro" => LexKind.CalendarIntro,
            "equiv" => LexKind.Equivalence,
            "rangefrom" => LexKind.RangeFrom,
            "rangebetween" => LexKind.RangeBetween,
            "rangeto" => LexKind.RangeTo,
            "dir" => LexKind.Direction,
            "demo" => LexKind.Demonstrative,
            "deictic" => LexKind.Deictic,
            "season" => LexKind.Season,
            "set" => LexKind.Set,
            "weekday" => LexKind.Weekday,
            "century" => LexKind.Century,
            "decade" => LexKind.Decade,
            "durintro" => LexKind.DurationIntro,
            "after" => LexKind.After,
            "before" => LexKind.Before,
            "fraction" => LexKind.Fraction,
            "few" => LexKind.Few,
            "whole" => LexKind.Whole,
            "now" => LexKind.Now,
            "quarter" => LexKind.Quarter,
            "every" => LexKind.Every,
            "namehead" => LexKind.NameHead,
            "daypart" => LexKind.DayPart,
            "vague" => LexKind.Vague,
            "fuzzy" => LexKind.Fuzzy,
            "clock" => LexKind.Clock,
            "ampm" => LexKind.AmPm,
            "last" => LexKind.Last,
            "quantity" => LexKind.Quantity,
            "thisunit" => LexKind.ThisUnit,
            "future" => LexKind.Future,
            "rest" => LexKind.Rest,
            "stylemark" => LexKind.StyleMark,
            _ => null,
        };
        entry = kind is { } k ? new LexEntry(k, n, 0, 0, value) : default;
        return kind is not null;
    }

    private static void AddForm(TokenTrie trie, string form, LexEntry entry, ArabicNormalizer normalizer, Tokenizer tokenizer, bool addAccusative)
    {
        var key = KeyOf(form, normalizer, tokenizer);
        if (key.Count == 0)
        {
            return;
        }

        trie.Add(key, entry);
        if (entry.Kind == LexKind.Unit && entry.B == 0 && key.Count == 1 && !key[0].EndsWith('\u0627') && !key[0].EndsWith('\u062A'))
        {
            // Broken plurals take the accusative alef too: شهوراً، أياماً، أعواماً.
            trie.Add([key[0] + "\u0627"], entry);
        }

        if (addAccusative && key.Count == 1 && !key[0].EndsWith('\u0627') && !key[0].EndsWith('\u0647'))
        {
            // عام → عاما (tanwin fath written with an alef): عاماً، يوماً، أسبوعاً.
            trie.Add([key[0] + "\u0627"], entry);
        }
    }

    /// <summary>The token norms of a lexicon form, as the pipeline would tokenize it.</summary>
    public static List<string> KeyOf(string form, ArabicNormalizer? normalizer = null, Tokenizer? tokenizer = null)
    {
        normalizer ??= ArabicNormalizer.Default;
        tokenizer ??= Tokenizer.Default;
        var normalized = normalizer.Normalize(form.Trim());
        // A small pool given back at once: a default one rents a 64 KB table, which a thousand lexicon forms
        // would otherwise allocate anew each (the table is never returned unless the pool is disposed).
        using var pool = new StringPool(16);
        var tokens = new Token[tokenizer.Count(normalized, new TextSpan(0, normalized.Length))];
        var n = tokenizer.Tokenize(normalized, new TextSpan(0, normalized.Length), 0, tokens, pool);
        var key = new List<string>(n);
        for (var i = 0; i < n; i++)
        {
            key.Add(tokens[i].Norm);
        }

        return key;
    }

    private static string ReadResource(Assembly asm, string name)
    {
        using var stream = asm.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
