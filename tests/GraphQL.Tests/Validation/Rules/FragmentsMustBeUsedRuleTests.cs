using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class FragmentsMustBeUsedRuleTests
{
    private static readonly FragmentsMustBeUsedRule Rule = new();

    [Fact]
    public void Fragments_used_directly_or_through_other_fragments_are_valid() => ExpectValid(Rule, """
        { dog { ...outer } }
        fragment outer on Dog { ... on Dog { ...inner } }
        fragment inner on Dog { name }
        """);

    [Fact]
    public void An_unused_fragment_is_invalid() => ExpectErrors(Rule, """
        fragment nameFragment on Dog { # unused
          name
        }

        {
          dog {
            name
          }
        }
        """,
        new ExpectedError("The fragment \"nameFragment\" is never used; remove it or spread it in an operation.", (1, 1)));

    [Fact]
    public void Fragments_used_only_by_unused_fragments_are_unused() => ExpectErrors(Rule, """
        { dog { name } }
        fragment unusedOuter on Dog { ...unusedInner }
        fragment unusedInner on Dog { name }
        """,
        new ExpectedError("The fragment \"unusedOuter\" is never used; remove it or spread it in an operation.", (2, 1)),
        new ExpectedError("The fragment \"unusedInner\" is never used; remove it or spread it in an operation.", (3, 1)));
}
