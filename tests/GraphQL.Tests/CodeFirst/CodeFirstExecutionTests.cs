using System.Security.Claims;
using GraphQL.Execution;
using GraphQL.Types;
using static GraphQL.Tests.CodeFirst.CodeFirstTestExtensions;

namespace GraphQL.Tests.CodeFirst;

/// <summary>Whole requests against a code-first schema, through the executor.</summary>
public sealed class CodeFirstExecutionTests
{
    private static readonly Schema Schema = BuildSchema(b => b
        .AddQueryType(typeof(CommunityQuery))
        .AddMutationType(typeof(CommunityMutation))
        .AddSubscriptionType(typeof(CommunitySubscription))
        .AddType(typeof(MemberExtensions))
        .AddType<Meetup>()
        .AddType<Note>());

    private static readonly RequestExecutor Executor = new(Schema);

    [Fact]
    public async Task Entity_fields_extension_fields_and_services_resolve_together()
    {
        var json = await ExecuteAsync(
            "{ memberById(id: \"00000000-0000-0000-0000-000000000001\") { handle role followers(first: 1) { handle } greeting } }",
            services: new TestServices(new Greeter()));

        Assert.Equal(
            """{"data":{"memberById":{"handle":"ann","role":"POWER_USER","followers":[{"handle":"bob"}],"greeting":"Hello, ann"}}}""",
            json);
    }

    [Fact]
    public async Task Arguments_default_when_left_out()
    {
        var json = await ExecuteAsync("{ members { handle } }");

        Assert.Equal("""{"data":{"members":[{"handle":"ann"},{"handle":"bob"}]}}""", json);
    }

    [Fact]
    public async Task Input_objects_from_literals_become_records_with_nested_lists_and_enums()
    {
        var json = await ExecuteAsync(
            """mutation { planMeetup(input: { title: "Run", stops: [{ place: "Park", minutes: 10 }, { place: "Lake" }], visibility: FOLLOWERS_ONLY }) }""");

        Assert.Equal("""{"data":{"planMeetup":"Run: Park 10, Lake 5 (FollowersOnly)"}}""", json);
    }

    [Fact]
    public async Task Input_objects_from_variables_become_records()
    {
        var json = await ExecuteAsync(
            "mutation($input: PlanInput!) { planMeetup(input: $input) }",
            variables: new Dictionary<string, object?>
            {
                ["input"] = new Dictionary<string, object?>
                {
                    ["title"] = "Swim",
                    ["stops"] = new List<object?> { new Dictionary<string, object?> { ["place"] = "Pool", ["minutes"] = 30L } },
                },
            });

        Assert.Equal("""{"data":{"planMeetup":"Swim: Pool 30 (Public)"}}""", json);
    }

    [Fact]
    public async Task Interfaces_and_unions_resolve_to_the_object_type_of_the_CLR_value()
    {
        var json = await ExecuteAsync("{ feed { __typename ... on Meetup { title } ... on Note { text } } posts { __typename author } }");

        Assert.Equal(
            """{"data":{"feed":[{"__typename":"Meetup","title":"Run"},{"__typename":"Note","text":"hi"}],"posts":[{"__typename":"Meetup","author":"ann"},{"__typename":"Note","author":"bob"}]}}""",
            json);
    }

    [Fact]
    public async Task The_user_and_the_cancellation_token_reach_the_resolver()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ann")], "test"));

        var json = await ExecuteAsync("{ me }", user: user);

