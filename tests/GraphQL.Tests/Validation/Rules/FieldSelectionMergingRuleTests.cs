using System.Text;
using GraphQL.Language;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class FieldSelectionMergingRuleTests
{
    private const string UseAliases = " Use different aliases on the fields to fetch both if this was intentional.";

    private static readonly FieldSelectionMergingRule Rule = new();

    [Fact]
    public void Identical_fields_and_aliases_merge() => ExpectValid(Rule, """
        fragment mergeIdenticalFields on Dog {
          name
          name
        }

        fragment mergeIdenticalAliasesAndFields on Dog {
          otherName: name
          otherName: name
        }
        """);

    [Fact]
    public void Identical_fields_with_identical_arguments_merge() => ExpectValid(Rule, """
        fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: SIT)
        }

        fragment mergeIdenticalFieldsWithIdenticalValues on Dog {
          doesKnowCommand(dogCommand: $dogCommand)
          doesKnowCommand(dogCommand: $dogCommand)
        }

        fragment mergeIdenticalInputObjectsInAnyOrder on Query {
          findDog(searchBy: { name: "Rex", owner: "Ann" }) { name }
          findDog(searchBy: { owner: "Ann", name: "Rex" }) { name }
        }
        """);

    [Fact]
    public void Different_fields_under_one_response_name_conflict() => ExpectErrors(Rule, """
        fragment conflictingBecauseAlias on Dog {
          name: nickname
          name
        }
        """,
        new ExpectedError("The fields selected as \"name\" conflict because \"nickname\" and \"name\" are different fields." + UseAliases, (2, 3), (3, 3)));

    [Fact]
    public void Differing_arguments_conflict() => ExpectErrors(Rule, """
        fragment conflictingArgsOnValues on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: HEEL)
        }

        fragment conflictingArgsValueAndVar on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: $dogCommand)
        }

        fragment conflictingArgsWithVars on Dog {
          doesKnowCommand(dogCommand: $varOne)
          doesKnowCommand(dogCommand: $varTwo)
        }

        fragment differingArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand
        }
        """,
        new ExpectedError("The fields selected as \"doesKnowCommand\" conflict because they have different arguments." + UseAliases, (2, 3), (3, 3)),
        new ExpectedError("The fields selected as \"doesKnowCommand\" conflict because they have different arguments." + UseAliases, (7, 3), (8, 3)),
        new ExpectedError("The fields selected as \"doesKnowCommand\" conflict because they have different arguments." + UseAliases, (12, 3), (13, 3)),
        new ExpectedError("The fields selected as \"doesKnowCommand\" conflict because they have different arguments." + UseAliases, (17, 3), (18, 3)));

    [Fact]
    public void Differing_fields_on_different_object_types_are_safe() => ExpectValid(Rule, """
        fragment safeDifferingFields on Pet {
          ... on Dog {
            volume: barkVolume
          }
          ... on Cat {
            volume: meowVolume
          }
        }

        fragment safeDifferingArgs on Pet {
          ... on Dog {
            doesKnowCommand(dogCommand: SIT)
          }
          ... on Cat {
            doesKnowCommand(catCommand: JUMP)
          }
        }
        """);

    [Fact]
    public void Different_result_shapes_conflict_even_on_different_object_types() => ExpectErrors(Rule, """
        fragment conflictingDifferingResponses on Pet {
          ... on Dog {
            someValue: nickname
          }
          ... on Cat {
            someValue: meowVolume
          }
        }
        """,
        new ExpectedError("The fields selected as \"someValue\" conflict because they return conflicting types \"String\" and \"Int\"." + UseAliases, (3, 5), (6, 5)));

    [Fact]
    public void Nullable_and_non_null_results_conflict() => ExpectErrors(Rule, """
        fragment differingNullability on Pet {
          ... on Dog { value: name }
          ... on Cat { value: nickname }
        }
        """,
        new ExpectedError("The fields selected as \"value\" conflict because they return conflicting types \"String!\" and \"String\"." + UseAliases, (2, 16), (3, 16)));

    [Fact]
    public void Leaf_and_object_results_conflict() => ExpectErrors(Rule, """
        fragment leafAndObject on CatOrDog {
          ... on Dog { related: owner { name } }
          ... on Cat { related: nickname }
        }
        """,
        new ExpectedError("The fields selected as \"related\" conflict because they return conflicting types \"Human\" and \"String\"." + UseAliases, (2, 16), (3, 16)));

    [Fact]
    public void List_and_single_results_conflict() => ExpectErrors(Rule, """
        fragment listAndSingle on DogOrHuman {
          ... on Human { related: pets { name } }
          ... on Dog { related: owner { name } }
        }
        """,
        new ExpectedError("The fields selected as \"related\" conflict because they return conflicting types \"[Pet!]\" and \"Human\"." + UseAliases, (2, 18), (3, 16)));

    [Fact]
    public void Conflicting_subfields_are_reported_with_their_parents() => ExpectErrors(Rule, """
        {
          dog {
            owner { x: name }
          }
          dog {
            owner { x: pets { name } }
          }
        }
        """,
        new ExpectedError(
            "The fields selected as \"dog\" conflict because subfields \"owner\" conflict because subfields \"x\" conflict because \"name\" and \"pets\" are different fields." + UseAliases,
            (2, 3), (3, 5), (3, 13), (5, 3), (6, 5), (6, 13)));

    [Fact]
    public void Several_conflicting_subfields_are_joined() => ExpectErrors(Rule, """
        {
          dog { x: name y: nickname }
          dog { x: nickname y: name }
        }
        """,
        new ExpectedError(
            "The fields selected as \"dog\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields and subfields \"y\" conflict because \"nickname\" and \"name\" are different fields." + UseAliases,
            (2, 3), (2, 9), (2, 17), (3, 3), (3, 9), (3, 21)));

    [Fact]
    public void Conflicts_between_two_fragments_are_found() => ExpectErrors(Rule, """
        {
          dog {
            ...nameAsX
            ...nicknameAsX
          }
        }

        fragment nameAsX on Dog { x: name }
        fragment nicknameAsX on Dog { x: nickname }
        """,
        new ExpectedError("The fields selected as \"x\" conflict because \"name\" and \"nickname\" are different fields." + UseAliases, (8, 27), (9, 31)));

    [Fact]
    public void Conflicts_between_fields_and_nested_fragments_are_found() => ExpectErrors(Rule, """
        {
          dog {
            x: name
            ...outer
          }
        }

        fragment outer on Dog { ...inner }
        fragment inner on Dog { x: barkVolume }
        """,
        new ExpectedError("The fields selected as \"x\" conflict because \"name\" and \"barkVolume\" are different fields." + UseAliases, (3, 5), (9, 25)));

    [Fact]
    public void Conflicts_inside_merged_subselections_through_fragments_are_found() => ExpectErrors(Rule, """
        {
          dog { owner { ...ownerName } }
          dog { owner { name: pets { name } } }
        }

        fragment ownerName on Human { name }
        """,
        new ExpectedError(
            "The fields selected as \"dog\" conflict because subfields \"owner\" conflict because subfields \"name\" conflict because \"pets\" and \"name\" are different fields." + UseAliases,
            (2, 3), (2, 9), (3, 17), (3, 3), (3, 9), (6, 31)));

    [Fact]
    public void The_same_fragment_spread_twice_does_not_conflict_with_itself() => ExpectValid(Rule, """
        {
          dog { ...dogFields ...dogFields }
          dog { ...dogFields }
        }

        fragment dogFields on Dog { name owner { name } }
        """);

    [Fact]
    public void Cyclic_fragments_do_not_loop_forever() => ExpectValid(Rule, """
        { dog { ...a } }
        fragment a on Dog { name ...b }
        fragment b on Dog { nickname ...a }
        """);

    [Fact]
    public void Fields_of_unknown_types_are_compared_by_name_and_arguments_only() => ExpectErrors(Rule, """
        {
          dog { x: unknownA x: unknownB y: unknown(a: 1) y: unknown(a: 1) }
        }
        """,
        new ExpectedError("The fields selected as \"x\" conflict because \"unknownA\" and \"unknownB\" are different fields." + UseAliases, (2, 9), (2, 21)));

    [Fact]
    public void Many_fragments_spread_together_are_compared_pair_by_pair_once()
    {
        const int fragmentCount = 60;
        var document = new StringBuilder("{ dog { name owner { name } ");
        for (var i = 0; i < fragmentCount; i++)
        {
            document.Append($"...f{i} ");
        }
        document.Append("} }\n");
        for (var i = 0; i < fragmentCount; i++)
        {
            // Each fragment also spreads the next, so every fragment reaches every other one.
            document.Append($"fragment f{i} on Dog {{ name nickname owner {{ name pets {{ name }} }} ...f{(i + 1) % fragmentCount} }}\n");
        }

        // Comparing each pair of fragments once needs about 9 × 60² comparisons; walking every path of spreads would
        // need far more than this budget and be rejected as too complex.
        var options = new ValidationOptions { MaxFieldComparisons = 40_000 };

        var errors = DocumentValidator.Validate(ValidationSchema.Instance, Parser.Parse(document.ToString()), [Rule], options);

        Assert.Empty(errors);
    }

    [Fact]
    public void Repeated_leaf_fields_are_compared_once()
    {
        var document = "{ dog { name: nickname " + string.Concat(Enumerable.Repeat("name ", 20_000)) + "} }";

        // 20,000 equal fields are one field to compare: a budget of 10 comparisons is plenty.
        var options = new ValidationOptions { MaxFieldComparisons = 10 };

        var errors = DocumentValidator.Validate(
            ValidationSchema.Instance, Parser.Parse(document, new ParserOptions { MaxTokens = 1_000_000 }), [Rule], options);

        var error = Assert.Single(errors);
        Assert.Equal("The fields selected as \"name\" conflict because \"nickname\" and \"name\" are different fields." + UseAliases, error.Message);
    }

    [Fact]
    public void A_document_needing_too_many_comparisons_is_rejected_once()
    {
        var document = new StringBuilder("{ ");
        for (var i = 0; i < 100; i++)
        {
            document.Append($"dog {{ a{i}: name }} ");
        }
        document.Append("human { name } }");
        var options = new ValidationOptions { MaxErrors = 100, MaxFieldComparisons = 1_000 };

        var errors = DocumentValidator.Validate(ValidationSchema.Instance, Parser.Parse(document.ToString()), [Rule], options);

        Assert.Equal(
            ["The document is too complex to validate: checking that fields selected under the same name can be merged needs more than 1000 comparisons. @ 1:1"],
            errors.Select(Describe));
    }

    [Fact]
    public void The_default_comparison_budget_allows_ordinary_documents()
    {
        var document = new StringBuilder("{ ");
        for (var i = 0; i < 100; i++)
        {
            document.Append($"dog {{ a{i}: name }} ");
        }
        document.Append('}');

        Assert.Empty(Validate(Rule, document.ToString()));
        Assert.Equal(100_000, new ValidationOptions().MaxFieldComparisons);
    }
}
