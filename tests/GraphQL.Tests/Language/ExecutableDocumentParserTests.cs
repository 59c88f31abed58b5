using GraphQL.Language;

namespace GraphQL.Tests.Language;

public class ExecutableDocumentParserTests
{
    internal const string KitchenSink = """
        # Operations of every kind, with every selection form.
        query Search($term: String! = "any", $limit: [Int!]! = [1, 2] @bounded(max: 50), $filter: Filter = {tag: RED, nested: {on: true}}) @traced {
          hits: search(term: $term, first: $limit, where: $filter) @include(if: true) {
            __typename
            ... on Book { title, pages }
            ...AuthorParts @skip(if: false)
            ... @defer(label: "slow") { score }
            ... { rank }
          }
        }

        mutation { like(id: 4, weight: -1.5e3, note: null, tags: [], on: on) }

        subscription OnEvent { event { id } }

        fragment AuthorParts on Author @cached(ttl: 60) {
          name
          books(order: ASC, opts: {}) { title }
        }

        { shorthand }
        """;

    private static readonly DocumentNode Document = Parser.Parse(KitchenSink);

    [Fact]
    public void Parses_every_definition_in_order()
    {
        Assert.Collection(
            Document.Definitions,
            d => Assert.Equal(OperationType.Query, Assert.IsType<OperationDefinitionNode>(d).Operation),
            d => Assert.Equal(OperationType.Mutation, Assert.IsType<OperationDefinitionNode>(d).Operation),
            d => Assert.Equal(OperationType.Subscription, Assert.IsType<OperationDefinitionNode>(d).Operation),
            d => Assert.IsType<FragmentDefinitionNode>(d),
            d => Assert.Equal(OperationType.Query, Assert.IsType<OperationDefinitionNode>(d).Operation));
        SyntaxAssert.Spans(KitchenSink, Document, KitchenSink[KitchenSink.IndexOf("query", StringComparison.Ordinal)..], 2, 1);
    }

    [Fact]
    public void Parses_variable_definitions_with_types_defaults_and_directives()
    {
        var query = (OperationDefinitionNode)Document.Definitions[0];
        Assert.Equal("Search", query.Name?.Value);
        Assert.Equal("traced", Assert.Single(query.Directives).Name.Value);
        Assert.Equal(3, query.VariableDefinitions.Count);

        var term = query.VariableDefinitions[0];
        Assert.Equal("term", term.Variable.Name.Value);
        var termType = Assert.IsType<NonNullTypeNode>(term.Type);
        Assert.Equal("String", Assert.IsType<NamedTypeNode>(termType.Type).Name.Value);
        Assert.Equal("any", Assert.IsType<StringValueNode>(term.DefaultValue).Value);
        SyntaxAssert.Spans(KitchenSink, term, "$term: String! = \"any\"", 2, 14);
        SyntaxAssert.Spans(KitchenSink, term.Variable, "$term", 2, 14);

        var limit = query.VariableDefinitions[1];
        var listType = Assert.IsType<ListTypeNode>(Assert.IsType<NonNullTypeNode>(limit.Type).Type);
        Assert.IsType<NonNullTypeNode>(listType.Type);
        SyntaxAssert.Spans(KitchenSink, (SyntaxNode)limit.Type, "[Int!]!", 2, 46);
        Assert.Equal(["1", "2"], Assert.IsType<ListValueNode>(limit.DefaultValue).Values.Select(v => ((IntValueNode)v).Value));
        var bounded = Assert.Single(limit.Directives);
        Assert.Equal("bounded", bounded.Name.Value);
        Assert.Equal("50", Assert.IsType<IntValueNode>(Assert.Single(bounded.Arguments).Value).Value);

        var filter = Assert.IsType<ObjectValueNode>(query.VariableDefinitions[2].DefaultValue);
        Assert.Equal(["tag", "nested"], filter.Fields.Select(f => f.Name.Value));
        Assert.Equal("RED", Assert.IsType<EnumValueNode>(filter.Fields[0].Value).Value);
        var nested = Assert.IsType<ObjectValueNode>(filter.Fields[1].Value);
        Assert.Equal("on", nested.Fields[0].Name.Value);
        Assert.True(Assert.IsType<BooleanValueNode>(nested.Fields[0].Value).Value);
    }

