using System.Diagnostics;
using System.Text;
using Tarikh.Cli;

namespace Tarikh.Cli.Tests;

/// <summary>The result of one run of tarikh.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs tarikh in process (fast) or as a real process (<c>dotnet tarikh.dll</c>).</summary>
public static class CliRunner
{
    /// <summary>Runs <see cref="Program.Run"/> with in-memory streams.</summary>
    public static CliResult InProcess(string? stdin, params string[] args)
    {
        var output = new MemoryStream();
        var error = new StringWriter();
        var console = new CliConsole(() => new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? string.Empty)), output, error);
        var code = Program.Run(args, console);
        return new CliResult(code, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    /// <summary>Runs the built tarikh.dll in a child process.</summary>
    public static CliResult Process(string? stdin, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "tarikh.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = System.Diagnostics.Process.Start(info)!;
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderrTask = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("tarikh did not finish in 120 s");
        }

        return new CliResult(process.ExitCode, stdoutTask.Result, stderrTask.Result);
    }
}
