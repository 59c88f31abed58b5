using GraphQL.Language;

namespace GraphQL.Tests.Language;

public class TypeSystemParserTests
{
    internal const string KitchenSink = """"
        """
        The schema's entry points.
        """
        schema @contact(email: "ops@example.com") {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        "An instant in time"
        scalar DateTime @specifiedBy(url: "https://example.com/datetime")

        type Query implements & Node & Entity @key(fields: "id") {
          "Finds a book"
          book(
            "The id"
            id: ID!
            format: Format = PAPERBACK @deprecated(reason: "unused")
          ): Book
          books(first: Int = 10, filter: BookFilter = {title: "a", tags: ["x", "y"]}): [Book!]!
        }

        interface Node { id: ID! }
        interface Entity implements Node @key(fields: "id") { id: ID! }

        union SearchResult @cost(weight: 2) = | Book | Author
        union Single = Book

        enum Format { "Soft cover" PAPERBACK HARDCOVER @deprecated }

        input BookFilter @oneOf { title: String, tags: [String!] = [] }

        "Limits the cost"
        directive @cost(weight: Int! = 1) repeatable on | FIELD_DEFINITION | OBJECT | UNION
        directive @key(fields: String!) on OBJECT | INTERFACE

        extend schema @link(url: "x")
        extend schema { mutation: Mutation }
        extend scalar DateTime @tag
        extend type Query implements Other
        extend type Query @tag
        extend type Query { extra: Int }
        extend interface Node implements Other @tag { extra: Int }
        extend union SearchResult = Review
        extend union SearchResult @tag
        extend enum Format { EBOOK }
        extend enum Format @tag
        extend input BookFilter { year: Int }
        extend input BookFilter @tag
        """";

    private static readonly DocumentNode Document = Parser.Parse(KitchenSink);

    private static T Definition<T>(int index) => Assert.IsType<T>(Document.Definitions[index]);

    [Fact]
    public void Parses_every_definition_and_extension_kind()
    {
        Assert.Equal(
            [
                SyntaxKind.SchemaDefinition, SyntaxKind.ScalarTypeDefinition, SyntaxKind.ObjectTypeDefinition,
                SyntaxKind.InterfaceTypeDefinition, SyntaxKind.InterfaceTypeDefinition, SyntaxKind.UnionTypeDefinition,
                SyntaxKind.UnionTypeDefinition, SyntaxKind.EnumTypeDefinition, SyntaxKind.InputObjectTypeDefinition,
                SyntaxKind.DirectiveDefinition, SyntaxKind.DirectiveDefinition,
                SyntaxKind.SchemaExtension, SyntaxKind.SchemaExtension, SyntaxKind.ScalarTypeExtension,
                SyntaxKind.ObjectTypeExtension, SyntaxKind.ObjectTypeExtension, SyntaxKind.ObjectTypeExtension,
                SyntaxKind.InterfaceTypeExtension, SyntaxKind.UnionTypeExtension, SyntaxKind.UnionTypeExtension,
                SyntaxKind.EnumTypeExtension, SyntaxKind.EnumTypeExtension, SyntaxKind.InputObjectTypeExtension,
                SyntaxKind.InputObjectTypeExtension,
            ],
            Document.Definitions.Select(d => d.Kind));
    }

