using System.Diagnostics;
using Tarikh.Cli.Commands;
using Xunit;

namespace Tarikh.Cli.Tests.Commands;

/// <summary>Only regular files and standard input are read, and never past the size limit.</summary>
public sealed class InputFilesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tarikh-inputs-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A stream that never ends (like /dev/zero).</summary>
    private sealed class Endless : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void An_endless_stream_is_read_only_just_past_the_limit()
    {
        var endless = new Endless();
        Assert.Null(InputFiles.ReadBounded(endless, 100_000, out var read));
        Assert.Equal(100_001, read);
        Assert.InRange(endless.Served, 100_001, 100_001 + (1 << 16));
    }

    [Fact]
    public void A_stream_within_the_limit_is_read_whole()
    {
        var bytes = InputFiles.ReadBounded(new MemoryStream(new byte[5000]), 5000, out var read);
        Assert.Equal(5000, bytes!.Length);
        Assert.Equal(5000, read);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void A_device_is_refused_before_reading(string device)
    {
        if (!File.Exists(device))
        {
            return; // not a Unix-like system
        }

        var r = CliRunner.InProcess(null, "analyze", device);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("[not-a-file]", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("ليس ملفاً عادياً", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fifo_is_refused_without_blocking_for_analyze_batch_and_ingest()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var fifo = Path.Combine(_dir, "input.txt");
        using (var mk = Process.Start("mkfifo", fifo))
        {
            await mk.WaitForExitAsync();
        }

        foreach (var args in new[] { new[] { "analyze", fifo }, ["analyze", "--jsonl", fifo], ["ingest", fifo, "--db", Path.Combine(_dir, "l.db")] })
        {
            var result = await Task.Run(() => CliRunner.InProcess(null, args)).WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("[not-a-file]", result.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_fifo_in_a_folder_is_an_error_record_and_the_other_files_are_analyzed()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var folder = Path.Combine(_dir, "texts");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.txt"), "وُلد أحمد شوقي في القاهرة سنة 1868.");
        using (var mk = Process.Start("mkfifo", Path.Combine(folder, "b.txt")))
        {
            await mk.WaitForExitAsync();
        }

        var result = await Task.Run(() => CliRunner.InProcess(null, "analyze", folder)).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(3, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, l => l.Contains("\"not-a-file\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"schema\":\"tarikh/1\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_regular_file_is_still_read()
    {
        var path = Path.Combine(_dir, "bio.txt");
        File.WriteAllText(path, "وُلد أحمد شوقي في القاهرة سنة 1868 وتوفي فيها سنة 1932.");
        Assert.Null(InputFiles.CheckRegular(path));
        Assert.Equal(0, CliRunner.InProcess(null, "analyze", path).ExitCode);
    }

    [Fact]
    public void Standard_input_over_the_limit_is_refused()
    {
        var r = CliRunner.InProcess(new string('ا', 700_000), "analyze", "-", "--max-size", "1");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("[too-large]", r.Stderr, StringComparison.Ordinal);
    }
}

/// <summary>Ctrl+C (the action's token) stops an analysis inside the pipeline.</summary>
public sealed class InterruptTests
{
    [Fact]
    public void A_cancelled_analysis_stops_with_exit_130_and_a_bilingual_message()
    {
        var output = new MemoryStream();
        var error = new StringWriter();
        var console = new CliConsole(() => new MemoryStream(System.Text.Encoding.UTF8.GetBytes("وُلد أحمد شوقي في القاهرة سنة 1868 وتوفي فيها سنة 1932.")), output, error);
        using var ctrlC = new CancellationTokenSource();
        ctrlC.Cancel();
        var settings = new AnalyzeSettings("-", null, "json", null, null, false, false, false, 1 << 20, "logical");
        var code = AnalyzeCommand.Execute(settings, console, ctrlC.Token);
        Assert.Equal(ExitCodes.Interrupted, code);
        Assert.Contains("interrupted", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("أُوقف", error.ToString(), StringComparison.Ordinal);
    }
}
