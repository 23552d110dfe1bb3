using System.Collections.Immutable;

namespace Tarikh.Core.Knowledge;

/// <summary>Rank of a Wikidata statement.</summary>
public enum KbRank
{
    /// <summary>Deprecated: known to be wrong or superseded; never used for verification.</summary>
    Deprecated,
    /// <summary>Normal.</summary>
    Normal,
    /// <summary>Preferred: the current or best value.</summary>
    Preferred,
}

/// <summary>The kind of a <see cref="KbValue"/>.</summary>
public enum KbValueKind
{
    /// <summary>Another entity (<c>wikibase-entityid</c>): <see cref="KbValue.Item"/>.</summary>
    Item,
    /// <summary>A time (<c>time</c>): <see cref="KbValue.Time"/>.</summary>
    Time,
    /// <summary>A string or a monolingual text: <see cref="KbValue.Text"/> (and <see cref="KbValue.Language"/>).</summary>
    Text,
    /// <summary>A quantity: <see cref="KbValue.Amount"/> (as written, e.g. <c>+1</c>) and <see cref="KbValue.Unit"/>.</summary>
    Quantity,
    /// <summary>A globe coordinate: <see cref="KbValue.Latitude"/> and <see cref="KbValue.Longitude"/>.</summary>
    Coordinate,
    /// <summary>Wikidata's <c>somevalue</c> snak: a value exists but is unknown.</summary>
    SomeValue,
    /// <summary>Wikidata's <c>novalue</c> snak: there is no value.</summary>
    NoValue,
}

/// <summary>Wikidata time precisions (the numbers of the JSON <c>precision</c> field).</summary>
public static class KbPrecision
{
    /// <summary>Millennium.</summary>
    public const int Millennium = 6;
    /// <summary>Century.</summary>
    public const int Century = 7;
    /// <summary>Decade.</summary>
    public const int Decade = 8;
    /// <summary>Year.</summary>
    public const int Year = 9;
    /// <summary>Month.</summary>
    public const int Month = 10;
    /// <summary>Day.</summary>
    public const int Day = 11;

    /// <summary>The name of a precision as Wikidata and <see cref="Claims.ClaimValue.Precision"/> spell it.</summary>
    public static string Name(int precision) => precision switch
    {
        >= Day => "day",
        Month => "month",
        Year => "year",
        Decade => "decade",
        Century => "century",
        Millennium => "millennium",
        _ => "coarser",
    };

    /// <summary>The precision number of a name (<c>day</c>, <c>month</c>…); <see cref="Year"/> when unknown.</summary>
    public static int Parse(string? name) => name switch
    {
        "day" => Day,
        "month" => Month,
        "year" => Year,
        "decade" => Decade,
        "century" => Century,
        "millennium" => Millennium,
        _ => Year,
    };
}

/// <summary>Wikidata calendar models.</summary>
public static class KbCalendars
{
    /// <summary>Proleptic Gregorian calendar.</summary>
    public const string Gregorian = "Q1985727";
    /// <summary>Proleptic Julian calendar.</summary>
    public const string Julian = "Q1985786";
    /// <summary>The URI prefix Wikidata writes before entity ids in calendar models and units.</summary>
    public const string EntityUri = "http://www.wikidata.org/entity/";
}

/// <summary>
/// A Wikidata time value as stored: signed year (Wikidata's numbering, where <c>-44</c> is 44 BCE and there
/// is no year 0), month and day (0 when unknown, as in <c>+1870-00-00</c>), precision and calendar model.
/// Conversion to days is done by <see cref="KbTimeConverter"/> through the Time stage's calendars.
/// </summary>
/// <param name="Year">Signed year as written.</param>
/// <param name="Month">1–12, or 0.</param>
/// <param name="Day">1–31, or 0.</param>
/// <param name="Precision">A <see cref="KbPrecision"/> value (0–14).</param>
/// <param name="Calendar">Calendar model item id (<see cref="KbCalendars"/>).</param>
public sealed record KbTime(long Year, int Month, int Day, int Precision, string Calendar)
{
    /// <summary>Wikidata's time string: <c>+1870-04-22T00:00:00Z</c>.</summary>
    public string ToWikidataString()
    {
        var sign = Year < 0 ? "-" : "+";
        var y = Math.Abs(Year).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        return $"{sign}{y}-{Month:D2}-{Day:D2}T00:00:00Z";
    }

    /// <summary>Short display: <c>1870-04-22</c>, <c>1870-04</c>, <c>1870</c>, with <c>(Julian)</c> when the calendar is Julian.</summary>
    public string Display()
    {
        var y = Year < 0 ? $"{-Year} BCE" : Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = Precision switch
        {
            >= KbPrecision.Day when Month > 0 && Day > 0 => $"{y}-{Month:D2}-{Day:D2}",
            >= KbPrecision.Month when Month > 0 => $"{y}-{Month:D2}",
            KbPrecision.Decade => $"{y}s",
            KbPrecision.Century => $"century of {y}",
            _ => y,
        };
        return Calendar == KbCalendars.Julian ? text + " (Julian)" : text;
    }
}

