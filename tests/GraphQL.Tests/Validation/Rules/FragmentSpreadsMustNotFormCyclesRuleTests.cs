using System.Text;
using GraphQL.Language;
using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class FragmentSpreadsMustNotFormCyclesRuleTests
{
    private const string NoCycles = ": fragment spreads must not form cycles.";

    private static readonly FragmentSpreadsMustNotFormCyclesRule Rule = new();

    [Fact]
    public void Fragments_spread_several_times_without_cycles_are_valid() => ExpectValid(Rule, """
        { dog { ...a ...b } }
        fragment a on Dog { ...b ...c ...c }
        fragment b on Dog { ...c owner { name } }
        fragment c on Dog { name ...undefined }
        """);

    [Fact]
    public void Two_fragments_spreading_each_other_are_one_cycle() => ExpectErrors(Rule, """
        {
          dog {
            ...nameFragment
          }
        }

        fragment nameFragment on Dog {
          name
          ...barkVolumeFragment
        }

        fragment barkVolumeFragment on Dog {
          barkVolume
          ...nameFragment
        }
        """,
        new ExpectedError("The fragment \"nameFragment\" cannot be spread within itself via \"barkVolumeFragment\"" + NoCycles, (9, 3), (14, 3)));

    [Fact]
    public void Cycles_through_nested_fields_are_invalid() => ExpectErrors(Rule, """
        {
          dog {
            ...dogFragment
          }
        }

        fragment dogFragment on Dog {
          name
          owner {
            ...ownerFragment
          }
        }

        fragment ownerFragment on Human {
          name
          pets {
            ...dogFragment
          }
        }
        """,
        new ExpectedError("The fragment \"dogFragment\" cannot be spread within itself via \"ownerFragment\"" + NoCycles, (10, 5), (17, 5)));

    [Fact]
    public void A_fragment_spreading_itself_is_invalid() => ExpectErrors(Rule, """
        fragment selfSpread on Dog { name ...selfSpread }
        """,
        new ExpectedError("The fragment \"selfSpread\" cannot be spread within itself" + NoCycles, (1, 35)));

    [Fact]
    public void A_longer_cycle_names_every_fragment_on_the_way() => ExpectErrors(Rule, """
        fragment a on Dog { ...b }
        fragment b on Dog { ...c }
        fragment c on Dog { ...a }
        """,
        new ExpectedError("The fragment \"a\" cannot be spread within itself via \"b\", \"c\"" + NoCycles, (1, 21), (2, 21), (3, 21)));

    [Fact]
    public void A_very_long_chain_of_fragments_does_not_exhaust_the_stack()
    {
        var document = new StringBuilder("{ dog { ...f0 } }\n");
        for (var i = 0; i < 20_000; i++)
        {
            document.Append($"fragment f{i} on Dog {{ name ...f{i + 1} }}\n");
        }
        document.Append("fragment f20000 on Dog { ...f0 }\n");

        var errors = Validate(Rule, Parser.Parse(document.ToString(), new ParserOptions { MaxTokens = 1_000_000 }));

        var error = Assert.Single(errors);
        Assert.StartsWith("The fragment \"f0\" cannot be spread within itself via \"f1\", \"f2\"", error.Message);
        Assert.Equal(20_001, error.Locations!.Count);
    }
}
