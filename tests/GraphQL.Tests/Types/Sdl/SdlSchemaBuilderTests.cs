using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.Types.Sdl;

public class SdlSchemaBuilderTests
{
    private const string Sdl = """"
        "The community API."
        schema @audience(name: "public") {
          query: RootQuery
          subscription: RootSubscription
        }

        "Marks who may see an element."
        directive @audience(name: String!) repeatable on SCHEMA | SCALAR | OBJECT | INTERFACE | FIELD_DEFINITION | ENUM_VALUE

        directive @weight(weight: Int = 1) on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION

        scalar DateTime
        "Money in cents."
        scalar Money @specifiedBy(url: "https://example.com/money")

        interface Node {
          id: ID!
        }

        interface Resource implements Node {
          id: ID!
          url: String
        }

        """
        A person.
        Block strings keep their lines.
        """
        type User implements Node & Resource @audience(name: "members") @audience(name: "admins") {
          id: ID!
          url: String
          "The display name."
          name: String! @deprecated(reason: "Use displayName.")
          displayName: String
          born: DateTime
          balance: Money @weight(weight: 2)
          posts(first: Int = 10 @weight, after: String @deprecated, order: Order = NEWEST): [Post!]!
          role: Role
        }

        type Post implements Node {
          id: ID!
          title: String @deprecated
        }

        union SearchResult = User

        enum Role {
          MEMBER
          "Can moderate."
          MODERATOR @audience(name: "staff")
          ADMIN @deprecated(reason: "Use MODERATOR.")
        }

        enum Order { NEWEST OLDEST }

        input UserFilter {
          name: String = "x" @deprecated(reason: "Use search.")
          roles: [Role!] = [MEMBER, ADMIN]
          window: Window = { from: "2026-01-01T00:00:00Z" }
        }

        input Window { from: DateTime to: DateTime }

        input UserKey @oneOf {
          id: ID
          email: String
        }

        type RootQuery {
          node(id: ID!): Node
          user(key: UserKey!): User
          users(filter: UserFilter): [User!]!
          search(text: String!): [SearchResult!]!
        }

        type RootSubscription {
          userChanged: User
        }

        extend schema { mutation: RootMutation }
        type RootMutation { rename(name: String!): User }

        extend type Post @audience(name: "public") { author: User }
        extend interface Resource @audience(name: "x")
        extend union SearchResult = Post
        extend enum Order { TOP }
        extend input UserFilter { since: DateTime }
        extend scalar Money @audience(name: "finance")
        """";

    private static Schema Build() => SchemaBuilder.FromSdl(Sdl).AddScalar(new MoneyType()).Build();

    [Fact]
    public void Builds_every_kind_of_definition_with_descriptions()
    {
        var schema = Build();
        Assert.Equal("The community API.", schema.Description);
        Assert.Equal("RootQuery", schema.QueryType.Name);
        Assert.Equal("RootMutation", schema.MutationType?.Name);
        Assert.Equal("RootSubscription", schema.SubscriptionType?.Name);

        var user = schema.GetType<ObjectType>("User");
        Assert.Equal("A person.\nBlock strings keep their lines.", user.Description);
        Assert.Equal(["Node", "Resource"], user.Interfaces.Select(i => i.Name));
        Assert.Equal("The display name.", user.Fields["name"].Description);
        Assert.Equal("[Post!]!", user.Fields["posts"].Type.Print());
        Assert.Same(BuiltInScalars.DateTime, user.Fields["born"].Type);
        Assert.Same(schema.GetType<InterfaceType>("Node"), schema.GetType<InterfaceType>("Resource").Interfaces.Single());
        Assert.Equal("Can moderate.", schema.GetType<EnumType>("Role").Values["MODERATOR"].Description);
        Assert.Equal(["User", "Post"], schema.GetType<UnionType>("SearchResult").Types.Select(t => t.Name));
        Assert.True(schema.IsPossibleType(schema.GetType<InterfaceType>("Node"), schema.GetType<ObjectType>("Post")));
        Assert.Same(schema.GetType<ObjectType>("User"), schema.FindPossibleType(schema.GetType<UnionType>("SearchResult"), "User"));
        Assert.Null(schema.FindPossibleType(schema.GetType<UnionType>("SearchResult"), "Comment"));
    }

