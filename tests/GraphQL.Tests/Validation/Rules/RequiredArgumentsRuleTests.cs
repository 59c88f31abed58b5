using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class RequiredArgumentsRuleTests
{
    private static readonly RequiredArgumentsRule Rule = new();

    [Fact]
    public void Given_required_arguments_and_omitted_optional_ones_are_valid() => ExpectValid(Rule, """
        fragment goodBooleanArg on Arguments {
          booleanArgField(booleanArg: true)
        }

        fragment goodNonNullArg on Arguments {
          nonNullBooleanArgField(nonNullBooleanArg: true)
        }

        fragment goodBooleanArgDefault on Arguments {
          booleanArgField
        }

        fragment nonNullWithDefault on Arguments {
          optionalNonNullBooleanArgField
        }
        """);

    [Fact]
    public void A_missing_required_field_argument_is_invalid() => ExpectErrors(Rule, """
        fragment missingRequiredArg on Arguments {
          nonNullBooleanArgField
        }
        """,
        new ExpectedError("The argument \"nonNullBooleanArg\" of type \"Boolean!\" is required by field \"Arguments.nonNullBooleanArgField\", but it was not given.", (2, 3)));

    [Fact]
    public void Each_missing_argument_is_reported() => ExpectErrors(Rule, """
        { arguments { multipleRequirements } }
        """,
        new ExpectedError("The argument \"x\" of type \"Int!\" is required by field \"Arguments.multipleRequirements\", but it was not given.", (1, 15)),
        new ExpectedError("The argument \"y\" of type \"Int!\" is required by field \"Arguments.multipleRequirements\", but it was not given.", (1, 15)));

    [Fact]
    public void A_missing_required_directive_argument_is_invalid() => ExpectErrors(Rule, """
        { dog { name @include } }
        """,
        new ExpectedError("The argument \"if\" of type \"Boolean!\" is required by directive \"@include\", but it was not given.", (1, 14)));

    [Fact]
    public void Unknown_fields_and_directives_are_left_to_their_rules() => ExpectValid(Rule, """
        { dog { unknown @unknown } }
        """);
}
