using GraphQL.Tests.Printing;
using GraphQL.Types;
using static GraphQL.Tests.Introspection.IntrospectionExecution;

namespace GraphQL.Tests.Introspection;

public class IntrospectionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl(""""
            "The API."
            schema { query: Query mutation: Mutation }
            directive @tag(name: String!, "Old." legacy: Boolean @deprecated) repeatable on FIELD_DEFINITION | OBJECT
            interface Node { id: ID! }
            "Has a name."
            interface Named implements Node { id: ID! name: String }
            type User implements Named & Node {
              id: ID!
              name: String
              old: String @deprecated(reason: "Use `name`.")
              friends(first: Int = 10, after: String @deprecated): [User!]!
            }
            type Group implements Node { id: ID! }
            union Result = User | Group
            enum Role { ADMIN "Ordinary." MEMBER @deprecated GUEST @deprecated(reason: "Gone.") }
            input Filter @oneOf { id: ID name: String }
            input Page { size: Int = 20 order: [Role!] = [ADMIN] legacy: String @deprecated(reason: "Unused.") }
            scalar Html @specifiedBy(url: "https://html.spec.whatwg.org/")
            scalar DateTime
            type Query {
              user(id: ID!): User
              search(filter: Filter, page: Page = {size: 5}): [Result!]
              matrix: [[Int!]]!
              when: DateTime
              html: Html
            }
            type Mutation { touch: Boolean }
            """")
        .AddScalar(new TextScalar("Html"))
        .Build();

    [Fact]
    public async Task Schema_gives_its_description_and_root_types()
    {
        var data = await DataAsync(Schema, "{ __schema { description queryType { name kind } mutationType { name } subscriptionType { name } } }");

        AssertJson("""
            {"__schema": {"description": "The API.", "queryType": {"name": "Query", "kind": "OBJECT"},
              "mutationType": {"name": "Mutation"}, "subscriptionType": null}}
            """, data);
    }

    [Fact]
    public async Task Schema_lists_every_type_sorted_by_name_built_in_and_introspection_types_included()
    {
        var data = await DataAsync(Schema, "{ __schema { types { name } } }");

        var names = data.GetProperty("__schema").GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString()!).ToList();
        Assert.Equal(Schema.Types.Select(t => t.Name).Order(StringComparer.Ordinal), names);
        Assert.Contains("String", names);
        Assert.Contains("__Schema", names);
        Assert.Contains("__DirectiveLocation", names);
        Assert.Contains("DateTime", names);
    }

    [Fact]
    public async Task Object_type_has_fields_and_interfaces_and_null_for_what_does_not_apply()
    {
        var data = await DataAsync(Schema, """
            { __type(name: "User") { kind name description specifiedByURL isOneOf fields { name } interfaces { name }
                possibleTypes { name } enumValues { name } inputFields { name } ofType { name } } }
            """);

        AssertJson("""
            {"__type": {"kind": "OBJECT", "name": "User", "description": null, "specifiedByURL": null, "isOneOf": null,
              "fields": [{"name": "id"}, {"name": "name"}, {"name": "friends"}],
              "interfaces": [{"name": "Named"}, {"name": "Node"}],
              "possibleTypes": null, "enumValues": null, "inputFields": null, "ofType": null}}
            """, data);
    }

    [Fact]
    public async Task Deprecated_fields_are_listed_only_when_asked_for()
    {
        var data = await DataAsync(Schema, """
            { __type(name: "User") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }
            """);

        AssertJson("""
            {"__type": {"fields": [
              {"name": "id", "isDeprecated": false, "deprecationReason": null},
              {"name": "name", "isDeprecated": false, "deprecationReason": null},
              {"name": "old", "isDeprecated": true, "deprecationReason": "Use `name`."},
              {"name": "friends", "isDeprecated": false, "deprecationReason": null}]}}
            """, data);
    }

    [Fact]
    public async Task Deprecated_arguments_are_listed_only_when_asked_for()
    {
        var data = await DataAsync(Schema, """
            { __type(name: "User") { fields { name
                args { name defaultValue }
                allArgs: args(includeDeprecated: true) { name defaultValue isDeprecated deprecationReason } } } }
            """);

        var friends = data.GetProperty("__type").GetProperty("fields")[2];
        AssertJson("""
            {"name": "friends", "args": [{"name": "first", "defaultValue": "10"}],
              "allArgs": [
                {"name": "first", "defaultValue": "10", "isDeprecated": false, "deprecationReason": null},
                {"name": "after", "defaultValue": null, "isDeprecated": true, "deprecationReason": "No longer supported"}]}
            """, friends);
    }

    [Fact]
    public async Task Interface_has_its_interfaces_and_possible_types()
    {
        var data = await DataAsync(Schema, """
            { named: __type(name: "Named") { kind description fields { name } interfaces { name } possibleTypes { name } }
              node: __type(name: "Node") { interfaces { name } possibleTypes { name } } }
            """);

        AssertJson("""
            {"named": {"kind": "INTERFACE", "description": "Has a name.", "fields": [{"name": "id"}, {"name": "name"}],
               "interfaces": [{"name": "Node"}], "possibleTypes": [{"name": "User"}]},
             "node": {"interfaces": [], "possibleTypes": [{"name": "User"}, {"name": "Group"}]}}
            """, data);
    }

    [Fact]
    public async Task Union_has_its_members_as_possible_types_and_no_fields()
    {
        var data = await DataAsync(Schema, """{ __type(name: "Result") { kind possibleTypes { name kind } fields { name } interfaces { name } } }""");

        AssertJson("""
            {"__type": {"kind": "UNION", "possibleTypes": [{"name": "User", "kind": "OBJECT"}, {"name": "Group", "kind": "OBJECT"}],
              "fields": null, "interfaces": null}}
            """, data);
    }

    [Fact]
    public async Task Enum_lists_its_values_deprecated_ones_only_when_asked_for()
    {
        var data = await DataAsync(Schema, """
            { __type(name: "Role") { kind enumValues { name }
                all: enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } } }
            """);

        AssertJson("""
            {"__type": {"kind": "ENUM", "enumValues": [{"name": "ADMIN"}],
              "all": [
                {"name": "ADMIN", "description": null, "isDeprecated": false, "deprecationReason": null},
                {"name": "MEMBER", "description": "Ordinary.", "isDeprecated": true, "deprecationReason": "No longer supported"},
                {"name": "GUEST", "description": null, "isDeprecated": true, "deprecationReason": "Gone."}]}}
            """, data);
    }

    [Fact]
    public async Task Input_object_lists_its_fields_with_printed_defaults_deprecated_ones_only_when_asked_for()
    {
        var data = await DataAsync(Schema, """
            { __type(name: "Page") { kind isOneOf fields { name } inputFields { name defaultValue type { name } }
                all: inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } } }
            """);

        AssertJson("""
            {"__type": {"kind": "INPUT_OBJECT", "isOneOf": false, "fields": null,
              "inputFields": [
                {"name": "size", "defaultValue": "20", "type": {"name": "Int"}},
                {"name": "order", "defaultValue": "[ADMIN]", "type": {"name": null}}],
              "all": [
                {"name": "size", "isDeprecated": false, "deprecationReason": null},
                {"name": "order", "isDeprecated": false, "deprecationReason": null},
                {"name": "legacy", "isDeprecated": true, "deprecationReason": "Unused."}]}}
            """, data);
    }

    [Fact]
    public async Task OneOf_input_object_says_so()
    {
        var data = await DataAsync(Schema, """{ __type(name: "Filter") { isOneOf inputFields { name } } }""");

        AssertJson("""{"__type": {"isOneOf": true, "inputFields": [{"name": "id"}, {"name": "name"}]}}""", data);
    }

    [Fact]
    public async Task Argument_default_values_are_printed_literals()
    {
        var data = await DataAsync(Schema, """{ __type(name: "Query") { fields { name args { name defaultValue } } } }""");

        var search = data.GetProperty("__type").GetProperty("fields")[1];
        AssertJson("""
            {"name": "search", "args": [{"name": "filter", "defaultValue": null}, {"name": "page", "defaultValue": "{size: 5}"}]}
            """, search);
    }

    [Fact]
    public async Task Scalars_give_the_url_of_their_specification()
    {
        var data = await DataAsync(Schema, """
            { html: __type(name: "Html") { kind specifiedByURL }
              dateTime: __type(name: "DateTime") { specifiedByURL description }
              string: __type(name: "String") { specifiedByURL fields { name } } }
            """);

        Assert.Equal("SCALAR", data.GetProperty("html").GetProperty("kind").GetString());
        Assert.Equal("https://html.spec.whatwg.org/", data.GetProperty("html").GetProperty("specifiedByURL").GetString());
        Assert.Equal(BuiltInScalars.DateTime.SpecifiedByUrl, data.GetProperty("dateTime").GetProperty("specifiedByURL").GetString());
        Assert.Equal(BuiltInScalars.DateTime.Description, data.GetProperty("dateTime").GetProperty("description").GetString());
        AssertJson("""{"specifiedByURL": null, "fields": null}""", data.GetProperty("string"));
    }

    [Fact]
    public async Task Wrapped_types_are_types_without_names_that_wrap_their_inner_type()
    {
        var data = await DataAsync(Schema, """
            { __type(name: "Query") { fields { name type { kind name description fields { name }
                ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { name } } } } } } } } }
            """);

        var matrix = data.GetProperty("__type").GetProperty("fields")[2];
        AssertJson("""
            {"name": "matrix", "type": {"kind": "NON_NULL", "name": null, "description": null, "fields": null,
              "ofType": {"kind": "LIST", "name": null,
                "ofType": {"kind": "LIST", "name": null,
                  "ofType": {"kind": "NON_NULL", "name": null,
                    "ofType": {"kind": "SCALAR", "name": "Int", "ofType": null}}}}}}
            """, matrix);
    }

    [Fact]
    public async Task Directives_give_repeatability_locations_in_spec_order_and_arguments()
    {
        var data = await DataAsync(Schema, """
            { __schema { directives { name isRepeatable locations args { name }
                allArgs: args(includeDeprecated: true) { name isDeprecated } } } }
            """);

        var directives = data.GetProperty("__schema").GetProperty("directives");
        Assert.Equal(
            ["deprecated", "include", "oneOf", "skip", "specifiedBy", "tag"],
            directives.EnumerateArray().Select(d => d.GetProperty("name").GetString()));
        AssertJson("""
            {"name": "tag", "isRepeatable": true, "locations": ["OBJECT", "FIELD_DEFINITION"], "args": [{"name": "name"}],
              "allArgs": [{"name": "name", "isDeprecated": false}, {"name": "legacy", "isDeprecated": true}]}
            """, directives[5]);
        AssertJson("""
            {"name": "skip", "isRepeatable": false, "locations": ["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"],
              "args": [{"name": "if"}], "allArgs": [{"name": "if", "isDeprecated": false}]}
            """, directives[3]);
    }

    [Fact]
    public async Task Deprecated_directive_has_its_default_reason()
    {
        var data = await DataAsync(Schema, """
            { __schema { directives { name description args { name defaultValue type { name } } } } }
            """);

        var deprecated = data.GetProperty("__schema").GetProperty("directives")[0];
        Assert.Equal("deprecated", deprecated.GetProperty("name").GetString());
        Assert.Equal(BuiltInDirectives.Deprecated.Description, deprecated.GetProperty("description").GetString());
        AssertJson("""[{"name": "reason", "defaultValue": "\"No longer supported\"", "type": {"name": "String"}}]""", deprecated.GetProperty("args"));
    }

    [Fact]
    public async Task Type_of_an_unknown_name_is_null()
    {
        var data = await DataAsync(Schema, """{ __type(name: "Nope") { name } }""");

        AssertJson("""{"__type": null}""", data);
    }

    [Fact]
    public async Task Introspection_types_describe_themselves()
    {
        var data = await DataAsync(Schema, """
            { kinds: __type(name: "__TypeKind") { kind enumValues { name } }
              locations: __type(name: "__DirectiveLocation") { enumValues { name } }
              type: __type(name: "__Type") { fields { name args { name type { name } defaultValue } } } }
            """);

        AssertJson("""
            {"kind": "ENUM", "enumValues": [{"name": "SCALAR"}, {"name": "OBJECT"}, {"name": "INTERFACE"}, {"name": "UNION"},
              {"name": "ENUM"}, {"name": "INPUT_OBJECT"}, {"name": "LIST"}, {"name": "NON_NULL"}]}
            """, data.GetProperty("kinds"));
        Assert.Equal(
            ["QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
             "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
             "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION"],
            data.GetProperty("locations").GetProperty("enumValues").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
        AssertJson("""
            [{"name": "kind", "args": []}, {"name": "name", "args": []}, {"name": "description", "args": []},
             {"name": "specifiedByURL", "args": []},
             {"name": "fields", "args": [{"name": "includeDeprecated", "type": {"name": "Boolean"}, "defaultValue": "false"}]},
             {"name": "interfaces", "args": []}, {"name": "possibleTypes", "args": []},
             {"name": "enumValues", "args": [{"name": "includeDeprecated", "type": {"name": "Boolean"}, "defaultValue": "false"}]},
             {"name": "inputFields", "args": [{"name": "includeDeprecated", "type": {"name": "Boolean"}, "defaultValue": "false"}]},
             {"name": "ofType", "args": []}, {"name": "isOneOf", "args": []}]
            """, data.GetProperty("type").GetProperty("fields"));
    }

    [Fact]
    public async Task Typename_names_the_root_type()
    {
        var data = await DataAsync(Schema, "{ __typename }");

        AssertJson("""{"__typename": "Query"}""", data);
    }

    [Fact]
    public async Task Schema_without_description_has_null()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }").Build();

        var data = await DataAsync(schema, "{ __schema { description } }");

        AssertJson("""{"__schema": {"description": null}}""", data);
    }
}
