namespace Tarikh.Core.Text;

/// <summary>
/// A part of the analysis that could not run on this document (a rule that failed on an input it did not
/// expect), kept as a value so the rest of the document's analysis is not lost. It is a fault of Tarikh, not of
/// the text: users see it so they know a check is missing, and it names what to report.
/// </summary>
/// <param name="Stage">The stage (<c>checks</c>, …).</param>
/// <param name="Component">The part of the stage that failed: a rule id, or the stage name.</param>
/// <param name="Error">The failure's type and message, for a bug report (not translated).</param>
public sealed record StageDiagnostic(string Stage, string Component, string Error)
{
    /// <summary>What was skipped, in Arabic.</summary>
    public string MessageAr => $"تعذّر تشغيل «{Component}» في مرحلة {Stage} على هذا المستند (خلل في البرنامج، يرجى الإبلاغ عنه)، وبقية النتائج سليمة: {Error}";

    /// <summary>What was skipped, in English.</summary>
    public string MessageEn => $"'{Component}' of the {Stage} stage could not run on this document (a bug, please report it); the other results stand: {Error}";

    /// <summary>Describes an exception in one line: its type and message.</summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.GetType().Name + ": " + exception.Message.ReplaceLineEndings(" ");
    }
}
