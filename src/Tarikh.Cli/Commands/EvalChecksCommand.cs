using System.CommandLine;
using System.Globalization;
using Tarikh.Core.Checks;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;

namespace Tarikh.Cli.Commands;

/// <summary>
/// <c>tarikh eval checks --gold FILE [--kb-dump FILE] [--verbose]</c>: runs the full pipeline on every gold case of the
/// consistency-check test set (JSON Lines, see data/gold/checks/README.md) and prints precision and
/// recall per rule. With <c>--kb-dump</c> the anachronism and name-anomaly rules also read that knowledge base (a Wikidata-format
/// dump: founding, dissolution and life years of the items the cases link). Exit codes: 0 done, 1 usage (no --gold), 2 the gold file is missing or unreadable.
/// </summary>
public static class EvalChecksCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var gold = new Option<string?>("--gold") { Description = "Gold cases, JSON Lines (data/gold/checks/cases.jsonl) / ملف الحالات المرجعية" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every missed or unexpected flag / عرض كل خطأ" };
        var minSeverity = new Option<string>("--min-severity") { Description = "Count only flags of this severity or above: info, warning, error / أدنى درجة تُحتسب", DefaultValueFactory = _ => "info" };
        minSeverity.AcceptOnlyFromAmong("info", "warning", "error");
        var kbDump = new Option<string?>("--kb-dump") { Description = "A knowledge base (Wikidata-format dump) the anachronism and name-anomaly rules also read / قاعدة معرفة تقرؤها قاعدتا المفارقة الزمنية وشذوذ الاسم" };
        var command = new Command("checks", "Precision and recall of the consistency checks per rule / دقة قواعد الاتساق واستدعاؤها")
        {
            gold,
            verbose,
            minSeverity,
            kbDump,
        };
        command.SetAction(parse => Run(console, parse.GetValue(gold), parse.GetValue(verbose), parse.GetValue(minSeverity) switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            _ => Severity.Info,
        }, parse.GetValue(kbDump)));
        return command;
    }

    /// <summary>Runs the evaluation and prints the table.</summary>
    /// <param name="console">Where to write.</param>
    /// <param name="goldPath">The gold cases.</param>
    /// <param name="verbose">List every miss and unexpected flag.</param>
    /// <param name="minSeverity">Flags below this severity are not counted (a consistent text may carry an info note).</param>
    /// <param name="kbDumpPath">A knowledge base (Wikidata-format dump) the checks also read, or null.</param>
    public static int Run(CliConsole console, string? goldPath, bool verbose, Severity minSeverity = Severity.Info, string? kbDumpPath = null)
    {
        if (string.IsNullOrEmpty(goldPath))
        {
            CliErrors.Usage(console, "--gold FILE is required.", "الخيار ‎--gold FILE‎ مطلوب.");
            return ExitCodes.Usage;
        }

        string content;
        try
        {
            content = File.ReadAllText(goldPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine($"tarikh: error [gold] cannot read {goldPath}: {e.Message}");
            console.Error.WriteLine($"tarikh: خطأ [gold] تعذّرت قراءة {goldPath}");
            return ExitCodes.InputError;
        }

        var (cases, errors) = ChecksEvaluation.Parse(content);
        foreach (var error in errors)
        {
            console.Error.WriteLine($"tarikh: warning [gold] {goldPath} {error} (skipped) / سطر غير صالح، تم تجاوزه");
        }

        var pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());
        if (kbDumpPath is not null)
        {
            try
            {
                pipeline = ChecksStage.WithKnowledge(pipeline, Tarikh.Core.Knowledge.InMemoryKnowledgeBase.FromDump(File.ReadAllBytes(kbDumpPath)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException)
            {
                console.Error.WriteLine($"tarikh: error [kb] cannot read {kbDumpPath}: {e.Message}");
                console.Error.WriteLine($"tarikh: خطأ [kb] تعذّرت قراءة {kbDumpPath}");
                return ExitCodes.InputError;
            }
        }

        // One case that crashes the pipeline (a bug) must not lose the whole run: it is scored as raising no flag and
        // reported below, so the bug is seen and the other cases still count.
        var crashed = new List<string>();
        var result = ChecksEvaluation.Evaluate(cases, text =>
        {
            try
            {
                var doc = pipeline.Run(new SourceText(text));
                foreach (var x in doc.Diagnostics)
                {
                    var caseId = cases.FirstOrDefault(c => ReferenceEquals(c.Text, text))?.Id ?? "?";
                    crashed.Add($"{caseId} (rule {x.Component} skipped: {x.Error})");
                }

                return [.. doc.Flags.Where(f => f.Severity >= minSeverity)];
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                var id = cases.FirstOrDefault(c => ReferenceEquals(c.Text, text))?.Id ?? "?";
                crashed.Add($"{id} ({e.GetType().Name}: {e.Message})");
                return [];
            }
        });
        var o = console.Out;
        var present = string.Join(", ", pipeline.Stages.Select(s => s.Name));
        o.WriteLine($"consistency checks on {goldPath}: {cases.Length} cases ({cases.Count(c => c.Expected.Length > 0)} wrong, {cases.Count(c => c.Expected.Length == 0)} correct); pipeline: {present}");
        o.WriteLine($"{"rule",-22} {"TP",4} {"FP",4} {"FN",4} {"precision",10} {"recall",8}");
        foreach (var s in result.Rules.Append(result.Total))
        {
            o.WriteLine($"{s.Rule,-22} {s.TruePositives,4} {s.FalsePositives,4} {s.FalseNegatives,4} {F(s.Precision),10} {F(s.Recall),8}");
        }

        var wrongCorrect = result.Outcomes.Count(x => x.Case.Expected.Length == 0 && x.Flagged.Length > 0);
        o.WriteLine($"correct texts flagged: {wrongCorrect} of {cases.Count(c => c.Expected.Length == 0)}");
        if (crashed.Count > 0)
        {
            console.Error.WriteLine($"tarikh: warning: the analysis failed on {crashed.Count} case(s) (a bug, please report it; a failed pipeline scores as no flags, a skipped rule as no flag from that rule): {string.Join("; ", crashed)}");
            console.Error.WriteLine($"tarikh: تحذير: تعطّل التحليل أو إحدى القواعد في {crashed.Count} حالة (خلل في البرنامج، يرجى الإبلاغ عنه)؛ التحليل المتعطّل يُحسب بلا تنبيهات، والقاعدة المتجاوزة بلا تنبيه منها");
        }

        if (verbose)
        {
            foreach (var x in result.Outcomes)
            {
                foreach (var r in x.Missed)
                {
                    o.WriteLine($"  missed     {x.Case.Id,-10} {r}");
                }

                foreach (var f in x.Flags.Where(f => !x.Case.Expected.Contains(f.Rule)))
                {
                    o.WriteLine($"  unexpected {x.Case.Id,-10} {f.Rule}: {f.MessageEn}");
                }
            }
        }

        return ExitCodes.Ok;
    }

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
