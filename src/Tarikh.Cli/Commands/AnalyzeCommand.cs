using System.CommandLine;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Tarikh.Cli.Reporting;
using Tarikh.Core.Input;
using Tarikh.Core.Output;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;

namespace Tarikh.Cli.Commands;

/// <summary>What <c>tarikh analyze</c> was asked to do.</summary>
/// <param name="Path">A file, a folder, or <c>-</c> for standard input; null with <paramref name="Jsonl"/>.</param>
/// <param name="Jsonl">A JSON Lines batch file (or <c>-</c>), or null.</param>
/// <param name="Format">Output format: <c>text</c> or an exporter's name (<c>json</c>, <c>jsonl</c>…); null for the default.</param>
/// <param name="Output">Output file (or folder, for per-document formats), or null for standard output.</param>
/// <param name="ReferenceDate">The reference date for relative expressions, or null.</param>
/// <param name="Tokens">Include tokens in JSON.</param>
/// <param name="IncludeText">Include the full text in JSON.</param>
/// <param name="Indent">Pretty-print JSON.</param>
/// <param name="MaxBytes">Size limit per input.</param>
/// <param name="Bidi">Arabic display in text reports: <c>auto</c>, <c>visual</c> or <c>logical</c>.</param>
/// <param name="Details">Text report: after the timeline table, each entry in full (evidence sentence, participants, flags), wrapped to the width.</param>
public sealed record AnalyzeSettings(
    string? Path,
    string? Jsonl,
    string? Format,
    string? Output,
    LocalDate? ReferenceDate,
    bool Tokens,
    bool IncludeText,
    bool Indent,
    long MaxBytes,
    string Bidi,
    bool Details = false)
{
    /// <summary>Documents of a batch or folder analyzed at once (default: the number of cores).</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Time limit per document of a batch or folder, or null for none.</summary>
    public TimeSpan? Timeout { get; init; } = DefaultBatchTimeout;

    /// <summary>The default time limit per document of a batch or folder.</summary>
    public static TimeSpan DefaultBatchTimeout { get; } = TimeSpan.FromSeconds(120);

    /// <summary>A knowledge-base file (<c>--kb</c>) to link entities and verify claims against, or null.</summary>
    public string? Kb { get; init; }

    /// <summary>The verifier's options with <c>--kb</c> (<c>--attribution-gate</c>), or null for the defaults.</summary>
    public Tarikh.Core.Knowledge.VerifierOptions? Verifier { get; init; }
}

