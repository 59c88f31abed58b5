using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class DirectivesAreInValidLocationsRuleTests
{
    private static readonly DirectivesAreInValidLocationsRule Rule = new();

    [Fact]
    public void Directives_in_their_locations_are_valid() => ExpectValid(Rule, """
        query q($v: Boolean @onVariable) @onQuery {
          dog @include(if: true) {
            name @skip(if: false)
            ...dogFields @include(if: true)
            ... @skip(if: false) { nickname }
          }
        }
        mutation m @onMutation { addPet(pet: { cat: { name: "a" } }) { name } }
        fragment dogFields on Dog { barkVolume }
        """);

    [Fact]
    public void Skip_on_a_query_is_invalid() => ExpectErrors(Rule, """
        query @skip(if: $foo) {
          field
        }
        """,
        new ExpectedError("The directive \"@skip\" may not be used on QUERY; it may be used on FIELD, FRAGMENT_SPREAD, INLINE_FRAGMENT.", (1, 7)));

    [Fact]
    public void Each_location_is_checked() => ExpectErrors(Rule, """
        query q($v: Boolean @onQuery) @onMutation {
          dog @onQuery { ...dogFields @onVariable }
        }
        mutation m @onQuery { addPet(pet: { cat: { name: "a" } }) { name } }
        subscription s @onQuery { newMessage { body } }
        fragment dogFields on Dog @onQuery { ... @onQuery { name } }
        """,
        new ExpectedError("The directive \"@onQuery\" may not be used on VARIABLE_DEFINITION; it may be used on QUERY.", (1, 21)),
        new ExpectedError("The directive \"@onMutation\" may not be used on QUERY; it may be used on MUTATION.", (1, 31)),
        new ExpectedError("The directive \"@onQuery\" may not be used on FIELD; it may be used on QUERY.", (2, 7)),
        new ExpectedError("The directive \"@onVariable\" may not be used on FRAGMENT_SPREAD; it may be used on VARIABLE_DEFINITION.", (2, 31)),
        new ExpectedError("The directive \"@onQuery\" may not be used on MUTATION; it may be used on QUERY.", (4, 12)),
        new ExpectedError("The directive \"@onQuery\" may not be used on SUBSCRIPTION; it may be used on QUERY.", (5, 16)),
        new ExpectedError("The directive \"@onQuery\" may not be used on FRAGMENT_DEFINITION; it may be used on QUERY.", (6, 27)),
        new ExpectedError("The directive \"@onQuery\" may not be used on INLINE_FRAGMENT; it may be used on QUERY.", (6, 42)));

    [Fact]
    public void Unknown_directives_are_left_to_their_rule() => ExpectValid(Rule, """
        query @unknown { dog { name } }
        """);
}
