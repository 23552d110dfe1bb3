using System.Diagnostics.Tracing;
using System.Globalization;

namespace Tarikh.Benchmarks;

/// <summary>
/// Samples the runtime's <c>GCAllocationTick</c> events (one about every 100 KB allocated, naming the type of the object
/// that crossed the mark) and sums the sampled bytes per (part, type); <see cref="Part"/> names what is running now.
/// Used by <c>alloc-profile</c> and <c>stage-profile</c>.
/// </summary>
internal sealed class AllocationTickListener : EventListener
{
    private volatile string _part = "";

    /// <summary>The part of the work running now (a stage name); samples are filed under it.</summary>
    public string Part
    {
        get => _part;
        set => _part = value;
    }

    /// <summary>Sampled bytes per (part, type name). Lock it to read while events may still arrive.</summary>
    public Dictionary<(string Part, string Type), long> Bytes { get; } = [];

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
        {
            return;
        }

        var names = e.PayloadNames!;
        var type = (string?)e.Payload[names.IndexOf("TypeName")] ?? "?";
        var amount = names.IndexOf("AllocationAmount64") is >= 0 and var k ? Convert.ToInt64(e.Payload[k], CultureInfo.InvariantCulture) : 100_000;
        lock (Bytes)
        {
            var key = (_part, type);
            Bytes[key] = Bytes.GetValueOrDefault(key) + amount;
        }
    }
}
