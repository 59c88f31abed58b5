using GraphQL.Types;
using static GraphQL.Tests.Types.SchemaValidation.Model;

namespace GraphQL.Tests.Types.SchemaValidation;

public class NameAndReferenceRuleTests
{
    [Fact]
    public void Type_names_must_not_start_with_two_underscores() =>
        SingleError("The name of type \"__Secret\" must not begin with \"__\", which is reserved for introspection.",
            [Object("__Secret", Field("a", Text))]);

    [Fact]
    public void Field_argument_and_enum_value_names_must_not_start_with_two_underscores()
    {
        var query = Object("Query", Field("__field", Text), Field("ok", Text, Input("__arg", Int)));
        var errors = Errors([Enum("Mode", "__HIDDEN", "SHOWN")], query);
        Assert.Equal(
        [
            "The name of field \"Query.__field\" must not begin with \"__\", which is reserved for introspection.",
            "The name of argument \"Query.ok(__arg:)\" must not begin with \"__\", which is reserved for introspection.",
            "The name of enum value \"Mode.__HIDDEN\" must not begin with \"__\", which is reserved for introspection.",
        ], errors);
    }

    [Fact]
    public void Names_must_be_valid_graphql_names()
    {
        var query = Object("Query", Field("first-name", Text), Field("1st", Text));
        Assert.Equal(
        [
            "The name of field \"Query.first-name\" is not a valid GraphQL name: use letters, digits and underscores, not starting with a digit.",
            "The name of field \"Query.1st\" is not a valid GraphQL name: use letters, digits and underscores, not starting with a digit.",
        ], Errors([], query));
    }

    [Fact]
    public void Referenced_types_must_be_part_of_the_schema() =>
        SingleError("Type \"Ghost\" used by field \"Query.ghost\" is not part of the schema.",
            [], Object("Query", Field("ghost", Object("Ghost", Field("boo", Text)))));

    [Fact]
    public void A_name_must_stand_for_one_type()
    {
        var user = Object("User", Field("id", Text));
        var impostor = Object("User", Field("name", Text));
        SingleError("Field \"Query.other\" uses a different type named \"User\" than the schema's own; a type name must stand for one type.",
            [user], Object("Query", Field("user", user), Field("other", impostor)));
    }

    [Fact]
    public void Extended_scalars_must_be_added_to_the_schema_to_be_used() =>
        SingleError("Type \"DateTime\" used by field \"Query.now\" is not part of the schema.",
            [], Object("Query", Field("now", BuiltInScalars.DateTime)));
}
