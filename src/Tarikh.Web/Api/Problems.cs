using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

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

    /// <summary>
    /// Gives a problem document written by the framework (status code pages: 404 of an unknown route, 405, 415;
    /// the exception handler: 400, 413 from Kestrel) the reason code and Arabic detail ours carry.
    /// </summary>
    public static void AddArabic(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        if (problem.Extensions.ContainsKey("code"))
        {
            return;
        }

        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        var (code, en, ar) = status switch
        {
            StatusCodes.Status400BadRequest => ("bad-request", "The request is malformed.", "الطلب غير سليم."),
            StatusCodes.Status404NotFound => ("not-found", "There is nothing at this address.", "لا يوجد شيء في هذا العنوان."),
            StatusCodes.Status405MethodNotAllowed => ("method-not-allowed",
                $"The method {context.HttpContext.Request.Method} is not allowed here (see /openapi/v1.json).",
                $"الطريقة {context.HttpContext.Request.Method} غير مسموحة في هذا العنوان (انظر /openapi/v1.json)."),
            StatusCodes.Status406NotAcceptable => ("not-acceptable", "No representation matches the Accept header.", "لا يوجد تمثيل يطابق ترويسة Accept."),
            StatusCodes.Status408RequestTimeout => ("request-timeout", "The request body arrived too slowly.", "وصل جسم الطلب ببطء شديد."),
            StatusCodes.Status411LengthRequired => ("length-required", "The request needs a Content-Length.", "يحتاج الطلب إلى Content-Length."),
            StatusCodes.Status413PayloadTooLarge => ("too-large", "The request body is larger than the server's limit.", "جسم الطلب أكبر من الحد المسموح في الخادم."),
            StatusCodes.Status415UnsupportedMediaType => ("unsupported-media-type",
                "The content type is not supported: send text/plain, text/html, application/json or multipart/form-data.",
                "نوع المحتوى غير مدعوم: أرسل text/plain أو text/html أو application/json أو multipart/form-data."),
            StatusCodes.Status431RequestHeaderFieldsTooLarge => ("headers-too-large", "The request headers are too large.", "ترويسات الطلب كبيرة جداً."),
            >= 500 => ("internal", "The server failed to handle the request; the details are in its log.", "تعذّر على الخادم معالجة الطلب؛ التفاصيل في سجله."),
            _ => ("http-" + status.ToString(System.Globalization.CultureInfo.InvariantCulture), $"HTTP status {status}.", $"رمز الحالة {status}."),
        };
        problem.Extensions["code"] = code;
        problem.Extensions["detail_ar"] = ar;
        problem.Detail ??= en;
        problem.Type = TypeOf(code);
    }
}
