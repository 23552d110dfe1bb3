using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Tarikh.Core.Knowledge;

/// <summary>What the entity reader keeps.</summary>
/// <param name="Languages">Languages of labels, descriptions and aliases to keep; null keeps all.</param>
/// <param name="Properties">Properties of statements to keep; null keeps all.</param>
public sealed record KbReadOptions(FrozenSet<string>? Languages = null, FrozenSet<string>? Properties = null)
{
    /// <summary>The qualifiers kept on statements: start, end, point in time, location, sourcing circumstances, earliest and latest date.</summary>
    public static FrozenSet<string> Qualifiers { get; } = FrozenSet.ToFrozenSet(["P580", "P582", "P585", "P276", "P1480", "P1319", "P1326", "P512"]);

    /// <summary>The properties verification and linking read (the default of <c>tarikh kb import</c>).</summary>
    public static FrozenSet<string> VerificationProperties { get; } = FrozenSet.ToFrozenSet([
        "P31", "P279", "P21", "P17", "P131", "P150", "P36", "P569", "P570", "P19", "P20", "P26", "P22", "P25", "P3373", "P40",
        "P39", "P69", "P108", "P463", "P106", "P102", "P27", "P571", "P576", "P585", "P580", "P582", "P276", "P159", "P800", "P710", "P793",
        "P1344", "P50", "P577", "P112", "P361", "P527", "P156", "P155", "P1545", "P742", "P1449", "P166",
    ]);

    /// <summary>Keeps everything.</summary>
    public static KbReadOptions All { get; } = new();

    /// <summary>Keeps Arabic and English names and the verification properties.</summary>
    public static KbReadOptions Default { get; } = new(FrozenSet.ToFrozenSet(["ar", "en"]), VerificationProperties);
}

/// <summary>The result of reading one entity: the entity, or the reason it could not be read.</summary>
/// <param name="Entity">The entity, or null.</param>
/// <param name="Error">Why it failed (English, with the JSON position), or null.</param>
public readonly record struct KbReadResult(KbEntity? Entity, string? Error)
{
    /// <summary>True when an entity was read.</summary>
    public bool IsSuccess => Entity is not null;
}

/// <summary>
/// Reads one entity in Wikidata's JSON (the shape of a dump line, of <c>Special:EntityData</c> and of
/// <c>wbgetentities</c>) with <see cref="Utf8JsonReader"/>, keeping what <see cref="KbReadOptions"/> asks
/// for. Pure and thread-safe; broken input is a result with an error, not an exception.
/// </summary>
public static class WikidataJsonReader
{
    /// <summary>Reads one entity object. Trailing <c>,</c> and whitespace (a dump line) are ignored.</summary>
    public static KbReadResult Read(ReadOnlySpan<byte> json, KbReadOptions? options = null)
    {
        options ??= KbReadOptions.All;
        json = TrimLine(json);
        if (json.IsEmpty)
        {
            return new(null, "empty line");
        }

        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return new(null, "not a JSON object");
            }

            var entity = ReadEntity(ref reader, options, out var error);
            if (entity is null)
            {
                return new(null, error);
            }

            if (reader.Read())
            {
                return new(null, $"unexpected content after the entity at byte {reader.TokenStartIndex}");
            }

