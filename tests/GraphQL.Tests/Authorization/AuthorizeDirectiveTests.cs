using GraphQL.Authorization;
using GraphQL.Tests.Introspection;
using GraphQL.Types;
using static GraphQL.Tests.CodeFirst.CodeFirstTestExtensions;

namespace GraphQL.Tests.Authorization;

/// <summary>@authorize in the schema: its definition, SDL printing for both builders, introspection, and SDL errors.</summary>
public sealed class AuthorizeDirectiveTests
{
    private const string LibrarySdl = """
        type Query {
          book: Book
          loans: Int! @authorize @authorize(roles: ["librarian", "clerk"])
        }

        type Book @authorize(policy: "Members") {
          title: String!
          borrower: String @authorize(roles: ["librarian"])
          copies: Int! @authorize(policy: "Staff")
        }

        type Mutation {
          returnBook(title: String!): Boolean! @authorize(roles: ["librarian"])
        }
        """;

    [Fact]
    public void Code_first_and_SDL_first_print_the_same_authorize_directives()
    {
        var sdlFirst = SchemaBuilder.FromSdl(LibrarySdl).Build();
        var codeFirst = BuildSchema(b => b
            .AddQueryType(typeof(LibraryQuery))
            .AddMutationType(typeof(LibraryMutation))
            .AddType(typeof(BookStaffFields)));

        Assert.Equal(SchemaPrinter.Print(sdlFirst), SchemaPrinter.Print(codeFirst));
    }

