using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Tarikh.Core.Normalization;
using Tarikh.Core.Segmentation;
using Tarikh.Core.Text;

namespace Tarikh.Core.Time.Calendars;

/// <summary>
/// A country that kept the Julian (Old Style) calendar after the Gregorian reform of 1582, with the first day of its
/// Gregorian civil use and the Arabic words that place a text there (the country, its cities and landmarks, its demonyms).
/// </summary>
/// <param name="Id">Stable id (<c>russia</c>, <c>greece</c>, …).</param>
/// <param name="NameAr">Arabic name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="FirstGregorianDay">The first day the country counted in the Gregorian calendar (Russia: 14 February 1918).</param>
/// <param name="Places">The normalized phrases (one array of words each) that name the country or a place in it.</param>
public sealed record OldStyleCountry(string Id, string NameAr, string NameEn, LocalDate FirstGregorianDay, ImmutableArray<ImmutableArray<string>> Places)
{
    /// <summary>
    /// The real (proleptic Gregorian) day a date written <paramref name="year"/>-<paramref name="month"/>-<paramref name="day"/> names when it is
    /// read Old Style, if the country still counted that way then (after the reform of 15 October 1582, before its own switch);
    /// null when the written fields are no Julian day or the country had already switched.
    /// </summary>
    public LocalDate? OldStyleReading(int year, int month, int day)
    {
        if (year is < 1582 or > 9999 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Julian.GetDaysInMonth(year, month))
        {
            return null;
        }

        var real = new LocalDate(year, month, day, CalendarSystem.Julian).WithCalendar(CalendarSystem.Iso);
        return real >= OldStyleCountries.GregorianReform && real < FirstGregorianDay ? real : null;
    }
}

/// <summary>
/// The document's Old-Style context: the Julian-calendar country a text is about (named most often, the first named on a
/// tie), with the words that name it. Dates of such a text before the country's switch may be written Old Style without
/// saying so ("صباح الأحد 9 يناير 1905" in a history of Russia).
/// </summary>
/// <param name="Country">The country.</param>
/// <param name="Evidence">The span of its first mention.</param>
/// <param name="Mentions">How many times the text names it.</param>
public sealed record OldStyleContext(OldStyleCountry Country, TextSpan Evidence, int Mentions);

/// <summary>
/// The countries that kept the Julian calendar after 1582 (<c>Time/Calendars/Data/julian-countries.tsv</c>): calendar
/// knowledge, owned by Time and read by the rules (the Old-Style ambiguity note, the weekday check). Immutable.
/// </summary>
public sealed class OldStyleCountries
{
    /// <summary>The first day of the Gregorian calendar (15 October 1582).</summary>
    public static readonly LocalDate GregorianReform = new(1582, 10, 15);

    private readonly Dictionary<string, List<(ImmutableArray<string> Phrase, int Country)>> _byFirstWord;

