using System.Text.Json;
using System.Text.RegularExpressions;

namespace Tarikh.Cli.Tests.Schema;

/// <summary>
/// Validates JSON against the subset of JSON Schema 2020-12 that docs/tarikh-1.schema.json uses:
/// type, required, properties, additionalProperties, items, $ref (local), allOf, oneOf, enum, const,
/// pattern, minimum, maximum. Returns the list of violations (empty when valid).
/// </summary>
public sealed class MiniSchemaValidator(JsonElement root)
{
    public List<string> Validate(JsonElement value, JsonElement? schema = null, string path = "$")
    {
        var errors = new List<string>();
        Check(value, schema ?? root, path, errors);
        return errors;
    }

    public JsonElement Definition(string name) => root.GetProperty("$defs").GetProperty(name);

    private void Check(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!;
            Check(value, Definition(name["#/$defs/".Length..]), path, errors);
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var sub in allOf.EnumerateArray())
            {
                Check(value, sub, path, errors);
            }
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var matches = oneOf.EnumerateArray().Count(sub => Validate(value, sub, path).Count == 0);
            if (matches != 1)
            {
                errors.Add($"{path}: matches {matches} of the oneOf alternatives");
            }
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            errors.Add($"{path}: expected {constant.GetRawText()}, got {value.GetRawText()}");
        }

        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => JsonElement.DeepEquals(v, value)))
        {
            errors.Add($"{path}: {value.GetRawText()} is not one of {values.GetRawText()}");
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(value, type))
        {
            errors.Add($"{path}: expected type {type.GetRawText()}, got {value.ValueKind}");
            return;
        }

        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(value.GetString()!, pattern.GetString()!))
        {
            errors.Add($"{path}: '{value.GetString()}' does not match {pattern.GetString()}");
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            if (schema.TryGetProperty("minimum", out var min) && value.GetDouble() < min.GetDouble())
            {
                errors.Add($"{path}: {value.GetDouble()} < {min.GetDouble()}");
            }

            if (schema.TryGetProperty("maximum", out var max) && value.GetDouble() > max.GetDouble())
            {
                errors.Add($"{path}: {value.GetDouble()} > {max.GetDouble()}");
            }
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                {
                    if (!value.TryGetProperty(name, out _))
                    {
                        errors.Add($"{path}: missing required '{name}'");
                    }
                }
            }

            schema.TryGetProperty("properties", out var properties);
            foreach (var property in value.EnumerateObject())
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var sub))
                {
                    Check(property.Value, sub, $"{path}.{property.Name}", errors);
                }
                else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object)
                {
                    Check(property.Value, additional, $"{path}.{property.Name}", errors);
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, items, $"{path}[{i++}]", errors);
            }
        }
    }

    private static bool TypeMatches(JsonElement value, JsonElement type)
    {
        if (type.ValueKind == JsonValueKind.Array)
        {
            return type.EnumerateArray().Any(t => TypeMatches(value, t));
        }

        return type.GetString() switch
        {
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array,
            "string" => value.ValueKind == JsonValueKind.String,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "number" => value.ValueKind == JsonValueKind.Number,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "null" => value.ValueKind == JsonValueKind.Null,
            _ => false,
        };
    }
}
