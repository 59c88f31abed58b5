using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class VariableUniquenessRuleTests
{
    private static readonly VariableUniquenessRule Rule = new();

    [Fact]
    public void A_variable_defined_twice_is_invalid() => ExpectErrors(Rule, """
        query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """,
        new ExpectedError("The variable \"$atOtherHomes\" is defined 2 times by operation \"houseTrainedQuery\"; it may be defined only once.", (1, 25), (1, 49)));

    [Fact]
    public void Operations_may_define_variables_of_the_same_name() => ExpectValid(Rule, """
        query A($atOtherHomes: Boolean) {
          ...HouseTrainedFragment
        }

        query B($atOtherHomes: Boolean) {
          ...HouseTrainedFragment
        }

        fragment HouseTrainedFragment on Query {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """);

    [Fact]
    public void The_anonymous_operation_is_named_as_such() => ExpectErrors(Rule, """
        query ($a: Int, $b: Int, $a: String) { dog { name } }
        """,
        new ExpectedError("The variable \"$a\" is defined 2 times by the anonymous operation; it may be defined only once.", (1, 8), (1, 26)));
}
