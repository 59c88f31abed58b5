using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class DirectivesAreDefinedRuleTests
{
    private static readonly DirectivesAreDefinedRule Rule = new();

    [Fact]
    public void Built_in_and_custom_directives_are_defined() => ExpectValid(Rule, """
        query q($v: Boolean @onVariable) @onQuery {
          dog @include(if: true) { name @skip(if: false) @repeatableTag(name: "a") }
        }
        """);

    [Fact]
    public void An_unknown_directive_is_invalid() => ExpectErrors(Rule, """
        { dog @unknown { name } }
        """,
        new ExpectedError("The directive \"@unknown\" is not defined by the schema.", (1, 7)));

    [Fact]
    public void A_misspelled_directive_gets_a_suggestion() => ExpectErrors(Rule, """
        { dog { name @skp(if: true) } }
        """,
        new ExpectedError("The directive \"@skp\" is not defined by the schema. Did you mean \"skip\"?", (1, 14)));
}
