using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using NodaTime;
using NodaTime.Text;
using Tarikh.Core.Input;
using Tarikh.Core.Text;

namespace Tarikh.Web.Api;

/// <summary>A text read from a request: the source text and its reference date, or a problem to return.</summary>
public sealed record TextInput(SourceText? Source, LocalDate? ReferenceDate, IResult? Problem);

/// <summary>
/// Reads the text of an analyze or store request. Accepted bodies: <c>text/plain</c>, <c>text/html</c>,
/// <c>application/json</c> <c>{"text": "…", "format"?: "text|html|auto", "reference_date"?: "YYYY-MM-DD", "path"?: "…"}</c>,
/// and <c>multipart/form-data</c> with a <c>file</c> part (UTF-8, UTF-16 or Windows-1256; HTML is reduced to its text).
/// The body is read with a byte limit whatever the Content-Length says.
/// </summary>
public static class TextInputReader
{
    /// <summary>Reads the request's text.</summary>
    public static async Task<TextInput> ReadAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (request.ContentLength is { } declared && declared > maxBytes)
        {
            return Fail(Problems.TooLarge(maxBytes));
        }

        var contentType = request.ContentType;
        var mediaType = contentType?.Split(';', 2)[0].Trim().ToLowerInvariant();
        var decoder = new InputDecoder(new InputOptions(maxBytes));
        var referenceParam = request.Query["reference_date"].ToString();
        LocalDate? reference = null;
        if (referenceParam.Length > 0)
        {
            var p = LocalDatePattern.Iso.Parse(referenceParam);
            if (!p.Success)
            {
                return Fail(Problems.BadParameter("reference_date", "bad-reference-date", $"reference_date must be YYYY-MM-DD, got '{referenceParam}'.", $"يجب أن يكون reference_date بالصيغة YYYY-MM-DD، والقيمة المعطاة '{referenceParam}'."));
            }

            reference = p.Value;
        }

        switch (mediaType)
        {
            case "text/plain" or "text/html" or "application/xhtml+xml":
            {
                var bytes = await ReadBodyAsync(request.Body, maxBytes, ct).ConfigureAwait(false);
                if (bytes is null)
                {
                    return Fail(Problems.TooLarge(maxBytes));
                }

                if (bytes.Length == 0)
                {
                    return Fail(Problems.EmptyBody());
                }

                var format = mediaType == "text/plain" ? InputFormat.Text : InputFormat.Html;
                return FromDecoded(decoder.Decode(bytes, request.Query["path"].FirstOrDefault(), format, ct), reference);
            }

            case "application/json":
            {
                var bytes = await ReadBodyAsync(request.Body, maxBytes, ct).ConfigureAwait(false);
                if (bytes is null)
                {
                    return Fail(Problems.TooLarge(maxBytes));
                }

                if (bytes.Length == 0)
                {
                    return Fail(Problems.EmptyBody());
                }

                return FromJson(bytes, decoder, reference, ct);
            }

            case "multipart/form-data":
            {
                IFormCollection form;
                try
                {
                    form = await request.ReadFormAsync(ct).ConfigureAwait(false);
                }
                catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
                {
                    return Fail(Problems.Of(StatusCodes.Status400BadRequest, "bad-form", "Bad form", "The multipart body could not be read: " + e.Message, "تعذّرت قراءة النموذج المرسل."));
                }

                var file = form.Files.GetFile("file");
                if (file is null || file.Length == 0)
                {
                    return Fail(Problems.EmptyBody());
                }

                if (file.Length > maxBytes)
                {
                    return Fail(Problems.TooLarge(maxBytes));
                }

                await using var stream = file.OpenReadStream();
                var bytes = await ReadBodyAsync(stream, maxBytes, ct).ConfigureAwait(false);
                return bytes is null ? Fail(Problems.TooLarge(maxBytes)) : FromDecoded(decoder.Decode(bytes, file.FileName, InputOptions.FormatOfPath(file.FileName), ct), reference);
            }

            default:
                return Fail(Problems.UnsupportedMediaType(contentType));
        }
    }

    private static TextInput FromJson(byte[] bytes, InputDecoder decoder, LocalDate? reference, CancellationToken ct)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            return Fail(Problems.Of(StatusCodes.Status400BadRequest, "bad-json", "Bad JSON", $"The body is not valid JSON ({e.Message}).", "جسم الطلب ليس JSON صالحاً."));
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String)
            {
                return Fail(Problems.BadParameter("text", "missing-text", "The JSON body must be an object with a string \"text\".", "يجب أن يكون جسم JSON كائناً فيه نص \"text\"."));
            }

            var format = InputFormat.Auto;
            if (root.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String)
            {
                switch (f.GetString())
                {
                    case "text": format = InputFormat.Text; break;
                    case "html": format = InputFormat.Html; break;
                    case "auto": format = InputFormat.Auto; break;
                    default:
                        return Fail(Problems.BadParameter("format", "bad-format", "\"format\" must be text, html or auto.", "يجب أن تكون قيمة \"format\" هي text أو html أو auto."));
                }
            }

            if (root.TryGetProperty("reference_date", out var r) && r.ValueKind == JsonValueKind.String)
            {
                var p = LocalDatePattern.Iso.Parse(r.GetString()!);
                if (!p.Success)
                {
                    return Fail(Problems.BadParameter("reference_date", "bad-reference-date", "\"reference_date\" must be YYYY-MM-DD.", "يجب أن يكون \"reference_date\" بالصيغة YYYY-MM-DD."));
                }

                reference = p.Value;
            }

            string? path = root.TryGetProperty("path", out var pa) && pa.ValueKind == JsonValueKind.String ? pa.GetString() : null;
            return FromDecoded(decoder.FromString(t.GetString()!, path, format, ct), reference);
        }
    }

    private static TextInput FromDecoded(DecodedInput decoded, LocalDate? reference)
    {
        if (decoded.IsSuccess)
        {
            return new TextInput(decoded.Text, reference, null);
        }

        var e = decoded.Error!;
        var status = e.Code == InputError.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
        return Fail(Problems.Of(status, e.Code, "Unusable input", e.MessageEn, e.MessageAr));
    }

    /// <summary>Reads a stream up to a limit; null when it is longer.</summary>
    public static async Task<byte[]?> ReadBodyAsync(Stream body, long maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int n;
            while ((n = await body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + n > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, n);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }

    private static TextInput Fail(IResult problem) => new(null, null, problem);

    /// <summary>UTF-8 without BOM.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(false);
}
