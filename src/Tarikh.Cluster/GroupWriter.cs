using System.Diagnostics;
using System.Threading.Channels;
using Tarikh.Storage;

namespace Tarikh.Cluster;

/// <summary>How analyzed documents are grouped into transactions.</summary>
/// <param name="MaxDocuments">At most this many documents per transaction (1: one transaction per document).</param>
/// <param name="MaxWaitMilliseconds">
/// A group is written at the latest this long after its first document was ready, unless the documents come too slowly
/// to fill <paramref name="TargetDocuments"/> in that time: then the wait is what <paramref name="TargetDocuments"/> take
/// at the rate measured in the last groups, at most <paramref name="MaxAdaptiveWaitMilliseconds"/>.
/// </param>
/// <param name="TargetDocuments">
/// The group size the wait adapts to (at most <paramref name="MaxDocuments"/>; 0 or 1: the wait is
/// <paramref name="MaxWaitMilliseconds"/> whatever the rate). PostgreSQL's and the broker's CPU per document fall with the
/// group size up to about 17–20 documents per transaction and no further (docs/scale.md, rounds 8, 9 and 16).
/// </param>
/// <param name="MaxAdaptiveWaitMilliseconds">The longest wait the adaptation may choose (a bound on the latency it adds).</param>
public sealed record WriteGrouping(int MaxDocuments = 50, int MaxWaitMilliseconds = 50, int TargetDocuments = 20, int MaxAdaptiveWaitMilliseconds = 1_000)
{
    /// <summary>One document per transaction.</summary>
    public static WriteGrouping None { get; } = new(1, 0);
}

/// <summary>What became of one document handed to the <see cref="GroupWriter"/>.</summary>
/// <param name="Result">The store's answer, when the document's transaction committed.</param>
/// <param name="Error">Why it was not stored.</param>
/// <param name="Store">Its share of the transaction's time (the group's write time over the group's size).</param>
/// <param name="Wait">Time from ready to the start of its transaction.</param>
/// <param name="GroupSize">Documents in the transaction that stored it (1 after a fallback).</param>
internal sealed record WriteOutcome(IngestResult? Result, Exception? Error, TimeSpan Store, TimeSpan Wait, int GroupSize);

/// <summary>
/// The wait of the next group: <see cref="WriteGrouping.MaxWaitMilliseconds"/>, or longer when the documents became ready
/// too slowly in the last groups to reach <see cref="WriteGrouping.TargetDocuments"/> in that time (long documents, a
/// loaded machine): then the time the target takes at the measured rate, at most
/// <see cref="WriteGrouping.MaxAdaptiveWaitMilliseconds"/>. The rate is the interval between two documents becoming ready
/// inside a group (a moving average over the groups), which is the analysis time over the concurrency while the
/// queue has work; idle gaps do not enter it (a group closes at once when no document is being prepared). Not thread-safe
/// (the writer's loop alone uses it).
/// </summary>
internal sealed class GroupWait(WriteGrouping grouping)
{
    private const double Smoothing = 0.3;
    private double _interval = double.NaN;

    /// <summary>The measured interval between two documents becoming ready (NaN before the first group of two).</summary>
    public TimeSpan Interval => double.IsNaN(_interval) ? TimeSpan.Zero : TimeSpan.FromSeconds(_interval);

    /// <summary>The wait of the next group.</summary>
    public TimeSpan Next
    {
        get
        {
            var least = TimeSpan.FromMilliseconds(Math.Max(0, grouping.MaxWaitMilliseconds));
            var target = Math.Min(grouping.TargetDocuments, grouping.MaxDocuments);
            if (target < 2 || double.IsNaN(_interval))
            {
                return least;
            }

            // The first document opens the group; the target takes (target − 1) more intervals, and one interval of slack.
            var wanted = TimeSpan.FromSeconds(_interval * target);
            var most = TimeSpan.FromMilliseconds(Math.Max(0, grouping.MaxAdaptiveWaitMilliseconds));
            // Never below the configured wait; never above the ceiling unless the configured wait is itself above it.
            return TimeSpan.FromTicks(Math.Max(least.Ticks, Math.Min(wanted.Ticks, most.Ticks)));
        }
    }

    /// <summary>Takes in a written group: the Stopwatch timestamps at which its first and last documents became ready.</summary>
    public void Observe(long firstReady, long lastReady, int count)
    {
        if (count < 2 || lastReady < firstReady)
        {
            return;
        }

        var interval = Stopwatch.GetElapsedTime(firstReady, lastReady).TotalSeconds / (count - 1);
        _interval = double.IsNaN(_interval) ? interval : (Smoothing * interval) + ((1 - Smoothing) * _interval);
    }
}

