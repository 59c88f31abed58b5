using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class ArgumentUniquenessRuleTests
{
    private static readonly ArgumentUniquenessRule Rule = new();

    [Fact]
    public void Distinct_arguments_are_valid() => ExpectValid(Rule, """
        fragment multipleArgs on Arguments {
          multipleRequirements(x: 1, y: 2) @include(if: true)
          other: multipleRequirements(x: 1, y: 2) @skip(if: false)
        }
        """);

    [Fact]
    public void A_field_argument_given_twice_is_invalid() => ExpectErrors(Rule, """
        fragment duplicated on Dog {
          doesKnowCommand(dogCommand: SIT, dogCommand: HEEL)
        }
        """,
        new ExpectedError("The argument \"dogCommand\" is given 2 times to field \"doesKnowCommand\"; it may be given only once.", (2, 19), (2, 36)));

    [Fact]
    public void A_directive_argument_given_three_times_is_one_error() => ExpectErrors(Rule, """
        { dog { name @include(if: true, if: false, if: true) } }
        """,
        new ExpectedError("The argument \"if\" is given 3 times to directive \"@include\"; it may be given only once.", (1, 23), (1, 33), (1, 44)));
}
