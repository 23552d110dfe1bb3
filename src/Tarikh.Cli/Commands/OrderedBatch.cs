namespace Tarikh.Cli.Commands;

/// <summary>
/// Runs the items of a batch on up to <c>workers</c> threads and hands their results to <c>write</c> on the
/// caller's thread, in input order. At most <c>window</c> items are in flight (read but not written), so
/// memory stays bounded whatever the batch size. Each item gets its own time limit: its token is cancelled
/// when the limit passes, and if the item still has not finished a short grace period later (a stage that
/// does not look at the token), its result is replaced by <c>onTimeout</c>, its worker slot is given back
/// and the batch goes on; the abandoned work ends on its own, its result unused.
/// </summary>
/// <typeparam name="T">The result of one item.</typeparam>
public sealed class OrderedBatch<T>
{
    private readonly int _window;
    private readonly TimeSpan? _timeout;
    private readonly TimeSpan _grace;
    private readonly Action<T> _write;
    private readonly SemaphoreSlim _slots;
    private readonly Queue<Pending> _pending = new();

    /// <summary>Creates a batch runner.</summary>
    /// <param name="workers">Items analyzed at once (≥ 1).</param>
    /// <param name="timeout">Time limit per item, or null for none.</param>
    /// <param name="write">Receives each result, in input order, on the thread that calls <see cref="Add"/> and <see cref="Complete"/>.</param>
    /// <param name="window">
    /// Items read ahead at most (default: four per worker, at least workers + 1). Two per worker left a worker idle
    /// whenever the oldest item was a long one and the items after it had finished: the writer waits on the oldest.
    /// </param>
    /// <param name="grace">How long past its limit an item may take to stop by itself before it is abandoned.</param>
    public OrderedBatch(int workers, TimeSpan? timeout, Action<T> write, int? window = null, TimeSpan? grace = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        Workers = workers;
        _timeout = timeout;
        _write = write;
        _window = Math.Max(workers + 1, window ?? 4 * workers);
        _grace = grace ?? TimeSpan.FromSeconds(2);
        _slots = new SemaphoreSlim(workers, workers);
    }

    /// <summary>The number of items run at once.</summary>
    public int Workers { get; }

    /// <summary>Items abandoned after their time limit (their work may still be running).</summary>
    public int Abandoned { get; private set; }

    private sealed class Pending(Task<T> task, CancellationTokenSource cancel, Func<T> onTimeout, DateTime deadline)
    {
        private int _released;

        public Task<T> Task { get; } = task;

        public CancellationTokenSource Cancel { get; } = cancel;

        public Func<T> OnTimeout { get; } = onTimeout;

        public DateTime Deadline { get; } = deadline;

        /// <summary>Gives the worker slot back once (when the work ends or is abandoned).</summary>
        public bool TryRelease() => Interlocked.Exchange(ref _released, 1) == 0;
    }

    /// <summary>Queues one item; writes the results that are due first (blocks while the window is full).</summary>
    /// <param name="work">The work; it should stop when its token is cancelled (<see cref="OperationCanceledException"/>).</param>
    /// <param name="onTimeout">The result written instead when the time limit passes.</param>
    /// <param name="onError">The result written instead when the work throws anything else, or null to let the exception through.</param>
    public void Add(Func<CancellationToken, T> work, Func<T> onTimeout, Func<Exception, T>? onError = null)
    {
        while (_pending.Count >= _window)
        {
            WriteNext();
        }

        // Wait for a free worker, writing finished results meanwhile so the window keeps moving.
        while (!_slots.Wait(_pending.Count > 0 ? 50 : Timeout.Infinite))
        {
            if (_pending.Peek().Task.IsCompleted || DateTime.UtcNow > _pending.Peek().Deadline + _grace)
            {
                WriteNext();
            }
        }

        var cancel = _timeout is { } t ? new CancellationTokenSource(t) : new CancellationTokenSource();
        var deadline = _timeout is { } limit ? DateTime.UtcNow + limit : DateTime.MaxValue - _grace;
        var gate = new TaskCompletionSource<Pending>(TaskCreationOptions.RunContinuationsAsynchronously);
        var task = Task.Run(async () =>
        {
            var self = await gate.Task.ConfigureAwait(false);
            try
            {
                return work(cancel.Token);
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                return onTimeout();
            }
            catch (Exception e) when (onError is not null)
            {
                return onError(e);
            }
            finally
            {
                if (self.TryRelease())
                {
                    _slots.Release();
                }
            }
        });
        var pending = new Pending(task, cancel, onTimeout, deadline);
        gate.SetResult(pending);
        _pending.Enqueue(pending);
    }

    /// <summary>Writes every remaining result, in order.</summary>
    public void Complete()
    {
        while (_pending.Count > 0)
        {
            WriteNext();
        }
    }

    private void WriteNext()
    {
        var p = _pending.Dequeue();
        T result;
        var wait = p.Deadline + _grace - DateTime.UtcNow;
        if (p.Task.IsCompleted || p.Task.Wait(wait < TimeSpan.Zero ? TimeSpan.Zero : wait > TimeSpan.FromDays(1) ? Timeout.InfiniteTimeSpan : wait))
        {
            result = p.Task.GetAwaiter().GetResult();
            p.Cancel.Dispose();
        }
        else
        {
            // The work ignores its token: give its slot to the next item and leave it to end by itself.
            p.Cancel.Cancel();
            if (p.TryRelease())
            {
                _slots.Release();
            }

            Abandoned++;
            _ = p.Task.ContinueWith(static (t, state) => ((CancellationTokenSource)state!).Dispose(), p.Cancel, TaskScheduler.Default);
            result = p.OnTimeout();
        }

        _write(result);
    }
}
