using BenchmarkDotNet.Running;

namespace Tarikh.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project bench/Tarikh.Benchmarks -- --filter '*Time*' --job short</c>.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
