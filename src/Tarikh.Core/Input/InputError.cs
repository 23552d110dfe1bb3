namespace Tarikh.Core.Input;

/// <summary>
/// Why an input could not be read as text. An expected failure, returned as a value (never thrown).
/// Messages are shown to users, in Arabic and English.
/// </summary>
/// <param name="Code">Stable reason code: <c>empty</c>, <c>binary</c>, <c>undecodable</c>, <c>too-large</c>, <c>too-deep</c>,
/// or (from callers) <c>not-found</c>, <c>unreadable</c>, <c>bad-json</c>, <c>missing-text</c>, <c>bad-reference-date</c>.</param>
/// <param name="MessageEn">Message in English.</param>
/// <param name="MessageAr">Message in Arabic.</param>
public sealed record InputError(string Code, string MessageEn, string MessageAr)
{
    /// <summary>Reason code of an input with no text (zero bytes or only white space).</summary>
    public const string Empty = "empty";

    /// <summary>Reason code of a binary input (NUL bytes, many control characters).</summary>
    public const string Binary = "binary";

    /// <summary>Reason code of bytes that are no supported encoding (broken UTF-8, unknown code page).</summary>
    public const string Undecodable = "undecodable";

    /// <summary>Reason code of an input above the size limit.</summary>
    public const string TooLarge = "too-large";

    /// <summary>Reason code of an HTML document whose elements nest too deeply to parse in reasonable time.</summary>
    public const string TooDeep = "too-deep";

    /// <summary>Reason code of a path that is not a regular file or folder (a device, a FIFO, a socket).</summary>
    public const string NotAFile = "not-a-file";

    /// <summary>Reason code of a missing file or folder.</summary>
    public const string NotFound = "not-found";

    /// <summary>Reason code of a file that exists but cannot be read (permissions, I/O error).</summary>
    public const string Unreadable = "unreadable";

    /// <summary>Reason code of a batch line that is not a JSON object.</summary>
    public const string BadJson = "bad-json";

    /// <summary>Reason code of a batch line without a string <c>text</c>.</summary>
    public const string MissingText = "missing-text";

    /// <summary>Reason code of a reference date that is not <c>YYYY-MM-DD</c>.</summary>
    public const string BadReferenceDate = "bad-reference-date";

    /// <summary>The input is empty.</summary>
    public static InputError EmptyInput() => new(Empty,
        "The input is empty: there is no text to analyze.",
        "المدخل فارغ: لا يوجد نص لتحليله.");

    /// <summary>The input looks binary.</summary>
    public static InputError BinaryInput(string why) => new(Binary,
        $"The input looks like a binary file, not text ({why}).",
        $"يبدو أن المدخل ملف ثنائي وليس نصاً ({why}).");

    /// <summary>The bytes are no supported encoding.</summary>
    public static InputError UndecodableInput(long byteOffset) => new(Undecodable,
        $"The bytes are not valid text in a supported encoding (UTF-8, UTF-16 with BOM, Windows-1256); first bad byte at offset {byteOffset}.",
        $"تعذّر فك ترميز البايتات بترميز مدعوم (UTF-8، أو UTF-16 مع علامة BOM، أو Windows-1256)؛ أول بايت غير صالح عند الموضع {byteOffset}.");

    /// <summary>The input is larger than the limit.</summary>
    public static InputError TooLargeInput(long size, long limit) => new(TooLarge,
        $"The input is {FormatSize(size)}, above the limit of {FormatSize(limit)} (raise it with --max-size, or split the text).",
        $"حجم المدخل {FormatSize(size)}، وهو أكبر من الحد المسموح {FormatSize(limit)} (ارفع الحد بالخيار --max-size أو قسّم النص).");

    /// <summary>The HTML nests deeper than the limit.</summary>
    public static InputError TooDeepHtml(int limit) => new(TooDeep,
        $"The HTML nests elements more than {limit} levels deep; no real page does, and parsing it would take far too long. Save the page's text, or remove the nesting.",
        $"تتداخل عناصر HTML في هذا المستند أعمق من {limit} مستوى؛ لا توجد صفحة حقيقية بهذا العمق، وتحليلها يستغرق وقتاً طويلاً جداً. احفظ نص الصفحة، أو أزل هذا التداخل.");

    /// <summary>The path is a device, FIFO or socket, not a file.</summary>
    public static InputError NotAFileInput(string path) => new(NotAFile,
        $"{path} is not a regular file (a device, pipe or socket); only files, folders and standard input (-) are read.",
        $"{path} ليس ملفاً عادياً (جهاز أو أنبوب أو مقبس)؛ تُقرأ الملفات والمجلدات والمدخل القياسي (-) فقط.");

    /// <summary>The path does not exist.</summary>
    public static InputError NotFoundInput(string path) => new(NotFound,
        $"No such file or folder: {path}",
        $"لا يوجد ملف أو مجلد بهذا الاسم: {path}");

    /// <summary>The file cannot be read.</summary>
    public static InputError UnreadableInput(string path, string reason) => new(Unreadable,
        $"Cannot read {path}: {reason}",
        $"تعذّرت قراءة {path}: {reason}");

    /// <summary>Formats a byte count for people (<c>100 MB</c>).</summary>
    public static string FormatSize(long bytes) => bytes switch
    {
        >= 1 << 20 => $"{bytes / (double)(1 << 20):0.#} MB",
        >= 1 << 10 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes} B",
    };
}
