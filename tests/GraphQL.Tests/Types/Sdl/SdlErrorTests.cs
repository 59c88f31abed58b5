using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.Types.Sdl;

public class SdlErrorTests
{
    private static IReadOnlyList<string> Errors(string sdl) =>
        Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(sdl).Build()).Errors;

    private static void SingleError(string expected, string sdl) => Assert.Equal(expected, Assert.Single(Errors(sdl)));

    [Fact]
    public void Unknown_types_are_named_with_where_they_are_used() =>
        Assert.Equal(
        [
            "Unknown type \"Thing\" used by field \"Query.thing\".",
            "Unknown type \"Filter\" used by argument \"Query.list(filter:)\".",
            "Unknown type \"Shape\" used by the interfaces of \"Circle\".",
            "Unknown type \"Square\" used by union type \"Any\".",
            "Unknown type \"Size\" used by input field \"In.size\".",
        ], Errors("""
            type Query { thing: Thing list(filter: Filter): [Int] c: Circle a: Any }
            type Circle implements Shape { r: Float }
            union Any = Circle | Square
            input In { size: Size }
            """));

    [Fact]
    public void An_undeclared_extended_scalar_is_unknown_with_a_hint() =>
        SingleError("Unknown type \"DateTime\" used by field \"Query.now\". \"DateTime\" is a built-in scalar: declare it with \"scalar DateTime\" to use it.",
            "type Query { now: DateTime }");

    [Fact]
    public void A_declared_scalar_needs_an_implementation() =>
        SingleError("Scalar \"Money\" has no implementation: register a ScalarType named \"Money\" with AddScalar.",
            "scalar Money type Query { a: Int }");

    [Fact]
    public void Types_and_directives_are_defined_once_and_members_once() =>
        Assert.Equal(
        [
            "Type \"Query\" is defined more than once; use \"extend\" to add to it.",
            "Directive \"@tag\" is defined more than once.",
            "Field \"User.id\" is defined more than once.",
            "Argument \"User.name(format:)\" is defined more than once.",
            "Input field \"In.x\" is defined more than once.",
            "Enum value \"Role.A\" is defined more than once.",
        ], Errors("""
            type Query { user: User }
            type Query { other: Int }
            directive @tag on OBJECT
            directive @tag on FIELD
            type User { id: ID id: ID name(format: String, format: Int): String }
            enum Role { A }
            extend enum Role { A }
            input In { x: Int x: Int }
            """));

    [Fact]
    public void Extensions_need_an_existing_type_of_the_same_kind() =>
        Assert.Equal(
        [
            "Cannot extend type \"Missing\": it is not defined.",
            "Cannot extend \"User\" as an interface type: it is an object type.",
            "The built-in scalar \"String\" cannot be extended.",
        ], Errors("""
            type Query { user: User }
            type User { id: ID }
            extend type Missing { a: Int }
            extend interface User { b: Int }
            extend scalar String @deprecated
            """));

    [Fact]
    public void Interfaces_and_union_members_must_be_of_the_right_kind() =>
        Assert.Equal(
        [
            "Type \"User\" cannot implement \"Other\": it is an object type, not an interface.",
            "Union type \"Any\" can only include object types, but \"Node\" is an interface type.",
        ], Errors("""
            type Query { user: User any: Any }
            interface Node { id: ID }
            type Other { id: ID }
            type User implements Other { id: ID }
            union Any = User | Node
            """));

    [Fact]
    public void Executable_definitions_are_not_allowed() =>
        Assert.Equal(
        [
            "SDL may contain only type system definitions and extensions, but it contains the operation \"Q\".",
            "SDL may contain only type system definitions and extensions, but it contains the fragment \"F\".",
        ], Errors("type Query { a: Int } query Q { a } fragment F on Query { a }"));

    [Fact]
    public void Directive_locations_of_documents_built_in_code_must_be_known()
    {
        var directive = new DirectiveDefinitionNode(null, new NameNode("tag"), [], false, [new NameNode("OBJECT"), new NameNode("EVERYWHERE")]);
        var document = new DocumentNode([directive, .. Parser.Parse("type Query { a: Int }").Definitions]);
        var error = Assert.Throws<SchemaException>(() => new SdlSchemaBuilder().AddDocument(document).Build());
        Assert.Equal("Directive \"@tag\" names an unknown location \"EVERYWHERE\".", Assert.Single(error.Errors));
    }

    [Fact]
    public void A_query_root_type_is_required() =>
        SingleError("The schema has no query root type: define an object type named \"Query\" or declare one with \"schema { query: ... }\".",
            "type Mutation { a: Int }");

    [Fact]
    public void Declared_root_types_must_exist_be_objects_and_be_declared_once() =>
        Assert.Equal(
        [
            "The query root operation type is declared more than once.",
            "The query root operation type \"Root\" is not defined.",
            "The mutation root operation type \"Node\" must be an object type, but it is an interface type.",
        ], Errors("""
            schema { query: Root mutation: Node }
            extend schema { query: Other }
            interface Node { id: ID }
            type Other { a: Int }
            """));

    [Fact]
    public void A_type_named_Query_that_is_not_an_object_is_reported_once() =>
        SingleError("The query root operation type \"Query\" must be an object type, but it is an input object type.", "input Query { a: Int }");

    [Fact]
    public void The_schema_is_defined_once() =>
        SingleError("The schema is defined more than once; use \"extend schema\" to add to it.",
            "schema { query: Query } schema { query: Query } type Query { a: Int }");

    [Fact]
    public void Type_system_rules_are_checked_after_building() =>
        Assert.Equal(
        [
            "Interface field \"Node.id\" is expected but \"User\" does not provide it.",
            "Required argument \"Query.user(id:)\" cannot be deprecated; make it nullable or give it a default value first.",
            "Directive \"@deprecated\" may not be used on OBJECT (object type \"User\").",
            "Directive \"@deprecated\" is not repeatable but is used more than once on field \"User.name\".",
        ], Errors("""
            interface Node { id: ID! }
            type User implements Node @deprecated { name: String @deprecated @deprecated(reason: "twice") }
            type Query { user(id: ID! @deprecated): User }
            """));

    [Fact]
    public void Syntax_errors_surface_from_the_parser() =>
        Assert.Throws<SyntaxException>(() => SchemaBuilder.FromSdl("type Query {"));
}
