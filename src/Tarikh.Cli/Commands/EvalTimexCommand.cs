using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Core.Time.Evaluation;

namespace Tarikh.Cli.Commands;

/// <summary>
/// <c>tarikh eval timex --gold FILE [--verbose]</c>: scores the temporal stage against a hand-made gold JSONL
/// file (format in docs/time.md): strict and relaxed span P/R/F1, type accuracy, value accuracy, per document
/// and in total. Exit codes: 0 scored, 1 usage, 2 gold or text unreadable/malformed.
/// </summary>
public static class EvalTimexCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var gold = new Option<string>("--gold") { Description = "Gold JSONL file (docs/time.md) / ملف البيانات المرجعية", Required = true };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every miss, spurious expression and wrong value / سرد كل خطأ" };
        var command = new Command("timex", "Score temporal expressions against a gold file / تقييم التعابير الزمنية") { gold, verbose };
        command.SetAction(parse => Execute(parse.GetValue(gold)!, parse.GetValue(verbose), console));
        return command;
    }

    /// <summary>Runs the evaluation.</summary>
    public static int Execute(string goldPath, bool verbose, CliConsole console)
    {
        List<GoldDocument> docs;
        try
        {
            docs = LoadGold(goldPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            console.Error.WriteLine($"tarikh: error [gold] {goldPath}: {e.Message}");
            console.Error.WriteLine($"tarikh: خطأ [gold] تعذّرت قراءة الملف المرجعي {goldPath}: {e.Message}");
            return ExitCodes.InputError;
        }

        var pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());
        var total = TimexScores.Empty;
        var o = console.Out;
        o.WriteLine("document                          gold  sys  strictF1 relaxP relaxR relaxF1  typeAcc valueAcc");
        foreach (var d in docs)
        {
            var doc = pipeline.Run(new SourceText(d.Text, d.Id), d.Id, d.ReferenceDate);
            var errors = verbose ? new List<TimexError>() : null;
            var s = TimexScorer.Score(d.Timexes, TimexScorer.FromDocument(doc, mergeRanges: false), errors, d.Text);
            total += s;
            o.WriteLine(Row(d.Id, s));
            if (errors is not null)
            {
                foreach (var e in errors)
                {
                    o.WriteLine($"    {e.Kind,-9} gold=[{e.Gold}] sys=[{e.System}] {e.Detail}");
                }
            }
        }

        o.WriteLine(Row("TOTAL", total));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"strict P/R/F1 = {total.StrictP:F3}/{total.StrictR:F3}/{total.StrictF1:F3}; relaxed P/R/F1 = {total.RelaxedP:F3}/{total.RelaxedR:F3}/{total.RelaxedF1:F3}; type accuracy = {total.TypeAccuracy:F3}; value accuracy = {total.ValueAccuracy:F3} ({total.ValueCorrect}/{total.ValueScored})"));
        return ExitCodes.Ok;
    }

    internal static string Row(string name, TimexScores s) => string.Create(CultureInfo.InvariantCulture,
        $"{Trunc(name, 32),-32} {s.Gold,5} {s.System,4}  {s.StrictF1,7:F3} {s.RelaxedP,6:F3} {s.RelaxedR,6:F3} {s.RelaxedF1,7:F3}  {s.TypeAccuracy,7:F3} {s.ValueAccuracy,8:F3}");

    private static string Trunc(string s, int n) => s.Length <= n ? s : s[..n];

    /// <summary>Loads a gold JSONL file; <c>text_file</c> paths are relative to the gold file.</summary>
    public static List<GoldDocument> LoadGold(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var list = new List<GoldDocument>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                list.Add(TimexScorer.ParseGoldLine(line, f => File.ReadAllText(Path.Combine(dir, f)).TrimStart('\uFEFF')));
            }
            catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException($"line {lineNo}: {e.Message}", e);
            }
        }

        return list;
    }
}