    [Fact]
    public void Keeps_the_extended_and_custom_scalars_used()
    {
        var schema = Build();
        Assert.Same(BuiltInScalars.DateTime, schema.FindType("DateTime"));
        var money = schema.GetType<ScalarType>("Money");
        Assert.IsType<MoneyType>(money);
        Assert.Equal("Money in cents.", money.Description);
        Assert.Equal("https://example.com/money", money.SpecifiedByUrl);
        Assert.Equal("audience", Assert.Single(money.Directives).Name.Value);
        Assert.Null(schema.FindType("UUID"));
        Assert.NotNull(schema.FindType("Boolean"));
    }

    [Fact]
    public void Applies_every_extension()
    {
        var schema = Build();
        Assert.NotNull(schema.GetType<ObjectType>("Post").Fields.Find("author"));
        Assert.Equal(["NEWEST", "OLDEST", "TOP"], schema.GetType<EnumType>("Order").Values.Select(v => v.Name));
        Assert.Equal("DateTime", schema.GetType<InputObjectType>("UserFilter").Fields["since"].Type.Print());
        Assert.Equal("audience", Assert.Single(schema.GetType<InterfaceType>("Resource").Directives).Name.Value);
        Assert.Equal("rename", Assert.Single(schema.MutationType!.Fields).Name);
    }

    [Fact]
    public void Deprecations_become_reasons_with_the_default_when_none_is_given()
    {
        var schema = Build();
        var user = schema.GetType<ObjectType>("User");
        Assert.Equal("Use displayName.", user.Fields["name"].DeprecationReason);
        Assert.False(user.Fields["displayName"].IsDeprecated);
        Assert.Equal(BuiltInDirectives.DefaultDeprecationReason, schema.GetType<ObjectType>("Post").Fields["title"].DeprecationReason);
        Assert.Equal(BuiltInDirectives.DefaultDeprecationReason, user.Fields["posts"].Arguments["after"].DeprecationReason);
        Assert.Equal("Use search.", schema.GetType<InputObjectType>("UserFilter").Fields["name"].DeprecationReason);
        Assert.Equal("Use MODERATOR.", schema.GetType<EnumType>("Role").Values["ADMIN"].DeprecationReason);
        Assert.Empty(user.Fields["name"].Directives);
    }

    [Fact]
    public void Keeps_custom_directive_definitions_and_applied_directives()
    {
        var schema = Build();
        var audience = schema.FindDirective("audience")!;
        Assert.True(audience.IsRepeatable);
        Assert.Equal("Marks who may see an element.", audience.Description);
        Assert.Equal(
            [
                DirectiveLocation.Schema, DirectiveLocation.Scalar, DirectiveLocation.Object,
                DirectiveLocation.Interface, DirectiveLocation.FieldDefinition, DirectiveLocation.EnumValue,
            ], audience.Locations);
        Assert.Equal("1", ((IntValueNode)schema.FindDirective("weight")!.Arguments["weight"].DefaultValue!).Value);

        var user = schema.GetType<ObjectType>("User");
        Assert.Equal(2, user.Directives.Count);
        Assert.Equal("weight", Assert.Single(user.Fields["balance"].Directives).Name.Value);
        Assert.Equal("weight", Assert.Single(user.Fields["posts"].Arguments["first"].Directives).Name.Value);
        Assert.Single(schema.GetType<EnumType>("Role").Values["MODERATOR"].Directives);
        Assert.Equal("audience", Assert.Single(schema.SchemaDirectives).Name.Value);
        Assert.Single(schema.GetType<ObjectType>("Post").Directives);
    }

