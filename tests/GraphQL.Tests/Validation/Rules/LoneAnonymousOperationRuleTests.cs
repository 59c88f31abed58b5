using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class LoneAnonymousOperationRuleTests
{
    private static readonly LoneAnonymousOperationRule Rule = new();

    [Fact]
    public void A_lone_anonymous_operation_is_valid() => ExpectValid(Rule, """
        {
          dog {
            name
          }
        }
        """);

    [Fact]
    public void An_anonymous_operation_with_fragments_is_valid() => ExpectValid(Rule, """
        { dog { ...dogName } }
        fragment dogName on Dog { name }
        """);

    [Fact]
    public void An_anonymous_operation_beside_a_named_one_is_invalid() => ExpectErrors(Rule, """
        {
          dog {
            name
          }
        }

        query getName {
          dog {
            owner {
              name
            }
          }
        }
        """,
        new ExpectedError("This anonymous operation must be the only operation of the document, which has 2; give every operation a name.", (1, 1)));

    [Fact]
    public void Each_of_several_anonymous_operations_is_reported() => ExpectErrors(Rule, """
        { dog { name } }
        mutation { addPet(pet: { cat: { name: "Brontie" } }) { name } }
        """,
        new ExpectedError("This anonymous operation must be the only operation of the document, which has 2; give every operation a name.", (1, 1)),
        new ExpectedError("This anonymous operation must be the only operation of the document, which has 2; give every operation a name.", (2, 1)));
}
