using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Time.Evaluation;

namespace Tarikh.Cli.Commands;

/// <summary>
/// <c>tarikh eval recognizers DIR [--split all|dev|heldout] [--verbose] [--errata FILE]</c>: runs Microsoft Recognizers-Text's
/// Arabic date-time specifications (*.json in DIR) and prints per file extraction P/R/F1 (strict and
/// relaxed) and value accuracy, values compared as intervals. Exit codes: 0 scored, 1 usage, 2 unreadable.
/// </summary>
public static class EvalRecognizersCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var dir = new Argument<string>("DIR") { Description = "Folder with the Recognizers *.json specifications / مجلد ملفات المواصفات" };
        var split = new Option<string>("--split")
        {
            Description = "all, dev (3 of every 4 cases) or heldout (every 4th case, never used for tuning) / التقسيم",
            DefaultValueFactory = _ => "all",
        };
        split.AcceptOnlyFromAmong("all", "dev", "heldout");
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every error / سرد كل خطأ" };
        var errata = new Option<string?>("--errata")
        {
            Description = "TSV of expected values that contradict their own input (file, case, reason); not scored / قائمة القيم المتوقعة الخاطئة في المواصفات",
        };
        var command = new Command("recognizers", "Run the Recognizers-Text Arabic date-time suite / تشغيل مواصفات Recognizers") { dir, split, verbose, errata };
        command.SetAction(parse => Execute(parse.GetValue(dir)!, parse.GetValue(split) ?? "all", parse.GetValue(verbose), console, parse.GetValue(errata)));
        return command;
    }

    /// <summary>Runs the suite.</summary>
    public static int Execute(string dir, string split, bool verbose, CliConsole console, string? errataPath = null)
    {
        if (!Directory.Exists(dir))
        {
            console.Error.WriteLine($"tarikh: error [input] folder not found: {dir}");
            console.Error.WriteLine($"tarikh: خطأ [input] المجلد غير موجود: {dir}");
            return ExitCodes.InputError;
        }

        IReadOnlyDictionary<(string File, int Index), string>? errata = null;
        if (errataPath is not null)
        {
            try
            {
                errata = RecognizersSuite.ParseErrata(File.ReadAllText(errataPath));
            }
            catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"tarikh: error [input] {errataPath}: {e.Message}");
                console.Error.WriteLine($"tarikh: خطأ [input] تعذّرت قراءة {errataPath}: {e.Message}");
                return ExitCodes.InputError;
            }
        }

        var pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());
        var o = console.Out;
        o.WriteLine($"split: {split}");
        if (errata is not null)
        {
            o.WriteLine($"errata: {errata.Count} expected value(s) not scored: {string.Join(", ", errata.Keys.Select(k => $"{k.File}#{k.Index}"))}");
        }

        o.WriteLine("file                              cases  gold  sys  strictF1 relaxP relaxR relaxF1 valueAcc (n)");
        var total = TimexScores.Empty;
        foreach (var file in Directory.GetFiles(dir, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            List<RecognizersCase> cases;
            try
            {
                cases = RecognizersSuite.Parse(File.ReadAllText(file));
            }
            catch (Exception e) when (e is IOException or JsonException or InvalidOperationException or KeyNotFoundException)
            {
                console.Error.WriteLine($"tarikh: error [input] {file}: {e.Message}");
                console.Error.WriteLine($"tarikh: خطأ [input] تعذّرت قراءة {file}: {e.Message}");
                return ExitCodes.InputError;
            }

            var errors = verbose ? new List<TimexError>() : null;
            var r = RecognizersSuite.Run(Path.GetFileName(file), cases, pipeline, split, errors, errata);
            total += r.Scores;
            var s = r.Scores;
            var value = s.ValueScored == 0 ? "     -" : s.ValueAccuracy.ToString("F3", CultureInfo.InvariantCulture);
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileNameWithoutExtension(file),-32} {r.Cases,6} {s.Gold,5} {s.System,4}  {s.StrictF1,7:F3} {s.RelaxedP,6:F3} {s.RelaxedR,6:F3} {s.RelaxedF1,7:F3} {value,8} ({s.ValueScored})"));
            if (errors is not null)
            {
                foreach (var e in errors)
                {
                    o.WriteLine($"    {e.Kind,-9} gold=[{e.Gold}] sys=[{e.System}] {e.Detail}");
                }
            }
        }

        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"TOTAL relaxed P/R/F1 = {total.RelaxedP:F3}/{total.RelaxedR:F3}/{total.RelaxedF1:F3}; strict F1 = {total.StrictF1:F3}; value accuracy = {total.ValueAccuracy:F3} ({total.ValueCorrect}/{total.ValueScored})"));
        return ExitCodes.Ok;
    }
}