    private OldStyleCountries(ImmutableArray<OldStyleCountry> countries)
    {
        Countries = countries;
        _byFirstWord = new Dictionary<string, List<(ImmutableArray<string>, int)>>(StringComparer.Ordinal);
        for (var c = 0; c < countries.Length; c++)
        {
            foreach (var p in countries[c].Places)
            {
                if (p.IsDefaultOrEmpty)
                {
                    continue;
                }

                if (!_byFirstWord.TryGetValue(p[0], out var list))
                {
                    _byFirstWord[p[0]] = list = [];
                }

                list.Add((p, c));
            }
        }

        foreach (var list in _byFirstWord.Values)
        {
            list.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length)); // the longest phrase first
        }
    }

    /// <summary>The countries, in the order of the table.</summary>
    public ImmutableArray<OldStyleCountry> Countries { get; }

    /// <summary>The table embedded in the assembly, normalized with the default normalizer.</summary>
    public static OldStyleCountries Default { get; } = LoadEmbedded(ArabicNormalizer.Default);

    /// <summary>Loads the embedded table, its place names normalized with <paramref name="normalizer"/>.</summary>
    public static OldStyleCountries LoadEmbedded(ArabicNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        using var stream = typeof(OldStyleCountries).Assembly.GetManifestResourceStream("Tarikh.Core.Time.Calendars.Data.julian-countries.tsv")
            ?? throw new InvalidOperationException("Embedded resource Time/Calendars/Data/julian-countries.tsv is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), normalizer);
    }

    /// <summary>
    /// Reads a table of the same columns (id, Arabic name, English name, first Gregorian day as ISO, comma-separated Arabic
    /// place names); rows that do not parse are skipped.
    /// </summary>
    public static OldStyleCountries Parse(string tsv, ArabicNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        ArgumentNullException.ThrowIfNull(normalizer);
        var countries = ImmutableArray.CreateBuilder<OldStyleCountry>();
        foreach (var line in tsv.Split('\n'))
        {
            var row = line.TrimEnd('\r');
            if (row.Length == 0 || row[0] == '#')
            {
                continue;
            }

            var r = row.Split('\t');
            if (r.Length < 5 || !DateTime.TryParseExact(r[3].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var switched))
            {
                continue;
            }

            var places = r[4].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => normalizer.NormalizeString(p).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToImmutableArray())
                .Where(p => p.Length > 0)
                .ToImmutableArray();
            countries.Add(new OldStyleCountry(r[0].Trim(), r[1].Trim(), r[2].Trim(), LocalDate.FromDateTime(switched), places));
        }

        return new OldStyleCountries(countries.ToImmutable());
    }

    /// <summary>The country a place phrase at token <paramref name="i"/> names (the longest phrase), with its length in tokens; null when none.</summary>
    public OldStyleCountry? MatchAt(IReadOnlyList<Token> tokens, int i, out int length)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        length = 0;
        if (i < 0 || i >= tokens.Count)
        {
            return null;
        }

        var t = tokens[i];
        for (var k = 0; k <= t.CliticCount; k++)
        {
            if (!_byFirstWord.TryGetValue(t.BaseCandidate(k).ToString(), out var list))
            {
                continue;
            }

            foreach (var (phrase, c) in list)
            {
                if (Rest(tokens, i, phrase))
                {
                    length = phrase.Length;
                    return Countries[c];
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The Old-Style context of a document: the Julian-calendar country its tokens name most often (the first named on a
    /// tie), with its first mention; null when the text names none.
    /// </summary>
    public OldStyleContext? ContextOf(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var counts = new int[Countries.Length];
        var first = new TextSpan?[Countries.Length];
        var order = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (MatchAt(tokens, i, out var n) is not { } c)
            {
                continue;
            }

            var ci = Countries.IndexOf(c);
            if (counts[ci]++ == 0)
            {
                first[ci] = new TextSpan(tokens[i].Span.Start, tokens[i + n - 1].Span.End);
                order.Add(ci);
            }

            i += n - 1;
        }

        if (order.Count == 0)
        {
            return null;
        }

        var best = order[0];
        foreach (var ci in order)
        {
            if (counts[ci] > counts[best])
            {
                best = ci;
            }
        }

        return new OldStyleContext(Countries[best], first[best]!.Value, counts[best]);
    }

    private static bool Rest(IReadOnlyList<Token> tokens, int i, ImmutableArray<string> phrase)
    {
        if (i + phrase.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 1; k < phrase.Length; k++)
        {
            var t = tokens[i + k];
            if (t.Sentence != tokens[i].Sentence)
            {
                return false;
            }

            var ok = t.Norm == phrase[k];
            for (var s = 1; !ok && s <= t.CliticCount && phrase[k].StartsWith("ال", StringComparison.Ordinal); s++)
            {
                ok = t.BaseCandidate(s).SequenceEqual(phrase[k]);
            }

            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
