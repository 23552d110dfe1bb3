using System.Text;

namespace Tarikh.Cli;

/// <summary>The streams a command reads and writes: the real console, or in-memory streams in tests.</summary>
public sealed class CliConsole
{
    /// <summary>Creates a console over the given streams.</summary>
    /// <param name="openInput">Opens standard input (read only when the input path is <c>-</c>).</param>
    /// <param name="output">Standard output (binary: JSON is written as UTF-8 bytes).</param>
    /// <param name="error">Standard error (messages).</param>
    /// <param name="outputIsTerminal">True when standard output is an interactive terminal.</param>
    /// <param name="terminalWidth">Width of the terminal in columns.</param>
    public CliConsole(Func<Stream> openInput, Stream output, TextWriter error, bool outputIsTerminal = false, int terminalWidth = 100)
    {
        OpenInput = openInput;
        OutputStream = output;
        Out = new StreamWriter(output, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true) { AutoFlush = true };
        Error = error;
        OutputIsTerminal = outputIsTerminal;
        TerminalWidth = terminalWidth;
    }

    /// <summary>Opens standard input.</summary>
    public Func<Stream> OpenInput { get; }

    /// <summary>Standard output as bytes.</summary>
    public Stream OutputStream { get; }

    /// <summary>Standard output as text (UTF-8).</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>True when standard output is an interactive terminal.</summary>
    public bool OutputIsTerminal { get; }

    /// <summary>Width of the terminal in columns.</summary>
    public int TerminalWidth { get; }

    /// <summary>The process console.</summary>
    public static CliConsole System()
    {
        var terminal = !Console.IsOutputRedirected;
        var width = 100;
        if (terminal)
        {
            try
            {
                width = Math.Max(40, Console.WindowWidth);
            }
            catch (IOException)
            {
                width = 100;
            }
        }

        var error = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
        return new CliConsole(Console.OpenStandardInput, Console.OpenStandardOutput(), error, terminal, width);
    }
}
