using GraphQL.Language;
using GraphQL.Types;
using static GraphQL.Tests.Types.SchemaValidation.Model;

namespace GraphQL.Tests.Types.SchemaValidation;

public class UnionAndEnumRuleTests
{
    [Fact]
    public void Unions_need_members_listed_once()
    {
        var cat = Object("Cat", Field("meow", Text));
        Assert.Equal(
        [
            "Union type \"Nothing\" must include one or more member types.",
            "Union type \"Pets\" includes member type \"Cat\" more than once.",
        ], Errors([cat, Union("Nothing"), Union("Pets", cat, cat)]));
    }

    [Fact]
    public void Union_members_must_be_part_of_the_schema() =>
        SingleError("Type \"Dog\" used by union type \"Pets\" is not part of the schema.", [Union("Pets", Object("Dog", Field("bark", Text)))]);

    [Fact]
    public void Enums_need_values_not_named_true_false_or_null() =>
        Assert.Equal(
        [
            "Enum type \"Empty\" must define one or more values.",
            "Enum value \"Answer.true\" cannot be named true, false or null.",
            "Enum value \"Answer.null\" cannot be named true, false or null.",
        ], Errors([Enum("Empty"), Enum("Answer", "true", "YES", "null")]));
}

public class InputObjectRuleTests
{
    [Fact]
    public void Input_objects_need_fields_of_input_types()
    {
        var user = Object("User", Field("id", Text));
        Assert.Equal(
        [
            "Input object type \"Empty\" must define one or more fields.",
            "The type of input field \"UserInput.friend\" must be an input type, but \"User\" is an object type.",
        ], Errors([user, InputObject("Empty"), InputObject("UserInput", Input("friend", user))]));
    }

    [Fact]
    public void Required_input_fields_cannot_be_deprecated() =>
        SingleError("Required input field \"UserInput.name\" cannot be deprecated; make it nullable or give it a default value first.",
            [InputObject("UserInput", new InputField("name", NonNull(Text)) { DeprecationReason = "Gone." }, new InputField("nick", Text) { DeprecationReason = "Gone." })]);

    [Fact]
    public void OneOf_fields_must_be_nullable_without_defaults()
    {
        var target = InputObject("Target", Input("id", NonNull(BuiltInScalars.ID)), Input("name", Text, new StringValueNode("x")), Input("email", Text));
        target.IsOneOf = true;
        Assert.Equal(
        [
            "OneOf input field \"Target.id\" must be nullable.",
            "OneOf input field \"Target.name\" cannot have a default value.",
        ], Errors([target]));
    }
}
