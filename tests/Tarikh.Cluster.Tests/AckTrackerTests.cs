using CsCheck;

namespace Tarikh.Cluster.Tests;

/// <summary>
/// The acknowledgement rules (no broker): a run of committed deliveries is acknowledged with one multiple
/// acknowledgement, and a multiple acknowledgement never covers a delivery still in flight or never handed over.
/// </summary>
public sealed class AckTrackerTests
{
    private static AckTracker Seen(params ulong[] tags)
    {
        var t = new AckTracker();
        foreach (var tag in tags)
        {
            t.Seen(tag);
        }

        return t;
    }

    [Fact]
    public void A_run_of_committed_deliveries_is_one_multiple_acknowledgement()
    {
        var t = Seen(1, 2, 3, 4, 5);
        foreach (var tag in new ulong[] { 3, 1, 5, 2, 4 })
        {
            t.Committed(tag);
        }

        var singles = t.Take(out var upTo, out var covered);
        Assert.Equal(5UL, upTo);
        Assert.Equal(5, covered);
        Assert.Empty(singles);
        Assert.Equal(0, t.Remembered);
    }

    [Fact]
    public void A_delivery_in_flight_stops_the_run_and_the_committed_ones_above_it_are_acknowledged_alone()
    {
        var t = Seen(1, 2, 3, 4, 5);
        foreach (var tag in new ulong[] { 1, 2, 4, 5 })
        {
            t.Committed(tag);
        }

        var singles = t.Take(out var upTo, out var covered);
        Assert.Equal(2UL, upTo);
        Assert.Equal(2, covered);
        Assert.Equal(new ulong[] { 4, 5 }, singles);

        // Then the slow one: alone (4 and 5 are settled already), and nothing is left to remember.
        t.Committed(3);
        singles = t.Take(out upTo, out _);
        Assert.Equal(0UL, upTo);
        Assert.Equal(new ulong[] { 3 }, singles);
        Assert.Equal(0, t.Remembered);
    }

    [Fact]
    public void A_delivery_marked_committed_twice_is_acknowledged_once()
    {
        // The writer marks it when its group commits, its handler again when it has the outcome.
        var t = Seen(1, 2, 3);
        t.Committed(3);
        Assert.Equal(new ulong[] { 3 }, t.Take(out _, out _));
        t.Committed(3);
        t.Committed(1);
        t.Committed(1);
        Assert.Equal(new ulong[] { 1 }, t.Take(out var upTo, out _));
        Assert.Equal(0UL, upTo);
        Assert.True(t.InFlight(2));
        Assert.False(t.InFlight(3));
        t.Committed(2);
        t.Committed(3);
        Assert.False(t.InFlight(2));
        Assert.Equal(new ulong[] { 2 }, t.Take(out _, out _));
        Assert.Empty(t.Take(out upTo, out _));
        Assert.Equal(0UL, upTo);
        Assert.Equal(0, t.Remembered);
    }

    [Fact]
    public void Nothing_committed_nothing_sent()
    {
        var t = Seen(1, 2, 3);
        var singles = t.Take(out var upTo, out _);
        Assert.Equal(0UL, upTo);
        Assert.Empty(singles);
        Assert.Equal(3, t.Remembered);
    }

    [Fact]
    public void A_returned_delivery_inside_the_run_is_passed_over()
    {
        var t = Seen(1, 2, 3, 4);
        t.Settled(2);       // returned to the queue (its nack already sent)
        foreach (var tag in new ulong[] { 1, 3, 4 })
        {
            t.Committed(tag);
        }

        var singles = t.Take(out var upTo, out var covered);
        Assert.Equal(4UL, upTo);
        Assert.Equal(3, covered);
        Assert.Empty(singles);
    }

    [Fact]
    public void On_a_live_channel_a_tag_not_handed_over_is_never_covered()
    {
        var t = Seen(1, 2, 4);
        foreach (var tag in new ulong[] { 1, 2, 4 })
        {
            t.Committed(tag);
        }

        var singles = t.Take(out var upTo, out _);
        Assert.Equal(2UL, upTo);
        Assert.Equal(new ulong[] { 4 }, singles);
    }