            return new(entity, null);
        }
        catch (JsonException e)
        {
            return new(null, e.Message);
        }
    }

    /// <summary>A dump line without surrounding whitespace and its trailing comma.</summary>
    public static ReadOnlySpan<byte> TrimLine(ReadOnlySpan<byte> line)
    {
        line = line.Trim(" \t\r\n"u8);
        if (!line.IsEmpty && line[^1] == (byte)',')
        {
            line = line[..^1].TrimEnd(" \t\r"u8);
        }

        return line;
    }

    /// <summary>Reads an entity; the reader is on its <c>{</c> and ends on its <c>}</c>.</summary>
    internal static KbEntity? ReadEntity(ref Utf8JsonReader r, KbReadOptions options, out string? error)
    {
        error = null;
        string? id = null;
        var type = "item";
        var labels = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var descriptions = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var aliases = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        string? arwiki = null;
        var statements = ImmutableArray.CreateBuilder<KbStatement>();
        while (Next(ref r) == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("id"u8))
            {
                Next(ref r);
                id = r.GetString();
            }
            else if (r.ValueTextEquals("type"u8))
            {
                Next(ref r);
                type = r.GetString() ?? "item";
            }
            else if (r.ValueTextEquals("labels"u8))
            {
                ReadTerms(ref r, options, labels);
            }
            else if (r.ValueTextEquals("descriptions"u8))
            {
                ReadTerms(ref r, options, descriptions);
            }
            else if (r.ValueTextEquals("aliases"u8))
            {
                ReadAliases(ref r, options, aliases);
            }
            else if (r.ValueTextEquals("sitelinks"u8))
            {
                arwiki = ReadArWiki(ref r);
            }
            else if (r.ValueTextEquals("claims"u8) || r.ValueTextEquals("statements"u8))
            {
                ReadClaims(ref r, options, statements);
            }
            else
            {
                Next(ref r);
                r.Skip();
            }
        }

        if (id is null)
        {
            error = "the entity has no \"id\"";
            return null;
        }

        if (id.Length < 2 || (id[0] != 'Q' && id[0] != 'P' && id[0] != 'L'))
        {
            error = $"\"{id}\" is not an entity id";
            return null;
        }

        return new KbEntity(id, labels.ToImmutable(), descriptions.ToImmutable(), aliases.ToImmutable(), arwiki, statements.ToImmutable()) { Type = type };
    }

    private static JsonTokenType Next(ref Utf8JsonReader r)
    {
        if (!r.Read())
        {
            throw new JsonException("unexpected end of the entity");
        }

        return r.TokenType;
    }

    private static bool Keep(FrozenSet<string>? set, string? key) => key is not null && (set is null || set.Contains(key));

    private static void Expect(ref Utf8JsonReader r, JsonTokenType type)
    {
        if (Next(ref r) != type)
        {
            throw new JsonException($"expected {type} at byte {r.TokenStartIndex}, found {r.TokenType}");
        }
    }

    // "labels": {"ar": {"language": "ar", "value": "…"}, …}  (an empty object may be written as [])
    private static void ReadTerms(ref Utf8JsonReader r, KbReadOptions options, ImmutableSortedDictionary<string, string>.Builder into)
    {
        if (Next(ref r) == JsonTokenType.StartArray)
        {
            r.Skip();
            return;
        }

        while (Next(ref r) == JsonTokenType.PropertyName)
        {
            var lang = r.GetString();
            Expect(ref r, JsonTokenType.StartObject);
            if (!Keep(options.Languages, lang))
            {
                r.Skip();
                continue;
            }

            var value = ReadTermValue(ref r);
            if (value is not null)
            {
                into[lang!] = value;
            }
        }
    }

    private static string? ReadTermValue(ref Utf8JsonReader r)
    {
        string? value = null;
        while (Next(ref r) == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("value"u8))
            {
                Next(ref r);
                value = r.GetString();
            }
            else
            {
                Next(ref r);
                r.Skip();
            }
        }

        return value;
    }

    private static void ReadAliases(ref Utf8JsonReader r, KbReadOptions options, ImmutableSortedDictionary<string, ImmutableArray<string>>.Builder into)
    {
        if (Next(ref r) == JsonTokenType.StartArray)
        {
            r.Skip();
            return;
        }

        while (Next(ref r) == JsonTokenType.PropertyName)
        {
            var lang = r.GetString();
            Expect(ref r, JsonTokenType.StartArray);
            if (!Keep(options.Languages, lang))
            {
                r.Skip();
                continue;
            }

            var list = ImmutableArray.CreateBuilder<string>();
            while (Next(ref r) == JsonTokenType.StartObject)
            {
                if (ReadTermValue(ref r) is { } v)
                {
                    list.Add(v);
                }
            }

            into[lang!] = list.ToImmutable();
        }
    }

    private static string? ReadArWiki(ref Utf8JsonReader r)
    {
        string? title = null;
        if (Next(ref r) == JsonTokenType.StartArray)
        {
            r.Skip();
            return null;
        }

        while (Next(ref r) == JsonTokenType.PropertyName)
        {
            var isAr = r.ValueTextEquals("arwiki"u8);
            Next(ref r);
            if (!isAr)
            {
                r.Skip();
                continue;
            }

            while (Next(ref r) == JsonTokenType.PropertyName)
            {
                if (r.ValueTextEquals("title"u8))
                {
                    Next(ref r);
                    title = r.GetString();
                }
                else
                {
                    Next(ref r);
                    r.Skip();
                }
            }
        }

        return title;
    }

    // "claims": {"P569": [statement, …], …}
    private static void ReadClaims(ref Utf8JsonReader r, KbReadOptions options, ImmutableArray<KbStatement>.Builder into)
    {
        if (Next(ref r) == JsonTokenType.StartArray)
        {
            r.Skip();
            return;
        }

        while (Next(ref r) == JsonTokenType.PropertyName)
        {
            var property = r.GetString();
            Expect(ref r, JsonTokenType.StartArray);
            if (!Keep(options.Properties, property))
            {
                r.Skip();
                continue;
            }

            while (Next(ref r) == JsonTokenType.StartObject)
            {
                if (ReadStatement(ref r) is { } s)
                {
                    into.Add(s);
                }
            }
        }
    }

    private static KbStatement? ReadStatement(ref Utf8JsonReader r)
    {
        KbSnak? main = null;
        string id = "";
        var rank = KbRank.Normal;
        var qualifiers = ImmutableArray.CreateBuilder<KbSnak>();
        var references = 0;
        while (Next(ref r) == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("mainsnak"u8))
            {
                Expect(ref r, JsonTokenType.StartObject);
                main = ReadSnak(ref r);
            }
            else if (r.ValueTextEquals("id"u8))
            {
                Next(ref r);
                id = r.GetString() ?? "";
            }
            else if (r.ValueTextEquals("rank"u8))
            {
                Next(ref r);
                rank = r.ValueTextEquals("preferred"u8) ? KbRank.Preferred : r.ValueTextEquals("deprecated"u8) ? KbRank.Deprecated : KbRank.Normal;
            }
            else if (r.ValueTextEquals("qualifiers"u8))
            {
                if (Next(ref r) == JsonTokenType.StartArray)
                {
                    r.Skip();
                    continue;
                }

                while (Next(ref r) == JsonTokenType.PropertyName)
                {
                    var keep = KbReadOptions.Qualifiers.Contains(r.GetString()!);
                    Expect(ref r, JsonTokenType.StartArray);
                    if (!keep)
                    {
                        r.Skip();
                        continue;
                    }

                    while (Next(ref r) == JsonTokenType.StartObject)
                    {
                        if (ReadSnak(ref r) is { } q)
                        {
                            qualifiers.Add(q);
                        }
                    }
                }
            }
            else if (r.ValueTextEquals("references"u8))
            {
                Expect(ref r, JsonTokenType.StartArray);
                while (Next(ref r) == JsonTokenType.StartObject)
                {
                    references++;
                    r.Skip();
                }
            }
            else
            {
                Next(ref r);
                r.Skip();
            }
        }

        return main is null ? null : new KbStatement(id, rank, main, qualifiers.ToImmutable(), references);
    }

    // {"snaktype": "value", "property": "P569", "datavalue": {"value": …, "type": "time"}, "datatype": "time"}
    private static KbSnak? ReadSnak(ref Utf8JsonReader r)
    {
        string? property = null;
        string? dataType = null;
        var snakType = "value";
        KbValue? value = null;
        while (Next(ref r) == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("property"u8))
            {
                Next(ref r);
                property = r.GetString();
            }
            else if (r.ValueTextEquals("snaktype"u8))
            {
                Next(ref r);
                snakType = r.GetString() ?? "value";
            }
            else if (r.ValueTextEquals("datatype"u8))
            {
                Next(ref r);
                dataType = r.GetString();
            }
            else if (r.ValueTextEquals("datavalue"u8))
            {
                Expect(ref r, JsonTokenType.StartObject);
                value = ReadDataValue(ref r);
            }
            else
            {
                Next(ref r);
                r.Skip();
            }
        }

        if (property is null)
        {
            return null;
        }

        value = snakType switch
        {
            "somevalue" => new KbValue(KbValueKind.SomeValue),
            "novalue" => new KbValue(KbValueKind.NoValue),
            _ => value,
        };
        return value is null ? null : new KbSnak(property, value, dataType);
    }

    // {"value": …, "type": "wikibase-entityid|time|string|monolingualtext|quantity|globecoordinate"}; "type" may come after "value".
    private static KbValue? ReadDataValue(ref Utf8JsonReader r)
    {
        KbValue? value = null;
        while (Next(ref r) == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("value"u8))
            {
                var t = Next(ref r);
                value = t switch
                {
                    JsonTokenType.String => new KbValue(KbValueKind.Text, Text: r.GetString()),
                    JsonTokenType.StartObject => ReadValueObject(ref r),
                    _ => SkipValue(ref r),
                };
            }
            else
            {
                Next(ref r);
                r.Skip();
            }
        }

        return value;
    }

    private static KbValue? SkipValue(ref Utf8JsonReader r)
    {
        r.Skip();
        return null;
    }

    // The value object of every non-string datatype: its fields say which it is.
    private static KbValue? ReadValueObject(ref Utf8JsonReader r)
    {
        string? id = null, time = null, calendar = null, text = null, language = null, amount = null, unit = null;
        long? numericId = null;
        string? entityType = null;
        var precision = -1;
        double? lat = null, lon = null;
        while (Next(ref r) == JsonTokenType.PropertyName)
        {
            var name = r.ValueSpan;
            if (r.ValueTextEquals("id"u8))
            {
                Next(ref r);
                id = r.GetString();
            }
            else if (r.ValueTextEquals("numeric-id"u8))
            {
                Next(ref r);
                numericId = r.TokenType == JsonTokenType.Number ? r.GetInt64() : null;
            }
            else if (r.ValueTextEquals("entity-type"u8))
            {
                Next(ref r);
                entityType = r.GetString();
            }
            else if (r.ValueTextEquals("time"u8))
            {
                Next(ref r);
                time = r.GetString();
            }
            else if (r.ValueTextEquals("precision"u8))
            {
                Next(ref r);
                if (r.TokenType == JsonTokenType.Number)
                {
                    if (r.TryGetInt32(out var p))
                    {
                        precision = p;
                    }
                    else
                    {
                        _ = r.GetDouble(); // coordinate precision (degrees)
                    }
                }
            }
            else if (r.ValueTextEquals("calendarmodel"u8))
            {
                Next(ref r);
                calendar = r.GetString();
            }
            else if (r.ValueTextEquals("text"u8))
            {
                Next(ref r);
                text = r.GetString();
            }
            else if (r.ValueTextEquals("language"u8))
            {
                Next(ref r);
                language = r.GetString();
            }
            else if (r.ValueTextEquals("amount"u8))
            {
                Next(ref r);
                amount = r.TokenType == JsonTokenType.String ? r.GetString() : null;
            }
            else if (r.ValueTextEquals("unit"u8))
            {
                Next(ref r);
                unit = r.GetString();
            }
            else if (r.ValueTextEquals("latitude"u8))
            {
                Next(ref r);
                lat = r.TokenType == JsonTokenType.Number ? r.GetDouble() : null;
            }
            else if (r.ValueTextEquals("longitude"u8))
            {
                Next(ref r);
                lon = r.TokenType == JsonTokenType.Number ? r.GetDouble() : null;
            }
            else
            {
                _ = name;
                Next(ref r);
                r.Skip();
            }
        }

        if (time is not null)
        {
            if (!TryParseTime(time, out var y, out var m, out var d))
            {
                throw new JsonException($"malformed time value \"{time}\"");
            }

            return KbValue.OfTime(new KbTime(y, m, d, precision < 0 ? KbPrecision.Day : precision, StripUri(calendar) ?? KbCalendars.Gregorian));
        }

        if (id is not null || numericId is not null)
        {
            id ??= (entityType == "property" ? "P" : "Q") + numericId!.Value.ToString(CultureInfo.InvariantCulture);
            return KbValue.OfItem(id);
        }

        if (amount is not null)
        {
            var u = StripUri(unit);
            return new KbValue(KbValueKind.Quantity, Text: amount) { Unit = u == "1" ? null : u };
        }

        if (text is not null)
        {
            return new KbValue(KbValueKind.Text, Text: text) { Language = language };
        }

        if (lat is not null && lon is not null)
        {
            return new KbValue(KbValueKind.Coordinate) { Latitude = lat, Longitude = lon };
        }

        return null;
    }

    private static string? StripUri(string? uri)
        => uri is not null && uri.StartsWith(KbCalendars.EntityUri, StringComparison.Ordinal) ? uri[KbCalendars.EntityUri.Length..] : uri;

    /// <summary>
    /// Parses Wikidata's time string <c>[+-]YYYY…-MM-DDThh:mm:ssZ</c>: the year may have more than four
    /// digits and be negative; month and day may be <c>00</c>.
    /// </summary>
    public static bool TryParseTime(string time, out long year, out int month, out int day)
    {
        year = 0;
        month = 0;
        day = 0;
        var s = time.AsSpan();
        var negative = false;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        var dash = s.IndexOf('-');
        if (dash <= 0 || !long.TryParse(s[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out year))
        {
            return false;
        }

        s = s[(dash + 1)..];
        if (s.Length < 5 || s[2] != '-'
            || !int.TryParse(s[..2], NumberStyles.None, CultureInfo.InvariantCulture, out month)
            || !int.TryParse(s.Slice(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out day)
            || month > 12 || day > 31)
        {
            return false;
        }

        if (negative)
        {
            year = -year;
        }

        return true;
    }
}