/// <summary>
/// One writer per worker: takes analyzed documents as they become ready, groups them (at most
/// <see cref="WriteGrouping.MaxDocuments"/>, at most the wait of <see cref="GroupWait"/> after the first,
/// at once when no other document is being prepared) and commits each group in one transaction while the next
/// documents are analyzed. Each caller gets its own document's outcome after the commit, and only then acknowledges
/// its delivery. When a group fails for a reason other than an unreachable database, its documents are written again
/// one transaction each, so that one bad document fails alone and the others are stored.
/// </summary>
internal sealed class GroupWriter : IAsyncDisposable
{
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<IReadOnlyList<DocumentToStore>, CancellationToken, Task<IReadOnlyList<IngestResult>>> _save;
    private readonly WriteGrouping _grouping;
    private readonly Func<bool> _moreComing;
    private readonly Action<int>? _onGroup;
    private readonly Task _loop;

    /// <param name="save">Saves a group in one transaction (all or nothing).</param>
    /// <param name="grouping">Group bounds.</param>
    /// <param name="moreComing">True while some document is still being prepared (the group may wait for it).</param>
    /// <param name="onGroup">Told the size of every committed group.</param>
    public GroupWriter(Func<IReadOnlyList<DocumentToStore>, CancellationToken, Task<IReadOnlyList<IngestResult>>> save, WriteGrouping grouping, Func<bool> moreComing, Action<int>? onGroup)
    {
        _save = save;
        _grouping = grouping;
        _moreComing = moreComing;
        _onGroup = onGroup;
        _loop = Task.Run(LoopAsync);
    }

    private sealed record Pending(DocumentToStore Document, long ReadyAt, TaskCompletionSource<WriteOutcome> Done, Action? Committed);

    /// <summary>Queues a document; the task completes after its transaction committed or failed.</summary>
    /// <param name="document">The document.</param>
    /// <param name="committed">
    /// Called on the writer's thread right after the transaction that stored it committed, for every document of the group
    /// before any of their tasks completes (so that a group's deliveries can be acknowledged together).
    /// </param>
    public Task<WriteOutcome> WriteAsync(DocumentToStore document, Action? committed = null)
    {
        var done = new TaskCompletionSource<WriteOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.Writer.TryWrite(new Pending(document, Stopwatch.GetTimestamp(), done, committed)))
        {
            done.SetResult(new WriteOutcome(null, new ObjectDisposedException(nameof(GroupWriter)), default, default, 0));
        }

        return done.Task;
    }

    private async Task LoopAsync()
    {
        var reader = _queue.Reader;
        var max = Math.Max(1, _grouping.MaxDocuments);
        var waits = new GroupWait(_grouping);
        var group = new List<Pending>(max);
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            group.Clear();
            var first = Stopwatch.GetTimestamp();
            var wait = waits.Next;
            while (group.Count < max)
            {
                while (group.Count < max && reader.TryRead(out var next))
                {
                    group.Add(next);
                }

                var left = wait - Stopwatch.GetElapsedTime(first);
                if (group.Count >= max || left <= TimeSpan.Zero || !_moreComing())
                {
                    // A document queued just before "nothing more is coming" was said is already in the queue: it joins
                    // this group rather than opening a group of its own.
                    while (group.Count < max && reader.TryRead(out var late))
                    {
                        group.Add(late);
                    }

                    break;
                }

                using var timer = new CancellationTokenSource(left);
                try
                {
                    if (!await reader.WaitToReadAsync(timer.Token).ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (OperationCanceledException) when (timer.IsCancellationRequested)
                {
                    break;
                }
            }

            if (group.Count > 0)
            {
                waits.Observe(group[0].ReadyAt, group[^1].ReadyAt, group.Count);
                await WriteGroupAsync([.. group]).ConfigureAwait(false);
            }
        }
    }

    private async Task WriteGroupAsync(Pending[] group)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            // Not cancellable: a transaction under way is committed or fails on its own (a stopping worker waits for
            // it), so that a document analyzed is not thrown away; the command timeout bounds it.
            var results = await _save([.. group.Select(p => p.Document)], CancellationToken.None).ConfigureAwait(false);
            var share = Stopwatch.GetElapsedTime(start) / group.Length;
            _onGroup?.Invoke(group.Length);
            foreach (var pending in group)
            {
                pending.Committed?.Invoke();
            }

            for (var i = 0; i < group.Length; i++)
            {
                group[i].Done.TrySetResult(new WriteOutcome(results[i], null, share, Stopwatch.GetElapsedTime(group[i].ReadyAt, start), group.Length));
            }
        }
        catch (Exception e) when (group.Length > 1 && !DocumentProcessor.IsStoreUnavailable(e))
        {
            // One document may be the cause: each on its own now, so that only that one fails.
            foreach (var pending in group)
            {
                await WriteGroupAsync([pending]).ConfigureAwait(false);
            }
        }
        catch (Exception e)
        {
            foreach (var pending in group)
            {
                pending.Done.TrySetResult(new WriteOutcome(null, e, Stopwatch.GetElapsedTime(start) / group.Length, Stopwatch.GetElapsedTime(pending.ReadyAt, start), group.Length));
            }
        }
    }

    /// <summary>Writes what is queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }
}