    [Fact]
    public void Parses_schema_definition_with_block_string_description()
    {
        var schema = Definition<SchemaDefinitionNode>(0);
        Assert.Equal("The schema's entry points.", schema.Description?.Value);
        Assert.True(schema.Description?.Block);
        Assert.Equal("contact", Assert.Single(schema.Directives).Name.Value);
        Assert.Equal(
            [(OperationType.Query, "Query"), (OperationType.Mutation, "Mutation"), (OperationType.Subscription, "Subscription")],
            schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)));
        SyntaxAssert.Spans(KitchenSink, schema, KitchenSink[..KitchenSink.IndexOf("}", StringComparison.Ordinal)] + "}", 1, 1);
        SyntaxAssert.Spans(KitchenSink, schema.OperationTypes[1], "mutation: Mutation", 6, 3);
    }

    [Fact]
    public void Parses_scalar_with_string_description()
    {
        var scalar = Definition<ScalarTypeDefinitionNode>(1);
        Assert.Equal("An instant in time", scalar.Description?.Value);
        Assert.False(scalar.Description?.Block);
        Assert.Equal("DateTime", scalar.Name.Value);
        Assert.Equal("specifiedBy", Assert.Single(scalar.Directives).Name.Value);
        SyntaxAssert.Spans(KitchenSink, scalar, "\"An instant in time\"\nscalar DateTime @specifiedBy(url: \"https://example.com/datetime\")", 10, 1);
    }

    [Fact]
    public void Parses_object_type_with_interfaces_fields_arguments_and_defaults()
    {
        var query = Definition<ObjectTypeDefinitionNode>(2);
        Assert.Null(query.Description);
        Assert.Equal(["Node", "Entity"], query.Interfaces.Select(i => i.Name.Value));
        Assert.Equal("key", Assert.Single(query.Directives).Name.Value);
        Assert.Equal(["book", "books"], query.Fields.Select(f => f.Name.Value));

        var book = query.Fields[0];
        Assert.Equal("Finds a book", book.Description?.Value);
        Assert.Equal("Book", Assert.IsType<NamedTypeNode>(book.Type).Name.Value);
        Assert.Equal("The id", book.Arguments[0].Description?.Value);
        Assert.IsType<NonNullTypeNode>(book.Arguments[0].Type);
        var format = book.Arguments[1];
        Assert.Equal("PAPERBACK", Assert.IsType<EnumValueNode>(format.DefaultValue).Value);
        Assert.Equal("deprecated", Assert.Single(format.Directives).Name.Value);
        SyntaxAssert.Spans(KitchenSink, book.Arguments[0], "\"The id\"\n    id: ID!", 16, 5);

        var books = query.Fields[1];
        Assert.Equal("10", Assert.IsType<IntValueNode>(books.Arguments[0].DefaultValue).Value);
        Assert.IsType<ObjectValueNode>(books.Arguments[1].DefaultValue);
        SyntaxAssert.Spans(KitchenSink, (SyntaxNode)books.Type, "[Book!]!", 20, 80);
    }

    [Fact]
    public void Parses_interfaces_implementing_interfaces()
    {
        var node = Definition<InterfaceTypeDefinitionNode>(3);
        Assert.Empty(node.Interfaces);
        Assert.Equal("id", Assert.Single(node.Fields).Name.Value);
        var entity = Definition<InterfaceTypeDefinitionNode>(4);
        Assert.Equal("Node", Assert.Single(entity.Interfaces).Name.Value);
        Assert.Equal("key", Assert.Single(entity.Directives).Name.Value);
    }

    [Fact]
    public void Parses_unions_with_and_without_leading_pipe()
    {
        var search = Definition<UnionTypeDefinitionNode>(5);
        Assert.Equal("cost", Assert.Single(search.Directives).Name.Value);
        Assert.Equal(["Book", "Author"], search.Types.Select(t => t.Name.Value));
        Assert.Equal("Book", Assert.Single(Definition<UnionTypeDefinitionNode>(6).Types).Name.Value);
    }

    [Fact]
    public void Parses_enum_and_input_object_definitions()
    {
        var format = Definition<EnumTypeDefinitionNode>(7);
        Assert.Equal(["PAPERBACK", "HARDCOVER"], format.Values.Select(v => v.Name.Value));
        Assert.Equal("Soft cover", format.Values[0].Description?.Value);
        Assert.Equal("deprecated", Assert.Single(format.Values[1].Directives).Name.Value);
        SyntaxAssert.Spans(KitchenSink, format.Values[0], "\"Soft cover\" PAPERBACK", 29, 15);

        var filter = Definition<InputObjectTypeDefinitionNode>(8);
        Assert.Equal("oneOf", Assert.Single(filter.Directives).Name.Value);
        Assert.Equal(["title", "tags"], filter.Fields.Select(f => f.Name.Value));
        Assert.Empty(Assert.IsType<ListValueNode>(filter.Fields[1].DefaultValue).Values);
    }

    [Fact]
    public void Parses_directive_definitions_with_repeatable_and_locations()
    {
        var cost = Definition<DirectiveDefinitionNode>(9);
        Assert.Equal("Limits the cost", cost.Description?.Value);
        Assert.Equal("cost", cost.Name.Value);
        Assert.True(cost.IsRepeatable);
        Assert.Equal("1", Assert.IsType<IntValueNode>(Assert.Single(cost.Arguments).DefaultValue).Value);
        Assert.Equal(["FIELD_DEFINITION", "OBJECT", "UNION"], cost.Locations.Select(l => l.Value));
        SyntaxAssert.Spans(KitchenSink, cost.Locations[1], "OBJECT", 34, 70);

        var key = Definition<DirectiveDefinitionNode>(10);
        Assert.False(key.IsRepeatable);
        Assert.Equal(["OBJECT", "INTERFACE"], key.Locations.Select(l => l.Value));
    }

    [Fact]
    public void Parses_every_extension_form()
    {
        Assert.Equal("link", Assert.Single(Definition<SchemaExtensionNode>(11).Directives).Name.Value);
        Assert.Equal(OperationType.Mutation, Assert.Single(Definition<SchemaExtensionNode>(12).OperationTypes).Operation);
        Assert.Equal("tag", Assert.Single(Definition<ScalarTypeExtensionNode>(13).Directives).Name.Value);
        Assert.Equal("Other", Assert.Single(Definition<ObjectTypeExtensionNode>(14).Interfaces).Name.Value);
        Assert.Single(Definition<ObjectTypeExtensionNode>(15).Directives);
        Assert.Equal("extra", Assert.Single(Definition<ObjectTypeExtensionNode>(16).Fields).Name.Value);
        var node = Definition<InterfaceTypeExtensionNode>(17);
        Assert.Equal((1, 1, 1), (node.Interfaces.Count, node.Directives.Count, node.Fields.Count));
        Assert.Equal("Review", Assert.Single(Definition<UnionTypeExtensionNode>(18).Types).Name.Value);
        Assert.Single(Definition<UnionTypeExtensionNode>(19).Directives);
        Assert.Equal("EBOOK", Assert.Single(Definition<EnumTypeExtensionNode>(20).Values).Name.Value);
        Assert.Single(Definition<EnumTypeExtensionNode>(21).Directives);
        Assert.Equal("year", Assert.Single(Definition<InputObjectTypeExtensionNode>(22).Fields).Name.Value);
        var last = Definition<InputObjectTypeExtensionNode>(23);
        SyntaxAssert.Spans(KitchenSink, last, "extend input BookFilter @tag", 49, 1);
    }

    [Fact]
    public void Type_definitions_may_omit_their_bodies()
    {
        var document = Parser.Parse("type T interface I enum E input In union U");
        Assert.Empty(((ObjectTypeDefinitionNode)document.Definitions[0]).Fields);
        Assert.Empty(((InterfaceTypeDefinitionNode)document.Definitions[1]).Fields);
        Assert.Empty(((EnumTypeDefinitionNode)document.Definitions[2]).Values);
        Assert.Empty(((InputObjectTypeDefinitionNode)document.Definitions[3]).Fields);
        Assert.Empty(((UnionTypeDefinitionNode)document.Definitions[4]).Types);
    }
}
