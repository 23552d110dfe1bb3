using System.CommandLine;
using System.Globalization;
using Tarikh.Core.Events.Evaluation;
using Tarikh.Core.Input;
using Tarikh.Core.Pipeline;

namespace Tarikh.Cli.Commands;

/// <summary>
/// <c>tarikh eval events --gold FILE|DIR [--gold …] [--verbose]</c>: runs the default pipeline on the
/// text each gold file names and prints P/R/F1 of (type, date, participant) triples, of (type, date),
/// of type alone, and the recall of the dated biographical events (matching rules: <see cref="EventEvaluator"/>,
/// format: data/gold/events/README.md). Exit codes: 0 done, 1 usage, 2 a gold file or its text cannot be read.
/// </summary>
public static class EvalEventsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var gold = new Option<string[]>("--gold") { Description = "Gold file (.tsv) or folder of them / ملف أو مجلد التعليقات المرجعية", Required = true, AllowMultipleArgumentsPerToken = true };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List missed and spurious events / عرض الأحداث الفائتة والزائدة" };
        var command = new Command("events", "Evaluate events against hand-annotated gold: P/R/F1 of (type, date, participant) / تقييم الأحداث") { gold, verbose };
        command.SetAction(parse => Run(console, parse.GetValue(gold) ?? [], parse.GetValue(verbose)));
        return command;
    }

    private static int Run(CliConsole console, string[] goldArgs, bool verbose)
    {
        var files = new List<string>();
        foreach (var g in goldArgs)
        {
            if (Directory.Exists(g))
            {
                files.AddRange(Directory.GetFiles(g, "*.tsv").Order(StringComparer.Ordinal));
            }
            else if (File.Exists(g))
            {
                files.Add(g);
            }
            else
            {
                CliErrors.Usage(console, $"gold file not found: {g}", $"ملف التعليقات المرجعية غير موجود: {g}");
                return ExitCodes.InputError;
            }
        }

        if (files.Count == 0)
        {
            CliErrors.Usage(console, "no gold files (*.tsv) given.", "لم يُعطَ أي ملف تعليقات مرجعية (*.tsv).");
            return ExitCodes.Usage;
        }

        var pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());
        var o = console.Out;
        Score triples = default, typeDate = default, typeOnly = default, bio = default;
        o.WriteLine($"{"file",-32} {"gold",5} {"pred",5}  {"P",6} {"R",6} {"F1",6}   {"type+date F1",12}  {"bio dated R",11}");
        foreach (var file in files)
        {
            var parsed = EventGoldFile.Parse(File.ReadAllText(file), out var errors);
            if (errors.Length > 0)
            {
                CliErrors.Usage(console, $"{file}: {string.Join("; ", errors)}", $"{file}: أسطر غير صالحة: {string.Join("؛ ", errors)}");
                return ExitCodes.InputError;
            }

            var textPath = ResolveText(parsed.TextPath, file);
            if (textPath is null)
            {
                CliErrors.Usage(console, $"{file}: text not found: {parsed.TextPath}", $"{file}: النص غير موجود: {parsed.TextPath}");
                return ExitCodes.InputError;
            }

            var decoded = InputDecoder.Default.Decode(File.ReadAllBytes(textPath), textPath);
            if (decoded.Text is null)
            {
                CliErrors.Usage(console, $"{textPath}: cannot be read as text", $"{textPath}: تعذّرت قراءته نصاً");
                return ExitCodes.InputError;
            }

            var doc = pipeline.Run(decoded.Text, Path.GetFileNameWithoutExtension(file));
            var ev = EventEvaluator.Evaluate(doc, parsed.Events);
            triples += ev.Triples;
            typeDate += ev.TypeDate;
            typeOnly += ev.TypeOnly;
            bio += ev.BiographicalDated;
            o.WriteLine($"{Path.GetFileName(file),-32} {ev.Triples.Gold,5} {ev.Triples.Predicted,5}  {P(ev.Triples.Precision)} {P(ev.Triples.Recall)} {P(ev.Triples.F1)}   {P(ev.TypeDate.F1),12}  {P(ev.BiographicalDated.Recall),11} ({ev.BiographicalDated.Matched}/{ev.BiographicalDated.Gold})");
            if (verbose)
            {
                foreach (var m in ev.Missed)
                {
                    var how = ev.MissedTypeDate.Contains(m) ? "type/date" : "participant";
                    o.WriteLine($"    missed   line {m.Line,3} ({how}): {m.Type} {m.DateText} {m.Participant} — {m.Evidence}");
                }

                foreach (var s in ev.Spurious)
                {
                    var main = s.MainParticipant is { } c && c < doc.Clusters.Length ? doc.Clusters[c].Name : "-";
                    var date = s.Date is { } d ? d.ToString() : "-";
                    o.WriteLine($"    spurious {s.Type} {date} ({s.DateSource ?? "none"}) {main} — «{s.TriggerText}» @{s.Trigger.Start}");
                }
            }
        }

        o.WriteLine($"{"TOTAL",-32} {triples.Gold,5} {triples.Predicted,5}  {P(triples.Precision)} {P(triples.Recall)} {P(triples.F1)}   {P(typeDate.F1),12}  {P(bio.Recall),11} ({bio.Matched}/{bio.Gold})");
        o.WriteLine($"(type, date):  P {P(typeDate.Precision)}  R {P(typeDate.Recall)}  F1 {P(typeDate.F1)}");
        o.WriteLine($"type only:     P {P(typeOnly.Precision)}  R {P(typeOnly.Recall)}  F1 {P(typeOnly.F1)}");
        return ExitCodes.Ok;
    }

    private static string P(double v) => v.ToString("0.000", CultureInfo.InvariantCulture).PadLeft(6);

    /// <summary>Finds a gold file's text: <c>shared:</c> paths under the shared folder, others under the repository holding the gold file (or the current folder).</summary>
    private static string? ResolveText(string path, string goldFile)
    {
        var repo = FindRepo(Path.GetDirectoryName(Path.GetFullPath(goldFile))) ?? FindRepo(Directory.GetCurrentDirectory());
        if (path.StartsWith("shared:", StringComparison.Ordinal))
        {
            var shared = Environment.GetEnvironmentVariable("TARIKH_SHARED");
            if (string.IsNullOrEmpty(shared) && repo is not null)
            {
                shared = Path.Combine(repo, "..", "shared");
            }

            var p = Path.Combine(shared ?? "shared", path[7..]);
            return File.Exists(p) ? p : null;
        }

        foreach (var root in new[] { repo, Directory.GetCurrentDirectory() })
        {
            if (root is not null && File.Exists(Path.Combine(root, path)))
            {
                return Path.Combine(root, path);
            }
        }

        return File.Exists(path) ? path : null;
    }

    private static string? FindRepo(string? dir)
    {
        for (var d = dir is null ? null : new DirectoryInfo(dir); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Tarikh.slnx")))
            {
                return d.FullName;
            }
        }

        return null;
    }
}
