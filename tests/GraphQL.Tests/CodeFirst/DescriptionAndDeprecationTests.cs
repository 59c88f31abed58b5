using GraphQL.Types;
using static GraphQL.Tests.CodeFirst.CodeFirstTestExtensions;

namespace GraphQL.Tests.CodeFirst;

public sealed class DescriptionAndDeprecationTests
{
    private static readonly Schema Schema = BuildSchema(b => b.AddQueryType(typeof(DocumentedQuery)));

    [Fact]
    public void XML_doc_summaries_describe_types_fields_and_arguments()
    {
        Assert.Equal("A member of the community.", Schema.GetType<ObjectType>("Member").Description);
        Assert.Equal("The name shown on posts.", Schema.Field("Member", "handle").Description);
        Assert.Equal("Finds a member by handle.", Schema.Field("Query", "member").Description);
        Assert.Equal("The handle, without the @.", Schema.Argument("Query", "member", "handle").Description);
    }

    [Fact]
    public void XML_docs_are_found_for_methods_with_generic_array_and_nullable_parameters()
    {
        Assert.Equal("Adds numbers up.", Schema.Field("Query", "sum").Description);
        Assert.Equal("More numbers.", Schema.Argument("Query", "sum", "more").Description);
    }

    [Fact]
    public void XML_doc_references_and_paragraphs_become_plain_text()
    {
        Assert.Equal(
            "Counts Member posts, null when none.\n\nSecond paragraph with handle.",
            Schema.Field("Member", "postCount").Description);
    }

    [Fact]
    public void XML_doc_param_tags_of_records_describe_input_fields()
    {
        var input = Schema.GetType<InputObjectType>("InviteInput");

        Assert.Equal("Who is invited.", input.Fields["email"].Description);
        Assert.Equal("Sent with the invitation.", input.Fields["message"].Description);
    }

    [Fact]
    public void GraphQLDescription_wins_over_XML_docs()
    {
        Assert.Equal("Overridden.", Schema.Field("Member", "bio").Description);
        Assert.Equal("From the attribute.", Schema.Argument("Query", "invite", "input").Description);
    }

    [Fact]
    public void Members_without_docs_have_no_description()
    {
        Assert.Null(Schema.Field("Query", "invite").Description);
    }

    [Fact]
    public void GraphQLDeprecated_and_Obsolete_deprecate_fields_and_arguments()
    {
        Assert.Equal("Use handle.", Schema.Field("Member", "nickname").DeprecationReason);
        Assert.Equal("Use bio.", Schema.Field("Member", "about").DeprecationReason);
        Assert.Equal(BuiltInDirectives.DefaultDeprecationReason, Schema.Field("Member", "legacy").DeprecationReason);
        Assert.Equal("Ignored now.", Schema.Argument("Query", "member", "exact").DeprecationReason);
        Assert.Null(Schema.Field("Member", "handle").DeprecationReason);
    }

    [Fact]
    public void Obsolete_input_fields_are_deprecated()
    {
        Assert.Equal("Not sent anymore.", Schema.GetType<InputObjectType>("InviteInput").Fields["priority"].DeprecationReason);
    }

    [Fact]
    public void GraphQLIgnore_keeps_members_out()
    {
        Assert.DoesNotContain("passwordHash", Schema.FieldNames("Member"));
        Assert.DoesNotContain("secret", Schema.FieldNames("Member"));
        Assert.False(Schema.GetType<InputObjectType>("InviteInput").Fields.Contains("trackingCode"));
    }

    /// <summary>A member of the community.</summary>
    public sealed class Member
    {
        /// <summary>
        /// The name shown
        /// on posts.
        /// </summary>
        public string Handle => "ann";

        /// <summary>Ignored: the attribute wins.</summary>
        [GraphQLDescription("Overridden.")]
        public string Bio => "";

        [GraphQLDeprecated("Use handle.")]
        public string? Nickname => null;

        [Obsolete("Use bio.")]
        public string? About => null;

        [Obsolete]
        public string? Legacy => null;

        [GraphQLIgnore]
        public string PasswordHash => "";

        /// <summary>Counts <see cref="Member"/> posts, <see langword="null"/> when none.<para>Second paragraph with <paramref name="handle"/>.</para></summary>
        public int? GetPostCount(string? handle = null) => null;

        [GraphQLIgnore]
        public string GetSecret() => "";

        /// <summary>Not a field: methods that return nothing are helpers.</summary>
        public void Touch()
        {
        }
    }

    /// <summary>An invitation.</summary>
    /// <param name="Email">Who is invited.</param>
    /// <param name="Message">Sent with the invitation.</param>
    public sealed record Invite(string Email, string? Message)
    {
        [Obsolete("Not sent anymore.")]
        public int? Priority { get; set; }

        [GraphQLIgnore]
        public string? TrackingCode { get; set; }
    }

    [QueryType]
    public static class DocumentedQuery
    {
        /// <summary>Finds a member by handle.</summary>
        /// <param name="handle">The handle, without the @.</param>
        /// <param name="exact">Whether the handle must match exactly.</param>
        public static Member GetMember(string handle, [GraphQLDeprecated("Ignored now.")] bool? exact = null) => new();

        public static bool Invite([GraphQLDescription("From the attribute.")] Invite input) => true;

        /// <summary>Adds numbers up.</summary>
        /// <param name="values">Numbers.</param>
        /// <param name="more">More numbers.</param>
        /// <param name="extra">One more, maybe.</param>
        public static int Sum(List<int> values, int[] more, int? extra) => values.Sum() + more.Sum() + (extra ?? 0);
    }
}
