using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Validation;

namespace GraphQL.Tests.Validation;

public class ValidationContextTests
{
    private const string Document = """
        query q($a: Boolean, $b: String = "x") {
          dog { ...outer isHouseTrained(atOtherHomes: $a) }
        }
        fragment outer on Dog { owner { ...inner } ... on Dog { ...inner } }
        fragment inner on Human { name pets { ...petName } }
        fragment petName on Pet { name }
        fragment unused on Dog { ...missing }
        fragment outer on Cat { name }
        mutation m($cat: CatInput!) { addPet(pet: { cat: $cat }) { name } }
        query usesB { findDog(searchBy: { name: $b }) { name } ...viaFragment }
        fragment viaFragment on Query { dog { isHouseTrained(atOtherHomes: $a) ...outer } }
        """;

    [Fact]
    public void Fragments_are_found_by_name_and_the_first_definition_wins()
    {
        var context = Inspect();

        Assert.Equal(["outer", "inner", "petName", "unused", "viaFragment"], context.Fragments.Keys);
        Assert.Equal("Dog", context.GetFragment("outer")!.TypeCondition.Name.Value);
        Assert.Null(context.GetFragment("missing"));
    }

    [Fact]
    public void Fragment_spreads_are_found_at_any_depth()
    {
        var context = Inspect();

        var spreads = context.GetFragmentSpreads(context.GetFragment("outer")!.SelectionSet);

        Assert.Equal(["inner", "inner"], spreads.Select(spread => spread.Name.Value));
        Assert.Same(spreads, context.GetFragmentSpreads(context.GetFragment("outer")!.SelectionSet));
    }

    [Fact]
    public void Referenced_fragments_are_found_through_other_fragments_once_each()
    {
        var context = Inspect();

        var fragments = context.GetRecursivelyReferencedFragments(Operation(context, "q"));

        Assert.Equal(["outer", "inner", "petName"], fragments.Select(fragment => fragment.Name.Value));
    }

    [Fact]
    public void Variable_usages_follow_fragments_and_know_their_location()
    {
        var context = Inspect();

        var usages = context.GetRecursiveVariableUsages(Operation(context, "q"));
        var mutationUsages = context.GetRecursiveVariableUsages(Operation(context, "m"));
        var viaFragment = context.GetRecursiveVariableUsages(Operation(context, "usesB"));

        var usage = Assert.Single(usages);
        Assert.Equal("a", usage.Name);
        Assert.Equal("Boolean", usage.LocationType!.Print());
        Assert.False(usage.HasLocationDefaultValue);
        var oneOfUsage = Assert.Single(mutationUsages);
        Assert.Equal("PetInput", oneOfUsage.ParentInputObjectType!.Name);
        Assert.Equal(["b", "a"], viaFragment.Select(u => u.Name));
        Assert.Same(usages, context.GetRecursiveVariableUsages(Operation(context, "q")));
    }

    [Fact]
    public void Variable_usages_asked_for_before_the_walk_reaches_them_are_found_by_walking_the_definitions()
    {
        var early = new EarlyUsages();

        DocumentValidator.Validate(ValidationSchema.Instance, Parser.Parse(Document), [early], new ValidationOptions());

        Assert.Equal(["b: String default: False", "a: Boolean default: False"], early.Usages);
    }

    private static OperationDefinitionNode Operation(ValidationContext context, string name) =>
        context.Document.Definitions.OfType<OperationDefinitionNode>().Single(operation => operation.Name?.Value == name);

    private static ValidationContext Inspect()
    {
        var capture = new ContextCapture();
        DocumentValidator.Validate(ValidationSchema.Instance, Parser.Parse(Document), [capture], new ValidationOptions());
        return capture.Context!;
    }

    /// <summary>Reads the usages of operation "usesB" when the walk starts, before any definition has been walked.</summary>
    private sealed class EarlyUsages : IValidationRule
    {
        public List<string> Usages { get; } = [];

        public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(this, context);

        private sealed class Visitor(EarlyUsages rule, ValidationContext context) : ValidationVisitor
        {
            public override void EnterDocument(DocumentNode node) => rule.Usages.AddRange(
                context.GetRecursiveVariableUsages(Operation(context, "usesB"))
                    .Select(usage => $"{usage.Name}: {usage.LocationType!.Print()} default: {usage.HasLocationDefaultValue}"));
        }
    }

    private sealed class ContextCapture : IValidationRule
    {
        public ValidationContext? Context { get; private set; }

        public ValidationVisitor CreateVisitor(ValidationContext context)
        {
            Context = context;
            return new Nothing();
        }

        private sealed class Nothing : ValidationVisitor;
    }
}
