using System.Diagnostics;
using RabbitMQ.Client;
using Tarikh.Cluster;

namespace Tarikh.Benchmarks;

/// <summary>
/// <c>-- ack-cost [messages] [rounds] [group]</c>: the broker's CPU per job for what a worker makes it do — deliver a job
/// and take its acknowledgement — with one acknowledgement per delivery (as workers did until round 9) and with one
/// multiple acknowledgement per group of <c>group</c> deliveries (as a worker acknowledges a committed group now).
/// The bench's documents (five ANERcorp sentences, ≈ 1.56 KB) are published to a quorum queue first (not counted),
/// then consumed with prefetch 52 and acknowledged; the two ways alternate, <c>rounds</c> times each. Reads the broker's
/// CPU time from <c>/proc</c> (its pid from <c>TARIKH_AMQP_PID</c>), and the client's own CPU time. Needs <c>TARIKH_AMQP</c>.
/// </summary>
internal static class AckCostRun
{
    public static void Run(int messages, int rounds, int group) => RunAsync(messages, rounds, group).GetAwaiter().GetResult();

    private static async Task RunAsync(int count, int rounds, int group)
    {
        var uri = Environment.GetEnvironmentVariable("TARIKH_AMQP") ?? throw new InvalidOperationException("TARIKH_AMQP is not set.");
        var brokerPid = int.Parse(Environment.GetEnvironmentVariable("TARIKH_AMQP_PID") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var texts = WorkerPathFixture.BenchTexts(count);
        var messages = texts.Select((t, i) => DocumentJob.FromText("b" + i, t).ToJson()).ToArray();
        var topology = new QueueTopology("bench.ack-cost." + Environment.ProcessId);
        await using var publisher = await JobPublisher.OpenAsync(uri, topology);
        await using var connection = await Broker.Factory(uri).CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await topology.DeclareAsync(channel);
        await channel.BasicQosAsync(0, 52, global: false);
        var self = Process.GetCurrentProcess();
        Console.WriteLine($"{messages.Length} messages of {messages.Average(m => m.Length) / 1024:F2} KB, groups of {group}; broker pid {brokerPid}; load {File.ReadAllText("/proc/loadavg")[..14]}");
        Console.WriteLine($"{"acknowledgement",-22} {"broker CPU ms/job",18} {"client CPU ms/job",18} {"wall ms/job",12}");
        for (var r = 0; r < rounds * 2; r++)
        {
            var multiple = r % 2 == 1;
            foreach (var m in messages)
            {
                await publisher.PublishAsync(topology.Queue, JobPublisher.NewProperties("m"), m);
            }

            await Task.Delay(500);
            var left = messages.Length;
            var pending = 0;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var consumer = new RabbitMQ.Client.Events.AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += async (_, delivery) =>
            {
                var last = --left == 0;
                if (!multiple)
                {
                    await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
                }
                else if (++pending == group || last)
                {
                    pending = 0;
                    await channel.BasicAckAsync(delivery.DeliveryTag, multiple: true);
                }

                if (last)
                {
                    done.TrySetResult();
                }
            };

            var broker0 = BrokerCpu(brokerPid);
            self.Refresh();
            var cpu0 = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var tag = await channel.BasicConsumeAsync(topology.Queue, autoAck: false, consumer);
            await done.Task;
            await channel.QueueDeclarePassiveAsync(topology.Queue);   // the acknowledgements are handled before this answer
            var wall = clock.Elapsed.TotalMilliseconds;
            self.Refresh();
            var cpu = (self.TotalProcessorTime - cpu0).TotalMilliseconds;
            var broker = BrokerCpu(brokerPid) - broker0;
            await channel.BasicCancelAsync(tag);
            var n = (double)messages.Length;
            Console.WriteLine($"{(multiple ? $"multiple, per {group}" : "one per delivery"),-22} {broker / n,18:F3} {cpu / n,18:F3} {wall / n,12:F3}");
        }

        await channel.QueueDeleteAsync(topology.Queue);
        await channel.QueueDeleteAsync(topology.DeadLetterQueue);
    }

    /// <summary>User and system CPU milliseconds of a process (0 when unknown).</summary>
    private static double BrokerCpu(int pid)
    {
        if (pid <= 0 || !File.Exists($"/proc/{pid}/stat"))
        {
            return 0;
        }

        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command name; clock ticks of 10 ms.
        return (long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) * 10.0;
    }
}
