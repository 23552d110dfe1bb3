namespace Tarikh.Cli;

/// <summary>Exit codes of <c>tarikh</c> (documented in README.md and docs/schema.md).</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Ok = 0;

    /// <summary>Bad command line: unknown option, missing argument, bad value (e.g. a malformed --reference-date).</summary>
    public const int Usage = 1;

    /// <summary>The input could not be read: missing, binary, empty, undecodable or too large. Nothing was analyzed.</summary>
    public const int InputError = 2;

    /// <summary>Batch or folder: some documents failed (each failure is in the output as an error record), the others were written.</summary>
    public const int PartialFailure = 3;

    /// <summary>The output could not be written (--output to a missing folder, a full disk).</summary>
    public const int OutputError = 4;

    /// <summary>A bug in Tarikh (please report it with the input).</summary>
    public const int InternalError = 10;

    /// <summary>Interrupted by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;
}
