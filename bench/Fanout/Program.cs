using System.Globalization;
using GraphApi.Bench.Fanout;
using GraphApi.Redis;
using GraphApi.Redis.Subscriptions;

// Fan-out benchmark: one event published through Redis (by a second provider, as another server instance would)
// reaches N graphql-transport-ws subscribers of one server. Usage:
//   dotnet run -c Release --project bench/Fanout -- [--subscribers 1000] [--rounds 20] [--warmup 3] [--redis host:port]
var settings = Settings.Parse(args);
var redis = RedisOptions.Parse(settings.Redis);
var prefix = $"graphapi-bench:{Guid.NewGuid():N}:";
using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(10));

await using var host = await FanoutHost.StartAsync(redis, prefix);
await using var publisher = new RedisPubSub(redis, new RedisSubscriptionOptions { TopicPrefix = prefix });
await publisher.ConnectAsync(stop.Token);

var totalRounds = settings.Warmup + settings.Rounds;
var rounds = new Rounds(totalRounds, settings.Subscribers);
var subscribers = Enumerable.Range(0, settings.Subscribers).Select(i => new Subscriber(i, rounds)).ToList();
Console.WriteLine($"Connecting {settings.Subscribers} subscribers to {host.Endpoint} …");
foreach (var batch in subscribers.Chunk(50))
{
    await Task.WhenAll(batch.Select(s => s.ConnectAsync(host.Endpoint, stop.Token)));
}

while (host.Topics.SubscriberCount(TickSchema.Topic) < settings.Subscribers)
{
    await Task.Delay(50, stop.Token);
}

Console.WriteLine($"{settings.Subscribers} subscriptions live; {settings.Warmup} warm-up round(s), then {settings.Rounds} measured.");
var measured = new List<double>();
var measuredCpu = TimeSpan.Zero;
Console.WriteLine("round      p50 ms      p99 ms      max ms      CPU ms");
for (var round = 0; round < totalRounds; round++)
{
    var cpuBefore = Environment.CpuUsage.TotalTime;
    rounds.Publishing(round);
    await publisher.SendAsync(TickSchema.Topic, new Tick(round), stop.Token);
    await rounds.WaitAsync(round, TimeSpan.FromSeconds(30));
    var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
    var latencies = rounds.Latencies(round);
    var warmup = round < settings.Warmup;
    if (!warmup)
    {
        measured.AddRange(latencies);
        measuredCpu += cpu;
    }

    Console.WriteLine(Row(warmup ? $"w{round + 1}" : $"{round - settings.Warmup + 1}", latencies, cpu));
    await Task.Delay(settings.Pause, stop.Token);
}

measured.Sort();
Console.WriteLine(Row("all", [.. measured], measuredCpu / settings.Rounds));
foreach (var subscriber in subscribers)
{
    await subscriber.DisposeAsync();
}

// CPU: the process's CPU time (server and clients, all threads) from publish until the last receipt; "all" averages it.
static string Row(string label, double[] sorted, TimeSpan cpu) => string.Create(CultureInfo.InvariantCulture,
    $"{label,-5} {Percentile(sorted, 0.50),11:0.00} {Percentile(sorted, 0.99),11:0.00} {sorted[^1],11:0.00} {cpu.TotalMilliseconds,11:0}");

// Nearest rank: the smallest value with at least p of the samples at or below it.
static double Percentile(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];

internal sealed record Settings(int Subscribers, int Rounds, int Warmup, string Redis, TimeSpan Pause)
{
    public static Settings Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected '--name value' pairs, got '{string.Join(' ', args)}'.");
            }

            values[args[i][2..]] = args[i + 1];
        }

        var settings = new Settings(
            Number(values, "subscribers", 1000),
            Number(values, "rounds", 20),
            Number(values, "warmup", 3),
            values.GetValueOrDefault("redis") ?? Environment.GetEnvironmentVariable("ConnectionStrings__Redis") ?? "127.0.0.1:6379",
            TimeSpan.FromMilliseconds(Number(values, "pause-ms", 200)));
        var unknown = values.Keys.Except(["subscribers", "rounds", "warmup", "redis", "pause-ms"]).ToList();
        return unknown.Count == 0 ? settings : throw new ArgumentException($"Unknown option(s): {string.Join(", ", unknown)}.");
    }

    private static int Number(Dictionary<string, string> values, string name, int fallback) =>
        !values.TryGetValue(name, out var text) ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number
        : throw new ArgumentException($"--{name} must be a positive whole number, got '{text}'.");
}
