using System.CommandLine;
using System.Text;
using Tarikh.Cli.Commands;

namespace Tarikh.Cli;

/// <summary>The <c>tarikh</c> command. Each command lives in its own file under Commands/ and is registered here with one line.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
        if (Commands.Cluster.WorkerCommand.OwnsTermination(args))
        {
            Commands.Cluster.WorkerCommand.ConfigureThreadPool();
        }

        Console.OutputEncoding = new UTF8Encoding(false);
        return Run(args, CliConsole.System());
    }

    /// <summary>Runs the command line against the given console (tests pass in-memory streams).</summary>
    public static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var root = BuildRootCommand(console);
        var configuration = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
        };
        if (Commands.Cluster.WorkerCommand.OwnsTermination(args))
        {
            // The worker handles SIGTERM itself: its jobs in flight may need more than the default two seconds.
            configuration.ProcessTerminationTimeout = null;
        }

        try
        {
            return root.Parse(args).Invoke(configuration);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug, not a user mistake: one clear line, no stack trace (set TARIKH_DEBUG=1 to see it).
            CliErrors.Internal(console, e);
            return ExitCodes.InternalError;
        }
        finally
        {
            console.Out.Flush();
            console.Error.Flush();
        }
    }

    /// <summary>Builds the command tree.</summary>
    public static RootCommand BuildRootCommand(CliConsole console)
    {
        var root = new RootCommand("Tarikh (تاريخ): reads Arabic historical and biographical text and turns it into a verified timeline.");
        root.Add(AnalyzeCommand.Create(console));
        root.Add(IngestCommand.Create(console));
        root.Add(SearchCommand.Create(console));
        root.Add(ServeCommand.Create(console));
        root.Add(NerCommand.Create(console));
        root.Add(TrainCommand.Create(console));
        root.Add(GazetteerCommand.Create(console));
        root.Add(KbCommand.Create(console));
        root.Add(Commands.Cluster.QueueCommand.Create(console));
        root.Add(Commands.Cluster.WorkerCommand.Create(console));

        // `eval` is shared: each helper registers its evaluation below with one line.
        var eval = EvalCommand.Create(console);
        eval.Add(EvalTimexCommand.Create(console));
        eval.Add(EvalRecognizersCommand.Create(console));
        eval.Add(EvalNerCommand.Create(console));
        eval.Add(EvalEventsCommand.Create(console));
        eval.Add(EvalChecksCommand.Create(console));
        eval.Add(EvalFlagsCommand.Create(console));
        eval.Add(EvalKbCommand.Create(console));
        root.Add(eval);
        return root;
    }
}
