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
}
