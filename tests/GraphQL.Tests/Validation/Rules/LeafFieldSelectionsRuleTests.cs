using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class LeafFieldSelectionsRuleTests
{
    private static readonly LeafFieldSelectionsRule Rule = new();

    [Fact]
    public void Scalar_and_enum_fields_without_selections_are_valid() => ExpectValid(Rule, """
        fragment scalarSelection on Dog {
          barkVolume
        }

        query { favoriteCommand dog { owner { name } } }
        """);

    [Fact]
    public void A_selection_on_a_scalar_field_is_invalid() => ExpectErrors(Rule, """
        fragment scalarSelectionsNotAllowedOnInt on Dog {
          barkVolume {
            sinceWhen
          }
        }
        """,
        new ExpectedError("The field \"barkVolume\" returns a scalar (\"Int\") and must not have a selection of subfields.", (2, 14)));

    [Fact]
    public void A_selection_on_an_enum_field_is_invalid() => ExpectErrors(Rule, """
        { favoriteCommand { name } }
        """,
        new ExpectedError("The field \"favoriteCommand\" returns an enum (\"DogCommand\") and must not have a selection of subfields.", (1, 19)));

    [Fact]
    public void Object_interface_and_union_fields_without_selections_are_invalid() => ExpectErrors(Rule, """
        query directQueryOnObjectWithoutSubFields {
          human
        }

        query directQueryOnInterfaceWithoutSubFields {
          pet
        }

        query directQueryOnUnionWithoutSubFields {
          catOrDog
        }

        query listOfObjectsWithoutSubFields {
          human { pets }
        }
        """,
        new ExpectedError("The field \"human\" of type \"Human\" must have a selection of subfields, as in \"human { ... }\".", (2, 3)),
        new ExpectedError("The field \"pet\" of type \"Pet\" must have a selection of subfields, as in \"pet { ... }\".", (6, 3)),
        new ExpectedError("The field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields, as in \"catOrDog { ... }\".", (10, 3)),
        new ExpectedError("The field \"pets\" of type \"[Pet!]\" must have a selection of subfields, as in \"pets { ... }\".", (14, 11)));
}
