using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class FieldSelectionsRuleTests
{
    private static readonly FieldSelectionsRule Rule = new();

    [Fact]
    public void Fields_defined_on_the_type_in_scope_are_valid() => ExpectValid(Rule, """
        fragment interfaceFieldSelection on Pet {
          name
        }

        query {
          dog { name barkVolume owner { name pets { name } } }
          alias: human { name }
        }
        """);

    [Fact]
    public void Typename_and_fragments_on_members_may_be_selected_on_a_union() => ExpectValid(Rule, """
        fragment inDirectFieldSelectionOnUnion on CatOrDog {
          __typename
          ... on Pet {
            name
          }
          ... on Dog {
            barkVolume
          }
        }
        """);

    [Fact]
    public void A_field_not_defined_on_an_object_is_invalid_and_close_names_are_suggested() => ExpectErrors(Rule, """
        fragment fieldNotDefined on Dog {
          meowVolume
        }

        fragment aliasedLyingFieldTargetNotDefined on Dog {
          barkVolume: kawVolume
        }
        """,
        new ExpectedError("The field \"meowVolume\" does not exist on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)),
        new ExpectedError("The field \"kawVolume\" does not exist on type \"Dog\". Did you mean \"barkVolume\"?", (6, 3)));

    [Fact]
    public void A_field_of_implementations_only_is_invalid_on_an_interface_and_fragments_are_suggested() => ExpectErrors(Rule, """
        fragment definedOnImplementorsButNotInterface on Pet {
          nickname
        }
        """,
        new ExpectedError("The field \"nickname\" does not exist on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (2, 3)));

    [Fact]
    public void Fields_other_than_typename_are_invalid_on_a_union_and_interfaces_are_suggested_first() => ExpectErrors(Rule, """
        fragment directFieldSelectionOnUnion on CatOrDog {
          name
          barkVolume
        }
        """,
        new ExpectedError("The field \"name\" does not exist on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Cat\", or \"Dog\"?", (2, 3)),
        new ExpectedError("The field \"barkVolume\" does not exist on type \"CatOrDog\". Did you mean to use an inline fragment on \"Dog\"?", (3, 3)));

    [Fact]
    public void A_field_with_no_close_name_gets_no_suggestion() => ExpectErrors(Rule, """
        { dog { xyz } }
        """,
        new ExpectedError("The field \"xyz\" does not exist on type \"Dog\".", (1, 9)));

    [Fact]
    public void Fields_below_an_unknown_field_are_not_reported_again() => ExpectErrors(Rule, """
        { unknown { name alsoUnknown } }
        """,
        new ExpectedError("The field \"unknown\" does not exist on type \"Query\".", (1, 3)));

    [Fact]
    public void Fields_of_an_operation_without_a_root_type_are_left_to_operation_type_existence() => ExpectValid(Rule, """
        subscription onEvent { event }
        """,
        ValidationSchema.Build("type Query { a: String }"));
}
