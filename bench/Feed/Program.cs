using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using GraphApi.Bench.Feed;
using GraphApi.Testing;

// Feed benchmark: the issue's feed query at page sizes 10 and 50, and `{ __typename }` as the baseline, over real HTTP
// against the real server on a database of its own (cloned from the migrated template, dropped at the end). Usage:
//   dotnet run -c Release --project bench/Feed -- [--requests 500] [--warmup 200] [--concurrency 4] [--posts 2000] [--authors 50] [--show-sql true]
var settings = Settings.Parse(args);
const string FeedQuery = """
    query($first: Int!) {
      feed(first: $first) {
        nodes {
          author { handle profile { displayName } }
          likeCount viewerHasLiked
          replies(first: 3) { nodes { author { handle } } }
        }
      }
    }
    """;

Console.WriteLine(Machine());
Console.WriteLine($"Load average before: {LoadAverage()}");
await using var database = await TestDatabase.CreateMigratedAsync();
await using var host = await FeedHost.StartAsync(database.ConnectionString);
var viewer = await FeedData.SignUpViewerAsync(host, database);
var feedSize = await FeedData.SeedAsync(database.DataSource, viewer, settings.Authors, settings.Posts);
Console.WriteLine($"Seeded {settings.Authors} authors and {settings.Posts} posts with replies and likes; the viewer's feed holds {feedSize}.");

var measurement = new Measurement(host, viewer, settings.Requests, settings.Warmup, settings.Concurrency);
Workload[] workloads =
[
    new("`{ __typename }`", FeedHost.Body("{ __typename }"), data =>
        Require(data.GetProperty("__typename").GetString() == "Query", "__typename is not Query")),
    .. new[] { 10, 50 }.Select(first => new Workload($"feed(first: {first})", FeedHost.Body(FeedQuery, new { first }), data => CheckFeed(data, first))),
];
await measurement.WarmUpAsync(workloads);
var results = await measurement.RunAsync(workloads);
var baseline = results[0];

Console.WriteLine($"Load average after: {LoadAverage()}");
Console.WriteLine($"{settings.Requests} sequential requests per row, the three in turns, after {settings.Warmup} warm-up rounds; throughput with {settings.Concurrency} concurrent clients.");
Console.WriteLine("| request | p50 | p95 | mean | mean ÷ baseline | req/s, 1 client | req/s, " + settings.Concurrency + " clients | SQL statements per request |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
foreach (var result in results)
{
    Console.WriteLine(result.Row(baseline));
    // The concurrent pass cannot attribute statements to requests, but its average must stay within the sequential
    // range (plus the occasional session check): concurrent requests must not break each other's batches.
    Require(result.ConcurrentStatementsPerRequest >= result.MinStatements && result.ConcurrentStatementsPerRequest <= result.MaxStatements + 0.5,
        $"{result.Name}: {result.ConcurrentStatementsPerRequest:0.00} statements per request under concurrency, {result.MinStatements}–{result.MaxStatements} alone");
}

foreach (var result in results.Where(r => settings.ShowSql || r.OutlierSql is not null))
{
    Console.WriteLine($"\n{result.Name}, the first request's {result.FirstSql.Count} statement(s):\n{string.Join("\n---\n", result.FirstSql)}");
    if (result.OutlierSql is { } outlier)
    {
        Console.WriteLine($"\n{result.Name}, the first request that ran {outlier.Count} (the counter sees every context, background work too):\n{string.Join("\n---\n", outlier)}");
    }
}

// A full page of posts, each with an author and profile, and at most 3 replies with authors.
static void CheckFeed(JsonElement data, int first)
{
    var nodes = data.GetProperty("feed").GetProperty("nodes");
    Require(nodes.GetArrayLength() == first, $"feed(first: {first}) returned {nodes.GetArrayLength()} posts");
    foreach (var node in nodes.EnumerateArray())
    {
        Require(node.GetProperty("author").GetProperty("profile").GetProperty("displayName").GetString() is { Length: > 0 }, "a post without its author's display name");
        Require(node.GetProperty("replies").GetProperty("nodes").GetArrayLength() <= 3, "more than 3 replies");
    }
}

static void Require(bool condition, string problem)
{
    if (!condition)
    {
        throw new InvalidOperationException(problem);
    }
}

static string Machine()
{
    var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
    return $"Machine: {Environment.ProcessorCount} cores ({cpu}), {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";
}

// The 1, 5 and 15 minute load averages: far above the core count means other work shared the machine.
static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

internal sealed record Settings(int Requests, int Warmup, int Concurrency, int Posts, int Authors, bool ShowSql)
{
    private static readonly string[] Names = ["requests", "warmup", "concurrency", "posts", "authors", "show-sql"];

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
        var unknown = values.Keys.Except(Names).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown option(s): {string.Join(", ", unknown)}; known: {string.Join(", ", Names)}.");
        }
        // 2,000 posts by 50 authors, half of them followed: about 1,000 in the feed, enough for a page of 50 at any offset.
        return new Settings(Number(values, "requests", 500), Number(values, "warmup", 200), Number(values, "concurrency", 4),
            Number(values, "posts", 2000), Number(values, "authors", 50), Flag(values, "show-sql"));
    }

    private static bool Flag(Dictionary<string, string> values, string name) =>
        !values.TryGetValue(name, out var text) ? false
        : bool.TryParse(text, out var flag) ? flag
        : throw new ArgumentException($"--{name} must be true or false, got '{text}'.");

    private static int Number(Dictionary<string, string> values, string name, int fallback) =>
        !values.TryGetValue(name, out var text) ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number
        : throw new ArgumentException($"--{name} must be a positive whole number, got '{text}'.");
}
