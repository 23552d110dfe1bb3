using Tarikh.Core.Input;

namespace Tarikh.Cli;

/// <summary>Writes user-facing errors to standard error, in Arabic and English, without stack traces.</summary>
public static class CliErrors
{
    /// <summary>Writes an input error about <paramref name="what"/> (a path or a batch id).</summary>
    public static void Input(CliConsole console, string? what, InputError error)
    {
        var where = string.IsNullOrEmpty(what) ? string.Empty : what + ": ";
        console.Error.WriteLine($"tarikh: error [{error.Code}] {where}{error.MessageEn}");
        console.Error.WriteLine($"tarikh: خطأ [{error.Code}] {where}{error.MessageAr}");
    }

    /// <summary>Writes a usage error.</summary>
    public static void Usage(CliConsole console, string messageEn, string messageAr)
    {
        console.Error.WriteLine($"tarikh: error: {messageEn}");
        console.Error.WriteLine($"tarikh: خطأ: {messageAr}");
        console.Error.WriteLine("tarikh: see `tarikh --help` / راجع `tarikh --help`");
    }

    /// <summary>
    /// Reads a <c>--reference-date</c> value (YYYY-MM-DD): true with the date (null when not given), or false after
    /// writing a usage error.
    /// </summary>
    public static bool TryReferenceDate(CliConsole console, string? text, out NodaTime.LocalDate? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            Usage(console, $"--reference-date must be YYYY-MM-DD, got '{text}'.", $"يجب أن يكون --reference-date بالصيغة YYYY-MM-DD، والقيمة المعطاة '{text}'.");
            return false;
        }

        date = parsed.Value;
        return true;
    }

    /// <summary>
    /// Checks the batch options shared by analyze and ingest: <c>--workers</c> 1–256 and <c>--timeout</c> 0–86400 seconds;
    /// false after writing a usage error.
    /// </summary>
    public static bool CheckBatch(CliConsole console, int workers, double seconds)
    {
        if (workers is < 1 or > 256)
        {
            Usage(console, "--workers must be between 1 and 256.", "يجب أن يكون --workers بين 1 و256.");
            return false;
        }

        if (!(seconds >= 0) || seconds > 86_400)
        {
            Usage(console, "--timeout must be between 0 (none) and 86400 seconds.", "يجب أن تكون --timeout بين 0 (بلا مهلة) و86400 ثانية.");
            return false;
        }

        return true;
    }

    /// <summary>Writes an output error.</summary>
    public static void Output(CliConsole console, string path, string reason)
    {
        console.Error.WriteLine($"tarikh: error [output] cannot write {path}: {reason}");
        console.Error.WriteLine($"tarikh: خطأ [output] تعذّرت الكتابة في {path}: {reason}");
    }

    /// <summary>Writes an internal error (a bug): one line each language; the stack trace only with TARIKH_DEBUG=1.</summary>
    public static void Internal(CliConsole console, Exception e)
    {
        console.Error.WriteLine($"tarikh: internal error (a bug, please report it with the input): {e.GetType().Name}: {e.Message}");
        console.Error.WriteLine("tarikh: خطأ داخلي (خلل في البرنامج، يرجى الإبلاغ عنه مع النص المدخل)");
        if (Environment.GetEnvironmentVariable("TARIKH_DEBUG") == "1")
        {
            console.Error.WriteLine(e.ToString());
        }
    }
}
