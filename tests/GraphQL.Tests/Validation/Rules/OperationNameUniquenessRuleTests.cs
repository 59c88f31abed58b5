using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class OperationNameUniquenessRuleTests
{
    private static readonly OperationNameUniquenessRule Rule = new();

    [Fact]
    public void Operations_with_different_names_are_valid() => ExpectValid(Rule, """
        query getDogName {
          dog {
            name
          }
        }

        query getOwnerName {
          dog {
            owner {
              name
            }
          }
        }
        """);

    [Fact]
    public void Two_queries_with_the_same_name_are_invalid() => ExpectErrors(Rule, """
        query getName {
          dog {
            name
          }
        }

        query getName {
          dog {
            owner {
              name
            }
          }
        }
        """,
        new ExpectedError("There is more than one operation named \"getName\"; each operation of a document must have a unique name.", (1, 7), (7, 7)));

    [Fact]
    public void Operations_of_different_types_with_the_same_name_are_invalid() => ExpectErrors(Rule, """
        query dogOperation {
          dog {
            name
          }
        }

        mutation dogOperation {
          mutateDog {
            id
          }
        }
        """,
        new ExpectedError("There is more than one operation named \"dogOperation\"; each operation of a document must have a unique name.", (1, 7), (7, 10)));

    [Fact]
    public void Anonymous_operations_and_fragments_do_not_count_as_operation_names() => ExpectValid(Rule, """
        { dog { ...dogName } }
        query dogName { dog { name } }
        fragment dogName on Dog { name }
        """);
}