    [Fact]
    public void Parses_fields_with_alias_arguments_directives_and_every_fragment_form()
    {
        var query = (OperationDefinitionNode)Document.Definitions[0];
        var hits = Assert.IsType<FieldNode>(Assert.Single(query.SelectionSet.Selections));
        Assert.Equal("hits", hits.Alias?.Value);
        Assert.Equal("search", hits.Name.Value);
        Assert.Equal("hits", hits.ResponseName);
        Assert.Equal(["term", "first", "where"], hits.Arguments.Select(a => a.Name.Value));
        Assert.All(hits.Arguments, a => Assert.IsType<VariableNode>(a.Value));
        Assert.Equal("include", Assert.Single(hits.Directives).Name.Value);
        SyntaxAssert.Spans(KitchenSink, hits.Arguments[0], "term: $term", 3, 16);

        var selections = hits.SelectionSet!.Selections;
        Assert.Equal(5, selections.Count);
        var typename = Assert.IsType<FieldNode>(selections[0]);
        Assert.Null(typename.SelectionSet);
        SyntaxAssert.Spans(KitchenSink, typename, "__typename", 4, 5);

        var onBook = Assert.IsType<InlineFragmentNode>(selections[1]);
        Assert.Equal("Book", onBook.TypeCondition?.Name.Value);
        Assert.Equal(["title", "pages"], onBook.SelectionSet.Selections.Select(s => ((FieldNode)s).Name.Value));
        SyntaxAssert.Spans(KitchenSink, onBook, "... on Book { title, pages }", 5, 5);

        var spread = Assert.IsType<FragmentSpreadNode>(selections[2]);
        Assert.Equal("AuthorParts", spread.Name.Value);
        Assert.Equal("skip", Assert.Single(spread.Directives).Name.Value);
        SyntaxAssert.Spans(KitchenSink, spread, "...AuthorParts @skip(if: false)", 6, 5);

        var deferred = Assert.IsType<InlineFragmentNode>(selections[3]);
        Assert.Null(deferred.TypeCondition);
        Assert.Equal("slow", Assert.IsType<StringValueNode>(Assert.Single(Assert.Single(deferred.Directives).Arguments).Value).Value);

        var bare = Assert.IsType<InlineFragmentNode>(selections[4]);
        Assert.Null(bare.TypeCondition);
        Assert.Empty(bare.Directives);
        SyntaxAssert.Spans(KitchenSink, bare.SelectionSet, "{ rank }", 8, 9);
    }

    [Fact]
    public void Parses_anonymous_mutation_with_every_scalar_literal()
    {
        var mutation = (OperationDefinitionNode)Document.Definitions[1];
        Assert.Null(mutation.Name);
        Assert.Empty(mutation.VariableDefinitions);
        var like = (FieldNode)Assert.Single(mutation.SelectionSet.Selections);
        var values = like.Arguments.Select(a => a.Value).ToList();
        Assert.Equal("4", Assert.IsType<IntValueNode>(values[0]).Value);
        Assert.Equal("-1.5e3", Assert.IsType<FloatValueNode>(values[1]).Value);
        Assert.IsType<NullValueNode>(values[2]);
        Assert.Empty(Assert.IsType<ListValueNode>(values[3]).Values);
        Assert.Equal("on", like.Arguments[4].Name.Value);
        Assert.Equal("on", Assert.IsType<EnumValueNode>(values[4]).Value);
        SyntaxAssert.Spans(KitchenSink, (SyntaxNode)values[1], "-1.5e3", 12, 32);
        SyntaxAssert.Spans(KitchenSink, mutation, "mutation { like(id: 4, weight: -1.5e3, note: null, tags: [], on: on) }", 12, 1);
    }

