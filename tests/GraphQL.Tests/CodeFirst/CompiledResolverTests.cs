using System.Security.Claims;
using GraphQL.Execution;
using GraphQL.Types;
using static GraphQL.Tests.CodeFirst.CodeFirstTestExtensions;

namespace GraphQL.Tests.CodeFirst;

/// <summary>The compiled resolvers called directly, with a test context; see the execution tests for whole requests.</summary>
public sealed class CompiledResolverTests
{
    private static readonly Schema Schema = BuildSchema(b => b
        .AddQueryType(typeof(InjectionQuery))
        .AddQueryType<InstanceQuery>()
        .AddType(typeof(AuthorExtensions))
        .AddSubscriptionType(typeof(TickerSubscription)));

    [Fact]
    public async Task Arguments_are_converted_to_the_parameter_types()
    {
        var id = Guid.NewGuid();
        var context = TestResolverContext.For(Schema, "Query", "describe", arguments: new Dictionary<string, object?>
        {
            ["id"] = id.ToString(),
            ["count"] = 3,
            ["ratio"] = 0.5,
            ["tags"] = new List<object?> { "a", null },
        });

        Assert.Equal($"{id}/3/0.5/a,", await context.Resolve());
    }

    [Fact]
    public async Task Id_strings_become_numbers_and_DateTimeOffsets_become_utc_DateTimes()
    {
        var at = new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.FromHours(2));
        var context = TestResolverContext.For(Schema, "Query", "numbered", arguments: new Dictionary<string, object?>
        {
            ["id"] = "12",
            ["at"] = at,
        });

