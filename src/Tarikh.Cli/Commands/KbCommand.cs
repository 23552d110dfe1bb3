using System.CommandLine;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Tarikh.Core.Knowledge;
using Tarikh.Storage.Knowledge;

namespace Tarikh.Cli.Commands;

/// <summary>
/// <c>tarikh kb import FILE... --kb PATH [--lang ar,en] [--types human,place] [--ids FILE] [--all-properties] [--restart]</c>,
/// <c>tarikh kb show QID --kb PATH [--format json|text]</c>, <c>tarikh kb search NAME --kb PATH</c>,
/// <c>tarikh kb synth --entities N [--output FILE]</c>: the Wikidata-format knowledge base.
/// </summary>
public static class KbCommand
{
    /// <summary>Creates the command and its subcommands.</summary>
    public static Command Create(CliConsole console)
    {
        var kb = new Command("kb", "Knowledge base in Wikidata's format: import, show, search, synth / قاعدة المعرفة بصيغة ويكي بيانات");
        kb.Add(Import(console));
        kb.Add(Show(console));
        kb.Add(Search(console));
        kb.Add(Synth(console));
        return kb;
    }

    private static Option<string> KbOption() => new("--kb")
    {
        Description = "The knowledge base: an SQLite file, or a PostgreSQL connection string or postgres:// URL / قاعدة المعرفة",
        Required = true,
    };

    private static Command Import(CliConsole console)
    {
        var files = new Argument<string[]>("FILE") { Description = "Wikidata JSON: dump (.json, .json.gz, .json.bz2), {\"entities\":…} or one entity / ملفات ويكي بيانات", Arity = ArgumentArity.OneOrMore };
        var kbPath = KbOption();
        var lang = new Option<string>("--lang") { Description = "Languages of names to keep, comma-separated, or * for all (default ar,en) / اللغات", DefaultValueFactory = _ => "ar,en" };
        var types = new Option<string?>("--types") { Description = "Keep only these types: human,place,organization,event / الأنواع" };
        var ids = new Option<string?>("--ids") { Description = "A file of ids to keep (one per line) / ملف المعرّفات" };
        var all = new Option<bool>("--all-properties") { Description = "Keep every property (default: those verification reads) / كل الخصائص" };
        var restart = new Option<bool>("--restart") { Description = "Ignore the checkpoint of an earlier, interrupted import / تجاهل نقطة الاستئناف" };
        var threads = new Option<int>("--threads") { Description = "Parsing threads (default: all cores) / عدد الخيوط" };
        var command = new Command("import", "Import Wikidata JSON into the knowledge base / استيراد بيانات ويكي بيانات") { files, kbPath, lang, types, ids, all, restart, threads };
        command.SetAction(parse =>
        {
            var langText = parse.GetValue(lang) ?? "ar,en";
            FrozenSet<string>? languages = langText.Trim() == "*" ? null : langText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToFrozenSet();
            HashSet<KbType>? typeSet = null;
            if (parse.GetValue(types) is { } typeText)
            {
                typeSet = [];
                foreach (var t in typeText.Split(',', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (KbTypes.Parse(t) is not { } kt)
                    {
                        CliErrors.Usage(console, $"unknown type '{t}' (human, place, organization, event).", $"نوع غير معروف '{t}' (human, place, organization, event).");
                        return ExitCodes.Usage;
                    }

                    typeSet.Add(kt);
                }
            }

            HashSet<string>? idSet = null;
            if (parse.GetValue(ids) is { } idFile)
            {
                if (!File.Exists(idFile))
                {
                    CliErrors.Usage(console, $"the ids file '{idFile}' does not exist.", $"ملف المعرّفات '{idFile}' غير موجود.");
                    return ExitCodes.InputError;
                }

                idSet = [.. File.ReadLines(idFile).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
            }

            var options = new KbImportOptions(
                new KbReadOptions(languages, parse.GetValue(all) ? null : KbReadOptions.VerificationProperties),
                typeSet, idSet, Parallelism: parse.GetValue(threads), Resume: !parse.GetValue(restart));
            using var store = KnowledgeStore.Open(parse.GetValue(kbPath)!);
            var importer = new KbImporter(store, options);
            var code = ExitCodes.Ok;
            foreach (var file in parse.GetValue(files) ?? [])
            {
                if (!File.Exists(file))
                {
                    console.Error.WriteLine($"tarikh: error [not-found] {file}: the file does not exist.");
                    console.Error.WriteLine($"tarikh: خطأ [not-found] {file}: الملف غير موجود.");
                    code = ExitCodes.InputError;
                    continue;
                }

                var shown = 0;
                var progress = new Progress(console, file);
                KbImportResult result;
                try
                {
                    result = importer.ImportFile(file, progress, e =>
                    {
                        if (shown++ < 100)
                        {
                            console.Error.WriteLine($"tarikh: warning [bad-line] {file}:{e.Line}: {e.Message} (skipped)");
                            console.Error.WriteLine($"tarikh: تحذير [bad-line] {file}:{e.Line}: تعذّرت قراءة السطر فتُرك");
                        }
                    });
                }
                catch (Exception e) when (e is IOException or InvalidDataException or ICSharpCode.SharpZipLib.SharpZipBaseException or UnauthorizedAccessException)
                {
                    progress.Finish();
                    console.Error.WriteLine($"tarikh: error [unreadable] {file}: {e.Message} (a later `kb import` of the same file resumes after the last committed batch)");
                    console.Error.WriteLine($"tarikh: خطأ [unreadable] {file}: تعذّرت قراءة الملف (إعادة الاستيراد تستأنف من آخر دفعة محفوظة)");
                    code = ExitCodes.InputError;
                    continue;
                }

                progress.Finish();
                if (result.AlreadyDone)
                {
                    console.Out.WriteLine($"{file}: already imported ({result.ResumedAtLine} lines); use --restart to import again / سبق استيراده");
                    continue;
                }

                var mb = result.UncompressedBytes / 1e6;
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{file}: {result.Shape}, {result.Lines} lines, {result.Read} entities read, {result.Stored} stored, {result.Errors} bad lines skipped{(result.ResumedAtLine > 0 ? $", resumed after line {result.ResumedAtLine}" : "")}; {mb:0.0} MB in {result.Elapsed.TotalSeconds:0.0} s"));
                console.Out.WriteLine($"{file}: {result.Stored} كياناً خُزّن، {result.Errors} سطراً معطوباً تُرك");
                if (result.Errors > 0 && code == ExitCodes.Ok)
                {
                    code = ExitCodes.PartialFailure;
                }
            }

            return code;
        });
        return command;
    }

    /// <summary>Progress on standard error: one line rewritten in place on a terminal, a line every few seconds otherwise.</summary>
    private sealed class Progress(CliConsole console, string file) : IProgress<KbImportProgress>
    {
        private readonly bool _terminal = !Console.IsErrorRedirected && ReferenceEquals(console.Error, Console.Error);
        private TimeSpan? _last;
        private bool _wrote;

        public void Report(KbImportProgress p)
        {
            if (!_terminal && _last is { } last && p.Elapsed - last < TimeSpan.FromSeconds(10))
            {
                return;
            }

            _last = p.Elapsed;
            var pct = p.TotalBytes is > 0 ? $" {100.0 * p.BytesRead / p.TotalBytes.Value:0.0}%" : "";
            var eta = p.Eta is { } e ? $", ETA {e:hh\\:mm\\:ss}" : "";
            var line = string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file)}:{pct} {p.BytesRead / 1e6:0.0} MB read, {p.Lines} lines, {p.Entities} entities ({p.EntitiesPerSecond:0}/s), {p.Errors} bad{eta}");
            if (_terminal)
            {
                console.Error.Write("\r" + line.PadRight(100));
                _wrote = true;
            }
            else
            {
                console.Error.WriteLine(line);
            }
        }

        public void Finish()
        {
            if (_wrote)
            {
                console.Error.WriteLine();
                _wrote = false;
            }
        }
    }

