using GraphQL.Types;
using static GraphQL.Tests.CodeFirst.CodeFirstTestExtensions;

namespace GraphQL.Tests.CodeFirst;

public sealed class EnumTests
{
    private static readonly Schema Schema = BuildSchema(b => b.AddQueryType(typeof(EnumQuery)));

    [Fact]
    public void Enum_members_become_upper_snake_values_whose_runtime_values_are_the_members()
    {
        var type = Schema.GetType<EnumType>("PostVisibility");

        Assert.Equal(["PUBLIC", "FOLLOWERS_ONLY", "HTTP_LINK", "hidden"], type.Values.Select(v => v.Name));
        Assert.Equal(PostVisibility.FollowersOnly, type.Values["FOLLOWERS_ONLY"].Value);
        Assert.Equal(typeof(PostVisibility), type.RuntimeType);
        Assert.Same(type.Values["PUBLIC"], type.FindByRuntimeValue(PostVisibility.Public));
    }

    [Fact]
    public void Enum_values_take_descriptions_and_deprecations_and_can_be_ignored()
    {
        var type = Schema.GetType<EnumType>("PostVisibility");

        Assert.Equal("Everyone can see it.", type.Values["PUBLIC"].Description);
        Assert.Equal("Use FOLLOWERS_ONLY.", type.Values["hidden"].DeprecationReason);
        Assert.False(type.Values.Contains("INTERNAL"));
    }

    [Fact]
    public void The_same_enum_serves_outputs_and_inputs()
    {
        Assert.Equal("PostVisibility!", Schema.FieldType("Query", "visibility"));
        Assert.Equal("[PostVisibility!]!", Schema.Argument("Query", "countPosts", "visibilities").Type.Print());
    }

    [Fact]
    public void Two_members_with_the_same_GraphQL_name_are_an_error()
    {
        var errors = BuildErrors(b => b.AddQueryType(typeof(ClashingEnumQuery)));

        Assert.Contains(errors, e => e.Contains("'Clash'") && e.Contains("'HTTP_LINK'") && e.Contains("[GraphQLName]"));
    }

    public enum PostVisibility
    {
        /// <summary>Everyone can see it.</summary>
        Public,

        FollowersOnly,

        HTTPLink,

        [GraphQLName("hidden")]
        [GraphQLDeprecated("Use FOLLOWERS_ONLY.")]
        Private,

        [GraphQLIgnore]
        Internal,
    }

    public enum Clash
    {
        HttpLink,

        HTTPLink,
    }

    [QueryType]
    public static class EnumQuery
    {
        public static PostVisibility Visibility() => PostVisibility.Public;

        public static int CountPosts(PostVisibility[] visibilities) => visibilities.Length;
    }

    [QueryType]
    public static class ClashingEnumQuery
    {
        public static Clash Value() => Clash.HttpLink;
    }
}
