using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class InputObjectFieldUniquenessRuleTests
{
    private static readonly InputObjectFieldUniquenessRule Rule = new();

    [Fact]
    public void Distinct_input_fields_are_valid() => ExpectValid(Rule, """
        { findDog(searchBy: { name: "Fido", owner: "Ann" }, complex: { name: "Fido" }) { name } }
        """);

    [Fact]
    public void An_input_field_given_twice_is_invalid() => ExpectErrors(Rule, """
        {
          findDog(searchBy: { name: "Fido", name: "Rex" }) {
            name
          }
        }
        """,
        new ExpectedError("The input field \"name\" is given 2 times in the same input object value; it may be given only once.", (2, 23), (2, 37)));

    [Fact]
    public void Nested_input_objects_are_checked_separately() => ExpectErrors(Rule, """
        mutation { addPet(pet: { cat: { name: "a", nickname: "b", nickname: "c" } }) { name } }
        """,
        new ExpectedError("The input field \"nickname\" is given 2 times in the same input object value; it may be given only once.", (1, 44), (1, 59)));
}
