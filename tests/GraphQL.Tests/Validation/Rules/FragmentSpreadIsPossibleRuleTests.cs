using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class FragmentSpreadIsPossibleRuleTests
{
    private static readonly FragmentSpreadIsPossibleRule Rule = new();

    [Fact]
    public void An_object_spread_in_the_same_object_scope_is_valid() => ExpectValid(Rule, """
        fragment dogFragment on Dog {
          ... on Dog {
            barkVolume
          }
        }
        """);

    [Fact]
    public void An_object_spread_in_another_object_scope_is_invalid() => ExpectErrors(Rule, """
        fragment catInDogFragmentInvalid on Dog {
          ... on Cat {
            meowVolume
          }
        }
        """,
        new ExpectedError("An inline fragment on \"Cat\" cannot be spread here: objects of type \"Dog\" can never be of type \"Cat\".", (2, 3)));

    [Fact]
    public void Abstract_spreads_in_an_object_scope_the_object_belongs_to_are_valid() => ExpectValid(Rule, """
        fragment petNameFragment on Pet {
          name
        }

        fragment interfaceWithinObjectFragment on Dog {
          ...petNameFragment
        }

        fragment catOrDogNameFragment on CatOrDog {
          ... on Cat {
            meowVolume
          }
        }

        fragment unionWithObjectFragment on Dog {
          ...catOrDogNameFragment
        }
        """);

    [Fact]
    public void Object_spreads_in_an_abstract_scope_containing_the_object_are_valid() => ExpectValid(Rule, """
        fragment petFragment on Pet {
          name
          ... on Dog {
            barkVolume
          }
        }

        fragment catOrDogFragment on CatOrDog {
          ... on Cat {
            meowVolume
          }
        }
        """);

    [Fact]
    public void Object_spreads_in_an_abstract_scope_not_containing_the_object_are_invalid() => ExpectErrors(Rule, """
        fragment sentientFragment on Sentient {
          ... on Dog {
            barkVolume
          }
        }

        fragment humanOrAlienFragment on HumanOrAlien {
          ... on Cat {
            meowVolume
          }
        }
        """,
        new ExpectedError("An inline fragment on \"Dog\" cannot be spread here: objects of type \"Sentient\" can never be of type \"Dog\".", (2, 3)),
        new ExpectedError("An inline fragment on \"Cat\" cannot be spread here: objects of type \"HumanOrAlien\" can never be of type \"Cat\".", (8, 3)));

    [Fact]
    public void Abstract_spreads_in_an_overlapping_abstract_scope_are_valid() => ExpectValid(Rule, """
        fragment unionWithInterface on Pet {
          ...dogOrHumanFragment
        }

        fragment dogOrHumanFragment on DogOrHuman {
          ... on Dog {
            barkVolume
          }
        }
        """);

    [Fact]
    public void Abstract_spreads_in_a_disjoint_abstract_scope_are_invalid() => ExpectErrors(Rule, """
        fragment nonIntersectingInterfaces on Pet {
          ...sentientFragment
        }

        fragment sentientFragment on Sentient {
          name
        }
        """,
        new ExpectedError("The fragment \"sentientFragment\" cannot be spread here: objects of type \"Pet\" can never be of type \"Sentient\".", (2, 3)));

    [Fact]
    public void An_interface_spread_in_the_scope_of_an_interface_it_implements_is_valid() => ExpectValid(Rule, """
        fragment interfaceWithInterface on Node {
          ...resourceFragment
        }

        fragment resourceFragment on Resource {
          url
        }
        """,
        ValidationSchema.Build("""
            interface Node { id: ID! }
            interface Resource implements Node { id: ID! url: String }
            type Page implements Resource & Node { id: ID! url: String }
            type Query { node: Node }
            """));

    [Fact]
    public void Spreads_of_unknown_fragments_and_types_are_left_to_their_rules() => ExpectValid(Rule, """
        fragment f on Dog {
          ...undefinedFragment
          ... on NotInSchema { name }
          ...onUnknownType
        }
        fragment onUnknownType on NotInSchema { name }
        """);
}
