using GraphQL.Language;
using GraphQL.Types;
using static GraphQL.Tests.Types.SchemaValidation.Model;

namespace GraphQL.Tests.Types.SchemaValidation;

public class DirectiveDefinitionRuleTests
{
    [Fact]
    public void A_directive_needs_a_location_a_valid_name_and_input_typed_arguments()
    {
        var user = Object("User", Field("id", Text));
        var noWhere = new DirectiveDefinition("nowhere");
        var hidden = new DirectiveDefinition("__hidden") { Locations = { DirectiveLocation.Object } };
        var bad = new DirectiveDefinition("bad") { Locations = { DirectiveLocation.Field } };
        bad.Arguments.Add(Input("who", user));
        Assert.Equal(
        [
            "Directive \"@nowhere\" must have at least one location.",
            "The name of directive \"@__hidden\" must not begin with \"__\", which is reserved for introspection.",
            "The type of directive argument \"@bad(who:)\" must be an input type, but \"User\" is an object type.",
        ], Errors([user], directives: [noWhere, hidden, bad]));
    }

    [Fact]
    public void Required_directive_arguments_cannot_be_deprecated() =>
        SingleError("Required directive argument \"@limit(max:)\" cannot be deprecated; make it nullable or give it a default value first.",
            [], directives: [Directive("limit", DirectiveLocation.FieldDefinition, new InputField("max", NonNull(Int)) { DeprecationReason = "No." })]);

    [Fact]
    public void A_directive_cannot_be_used_on_its_own_arguments()
    {
        var argument = Input("level", Int);
        argument.Directives.Add(Applied("loop"));
        SingleError("Directive \"@loop\" cannot be used on its own argument \"@loop(level:)\".",
            [], directives: [Directive("loop", DirectiveLocation.ArgumentDefinition, argument)]);
    }

    internal static DirectiveDefinition Directive(string name, DirectiveLocation location, params InputField[] arguments)
    {
        var directive = new DirectiveDefinition(name) { Locations = { location } };
        foreach (var argument in arguments)
        {
            directive.Arguments.Add(argument);
        }
        return directive;
    }
}

public class AppliedDirectiveRuleTests
{
    private static readonly DirectiveDefinition Tag = CreateTag();
    private static readonly DirectiveDefinition Key = DirectiveDefinitionRuleTests.Directive("key", DirectiveLocation.Object, Input("fields", NonNull(Text)));

    [Fact]
    public void Known_directives_at_allowed_locations_are_valid()
    {
        var user = Object("User", Field("id", Text));
        user.Directives.Add(Applied("key", ("fields", new StringValueNode("id"))));
        user.Directives.Add(Applied("tag", ("name", new StringValueNode("a"))));
        user.Directives.Add(Applied("tag", ("name", new StringValueNode("b"))));
        user.Fields["id"].Directives.Add(Applied("tag"));
        Create([user], Object("Query", Field("user", user)), [Tag, Key], schemaDirectives: [Applied("tag")]);
    }

    [Fact]
    public void Unknown_directives_are_reported_with_their_element()
    {
        var query = Object("Query", Field("ok", Text));
        query.Fields["ok"].Arguments.Add(Input("x", Int));
        query.Fields["ok"].Arguments["x"].Directives.Add(Applied("mystery"));
        Assert.Equal(
        [
            "Unknown directive \"@mystery\" on the schema.",
            "Unknown directive \"@mystery\" on argument \"Query.ok(x:)\".",
        ], Errors([], query, schemaDirectives: [Applied("mystery")]));
    }

    [Fact]
    public void Directives_must_be_allowed_at_their_location()
    {
        var color = Enum("Color", "RED");
        color.Directives.Add(Applied("deprecated"));
        color.Values["RED"].Directives.Add(Applied("key", ("fields", new StringValueNode("x"))));
        Assert.Equal(
        [
            "Directive \"@deprecated\" may not be used on ENUM (enum type \"Color\").",
            "Directive \"@key\" may not be used on ENUM_VALUE (enum value \"Color.RED\").",
        ], Errors([color], directives: [Key]));
    }

    [Fact]
    public void Non_repeatable_directives_cannot_repeat_counting_those_kept_as_properties()
    {
        var user = Object("User", Field("id", Text));
        user.Directives.Add(Applied("key", ("fields", new StringValueNode("id"))));
        user.Directives.Add(Applied("key", ("fields", new StringValueNode("uuid"))));
        var field = user.Fields["id"];
        field.DeprecationReason = "Old.";
        field.Directives.Add(Applied("deprecated"));
        Assert.Equal(
        [
            "Directive \"@key\" is not repeatable but is used more than once on object type \"User\".",
            "Directive \"@deprecated\" is not repeatable but is used more than once on field \"User.id\".",
        ], Errors([user], directives: [Key]));
    }

    [Fact]
    public void OneOf_and_specifiedBy_properties_count_as_applied()
    {
        var target = InputObject("Target", Input("id", Text));
        target.IsOneOf = true;
        target.Directives.Add(Applied("oneOf"));
        Assert.Equal("Directive \"@oneOf\" is not repeatable but is used more than once on input object type \"Target\".", Assert.Single(Errors([target])));
    }

    [Fact]
    public void Arguments_must_be_defined_and_required_ones_given()
    {
        var user = Object("User", Field("id", Text));
        user.Directives.Add(Applied("key", ("field", new StringValueNode("id"))));
        Assert.Equal(
        [
            "Directive \"@key\" on object type \"User\" has no argument named \"field\".",
            "Directive \"@key\" on object type \"User\" requires argument \"fields\" of type \"String!\".",
        ], Errors([user], directives: [Key]));
    }

    private static DirectiveDefinition CreateTag()
    {
        var tag = new DirectiveDefinition("tag")
        {
            IsRepeatable = true,
            Locations = { DirectiveLocation.Object, DirectiveLocation.FieldDefinition, DirectiveLocation.Schema },
        };
        tag.Arguments.Add(Input("name", Text));
        return tag;
    }
}

public class SchemaValidatorTests
{
    [Fact]
    public void Every_broken_rule_is_reported_at_once()
    {
        var errors = Errors([new ObjectType("Empty"), Union("Nothing"), Enum("None")], Object("Query", Field("__bad", Text)));
        Assert.Equal(4, errors.Count);
        var exception = Assert.Throws<SchemaException>(() => Create([new ObjectType("Empty")]));
        Assert.Contains("- Object type \"Empty\" must define one or more fields.", exception.Message);
    }
}
