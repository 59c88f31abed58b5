using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class FragmentsOnCompositeTypesRuleTests
{
    private static readonly FragmentsOnCompositeTypesRule Rule = new();

    [Fact]
    public void Fragments_on_objects_interfaces_and_unions_are_valid() => ExpectValid(Rule, """
        fragment fragOnObject on Dog {
          name
        }

        fragment fragOnInterface on Pet {
          name
        }

        fragment fragOnUnion on CatOrDog {
          ... on Dog {
            name
          }
          ... {
            __typename
          }
        }
        """);

    [Fact]
    public void Fragments_on_scalars_are_invalid() => ExpectErrors(Rule, """
        fragment fragOnScalar on Int {
          something
        }

        fragment inlineFragOnScalar on Dog {
          ... on Boolean {
            somethingElse
          }
        }
        """,
        new ExpectedError("Fragment \"fragOnScalar\" cannot have the type condition \"Int\": a scalar is not an object, interface or union type.", (1, 26)),
        new ExpectedError("An inline fragment cannot have the type condition \"Boolean\": a scalar is not an object, interface or union type.", (6, 10)));

    [Fact]
    public void Fragments_on_enums_and_input_objects_are_invalid() => ExpectErrors(Rule, """
        fragment fragOnEnum on DogCommand { name }
        fragment fragOnInput on FindDogInput { name }
        """,
        new ExpectedError("Fragment \"fragOnEnum\" cannot have the type condition \"DogCommand\": an enum is not an object, interface or union type.", (1, 24)),
        new ExpectedError("Fragment \"fragOnInput\" cannot have the type condition \"FindDogInput\": an input object is not an object, interface or union type.", (2, 25)));

    [Fact]
    public void Unknown_types_are_left_to_the_type_existence_rule() => ExpectValid(Rule, """
        fragment unknown on NotInSchema { name }
        """);
}
