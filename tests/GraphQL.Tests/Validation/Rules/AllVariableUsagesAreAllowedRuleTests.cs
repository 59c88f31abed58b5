using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class AllVariableUsagesAreAllowedRuleTests
{
    private static readonly AllVariableUsagesAreAllowedRule Rule = new();

    [Fact]
    public void Mismatched_types_are_invalid() => ExpectErrors(Rule, """
        query intCannotGoIntoBoolean($intArg: Int) {
          arguments {
            booleanArgField(booleanArg: $intArg)
          }
        }
        """,
        new ExpectedError("The variable \"$intArg\" of type \"Int\" is used where a value of type \"Boolean\" is expected.", (1, 30), (3, 33)));

    [Fact]
    public void A_list_for_a_single_value_is_invalid() => ExpectErrors(Rule, """
        query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) {
          arguments {
            booleanArgField(booleanArg: $booleanListArg)
          }
        }
        """,
        new ExpectedError("The variable \"$booleanListArg\" of type \"[Boolean]\" is used where a value of type \"Boolean\" is expected.", (1, 38), (3, 33)));

    [Fact]
    public void A_nullable_variable_for_a_non_null_argument_is_invalid() => ExpectErrors(Rule, """
        query booleanArgQuery($booleanArg: Boolean) {
          arguments {
            nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
          }
        }
        """,
        new ExpectedError("The variable \"$booleanArg\" of type \"Boolean\" is used where a value of type \"Boolean!\" is expected.", (1, 23), (3, 47)));

    [Fact]
    public void A_non_null_list_for_a_nullable_list_is_valid() => ExpectValid(Rule, """
        query nonNullListToList($nonNullBooleanList: [Boolean]!) {
          arguments {
            booleanListArgField(booleanListArg: $nonNullBooleanList)
          }
        }
        """);

    [Fact]
    public void A_nullable_list_for_a_non_null_list_or_non_null_items_is_invalid() => ExpectErrors(Rule, """
        query listToNonNullList($booleanList: [Boolean]) {
          arguments {
            nonNullBooleanListField(nonNullBooleanListArg: $booleanList)
          }
          booleanList(booleanListArg: $booleanList)
        }
        """,
        new ExpectedError("The variable \"$booleanList\" of type \"[Boolean]\" is used where a value of type \"[Boolean]!\" is expected.", (1, 25), (3, 52)),
        new ExpectedError("The variable \"$booleanList\" of type \"[Boolean]\" is used where a value of type \"[Boolean!]\" is expected.", (1, 25), (5, 31)));

    [Fact]
    public void A_nullable_variable_is_allowed_where_the_location_has_a_default() => ExpectValid(Rule, """
        query booleanArgQueryWithDefault($booleanArg: Boolean, $count: Int) {
          arguments {
            optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg)
          }
          findDog(complex: { name: "Rex", requiredWithDefault: $count }) { name }
        }
        """);

    [Fact]
    public void A_nullable_variable_with_a_non_null_default_is_allowed_in_a_non_null_position() => ExpectValid(Rule, """
        query booleanArgQueryWithDefault($booleanArg: Boolean = true) {
          arguments {
            nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
          }
        }
        """);

    [Fact]
    public void A_null_default_does_not_make_a_nullable_variable_allowed() => ExpectErrors(Rule, """
        query q($booleanArg: Boolean = null) {
          arguments { nonNullBooleanArgField(nonNullBooleanArg: $booleanArg) }
        }
        """,
        new ExpectedError("The variable \"$booleanArg\" of type \"Boolean\" is used where a value of type \"Boolean!\" is expected.", (1, 9), (2, 57)));

    [Fact]
    public void Positions_inside_lists_and_input_objects_are_checked() => ExpectErrors(Rule, """
        query q($item: Boolean, $goodItem: Boolean!, $name: String, $owner: String) {
          a: booleanList(booleanListArg: [$item])
          b: booleanList(booleanListArg: [$goodItem])
          findDog(complex: { name: $name, owner: $owner }) { name }
        }
        """,
        new ExpectedError("The variable \"$item\" of type \"Boolean\" is used where a value of type \"Boolean!\" is expected.", (1, 9), (2, 35)),
        new ExpectedError("The variable \"$name\" of type \"String\" is used where a value of type \"String!\" is expected.", (1, 46), (4, 28)));

    [Fact]
    public void Usages_in_fragments_are_checked_against_each_operation() => ExpectErrors(Rule, """
        query good($atOtherHomes: Boolean) { dog { ...houseTrained } }
        query bad($atOtherHomes: Int) { dog { ...houseTrained } }
        fragment houseTrained on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }
        """,
        new ExpectedError("The variable \"$atOtherHomes\" of type \"Int\" is used where a value of type \"Boolean\" is expected.", (2, 11), (3, 61)));

    [Fact]
    public void A_nullable_variable_in_a_OneOf_field_is_invalid() => ExpectErrors(Rule, """
        mutation addCat($cat: CatInput) {
          addPet(pet: { cat: $cat }) {
            name
          }
        }

        mutation listOfOneOfWithNullableVariable($dog: DogInput) {
          addPets(pets: [{ dog: $dog }]) {
            name
          }
        }
        """,
        new ExpectedError("The variable \"$cat\" of type \"CatInput\" is given as the field of OneOf input object \"PetInput\", where it must be non-null; declare it as \"CatInput!\".", (1, 17), (2, 22)),
        new ExpectedError("The variable \"$dog\" of type \"DogInput\" is given as the field of OneOf input object \"PetInput\", where it must be non-null; declare it as \"DogInput!\".", (7, 42), (8, 25)));

    [Fact]
    public void A_non_null_variable_in_a_OneOf_field_is_valid() => ExpectValid(Rule, """
        mutation addCat($cat: CatInput!, $pet: PetInput!) {
          addPet(pet: { cat: $cat }) { name }
          other: addPet(pet: $pet) { name }
        }
        """);

    [Fact]
    public void A_OneOf_field_of_the_wrong_type_gets_the_type_message() => ExpectErrors(Rule, """
        mutation addCat($dog: DogInput = { name: "Rex" }) {
          addPet(pet: { cat: $dog }) { name }
        }
        """,
        new ExpectedError("The variable \"$dog\" of type \"DogInput\" is used where a value of type \"CatInput\" is expected.", (1, 17), (2, 22)));

    [Fact]
    public void Undefined_variables_and_unknown_positions_are_left_to_other_rules() => ExpectValid(Rule, """
        query q($x: Int) {
          arguments { booleanArgField(booleanArg: $undefined) unknown(arg: $x) }
          dog { name @include(unknown: $x, if: true) }
        }
        """);
}
