using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class AllVariableUsesDefinedRuleTests
{
    private static readonly AllVariableUsesDefinedRule Rule = new();

    [Fact]
    public void Variables_defined_by_the_operation_are_valid() => ExpectValid(Rule, """
        query variableIsDefined($atOtherHomes: Boolean) {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """);

    [Fact]
    public void A_variable_not_defined_by_the_operation_is_invalid() => ExpectErrors(Rule, """
        query variableIsNotDefined {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """,
        new ExpectedError("The variable \"$atOtherHomes\" is used but not defined by operation \"variableIsNotDefined\".", (3, 34), (1, 1)));

    [Fact]
    public void Variables_of_fragments_are_defined_by_the_operation_using_them() => ExpectValid(Rule, """
        query variableIsDefinedUsedInSingleFragment($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """);

    [Fact]
    public void A_variable_of_a_fragment_not_defined_by_the_operation_is_invalid() => ExpectErrors(Rule, """
        query variableIsNotDefinedUsedInSingleFragment {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """,
        new ExpectedError("The variable \"$atOtherHomes\" is used but not defined by operation \"variableIsNotDefinedUsedInSingleFragment\".", (8, 32), (1, 1)));

    [Fact]
    public void Variables_of_nested_fragments_are_checked() => ExpectErrors(Rule, """
        query variableIsNotDefinedUsedInNestedFragment {
          dog {
            ...outerHouseTrainedFragment
          }
        }

        fragment outerHouseTrainedFragment on Dog {
          ...isHouseTrainedFragment
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """,
        new ExpectedError("The variable \"$atOtherHomes\" is used but not defined by operation \"variableIsNotDefinedUsedInNestedFragment\".", (12, 32), (1, 1)));

    [Fact]
    public void Each_operation_using_a_fragment_must_define_its_variables() => ExpectErrors(Rule, """
        query houseTrainedQueryOne($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        query houseTrainedQueryTwoNotDefined {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """,
        new ExpectedError("The variable \"$atOtherHomes\" is used but not defined by operation \"houseTrainedQueryTwoNotDefined\".", (14, 32), (7, 1)));

    [Fact]
    public void Variables_in_directives_lists_and_input_objects_are_uses() => ExpectErrors(Rule, """
        {
          dog @include(if: $a) { name }
          booleanList(booleanListArg: [$b])
          findDog(searchBy: { name: $c }) { name }
        }
        """,
        new ExpectedError("The variable \"$a\" is used but not defined by the anonymous operation.", (2, 20), (1, 1)),
        new ExpectedError("The variable \"$b\" is used but not defined by the anonymous operation.", (3, 32), (1, 1)),
        new ExpectedError("The variable \"$c\" is used but not defined by the anonymous operation.", (4, 29), (1, 1)));
}