/// <summary>
/// <c>tarikh analyze PATH [--format json|jsonl|text] [--output FILE] [--reference-date YYYY-MM-DD] [--tokens] [--include-text]</c>
/// and <c>tarikh analyze --jsonl FILE</c>. PATH may be a file, a folder (read recursively: .txt .md .html .htm) or <c>-</c> (stdin).
/// </summary>
public static class AnalyzeCommand
{
    /// <summary>File extensions read from a folder.</summary>
    public static readonly IReadOnlyList<string> FolderExtensions = [".txt", ".md", ".html", ".htm"];

    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var path = new Argument<string?>("PATH")
        {
            Description = "A file, a folder (recursive: .txt .md .html .htm) or - for standard input / ملف أو مجلد أو - للمدخل القياسي",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var jsonl = new Option<string?>("--jsonl")
        {
            Description = "Batch: a JSON Lines file of {\"id\",\"text\",\"reference_date\"?} objects (- for stdin) / دفعة من الأسطر",
        };
        var formats = FormatNames();
        var format = new Option<string?>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", formats)} (default: json for one document, jsonl for a folder or batch) / صيغة المخرجات",
        };
        format.AcceptOnlyFromAmong([.. formats]);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (or folder, for per-document formats) instead of standard output / ملف المخرجات" };
        var reference = new Option<string?>("--reference-date") { Description = "The date 'today' refers to, YYYY-MM-DD / التاريخ المرجعي" };
        var tokens = new Option<bool>("--tokens") { Description = "Include tokens with their clitics in JSON / تضمين الكلمات وسوابقها" };
        var includeText = new Option<bool>("--include-text") { Description = "Include the full text in JSON (always for HTML input) / تضمين النص كاملاً" };
        var indent = new Option<bool>("--indent") { Description = "Pretty-print JSON / تنسيق JSON" };
        var maxSize = new Option<double>("--max-size")
        {
            Description = "Largest input accepted, in MB (default 64) / أكبر حجم مقبول بالميغابايت",
            DefaultValueFactory = _ => InputOptions.DefaultMaxBytes / (double)(1 << 20),
        };
        var details = new Option<bool>("--details")
        {
            Description = "Text format: show each timeline entry in full (evidence sentence, participants, flags), wrapped to the terminal / عرض كل حدث كاملاً بشاهده",
        };
        var bidi = new Option<string>("--bidi")
        {
            Description = "Arabic in --format text: auto (visual order on a terminal, logical when redirected), visual, logical / عرض العربية",
            DefaultValueFactory = _ => "auto",
        };
        bidi.AcceptOnlyFromAmong("auto", "visual", "logical");
        var workers = new Option<int>("--workers", "-w")
        {
            Description = "Batch or folder: documents analyzed at once, output kept in input order (default: number of cores) / عدد الوثائق المحللة معاً",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var timeout = new Option<double>("--timeout")
        {
            Description = "Batch or folder: time limit per document in seconds, 0 for none; a document past it becomes an error line (default 120) / المهلة لكل وثيقة بالثواني",
            DefaultValueFactory = _ => AnalyzeSettings.DefaultBatchTimeout.TotalSeconds,
        };

        var kb = new Option<string?>("--kb") { Description = "Verify against this knowledge base (a file made by `tarikh kb import`, or a PostgreSQL connection string) / التحقق مقابل قاعدة معرفة" };

        var gate = AttributionGateOption.Create();

        var command = new Command("analyze", "Analyze Arabic text: normalization, sentences, tokens, dates, entities, events, timeline, checks / تحليل نص عربي")
        {
            path, jsonl, format, output, reference, tokens, includeText, indent, maxSize, bidi, details, workers, timeout, kb, gate,
        };
        // The asynchronous form gives the action a token that Ctrl+C cancels; every stage of the pipeline checks it.
        command.SetAction((parse, ct) => Task.FromResult(Action(parse, ct)));
        int Action(ParseResult parse, CancellationToken ct)
        {
            if (!CliErrors.TryReferenceDate(console, parse.GetValue(reference), out var referenceDate))
            {
                return ExitCodes.Usage;
            }

            var max = parse.GetValue(maxSize);
            if (!(max > 0) || max > 2047)
            {
                CliErrors.Usage(console, "--max-size must be between 0 and 2047 MB.", "يجب أن يكون --max-size بين 0 و2047 ميغابايت.");
                return ExitCodes.Usage;
            }

            var n = parse.GetValue(workers);
            var seconds = parse.GetValue(timeout);
            if (!CliErrors.CheckBatch(console, n, seconds))
            {
                return ExitCodes.Usage;
            }

            if (!AttributionGateOption.TryRead(console, parse.GetValue(gate), out var verifier))
            {
                return ExitCodes.Usage;
            }

            var settings = new AnalyzeSettings(
                parse.GetValue(path), parse.GetValue(jsonl), parse.GetValue(format), parse.GetValue(output), referenceDate,
                parse.GetValue(tokens), parse.GetValue(includeText), parse.GetValue(indent), (long)(max * (1 << 20)), parse.GetValue(bidi) ?? "auto", parse.GetValue(details))
            {
                Workers = n,
                Timeout = seconds > 0 ? TimeSpan.FromSeconds(seconds) : null,
                Kb = parse.GetValue(kb),
                Verifier = verifier,
            };
            return Execute(settings, console, ct);
        }

        return command;
    }

