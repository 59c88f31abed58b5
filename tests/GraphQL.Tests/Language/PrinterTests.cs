using GraphQL.Language;

namespace GraphQL.Tests.Language;

public class PrinterTests
{
    [Theory]
    [InlineData(ExecutableDocumentParserTests.KitchenSink)]
    [InlineData(TypeSystemParserTests.KitchenSink)]
    public void Parse_print_parse_gives_the_same_tree_and_printing_is_stable(string source)
    {
        var document = Parser.Parse(source);
        var printed = Printer.Print(document);
        var reparsed = Parser.Parse(printed);
        SyntaxTreeComparer.AssertEqual(document, reparsed);
        Assert.Equal(printed, Printer.Print(reparsed));
    }

    [Fact]
    public void Prints_executable_documents_canonically()
    {
        Assert.Equal(
            """
            query Search($term: String! = "any", $limit: [Int!]! = [1, 2] @bounded(max: 50), $filter: Filter = {tag: RED, nested: {on: true}}) @traced {
              hits: search(term: $term, first: $limit, where: $filter) @include(if: true) {
                __typename
                ... on Book {
                  title
                  pages
                }
                ...AuthorParts @skip(if: false)
                ... @defer(label: "slow") {
                  score
                }
                ... {
                  rank
                }
              }
            }

            mutation {
              like(id: 4, weight: -1.5e3, note: null, tags: [], on: on)
            }

            subscription OnEvent {
              event {
                id
              }
            }

            fragment AuthorParts on Author @cached(ttl: 60) {
              name
              books(order: ASC, opts: {}) {
                title
              }
            }

            {
              shorthand
            }
            """,
            Printer.Print(Parser.Parse(ExecutableDocumentParserTests.KitchenSink)));
    }