    [Fact]
    public void After_the_channel_was_lost_the_tags_it_never_handed_over_are_passed_over()
    {
        var t = Seen(1, 2);
        t.Committed(1);
        t.Committed(2);
        t.Take(out _, out _);
        t.ChannelLost();
        t.Seen(5);          // the recovered channel's first delivery (the client's tags go on above the old ones)
        t.Seen(6);
        t.Committed(5);
        t.Committed(6);
        var singles = t.Take(out var upTo, out var covered);
        Assert.Equal(6UL, upTo);
        Assert.Equal(2, covered);
        Assert.Empty(singles);
    }

    [Fact]
    public void After_the_channel_was_lost_a_delivery_of_the_old_channel_still_in_flight_still_stops_the_run()
    {
        var t = Seen(1, 2, 3);
        t.ChannelLost();
        t.Seen(7);
        t.Seen(8);
        t.Committed(7);
        t.Committed(8);
        var singles = t.Take(out var upTo, out _);
        Assert.Equal(0UL, upTo);
        Assert.Equal(new ulong[] { 7, 8 }, singles);
    }

    /// <summary>
    /// Random interleavings of deliveries (the broker delivers ahead of the hand-over), hand-overs in order, commits and
    /// returns in any order, and flushes, against a model of the channel's unacknowledged deliveries: every acknowledgement
    /// covers only committed deliveries, each committed delivery is acknowledged exactly once, a returned one never.
    /// </summary>
    [Fact]
    public void Acknowledgements_cover_only_committed_deliveries_each_once() =>
        Gen.Int[0, 999].Array[1, 400].Sample(ops =>
        {
            var t = new AckTracker();
            var outstanding = new SortedSet<ulong>();       // delivered by the broker, not settled
            var committed = new HashSet<ulong>();
            var inFlight = new List<ulong>();               // handed over, neither committed nor returned
            ulong delivered = 0, seen = 0;
            var acked = new HashSet<ulong>();

            void Flush()
            {
                var singles = t.Take(out var upTo, out var covered);
                if (upTo > 0)
                {
                    var run = outstanding.GetViewBetween(1, upTo).ToArray();
                    Assert.Equal(covered, run.Length);
                    foreach (var tag in run)
                    {
                        Assert.Contains(tag, committed);        // never a delivery in flight, returned, or not handed over
                        Assert.True(acked.Add(tag));
                        outstanding.Remove(tag);
                    }
                }

                foreach (var tag in singles)
                {
                    Assert.Contains(tag, committed);
                    Assert.True(outstanding.Remove(tag));       // not acknowledged before
                    Assert.True(acked.Add(tag));
                }
            }

            foreach (var op in ops)
            {
                switch (op % 5)
                {
                    case 0:
                        outstanding.Add(++delivered);
                        break;
                    case 1 when seen < delivered:
                        t.Seen(++seen);
                        inFlight.Add(seen);
                        break;
                    case 2 when inFlight.Count > 0:
                    {
                        var tag = inFlight[op / 5 % inFlight.Count];
                        inFlight.Remove(tag);
                        committed.Add(tag);
                        t.Committed(tag);
                        break;
                    }

                    case 3 when committed.Count > 0 && op / 5 % 4 == 1:
                        // Marked again (the handler after the writer), possibly after it was acknowledged.
                        t.Committed(committed.ElementAt(op / 20 % committed.Count));
                        break;
                    case 3 when inFlight.Count > 0 && op / 5 % 4 == 0:
                    {
                        // Returned to the queue: the nack is sent, then the tracker is told.
                        var tag = inFlight[op / 5 % inFlight.Count];
                        inFlight.Remove(tag);
                        outstanding.Remove(tag);
                        t.Settled(tag);
                        break;
                    }

                    default:
                        Flush();
                        break;
                }
            }

            // Everything handed over and committed in the end: all of it is acknowledged.
            while (seen < delivered)
            {
                t.Seen(++seen);
                inFlight.Add(seen);
            }

            foreach (var tag in inFlight)
            {
                committed.Add(tag);
                t.Committed(tag);
            }

            Flush();
            Assert.Empty(outstanding);
            Assert.Equal(committed.Count, acked.Count);
            Assert.Equal(0, t.Remembered);
        });
}