/// <summary>A value of a snak. Exactly the fields of its <see cref="Kind"/> are set.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Item">Item values: the entity id (<c>Q5</c>).</param>
/// <param name="Time">Time values.</param>
/// <param name="Text">Text values: the string; quantity values: the amount as written.</param>
public sealed record KbValue(KbValueKind Kind, string? Item = null, KbTime? Time = null, string? Text = null)
{
    /// <summary>Monolingual text: the language code.</summary>
    public string? Language { get; init; }

    /// <summary>Quantity: the unit item id, or null for "1".</summary>
    public string? Unit { get; init; }

    /// <summary>Coordinate: latitude in degrees.</summary>
    public double? Latitude { get; init; }

    /// <summary>Coordinate: longitude in degrees.</summary>
    public double? Longitude { get; init; }

    /// <summary>Quantity: the amount as written (<c>+1</c>).</summary>
    public string? Amount => Kind == KbValueKind.Quantity ? Text : null;

    /// <summary>An item value.</summary>
    public static KbValue OfItem(string id) => new(KbValueKind.Item, Item: id);

    /// <summary>A time value.</summary>
    public static KbValue OfTime(KbTime time) => new(KbValueKind.Time, Time: time);
}

/// <summary>A property–value pair: a statement's main snak or a qualifier.</summary>
/// <param name="Property">Property id (<c>P569</c>).</param>
/// <param name="Value">The value (<see cref="KbValueKind.SomeValue"/>/<see cref="KbValueKind.NoValue"/> for those snaks).</param>
/// <param name="DataType">Wikidata's datatype name (<c>time</c>, <c>wikibase-item</c>…), or null.</param>
public sealed record KbSnak(string Property, KbValue Value, string? DataType);

/// <summary>One statement of an entity.</summary>
/// <param name="Id">Statement id (<c>Q1394$…</c>).</param>
/// <param name="Rank">Rank.</param>
/// <param name="MainSnak">The claim itself.</param>
/// <param name="Qualifiers">Qualifiers kept (start, end, point in time, location, sourcing circumstances, earliest, latest).</param>
/// <param name="References">Number of references.</param>
public sealed record KbStatement(string Id, KbRank Rank, KbSnak MainSnak, ImmutableArray<KbSnak> Qualifiers, int References)
{
    /// <summary>The property of the main snak.</summary>
    public string Property => MainSnak.Property;

    /// <summary>The first qualifier of a property, or null.</summary>
    public KbValue? Qualifier(string property)
    {
        foreach (var q in Qualifiers)
        {
            if (q.Property == property)
            {
                return q.Value;
            }
        }

        return null;
    }
}

/// <summary>
/// An entity of the knowledge base in Wikidata's data model, reduced to what verification needs: labels,
/// aliases and descriptions by language, the Arabic Wikipedia sitelink and statements.
/// </summary>
/// <param name="Id">Entity id (<c>Q1394</c>).</param>
/// <param name="Labels">Label by language code.</param>
/// <param name="Descriptions">Description by language code.</param>
/// <param name="Aliases">Aliases by language code.</param>
/// <param name="ArWiki">Title of the Arabic Wikipedia article, or null.</param>
/// <param name="Statements">Statements in the order of the source (grouped by property).</param>
public sealed record KbEntity(
    string Id,
    ImmutableSortedDictionary<string, string> Labels,
    ImmutableSortedDictionary<string, string> Descriptions,
    ImmutableSortedDictionary<string, ImmutableArray<string>> Aliases,
    string? ArWiki,
    ImmutableArray<KbStatement> Statements)
{
    /// <summary>Entity type: <c>item</c> or <c>property</c>.</summary>
    public string Type { get; init; } = "item";

    /// <summary>
    /// The statements of a property usable for verification: deprecated ones dropped, preferred first
    /// (then normal, in source order).
    /// </summary>
    public IEnumerable<KbStatement> Best(string property)
    {
        foreach (var s in Statements)
        {
            if (s.Property == property && s.Rank == KbRank.Preferred)
            {
                yield return s;
            }
        }

        foreach (var s in Statements)
        {
            if (s.Property == property && s.Rank == KbRank.Normal)
            {
                yield return s;
            }
        }
    }

    /// <summary>Item ids of the usable statements of a property.</summary>
    public IEnumerable<string> ItemValues(string property)
    {
        foreach (var s in Best(property))
        {
            if (s.MainSnak.Value.Item is { } id)
            {
                yield return id;
            }
        }
    }

    /// <summary>The label in the first language of the list that has one, else any label, else the id.</summary>
    public string LabelIn(params ReadOnlySpan<string> languages)
    {
        foreach (var l in languages)
        {
            if (Labels.TryGetValue(l, out var label))
            {
                return label;
            }
        }

        foreach (var (_, label) in Labels)
        {
            return label;
        }

        return Id;
    }

    /// <summary>Every label and alias, with its language.</summary>
    public IEnumerable<(string Language, string Name)> Names()
    {
        foreach (var (lang, label) in Labels)
        {
            yield return (lang, label);
        }

        foreach (var (lang, list) in Aliases)
        {
            foreach (var a in list)
            {
                yield return (lang, a);
            }
        }
    }
}
