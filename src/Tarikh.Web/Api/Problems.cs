using Microsoft.AspNetCore.Http;

namespace Tarikh.Web.Api;

/// <summary>RFC 7807 problem documents with a reason code and the message in English and Arabic.</summary>
public static class Problems
{
    /// <summary>The type URI of a problem code.</summary>
    public static string TypeOf(string code) => "urn:tarikh:problem:" + code;

    /// <summary>A problem result.</summary>
    public static IResult Of(int status, string code, string title, string detailEn, string detailAr, IDictionary<string, object?>? extra = null)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["code"] = code,
            ["detail_ar"] = detailAr,
        };
        if (extra is not null)
        {
            foreach (var (k, v) in extra)
            {
                extensions[k] = v;
            }
        }

        return Results.Problem(detail: detailEn, statusCode: status, title: title, type: TypeOf(code), extensions: extensions);
    }

    /// <summary>400: a query or body parameter is invalid.</summary>
    public static IResult BadParameter(string parameter, string code, string en, string ar) =>
        Of(StatusCodes.Status400BadRequest, code, "Bad parameter", en, ar, new Dictionary<string, object?> { ["parameter"] = parameter });

    /// <summary>400: the body is empty.</summary>
    public static IResult EmptyBody() =>
        Of(StatusCodes.Status400BadRequest, "empty-body", "Empty body", "The request body is empty: send the text to analyze.", "جسم الطلب فارغ: أرسل النص المراد تحليله.");

    /// <summary>413: the body is over the limit.</summary>
    public static IResult TooLarge(long limit) =>
        Of(StatusCodes.Status413PayloadTooLarge, "too-large", "Request too large", $"The request body is larger than the limit of {limit} bytes.", $"جسم الطلب أكبر من الحد المسموح ({limit} بايت).", new Dictionary<string, object?> { ["limit"] = limit });

    /// <summary>415: unsupported content type.</summary>
    public static IResult UnsupportedMediaType(string? contentType) =>
        Of(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Unsupported content type",
            $"Content type '{contentType ?? "(none)"}' is not supported: send text/plain, text/html, application/json {{\"text\": …}} or multipart/form-data with a 'file'.",
            $"نوع المحتوى '{contentType ?? "(بلا نوع)"}' غير مدعوم: أرسل text/plain أو text/html أو application/json {{\"text\": …}} أو multipart/form-data فيه 'file'.");

    /// <summary>404: no such document.</summary>
    public static IResult NotFound(long id) =>
        Of(StatusCodes.Status404NotFound, "not-found", "Not found", $"There is no document {id}.", $"لا توجد وثيقة رقمها {id}.");
}
