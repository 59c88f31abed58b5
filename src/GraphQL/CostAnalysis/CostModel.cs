using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.CostAnalysis;

/// <summary>
/// The weights and list sizes of one schema, read once from its <c>@cost</c> and <c>@listSize</c> directives, with
/// the defaults of the cost specification as HotChocolate applies them: a type weighs 1 when it is composite and 0
/// when it is a leaf; so does a field by its type, unless <c>@cost</c> says otherwise.
/// </summary>
internal sealed class CostModel
{
    private readonly Dictionary<OutputField, FieldCost> _fields = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<NamedType, double> _types = new(ReferenceEqualityComparer.Instance);

    public CostModel(Schema schema)
    {
        foreach (var type in schema.Types)
        {
            _types[type] = WeightOf(type.Directives) ?? (IsComposite(type) ? 1 : 0);
            if (type is not ComplexType complex)
            {
                continue;
            }
            foreach (var field in complex.Fields)
            {
                _fields[field] = Read(field);
            }
        }
    }

    /// <summary>What cost analysis knows about a field; fields the schema does not list (introspection) weigh nothing.</summary>
    public FieldCost Of(OutputField field) => _fields.GetValueOrDefault(field) ?? FieldCost.Free;

    public double WeightOf(NamedType type) => _types.GetValueOrDefault(type);

    private static FieldCost Read(OutputField field)
    {
        var weight = WeightOf(field.Directives) ?? (IsComposite(field.Type.NamedType()) ? 1 : 0);
        ListSize? listSize = null;
        foreach (var directive in field.Directives)
        {
            if (directive.Name.Value == ListSizeDirective.Name && ListSizeDirective.TryRead(directive, out var read, out _))
            {
                listSize = read;
            }
        }
        Dictionary<string, double>? argumentWeights = null;
        foreach (var argument in field.Arguments)
        {
            if (WeightOf(argument.Directives) is { } argumentWeight)
            {
                (argumentWeights ??= new(StringComparer.Ordinal))[argument.Name] = argumentWeight;
            }
        }
        return new FieldCost(weight, listSize, argumentWeights, field.Type.IsListType());
    }

    private static double? WeightOf(List<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == CostDirective.Name && CostDirective.TryRead(directive, out var weight, out _))
            {
                return weight;
            }
        }
        return null;
    }

    private static bool IsComposite(NamedType type) => type is ObjectType or InterfaceType or UnionType;
}

/// <summary>The weight of a field, its list size, the weights of its arguments (when given) and whether it returns a list.</summary>
internal sealed record FieldCost(double Weight, ListSize? ListSize, IReadOnlyDictionary<string, double>? ArgumentWeights, bool IsList)
{
    public static FieldCost Free { get; } = new(0, null, null, false);
}