    [Fact]
    public void Parses_subscription_fragment_definition_and_shorthand_query()
    {
        var subscription = (OperationDefinitionNode)Document.Definitions[2];
        Assert.Equal("OnEvent", subscription.Name?.Value);

        var fragment = (FragmentDefinitionNode)Document.Definitions[3];
        Assert.Equal("AuthorParts", fragment.Name.Value);
        Assert.Equal("Author", fragment.TypeCondition.Name.Value);
        Assert.Equal("cached", Assert.Single(fragment.Directives).Name.Value);
        var books = (FieldNode)fragment.SelectionSet.Selections[1];
        Assert.Equal("ASC", Assert.IsType<EnumValueNode>(books.Arguments[0].Value).Value);
        Assert.Empty(Assert.IsType<ObjectValueNode>(books.Arguments[1].Value).Fields);
        SyntaxAssert.Spans(KitchenSink, fragment.TypeCondition, "Author", 16, 25);
        SyntaxAssert.Spans(KitchenSink, fragment, "fragment AuthorParts on Author @cached(ttl: 60) {\n  name\n  books(order: ASC, opts: {}) { title }\n}", 16, 1);

        var shorthand = (OperationDefinitionNode)Document.Definitions[4];
        Assert.Null(shorthand.Name);
        Assert.Empty(shorthand.Directives);
        SyntaxAssert.Spans(KitchenSink, shorthand, "{ shorthand }", 21, 1);
    }

    [Fact]
    public void Parses_descriptions_on_operations_fragments_and_variables()
    {
        const string source = """"
            """
            Finds books.
            """
            query Find("The term" $term: String, """Page size""" $first: Int = 10) { find(term: $term) { ...Parts } }
            "Book fields" fragment Parts on Book { title }
            """";
        var document = Parser.Parse(source);
        var query = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal("Finds books.", query.Description?.Value);
        Assert.True(query.Description?.Block);
        SyntaxAssert.Spans(source, query, source[..source.IndexOf('\n', source.IndexOf("query", StringComparison.Ordinal))], 1, 1);
        Assert.Equal(["The term", "Page size"], query.VariableDefinitions.Select(v => v.Description?.Value));
        SyntaxAssert.Spans(source, query.VariableDefinitions[0], "\"The term\" $term: String", 4, 12);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal("Book fields", fragment.Description?.Value);
        Assert.Equal(SyntaxKind.StringValue, fragment.GetChildren().First().Kind);
    }

    [Fact]
    public void Locations_count_lines_after_every_kind_of_line_terminator()
    {
        var source = "{\r\n a\r b\n c\r\n\r\n d }";
        var fields = ((OperationDefinitionNode)Parser.Parse(source).Definitions[0]).SelectionSet.Selections;
        Assert.Equal([(2, 2), (3, 2), (4, 2), (6, 2)], fields.Select(f => (f.Location!.Value.Line, f.Location!.Value.Column)));
    }

    [Fact]
    public void Byte_order_mark_commas_and_comments_are_ignored()
    {
        var source = "\uFEFF{ a,,, # comment { not a field\n b }";
        var fields = ((OperationDefinitionNode)Parser.Parse(source).Definitions[0]).SelectionSet.Selections;
        Assert.Equal(["a", "b"], fields.Select(f => ((FieldNode)f).Name.Value));
        SyntaxAssert.Spans(source, (SyntaxNode)fields[1], "b", 2, 2);
    }

    [Fact]
    public void No_locations_option_leaves_nodes_without_locations()
    {
        var document = Parser.Parse("query Q($v: Int = null) { a(b: [1]) }", new ParserOptions { NoLocations = true });
        Assert.All(Descendants(document), node => Assert.Null(node.Location));
    }

    private static IEnumerable<SyntaxNode> Descendants(SyntaxNode node) =>
        node.GetChildren().SelectMany(Descendants).Prepend(node);
}
