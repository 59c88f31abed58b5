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

    public async Task<Result> RunAsync(Workload workload)
    {
        // Sequential: one request in flight, so the statement counter sees exactly that request's commands.
        var latencies = new double[requests];
        var statements = new int[requests];
        IReadOnlyList<string> firstSql = [];
        IReadOnlyList<string>? outlierSql = null;
        for (var i = 0; i < requests; i++)
        {
            host.Statements.Reset();
            var started = Stopwatch.GetTimestamp();
            var text = await host.PostAsync(workload.Body, viewer.AccessToken);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            statements[i] = host.Statements.Count;
            if (i == 0)
            {
                firstSql = host.Statements.Statements;
            }
            else if (outlierSql is null && statements[i] != statements[0])
            {
                outlierSql = host.Statements.Statements;
            }
            Check(workload, text);
        }
        Array.Sort(latencies);

        // Concurrent: `concurrency` clients each send requests / concurrency requests back to back.
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
        return new Result(workload.Name, latencies, statements.Min(), statements.Max(), firstSql, outlierSql, sent / wall.Elapsed.TotalSeconds, (double)host.Statements.Count / sent);
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
}
