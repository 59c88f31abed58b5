using GraphQL.Language;
using GraphQL.Types;
using static GraphQL.Tests.Types.SchemaValidation.Model;

namespace GraphQL.Tests.Types.SchemaValidation;

public class RootTypeRuleTests
{
    [Fact]
    public void Root_operation_types_must_be_different_types()
    {
        var root = Object("Root", Field("ok", Text));
        SingleError("The query and mutation root operations both use type \"Root\"; root operation types must be different types.",
            [], root, mutation: root);
    }

    [Fact]
    public void Root_operation_types_must_be_part_of_the_schema()
    {
        var query = Object("Query", Field("ok", Text));
        var mutation = Object("Mutation", Field("go", Text));
        var error = Assert.Throws<SchemaException>(() => Schema.Create(new SchemaDefinition { QueryType = query, MutationType = mutation, Types = [query] }));
        Assert.Equal("Type \"Mutation\" used by the mutation root operation is not part of the schema.", Assert.Single(error.Errors));
    }
}

public class FieldRuleTests
{
    [Fact]
    public void Objects_and_interfaces_must_define_fields() =>
        Assert.Equal(
        [
            "Object type \"Empty\" must define one or more fields.",
            "Interface type \"Nothing\" must define one or more fields.",
        ], Errors([new ObjectType("Empty"), new InterfaceType("Nothing")]));

    [Fact]
    public void Field_types_must_be_output_types()
    {
        var filter = InputObject("Filter", Input("q", Text));
        SingleError("The type of field \"Query.bad\" must be an output type, but \"Filter\" is an input object type.",
            [filter], Object("Query", Field("bad", NonNull(List(filter)))));
    }

    [Fact]
    public void Argument_types_must_be_input_types()
    {
        var user = Object("User", Field("id", Text));
        SingleError("The type of argument \"Query.user(like:)\" must be an input type, but \"User\" is an object type.",
            [user], Object("Query", Field("user", user, Input("like", user))));
    }

    [Fact]
    public void Required_arguments_cannot_be_deprecated_but_optional_ones_can()
    {
        var query = Object("Query", Field("user", Text,
            new InputField("id", NonNull(Int)) { DeprecationReason = "Use key." },
            new InputField("key", NonNull(Int)) { DeprecationReason = "Old.", DefaultValue = new IntValueNode("1") },
            new InputField("name", Text) { DeprecationReason = "Old." }));
        SingleError("Required argument \"Query.user(id:)\" cannot be deprecated; make it nullable or give it a default value first.", [], query);
    }
}
