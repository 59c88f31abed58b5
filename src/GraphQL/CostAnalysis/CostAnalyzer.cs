using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.CostAnalysis;

/// <summary>
/// Computes the cost of a compiled operation for a request's variables before it runs, as HotChocolate 14 applies
/// IBM's cost specification. A field costs its weight (plus the weights of the arguments given) and, times its list
/// size, what it selects; a list's size comes from its slicing arguments, else <c>assumedSize</c>, else
/// <see cref="CostOptions.DefaultListSize"/>, and a <c>@listSize</c> with <c>sizedFields</c> hands its size to those
/// child fields. The type cost adds up the weights of the objects the response may hold. On an abstract type each
/// possible object type is priced and the most expensive one counts. Introspection fields cost nothing.
/// </summary>
internal sealed class CostAnalyzer(Schema schema, CostOptions options)
{
    private readonly CostModel _model = new(schema);

    /// <summary>The cost; throws <see cref="GraphQLException"/> when a field needs exactly one slicing argument and got none or several.</summary>
    public OperationCost Analyze(CompiledOperation operation, IReadOnlyDictionary<string, object?> variables)
    {
        var (fieldCost, typeCost) = SelectionSetCost(operation.RootPlan.SelectIncluded(variables), variables, [], null);
        return new OperationCost(fieldCost, _model.WeightOf(operation.RootType) + typeCost);
    }

    /// <summary>The error for a cost over its limit (field cost checked first), or null when within the limits or not enforced.</summary>
    public GraphQLError? FindExceededLimit(OperationCost cost)
    {
        if (!options.EnforceCostLimits)
        {
            return null;
        }
        if (cost.FieldCost > options.MaxFieldCost)
        {
            return Exceeded("field", cost.FieldCost, options.MaxFieldCost);
        }
        return cost.TypeCost > options.MaxTypeCost ? Exceeded("type", cost.TypeCost, options.MaxTypeCost) : null;
    }

    private static GraphQLError Exceeded(string metric, double cost, double limit) => new(
        $"The maximum allowed {metric} cost was exceeded.",
        extensions: new Dictionary<string, object?>
        {
            ["code"] = ErrorCodes.MaxCostExceeded,
            [metric + "Cost"] = cost,
            ["max" + char.ToUpperInvariant(metric[0]) + metric[1..] + "Cost"] = limit,
        });

    private (double Field, double Type) SelectionSetCost(
        FieldSelection[] selections, IReadOnlyDictionary<string, object?> variables, IReadOnlyList<string> sizedFields, double? size)
    {
        double fieldCost = 0, typeCost = 0;
        foreach (var selection in selections)
        {
            if (selection.Field.Name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }
            var inherited = size is not null && sizedFields.Contains(selection.Field.Name) ? size : null;
            var (field, type) = FieldCost(selection, variables, inherited);
            fieldCost += field;
            typeCost += type;
        }
        return (fieldCost, typeCost);
    }

    private (double Field, double Type) FieldCost(FieldSelection selection, IReadOnlyDictionary<string, object?> variables, double? inheritedSize)
    {
        var cost = _model.Of(selection.Field);
        var weight = cost.Weight + ArgumentWeights(selection, cost);
        var sliced = cost.ListSize is { } listSize ? SlicedSize(selection, listSize, variables) : null;
        var assumed = sliced ?? cost.ListSize?.AssumedSize ?? options.DefaultListSize;
        var count = cost.IsList ? inheritedSize ?? assumed : 1;
        var type = selection.Field.Type.NamedType();
        if (type is not ComplexType and not UnionType)
        {
            return (weight, count * _model.WeightOf(type));
        }
        double? childSize = cost.ListSize is { SizedFields.Count: > 0 } ? assumed : null;
        IReadOnlyList<string> sizedFields = cost.ListSize?.SizedFields ?? [];
        double childField = 0, childType = 0;
        IReadOnlyList<ObjectType> objectTypes = type is ObjectType objectType ? [objectType] : schema.GetPossibleTypes(type);
        foreach (var possible in objectTypes)
        {
            var (field, typeCost) = SelectionSetCost(selection.GetSubPlan(possible).SelectIncluded(variables), variables, sizedFields, childSize);
            childField = Math.Max(childField, field);
            childType = Math.Max(childType, _model.WeightOf(possible) + typeCost);
        }
        return (weight + count * childField, count * childType);
    }

    private static double ArgumentWeights(FieldSelection selection, FieldCost cost)
    {
        double weight = 0;
        foreach (var (name, argumentWeight) in cost.ArgumentWeights ?? Empty)
        {
            if (selection.Node.Arguments.FindByName(name) is not null)
            {
                weight += argumentWeight;
            }
        }
        return weight;
    }

    /// <summary>The largest slicing argument given (negative values count as 0); null when none is given.</summary>
    private static double? SlicedSize(FieldSelection selection, ListSize listSize, IReadOnlyDictionary<string, object?> variables)
    {
        if (listSize.SlicingArguments.Count == 0)
        {
            return null;
        }
        IReadOnlyDictionary<string, object?> arguments;
        try
        {
            arguments = selection.Arguments.Coerce(variables);
        }
        catch (InvalidArgumentException)
        {
            // Execution reports the invalid argument; until then the assumed size stands.
            return null;
        }
        double? largest = null;
        var given = 0;
        foreach (var name in listSize.SlicingArguments)
        {
            if (arguments.GetValueOrDefault(name) is not { } value)
            {
                continue;
            }
            given++;
            var number = value switch { int i => i, long l => l, double d => d, _ => 0d };
            largest = Math.Max(largest ?? 0, Math.Max(0, number));
        }
        if (listSize.RequireOneSlicingArgument && given != 1)
        {
            throw new GraphQLException(new GraphQLError(
                $"Exactly one slicing argument must be defined: field \"{selection.Coordinate}\" takes one of {string.Join(", ", listSize.SlicingArguments.Select(name => $"\"{name}\""))}, and {given} were given.",
                selection.Locations,
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.SlicingArgumentRequired }));
        }
        return largest;
    }

    private static readonly IReadOnlyDictionary<string, double> Empty = new Dictionary<string, double>();
}
