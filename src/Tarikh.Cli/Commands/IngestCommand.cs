using System.CommandLine;
using System.Diagnostics;
using System.Threading.Channels;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;
using Tarikh.Core.Input;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Storage;

namespace Tarikh.Cli.Commands;

/// <summary>The counts of an ingest run.</summary>
/// <param name="Added">Documents analyzed and stored.</param>
/// <param name="Skipped">Documents already stored (same text): nothing done.</param>
/// <param name="Failed">Documents that could not be read or analyzed (reported, skipped).</param>
/// <param name="Seconds">Wall time.</param>
public sealed record IngestSummary(int Added, int Skipped, int Failed, double Seconds)
{
    /// <summary>Documents per second over all processed documents.</summary>
    public double Rate => Seconds > 0 ? (Added + Skipped + Failed) / Seconds : 0;
}

/// <summary>
/// <c>tarikh ingest PATH|--jsonl FILE [--db …] [--index …] [--workers N]</c>: analyzes documents in
/// parallel and saves each (text, analysis, layer rows) to the store in its own transaction, and to the
/// search index. Resumable: documents whose text is already stored are skipped before analysis. A bad
/// document is reported and skipped. Exit codes: 0 all done, 3 some documents failed, 1 usage, 2 input
/// missing, 5 database unavailable.
/// </summary>
public static class IngestCommand
{
    /// <summary>Exit code when the database or index cannot be opened.</summary>
    public const int DatabaseError = 5;

    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var path = new Argument<string?>("PATH")
        {
            Description = "A file or a folder (recursive: .txt .md .html .htm) / ملف أو مجلد",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var jsonl = new Option<string?>("--jsonl") { Description = "A JSON Lines file of {\"id\",\"text\",\"reference_date\"?} / ملف أسطر JSON" };
        var workers = new Option<int>("--workers", "-w")
        {
            Description = "Documents analyzed in parallel (default: number of cores) / عدد العمليات المتوازية",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var reference = new Option<string?>("--reference-date") { Description = "The date 'today' refers to, YYYY-MM-DD / التاريخ المرجعي" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display / بلا شريط تقدّم" };
        var timeout = new Option<double>("--timeout")
        {
            Description = "Time limit per document in seconds, 0 for none; a document past it is reported and skipped (default 120) / المهلة لكل وثيقة بالثواني",
            DefaultValueFactory = _ => AnalyzeSettings.DefaultBatchTimeout.TotalSeconds,
        };
        var library = new LibraryOptionsBinding();
        var command = new Command("ingest", "Analyze documents and store them in the library (database + search index) / تحليل الوثائق وحفظها في المكتبة")
        {
            path, jsonl, workers, reference, quiet, timeout,
        };
        library.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var p = parse.GetValue(path);
            var j = parse.GetValue(jsonl);
            if (p is null == j is null)
            {
                CliErrors.Usage(console, "give either PATH (a file or a folder) or --jsonl FILE.", "حدّد إما PATH (ملف أو مجلد) أو --jsonl FILE.");
                return ExitCodes.Usage;
            }

            var n = parse.GetValue(workers);
            var seconds = parse.GetValue(timeout);
            if (!CliErrors.CheckBatch(console, n, seconds))
            {
                return ExitCodes.Usage;
            }

            if (!CliErrors.TryReferenceDate(console, parse.GetValue(reference), out var referenceDate))
            {
                return ExitCodes.Usage;
            }

            if ((p ?? j) is { } given && File.Exists(given) && InputFiles.CheckRegular(given) is { } refused)
            {
                CliErrors.Input(console, given, refused);
                return ExitCodes.InputError;
            }

            var source = p is not null ? Sources.FromPath(p) : Sources.FromJsonl(j!, referenceDate);
            if (source is null)
            {
                var missing = p ?? j!;
                CliErrors.Input(console, missing, InputError.NotFoundInput(missing));
                return ExitCodes.InputError;
            }

            await using var lib = await LibraryOptionsBinding.OpenAsync(library.Get(parse), console, ct).ConfigureAwait(false);
            if (lib is null)
            {
                return DatabaseError;
            }

            var showProgress = !parse.GetValue(quiet) && !Console.IsErrorRedirected && console.OutputIsTerminal;
            var summary = await RunAsync(lib, source, n, referenceDate, console, showProgress, ct, seconds > 0 ? TimeSpan.FromSeconds(seconds) : null).ConfigureAwait(false);
            console.Error.WriteLine($"tarikh: ingested {summary.Added} new, {summary.Skipped} already stored, {summary.Failed} failed in {summary.Seconds:F1} s ({summary.Rate:F1} docs/s)");
            console.Error.WriteLine($"tarikh: أُضيفت {summary.Added} وثيقة جديدة، و{summary.Skipped} محفوظة من قبل، وفشلت {summary.Failed}، في {summary.Seconds:F1} ثانية ({summary.Rate:F1} وثيقة/ثانية)");
            return summary.Failed > 0 ? ExitCodes.PartialFailure : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>One document to ingest: where it is and how to read it.</summary>
    /// <param name="Name">Path or batch id (for messages and the stored source path).</param>
    /// <param name="Read">Reads and decodes it.</param>
    /// <param name="ReferenceDate">Its reference date.</param>
    public sealed record WorkItem(string Name, Func<InputDecoder, DecodedInput> Read, LocalDate? ReferenceDate);

    /// <summary>A counted sequence of work items.</summary>
    public sealed record WorkSource(int Count, IEnumerable<WorkItem> Items);

    /// <summary>Enumerates the documents of a path or a JSON Lines file.</summary>
    public static class Sources
    {
        /// <summary>A file or a folder; null when it does not exist.</summary>
        public static WorkSource? FromPath(string path)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                    .Where(f => AnalyzeCommand.FolderExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                return new WorkSource(files.Count, files.Select(File));
            }

            return System.IO.File.Exists(path) ? new WorkSource(1, [File(path)]) : null;
        }

        private static WorkItem File(string f) => new(f, decoder =>
        {
            var (bytes, error) = InputFiles.Read(f, decoder.Options.MaxBytes);
            return error is not null ? DecodedInput.Failure(error) : decoder.Decode(bytes, f, InputOptions.FormatOfPath(f));
        }, null);

        /// <summary>A JSON Lines batch; null when the file does not exist.</summary>
        public static WorkSource? FromJsonl(string path, LocalDate? referenceDate)
        {
            if (!System.IO.File.Exists(path))
            {
                return null;
            }

            var count = System.IO.File.ReadLines(path).Count(l => !string.IsNullOrWhiteSpace(l));
            return new WorkSource(count, Lines(path, referenceDate));
        }

        private static IEnumerable<WorkItem> Lines(string path, LocalDate? referenceDate)
        {
            var number = 0;
            foreach (var line in System.IO.File.ReadLines(path))
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var lineNumber = number;
                var parsed = BatchLine.Parse(line, referenceDate);
                var name = parsed.Id ?? $"{path}:{lineNumber}";
                yield return new WorkItem(name, decoder => parsed.Error is { } error
                    ? DecodedInput.Failure(error)
                    : decoder.FromString(parsed.Text!, parsed.Id, InputFormat.Auto), parsed.ReferenceDate);
            }
        }
    }

    /// <summary>Runs an ingest: <paramref name="workers"/> analyses in parallel, each document saved in its own transaction.</summary>
    /// <param name="library">The library written to.</param>
    /// <param name="source">The documents.</param>
    /// <param name="workers">Documents analyzed at once.</param>
    /// <param name="referenceDate">The default reference date.</param>
    /// <param name="console">Where messages go.</param>
    /// <param name="showProgress">Show a progress bar.</param>
    /// <param name="ct">Stops the whole run.</param>
    /// <param name="timeout">Time limit per document (a document past it is reported and skipped), or null for none.</param>
    public static async Task<IngestSummary> RunAsync(TarikhLibrary library, WorkSource source, int workers, LocalDate? referenceDate, CliConsole console, bool showProgress, CancellationToken ct, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(source);
        var pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault(ImageCache.Default(console.Error)));
        var decoder = new InputDecoder();
        int added = 0, skipped = 0, failed = 0;
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        var lastCommit = Stopwatch.StartNew();
        var commitGate = new object();

        void Fail(string name, InputError error)
        {
            Interlocked.Increment(ref failed);
            var line = $"tarikh: skipped [{error.Code}] {name}: {error.MessageEn}\ntarikh: تُركت [{error.Code}] {name}: {error.MessageAr}";
            if (showProgress)
            {
                errors.Enqueue(line);
            }
            else
            {
                lock (console.Error)
                {
                    console.Error.WriteLine(line);
                }
            }
        }

        async Task ProcessAsync(WorkItem item, CancellationToken token)
        {
            var decoded = item.Read(decoder);
            if (!decoded.IsSuccess)
            {
                Fail(item.Name, decoded.Error!);
                return;
            }

            var text = decoded.Text!;
            try
            {
                if (await library.Store.FindAsync(text.Sha256, token).ConfigureAwait(false) is { } existing && library.Index.Contains(existing))
                {
                    Interlocked.Increment(ref skipped);
                    return;
                }

                AnalyzedDocument doc;
                using (var limit = CancellationTokenSource.CreateLinkedTokenSource(token))
                {
                    if (timeout is { } t)
                    {
                        limit.CancelAfter(t);
                    }

                    var clock = System.Diagnostics.Stopwatch.StartNew();
                    try
                    {
                        doc = pipeline.Run(text, item.Name, item.ReferenceDate ?? referenceDate, limit.Token);

                        // The timer that cancels the token runs on the thread pool and may fire late on a loaded
                        // machine; a document that took longer than its limit is past it all the same.
                        if (timeout is { } limitTime && clock.Elapsed > limitTime)
                        {
                            throw new OperationCanceledException(limit.Token);
                        }
                    }
                    catch (OperationCanceledException) when (!token.IsCancellationRequested)
                    {
                        // Past its time limit: this document is skipped, the others go on.
                        Fail(item.Name, new InputError("timeout",
                            $"The document was not analyzed within the time limit ({timeout?.TotalSeconds:0.###} s, --timeout).",
                            $"لم يكتمل تحليل الوثيقة ضمن المهلة ({timeout?.TotalSeconds:0.###} ثانية، --timeout)."));
                        return;
                    }
                }

                var result = await library.AddAsync(doc, new DocumentMetadata(item.Name), commit: false, token).ConfigureAwait(false);
                Interlocked.Increment(ref result.Created ? ref added : ref skipped);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One bad document must not stop a batch of thousands: report it and go on.
                Fail(item.Name, new InputError("analysis-failed", $"{e.GetType().Name}: {e.Message}", $"تعذّر تحليل الوثيقة أو حفظها: {e.Message}"));
            }

            if (lastCommit.Elapsed > TimeSpan.FromSeconds(5))
            {
                lock (commitGate)
                {
                    if (lastCommit.Elapsed > TimeSpan.FromSeconds(5))
                    {
                        library.Index.Commit();
                        lastCommit.Restart();
                    }
                }
            }
        }

        async Task RunAllAsync(Action? tick)
        {
            var channel = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(workers * 4) { SingleWriter = true });
            var producer = Task.Run(async () =>
            {
                try
                {
                    foreach (var item in source.Items)
                    {
                        await channel.Writer.WriteAsync(item, ct).ConfigureAwait(false);
                    }
                }
                finally
                {
                    channel.Writer.Complete();
                }
            }, ct);
            var consumers = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
            {
                await foreach (var item in channel.Reader.ReadAllAsync(ct).ConfigureAwait(false))
                {
                    await ProcessAsync(item, ct).ConfigureAwait(false);
                    tick?.Invoke();
                }
            }, ct)).ToArray();
            await Task.WhenAll([producer, .. consumers]).ConfigureAwait(false);
            library.Index.Commit();
        }

        if (showProgress)
        {
            var ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            await ansi.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("ingest", maxValue: Math.Max(1, source.Count));
                    void Tick()
                    {
                        var done = Volatile.Read(ref added) + Volatile.Read(ref skipped) + Volatile.Read(ref failed);
                        var rate = done / Math.Max(0.001, clock.Elapsed.TotalSeconds);
                        task.Description = $"[green]{added}[/] new · {skipped} stored · [red]{failed}[/] errors · {rate:F1} docs/s";
                        task.Value = done;
                    }

                    await RunAllAsync(Tick).ConfigureAwait(false);
                    Tick();
                }).ConfigureAwait(false);
            while (errors.TryDequeue(out var line))
            {
                console.Error.WriteLine(line);
            }
        }
        else
        {
            await RunAllAsync(null).ConfigureAwait(false);
        }

        return new IngestSummary(added, skipped, failed, clock.Elapsed.TotalSeconds);
    }
}