    [Fact]
    public void Prints_type_system_documents_canonically()
    {
        const string source = """"
            """
            The schema's entry points.
            """
            schema @contact(email: "ops@example.com") { query: Query, mutation: Mutation }
            "An instant in time" scalar DateTime @specifiedBy(url: "https://example.com/datetime")
            type Query implements & Node & Entity @key(fields: "id") {
              "Finds a book" book("The id" id: ID!, format: Format = PAPERBACK @deprecated(reason: "unused")): Book
              books(first: Int = 10, filter: BookFilter = {title: "a", tags: ["x", "y"]}): [Book!]!
            }
            interface Entity implements Node { id: ID! }
            union SearchResult @cost(weight: 2) = | Book | Author
            enum Format { "Soft cover" PAPERBACK HARDCOVER @deprecated }
            input BookFilter @oneOf { title: String, tags: [String!] = [] }
            """
            Limits the cost
            of a field
            """
            directive @cost(weight: Int! = 1) repeatable on | FIELD_DEFINITION | OBJECT
            extend schema @link(url: "x")
            extend scalar DateTime @tag
            extend type Query implements Other @tag { extra: Int }
            extend interface Node @tag
            extend union SearchResult = Review
            extend enum Format { EBOOK }
            extend input BookFilter { year: Int }
            """";
        Assert.Equal(
            """"
            """The schema's entry points."""
            schema @contact(email: "ops@example.com") {
              query: Query
              mutation: Mutation
            }

            "An instant in time"
            scalar DateTime @specifiedBy(url: "https://example.com/datetime")

            type Query implements Node & Entity @key(fields: "id") {
              "Finds a book"
              book(
                "The id"
                id: ID!
                format: Format = PAPERBACK @deprecated(reason: "unused")
              ): Book
              books(first: Int = 10, filter: BookFilter = {title: "a", tags: ["x", "y"]}): [Book!]!
            }

            interface Entity implements Node {
              id: ID!
            }

            union SearchResult @cost(weight: 2) = Book | Author

            enum Format {
              "Soft cover"
              PAPERBACK
              HARDCOVER @deprecated
            }

            input BookFilter @oneOf {
              title: String
              tags: [String!] = []
            }

            """
            Limits the cost
            of a field
            """
            directive @cost(weight: Int! = 1) repeatable on FIELD_DEFINITION | OBJECT

            extend schema @link(url: "x")

            extend scalar DateTime @tag

            extend type Query implements Other @tag {
              extra: Int
            }

            extend interface Node @tag

            extend union SearchResult = Review

            extend enum Format {
              EBOOK
            }

            extend input BookFilter {
              year: Int
            }
            """",
            Printer.Print(Parser.Parse(source)));
    }

    [Fact]
    public void Prints_executable_descriptions()
    {
        const string source = "\"Finds books\" query Find(\"The term\" $term: String, $first: Int) { a }\n\"\"\"Fields\nof a book\"\"\" fragment F on Book { b }\n\"Anonymous\" query { c }";
        var document = Parser.Parse(source);
        var printed = Printer.Print(document);
        Assert.Equal(
            """"
            "Finds books"
            query Find(
              "The term"
              $term: String
              $first: Int
            ) {
              a
            }

            """
            Fields
            of a book
            """
            fragment F on Book {
              b
            }

            "Anonymous"
            query {
              c
            }
            """",
            printed);
        SyntaxTreeComparer.AssertEqual(document, Parser.Parse(printed));
    }

    [Theory]
    [InlineData("1", "1")]
    [InlineData("-1.5e10", "-1.5e10")]
    [InlineData("\"abc\"", "\"abc\"")]
    [InlineData("true", "true")]
    [InlineData("null", "null")]
    [InlineData("RED", "RED")]
    [InlineData("$var", "$var")]
    [InlineData("[1,2 ,[]]", "[1, 2, []]")]
    [InlineData("{a:1 b:{c:[$v]}}", "{a: 1, b: {c: [$v]}}")]
    [InlineData("\"\"\"block\"\"\"", "\"\"\"block\"\"\"")]
    public void Prints_values_alone(string source, string expected)
    {
        var value = Parser.ParseValue(source);
        Assert.Equal(expected, Printer.PrintValue(value));
        Assert.Equal(expected, value.ToString());
    }

    [Theory]
    [InlineData("Int", "Int")]
    [InlineData("Int!", "Int!")]
    [InlineData("[ [Int!] ]!", "[[Int!]]!")]
    public void Prints_types_alone(string source, string expected) =>
        Assert.Equal(expected, Printer.PrintType(Parser.ParseType(source)));

    [Fact]
    public void Prints_nodes_that_are_not_definitions()
    {
        var field = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ a: b(x: 1) @d { c } }").Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal("a: b(x: 1) @d {\n  c\n}", Printer.Print(field));
        Assert.Equal("x: 1", Printer.Print(field.Arguments[0]));
        Assert.Equal("@d", Printer.Print(field.Directives[0]));
        Assert.Equal("b", Printer.Print(field.Name));
        var type = (ObjectTypeDefinitionNode)Parser.Parse("type T { f(a: Int = 1): [T] }").Definitions[0];
        Assert.Equal("f(a: Int = 1): [T]", Printer.Print(type.Fields[0]));
        Assert.Equal("a: Int = 1", Printer.Print(type.Fields[0].Arguments[0]));
    }

    [Fact]
    public void Prints_nodes_built_in_code()
    {
        var operation = new OperationDefinitionNode(
            OperationType.Query,
            null,
            [new VariableDefinitionNode(new VariableNode(new NameNode("id")), new NonNullTypeNode(new NamedTypeNode(new NameNode("ID"))), null, [])],
            [],
            new SelectionSetNode([new FieldNode(null, new NameNode("node"), [new ArgumentNode(new NameNode("id"), new VariableNode(new NameNode("id")))], [], null)]));
        Assert.Equal("query ($id: ID!) {\n  node(id: $id)\n}", Printer.Print(operation));
        Assert.Equal("{}", Printer.Print(new SelectionSetNode([])));
        Assert.Equal("schema", Printer.Print(new SchemaDefinitionNode(null, [], [])));
        Assert.Equal(
            "subscription S @live {\n  a\n}",
            Printer.Print(new OperationDefinitionNode(
                OperationType.Subscription, new NameNode("S"), [], [new DirectiveNode(new NameNode("live"), [])],
                new SelectionSetNode([new FieldNode(null, new NameNode("a"), [], [], null)]))));
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    [InlineData("\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\"")]
    [InlineData("\u0000\u0001\u001f\u007f\u009f", "\"\\u0000\\u0001\\u001F\\u007F\\u009F\"")]
    [InlineData("caf\u00e9 \u2603 \U0001F600", "\"caf\u00e9 \u2603 \U0001F600\"")]
    [InlineData("\"\"\"", "\"\\\"\\\"\\\"\"")]
    public void Escapes_awkward_strings_and_reads_them_back(string value, string expected)
    {
        var printed = Printer.PrintValue(new StringValueNode(value));
        Assert.Equal(expected, printed);
        Assert.Equal(value, Assert.IsType<StringValueNode>(Parser.ParseValue(printed)).Value);
    }

    [Theory]
    [InlineData("single line", "\"\"\"single line\"\"\"")]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("  indented first\nthen not", "\"\"\"\n  indented first\nthen not\n\"\"\"")]
    [InlineData("ends with \"quote\"", "\"\"\"\nends with \"quote\"\n\"\"\"")]
    [InlineData("ends with \\", "\"\"\"\nends with \\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("blank\n\nline inside", "\"\"\"\nblank\n\nline inside\n\"\"\"")]
    [InlineData("\nleading blank line", "\"\\nleading blank line\"")]
    [InlineData("trailing blank line\n", "\"trailing blank line\\n\"")]
    [InlineData("  all lines\n  indented", "\"  all lines\\n  indented\"")]
    [InlineData("carriage\r\nreturn", "\"carriage\\r\\nreturn\"")]
    [InlineData("  ends in a quote\"", "\"  ends in a quote\\\"\"")]
    [InlineData("bell \u0007", "\"bell \\u0007\"")]
    public void Prints_block_strings_only_when_they_read_back_unchanged(string value, string expected)
    {
        var printed = Printer.PrintValue(new StringValueNode(value, block: true));
        Assert.Equal(expected, printed);
        Assert.Equal(value, Assert.IsType<StringValueNode>(Parser.ParseValue(printed)).Value);
    }

    [Fact]
    public void Prints_multi_line_descriptions_as_indented_block_strings()
    {
        var field = new FieldDefinitionNode(
            new StringValueNode("First line\n  indented \"\"\" line"), new NameNode("f"), [], new NamedTypeNode(new NameNode("Int")), []);
        var type = new ObjectTypeDefinitionNode(new StringValueNode("Single line"), new NameNode("T"), [], [], [field]);
        var printed = Printer.Print(type);
        Assert.Equal(
            "\"Single line\"\ntype T {\n  \"\"\"\n  First line\n    indented \\\"\"\" line\n  \"\"\"\n  f: Int\n}",
            printed);
        SyntaxTreeComparer.AssertEqual(type, (SyntaxNode)Parser.Parse(printed).Definitions[0]);
    }

    [Fact]
    public void Round_trips_block_strings_in_arguments_at_any_depth()
    {
        const string source = "{ a { b(text: \"\"\"\n    line one\n      line two\n  \"\"\") } }";
        var document = Parser.Parse(source);
        var printed = Printer.Print(document);
        Assert.Equal("{\n  a {\n    b(text: \"\"\"\n    line one\n      line two\n    \"\"\")\n  }\n}", printed);
        SyntaxTreeComparer.AssertEqual(document, Parser.Parse(printed));
    }
}
