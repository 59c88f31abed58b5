using GraphQL.Types;
using static GraphQL.Tests.Types.SchemaValidation.Model;

namespace GraphQL.Tests.Types.SchemaValidation;

public class InputObjectCycleRuleTests
{
    [Fact]
    public void A_non_null_self_reference_is_reported()
    {
        var node = InputObject("NodeInput", Input("name", Text));
        node.Fields.Add(Input("next", NonNull(node)));
        SingleError("Input object \"NodeInput\" references itself through the non-null fields \"next\", so no finite value of it exists.", [node]);
    }

    [Fact]
    public void A_cycle_through_several_types_is_reported_for_each_with_its_path()
    {
        var a = InputObject("A");
        var b = InputObject("B", Input("a", NonNull(a)));
        a.Fields.Add(Input("b", NonNull(b)));
        Assert.Equal(
        [
            "Input object \"A\" references itself through the non-null fields \"b.a\", so no finite value of it exists.",
            "Input object \"B\" references itself through the non-null fields \"a.b\", so no finite value of it exists.",
        ], Errors([a, b]));
    }

    [Fact]
    public void A_type_that_only_depends_on_a_cycle_is_not_reported()
    {
        var loop = InputObject("Loop");
        loop.Fields.Add(Input("self", NonNull(loop)));
        var user = InputObject("UserInput", Input("loop", NonNull(loop)));
        SingleError("Input object \"Loop\" references itself through the non-null fields \"self\", so no finite value of it exists.", [loop, user]);
    }

    [Fact]
    public void Nullable_and_list_references_break_cycles()
    {
        var tree = InputObject("TreeInput", Input("label", Text));
        tree.Fields.Add(Input("parent", tree));
        tree.Fields.Add(Input("children", NonNull(List(NonNull(tree)))));
        Create([tree]);
    }

    [Fact]
    public void A_oneOf_input_object_whose_every_field_leads_back_to_it_is_reported()
    {
        var a = InputObject("A");
        a.IsOneOf = true;
        var b = InputObject("B");
        b.IsOneOf = true;
        a.Fields.Add(Input("b", b));
        b.Fields.Add(Input("a", a));
        Assert.Equal(
        [
            "OneOf input object \"A\" cannot be given a finite value: each of its fields leads back to it (for example through \"b.a\").",
            "OneOf input object \"B\" cannot be given a finite value: each of its fields leads back to it (for example through \"a.b\").",
        ], Errors([a, b]));
    }

    [Fact]
    public void A_oneOf_input_object_with_a_leaf_or_list_alternative_is_valid()
    {
        var expression = InputObject("Expression", Input("literal", Int));
        expression.IsOneOf = true;
        expression.Fields.Add(Input("negate", expression));
        expression.Fields.Add(Input("sum", List(NonNull(expression))));
        Create([expression]);
    }
}
