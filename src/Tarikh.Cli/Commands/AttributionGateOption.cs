using System.CommandLine;
using Tarikh.Core.Claims;
using Tarikh.Core.Knowledge;

namespace Tarikh.Cli.Commands;

/// <summary>
/// <c>--attribution-gate direct|inherited|relative|ambiguous</c>: the least direct attribution a knowledge-base contradiction may
/// rest on and still be flagged as one (<see cref="VerifierOptions.AttributionGate"/>); contradictions past it become
/// <c>kb-indirect-attribution</c> notes. Shared by <c>analyze</c> and <c>eval kb</c>.
/// </summary>
public static class AttributionGateOption
{
    /// <summary>The accepted values, narrowest first.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<AttributionGrade>().Order().Select(g => g.ToString().ToLowerInvariant())];

    /// <summary>Creates the option.</summary>
    public static Option<string?> Create() => new("--attribution-gate")
    {
        Description = "With --kb: flag a KB contradiction only when the claim's subject is attributed at least this directly: direct, "
            + "inherited (default), relative or ambiguous (flag all) / أدنى درجة لإسناد الادعاء إلى صاحبه كي يُعلَّم التعارض مع قاعدة المعرفة",
    };

    /// <summary>
    /// Reads the value: true with the verifier options (null when the option is absent, i.e. the defaults), or false after writing
    /// a usage error in both languages.
    /// </summary>
    public static bool TryRead(CliConsole console, string? text, out VerifierOptions? options)
    {
        options = null;
        if (text is null)
        {
            return true;
        }

        if (!Names.Contains(text.Trim().ToLowerInvariant()) || !Enum.TryParse<AttributionGrade>(text.Trim(), ignoreCase: true, out var grade))
        {
            CliErrors.Usage(console, $"--attribution-gate must be one of {string.Join(", ", Names)}; got '{text}'.",
                $"يجب أن تكون قيمة --attribution-gate إحدى القيم {string.Join("، ", Names)}، والقيمة المعطاة '{text}'.");
            return false;
        }

        options = VerifierOptions.Default with { AttributionGate = grade };
        return true;
    }
}
