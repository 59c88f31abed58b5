using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class AllVariablesUsedRuleTests
{
    private static readonly AllVariablesUsedRule Rule = new();

    [Fact]
    public void An_unused_variable_is_invalid() => ExpectErrors(Rule, """
        query variableUnused($atOtherHomes: Boolean) {
          dog {
            isHouseTrained
          }
        }
        """,
        new ExpectedError("The variable \"$atOtherHomes\" is defined by operation \"variableUnused\" but never used.", (1, 22)));

    [Fact]
    public void Variables_used_in_fragments_are_used() => ExpectValid(Rule, """
        query variableUsedInFragment($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """);

    [Fact]
    public void A_variable_not_used_by_the_spread_fragment_is_unused() => ExpectErrors(Rule, """
        query variableNotUsedWithinFragment($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedWithoutVariableFragment
          }
        }

        fragment isHouseTrainedWithoutVariableFragment on Dog {
          isHouseTrained
        }
        """,
        new ExpectedError("The variable \"$atOtherHomes\" is defined by operation \"variableNotUsedWithinFragment\" but never used.", (1, 37)));

    [Fact]
    public void Every_operation_must_use_all_its_variables() => ExpectErrors(Rule, """
        query queryWithUsedVar($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        query queryWithExtraVar($atOtherHomes: Boolean, $extra: Int) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """,
        new ExpectedError("The variable \"$extra\" is defined by operation \"queryWithExtraVar\" but never used.", (7, 49)));

    [Fact]
    public void Uses_in_directives_input_objects_and_nested_fragments_count() => ExpectValid(Rule, """
        query q($a: Boolean!, $b: Boolean) {
          dog @include(if: $a) { ...outer }
        }
        fragment outer on Dog { ...inner }
        fragment inner on Dog { owner { name } isHouseTrained(atOtherHomes: $b) }
        mutation m($name: String!) { addPet(pet: { cat: { name: $name } }) { name } }
        """);
}
