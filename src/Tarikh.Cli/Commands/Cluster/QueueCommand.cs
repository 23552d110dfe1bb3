using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;
using Tarikh.Cluster;
using Tarikh.Core.Input;
using Tarikh.Storage;

namespace Tarikh.Cli.Commands.Cluster;

/// <summary>
/// <c>tarikh queue submit PATH|--jsonl FILE --broker URI</c> publishes document jobs (confirmed by the broker);
/// <c>tarikh queue status --broker URI [--db …]</c> shows queued, in-flight, done and dead-lettered jobs.
/// A bad file or batch line is reported and skipped; the others are submitted. Exit codes: 0, 1 usage,
/// 2 input missing, 3 some inputs skipped, 5 database unavailable, 6 broker unavailable.
/// </summary>
public static class QueueCommand
{
    /// <summary>Creates the command with its subcommands.</summary>
    public static Command Create(CliConsole console)
    {
        var queue = new Command("queue", "Work queue of documents for workers on many machines (RabbitMQ) / طابور الوثائق للعمّال على عدة أجهزة");
        queue.Add(Submit(console));
        queue.Add(Status(console));
        return queue;
    }

    private static Command Submit(CliConsole console)
    {
        var path = new Argument<string?>("PATH") { Description = "A file or a folder (recursive: .txt .md .html .htm) / ملف أو مجلد", Arity = ArgumentArity.ZeroOrOne };
        var jsonl = new Option<string?>("--jsonl") { Description = "A JSON Lines file of {\"id\",\"text\",\"reference_date\"?} / ملف أسطر JSON" };
        var byPath = new Option<bool>("--by-path") { Description = "Send file paths, not texts: the workers read the files (a shared folder) / إرسال مسارات الملفات بدل نصوصها" };
        var reference = new Option<string?>("--reference-date") { Description = "The date 'today' refers to, YYYY-MM-DD / التاريخ المرجعي" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display / بلا شريط تقدّم" };
        var broker = ClusterOptions.Broker();
        var queueName = ClusterOptions.Queue();
        var command = new Command("submit", "Publish document jobs to the queue / نشر مهام الوثائق في الطابور")
        {
            path, jsonl, byPath, reference, quiet, broker, queueName,
        };
        command.SetAction(async (parse, ct) =>
        {
            var p = parse.GetValue(path);
            var j = parse.GetValue(jsonl);
            if (p is null == j is null)
            {
                CliErrors.Usage(console, "give either PATH (a file or a folder) or --jsonl FILE.", "حدّد إما PATH (ملف أو مجلد) أو --jsonl FILE.");
                return ExitCodes.Usage;
            }

            if (ClusterOptions.CheckBroker(console, parse.GetValue(broker)) is not { } uri)
            {
                return ExitCodes.Usage;
            }

            if (!CliErrors.TryReferenceDate(console, parse.GetValue(reference), out var referenceDate))
            {
                return ExitCodes.Usage;
            }

            var given = p ?? j!;
            if (!File.Exists(given) && !(p is not null && Directory.Exists(given)))
            {
                CliErrors.Input(console, given, InputError.NotFoundInput(given));
                return ExitCodes.InputError;
            }

            if (File.Exists(given) && InputFiles.CheckRegular(given) is { } refused)
            {
                CliErrors.Input(console, given, refused);
                return ExitCodes.InputError;
            }

            var skipped = 0;
            void Skip(string name, InputError error)
            {
                Interlocked.Increment(ref skipped);
                lock (console.Error)
                {
                    console.Error.WriteLine($"tarikh: skipped [{error.Code}] {name}: {error.MessageEn}");
                    console.Error.WriteLine($"tarikh: تُركت [{error.Code}] {name}: {error.MessageAr}");
                }
            }

            var (count, jobs) = p is not null
                ? FromPath(p, parse.GetValue(byPath), referenceDate, Skip)
                : FromJsonl(j!, referenceDate, Skip);
            JobPublisher publisher;
            try
            {
                publisher = await JobPublisher.OpenAsync(uri, new QueueTopology(parse.GetValue(queueName)!), ct).ConfigureAwait(false);
            }
            catch (Exception e) when (ClusterOptions.IsBrokerFailure(e))
            {
                return ClusterOptions.BrokerUnavailable(console, uri, e);
            }

            var submitted = 0;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await using (publisher)
            {
                try
                {
                    var showProgress = !parse.GetValue(quiet) && !Console.IsErrorRedirected && console.OutputIsTerminal;
                    if (showProgress)
                    {
                        var ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                        await ansi.Progress().AutoClear(false)
                            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                            .StartAsync(async ctx =>
                            {
                                var task = ctx.AddTask("submit", maxValue: Math.Max(1, count));
                                await publisher.PublishManyAsync(jobs, _ =>
                                {
                                    var n = Interlocked.Increment(ref submitted);
                                    task.Value = n + Volatile.Read(ref skipped);
                                    task.Description = $"[green]{n}[/] submitted · [red]{Volatile.Read(ref skipped)}[/] skipped";
                                }, cancellationToken: ct).ConfigureAwait(false);
                            }).ConfigureAwait(false);
                    }
                    else
                    {
                        await publisher.PublishManyAsync(jobs, _ => Interlocked.Increment(ref submitted), cancellationToken: ct).ConfigureAwait(false);
                    }
                }
                catch (Exception e) when (ClusterOptions.IsBrokerFailure(e))
                {
                    console.Error.WriteLine($"tarikh: {submitted} jobs were confirmed before the broker was lost / أُكّدت {submitted} مهمة قبل انقطاع الوسيط");
                    return ClusterOptions.BrokerUnavailable(console, uri, e);
                }
            }

            console.Error.WriteLine($"tarikh: submitted {submitted} jobs to {parse.GetValue(queueName)}, {skipped} skipped, in {clock.Elapsed.TotalSeconds:F1} s");
            console.Error.WriteLine($"tarikh: نُشرت {submitted} مهمة في {parse.GetValue(queueName)}، وتُركت {skipped}، في {clock.Elapsed.TotalSeconds:F1} ثانية");
            return skipped > 0 ? ExitCodes.PartialFailure : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The jobs of a file or folder; unreadable files are reported through <paramref name="skip"/>.</summary>
    internal static (int Count, IEnumerable<DocumentJob> Jobs) FromPath(string path, bool byPath, LocalDate? referenceDate, Action<string, InputError> skip)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                .Where(f => AnalyzeCommand.FolderExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [path];
        return (files.Count, Jobs());

        IEnumerable<DocumentJob> Jobs()
        {
            var decoder = new InputDecoder();
            foreach (var f in files)
            {
                if (byPath)
                {
                    yield return DocumentJob.FromPath(Path.GetFullPath(f), referenceDate);
                    continue;
                }

                var (bytes, error) = InputFiles.Read(f, decoder.Options.MaxBytes);

                // Decode as text only (HTML stays HTML: the worker reduces it, as ingest does), so bad bytes are caught here.
                var decoded = error is null ? decoder.Decode(bytes, f, InputFormat.Text) : DecodedInput.Failure(error);
                if (!decoded.IsSuccess)
                {
                    skip(f, decoded.Error!);
                    continue;
                }

                yield return DocumentJob.FromText(f, decoded.Text!.Text, InputOptions.FormatOfPath(f), referenceDate);
            }
        }
    }

    /// <summary>The jobs of a JSON Lines batch; broken lines are reported through <paramref name="skip"/>.</summary>
    internal static (int Count, IEnumerable<DocumentJob> Jobs) FromJsonl(string path, LocalDate? referenceDate, Action<string, InputError> skip)
    {
        var count = File.ReadLines(path).Count(l => !string.IsNullOrWhiteSpace(l));
        return (count, Jobs());

        IEnumerable<DocumentJob> Jobs()
        {
            var number = 0;
            foreach (var line in File.ReadLines(path))
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var parsed = BatchLine.Parse(line, referenceDate);
                if (parsed.Error is { } error)
                {
                    skip($"{path}:{number}" + (parsed.Id is { } id ? $" ({id})" : string.Empty), error);
                    continue;
                }

                yield return DocumentJob.FromText(parsed.Id!, parsed.Text!, InputFormat.Auto, parsed.ReferenceDate);
            }
        }
    }

    private static Command Status(CliConsole console)
    {
        var broker = ClusterOptions.Broker();
        var queueName = ClusterOptions.Queue();
        var db = new Option<string?>("--db") { Description = "The store, to count the documents done (PostgreSQL connection string or URL) / قاعدة البيانات لعدّ الوثائق المنجزة" };
        var management = new Option<string?>("--management") { Description = "RabbitMQ management API base URL for the in-flight count (default http://HOST:15672) / عنوان واجهة الإدارة" };
        var command = new Command("status", "Queued, in-flight, done and dead-lettered jobs, with the errors of dead-lettered jobs / حالة الطابور")
        {
            broker, queueName, db, management,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (ClusterOptions.CheckBroker(console, parse.GetValue(broker)) is not { } uri)
            {
                return ExitCodes.Usage;
            }

            var topology = new QueueTopology(parse.GetValue(queueName)!);
            QueueCounts counts;
            try
            {
                counts = await QueueStatus.ReadAsync(uri, topology, parse.GetValue(management), cancellationToken: ct).ConfigureAwait(false);
            }
            catch (Exception e) when (ClusterOptions.IsBrokerFailure(e))
            {
                return ClusterOptions.BrokerUnavailable(console, uri, e);
            }

            long? done = null;
            if (parse.GetValue(db) is { Length: > 0 } database)
            {
                try
                {
                    await using var store = await DocumentStore.OpenAsync(database, ct).ConfigureAwait(false);
                    done = (await store.StatisticsAsync(ct).ConfigureAwait(false)).Documents;
                }
                catch (Exception e) when (e is System.Data.Common.DbException or System.Net.Sockets.SocketException or ArgumentException or IOException)
                {
                    console.Error.WriteLine($"tarikh: error [database] cannot open the store: {e.Message}");
                    console.Error.WriteLine($"tarikh: خطأ [database] تعذّر فتح قاعدة البيانات: {e.Message}");
                    return IngestCommand.DatabaseError;
                }
            }

            var w = console.Out;
            var inFlight = counts.InFlight?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "? (management API not reachable; give --management URL)";
            w.WriteLine($"queue / الطابور: {topology.Queue}");
            w.WriteLine($"queued / في الانتظار: {counts.Queued}");
            w.WriteLine($"in flight / قيد المعالجة: {inFlight}");
            w.WriteLine($"workers (consumers) / العمّال: {counts.Consumers}");
            w.WriteLine($"done (documents stored) / المنجزة (الوثائق المحفوظة): {(done is { } d ? d.ToString(System.Globalization.CultureInfo.InvariantCulture) : "? (give --db)")}");
            w.WriteLine($"dead-lettered / الفاشلة: {counts.DeadLettered}");
            foreach (var letter in counts.DeadLetters)
            {
                var by = letter.Worker is null ? string.Empty : $", {letter.Worker}";
                w.WriteLine($"  [{letter.Error.Code}] {letter.Id} ({letter.Tries} tries / محاولات{by})");
                w.WriteLine($"    {letter.Error.MessageEn}");
                w.WriteLine($"    {letter.Error.MessageAr}");
            }

            if (counts.DeadLettered > counts.DeadLetters.Count)
            {
                w.WriteLine($"  … {counts.DeadLettered - counts.DeadLetters.Count} more / والمزيد");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
