using System.Text.Json;
using GraphQL.Execution;
using Microsoft.Extensions.Logging;

namespace GraphQL.AspNetCore.WebSockets;

/// <summary>
/// The legacy <c>graphql-ws</c> subprotocol of subscriptions-transport-ws (Apollo's former client):
/// <c>connection_init</c> → <c>connection_ack</c> and <c>ka</c> (or <c>connection_error</c>), <c>start</c> →
/// <c>data</c>… <c>complete</c> (or <c>error</c>), <c>stop</c> → <c>complete</c>, <c>connection_terminate</c>.
/// Unlike graphql-transport-ws it reports bad messages with an <c>error</c> message and keeps the socket open, and a
/// <c>start</c> with the id of a running operation replaces it, as subscriptions-transport-ws's server did.
/// </summary>
internal sealed class LegacyGraphQLWsSession(
    SocketConnection connection,
    HttpContext httpContext,
    RequestExecutor executor,
    GraphQLWebSocketOptions options,
    ILogger logger) : SocketSession(connection, httpContext, executor, options, logger)
{
    public const string SubProtocol = "graphql-ws";

    protected override async Task HandleMessageAsync(string type, JsonElement message)
    {
        switch (type)
        {
            case "connection_init":
                await AcknowledgeAsync(message).ConfigureAwait(false);
                break;
            case "start":
                await StartAsync(message).ConfigureAwait(false);
                break;
            case "stop":
                if (SocketMessages.IdOf(message) is { } id)
                {
                    await StopOperationAsync(id).ConfigureAwait(false);
                }
                else
                {
                    await OnInvalidMessageAsync("A \"stop\" message needs a string \"id\".").ConfigureAwait(false);
                }
                break;
            case "connection_terminate":
                await StopOperationsAsync(StopReason.Silent).ConfigureAwait(false);
                await CloseAsync(SocketCloseCodes.Normal, "Terminated").ConfigureAwait(false);
                break;
            default:
                await OnInvalidMessageAsync($"The message type \"{type}\" is not part of the graphql-ws protocol.").ConfigureAwait(false);
                break;
        }
    }

    protected override Task OnInvalidMessageAsync(string problem) => SendProblemAsync(null, problem);

    protected override Task SendResultAsync(string id, ExecutionResult result) =>
        SendAsync(writer => SocketMessages.Write(writer, "data", id, result.WriteTo));

    protected override Task SendErrorsAsync(string id, IReadOnlyList<GraphQLError> errors) =>
        SendAsync(writer => SocketMessages.Write(writer, "error", id, payload => ExecutionResult.WriteErrors(payload, errors)));

    protected override Task SendCompleteAsync(string id) => SendAsync(writer => SocketMessages.Write(writer, "complete", id));

    protected override Task SendKeepAliveAsync() => SendAsync(writer => SocketMessages.Write(writer, "ka"));

    /// <summary>subscriptions-transport-ws confirms a <c>stop</c> with <c>complete</c>.</summary>
    protected override Task OnStoppedByClientAsync(string id) => SendCompleteAsync(id);

    private async Task AcknowledgeAsync(JsonElement message)
    {
        if (IsInitReceived)
        {
            await CloseAsync(SocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
            return;
        }
        var result = await InitializeAsync(message, async () =>
        {
            await SendAsync(writer => SocketMessages.Write(writer, "connection_ack")).ConfigureAwait(false);
            await SendKeepAliveAsync().ConfigureAwait(false);
        }).ConfigureAwait(false);
        if (result is null || !result.IsAccepted)
        {
            var reason = result?.Message ?? "The \"connection_init\" payload must be an object or null.";
            await SendAsync(writer => SocketMessages.Write(writer, "connection_error", payload: payload => WriteMessageObject(payload, reason)))
                .ConfigureAwait(false);
            await CloseAsync(SocketCloseCodes.Forbidden, reason).ConfigureAwait(false);
        }
    }

    private async Task StartAsync(JsonElement message)
    {
        var id = SocketMessages.IdOf(message);
        if (id is null)
        {
            await OnInvalidMessageAsync("A \"start\" message needs a string \"id\".").ConfigureAwait(false);
            return;
        }
        if (!IsAcknowledged)
        {
            await SendProblemAsync(id, "The connection has not been initialised: send \"connection_init\" first.").ConfigureAwait(false);
            return;
        }
        await StopOperationAsync(id, StopReason.Silent).ConfigureAwait(false);
        if (await StartOperationAsync(id, message).ConfigureAwait(false) is { } problem)
        {
            await SendProblemAsync(id, problem).ConfigureAwait(false);
        }
    }

    /// <summary>An <c>error</c> message whose payload is <c>{"message":…}</c>, as subscriptions-transport-ws sent for bad messages.</summary>
    private Task SendProblemAsync(string? id, string problem) =>
        SendAsync(writer => SocketMessages.Write(writer, "error", id, payload => WriteMessageObject(payload, problem)));

    private static void WriteMessageObject(Utf8JsonWriter writer, string message)
    {
        writer.WriteStartObject();
        writer.WriteString("message", message);
        writer.WriteEndObject();
    }
}
