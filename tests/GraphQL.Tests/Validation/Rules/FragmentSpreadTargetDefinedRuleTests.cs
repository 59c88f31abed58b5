using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class FragmentSpreadTargetDefinedRuleTests
{
    private static readonly FragmentSpreadTargetDefinedRule Rule = new();

    [Fact]
    public void Spreads_of_defined_fragments_are_valid() => ExpectValid(Rule, """
        { dog { ...dogName } }
        fragment dogName on Dog { name }
        """);

    [Fact]
    public void A_spread_of_an_undefined_fragment_is_invalid() => ExpectErrors(Rule, """
        {
          dog {
            ...undefinedFragment
          }
        }
        """,
        new ExpectedError("The fragment \"undefinedFragment\" is spread here but not defined in the document.", (3, 5)));

    [Fact]
    public void A_misspelled_fragment_name_gets_a_suggestion() => ExpectErrors(Rule, """
        { dog { ...dogNmae } }
        fragment dogName on Dog { name }
        """,
        new ExpectedError("The fragment \"dogNmae\" is spread here but not defined in the document. Did you mean \"dogName\"?", (1, 9)));
}
