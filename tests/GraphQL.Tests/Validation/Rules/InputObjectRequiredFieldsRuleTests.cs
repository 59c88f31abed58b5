using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class InputObjectRequiredFieldsRuleTests
{
    private static readonly InputObjectRequiredFieldsRule Rule = new();

    [Fact]
    public void Given_required_fields_and_omitted_optional_ones_are_valid() => ExpectValid(Rule, """
        {
          findDog(complex: { name: "Fido" }, searchBy: {}) {
            name
          }
        }
        """);

    [Fact]
    public void A_missing_required_field_is_invalid() => ExpectErrors(Rule, """
        mutation {
          addPet(pet: { cat: { nickname: "Puss" } }) {
            name
          }
        }
        """,
        new ExpectedError("The field \"name\" of type \"String!\" is required by input object \"CatInput\", but it was not given.", (2, 22)));

    [Fact]
    public void Required_fields_are_checked_in_lists_and_variable_defaults() => ExpectErrors(Rule, """
        query q($complex: ComplexInput = { owner: "Ann" }) {
          findDog(complex: $complex) { name }
        }
        mutation m {
          addPets(pets: [{ dog: { barkVolume: 3 } }]) { name }
        }
        """,
        new ExpectedError("The field \"name\" of type \"String!\" is required by input object \"ComplexInput\", but it was not given.", (1, 34)),
        new ExpectedError("The field \"name\" of type \"String!\" is required by input object \"DogInput\", but it was not given.", (5, 25)));

    [Fact]
    public void An_explicit_null_is_left_to_the_values_rule() => ExpectValid(Rule, """
        { findDog(complex: { name: null }) { name } }
        """);
}