        Assert.Equal("12 at 2025-03-01T10:00:00.0000000Z", await context.Resolve());
    }

    [Fact]
    public async Task An_id_out_of_the_parameters_range_is_an_error_for_the_client()
    {
        var context = TestResolverContext.For(Schema, "Query", "numbered", arguments: new Dictionary<string, object?>
        {
            ["id"] = "99999999999",
            ["at"] = DateTimeOffset.UnixEpoch,
        });

        var error = await Assert.ThrowsAnyAsync<GraphQLException>(async () => await context.Resolve());

        Assert.Equal("The value '99999999999' is out of range for Int32.", error.Message);
        Assert.Equal(ErrorCodes.InvalidValue, error.Error.Code);
    }

    [Fact]
    public async Task Arguments_left_out_are_the_parameter_types_defaults()
    {
        var context = TestResolverContext.For(Schema, "Query", "echo");

        Assert.Equal("(null)", await context.Resolve());
    }

    [Fact]
    public async Task Services_are_resolved_from_the_request_services()
    {
        var context = TestResolverContext.For(Schema, "Query", "greeting", services: new TestServices(new Greeter("Hi")));

        Assert.Equal("Hi Ann / no clock", await context.Resolve());
    }

    [Fact]
    public async Task A_missing_required_service_is_a_clear_error()
    {
        var context = TestResolverContext.For(Schema, "Query", "greeting");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await context.Resolve());

        Assert.Equal(
            $"No service of type '{typeof(IGreeter).FullName}' is registered, but the parameter 'greeter' of method 'InjectionQuery.Greeting' requires one. Register it, or make the parameter nullable if it is optional.",
            error.Message);
    }

    [Fact]
    public async Task The_user_the_cancellation_token_and_the_context_are_injected()
    {
        using var cancellation = new CancellationTokenSource();
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ann")], "test"));
        var context = TestResolverContext.For(Schema, "Query", "whoAmI", user: user, requestAborted: cancellation.Token);

        Assert.Equal("ann/False/whoAmI", await context.Resolve());
    }

    [Fact]
    public async Task A_non_nullable_ClaimsPrincipal_is_an_anonymous_user_when_there_is_none()
    {
        Assert.Equal("anonymous", await TestResolverContext.For(Schema, "Query", "isAuthenticated").Resolve());
    }

    [Fact]
    public async Task Task_and_ValueTask_results_are_awaited_and_sync_results_are_completed_at_once()
    {
        var sync = TestResolverContext.For(Schema, "Query", "echo").Resolve();
        var pending = TestResolverContext.For(Schema, "Query", "later").Resolve();

        Assert.True(sync.IsCompletedSuccessfully);
        Assert.Equal(42, await pending);
        Assert.Equal(7, await TestResolverContext.For(Schema, "Query", "soon").Resolve());
    }

    [Fact]
    public async Task Instance_resolver_classes_are_created_once_and_their_members_resolved_on_that_instance()
    {
        var first = await TestResolverContext.For(Schema, "Query", "instanceId").Resolve();
        var second = await TestResolverContext.For(Schema, "Query", "instanceId").Resolve();

        Assert.Equal(first, second);
        Assert.Equal("static", await TestResolverContext.For(Schema, "Query", "staticOnInstanceClass").Resolve());
    }

    [Fact]
    public async Task Entity_members_resolve_on_the_parent_and_extensions_receive_it_as_Parent()
    {
        var author = new Author("Ann");

        Assert.Equal("Ann", await TestResolverContext.For(Schema, "Author", "name", parent: author).Resolve());
        Assert.Equal("ANN!", await TestResolverContext.For(Schema, "Author", "shout", parent: author, arguments: new Dictionary<string, object?> { ["times"] = 1 }).Resolve());
        Assert.Equal(["name", "shout"], Schema.FieldNames("Author"));
    }

    [Fact]
    public async Task Subscription_methods_become_subscribers_and_each_event_is_the_field_value()
    {
        var field = Schema.Field("Subscription", "ticks");
        var context = TestResolverContext.For(Schema, "Subscription", "ticks", arguments: new Dictionary<string, object?> { ["count"] = 3 });

        var events = new List<object?>();
        await foreach (var item in await field.Subscriber!(context))
        {
            events.Add(item);
        }

        Assert.Equal([0, 1, 2], events);
        Assert.Equal("Int!", field.Type.Print());
        Assert.Equal(5, await field.Resolver!(TestResolverContext.For(Schema, "Subscription", "ticks", parent: 5)));
    }

    [Fact]
    public async Task Subscription_streams_of_objects_in_tasks_are_passed_through()
    {
        var field = Schema.Field("Subscription", "authorJoined");
        var stream = await field.Subscriber!(TestResolverContext.For(Schema, "Subscription", "authorJoined"));

        var authors = new List<object?>();
        await foreach (var item in stream)
        {
            authors.Add(item);
        }

        Assert.Equal("Ann", Assert.IsType<Author>(Assert.Single(authors)).Name);
        Assert.Equal("Author!", field.Type.Print());
    }

    public interface IGreeter
    {
        string Greet(string name);
    }

    public sealed class Greeter(string greeting) : IGreeter
    {
        public string Greet(string name) => $"{greeting} {name}";
    }

    public interface IClock
    {
        DateTimeOffset Now { get; }
    }

    public sealed record Author(string Name);

    [QueryType]
    public static class InjectionQuery
    {
        public static string Describe([ID] Guid id, short count, float ratio, List<string?> tags) =>
            $"{id}/{count}/{ratio.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{string.Join(",", tags)}";

        public static string Echo(string? text) => text ?? "(null)";

        public static string Numbered([ID] int id, DateTime at) =>
            $"{id} at {at.ToString("O", System.Globalization.CultureInfo.InvariantCulture)}";

        public static string Greeting(IGreeter greeter, IClock? clock) => $"{greeter.Greet("Ann")} / {(clock is null ? "no clock" : "clock")}";

        public static string WhoAmI(ClaimsPrincipal? user, CancellationToken cancellationToken, IResolverContext context) =>
            $"{user?.Identity?.Name}/{cancellationToken.IsCancellationRequested}/{context.Field.Name}";

        public static string IsAuthenticated(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true ? "yes" : "anonymous";

        public static async Task<int> Later()
        {
            await Task.Yield();
            return 42;
        }

        public static ValueTask<int> Soon() => ValueTask.FromResult(7);

        public static Author Author() => new("Ann");
    }

    public sealed class InstanceQuery
    {
        private readonly Guid _id = Guid.NewGuid();

        public Guid InstanceId => _id;

        public static string StaticOnInstanceClass() => "static";
    }

    [ObjectType<Author>]
    public static class AuthorExtensions
    {
        public static string Shout([Parent] Author author, int times) => author.Name.ToUpperInvariant() + new string('!', times);
    }

    [SubscriptionType]
    public static class TickerSubscription
    {
        public static async IAsyncEnumerable<int> Ticks(int count)
        {
            for (var i = 0; i < count; i++)
            {
                await Task.Yield();
                yield return i;
            }
        }

        public static Task<IAsyncEnumerable<Author>> AuthorJoined() => Task.FromResult(Joined());

        private static async IAsyncEnumerable<Author> Joined()
        {
            await Task.Yield();
            yield return new Author("Ann");
        }
    }
}
