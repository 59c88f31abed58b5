using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class FragmentNameUniquenessRuleTests
{
    private static readonly FragmentNameUniquenessRule Rule = new();

    [Fact]
    public void Fragments_with_different_names_are_valid() => ExpectValid(Rule, """
        {
          dog {
            ...fragmentOne
            ...fragmentTwo
          }
        }

        fragment fragmentOne on Dog {
          name
        }

        fragment fragmentTwo on Dog {
          owner {
            name
          }
        }
        """);

    [Fact]
    public void Two_fragments_with_the_same_name_are_invalid() => ExpectErrors(Rule, """
        {
          dog {
            ...fragmentOne
          }
        }

        fragment fragmentOne on Dog {
          name
        }

        fragment fragmentOne on Dog {
          owner {
            name
          }
        }
        """,
        new ExpectedError("There is more than one fragment named \"fragmentOne\"; each fragment of a document must have a unique name.", (7, 10), (11, 10)));

    [Fact]
    public void Inline_fragments_and_operations_do_not_count() => ExpectValid(Rule, """
        query dogName { dog { ... on Dog { name } ... on Dog { nickname } ...dogName } }
        fragment dogName on Dog { name }
        """);
}
