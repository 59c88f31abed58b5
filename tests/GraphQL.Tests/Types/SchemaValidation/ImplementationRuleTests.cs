using GraphQL.Types;
using static GraphQL.Tests.Types.SchemaValidation.Model;

namespace GraphQL.Tests.Types.SchemaValidation;

public class ImplementationRuleTests
{
    private static readonly InterfaceType Node = Interface("Node", Field("id", NonNull(BuiltInScalars.ID)));

    [Fact]
    public void Covariant_field_types_and_extra_optional_arguments_are_valid()
    {
        var named = Interface("Named", Field("name", Text), Field("friend", Node), Field("pets", List(Node), Input("first", Int)));
        var user = Object("User", Field("id", NonNull(BuiltInScalars.ID)), Field("name", NonNull(Text)),
                Field("pets", NonNull(List(NonNull(Node))), Input("first", Int), Input("after", Text)))
            .Implementing(Node, named);
        user.Fields.Add(Field("friend", user));
        var schema = Create([Node, named, user], Object("Query", Field("user", user)));
        Assert.True(schema.IsSubType(named, user));
    }

    [Fact]
    public void Union_members_are_valid_for_a_union_typed_interface_field()
    {
        var cat = Object("Cat", Field("meow", Text));
        var pet = Union("Pet", cat);
        var owner = Interface("Owner", Field("pet", pet));
        var person = Object("Person", Field("pet", NonNull(cat))).Implementing(owner);
        Create([cat, pet, owner, person]);
    }

    [Fact]
    public void Every_interface_field_must_be_provided() =>
        SingleError("Interface field \"Node.id\" is expected but \"User\" does not provide it.",
            [Node, Object("User", Field("name", Text)).Implementing(Node)]);

    [Theory]
    [InlineData("String", "Interface field \"Node.id\" expects type \"ID!\" but \"User.id\" is of type \"String\".")]
    [InlineData("ID", "Interface field \"Node.id\" expects type \"ID!\" but \"User.id\" is of type \"ID\".")]
    [InlineData("[ID!]!", "Interface field \"Node.id\" expects type \"ID!\" but \"User.id\" is of type \"[ID!]!\".")]
    public void Field_types_must_be_equal_or_more_specific(string typeName, string message)
    {
        IType type = typeName switch
        {
            "String" => Text,
            "ID" => BuiltInScalars.ID,
            _ => NonNull(List(NonNull(BuiltInScalars.ID))),
        };
        SingleError(message, [Node, Object("User", Field("id", type)).Implementing(Node)]);
    }

    [Fact]
    public void Interface_arguments_must_be_present_with_the_same_type()
    {
        var search = Interface("Search", Field("find", Text, Input("text", NonNull(Text)), Input("limit", Int)));
        var impl = Object("Finder", Field("find", Text, Input("limit", NonNull(Int)))).Implementing(search);
        Assert.Equal(
        [
            "Interface field argument \"Search.find(text:)\" is expected but \"Finder.find\" does not provide it.",
            "Interface field argument \"Search.find(limit:)\" expects type \"Int\" but \"Finder.find(limit:)\" is of type \"Int!\".",
        ], Errors([search, impl]));
    }

    [Fact]
    public void Extra_arguments_must_be_optional() =>
        SingleError("Argument \"User.id(format:)\" cannot be required, because the interface field \"Node.id\" does not have it.",
            [Node, Object("User", Field("id", NonNull(BuiltInScalars.ID), Input("format", NonNull(Text)))).Implementing(Node)]);

    [Fact]
    public void Interfaces_of_interfaces_must_be_declared_too()
    {
        var resource = Interface("Resource", Field("id", NonNull(BuiltInScalars.ID)), Field("url", Text)).Implementing(Node);
        var image = Object("Image", Field("id", NonNull(BuiltInScalars.ID)), Field("url", Text)).Implementing(resource);
        SingleError("Type \"Image\" must also implement \"Node\", because \"Resource\" implements it.", [Node, resource, image]);
    }

    [Fact]
    public void An_interface_cannot_implement_itself_or_repeat_an_interface()
    {
        var loop = Interface("Loop", Field("x", Text));
        loop.Interfaces.Add(loop);
        var user = Object("User", Field("id", NonNull(BuiltInScalars.ID))).Implementing(Node, Node);
        Assert.Equal(
        [
            "Interface type \"Loop\" cannot implement itself.",
            "Type \"User\" implements interface \"Node\" more than once.",
        ], Errors([Node, loop, user]));
    }

    [Fact]
    public void Interfaces_cannot_implement_each_other_in_a_cycle()
    {
        var a = Interface("A", Field("x", Text));
        var b = Interface("B", Field("x", Text)).Implementing(a);
        a.Interfaces.Add(b);
        var errors = Errors([a, b]);
        Assert.Contains("Interface type \"A\" cannot implement \"B\": \"B\" implements \"A\", which would make a cycle.", errors);
        Assert.Contains("Interface type \"B\" cannot implement \"A\": \"A\" implements \"B\", which would make a cycle.", errors);
    }
}
