using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace GraphApi.Bench.Feed;

/// <summary>One request body and the check each of its responses must pass (so that errors are never timed as answers).</summary>
internal sealed record Workload(string Name, byte[] Body, Action<JsonElement> Check);

/// <summary>
/// What one workload measured: sorted latencies (ms); the fewest and most statements one request ran, with the SQL of
/// the first request and of the first that ran more; the concurrent pass's requests/s and its statements per request.
/// </summary>
internal sealed record Result(
    string Name, double[] SortedLatencies, int MinStatements, int MaxStatements, IReadOnlyList<string> FirstSql, IReadOnlyList<string>? OutlierSql,
    double RequestsPerSecond, double ConcurrentStatementsPerRequest)
{
    public double Percentile(double p) => SortedLatencies[Math.Max(0, (int)Math.Ceiling(p * SortedLatencies.Length) - 1)];

    public string Row(Result baseline) => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {Percentile(0.50):0.00} ms | {Percentile(0.95):0.00} ms | {SortedLatencies.Average():0.00} ms | " +
        $"{SortedLatencies.Average() / baseline.SortedLatencies.Average():0.0}× | {1000 / SortedLatencies.Average():0} | {RequestsPerSecond:0} | " +
        $"{(MinStatements == MaxStatements ? $"{MinStatements}" : $"{MinStatements}–{MaxStatements}")} |");
}

/// <summary>Runs workloads against the host: a sequential pass timed per request, then a concurrent pass for throughput.</summary>
internal sealed class Measurement(FeedHost host, Viewer viewer, int requests, int warmup, int concurrency)
{
    /// <summary>
    /// Sends every workload <c>warmup</c> times, in turns, before any is measured, so that the JIT has compiled (and
    /// re-compiled at tier 1) the code all of them use and no workload pays for the next one's first calls.
    /// </summary>
    public async Task WarmUpAsync(IReadOnlyList<Workload> workloads)
    {
        for (var i = 0; i < warmup; i++)
        {
            foreach (var workload in workloads)
            {
                await SendCheckedAsync(workload);
            }
        }
    }

    /// <summary>
    /// The sequential pass sends one request of each workload in turn, <c>requests</c> rounds, so that drift over the
    /// run (the JIT's later tiers, other work on the machine) spreads over all workloads alike; with one request in
    /// flight the statement counter sees exactly that request's commands. Then one concurrent pass per workload.
    /// </summary>
    public async Task<IReadOnlyList<Result>> RunAsync(IReadOnlyList<Workload> workloads)
    {
        var samples = workloads.Select(_ => new Samples(requests)).ToArray();
        for (var i = 0; i < requests; i++)
        {
            for (var w = 0; w < workloads.Count; w++)
            {
                host.Statements.Reset();
                var started = Stopwatch.GetTimestamp();
                var text = await host.PostAsync(workloads[w].Body, viewer.AccessToken);
                samples[w].Add(i, Stopwatch.GetElapsedTime(started).TotalMilliseconds, host.Statements.Statements);
                Check(workloads[w], text);
            }
        }

        var results = new List<Result>();
        for (var w = 0; w < workloads.Count; w++)
        {
            var (requestsPerSecond, statementsPerRequest) = await RunConcurrentlyAsync(workloads[w]);
            var sample = samples[w];
            Array.Sort(sample.Latencies);
            results.Add(new Result(workloads[w].Name, sample.Latencies, sample.Statements.Min(), sample.Statements.Max(),
                sample.FirstSql, sample.OutlierSql, requestsPerSecond, statementsPerRequest));
        }
        return results;
    }

    /// <summary><c>concurrency</c> clients each send <c>requests / concurrency</c> requests back to back.</summary>
    private async Task<(double RequestsPerSecond, double StatementsPerRequest)> RunConcurrentlyAsync(Workload workload)
    {
        host.Statements.Reset();
        var perClient = Math.Max(1, requests / concurrency);
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            for (var i = 0; i < perClient; i++)
            {
                await SendCheckedAsync(workload);
            }
        }));
        wall.Stop();
        var sent = perClient * concurrency;
        return (sent / wall.Elapsed.TotalSeconds, (double)host.Statements.Count / sent);
    }

    private async Task SendCheckedAsync(Workload workload) => Check(workload, await host.PostAsync(workload.Body, viewer.AccessToken));

    private static void Check(Workload workload, string text)
    {
        using var document = JsonDocument.Parse(text);
        if (document.RootElement.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException($"{workload.Name} answered errors: {errors}");
        }
        workload.Check(document.RootElement.GetProperty("data"));
    }

    /// <summary>One workload's sequential samples, and the SQL of its first request and of the first that differed in count.</summary>
    private sealed class Samples(int requests)
    {
        public double[] Latencies { get; } = new double[requests];

        public int[] Statements { get; } = new int[requests];

        public IReadOnlyList<string> FirstSql { get; private set; } = [];

        public IReadOnlyList<string>? OutlierSql { get; private set; }

        public void Add(int index, double latency, IReadOnlyList<string> sql)
        {
            Latencies[index] = latency;
            Statements[index] = sql.Count;
            if (index == 0)
            {
                FirstSql = sql;
            }
            else if (OutlierSql is null && sql.Count != Statements[0])
            {
                OutlierSql = sql;
            }
        }
    }
}
