using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Tarikh.Core.Knowledge;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;

namespace Tarikh.Cli.Commands;

/// <summary>
/// <c>tarikh eval kb --kb-dump FILE --gold FILE [--verbose]</c>: loads a knowledge base from a Wikidata
/// dump, analyzes every text of the gold file with it, and scores the <c>kb-contradiction</c> flags
/// against the planted contradictions (a flag counts when one of its spans overlaps the planted value)
/// and the statements that are right (a flag there is a false alarm). Gold format: see
/// data/kb/heldout/gold.json. Exit codes: 0 done, 1 usage, 2 a file is missing or unreadable.
/// </summary>
public static class EvalKbCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var dump = new Option<string?>("--kb-dump") { Description = "The knowledge base, a Wikidata dump (data/kb/heldout.json) / قاعدة المعرفة" };
        var gold = new Option<string?>("--gold") { Description = "Gold file (data/kb/heldout/gold.json) / الملف المرجعي" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every flag and miss / عرض التفاصيل" };
        var gate = AttributionGateOption.Create();
        var command = new Command("kb", "Precision and recall of knowledge-base contradictions / دقة التحقق مقابل قاعدة المعرفة") { dump, gold, verbose, gate };
        command.SetAction(parse => AttributionGateOption.TryRead(console, parse.GetValue(gate), out var options)
            ? Run(console, parse.GetValue(dump), parse.GetValue(gold), parse.GetValue(verbose), options)
            : ExitCodes.Usage);
        return command;
    }

    private sealed record Target(string Text, int Occurrence, string? Property, string? Truth);

    /// <summary>Runs the evaluation.</summary>
    public static int Run(CliConsole console, string? dumpPath, string? goldPath, bool verbose, VerifierOptions? options = null)
    {
        if (string.IsNullOrEmpty(dumpPath) || string.IsNullOrEmpty(goldPath))
        {
            CliErrors.Usage(console, "--kb-dump FILE and --gold FILE are required.", "الخياران ‎--kb-dump‎ و‎--gold‎ مطلوبان.");
            return ExitCodes.Usage;
        }

        InMemoryKnowledgeBase kb;
        JsonDocument goldDoc;
        try
        {
            kb = Load(File.ReadAllBytes(dumpPath));
            goldDoc = JsonDocument.Parse(File.ReadAllText(goldPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidDataException)
        {
            console.Error.WriteLine($"tarikh: error [gold] {e.Message}");
            console.Error.WriteLine("tarikh: خطأ [gold] تعذّرت قراءة الملفات");
            return ExitCodes.InputError;
        }

        using (goldDoc)
        {
            var pipeline = KnowledgePipeline.WithKnowledge(TarikhPipeline.CreateDefault(TarikhResources.LoadDefault()), kb, options);
            var o = console.Out;
            int tp = 0, fp = 0, fn = 0, falseAlarms = 0, planted = 0, errorFlags = 0, touchingRight = 0;
            var root = Path.GetDirectoryName(Path.GetFullPath(goldPath))!;
            foreach (var entry in goldDoc.RootElement.GetProperty("texts").EnumerateObject())
            {
                var path = Path.GetFullPath(Path.Combine(root, entry.Name));
                if (!File.Exists(path))
                {
                    console.Error.WriteLine($"tarikh: error [gold] {path} does not exist / الملف غير موجود");
                    return ExitCodes.InputError;
                }

                var text = File.ReadAllText(path);
                var doc = pipeline.Run(new SourceText(text, path));
                var flags = doc.Flags.Where(f => f.Rule == "kb-contradiction").ToList();
                var contradictions = Targets(entry.Value, "contradictions");
                var correct = Targets(entry.Value, "correct");
                var matched = new HashSet<int>();
                o.WriteLine($"── {entry.Name}: {doc.KbLinks.Length} links, {doc.Claims.Length} claims, {doc.Verifications.Length} verifications, {flags.Count} kb flags");
                foreach (var f in flags)
                {
                    var hit = contradictions.FindIndex(t => Find(text, t) is { } span && f.Spans.Any(s => s.Overlaps(span)));
                    var onCorrect = correct.Any(t => Find(text, t) is { } span && f.Spans.Any(s => s.Overlaps(span)));
                    if (hit >= 0 && matched.Add(hit))
                    {
                        tp++;
                        touchingRight += onCorrect ? 1 : 0;
                        errorFlags += f.Severity == Tarikh.Core.Checks.Severity.Error ? 1 : 0;
                    }
                    else if (hit < 0)
                    {
                        fp++;
                        falseAlarms += onCorrect ? 1 : 0;
                    }

                    if (verbose || hit < 0)
                    {
                        o.WriteLine($"   {(hit >= 0 ? onCorrect ? "TP (also covers a right statement)" : "TP" : onCorrect ? "FP (on a right statement)" : "FP")} [{f.Severity.ToString().ToLowerInvariant()}]{Attribution(f)} {f.MessageEn}");
                    }
                }

                for (var i = 0; i < contradictions.Count; i++)
                {
                    planted++;
                    if (!matched.Contains(i))
                    {
                        fn++;
                        o.WriteLine($"   missed: «{contradictions[i].Text}» ({contradictions[i].Property}, truth {contradictions[i].Truth})");
                    }
                }
            }

            var precision = tp + fp == 0 ? 1.0 : tp / (double)(tp + fp);
            var recall = planted == 0 ? 1.0 : tp / (double)planted;
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"planted {planted}, flagged {tp} (errors {errorFlags}, warnings {tp - errorFlags}), false flags {fp} (on right statements {falseAlarms}), true flags also covering a right statement {touchingRight}, missed {fn}; precision {precision:0.000}, recall {recall:0.000}"));
            return ExitCodes.Ok;
        }
    }

    // The attribution grade, reason and path the verifier gave the flag (round 14), for the verbose listing.
    private static string Attribution(Tarikh.Core.Checks.Flag f)
        => f.Evidence.TryGetValue("attribution", out var g)
            ? $" [{g}: {f.Evidence.GetValueOrDefault("attribution_reason", "")}, {f.Evidence.GetValueOrDefault("attribution_path", "")}]"
            : "";

    private static List<Target> Targets(JsonElement entry, string name)
    {
        var list = new List<Target>();
        if (!entry.TryGetProperty(name, out var array))
        {
            return list;
        }

        foreach (var t in array.EnumerateArray())
        {
            list.Add(t.ValueKind == JsonValueKind.String
                ? new Target(t.GetString()!, 1, null, null)
                : new Target(t.GetProperty("text").GetString()!, t.TryGetProperty("occurrence", out var occ) ? occ.GetInt32() : 1,
                    t.TryGetProperty("property", out var p) ? p.GetString() : null, t.TryGetProperty("truth", out var tr) ? tr.GetString() : null));
        }

        return list;
    }

    private static TextSpan? Find(string text, Target t)
    {
        var at = -1;
        for (var k = 0; k < t.Occurrence; k++)
        {
            at = text.IndexOf(t.Text, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }
        }

        return new TextSpan(at, at + t.Text.Length);
    }

    /// <summary>Reads a dump held in memory into an in-memory knowledge base.</summary>
    public static InMemoryKnowledgeBase Load(byte[] dump) => InMemoryKnowledgeBase.FromDump(dump);
}
