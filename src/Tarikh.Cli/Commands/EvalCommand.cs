using System.CommandLine;

namespace Tarikh.Cli.Commands;

/// <summary>
/// <c>tarikh eval</c>: parent of the accuracy evaluations (<c>eval timex</c>, <c>eval recognizers</c>,
/// <c>eval ner</c>, <c>eval events</c>, <c>eval checks</c>), each in its own file and registered in Program.cs.
/// </summary>
public static class EvalCommand
{
    /// <summary>Creates the parent command (without subcommands).</summary>
    public static Command Create(CliConsole console)
    {
        var command = new Command("eval", "Measure accuracy on gold data (subcommands per area) / قياس الدقة على بيانات مرجعية");
        command.SetAction(_ =>
        {
            var names = command.Subcommands.Select(c => c.Name).ToList();
            CliErrors.Usage(console,
                $"choose an evaluation: {(names.Count == 0 ? "(none registered yet)" : string.Join(", ", names))}.",
                $"اختر تقييماً: {(names.Count == 0 ? "(لا يوجد بعد)" : string.Join("، ", names))}.");
            return ExitCodes.Usage;
        });
        return command;
    }
}
