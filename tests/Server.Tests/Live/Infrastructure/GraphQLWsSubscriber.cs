using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using GraphApi.Server.Tests.Infrastructure;

namespace GraphApi.Server.Tests.Live.Infrastructure;

/// <summary>
/// The graphql-ws client (npm graphql-ws with ws, <c>tests/graphql-ws/notifications.mjs</c>) subscribed to
/// notificationReceived on a server, as a Node.js process. What it sees arrives as it happens (one JSON line each:
/// <c>{"event":"connected"}</c>, <c>{"event":"next","result":…}</c>, <c>error</c>, <c>complete</c>, <c>closed</c>), so a
/// test can wait for one notification before it causes the next. The process ends after the results it was started
/// to wait for, or when the subscription or the socket ends; disposing kills it if it still runs.
/// </summary>
public sealed class GraphQLWsSubscriber : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly Channel<JsonElement> _events = Channel.CreateUnbounded<JsonElement>();
    private readonly List<JsonElement> _seen = [];
    private readonly Task _reading;
    private readonly Task<string> _errors;

    private GraphQLWsSubscriber(Process process)
    {
        _process = process;
        _errors = process.StandardError.ReadToEndAsync();
        _reading = ReadAsync();
    }

    /// <summary>Connects to <paramref name="server"/> with <paramref name="accessToken"/> in connection_init (none when null) and subscribes.</summary>
    public static GraphQLWsSubscriber Start(ApiServer server, string? accessToken, int results = 1)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.NodePackage("tests/graphql-ws"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList =
            {
                "notifications.mjs",
                new UriBuilder(server.GraphQLEndpoint) { Scheme = "ws" }.Uri.ToString(),
                accessToken ?? "-",
                results.ToString(),
            },
        };
        return new GraphQLWsSubscriber(Process.Start(start) ?? throw new InvalidOperationException("node could not be started."));
    }

    /// <summary>The next event; fails when the client ends or nothing comes within a minute.</summary>
    public async Task<JsonElement> NextEventAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            return await _events.Reader.ReadAsync(timeout.Token);
        }
        catch (Exception error) when (error is OperationCanceledException or ChannelClosedException)
        {
            throw new Xunit.Sdk.XunitException(
                $"The graphql-ws client sent no further event (seen: {string.Join(", ", _seen)}; stderr: {await ErrorsSoFarAsync()}).");
        }
    }

    /// <summary>The next notification delivered, skipping the connection events, after asserting the result had no errors.</summary>
    public async Task<JsonElement> NextNotificationAsync()
    {
        while (true)
        {
            var next = await NextEventAsync();
            switch (next.GetProperty("event").GetString())
            {
                case "connected":
                    continue;
                case "next":
                    var result = next.GetProperty("result");
                    Assert.False(result.TryGetProperty("errors", out _), $"A result had errors: {result}");
                    return result.GetProperty("data").GetProperty("notificationReceived");
                default:
                    throw new Xunit.Sdk.XunitException($"Expected a notification, but the client saw: {next}");
            }
        }
    }

    /// <summary>Every event, once the client has ended by itself.</summary>
    public async Task<IReadOnlyList<JsonElement>> AllEventsAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _process.WaitForExitAsync(timeout.Token);
        await _reading;
        Assert.True(_process.ExitCode == 0, $"The graphql-ws client failed with exit code {_process.ExitCode}: {await _errors}");
        return [.. _seen];
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
        await _reading;
        _process.Dispose();
    }

    private async Task ReadAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }
            var element = JsonSerializer.Deserialize<JsonElement>(line);
            lock (_seen)
            {
                _seen.Add(element);
            }
            _events.Writer.TryWrite(element);
        }
        _events.Writer.TryComplete();
    }

    private async Task<string> ErrorsSoFarAsync() => _process.HasExited ? await _errors : "(still running)";
}