    private static IKnowledgeStore? OpenExisting(CliConsole console, string path)
    {
        if (KnowledgeStore.Problem(path) is { } problem)
        {
            CliErrors.Input(console, path, problem);
            return null;
        }

        return KnowledgeStore.Open(path);
    }

    private static Command Show(CliConsole console)
    {
        var id = new Argument<string>("QID") { Description = "Entity id (Q1394) / معرّف الكيان" };
        var kbPath = KbOption();
        var format = new Option<string>("--format", "-f") { Description = "json (Wikidata's entity shape) or text / الصيغة", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text");
        var command = new Command("show", "Show an entity as stored / عرض كيان") { id, kbPath, format };
        command.SetAction(parse =>
        {
            using var store = OpenExisting(console, parse.GetValue(kbPath)!);
            if (store is null)
            {
                return ExitCodes.InputError;
            }

            var qid = parse.GetValue(id)!.Trim();
            if (store.Get(qid) is not { } entity)
            {
                console.Error.WriteLine($"tarikh: error [not-found] {qid} is not in the knowledge base.");
                console.Error.WriteLine($"tarikh: خطأ [not-found] {qid} غير موجود في قاعدة المعرفة.");
                return ExitCodes.InputError;
            }

            if (parse.GetValue(format) == "text")
            {
                WriteText(console.Out, entity, store);
            }
            else
            {
                console.Out.WriteLine(Encoding.UTF8.GetString(WikidataJsonWriter.ToUtf8(entity, indented: true)));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteText(TextWriter o, KbEntity e, IKnowledgeBase kb)
    {
        o.WriteLine($"{e.Id}  {e.LabelIn("ar", "en")} / {e.LabelIn("en", "ar")}  [{KbTypes.Of(e, kb).ToString().ToLowerInvariant()}]");
        foreach (var (lang, d) in e.Descriptions)
        {
            o.WriteLine($"  description ({lang}): {d}");
        }

        foreach (var (lang, list) in e.Aliases)
        {
            o.WriteLine($"  aliases ({lang}): {string.Join(" | ", list)}");
        }

        if (e.ArWiki is not null)
        {
            o.WriteLine($"  arwiki: {e.ArWiki}");
        }

        foreach (var s in e.Statements)
        {
            var v = s.MainSnak.Value;
            var value = v.Kind switch
            {
                KbValueKind.Item => $"{v.Item} {kb.Get(v.Item!)?.LabelIn("ar", "en")}".TrimEnd(),
                KbValueKind.Time => $"{v.Time!.Display()} [{KbPrecision.Name(v.Time.Precision)}]",
                KbValueKind.SomeValue => "(unknown value)",
                KbValueKind.NoValue => "(no value)",
                _ => v.Text ?? "",
            };
            var qualifiers = string.Join(", ", s.Qualifiers.Select(q => $"{q.Property}={q.Value.Time?.Display() ?? q.Value.Item ?? q.Value.Text}"));
            o.WriteLine($"  {s.Property} {KbProperties.English(s.Property)}: {value}{(s.Rank == KbRank.Normal ? "" : $" ({s.Rank.ToString().ToLowerInvariant()})")}{(qualifiers.Length > 0 ? $" [{qualifiers}]" : "")}{(s.References > 0 ? $" refs={s.References}" : "")}");
        }
    }

    private static Command Search(CliConsole console)
    {
        var name = new Argument<string>("NAME") { Description = "A name in Arabic or English / اسم" };
        var kbPath = KbOption();
        var limit = new Option<int>("--limit") { Description = "Hits (default 10) / عدد النتائج", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "JSON Lines output / مخرجات JSON" };
        var command = new Command("search", "Search names and aliases (normalized, transliteration variants) / البحث في الأسماء") { name, kbPath, limit, json };
        command.SetAction(parse =>
        {
            using var store = OpenExisting(console, parse.GetValue(kbPath)!);
            if (store is null)
            {
                return ExitCodes.InputError;
            }

            var hits = new KbSearch(store).Search(parse.GetValue(name)!, Math.Max(1, parse.GetValue(limit)));
            foreach (var h in hits)
            {
                if (parse.GetValue(json))
                {
                    console.Out.WriteLine(CliJson.KbHit(h.Entity.Id, h.Entity.Labels.GetValueOrDefault("ar"), h.Entity.Labels.GetValueOrDefault("en"), h.Score, h.Match, KbTypes.Of(h.Entity, store).ToString().ToLowerInvariant()));
                }
                else
                {
                    console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{h.Entity.Id}\t{h.Score:0.00}\t{h.Match}\t{h.Entity.LabelIn("ar", "en")}\t{h.Entity.LabelIn("en", "ar")}\t{h.Entity.Descriptions.GetValueOrDefault("en") ?? h.Entity.Descriptions.GetValueOrDefault("ar")}"));
                }
            }

            if (hits.Count == 0)
            {
                console.Error.WriteLine("tarikh: no match / لا نتائج");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Synth(CliConsole console)
    {
        var entities = new Option<int>("--entities") { Description = "Number of entities / عدد الكيانات", Required = true };
        var output = new Option<string?>("--output", "-o") { Description = "File to write (.json, .json.gz); default standard output / ملف المخرجات" };
        var seed = new Option<int>("--seed") { Description = "Random seed (default 1) / البذرة", DefaultValueFactory = _ => 1 };
        var command = new Command("synth", "Write a synthetic Wikidata dump with the real statement structure / توليد تفريغ اصطناعي") { entities, output, seed };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(entities);
            if (n < 1)
            {
                CliErrors.Usage(console, "--entities must be at least 1.", "يجب أن يكون --entities واحداً على الأقل.");
                return ExitCodes.Usage;
            }

            var path = parse.GetValue(output);
            try
            {
                if (path is null)
                {
                    var w = new StreamWriter(console.OutputStream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
                    SyntheticDump.Write(w, n, parse.GetValue(seed));
                    w.Flush();
                    return ExitCodes.Ok;
                }

                using var file = File.Create(path);
                using Stream target = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest) : file;
                using var writer = new StreamWriter(target, new UTF8Encoding(false), 1 << 16);
                SyntheticDump.Write(writer, n, parse.GetValue(seed));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                CliErrors.Output(console, path ?? "stdout", e.Message);
                return ExitCodes.OutputError;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
