using GraphQL.Tests.Printing;
using GraphQL.Types;

namespace GraphQL.Tests.Introspection;

/// <summary>
/// A sizeable schema that uses every feature introspection and the SDL printer describe: every kind of type,
/// interfaces implementing interfaces, unions, enums with deprecated values, input objects with defaults and
/// @oneOf, deprecated arguments and input fields, custom directives (one repeatable, one on the schema), the cost
/// analysis directives @cost and @listSize, custom
/// and extended scalars, and descriptions on one line, on several, and ones a block string cannot hold.
/// </summary>
internal static class ReferenceSchema
{
    public const string Sdl = """"
        """
        The schema of the reference-implementation check.

        It uses every kind of type and every feature that introspection and the SDL printer describe.
        """
        schema @contact(name: "Engine team", url: "https://example.com/contact") {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        "How to reach the people who own the schema."
        directive @contact(name: String!, url: URL) on SCHEMA

        "Caches the value of a field or of every field of a type."
        directive @cacheControl(
          "Seconds the value stays fresh."
          maxAge: Int = 60
          scope: CacheScope = PUBLIC

          "Replaced by `scope`."
          private: Boolean @deprecated(reason: "Use `scope: PRIVATE`.")
        ) on OBJECT | FIELD_DEFINITION | INTERFACE

        "Tags an element; an element may have several tags."
        directive @tag(name: String!) repeatable on SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

        directive @trace(label: String = "default") on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION

        type Author implements Node {
          id: ID!
          name: String!
          born: Date
          website: URL
          books(first: Int = 10, after: Cursor, orderBy: [BookOrder!] = [{field: TITLE, direction: DESC}] @cost(weight: "2")): [Book!]! @listSize(assumedSize: 100, slicingArguments: ["first"], requireOneSlicingArgument: false) @cost(weight: "5")
        }

        """
        A book of the catalogue.
        Books can be borrowed.
        """
        type Book implements Lendable & Publication & Node @cacheControl(maxAge: 300) @tag(name: "catalog") @tag(name: "books") {
          id: ID!
          title: String!
          publishedAt: DateTime
          available: Boolean!

          "The ISBN-10; use `isbn13`."
          isbn: String @deprecated
          isbn13: String
          pages: Int @tag(name: "physical")
          authors: [Author!]!
          price: Decimal
          coverColor: Color
          related(
            """
            How many to return:
            at most 50.
            """
            first: Int = 5
          ): [Publication!]!
        }

        enum BookField {
          TITLE
          PUBLISHED_AT
          PAGES @tag(name: "physical")
        }

        input BookInput @tag(name: "input") {
          title: String!

          """
          The number of pages.
          Zero when unknown.
          """
          pages: Int = 0
          tags: [String!] = ["new", "unsorted"]
          color: Color = RED
          publishedAt: DateTime = "2020-01-01T00:00:00.000Z"
          dimensions: DimensionsInput = {width: 1.5, height: 2.25}
          legacyCode: String @deprecated(reason: "Not used any more.") @tag(name: "legacy")
        }

        input BookOrder {
          field: BookField!
          direction: SortDirection = ASC
        }

        enum CacheScope {
          PUBLIC
          PRIVATE
        }

        "Cover colours."
        enum Color @tag(name: "palette") {
          RED
          GREEN
          BLUE

          "An old name of `BLUE`."
          NAVY @deprecated(reason: "Use `BLUE`.")
          TEAL @deprecated

          "  Indented first line\n  and second line: a block string would lose the indentation."
          CYAN
        }

        "An opaque position in a list."
        scalar Cursor

        input DimensionsInput {
          width: Float!
          height: Float!
          unit: String = "cm"
        }

        "HTML text."
        scalar Html @specifiedBy(url: "https://html.spec.whatwg.org/") @tag(name: "text")

        "A publication that can be borrowed."
        interface Lendable implements Publication & Node @tag(name: "lending") {
          id: ID!
          title: String!
          publishedAt: DateTime
          available: Boolean!
        }

        type Magazine implements Publication & Node {
          id: ID!
          title: String!
          publishedAt: DateTime
          issue: Int!
        }

        type Mutation {
          addBook(input: BookInput!): Book!
          removeBook(id: ID!, reason: String = "unspecified"): Boolean!
          renameBook(id: ID!, title: String!, "Use `title`." newTitle: String @deprecated): Book
        }

        "An object with a global ID."
        interface Node {
          id: ID!
        }

        "Something with a title that was published."
        interface Publication implements Node {
          id: ID!
          title: String!
          publishedAt: DateTime
        }

        "Finds a publication by exactly one of its keys."
        input PublicationKey @oneOf {
          id: ID
          isbn: String
          title: String @tag(name: "slow")
        }

        type Query {
          node(id: ID!): Node
          nodes(ids: [ID!]!): [Node]!
          publication(key: PublicationKey!): Publication
          search(
            "Words to look for."
            text: String
            first: Int = 20
            after: Cursor

            "Replaced by `text`."
            query: String @deprecated(reason: "Use `text`.")
          ): [SearchResult!]!
          books(orderBy: BookOrder, tag: String @tag(name: "filter")): [Book!]! @cacheControl(maxAge: 30, scope: PRIVATE)
          largestId: Long
          matrix: [[Int!]]!
          openingTime: LocalTime
          requestId: UUID
          intro: Html
          oldest: Book @deprecated(reason: "Sort `books` instead.")
        }

        union SearchResult @tag(name: "search") = Book | Magazine | Author

        enum SortDirection {
          ASC
          DESC
        }

        type Subscription {
          bookAdded: Book!
        }

        scalar Date
        scalar DateTime
        scalar Decimal
        scalar LocalTime
        scalar Long
        scalar URL
        scalar UUID
        """";

    public static Schema Build(string sdl = Sdl) =>
        SchemaBuilder.FromSdl(sdl)
            .AddScalar(new TextScalar("Cursor"))
            .AddScalar(new TextScalar("Html"))
            .Build();
}