    /// <summary>The output formats: <c>text</c> and every registered exporter.</summary>
    public static IReadOnlyList<string> FormatNames() => ["text", .. DocumentExporters.Default.Formats];

    /// <summary>Runs the command.</summary>
    public static int Execute(AnalyzeSettings settings, CliConsole console, CancellationToken cancellationToken = default)
    {
        if (settings.Path is null == settings.Jsonl is null)
        {
            CliErrors.Usage(console, "give either PATH (a file, a folder or -) or --jsonl FILE.", "حدّد إما PATH (ملف أو مجلد أو -) أو --jsonl FILE.");
            return ExitCodes.Usage;
        }

        if (settings.Kb is not null && Tarikh.Storage.Knowledge.KnowledgeStore.Problem(settings.Kb) is { } kbProblem)
        {
            CliErrors.Input(console, settings.Kb, kbProblem);
            return ExitCodes.InputError;
        }

        using var knowledge = settings.Kb is null ? null : Tarikh.Storage.Knowledge.KnowledgeStore.Open(settings.Kb);
        var run = new AnalyzeRun(settings, console, knowledge, cancellationToken);
        try
        {
            return run.Execute();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.Error.WriteLine("tarikh: interrupted (Ctrl+C): the analysis stopped.");
            console.Error.WriteLine("tarikh: أُوقف التحليل (Ctrl+C).");
            return ExitCodes.Interrupted;
        }
    }

    /// <summary>One execution of the command: the pipeline, the output sink, the counters.</summary>
    private sealed class AnalyzeRun(AnalyzeSettings settings, CliConsole console, Tarikh.Core.Knowledge.IKnowledgeBase? knowledge, CancellationToken cancellationToken)
    {
        private readonly InputDecoder _decoder = new(new InputOptions(settings.MaxBytes));
        private AnalysisPipeline? _pipeline;
        private int _failures;
        private int _documents;

        private AnalysisPipeline Pipeline => _pipeline ??= knowledge is null
            ? TarikhPipeline.CreateDefault(TarikhResources.LoadDefault(ImageCache.Default(console.Error)))
            : Tarikh.Core.Knowledge.KnowledgePipeline.WithKnowledge(
                // The checks read the knowledge base too (founding, dissolution and life years of linked items), then the
                // knowledge stage verifies the claims.
                Tarikh.Core.Checks.ChecksStage.WithKnowledge(TarikhPipeline.CreateDefault(TarikhResources.LoadDefault(ImageCache.Default(console.Error))), knowledge), knowledge,
                settings.Verifier);

        private ExportOptions ExportOptions => new(new JsonOutputOptions(settings.IncludeText, settings.Tokens, settings.Indent));

        public int Execute()
        {
            if (settings.Jsonl is not null)
            {
                return WithSink(multi: true, sink => Batch(settings.Jsonl, sink));
            }

            var path = settings.Path!;
            if (path == "-")
            {
                var decoded = ReadStdin();
                if (!decoded.IsSuccess)
                {
                    CliErrors.Input(console, "stdin", decoded.Error);
                    return ExitCodes.InputError;
                }

                return WithSink(multi: false, sink =>
                {
                    sink.Write(Analyze(decoded.Text, null, settings.ReferenceDate));
                    return ExitCodes.Ok;
                });
            }

            if (Directory.Exists(path))
            {
                return WithSink(multi: true, sink => Folder(path, sink));
            }

            var single = ReadFile(path);
            if (!single.IsSuccess)
            {
                CliErrors.Input(console, path, single.Error);
                return ExitCodes.InputError;
            }

            return WithSink(multi: false, sink =>
            {
                sink.Write(Analyze(single.Text, null, settings.ReferenceDate));
                return ExitCodes.Ok;
            });
        }

