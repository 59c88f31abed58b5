using GraphQL.Types;
using static GraphQL.Tests.CodeFirst.CodeFirstTestExtensions;

namespace GraphQL.Tests.CodeFirst;

/// <summary>The requirement: both ways of building a schema produce the same schema.</summary>
public sealed class CodeFirstAndSdlFirstTests
{
    private const string Sdl = """
        scalar DateTime
        scalar Date
        scalar UUID

        "The events of a calendar."
        interface Event {
          id: ID!
          title: String!
          startsAt: DateTime!
        }

        "Who may see an event."
        enum Visibility {
          PUBLIC
          FOLLOWERS_ONLY
          "Only the author."
          PRIVATE @deprecated(reason: "Use FOLLOWERS_ONLY.")
        }

        type Meetup implements Event {
          id: ID!
          title: String!
          startsAt: DateTime!
          place: String
          attendees: [UUID!]!
        }

        type Reminder implements Event {
          id: ID!
          title: String!
          startsAt: DateTime!
          repeats: Boolean!
        }

        union SearchResult = Meetup | Reminder

        "A new meetup."
        input NewMeetupInput {
          title: String!
          startsAt: DateTime!
          "Where to meet."
          place: String
          visibility: Visibility! = PUBLIC
          tags: [String!]
        }

        type Query {
          "Finds an event."
          eventById("The event's id." id: ID!): Event
          search(text: String!, first: Int! = 10): [SearchResult!]!
          upcoming(after: Date): [Meetup!]! @deprecated(reason: "Use search.")
        }

        type Mutation {
          createMeetup(input: NewMeetupInput!): Meetup!
        }

        type Subscription {
          eventChanged(id: ID!): Event!
        }
        """;

    [Fact]
    public void The_code_first_schema_prints_the_same_SDL_as_the_SDL_first_one()
    {
        var sdlFirst = SchemaBuilder.FromSdl(Sdl).Build();
        var codeFirst = BuildSchema(b => b
            .AddQueryType(typeof(CalendarQuery))
            .AddMutationType(typeof(CalendarMutation))
            .AddSubscriptionType(typeof(CalendarSubscription))
            .AddType<Meetup>()
            .AddType<Reminder>());

        Assert.Equal(SchemaPrinter.Print(sdlFirst), SchemaPrinter.Print(codeFirst));
    }

    /// <summary>The events of a calendar.</summary>
    public interface IEvent
    {
        [ID]
        Guid Id { get; }

        string Title { get; }

        DateTimeOffset StartsAt { get; }
    }

    /// <summary>Who may see an event.</summary>
    public enum Visibility
    {
        Public,

        FollowersOnly,

        /// <summary>Only the author.</summary>
        [GraphQLDeprecated("Use FOLLOWERS_ONLY.")]
        Private,
    }

    [UnionType]
    public interface ISearchResult;

    public sealed class Meetup : IEvent, ISearchResult
    {
        [ID]
        public Guid Id { get; init; }

        public string Title { get; init; } = "";

        public DateTimeOffset StartsAt { get; init; }

        public string? Place { get; init; }

        public List<Guid> Attendees { get; } = [];
    }

    public sealed class Reminder : IEvent, ISearchResult
    {
        [ID]
        public Guid Id { get; init; }

        public string Title { get; init; } = "";

        public DateTimeOffset StartsAt { get; init; }

        public bool Repeats { get; init; }
    }

    /// <summary>A new meetup.</summary>
    public sealed record NewMeetup(
        string Title, DateTimeOffset StartsAt, [GraphQLDescription("Where to meet.")] string? Place, Visibility Visibility = Visibility.Public)
    {
        public IReadOnlyList<string>? Tags { get; init; }
    }

    [QueryType]
    public static class CalendarQuery
    {
        /// <summary>Finds an event.</summary>
        /// <param name="id">The event's id.</param>
        public static IEvent? GetEventById([ID] Guid id) => null;

        public static IEnumerable<ISearchResult> Search(string text, int first = 10) => [];

        [Obsolete("Use search.")]
        public static Meetup[] Upcoming(DateOnly? after) => [];
    }

    [MutationType]
    public static class CalendarMutation
    {
        public static Meetup CreateMeetup(NewMeetup input) => new() { Title = input.Title };
    }

    [SubscriptionType]
    public static class CalendarSubscription
    {
        public static async IAsyncEnumerable<IEvent> EventChanged([ID] Guid id)
        {
            await Task.CompletedTask;
            yield break;
        }
    }
}
