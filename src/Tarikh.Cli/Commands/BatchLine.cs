using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Tarikh.Core.Input;

namespace Tarikh.Cli.Commands;

/// <summary>One line of a <c>--jsonl</c> batch: <c>{"id": string, "text": string, "reference_date"?: "YYYY-MM-DD"}</c>.</summary>
/// <param name="Id">The id (null when the line has none or is not JSON).</param>
/// <param name="Text">The text, when valid.</param>
/// <param name="ReferenceDate">The line's reference date, or the command's default.</param>
/// <param name="Error">Why the line is unusable, or null.</param>
public sealed record BatchLine(string? Id, string? Text, LocalDate? ReferenceDate, InputError? Error)
{
    /// <summary>Parses one line; never throws on bad input.</summary>
    public static BatchLine Parse(string line, LocalDate? defaultReference)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return new(null, null, null, new InputError(InputError.BadJson,
                $"The line is not valid JSON ({e.Message}).",
                $"السطر ليس JSON صالحاً ({e.Message})."));
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new(null, null, null, new InputError(InputError.BadJson,
                    "The line must be a JSON object {\"id\",\"text\"}.",
                    "يجب أن يكون السطر كائن JSON فيه {\"id\",\"text\"}."));
            }

            string? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                id = idElement.ValueKind switch
                {
                    JsonValueKind.String => idElement.GetString(),
                    JsonValueKind.Number => idElement.GetRawText(),
                    _ => null,
                };
            }

            if (id is null)
            {
                return new(null, null, null, new InputError("missing-id",
                    "The line has no string \"id\".",
                    "لا يحتوي السطر على معرّف \"id\" نصي."));
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return new(id, null, null, new InputError(InputError.MissingText,
                    "The line has no string \"text\".",
                    "لا يحتوي السطر على نص \"text\"."));
            }

            var reference = defaultReference;
            if (root.TryGetProperty("reference_date", out var refElement) && refElement.ValueKind != JsonValueKind.Null)
            {
                var parsed = refElement.ValueKind == JsonValueKind.String ? LocalDatePattern.Iso.Parse(refElement.GetString()!) : null;
                if (parsed is null || !parsed.Success)
                {
                    return new(id, null, null, new InputError(InputError.BadReferenceDate,
                        $"\"reference_date\" must be \"YYYY-MM-DD\", got {refElement.GetRawText()}.",
                        $"يجب أن يكون \"reference_date\" بالصيغة \"YYYY-MM-DD\"، والقيمة المعطاة {refElement.GetRawText()}."));
                }

                reference = parsed.Value;
            }

            return new(id, textElement.GetString(), reference, null);
        }
    }
}