        private AnalyzedDocument Analyze(SourceText source, string? id, LocalDate? referenceDate)
        {
            _documents++;
            return Pipeline.Run(source, id, referenceDate, cancellationToken);
        }

        private int Folder(string folder, OutputSink sink)
        {
            var files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                .Where(f => FolderExtensions.Contains(System.IO.Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (files.Count == 0)
            {
                CliErrors.Input(console, folder, new InputError(InputError.Empty,
                    $"The folder has no {string.Join(" ", FolderExtensions)} files.",
                    $"لا يحتوي المجلد على ملفات {string.Join(" ", FolderExtensions)}."));
                return ExitCodes.InputError;
            }

            var batch = NewBatch(sink);
            foreach (var file in files)
            {
                batch.Add(
                    ct =>
                    {
                        var decoded = ReadFile(file);
                        return decoded.IsSuccess
                            ? Outcome.Of(Pipeline.Run(decoded.Text, null, settings.ReferenceDate, ct), sink)
                            : Outcome.Failed("path", file, file, decoded.Error, null);
                    },
                    () => Outcome.Failed("path", file, file, TimedOut(), null),
                    e => Outcome.Failed("path", file, file, Crashed(e), null));
            }

            batch.Complete();
            return _failures == 0 ? ExitCodes.Ok : ExitCodes.PartialFailure;
        }

        private int Batch(string batchPath, OutputSink sink)
        {
            TextReader reader;
            if (batchPath == "-")
            {
                reader = new StreamReader(console.OpenInput(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            }
            else if (InputFiles.CheckRegular(batchPath) is { } refused)
            {
                CliErrors.Input(console, batchPath, refused);
                return ExitCodes.InputError;
            }
            else
            {
                try
                {
                    reader = new StreamReader(batchPath, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    CliErrors.Input(console, batchPath, InputError.UnreadableInput(batchPath, e.Message));
                    return ExitCodes.InputError;
                }
            }

            using (reader)
            {
                var batch = NewBatch(sink);
                var lineNumber = 0;
                while (reader.ReadLine() is { } line)
                {
                    lineNumber++;
                    if (string.IsNullOrWhiteSpace(line))
                    {
                        continue;
                    }

                    var number = lineNumber;

                    // A line far past the size limit (even if every character were escaped) is refused unparsed.
                    if (line.Length > (6 * settings.MaxBytes) + 4096)
                    {
                        var tooLarge = Outcome.Failed("id", null, $"line {number}", InputError.TooLargeInput(line.Length, settings.MaxBytes), number);
                        batch.Add(_ => tooLarge, () => tooLarge);
                        continue;
                    }

                    batch.Add(ct => AnalyzeLine(line, number, ct, sink), () => Outcome.Failed("id", null, $"line {number}", TimedOut(), number), e => Outcome.Failed("id", null, $"line {number}", Crashed(e), number));
                }

                batch.Complete();
            }

            if (_documents == 0 && _failures == 0)
            {
                CliErrors.Input(console, batchPath, InputError.EmptyInput());
                return ExitCodes.InputError;
            }

            return _failures == 0 ? ExitCodes.Ok : ExitCodes.PartialFailure;
        }

        /// <summary>One line of a batch: parsed, decoded and analyzed on a worker.</summary>
        private Outcome AnalyzeLine(string line, int lineNumber, CancellationToken ct, OutputSink sink)
        {
            var item = BatchLine.Parse(line, settings.ReferenceDate);
            if (item.Error is not null)
            {
                return Outcome.Failed("id", item.Id, item.Id is null ? $"line {lineNumber}" : $"line {lineNumber} (id {item.Id})", item.Error, lineNumber);
            }

            var decoded = _decoder.FromString(item.Text!, null, InputFormat.Text);
            if (!decoded.IsSuccess)
            {
                return Outcome.Failed("id", item.Id, $"line {lineNumber} (id {item.Id})", decoded.Error, lineNumber);
            }

            return Outcome.Of(Pipeline.Run(decoded.Text, item.Id, item.ReferenceDate, ct), sink);
        }

        /// <summary>A batch runner whose results go to the sink in input order (on this thread).</summary>
        private OrderedBatch<Outcome> NewBatch(OutputSink sink)
        {
            _ = Pipeline; // load the model once, before the workers start
            return new OrderedBatch<Outcome>(settings.Workers, settings.Timeout, outcome =>
            {
                if (outcome.Rendered is { } bytes)
                {
                    _documents++;
                    sink.WriteRendered(bytes);
                    return;
                }

                if (outcome.Document is { } doc)
                {
                    _documents++;
                    sink.Write(doc);
                    return;
                }

                _failures++;
                CliErrors.Input(console, outcome.Label, outcome.Error!);
                sink.WriteError(outcome.Key, outcome.Value, outcome.Error!, outcome.Line);
            });
        }

        private InputError TimedOut()
        {
            var seconds = settings.Timeout?.TotalSeconds ?? 0;
            return new InputError("timeout",
                $"The document was not analyzed within the time limit ({seconds:0.###} s, --timeout); the batch went on without it.",
                $"لم يكتمل تحليل الوثيقة ضمن المهلة ({seconds:0.###} ثانية، --timeout)، ومضت الدفعة من دونها.");
        }

        private static InputError Crashed(Exception e) => new("analysis-failed",
            $"The analysis failed ({e.GetType().Name}: {e.Message}); the batch went on without this document.",
            $"تعذّر تحليل الوثيقة ({e.GetType().Name}: {e.Message})، ومضت الدفعة من دونها.");

        private DecodedInput ReadFile(string path)
        {
            var (bytes, error) = InputFiles.Read(path, settings.MaxBytes);
            return error is not null ? DecodedInput.Failure(error) : _decoder.Decode(bytes, path, InputOptions.FormatOfPath(path), cancellationToken);
        }

        private DecodedInput ReadStdin()
        {
            using var input = console.OpenInput();
            var bytes = InputFiles.ReadBounded(input, settings.MaxBytes, out var read);
            return bytes is null ? DecodedInput.Failure(InputError.TooLargeInput(read, settings.MaxBytes)) : _decoder.Decode(bytes, null, InputFormat.Auto, cancellationToken);
        }

        private int WithSink(bool multi, Func<OutputSink, int> body)
        {
            var format = (settings.Format ?? (multi ? "jsonl" : "json")).ToLowerInvariant();
            if (multi && format == "json")
            {
                format = "jsonl"; // several documents: one JSON object per line.
            }

            Stream stream;
            var ownsStream = false;
            string? folder = null;
            var exporter = format == "text" ? null : DocumentExporters.Default.Find(format);
            if (settings.Output is null)
            {
                stream = console.OutputStream;
            }
            else if (multi && exporter is { Streamable: false } && (Directory.Exists(settings.Output) || settings.Output.EndsWith('/')))
            {
                folder = settings.Output;
                stream = Stream.Null;
                try
                {
                    Directory.CreateDirectory(folder);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    CliErrors.Output(console, folder, e.Message);
                    return ExitCodes.OutputError;
                }
            }
            else
            {
                try
                {
                    stream = new FileStream(settings.Output, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
                    ownsStream = true;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    CliErrors.Output(console, settings.Output, e.Message);
                    return ExitCodes.OutputError;
                }
            }

            try
            {
                var bidi = settings.Bidi switch
                {
                    "visual" => true,
                    "logical" => false,
                    _ => settings.Output is null && console.OutputIsTerminal,
                };
                var sink = new OutputSink(stream, exporter, ExportOptions, folder, new TextReportOptions(bidi, console.TerminalWidth, Details: settings.Details));
                var code = body(sink);
                stream.Flush();
                return code;
            }
            catch (IOException e)
            {
                CliErrors.Output(console, settings.Output ?? "stdout", e.Message);
                return ExitCodes.OutputError;
            }
            finally
            {
                if (ownsStream)
                {
                    stream.Dispose();
                }
            }
        }
    }

    /// <summary>The result of one document of a batch: the analysis, or why there is none.</summary>
    /// <remarks>
    /// A document whose output is one self-contained record of a stream (JSON Lines, CSV rows) is rendered on its worker
    /// thread (<see cref="Rendered"/>), so the thread that writes in input order only copies bytes and the batch's
    /// serialization runs on all the workers; the analysis itself is then left to the collector. Other outputs (the text
    /// report, whose separators depend on the order, and one file per document) are written on the writing thread.
    /// </remarks>
    private sealed record Outcome(AnalyzedDocument? Document, string Key, string? Value, string Label, InputError? Error, int? Line, byte[]? Rendered = null)
    {
        public static Outcome Of(AnalyzedDocument document) => new(document, "id", null, string.Empty, null, null);

        public static Outcome Of(AnalyzedDocument document, OutputSink sink) =>
            sink.RenderOnWorker(document) is { } bytes ? new(null, "id", null, string.Empty, null, null, bytes) : Of(document);

        public static Outcome Failed(string key, string? value, string label, InputError error, int? line) => new(null, key, value, label, error, line);
    }

    /// <summary>Writes documents and error records in the chosen format.</summary>
    private sealed class OutputSink(Stream stream, IDocumentExporter? exporter, ExportOptions options, string? folder, TextReportOptions textOptions)
    {
        private int _count;

        /// <summary>
        /// The document's record, rendered on the calling thread, when the output is a stream of self-contained records
        /// (exporters are stateless and thread-safe); null when it must be written in order by <see cref="Write"/>.
        /// </summary>
        public byte[]? RenderOnWorker(AnalyzedDocument document)
        {
            if (exporter is not { Streamable: true } || folder is not null)
            {
                return null;
            }

            using var buffer = new MemoryStream();
            exporter.Write(buffer, document, options);
            return buffer.ToArray();
        }

        /// <summary>Writes a record rendered by <see cref="RenderOnWorker"/>.</summary>
        public void WriteRendered(byte[] record)
        {
            _count++;
            stream.Write(record);
        }

        public void Write(AnalyzedDocument document)
        {
            _count++;
            if (exporter is null)
            {
                var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
                TextReport.Default.Render(writer, document, textOptions with { First = _count == 1 });
                writer.Flush();
                return;
            }

            if (folder is not null)
            {
                var name = document.Id ?? System.IO.Path.GetFileNameWithoutExtension(document.Source.Path) ?? $"document-{_count}";
                var target = System.IO.Path.Combine(folder, SafeName(name) + "." + exporter.FileExtension);
                using var file = File.Create(target);
                exporter.Write(file, document, options);
                return;
            }

            exporter.Write(stream, document, options);
        }

        public void WriteError(string key, string? value, InputError error, int? line)
        {
            if (exporter is null)
            {
                var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
                writer.WriteLine($"✗ {value ?? $"line {line}"}: [{error.Code}] {error.MessageEn}");
                writer.Flush();
                return;
            }

            if (!exporter.Streamable && folder is not null)
            {
                return; // reported on stderr only
            }

            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                w.WriteStartObject();
                if (value is null)
                {
                    w.WriteNull(key);
                }
                else
                {
                    w.WriteString(key, value);
                }

                if (line is { } l)
                {
                    w.WriteNumber("line", l);
                }

                w.WriteStartObject("error");
                w.WriteString("code", error.Code);
                w.WriteString("message", error.MessageEn);
                w.WriteString("message_ar", error.MessageAr);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
        }

        private static string SafeName(string name)
        {
            var invalid = System.IO.Path.GetInvalidFileNameChars();
            return string.Concat(name.Select(c => invalid.Contains(c) ? '_' : c));
        }
    }
}
