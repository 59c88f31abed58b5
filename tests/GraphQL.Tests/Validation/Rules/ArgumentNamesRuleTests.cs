using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class ArgumentNamesRuleTests
{
    private static readonly ArgumentNamesRule Rule = new();

    [Fact]
    public void Defined_arguments_of_fields_and_directives_are_valid() => ExpectValid(Rule, """
        fragment argOnRequiredArg on Dog {
          doesKnowCommand(dogCommand: SIT)
        }

        fragment argOnOptional on Dog {
          isHouseTrained(atOtherHomes: true) @include(if: true)
        }

        fragment multipleArgs on Arguments {
          multipleRequirements(x: 1, y: 2)
        }

        fragment multipleArgsReverseOrder on Arguments {
          multipleRequirements(y: 2, x: 1)
        }
        """);

    [Fact]
    public void An_undefined_field_argument_is_invalid_and_close_names_are_suggested() => ExpectErrors(Rule, """
        fragment invalidArgName on Dog {
          doesKnowCommand(command: CLEAN_UP_HOUSE)
        }
        """,
        new ExpectedError("The argument \"command\" is not defined on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (2, 19)));

    [Fact]
    public void An_undefined_directive_argument_is_invalid() => ExpectErrors(Rule, """
        fragment invalidArgName on Dog {
          isHouseTrained(atOtherHomes: true) @include(unless: false)
        }
        """,
        new ExpectedError("The argument \"unless\" is not defined on directive \"@include\".", (2, 47)));

    [Fact]
    public void Arguments_of_unknown_fields_and_directives_are_left_to_their_rules() => ExpectValid(Rule, """
        {
          dog {
            unknownField(a: 1)
            name @unknownDirective(b: 2)
          }
        }
        """);

    [Fact]
    public void Arguments_of_a_directive_on_a_field_are_checked_against_the_directive() => ExpectErrors(Rule, """
        { dog { isHouseTrained(atOtherHomes: true) @skip(atOtherHomes: true, if: false) } }
        """,
        new ExpectedError("The argument \"atOtherHomes\" is not defined on directive \"@skip\".", (1, 50)));
}
