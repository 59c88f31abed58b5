using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class VariablesAreInputTypesRuleTests
{
    private const string MustBeInput = "variables must be of a scalar, enum or input object type.";

    private static readonly VariablesAreInputTypesRule Rule = new();

    [Fact]
    public void Scalars_enums_and_input_objects_are_valid() => ExpectValid(Rule, """
        query takesBoolean($atOtherHomes: Boolean) {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }

        query takesComplexInput($complexInput: ComplexInput) {
          findDog(complex: $complexInput) {
            name
          }
        }

        query TakesListOfBooleanBang($booleans: [Boolean!]) {
          booleanList(booleanListArg: $booleans)
        }

        query takesEnum($command: DogCommand!) {
          dog { doesKnowCommand(dogCommand: $command) }
        }
        """);

    [Fact]
    public void Output_types_are_invalid() => ExpectErrors(Rule, """
        query takesCat($cat: Cat) { dog { name } }
        query takesDogBang($dog: Dog!) { dog { name } }
        query takesListOfPet($pets: [Pet]) { dog { name } }
        query takesCatOrDog($catOrDog: CatOrDog) { dog { name } }
        """,
        new ExpectedError("The variable \"$cat\" cannot be of type \"Cat\": \"Cat\" is an output type, and " + MustBeInput, (1, 22)),
        new ExpectedError("The variable \"$dog\" cannot be of type \"Dog!\": \"Dog\" is an output type, and " + MustBeInput, (2, 26)),
        new ExpectedError("The variable \"$pets\" cannot be of type \"[Pet]\": \"Pet\" is an output type, and " + MustBeInput, (3, 29)),
        new ExpectedError("The variable \"$catOrDog\" cannot be of type \"CatOrDog\": \"CatOrDog\" is an output type, and " + MustBeInput, (4, 32)));

    [Fact]
    public void Unknown_types_are_invalid_and_close_input_types_are_suggested() => ExpectErrors(Rule, """
        query q($a: Strng, $b: [NotInSchema!]) { dog { name } }
        """,
        new ExpectedError("The type \"Strng\" of variable \"$a\" does not exist in the schema. Did you mean \"String\"?", (1, 13)),
        new ExpectedError("The type \"NotInSchema\" of variable \"$b\" does not exist in the schema.", (1, 24)));
}
