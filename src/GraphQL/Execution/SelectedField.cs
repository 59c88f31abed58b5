using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// A field a resolver's selection set selects (see <see cref="IResolverContext.GetSelectedFields"/>), with a way
/// down to what it selects in turn. Plans are compiled once per operation and shared, so this costs no parsing.
/// </summary>
public sealed class SelectedField
{
    private readonly FieldSelection _selection;
    private readonly IReadOnlyDictionary<string, object?> _variables;

    internal SelectedField(FieldSelection selection, IReadOnlyDictionary<string, object?> variables)
    {
        _selection = selection;
        _variables = variables;
    }

    /// <summary>The alias, or the field's name.</summary>
    public string ResponseName => _selection.ResponseName;

    public OutputField Field => _selection.Field;

    /// <summary>Every field node merged into this response key.</summary>
    public IReadOnlyList<FieldNode> FieldNodes => _selection.Nodes;

    /// <summary>The fields this field selects on a value of <paramref name="objectType"/>.</summary>
    public IReadOnlyList<SelectedField> GetSelectedFields(ObjectType objectType) => Of(_selection, objectType, _variables);

    /// <summary>Whether this field selects a field named <paramref name="fieldName"/> on any possible type of its type.</summary>
    public bool IsSelected(string fieldName, Schema schema) => IsSelected(_selection, fieldName, schema, _variables);

    internal static IReadOnlyList<SelectedField> Of(FieldSelection selection, ObjectType objectType, IReadOnlyDictionary<string, object?> variables)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        var included = selection.GetSubPlan(objectType).SelectIncluded(variables);
        return Array.ConvertAll(included, field => new SelectedField(field, variables));
    }

    internal static bool IsSelected(FieldSelection selection, string fieldName, Schema schema, IReadOnlyDictionary<string, object?> variables)
    {
        var namedType = selection.Field.Type.NamedType();
        if (namedType.IsLeafType())
        {
            return false;
        }
        IReadOnlyList<ObjectType> objectTypes = namedType is ObjectType single ? [single] : schema.GetPossibleTypes(namedType);
        foreach (var objectType in objectTypes)
        {
            foreach (var field in selection.GetSubPlan(objectType).SelectIncluded(variables))
            {
                if (field.Field.Name == fieldName)
                {
                    return true;
                }
            }
        }
        return false;
    }
}