        Assert.Equal("""{"data":{"me":"ann (can be cancelled)"}}""", json);
    }

    [Fact]
    public async Task A_missing_service_fails_the_field_without_leaking_details()
    {
        var result = await ExecuteResultAsync("{ memberById(id: \"00000000-0000-0000-0000-000000000001\") { greeting } }");

        var error = Assert.Single(result.Errors);
        Assert.Equal("Unexpected Execution Error", error.Message);
        Assert.Contains("IGreeter", error.Exception!.Message);
        Assert.Equal(["memberById", "greeting"], error.Path!.ToList());
    }

    [Fact]
    public async Task An_id_that_is_not_a_Guid_is_an_error_for_the_client()
    {
        var result = await ExecuteResultAsync("{ memberById(id: \"nope\") { handle } }");

        Assert.Equal("The value 'nope' cannot be converted to Guid.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Subscription_events_are_the_field_values()
    {
        var stream = Assert.IsType<ResponseStream>(await Executor.ExecuteAsync(new GraphQLRequest { Query = "subscription { noteAdded(count: 2) { text } }" }));

        var results = new List<string>();
        await foreach (var result in stream)
        {
            results.Add(result.ToJson());
        }

        Assert.Equal(["""{"data":{"noteAdded":{"text":"note 0"}}}""", """{"data":{"noteAdded":{"text":"note 1"}}}"""], results);
    }

    private static async Task<string> ExecuteAsync(
        string query, IReadOnlyDictionary<string, object?>? variables = null, IServiceProvider? services = null, ClaimsPrincipal? user = null) =>
        (await ExecuteResultAsync(query, variables, services, user)).ToJson();

    private static async Task<ExecutionResult> ExecuteResultAsync(
        string query, IReadOnlyDictionary<string, object?>? variables = null, IServiceProvider? services = null, ClaimsPrincipal? user = null)
    {
        var request = new GraphQLRequest { Query = query, Variables = variables, Services = services ?? new TestServices(), User = user };
        return Assert.IsType<ExecutionResult>(await Executor.ExecuteAsync(request));
    }

    public enum Role
    {
        Member,
        PowerUser,
    }

    public enum Visibility
    {
        Public,
        FollowersOnly,
    }

    public sealed record Member(Guid Id, string Handle, Role Role);

    public interface IPost
    {
        string Author { get; }
    }

    [UnionType]
    public interface IFeedItem;

    public sealed record Meetup(string Title, string Author) : IPost, IFeedItem;

    public sealed record Note(string Text, string Author) : IPost, IFeedItem;

    public sealed record Stop(string Place, int Minutes = 5);

    [GraphQLName("PlanInput")]
    public sealed record Plan(string Title, IReadOnlyList<Stop> Stops, Visibility Visibility = Visibility.Public);

    public interface IGreeter
    {
        string Greet(string handle);
    }

    public sealed class Greeter : IGreeter
    {
        public string Greet(string handle) => $"Hello, {handle}";
    }

    private static readonly Member[] Members =
    [
        new(new Guid("00000000-0000-0000-0000-000000000001"), "ann", Role.PowerUser),
        new(new Guid("00000000-0000-0000-0000-000000000002"), "bob", Role.Member),
    ];

    [QueryType]
    public static class CommunityQuery
    {
        public static Task<Member?> GetMemberByIdAsync([ID] Guid id) => Task.FromResult(Members.FirstOrDefault(m => m.Id == id));

        public static IEnumerable<Member> GetMembers(int first = 10) => Members.Take(first);

        public static IFeedItem[] Feed() => [new Meetup("Run", "ann"), new Note("hi", "bob")];

        public static List<IPost> Posts() => [new Meetup("Run", "ann"), new Note("hi", "bob")];

        public static string Me(ClaimsPrincipal user, CancellationToken cancellationToken) =>
            $"{user.Identity!.Name} ({(cancellationToken.CanBeCanceled ? "can be cancelled" : "cannot be cancelled")})";
    }

    [ObjectType<Member>]
    public static class MemberExtensions
    {
        public static IEnumerable<Member> GetFollowers([Parent] Member member, int first) => Members.Where(m => m != member).Take(first);

        public static ValueTask<string> GetGreetingAsync([Parent] Member member, IGreeter greeter) => ValueTask.FromResult(greeter.Greet(member.Handle));
    }

    [MutationType]
    public static class CommunityMutation
    {
        public static string PlanMeetup(Plan input) =>
            $"{input.Title}: {string.Join(", ", input.Stops.Select(s => $"{s.Place} {s.Minutes}"))} ({input.Visibility})";
    }

    [SubscriptionType]
    public static class CommunitySubscription
    {
        public static async IAsyncEnumerable<Note> NoteAdded(int count)
        {
            for (var i = 0; i < count; i++)
            {
                await Task.Yield();
                yield return new Note($"note {i}", "ann");
            }
        }
    }
}
