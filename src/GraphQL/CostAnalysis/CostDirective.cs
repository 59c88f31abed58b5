using System.Globalization;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.CostAnalysis;

/// <summary>
/// <c>directive @cost(weight: String!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR</c>
/// from IBM's GraphQL cost specification, as HotChocolate defines it: the weight of a field, of an argument when it
/// is given, or of a type. The weight is a string holding a number (<c>"10"</c>, <c>"2.5"</c>).
/// </summary>
public static class CostDirective
{
    public const string Name = "cost";

    private const string WeightArgument = "weight";

    public static DirectiveDefinition Definition { get; } = CreateDefinition();

    /// <summary>The applied directive, e.g. <c>@cost(weight: "10")</c>.</summary>
    public static DirectiveNode ToNode(double weight) =>
        new(new NameNode(Name), [new ArgumentNode(new NameNode(WeightArgument), new StringValueNode(weight.ToString(CultureInfo.InvariantCulture)))]);

    /// <summary>Reads an applied <c>@cost</c>; <paramref name="problem"/> says what is wrong with it otherwise.</summary>
    internal static bool TryRead(DirectiveNode node, out double weight, out string? problem)
    {
        weight = 0;
        var value = node.Arguments.FindByName(WeightArgument)?.Value;
        if (value is StringValueNode text &&
            double.TryParse(text.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out weight) &&
            double.IsFinite(weight) && weight >= 0)
        {
            problem = null;
            return true;
        }
        problem = $"has the weight {(value is null ? "(none)" : Printer.PrintValue(value))}: expected a string holding a number of at least 0, such as \"10\".";
        return false;
    }

    private static DirectiveDefinition CreateDefinition()
    {
        var directive = new DirectiveDefinition(Name)
        {
            Description = "Gives a type, field or argument a weight that the cost of an operation adds up (IBM GraphQL cost specification).",
            Locations =
            {
                DirectiveLocation.ArgumentDefinition, DirectiveLocation.Enum, DirectiveLocation.FieldDefinition,
                DirectiveLocation.InputFieldDefinition, DirectiveLocation.Object, DirectiveLocation.Scalar,
            },
        };
        directive.Arguments.Add(new InputField(WeightArgument, new NonNullType(BuiltInScalars.String))
        {
            Description = "The number, written as a string, added to the cost each time the element appears or may appear in a response.",
        });
        return directive;
    }
}
