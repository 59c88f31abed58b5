using GraphQL.Language;
using GraphQL.Validation;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

public class DocumentValidatorTests
{
    [Fact]
    public void A_valid_document_has_no_errors()
    {
        var document = Parser.Parse("""
            query dogs($command: DogCommand!, $withOwner: Boolean = false) {
              dog {
                ...dogFields
                owner @include(if: $withOwner) { name }
              }
              catOrDog { __typename ... on Cat { meowVolume } ... on Dog { barkVolume } }
            }

            fragment dogFields on Dog {
              name
              knowsCommand: doesKnowCommand(dogCommand: $command)
            }
            """);

        Assert.Empty(DocumentValidator.Validate(ValidationSchema.Instance, document));
    }

    [Fact]
    public void Errors_carry_the_validation_code_and_a_link_to_the_rule()
    {
        var errors = DocumentValidator.Validate(ValidationSchema.Instance, Parser.Parse("{ dog { meowVolume } }"));

        var error = Assert.Single(errors);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error.Code);
        Assert.Equal("https://spec.graphql.org/September2025/#sec-Field-Selections", error.Extensions!["specifiedBy"]);
        var location = Assert.Single(error.Locations!);
        Assert.Equal((1, 9), (location.Line, location.Column));
    }

    [Fact]
    public void Errors_come_in_walk_order_then_whole_document_checks_in_rule_order()
    {
        var document = Parser.Parse("""
            query q($unused: Int) {
              dog { name(x: 1) barkVolume { x } }
            }
            fragment unused on Dog { name }
            """);

        var errors = DocumentValidator.Validate(ValidationSchema.Instance, document, new ValidationOptions { MaxErrors = 100 });

        Assert.Equal(
            [
                "The argument \"x\" is not defined on field \"Dog.name\". @ 2:14",
                "The field \"barkVolume\" returns a scalar (\"Int\") and must not have a selection of subfields. @ 2:31",
                "The fragment \"unused\" is never used; remove it or spread it in an operation. @ 4:1",
                "The variable \"$unused\" is defined by operation \"q\" but never used. @ 1:9",
            ],
            errors.Select(RuleTester.Describe));
    }

    [Fact]
    public void Type_system_definitions_are_reported_once_and_not_walked()
    {
        var document = Parser.Parse("""
            { dog { name } }
            type Extra @unknown { field(arg: Int = "wrong"): String @skip(if: true) }
            """);

        var error = Assert.Single(DocumentValidator.Validate(ValidationSchema.Instance, document));

        Assert.StartsWith("The definition of type \"Extra\" is not executable", error.Message);
    }

    [Fact]
    public void At_most_the_maximum_number_of_errors_is_reported_then_validation_is_aborted()
    {
        var document = Parser.Parse("{ dog { a b c d e f g h } }");

        var errors = DocumentValidator.Validate(ValidationSchema.Instance, document, new ValidationOptions { MaxErrors = 3 });

        Assert.Equal(4, errors.Count);
        Assert.Equal("The field \"a\" does not exist on type \"Dog\".", errors[0].Message);
        Assert.Equal("The field \"c\" does not exist on type \"Dog\".", errors[2].Message);
        Assert.Equal(
            "Validation was aborted because the document has more than 3 errors; fix these and validate it again to see the others.",
            errors[3].Message);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", errors[3].Code);
        Assert.Null(errors[3].Locations);
    }

    [Fact]
    public void The_default_maximum_is_HotChocolates_five_errors()
    {
        var errors = DocumentValidator.Validate(ValidationSchema.Instance, Parser.Parse("{ dog { a b c d e f g h } }"));

        Assert.Equal(ValidationOptions.DefaultMaxErrors + 1, errors.Count);
        Assert.Equal(5, ValidationOptions.DefaultMaxErrors);
        Assert.StartsWith("Validation was aborted", errors[^1].Message);
    }

    [Fact]
    public void Exactly_the_maximum_number_of_errors_is_not_aborted()
    {
        var errors = DocumentValidator.Validate(ValidationSchema.Instance, Parser.Parse("{ dog { a b c } }"), new ValidationOptions { MaxErrors = 3 });

        Assert.Equal(3, errors.Count);
        Assert.DoesNotContain(errors, error => error.Message.StartsWith("Validation was aborted", StringComparison.Ordinal));
    }

    [Fact]
    public void Limits_must_be_at_least_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ValidationOptions { MaxErrors = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ValidationOptions { MaxFieldComparisons = 0 });
    }

    [Fact]
    public void Additional_rules_run_in_the_same_walk_after_the_specified_rules_at_each_node()
    {
        var options = new ValidationOptions { AdditionalRules = { new NoDogsRule() } };
        var document = Parser.Parse("{ dog { name meowVolume } }");

        var errors = DocumentValidator.Validate(ValidationSchema.Instance, document, options);

        Assert.Equal(
            ["No dogs allowed. @ 1:3", "The field \"meowVolume\" does not exist on type \"Dog\". Did you mean \"barkVolume\"? @ 1:14"],
            errors.Select(RuleTester.Describe));
        Assert.Equal("NO_DOGS", errors[0].Code);
    }

    [Fact]
    public void The_specified_rules_are_every_rule_of_section_5_in_order() => Assert.Equal(
        [
            typeof(ExecutableDefinitionsRule), typeof(OperationTypeExistenceRule), typeof(OperationNameUniquenessRule), typeof(LoneAnonymousOperationRule),
            typeof(SubscriptionSingleRootFieldRule), typeof(FieldSelectionsRule), typeof(FieldSelectionMergingRule),
            typeof(LeafFieldSelectionsRule), typeof(ArgumentNamesRule), typeof(ArgumentUniquenessRule),
            typeof(RequiredArgumentsRule), typeof(FragmentNameUniquenessRule), typeof(FragmentSpreadTypeExistenceRule),
            typeof(FragmentsOnCompositeTypesRule), typeof(FragmentsMustBeUsedRule), typeof(FragmentSpreadTargetDefinedRule),
            typeof(FragmentSpreadsMustNotFormCyclesRule), typeof(FragmentSpreadIsPossibleRule), typeof(ValuesOfCorrectTypeRule),
            typeof(InputObjectFieldNamesRule), typeof(InputObjectFieldUniquenessRule), typeof(InputObjectRequiredFieldsRule),
            typeof(DirectivesAreDefinedRule), typeof(DirectivesAreInValidLocationsRule), typeof(DirectivesAreUniquePerLocationRule),
            typeof(VariableUniquenessRule), typeof(VariablesAreInputTypesRule), typeof(AllVariableUsesDefinedRule),
            typeof(AllVariablesUsedRule), typeof(AllVariableUsagesAreAllowedRule),
        ],
        ValidationRules.Specified.Select(rule => rule.GetType()));

    /// <summary>A custom rule, as a server might add: it reports its own error with its own code.</summary>
    private sealed class NoDogsRule : IValidationRule
    {
        public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

        private sealed class Visitor(ValidationContext context) : ValidationVisitor
        {
            public override void EnterField(FieldNode node)
            {
                if (node.Name.Value == "dog")
                {
                    context.ReportError(new global::GraphQL.Execution.GraphQLError(
                        "No dogs allowed.",
                        [node.Location!.Value],
                        extensions: new Dictionary<string, object?> { ["code"] = "NO_DOGS" }));
                }
            }
        }
    }
}
