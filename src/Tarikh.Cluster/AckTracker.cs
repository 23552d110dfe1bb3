namespace Tarikh.Cluster;

/// <summary>
/// Decides how the deliveries of one consumer channel are acknowledged: a run of committed deliveries with consecutive
/// tags is acknowledged with <b>one</b> <c>basic.ack multiple=true</c> (up to its last tag), a committed delivery above a
/// delivery still in flight alone (<c>multiple=false</c>). A multiple acknowledgement covers every unacknowledged delivery
/// of the channel up to its tag, so it is sent only when every tag between the last one settled and it is known and
/// committed (or already settled on its own: a returned job, a single acknowledgement): it never covers a job still being
/// analyzed, waiting for its group or never seen by this worker. Nothing is held back: a slow document only turns the
/// acknowledgements above it into single ones, it does not delay them (and so does not use up the prefetch).
/// </summary>
/// <remarks>
/// Requires the deliveries to be registered (<see cref="Seen"/>) in the order the channel delivered them (one dispatch
/// at a time). A tag never registered below a registered one is then a delivery that will never be handed to this
/// worker; after the channel was lost and recovered (<see cref="ChannelLost"/>) such tags belong to the dead channel
/// (the broker has returned their jobs, the client ignores settlements of its tags) and are passed over. On a live
/// channel a missing tag stops the run instead: the worker falls back to single acknowledgements rather than guess.
/// Thread-safe.
/// </remarks>
internal sealed class AckTracker
{
    /// <summary>Past this many tags remembered above a gap that never fills, the tracker stops sending multiple acknowledgements.</summary>
    internal const int MaxRemembered = 1 << 16;

    private enum State : byte
    {
        InFlight,
        Committed,
        Settled,
    }

    private readonly object _gate = new();
    private readonly Dictionary<ulong, State> _states = [];
    private readonly List<ulong> _singles = [];
    private ulong _floor;
    private ulong _maxSeen;
    private ulong _deadBelow;
    private bool _lost;
    private bool _degraded;

    /// <summary>A delivery handed to the worker, in delivery order.</summary>
    public void Seen(ulong tag)
    {
        lock (_gate)
        {
            if (_lost)
            {
                // The first delivery of the recovered channel: whatever was not handed over below it never will be.
                _lost = false;
                _deadBelow = tag;
            }

            if (tag > _floor)
            {
                _states[tag] = State.InFlight;
            }

            _maxSeen = Math.Max(_maxSeen, tag);
        }
    }

    /// <summary>The delivery's job is done for good (committed, found stored, or its new copy confirmed): it may be acknowledged.</summary>
    public void Committed(ulong tag)
    {
        lock (_gate)
        {
            // Only a delivery in flight: a second call (the writer's, then the handler's) must not acknowledge it twice,
            // which the broker answers by closing the channel.
            if (_states.TryGetValue(tag, out var state) && state == State.InFlight)
            {
                _states[tag] = State.Committed;
            }
        }
    }

    /// <summary>The delivery was settled on its own (returned to the queue, already acknowledged alone): call after the settlement was sent.</summary>
    public void Settled(ulong tag)
    {
        lock (_gate)
        {
            if (_degraded)
            {
                _states.Remove(tag);
            }
            else if (_states.TryGetValue(tag, out var state) && state == State.InFlight)
            {
                _states[tag] = State.Settled;
            }
        }
    }

    /// <summary>True while the delivery is neither committed nor settled (it may still be returned to the queue).</summary>
    public bool InFlight(ulong tag)
    {
        lock (_gate)
        {
            return _states.TryGetValue(tag, out var state) && state == State.InFlight;
        }
    }

    /// <summary>The channel was closed (the broker restarted, the connection dropped); its unacknowledged deliveries are back in the queue.</summary>
    public void ChannelLost()
    {
        lock (_gate)
        {
            _lost = true;
        }
    }

    /// <summary>Deliveries remembered (in flight, committed, or settled above a delivery still in flight).</summary>
    public int Remembered
    {
        get
        {
            lock (_gate)
            {
                return _states.Count;
            }
        }
    }

    /// <summary>
    /// The acknowledgements to send now for every committed delivery: <paramref name="multipleUpTo"/> (a tag to acknowledge
    /// with <c>multiple=true</c>, or 0), <paramref name="covered"/> (how many committed deliveries it covers) and the tags to
    /// acknowledge alone. The deliveries returned are considered settled: the caller must send them.
    /// </summary>
    public IReadOnlyList<ulong> Take(out ulong multipleUpTo, out int covered)
    {
        lock (_gate)
        {
            multipleUpTo = 0;
            covered = 0;
            _singles.Clear();
            if (!_degraded)
            {
                var t = _floor + 1;
                while (t <= _maxSeen)
                {
                    if (_states.TryGetValue(t, out var state))
                    {
                        if (state == State.InFlight)
                        {
                            break;
                        }

                        if (state == State.Committed)
                        {
                            multipleUpTo = t;
                            covered++;
                        }

                        _states.Remove(t);
                    }
                    else if (t >= _deadBelow)
                    {
                        // Not handed over (yet) on a live channel: do not cover it.
                        break;
                    }

                    _floor = t;
                    t++;
                }

                if (covered == 1)
                {
                    // One delivery: a plain acknowledgement says the same.
                    _singles.Add(multipleUpTo);
                    multipleUpTo = 0;
                    covered = 0;
                }
            }

            foreach (var (tag, state) in _states)
            {
                if (state == State.Committed)
                {
                    _singles.Add(tag);
                }
            }

            foreach (var tag in _singles)
            {
                if (_states.ContainsKey(tag))
                {
                    _states[tag] = State.Settled;
                }
            }

            if (_states.Count > MaxRemembered)
            {
                // A gap that never fills (not expected): forget the settled ones and acknowledge one by one from now on.
                _degraded = true;
                foreach (var tag in _states.Where(p => p.Value == State.Settled).Select(p => p.Key).ToArray())
                {
                    _states.Remove(tag);
                }
            }

            if (_degraded)
            {
                foreach (var tag in _singles)
                {
                    _states.Remove(tag);
                }
            }

            _singles.Sort();
            return [.. _singles];
        }
    }
}
