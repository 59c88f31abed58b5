using GraphQL.Types;
using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class OperationTypeExistenceRuleTests
{
    private static readonly OperationTypeExistenceRule Rule = new();

    private static readonly Schema HelloSchema = ValidationSchema.Build("type Query { hello: String }");

    [Fact]
    public void A_query_needs_only_the_query_root_type() => ExpectValid(Rule, """
        query helloQuery {
          hello
        }
        """,
        HelloSchema);

    [Fact]
    public void Operations_of_every_kind_the_schema_supports_are_valid() => ExpectValid(Rule, """
        query q { dog { name } }
        mutation m { addPet(pet: { cat: { name: "Brontie" } }) { name } }
        subscription s { newMessage { body } }
        """);

    [Fact]
    public void A_mutation_without_a_mutation_root_type_is_invalid() => ExpectErrors(Rule, """
        mutation goodbyeMutation {
          goodbye
        }
        """,
        HelloSchema,
        new ExpectedError("The schema does not support mutation operations: it defines no mutation root type.", (1, 1)));

    [Fact]
    public void A_subscription_without_a_subscription_root_type_is_invalid() => ExpectErrors(Rule, """
        query q { hello }
        subscription { event }
        """,
        HelloSchema,
        new ExpectedError("The schema does not support subscription operations: it defines no subscription root type.", (2, 1)));
}
