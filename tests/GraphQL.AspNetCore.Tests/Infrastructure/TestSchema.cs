using System.Runtime.CompilerServices;
using GraphQL.Types;

namespace GraphQL.AspNetCore.Tests.Infrastructure;

/// <summary>A small SDL-first schema with a field for each behaviour the transport passes through.</summary>
internal static class TestSchema
{
    public const string Sdl = """
        type Query {
          hello(name: String): String!
          "The name of the user the request is authenticated as."
          me: String
          "A value from a scoped service of the request."
          greeting: String!
          "Waits until the request is cancelled (aborted by the client, or timed out)."
          wait: Boolean
          "Throws an exception that is not a GraphQL error."
          boom: String
        }

        type Mutation {
          increment: Int!
        }

        type Subscription {
          ticks: Int!
        }
        """;

    public static Schema Build(TestState state) => SchemaBuilder.FromSdl(Sdl)
        .BindResolver("Query", "hello", context => new($"Hello, {context.ArgumentValue<string?>("name") ?? "world"}!"))
        .BindResolver("Query", "me", context => new(context.User?.Identity?.Name))
        .BindResolver("Query", "greeting", context => new(context.Service<TestGreeter>().Greeting))
        .BindResolver("Query", "wait", async context =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
                return true;
            }
            catch (OperationCanceledException)
            {
                state.WaitCancelled.TrySetResult();
                throw;
            }
        })
        .BindResolver("Query", "boom", _ => throw new InvalidOperationException("Kaboom"))
        .BindResolver("Mutation", "increment", _ => new(Interlocked.Increment(ref state.Counter)))
        .BindSubscriber("Subscription", "ticks", _ =>
        {
            Interlocked.Increment(ref state.Subscriptions);
            return new(Ticks());
        })
        .Build();

    private static async IAsyncEnumerable<object?> Ticks([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var tick = 1; !cancellationToken.IsCancellationRequested; tick++)
        {
            await Task.Delay(10, cancellationToken);
            yield return tick;
        }
    }
}

/// <summary>What the test schema's resolvers observed, for the tests to check.</summary>
internal sealed class TestState
{
    public int Counter;

    public int Subscriptions;

    public TaskCompletionSource WaitCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>A scoped service, to show resolvers get the request's services.</summary>
internal sealed class TestGreeter
{
    public string Greeting => "Hello from a scoped service";
}
