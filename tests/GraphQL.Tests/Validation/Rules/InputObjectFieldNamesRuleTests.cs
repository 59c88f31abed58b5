using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class InputObjectFieldNamesRuleTests
{
    private static readonly InputObjectFieldNamesRule Rule = new();

    [Fact]
    public void Defined_input_fields_are_valid() => ExpectValid(Rule, """
        {
          findDog(searchBy: { name: "Fido" }) {
            name
          }
        }
        """);

    [Fact]
    public void An_undefined_input_field_is_invalid() => ExpectErrors(Rule, """
        {
          findDog(searchBy: { favoriteCookieFlavor: "Bacon" }) {
            name
          }
        }
        """,
        new ExpectedError("The field \"favoriteCookieFlavor\" is not defined by input object \"FindDogInput\".", (2, 23)));

    [Fact]
    public void A_misspelled_input_field_gets_a_suggestion() => ExpectErrors(Rule, """
        { findDog(searchBy: { nmae: "Fido" }) { name } }
        """,
        new ExpectedError("The field \"nmae\" is not defined by input object \"FindDogInput\". Did you mean \"name\"?", (1, 23)));

    [Fact]
    public void Input_objects_nested_in_lists_and_objects_are_checked() => ExpectErrors(Rule, """
        mutation { addPets(pets: [{ cat: { name: "Brontie", color: "grey" } }]) { name } }
        """,
        new ExpectedError("The field \"color\" is not defined by input object \"CatInput\".", (1, 53)));

    [Fact]
    public void Fields_of_values_in_unknown_positions_are_left_to_other_rules() => ExpectValid(Rule, """
        { findDog(unknown: { anything: 1 }) { name } arguments { intArgField(intArg: { anything: 1 }) } }
        """);
}
