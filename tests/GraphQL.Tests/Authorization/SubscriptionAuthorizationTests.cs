using GraphQL.Authorization;
using GraphQL.Execution;
using GraphQL.Tests.CodeFirst;
using GraphQL.Types;
using static GraphQL.Tests.Authorization.AuthorizationExecution;

namespace GraphQL.Tests.Authorization;

/// <summary>Protected subscription root fields are authorized once, when subscribing, before the source stream exists.</summary>
public sealed class SubscriptionAuthorizationTests
{
    private readonly Invocations _invocations = new();
    private readonly RequestExecutor _executor;

    public SubscriptionAuthorizationTests()
    {
        _executor = new RequestExecutor(SchemaBuilder.FromSdl("""
                type Query { noop: Int }
                type Subscription { alerts: Int @authorize(roles: ["ops"]) }
                """)
            .BindSubscriber("Subscription", "alerts", _ =>
            {
                _invocations.Record("Subscription.alerts");
                return new ValueTask<IAsyncEnumerable<object?>>(Events(3));
            })
            .Build());
    }

    [Fact]
    public async Task An_anonymous_subscriber_is_refused_before_the_stream_is_created()
    {
        var result = await _executor.ExecuteAsync(new GraphQLRequest { Query = "subscription {\n  alerts\n}", User = Users.Anonymous });

        Assert.Equal(
            Json("{'errors':[{'message':'The current user is not authenticated.','locations':[{'line':2,'column':3}],'path':['alerts'],'extensions':{'code':'AUTH_NOT_AUTHENTICATED'}}]}"),
            Assert.IsType<ExecutionResult>(result).ToJson());
        Assert.Equal(0, _invocations["Subscription.alerts"]);
    }

    [Fact]
    public async Task A_subscriber_without_the_role_is_not_authorized()
    {
        var result = await _executor.ExecuteAsync(new GraphQLRequest { Query = "subscription { alerts }", User = Users.SignedIn("member") });

        Assert.Equal(AuthorizationErrorCodes.NotAuthorized, Assert.Single(Assert.IsType<ExecutionResult>(result).Errors).Code);
        Assert.Equal(0, _invocations["Subscription.alerts"]);
    }

    [Fact]
    public async Task An_authorized_subscriber_gets_every_event_after_a_single_check()
    {
        var handler = new PermissionPolicyHandler();

        var result = await _executor.ExecuteAsync(new GraphQLRequest
        {
            Query = "subscription { alerts }",
            User = Users.SignedIn("ops"),
            Services = new TestServices(handler),
        });

        var events = new List<string>();
        await foreach (var item in Assert.IsType<ResponseStream>(result))
        {
            events.Add(item.ToJson());
        }
        Assert.Equal([Json("{'data':{'alerts':1}}"), Json("{'data':{'alerts':2}}"), Json("{'data':{'alerts':3}}")], events);
        Assert.Single(handler.Checked);
    }

    private static async IAsyncEnumerable<object?> Events(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }
}
