using System.Collections.Frozen;
using Tarikh.Core.Normalization;

namespace Tarikh.Core.Events;

/// <summary>How a verb of departure ("رحل") reads in its clause.</summary>
public enum DepartureSense
{
    /// <summary>Nothing in the clause says: a bare "رحل" with no date, no destination and no death's word.</summary>
    Unknown,
    /// <summary>A journey: a destination ("إلى بغداد"), a place left or come from ("عن دمشق"، "من غرناطة"), a quest ("في طلب العلم"), the
    /// journey's noun, or what the traveller did where he came ("فسمع بها"، "وأقام بمكة").</summary>
    Journey,
    /// <summary>A death told by its companions: the world left ("عن عالمنا"، "عن عمر ناهز"), an age ("عن ستين عاماً"، "وهو في الخامسة
    /// والعشرين"), an illness ("بعد صراع مع المرض"، "إثر نوبة"), the hereafter ("إلى جوار ربه")، what he left ("تاركاً"، "بعد أن أغنى").</summary>
    Death,
    /// <summary>A death told by its date alone ("رحل الشاعر … سنة 1937."، "الذي رحل في 14 أيار 2019"): with no destination, no place
    /// left and no traveller's deed, a dated departure is the commonest euphemism for a death in Arabic prose.</summary>
    DatedDeath,
}

/// <summary>
/// The words of departure and what tells a journey from a death (<c>Events/Lexicon/departure.tsv</c>, round 21, issue-21a). Arabic
/// obituaries and biographies write a death as a departure ("رحل الممثل … سنة 1992 عن ثمانية وستين عامًا"، "يوم رحيله"), while the
/// same verb with a destination, a place left or a quest ("رحل إلى بغداد"، "رحل عن دمشق"، "رحل في طلب الحديث") is a journey. The
/// reading is by grammar: a complement of place or a traveller's deed makes a journey; a death's companion, or a date with none of
/// these, makes a death. Shared by every reader of deaths (the claims stage reads it; the checks and the KB verifier read the claims).
/// Immutable.
/// </summary>
public sealed class DepartureWords
{
    private readonly FrozenDictionary<string, FrozenSet<string>> _kinds;

    private DepartureWords(FrozenDictionary<string, FrozenSet<string>> kinds) => _kinds = kinds;

    /// <summary>The embedded lexicon.</summary>
    public static DepartureWords Default { get; } = Parse(ReadResource());

    /// <summary>Parses the TSV format of <c>departure.tsv</c> (kind, word, note; <c>#</c> comments); words are normalized.</summary>
    public static DepartureWords Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var kinds = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 2 || f[1].Trim().Length == 0)
            {
                continue;
            }

            var kind = f[0].Trim();
            if (!kinds.TryGetValue(kind, out var set))
            {
                kinds[kind] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(ArabicNormalizer.Default.NormalizeString(f[1].Trim()));
        }

        return new DepartureWords(kinds.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal));
    }

    private bool Is(string kind, string? norm)
        => norm is not null && _kinds.TryGetValue(kind, out var set) && set.Contains(norm);

    /// <summary>True when a normalized word is the finite verb of departure ("رحل"، "ورحلت"), not the nomads' "الرحل".</summary>
    public bool IsVerb(string? norm) => Is("verb", norm);

    /// <summary>
    /// True when a normalized word is the noun of departure with its possessor ("رحيله"، "برحيلها"); <paramref name="linked"/> is true
    /// for the form with ل that ends a construct ("الذكرى العاشرة لرحيله"), whose following date is never the death's.
    /// </summary>
    public bool IsNoun(string? norm, out bool linked)
    {
        linked = norm is not null && norm.StartsWith('ل') && Is("noun", norm);
        return Is("noun", norm);
    }

    /// <summary>True when a normalized word before the noun moves a date next to it off the death ("بعد رحيله بعامين"، "ذكرى رحيله").</summary>
    public bool MovesDateOff(string? norm) => Is("off", norm);

    /// <summary>
    /// Reads the clause after a verb of departure. <paramref name="after"/> holds the normalized words after the verb, up to the end
    /// of the window the caller reads (its clause, or a few words past it in the sentence); <paramref name="placeAt"/> tells whether
    /// the word at an index opens the mention of a place or another non-person (a place left: "عن دمشق"، "من غرناطة"); <paramref
    /// name="dateAt"/> whether a date starts at that index, and <paramref name="clauseEnd"/> is the index where the verb's own clause
    /// ends (a date only there dates the departure). A journey's complement anywhere in the window wins over a death's companion
    /// ("رحل إلى القاهرة بعد صراع مع الفقر"), except the hereafter as the destination ("إلى جوار ربه").
    /// </summary>
    public DepartureSense Read(IReadOnlyList<string> after, Func<int, bool> placeAt, Func<int, bool> dateAt, int clauseEnd)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(placeAt);
        ArgumentNullException.ThrowIfNull(dateAt);
        var death = false;
        var dated = false;
        for (var j = 0; j < after.Count; j++)
        {
            var w = after[j];
            var next = j + 1 < after.Count ? after[j + 1] : null;
            if (Is("to", w))
            {
                if (Is("hereafter", next))
                {
                    return DepartureSense.Death;
                }

                return DepartureSense.Journey;
            }

            if (w == "بعد" && Is("after", next))
            {
                death = true;
                j++;
                continue;
            }

            if (w == "بعد" && next == "ان" && j + 2 < after.Count && Is("legacy", after[j + 2]))
            {
                death = true;
                j += 2;
                continue;
            }

            if (Is("journey", w) || Sojourn(w))
            {
                return DepartureSense.Journey;
            }

            if (w == "عن" && next is not null)
            {
                if (placeAt(j + 1))
                {
                    return DepartureSense.Journey;
                }

                if (Is("world", next) || next.StartsWith("عمر", StringComparison.Ordinal) || AgeAfter(after, j + 1))
                {
                    death = true;
                }
            }
            else if (w is "من" or "مع" && next is not null && placeAt(j + 1))
            {
                // "رحل من طنجة سنة 1325"، "رحل مع أهله من الكرك": a place left or a company, a journey's.
                return DepartureSense.Journey;
            }
            else if (Is("companion", w))
            {
                death = true;
            }
            else if (Is("age", w) && next is not null && (Is("age-next", next) || next == "عن"))
            {
                death = true;
            }

            if (j < clauseEnd && dateAt(j))
            {
                dated = true;
            }
        }

        return death ? DepartureSense.Death : dated ? DepartureSense.DatedDeath : DepartureSense.Unknown;
    }

    /// <summary>A traveller's deed with و or ف before it ("فسمع"، "وأقام"): the departure was a journey to where he did it.</summary>
    private bool Sojourn(string w)
        => w.Length > 3 && w[0] is 'و' or 'ف' && Is("sojourn", w[1..]);

    /// <summary>True when a number and a unit of years follow within three words ("عن ثمانية وستين عامًا"، "عن 101 عام").</summary>
    private static bool AgeAfter(IReadOnlyList<string> after, int from)
    {
        for (var j = from; j < Math.Min(after.Count, from + 4); j++)
        {
            if (after[j] is "عاما" or "عام" or "سنه" or "سنوات" or "سنين" or "سنا" or "اعوام" or "عامين" or "سنتين")
            {
                return j > from;
            }
        }

        return false;
    }

    private static string ReadResource()
    {
        const string full = "Tarikh.Core.Events.Lexicon.departure.tsv";
        using var stream = typeof(DepartureWords).Assembly.GetManifestResourceStream(full) ?? throw new InvalidOperationException($"Embedded resource {full} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