    [Fact]
    public void The_printed_schema_defines_the_directive_and_shows_where_it_is_applied()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(LibrarySdl).Build());

        Assert.Equal(
            """
            "Requires the current user to be signed in, and to satisfy the policy and roles given, to access the fields of the object type or the field."
            directive @authorize(
              "The name of the authorization policy that must allow the user."
              policy: String

              "The roles of which the user must have at least one."
              roles: [String!]
            ) repeatable on OBJECT | FIELD_DEFINITION

            type Book @authorize(policy: "Members") {
              title: String!
              borrower: String @authorize(roles: ["librarian"])
              copies: Int! @authorize(policy: "Staff")
            }

            type Mutation {
              returnBook(title: String!): Boolean! @authorize(roles: ["librarian"])
            }

            type Query {
              book: Book
              loans: Int! @authorize @authorize(roles: ["librarian", "clerk"])
            }
            """,
            printed);
    }

    [Fact]
    public void Printed_SDL_that_defines_the_directive_reads_back_to_the_same_schema()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(LibrarySdl).Build());

        var reread = SchemaBuilder.FromSdl(printed).Build();

        Assert.Equal(printed, SchemaPrinter.Print(reread));
        Assert.Same(AuthorizeDirective.Definition, reread.FindDirective("authorize"));
        Assert.Equal("Members", Assert.Single(reread.GetType<ObjectType>("Book").AuthorizationRules).Policy);
    }

    [Fact]
    public void SDL_rules_are_read_into_the_model()
    {
        var schema = SchemaBuilder.FromSdl(LibrarySdl).Build();

        var loans = schema.Field("Query", "loans").AuthorizationRules;
        Assert.Equal(2, loans.Count);
        Assert.Null(loans[0].Policy);
        Assert.Empty(loans[0].Roles);
        Assert.Equal(["librarian", "clerk"], loans[1].Roles);
        Assert.Equal("Members", Assert.Single(schema.GetType<ObjectType>("Book").AuthorizationRules).Policy);
        Assert.Empty(schema.Field("Book", "title").AuthorizationRules);
    }

    [Fact]
    public void A_single_role_string_is_a_list_of_one()
    {
        var schema = SchemaBuilder.FromSdl("""type Query { report: String @authorize(roles: "admin", policy: null) }""").Build();

        var rule = Assert.Single(schema.Field("Query", "report").AuthorizationRules);
        Assert.Equal(["admin"], rule.Roles);
        Assert.Null(rule.Policy);
    }

    [Fact]
    public async Task Introspection_shows_the_directive_when_the_schema_uses_it()
    {
        const string query = "{ __schema { directives { name isRepeatable locations args { name type { kind name ofType { kind ofType { kind name } } } } } } }";

        var used = await IntrospectionExecution.DataAsync(SchemaBuilder.FromSdl(LibrarySdl).Build(), query);
        var unused = await IntrospectionExecution.DataAsync(SchemaBuilder.FromSdl("type Query { book: String }").Build(), query);

        var authorize = used.GetProperty("__schema").GetProperty("directives").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "authorize");
        IntrospectionExecution.AssertJson(
            """
            {
              "name": "authorize", "isRepeatable": true, "locations": ["OBJECT", "FIELD_DEFINITION"],
              "args": [
                { "name": "policy", "type": { "kind": "SCALAR", "name": "String", "ofType": null } },
                { "name": "roles", "type": { "kind": "LIST", "name": null, "ofType": { "kind": "NON_NULL", "ofType": { "kind": "SCALAR", "name": "String" } } } }
              ]
            }
            """,
            authorize);
        Assert.DoesNotContain(
            unused.GetProperty("__schema").GetProperty("directives").EnumerateArray(),
            d => d.GetProperty("name").GetString() == "authorize");
    }

    [Fact]
    public void A_schema_that_does_not_use_the_directive_prints_without_it()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl("type Query { book: String }").Build());

        Assert.DoesNotContain("authorize", printed);
    }

    [Theory]
    [InlineData("@authorize(policy: 5)", "Directive \"@authorize\" on field \"Query.report\" has an invalid \"policy\" value 5: expected a string.")]
    [InlineData("@authorize(roles: [\"admin\", 1])", "Directive \"@authorize\" on field \"Query.report\" has an invalid \"roles\" value [\"admin\", 1]: expected a list of strings.")]
    [InlineData("@authorize(role: \"admin\")", "Directive \"@authorize\" on field \"Query.report\" has no argument named \"role\"; its arguments are \"policy\" and \"roles\".")]
    [InlineData("@authorize(policy: \"  \")", "Directive \"@authorize\" on field \"Query.report\" is invalid: the policy name is empty.")]
    [InlineData("@authorize(roles: [\"\"])", "Directive \"@authorize\" on field \"Query.report\" is invalid: a role is null or empty.")]
    public void An_invalid_application_in_SDL_is_a_schema_error(string directive, string expected)
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl($"type Query {{ report: String {directive} }}").Build());

        Assert.Equal([expected], exception.Errors);
    }

    [Fact]
    public void An_invalid_application_on_a_type_names_the_type()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query @authorize(policy: true) { report: String }").Build());

        Assert.Equal(["Directive \"@authorize\" on type \"Query\" has an invalid \"policy\" value true: expected a string."], exception.Errors);
    }

    [Fact]
    public void The_directive_is_not_allowed_on_an_interface_type()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("""
            interface Node @authorize { id: ID! }
            type Query { node: Node }
            type Doc implements Node { id: ID! }
            """).Build());

        Assert.Contains(exception.Errors, error => error.Contains("Directive \"@authorize\" may not be used on INTERFACE", StringComparison.Ordinal));
    }

    [QueryType]
    public static class LibraryQuery
    {
        public static Book? GetBook() => null;

        [Authorize]
        [Authorize(Roles = new[] { "librarian", "clerk" })]
        public static int GetLoans() => 0;
    }

    [Authorize("Members")]
    public sealed class Book
    {
        public string Title => "";

        [Authorize(Roles = new[] { "librarian" })]
        public string? Borrower => null;
    }

    [ObjectType<Book>]
    [Authorize("Staff")]
    public static class BookStaffFields
    {
        public static int GetCopies([Parent] Book book) => 1;
    }

    [MutationType]
    [Authorize(Roles = new[] { "librarian" })]
    public static class LibraryMutation
    {
        public static bool ReturnBook(string title) => true;
    }
}
