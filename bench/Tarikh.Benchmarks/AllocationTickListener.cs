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
        if (type.Contains("<>", StringComparison.Ordinal) || type.StartsWith('<'))
        {
            type = Describe(type, names.IndexOf("TypeID") is >= 0 and var t ? e.Payload[t] switch { nint p => (ulong)p, nuint u => (ulong)u, var o => Convert.ToUInt64(o, CultureInfo.InvariantCulture) } : 0);
        }

        var amount = names.IndexOf("AllocationAmount64") is >= 0 and var k ? Convert.ToInt64(e.Payload[k], CultureInfo.InvariantCulture) : 100_000;
        lock (Bytes)
        {
            var key = (_part, type);
            Bytes[key] = Bytes.GetValueOrDefault(key) + amount;
        }
    }

    /// <summary>
    /// A compiler-made type (closure, iterator) named by the type that holds it and the variables it captures, so a
    /// closure can be traced to its method: the event's type id is the runtime's type handle.
    /// </summary>
    private static string Describe(string name, ulong typeId)
    {
        if (typeId == 0)
        {
            return name;
        }

        try
        {
            var type = Type.GetTypeFromHandle(RuntimeTypeHandle.FromIntPtr((nint)typeId));
            if (type is null)
            {
                return name;
            }

            var fields = type.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)
                .Select(f => f.Name).Where(f => !f.StartsWith("<>", StringComparison.Ordinal)).Take(6);
            return $"{type.DeclaringType?.FullName}+{name} {{{string.Join(", ", fields)}}}";
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidCastException or TypeLoadException)
        {
            return name;
        }
    }
}
