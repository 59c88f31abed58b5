using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class ExecutableDefinitionsRuleTests
{
    private static readonly ExecutableDefinitionsRule Rule = new();

    [Fact]
    public void Operations_and_fragments_are_executable() => ExpectValid(Rule, """
        query getDogName {
          dog {
            ...dogName
          }
        }

        fragment dogName on Dog {
          name
        }
        """);

    [Fact]
    public void A_type_extension_is_not_executable() => ExpectErrors(Rule, """
        query getDogName {
          dog {
            name
            color
          }
        }

        extend type Dog {
          color: String
        }
        """,
        new ExpectedError("The extension of type \"Dog\" is not executable: a document to execute may only contain operations and fragments.", (8, 1)));

    [Fact]
    public void Schema_type_and_directive_definitions_are_not_executable() => ExpectErrors(Rule, """
        query q { dog { name } }
        type Cow { name: String }
        schema { query: Query }
        directive @cow on FIELD
        """,
        new ExpectedError("The definition of type \"Cow\" is not executable: a document to execute may only contain operations and fragments.", (2, 1)),
        new ExpectedError("The schema definition is not executable: a document to execute may only contain operations and fragments.", (3, 1)),
        new ExpectedError("The definition of directive \"@cow\" is not executable: a document to execute may only contain operations and fragments.", (4, 1)));
}
