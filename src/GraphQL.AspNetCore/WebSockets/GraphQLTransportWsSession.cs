using System.Text.Json;
using GraphQL.Execution;
using Microsoft.Extensions.Logging;

namespace GraphQL.AspNetCore.WebSockets;

/// <summary>
/// The <c>graphql-transport-ws</c> subprotocol (graphql-ws's PROTOCOL.md): <c>connection_init</c> / <c>connection_ack</c>,
/// <c>ping</c> / <c>pong</c> both ways, <c>subscribe</c> answered by <c>next</c>… then <c>complete</c> (or one
/// <c>error</c>), and <c>complete</c> from the client to stop. Every breach of the protocol closes the socket with its
/// code (<see cref="SocketCloseCodes"/>).
/// </summary>
internal sealed class GraphQLTransportWsSession(
    SocketConnection connection,
    HttpContext httpContext,
    RequestExecutor executor,
    GraphQLWebSocketOptions options,
    ILogger logger) : SocketSession(connection, httpContext, executor, options, logger)
{
    public const string SubProtocol = "graphql-transport-ws";

    protected override async Task HandleMessageAsync(string type, JsonElement message)
    {
        switch (type)
        {
            case "connection_init":
                await AcknowledgeAsync(message).ConfigureAwait(false);
                break;
            case "ping":
                await SendAsync(writer => SocketMessages.Write(writer, "pong")).ConfigureAwait(false);
                break;
            case "pong":
                break;
            case "subscribe":
                await SubscribeAsync(message).ConfigureAwait(false);
                break;
            case "complete":
                if (SocketMessages.IdOf(message) is { } id)
                {
                    await StopOperationAsync(id).ConfigureAwait(false);
                }
                else
                {
                    await OnInvalidMessageAsync("A \"complete\" message needs a string \"id\".").ConfigureAwait(false);
                }
                break;
            default:
                await OnInvalidMessageAsync($"The message type \"{type}\" is not part of graphql-transport-ws.").ConfigureAwait(false);
                break;
        }
    }

    protected override Task OnInvalidMessageAsync(string problem) => CloseAsync(SocketCloseCodes.BadRequest, problem);

    protected override Task SendResultAsync(string id, ExecutionResult result) =>
        SendAsync(writer => SocketMessages.Write(writer, "next", id, result.WriteTo));

    protected override Task SendErrorsAsync(string id, IReadOnlyList<GraphQLError> errors) =>
        SendAsync(writer => SocketMessages.Write(writer, "error", id, payload => ExecutionResult.WriteErrors(payload, errors)));

    protected override Task SendCompleteAsync(string id) => SendAsync(writer => SocketMessages.Write(writer, "complete", id));

    protected override Task SendKeepAliveAsync() => SendAsync(writer => SocketMessages.Write(writer, "ping"));

    /// <summary>The client stopped it: graphql-transport-ws sends nothing more for that id.</summary>
    protected override Task OnStoppedByClientAsync(string id) => Task.CompletedTask;

    private async Task AcknowledgeAsync(JsonElement message)
    {
        if (IsInitReceived)
        {
            await CloseAsync(SocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
            return;
        }
        var result = await InitializeAsync(message, () => SendAsync(writer => SocketMessages.Write(writer, "connection_ack"))).ConfigureAwait(false);
        if (result is null)
        {
            await OnInvalidMessageAsync("The \"connection_init\" payload must be an object or null.").ConfigureAwait(false);
        }
        else if (!result.IsAccepted)
        {
            await CloseAsync(SocketCloseCodes.Forbidden, result.Message ?? "Forbidden").ConfigureAwait(false);
        }
    }

    private async Task SubscribeAsync(JsonElement message)
    {
        if (!IsAcknowledged)
        {
            await CloseAsync(SocketCloseCodes.Unauthorized, "Unauthorized").ConfigureAwait(false);
            return;
        }
        if (SocketMessages.IdOf(message) is not { } id)
        {
            await OnInvalidMessageAsync("A \"subscribe\" message needs a non-empty string \"id\".").ConfigureAwait(false);
            return;
        }
        if (IsRunning(id))
        {
            await CloseAsync(SocketCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists").ConfigureAwait(false);
            return;
        }
        if (await StartOperationAsync(id, message).ConfigureAwait(false) is { } problem)
        {
            await OnInvalidMessageAsync(problem).ConfigureAwait(false);
        }
    }
}
