using System.CommandLine;
using System.Globalization;
using System.Text;
using Tarikh.Core.Checks;
using Tarikh.Core.Checks.Evaluation;
using Tarikh.Core.Entities.Gazetteers;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;

namespace Tarikh.Cli.Commands;

/// <summary>
/// <c>tarikh eval flags --corpus PATH… [--reviewed FILE] [--dump FILE]</c>: runs the full pipeline over
/// real text (plain text files, or token-per-line NER corpora rebuilt into text) and prints error and
/// warning flags per 10,000 words by rule, with their precision over the hand-reviewed list.
/// <c>tarikh eval flags --mutate PATH…</c>: injects known contradictions into real texts and prints recall
/// per rule and the flags raised outside the mutations. Exit codes: 0 done, 1 usage, 2 a path or the
/// reviewed list cannot be read.
/// </summary>
public static class EvalFlagsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var corpus = new Option<string[]>("--corpus") { Description = "Files or folders of real text to survey / نصوص حقيقية للمسح", AllowMultipleArgumentsPerToken = true };
        var mutate = new Option<string[]>("--mutate") { Description = "Files or folders of real biographies and histories to mutate / نصوص تُحقن فيها تناقضات", AllowMultipleArgumentsPerToken = true };
        var reviewed = new Option<string?>("--reviewed") { Description = "Hand-reviewed flags, TSV (data/gold/flags-reviewed.tsv) / قائمة التنبيهات المراجعة" };
        var dump = new Option<string?>("--dump") { Description = "Write the unreviewed errors and warnings to this TSV for review / كتابة التنبيهات غير المراجعة" };
        var partWords = new Option<int>("--part-words") { Description = "Words per part of a long token-per-line file / عدد الكلمات في كل جزء", DefaultValueFactory = _ => FlagCorpus.DefaultPartWords };
        var famous = new Option<string?>("--famous") { Description = "Names of well-known persons, one per line or TSV (default: the sourced list the name-anomaly rule reads, Checks/Data/famous-names.tsv) / أسماء مشاهير" };
        var export = new Option<string?>("--export") { Description = "Write the rebuilt corpus documents to this folder, one file each, and, with --mutate, each mutated text, for reading flags in context / كتابة المستندات المعاد بناؤها (والنصوص المحقونة) إلى مجلد" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every flag, or every missed mutation / عرض التفاصيل" };
        var command = new Command("flags", "Flags on real text per 10,000 words, reviewed precision, and recall on injected contradictions / تنبيهات النصوص الحقيقية ودقتها واستدعاؤها")
        {
            corpus, mutate, reviewed, dump, partWords, famous, export, verbose,
        };
        command.SetAction(parse => Run(console, new Settings(
            parse.GetValue(corpus) ?? [], parse.GetValue(mutate) ?? [], parse.GetValue(reviewed), parse.GetValue(dump),
            parse.GetValue(partWords), parse.GetValue(famous), parse.GetValue(verbose)) { Export = parse.GetValue(export) }));
        return command;
    }

    /// <summary>The command's settings.</summary>
    /// <param name="Corpus">Paths to survey.</param>
    /// <param name="Mutate">Paths to mutate.</param>
    /// <param name="Reviewed">The reviewed list, or null.</param>
    /// <param name="Dump">Where to write unreviewed flags, or null.</param>
    /// <param name="PartWords">Words per part of a long token-per-line file.</param>
    /// <param name="Famous">A list of famous names, or null for the embedded one.</param>
    /// <param name="Verbose">List details.</param>
    public sealed record Settings(string[] Corpus, string[] Mutate, string? Reviewed, string? Dump, int PartWords, string? Famous, bool Verbose)
    {
        /// <summary>A folder to write the rebuilt survey documents to, or null.</summary>
        public string? Export { get; init; }
    }

    /// <summary>Runs the survey and/or the mutation run.</summary>
    public static int Run(CliConsole console, Settings settings)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Corpus.Length == 0 && settings.Mutate.Length == 0)
        {
            CliErrors.Usage(console, "give --corpus PATH (survey) or --mutate PATH (injected contradictions), or both.",
                "حدّد ‎--corpus PATH‎ (مسح) أو ‎--mutate PATH‎ (تناقضات محقونة) أو كليهما.");
            return ExitCodes.Usage;
        }

        if (settings.PartWords < 100)
        {
            CliErrors.Usage(console, "--part-words must be at least 100.", "يجب ألا تقل ‎--part-words‎ عن 100.");
            return ExitCodes.Usage;
        }

        var reviewed = ReviewedFlags.Empty;
        if (settings.Reviewed is not null)
        {
            if (!TryRead(console, settings.Reviewed, out var tsv))
            {
                return ExitCodes.InputError;
            }

            (reviewed, var errors) = ReviewedFlags.Parse(tsv);
            foreach (var e in errors)
            {
                console.Error.WriteLine($"tarikh: warning [reviewed] {settings.Reviewed} {e} (skipped) / سطر غير صالح، تم تجاوزه");
            }
        }

        if (!TryLoad(console, settings.Corpus, settings.PartWords, out var surveyDocs) || !TryLoad(console, settings.Mutate, settings.PartWords, out var mutateDocs))
        {
            return ExitCodes.InputError;
        }

        if (settings.Export is not null && !Export(console, settings.Export, surveyDocs))
        {
            return ExitCodes.InputError;
        }

        var pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());
        AnalyzedDocument Analyze(string text) => pipeline.Run(new SourceText(text));
        if (surveyDocs.Count > 0)
        {
            var result = FlagSurvey.Run(surveyDocs, Analyze, reviewed);
            PrintSurvey(console, result, settings.Verbose);
            if (settings.Dump is not null && !WriteDump(console, settings.Dump, result))
            {
                return ExitCodes.InputError;
            }
        }

        if (mutateDocs.Count > 0)
        {
            var names = LoadFamous(console, settings.Famous);
            if (names is null)
            {
                return ExitCodes.InputError;
            }

            var result = MutationEvaluation.Run(mutateDocs, Analyze, new Mutator(names));
            PrintMutations(console, result, settings.Verbose);
            if (settings.Export is not null && !ExportMutations(console, settings.Export, result))
            {
                return ExitCodes.InputError;
            }
        }

        return ExitCodes.Ok;
    }

    /// <summary>Writes each rebuilt document as UTF-8 text; its id, made file-safe, is the file name.</summary>
    private static bool Export(CliConsole console, string folder, IReadOnlyList<CorpusDocument> docs) => TryWrite(console, folder, () =>
    {
        Directory.CreateDirectory(folder);
        foreach (var d in docs)
        {
            var name = string.Concat(d.Id.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')) + ".txt";
            File.WriteAllText(Path.Combine(folder, name), d.Text, new UTF8Encoding(false));
        }
    });

    /// <summary>Writes each mutated text as UTF-8 (file: the document id and the operator, made file-safe), for reading a missed mutation in context.</summary>
    private static bool ExportMutations(CliConsole console, string folder, MutationResult result) => TryWrite(console, folder, () =>
    {
        Directory.CreateDirectory(folder);
        foreach (var o in result.Outcomes)
        {
            var id = o.Document + "." + o.Mutation.Operator;
            var name = string.Concat(id.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')) + ".txt";
            File.WriteAllText(Path.Combine(folder, name), o.Mutation.Text, new UTF8Encoding(false));
        }
    });

    /// <summary>Runs a write; an I/O failure is reported in Arabic and English and returns false.</summary>
    private static bool TryWrite(CliConsole console, string target, Action write)
    {
        try
        {
            write();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine($"tarikh: error [output] cannot write {target}: {e.Message}");
            console.Error.WriteLine($"tarikh: خطأ [output] تعذّرت الكتابة إلى {target}");
            return false;
        }
    }

    private static void PrintSurvey(CliConsole console, FlagSurveyResult r, bool verbose)
    {
        var o = console.Out;
        o.WriteLine($"flag survey: {r.Documents} documents, {r.Words.ToString(CultureInfo.InvariantCulture)} words");
        o.WriteLine($"{"rule",-22} {"error",6} {"warn",6} {"info",6} {"per 10k",8} {"true",5} {"false",6} {"open",5} {"precision",10}");
        foreach (var s in r.Rules.Append(r.Total))
        {
            o.WriteLine($"{s.Rule,-22} {s.Errors,6} {s.Warnings,6} {s.Infos,6} {F(r.PerTenThousandWords(s), "0.00"),8} {s.ReviewedTrue,5} {s.ReviewedFalse,6} {s.Unreviewed,5} {(s.Precision is { } p ? F(p, "0.000") : "-"),10}");
        }

        foreach (var f in r.Failures)
        {
            console.Error.WriteLine($"tarikh: warning [analyze] {f} / تعذّر تحليل المستند");
        }

        if (!verbose)
        {
            return;
        }

        foreach (var f in r.Flags.Where(f => f.Flag.Severity != Severity.Info))
        {
            var verdict = f.Verdict is null ? "open " : f.Verdict.Correct ? "true " : "FALSE";
            o.WriteLine($"  {verdict} {f.Flag.Severity.ToString().ToLowerInvariant(),-7} {f.Flag.Rule,-20} {f.Document} @{f.Start}-{f.End} {f.FirstSpanText}");
            o.WriteLine($"        {f.Flag.MessageEn}");
        }
    }

    private static bool WriteDump(CliConsole console, string path, FlagSurveyResult r)
    {
        var sb = new StringBuilder();
        sb.Append("# document\tstart\tend\trule\tverdict (true|false)\treason\ttext\tseverity\tmessage\tsentence\n");
        foreach (var f in r.Flags.Where(f => f.Flag.Severity != Severity.Info && f.Verdict is null))
        {
            sb.Append(string.Join('\t', f.Document, f.Start.ToString(CultureInfo.InvariantCulture), f.End.ToString(CultureInfo.InvariantCulture), f.Flag.Rule,
                "TODO", string.Empty, ReviewedFlags.Escape(f.FirstSpanText), f.Flag.Severity.ToString().ToLowerInvariant(),
                ReviewedFlags.Escape(f.Flag.MessageEn), ReviewedFlags.Escape(f.Sentence))).Append('\n');
        }

        return TryWrite(console, path, () => File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false)));
    }

    private static void PrintMutations(CliConsole console, MutationResult r, bool verbose)
    {
        var o = console.Out;
        o.WriteLine($"injected contradictions: {r.Documents} documents, {r.Outcomes.Length} mutations");
        o.WriteLine($"{"operator",-24} {"rule",-22} {"injected",8} {"caught",7} {"recall",7} {"outside",8}");
        foreach (var s in r.Operators)
        {
            o.WriteLine($"{s.Operator,-24} {s.Rule,-22} {s.Injected,8} {s.Caught,7} {(s.Recall is { } x ? F(x, "0.000") : "-"),7} {s.Collateral,8}");
        }

        var injected = r.Operators.Sum(s => s.Injected);
        var caught = r.Operators.Sum(s => s.Caught);
        o.WriteLine($"{"all",-24} {"",-22} {injected,8} {caught,7} {(injected == 0 ? "-" : F((double)caught / injected, "0.000")),7} {r.Operators.Sum(s => s.Collateral),8}");
        foreach (var f in r.Failures)
        {
            console.Error.WriteLine($"tarikh: warning [analyze] {f} / تعذّر تحليل المستند");
        }

        if (!verbose)
        {
            return;
        }

        foreach (var x in r.Outcomes)
        {
            if (!x.Caught)
            {
                o.WriteLine($"  missed  {x.Mutation.Operator,-22} {x.Document}: {x.Mutation.Description}");
            }

            foreach (var f in x.Collateral)
            {
                o.WriteLine($"  outside {x.Mutation.Operator,-22} {x.Document}: {f.Rule}: {f.MessageEn}");
            }
        }
    }

    private static List<string>? LoadFamous(CliConsole console, string? path)
    {
        string text;
        if (path is null)
        {
            // The sourced list the name-anomaly rule reads as evidence of fame (Checks/Data/famous-names.tsv, ArWikiCats, MIT), not
            // the entity gazetteer's persons (unsourced, which the rule deliberately ignores): the mutation then measures the rule
            // on names it is allowed to know (round 14; until round 13 it drew from Entities/Data/persons.tsv).
            using var stream = typeof(NerLexicon).Assembly.GetManifestResourceStream("Tarikh.Core.Checks.Data.famous-names.tsv");
            if (stream is null)
            {
                return [];
            }

            using var reader = new StreamReader(stream, Encoding.UTF8);
            text = reader.ReadToEnd();
        }
        else if (!TryRead(console, path, out text))
        {
            return null;
        }

        return [.. text.Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Where(f => f.Length == 1 || f[1] == "person" || (path is null && f.Length == 2))
            .Select(f => f[0].Trim())];
    }

    private static bool TryLoad(CliConsole console, string[] paths, int partWords, out List<CorpusDocument> documents)
    {
        documents = [];
        foreach (var path in paths)
        {
            IEnumerable<(string Name, string File)> files;
            if (Directory.Exists(path))
            {
                files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                    .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(f).StartsWith("License", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .Select(f => (Path.GetFileName(Path.TrimEndingDirectorySeparator(path)) + "/" + Path.GetRelativePath(path, f).Replace('\\', '/'), f));
            }
            else if (File.Exists(path))
            {
                files = [(Path.GetFileName(path), path)];
            }
            else
            {
                console.Error.WriteLine($"tarikh: error [input] no such file or folder: {path}");
                console.Error.WriteLine($"tarikh: خطأ [input] لا يوجد ملف أو مجلد بهذا الاسم: {path}");
                return false;
            }

            foreach (var (name, file) in files)
            {
                if (!TryRead(console, file, out var content))
                {
                    return false;
                }

                documents.AddRange(FlagCorpus.Split(name, content, partWords));
            }
        }

        return true;
    }

    private static bool TryRead(CliConsole console, string path, out string content)
    {
        try
        {
            content = File.ReadAllText(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine($"tarikh: error [input] cannot read {path}: {e.Message}");
            console.Error.WriteLine($"tarikh: خطأ [input] تعذّرت قراءة {path}");
            content = string.Empty;
            return false;
        }
    }

    private static string F(double v, string format) => v.ToString(format, CultureInfo.InvariantCulture);
}
