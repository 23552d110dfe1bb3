using System.CommandLine;
using Tarikh.Core.Entities.Gazetteers;

namespace Tarikh.Cli.Commands;

/// <summary>
/// <c>tarikh gazetteer --out src/Tarikh.Core/Entities/Data/places-cldr.tsv</c>: regenerates the Arabic
/// country gazetteer from the CLDR data of this machine's ICU (see <see cref="IcuPlaceNames"/>).
/// </summary>
public static class GazetteerCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var output = new Option<string?>("--out") { Description = "File to write (default: standard output) / ملف المخرجات" };
        var command = new Command("gazetteer", "Generate the Arabic country gazetteer from ICU/CLDR / توليد معجم الدول من بيانات CLDR");
        command.Add(output);
        command.SetAction(parse =>
        {
            var text = IcuPlaceNames.CountriesTsv();
            var path = parse.GetValue(output);
            if (path is null)
            {
                console.Out.Write(text);
                return ExitCodes.Ok;
            }

            try
            {
                File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                CliErrors.Output(console, path, e.Message);
                return ExitCodes.OutputError;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