    [Fact]
    public void Keeps_default_values_as_literals_and_reads_oneOf()
    {
        var schema = Build();
        var posts = schema.GetType<ObjectType>("User").Fields["posts"];
        Assert.Equal("10", ((IntValueNode)posts.Arguments["first"].DefaultValue!).Value);
        Assert.Equal("NEWEST", ((EnumValueNode)posts.Arguments["order"].DefaultValue!).Value);
        var filter = schema.GetType<InputObjectType>("UserFilter");
        Assert.Equal(2, ((ListValueNode)filter.Fields["roles"].DefaultValue!).Values.Count);
        Assert.IsType<ObjectValueNode>(filter.Fields["window"].DefaultValue);

        var key = schema.GetType<InputObjectType>("UserKey");
        Assert.True(key.IsOneOf);
        Assert.Empty(key.Directives);
        Assert.False(filter.IsOneOf);
    }

    [Fact]
    public void Enum_values_are_their_names_at_runtime() =>
        Assert.Equal("MEMBER", Build().GetType<EnumType>("Role").Values["MEMBER"].Value);

    [Fact]
    public void Default_root_type_names_are_used_without_a_schema_definition()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { a: Int }
            type Mutation { b: Int }
            type Subscription { c: Int }
            """).Build();
        Assert.Equal(("Query", "Mutation", "Subscription"), (schema.QueryType.Name, schema.MutationType?.Name, schema.SubscriptionType?.Name));
        Assert.Null(schema.Description);
    }

    [Fact]
    public void Sdl_can_come_in_several_documents_and_restate_built_in_directives()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }")
            .AddSdl("extend type Query { b: String }")
            .AddSdl("directive @deprecated(reason: String = \"No longer supported\") on FIELD_DEFINITION | ENUM_VALUE | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION")
            .Build();
        Assert.Equal(["a", "b"], schema.QueryType.Fields.Select(f => f.Name));
        Assert.Same(BuiltInDirectives.Deprecated, schema.FindDirective("deprecated"));
    }

    [Fact]
    public void A_registered_scalar_may_be_used_without_declaring_it()
    {
        var schema = SchemaBuilder.FromSdl("type Query { price: Money }").AddScalar(new MoneyType()).Build();
        Assert.IsType<MoneyType>(schema.QueryType.Fields["price"].Type);
        Assert.IsType<MoneyType>(schema.FindType("Money"));
    }

    [Fact]
    public void Declaring_an_extended_scalar_keeps_the_built_in_unchanged()
    {
        var schema = SchemaBuilder.FromSdl("""
            "Something else." scalar UUID @specifiedBy(url: "https://elsewhere.example")
            type Query { id: UUID }
            """).Build();
        Assert.Same(BuiltInScalars.UUID, schema.FindType("UUID"));
        Assert.Equal("https://tools.ietf.org/html/rfc4122", BuiltInScalars.UUID.SpecifiedByUrl);
        Assert.DoesNotContain("Something else.", BuiltInScalars.UUID.Description);
    }

    [Fact]
    public void Building_twice_does_not_repeat_directives_on_a_registered_scalar()
    {
        var builder = SchemaBuilder.FromSdl("""
            directive @tag on SCALAR
            scalar Money @tag
            type Query { price: Money }
            """).AddScalar(new MoneyType());
        builder.Build();
        var schema = builder.Build();
        Assert.Single(schema.GetType<ScalarType>("Money").Directives);
    }

    /// <summary>A custom scalar: an amount in cents, as an integer.</summary>
    private sealed class MoneyType() : ScalarType("Money")
    {
        public override Type RuntimeType => typeof(long);

        public override object Serialize(object value) => BuiltInScalars.Long.Serialize(value);

        public override object ParseValue(object value) => BuiltInScalars.Long.ParseValue(value);

        public override object ParseLiteral(IValueNode literal) => BuiltInScalars.Long.ParseLiteral(literal);

        public override IValueNode ValueToLiteral(object value) => BuiltInScalars.Long.ValueToLiteral(value);
    }
}
