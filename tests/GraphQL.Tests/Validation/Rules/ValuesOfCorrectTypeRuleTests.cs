using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValuesOfCorrectTypeRule Rule = new();

    [Fact]
    public void Literals_that_coerce_to_their_types_are_valid() => ExpectValid(Rule, """
        fragment goodBooleanArg on Arguments {
          booleanArgField(booleanArg: true)
        }

        fragment coercedIntIntoFloatArg on Arguments {
          # Note: The input coercion rules for Float allow Int literals.
          floatArgField(floatArg: 123)
        }

        query goodComplexDefaultValue($search: FindDogInput = { name: "Fido" }) {
          findDog(searchBy: $search) {
            name
          }
        }

        fragment goodEnumAndLists on Query {
          dog { doesKnowCommand(dogCommand: HEEL) }
          arguments {
            booleanListArgField(booleanListArg: [true, false, null])
            coercedToList: booleanListArgField(booleanListArg: true)
          }
          booleanList(booleanListArg: [true])
        }
        """);

    [Fact]
    public void Nested_lists_coerce_only_a_single_top_level_value() => ExpectValid(Rule, """
        fragment nestedLists on Arguments {
          lists: nestedListArgField(nestedListArg: [[1], [2, 3], null])
          single: nestedListArgField(nestedListArg: 1)
        }
        """);

    [Fact]
    public void Items_of_a_list_of_lists_must_be_lists() => ExpectErrors(Rule, """
        fragment flatIntoNested on Arguments {
          nestedListArgField(nestedListArg: [[1], 2])
        }
        """,
        new ExpectedError("Expected a value of type \"[Int]\" for argument \"nestedListArg\" of field \"Arguments.nestedListArgField\", but found 2. The items of a list of lists must be lists.", (2, 43)));

    [Fact]
    public void A_string_for_an_int_is_invalid() => ExpectErrors(Rule, """
        fragment stringIntoInt on Arguments {
          intArgField(intArg: "123")
        }
        """,
        new ExpectedError("Expected a value of type \"Int\" for argument \"intArg\" of field \"Arguments.intArgField\", but found \"123\". Int cannot represent non-integer value: \"123\"", (2, 23)));

    [Fact]
    public void A_wrong_literal_in_an_input_object_field_is_invalid() => ExpectErrors(Rule, """
        query badComplexValue {
          findDog(searchBy: { name: 123 }) {
            name
          }
        }
        """,
        new ExpectedError("Expected a value of type \"String\" for field \"name\" of input object \"FindDogInput\", but found 123. String cannot represent a non-string value: 123", (2, 29)));

    [Fact]
    public void Null_for_a_non_null_argument_is_invalid() => ExpectErrors(Rule, """
        fragment missingRequiredArg on Arguments {
          nonNullBooleanArgField(nonNullBooleanArg: null)
        }
        """,
        new ExpectedError("The value null is not allowed for argument \"nonNullBooleanArg\" of field \"Arguments.nonNullBooleanArgField\", whose type \"Boolean!\" is non-null.", (2, 45)));

    [Fact]
    public void Null_for_a_non_null_list_item_or_input_field_is_invalid() => ExpectErrors(Rule, """
        {
          booleanList(booleanListArg: [true, null])
          findDog(complex: { name: null }) { name }
        }
        """,
        new ExpectedError("The value null is not allowed for argument \"booleanListArg\" of field \"Query.booleanList\", whose type \"Boolean!\" is non-null.", (2, 38)),
        new ExpectedError("The value null is not allowed for field \"name\" of input object \"ComplexInput\", whose type \"String!\" is non-null.", (3, 28)));

    [Fact]
    public void Unknown_enum_values_are_invalid_and_close_names_are_suggested() => ExpectErrors(Rule, """
        {
          dog {
            a: doesKnowCommand(dogCommand: CLEAN_UP_HOUSE)
            b: doesKnowCommand(dogCommand: sit)
          }
        }
        """,
        new ExpectedError("The value \"CLEAN_UP_HOUSE\" given to argument \"dogCommand\" of field \"Dog.doesKnowCommand\" does not exist in enum \"DogCommand\".", (3, 36)),
        new ExpectedError("The value \"sit\" given to argument \"dogCommand\" of field \"Dog.doesKnowCommand\" does not exist in enum \"DogCommand\". Did you mean \"SIT\"?", (4, 36)));

    [Fact]
    public void A_quoted_enum_value_is_invalid() => ExpectErrors(Rule, """
        { dog { doesKnowCommand(dogCommand: "SIT") } }
        """,
        new ExpectedError("Expected a value of type \"DogCommand!\" for argument \"dogCommand\" of field \"Dog.doesKnowCommand\", but found \"SIT\". Enum values are written without quotes: SIT.", (1, 37)));

    [Fact]
    public void A_scalar_for_an_input_object_is_invalid() => ExpectErrors(Rule, """
        { findDog(searchBy: "Fido") { name } }
        """,
        new ExpectedError("Expected a value of type \"FindDogInput\" for argument \"searchBy\" of field \"Query.findDog\", but found \"Fido\".", (1, 21)));

    [Fact]
    public void A_list_or_object_where_one_scalar_is_expected_is_reported_once() => ExpectErrors(Rule, """
        {
          arguments {
            a: intArgField(intArg: [1, "two"])
            b: intArgField(intArg: { value: "one" })
          }
        }
        """,
        new ExpectedError("Expected a value of type \"Int\" for argument \"intArg\" of field \"Arguments.intArgField\", but found [1, \"two\"]. Int cannot represent non-integer value: [1, \"two\"]", (3, 28)),
        new ExpectedError("Expected a value of type \"Int\" for argument \"intArg\" of field \"Arguments.intArgField\", but found {value: \"one\"}. Int cannot represent non-integer value: {value: \"one\"}", (4, 28)));

    [Fact]
    public void Each_wrong_item_of_a_list_is_reported() => ExpectErrors(Rule, """
        { arguments { booleanListArgField(booleanListArg: [true, 1, [false]]) } }
        """,
        new ExpectedError("Expected a value of type \"Boolean\" for argument \"booleanListArg\" of field \"Arguments.booleanListArgField\", but found 1. Boolean cannot represent a non-boolean value: 1", (1, 58)),
        new ExpectedError("Expected a value of type \"Boolean\" for argument \"booleanListArg\" of field \"Arguments.booleanListArgField\", but found [false]. Boolean cannot represent a non-boolean value: [false]", (1, 61)));

    [Fact]
    public void Default_values_of_variables_are_checked() => ExpectErrors(Rule, """
        query defaults($x: Int = "one", $y: Int! = null, $z: [Int] = [1, 2]) {
          arguments { intArgField(intArg: $x) }
        }
        """,
        new ExpectedError("Expected a value of type \"Int\" for the default value of variable \"$x\", but found \"one\". Int cannot represent non-integer value: \"one\"", (1, 26)),
        new ExpectedError("The value null is not allowed for the default value of variable \"$y\", whose type \"Int!\" is non-null.", (1, 44)));

    [Fact]
    public void Directive_arguments_are_checked() => ExpectErrors(Rule, """
        { dog { name @include(if: "yes") } }
        """,
        new ExpectedError("Expected a value of type \"Boolean!\" for argument \"if\" of directive \"@include\", but found \"yes\". Boolean cannot represent a non-boolean value: \"yes\"", (1, 27)));

    [Fact]
    public void Variables_and_values_in_unknown_positions_are_left_to_other_rules() => ExpectValid(Rule, """
        query q($x: String) {
          arguments { intArgField(intArg: $x, unknown: "anything") }
          findDog(searchBy: { unknownField: 1, name: $x }) { name }
        }
        """);

    [Fact]
    public void A_OneOf_input_object_with_one_non_null_field_is_valid() => ExpectValid(Rule, """
        mutation addPet($pet: PetInput! = { cat: { name: "Brontie" } }) {
          addPet(pet: $pet) {
            name
          }
          other: addPet(pet: { dog: { name: "Rex" } }) {
            name
          }
        }
        """);

    [Fact]
    public void A_OneOf_input_object_without_exactly_one_field_is_invalid() => ExpectErrors(Rule, """
        mutation oneOfWithNoFields {
          addPet(pet: {}) {
            name
          }
        }

        mutation oneOfWithTwoFields($dog: DogInput) {
          addPet(pet: { cat: { name: "Brontie" }, dog: $dog }) {
            name
          }
        }
        """,
        new ExpectedError("The OneOf input object \"PetInput\" given to argument \"pet\" of field \"Mutation.addPet\" must have exactly one field, but 0 were given.", (2, 15)),
        new ExpectedError("The OneOf input object \"PetInput\" given to argument \"pet\" of field \"Mutation.addPet\" must have exactly one field, but 2 were given.", (8, 15)));

    [Fact]
    public void A_null_field_of_a_OneOf_input_object_is_invalid() => ExpectErrors(Rule, """
        mutation { addPets(pets: [{ cat: null }]) { name } }
        """,
        new ExpectedError("The value null is not allowed for field \"cat\" of input object \"PetInput\": the one field given to a OneOf input object such as \"PetInput\" must not be null.", (1, 34)));
}
