using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class DirectivesAreUniquePerLocationRuleTests
{
    private static readonly DirectivesAreUniquePerLocationRule Rule = new();

    [Fact]
    public void One_use_per_location_is_valid() => ExpectValid(Rule, """
        query ($foo: Boolean = true, $bar: Boolean = false) {
          field @skip(if: $foo) {
            subfieldA
          }
          field @skip(if: $bar) {
            subfieldB
          }
        }
        """);

    [Fact]
    public void A_repeatable_directive_may_be_used_several_times() => ExpectValid(Rule, """
        { dog { name @repeatableTag(name: "a") @repeatableTag(name: "b") } }
        """);

    [Fact]
    public void A_directive_used_twice_on_a_field_is_invalid() => ExpectErrors(Rule, """
        query ($foo: Boolean = true, $bar: Boolean = false) {
          field @skip(if: $foo) @skip(if: $bar)
        }
        """,
        new ExpectedError("The directive \"@skip\" is used 2 times at the same location, but it is not repeatable.", (2, 9), (2, 25)));

    [Fact]
    public void Every_kind_of_location_is_checked() => ExpectErrors(Rule, """
        query q($v: Int @onVariable @onVariable) @onQuery @onQuery {
          ...f @include(if: true) @include(if: true)
          ... @skip(if: false) @skip(if: false) { dog { name } }
        }
        fragment f on Query @unknown @unknown { dog { name } }
        """,
        new ExpectedError("The directive \"@onQuery\" is used 2 times at the same location, but it is not repeatable.", (1, 42), (1, 51)),
        new ExpectedError("The directive \"@onVariable\" is used 2 times at the same location, but it is not repeatable.", (1, 17), (1, 29)),
        new ExpectedError("The directive \"@include\" is used 2 times at the same location, but it is not repeatable.", (2, 8), (2, 27)),
        new ExpectedError("The directive \"@skip\" is used 2 times at the same location, but it is not repeatable.", (3, 7), (3, 24)));
}
