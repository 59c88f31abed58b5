using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Types.Printing;

namespace GraphQL.Tests.Printing;

public class SchemaPrinterTests
{
    [Fact]
    public void Prints_a_small_schema_in_canonical_form()
    {
        var schema = SchemaBuilder.FromSdl(""""
                type Query {
                  user(id: ID!): User
                  "Everyone, newest first."
                  users(first: Int = 10, roles: [Role!] = [MEMBER]): [User!]! @deprecated(reason: "Use `search`.")
                  search("What to look for." filter: UserFilter!, "At most this many." limit: Int = 20): [SearchResult!]!
                }
                union SearchResult = User | Group
                input UserFilter @oneOf { name: String role: Role @deprecated(reason: "Filter by name.") }
                enum Role { ADMIN "Default." MEMBER @deprecated }
                directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT
                "A group of users."
                type Group implements Node @tag(name: "groups") { id: ID! members: [User!]! }
                interface Node { id: ID! }
                """
                A person
                using the app.
                """
                type User implements Node { id: ID! @tag(name: "id") name: String joined: Html }
                scalar Html @specifiedBy(url: "https://html.spec.whatwg.org/")
                """")
            .AddScalar(new TextScalar("Html"))
            .Build();

        Assert.Equal(""""
            directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION

            "A group of users."
            type Group implements Node @tag(name: "groups") {
              id: ID!
              members: [User!]!
            }

            scalar Html @specifiedBy(url: "https://html.spec.whatwg.org/")

            interface Node {
              id: ID!
            }

            type Query {
              user(id: ID!): User

              "Everyone, newest first."
              users(first: Int = 10, roles: [Role!] = [MEMBER]): [User!]! @deprecated(reason: "Use `search`.")
              search(
                "What to look for."
                filter: UserFilter!

                "At most this many."
                limit: Int = 20
              ): [SearchResult!]!
            }

            enum Role {
              ADMIN

              "Default."
              MEMBER @deprecated
            }

            union SearchResult = User | Group

            """
            A person
            using the app.
            """
            type User implements Node {
              id: ID! @tag(name: "id")
              name: String
              joined: Html
            }

            input UserFilter @oneOf {
              name: String
              role: Role @deprecated(reason: "Filter by name.")
            }
            """", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Leaves_out_the_schema_definition_when_the_roots_have_the_default_names()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } type Mutation { b: Int }").Build();

        Assert.Equal("""
            type Mutation {
              b: Int
            }

            type Query {
              a: Int
            }
            """, SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Prints_the_schema_definition_for_roots_with_other_names()
    {
        var schema = SchemaBuilder.FromSdl("schema { query: Root subscription: Events } type Root { a: Int } type Events { b: Int }").Build();

        Assert.StartsWith("""
            schema {
              query: Root
              subscription: Events
            }

            type Events {
            """, SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Prints_the_schema_definition_when_a_type_named_like_a_root_is_not_that_root()
    {
        var schema = SchemaBuilder.FromSdl("schema { query: Query } type Query { a: Int } type Mutation { b: Int }").Build();

        Assert.StartsWith("schema {\n  query: Query\n}\n\ntype Mutation {", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Prints_the_schema_definition_for_a_description_or_directives()
    {
        var described = SchemaBuilder.FromSdl("\"The API.\" schema { query: Query } type Query { a: Int }").Build();
        var directed = SchemaBuilder.FromSdl("directive @owner(team: String!) on SCHEMA schema @owner(team: \"core\") { query: Query } type Query { a: Int }").Build();

        Assert.StartsWith("\"The API.\"\nschema {\n  query: Query\n}\n\ntype Query {", SchemaPrinter.Print(described));
        Assert.StartsWith("schema @owner(team: \"core\") {\n  query: Query\n}\n\ndirective @owner(team: String!) on SCHEMA\n\ntype Query {", SchemaPrinter.Print(directed));
    }

    [Fact]
    public void Prints_described_directive_arguments_one_a_line()
    {
        var schema = SchemaBuilder.FromSdl("""
            directive @limit("Most items." max: Int! = 10, "Fewest items." min: Int) on FIELD_DEFINITION
            type Query { a: Int @limit(max: 5) }
            """).Build();

        Assert.Equal("""
            directive @limit(
              "Most items."
              max: Int! = 10

              "Fewest items."
              min: Int
            ) on FIELD_DEFINITION

            type Query {
              a: Int @limit(max: 5)
            }
            """, SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Leaves_out_descriptions_when_told_to()
    {
        var schema = SchemaBuilder.FromSdl("""
            "The API." schema { query: Query }
            "The root." type Query { "A field." a("An argument." x: Int): Int @deprecated(reason: "Gone.") }
            """).Build();

        var printed = SchemaPrinter.Print(schema, new SchemaPrinterOptions { IncludeDescriptions = false });

        Assert.Equal("""
            type Query {
              a(x: Int): Int @deprecated(reason: "Gone.")
            }
            """, printed);
    }

    [Fact]
    public void Leaves_out_applied_custom_directives_when_told_to_but_keeps_the_built_in_ones()
    {
        var schema = SchemaBuilder.FromSdl("""
            directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION | INPUT_OBJECT
            type Query @tag(name: "root") { a(filter: Filter): Int @deprecated @tag(name: "a") }
            input Filter @oneOf @tag(name: "filter") { x: Int y: Int }
            """).Build();

        var printed = SchemaPrinter.Print(schema, new SchemaPrinterOptions { IncludeAppliedDirectives = false });

        Assert.Equal("""
            directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION | INPUT_OBJECT

            input Filter @oneOf {
              x: Int
              y: Int
            }

            type Query {
              a(filter: Filter): Int @deprecated
            }
            """, printed);
    }

    [Fact]
    public void Built_in_types_are_the_spec_scalars_and_the_introspection_types()
    {
        Assert.True(SchemaPrinter.IsBuiltIn(BuiltInScalars.String));
        Assert.True(SchemaPrinter.IsBuiltIn(GraphQL.Introspection.IntrospectionTypes.Type));
        Assert.False(SchemaPrinter.IsBuiltIn(BuiltInScalars.DateTime));
        Assert.False(SchemaPrinter.IsBuiltIn(new ObjectType("String")));
    }
}
