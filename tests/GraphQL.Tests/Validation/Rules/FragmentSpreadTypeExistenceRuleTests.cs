using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class FragmentSpreadTypeExistenceRuleTests
{
    private static readonly FragmentSpreadTypeExistenceRule Rule = new();

    [Fact]
    public void Fragments_on_existing_types_are_valid() => ExpectValid(Rule, """
        fragment correctType on Dog {
          name
        }

        fragment inlineFragment on Dog {
          ... on Dog {
            name
          }
        }

        fragment inlineFragment2 on Dog {
          ... @include(if: true) {
            name
          }
        }
        """);

    [Fact]
    public void Fragments_on_types_not_in_the_schema_are_invalid() => ExpectErrors(Rule, """
        fragment notOnExistingType on NotInSchema {
          name
        }

        fragment inlineNotExistingType on Dog {
          ... on NotInSchema {
            name
          }
        }
        """,
        new ExpectedError("The type \"NotInSchema\" in the type condition of fragment \"notOnExistingType\" does not exist in the schema. Did you mean \"__Schema\"?", (1, 31)),
        new ExpectedError("The type \"NotInSchema\" in the type condition of an inline fragment does not exist in the schema. Did you mean \"__Schema\"?", (6, 10)));

    [Fact]
    public void A_misspelled_type_gets_a_suggestion() => ExpectErrors(Rule, """
        fragment misspelled on Dgo { name }
        """,
        new ExpectedError("The type \"Dgo\" in the type condition of fragment \"misspelled\" does not exist in the schema. Did you mean \"Dog\"?", (1, 24)));
}
